/** Every prompt goes through here: each takes an AbortSignal and refuses to run without a terminal. */
import { UsageError } from '../core/errors.js';
import type { Context } from './context.js';

/** A choice in a list prompt. */
export interface Choice<T> {
  name: string;
  value: T;
  description?: string;
}

/** Throw a UsageError naming the non-interactive alternative when stdin/stdout is not a terminal. */
export function requireTerminal(ctx: Context, alternative: string): void {
  if (!ctx.interactive) throw new UsageError(`this command needs a terminal (stdin and stdout); ${alternative}`);
}

/** One answer from a list. */
export async function select<T>(message: string, choices: Choice<T>[], signal?: AbortSignal): Promise<T> {
  const { select: inquirerSelect } = await import('@inquirer/prompts');
  return inquirerSelect({ message, choices, loop: false, pageSize: 12 }, { signal });
}

/** Several answers from a list; `required` answers exactly, when given. */
export async function checkbox<T>(message: string, choices: Choice<T>[], required?: number, signal?: AbortSignal): Promise<T[]> {
  const { checkbox: inquirerCheckbox } = await import('@inquirer/prompts');
  return inquirerCheckbox(
    {
      message,
      choices,
      loop: false,
      pageSize: 12,
      validate: (picked: readonly unknown[]) =>
        required === undefined || picked.length === required ? true : `Choose exactly ${required}.`,
    },
    { signal },
  );
}

/** Yes or no. */
export async function confirm(message: string, initial: boolean, signal?: AbortSignal): Promise<boolean> {
  const { confirm: inquirerConfirm } = await import('@inquirer/prompts');
  return inquirerConfirm({ message, default: initial }, { signal });
}

/** The exam screen (src/cli/exam-screen.ts): resolves with the final session state. */
export async function examScreen(
  config: import('./exam-screen.js').ExamScreenConfig,
  output: NodeJS.WritableStream,
  signal?: AbortSignal,
): Promise<import('../exam/session.js').SessionState> {
  const { examScreen: screen } = await import('./exam-screen.js');
  return screen(config, { signal, output, clearPromptOnDone: true });
}

/** Whether an error is inquirer's reaction to Ctrl-C or an aborted signal. */
export function isPromptExit(err: unknown): boolean {
  const name = (err as { name?: string })?.name ?? '';
  return name === 'ExitPromptError' || name === 'AbortPromptError' || name === 'AbortError';
}
