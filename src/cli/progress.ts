/** Progress for long work: an ora spinner on a terminal, nothing otherwise (ora loads on demand). */
import type { Context } from './context.js';

/** A progress reporter with text updates. */
export interface Progress {
  update(text: string): void;
  stop(): void;
}

/** A spinner on stderr when it is a terminal and --json is off; a silent stand-in otherwise. */
export async function startProgress(ctx: Context, text: string, enabled: boolean): Promise<Progress> {
  if (!enabled || !ctx.stderr.isTTY || ctx.env.CI) return { update: () => {}, stop: () => {} };
  const { default: ora } = await import('ora');
  // The terminal keeps its own Ctrl-C: a spinner that reads standard input in raw mode turned it into
  // a keystroke nobody acted on, and a long build could not be stopped.
  const spinner = ora({ text, stream: ctx.stderr, color: 'cyan', isEnabled: true, discardStdin: false }).start();
  return { update: (t) => void (spinner.text = t), stop: () => void spinner.stop() };
}
