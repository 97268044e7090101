/** What every command gets: where the bank lives, output streams, colours, the clock. */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Bank } from '../bank/db.js';
import { UsageError } from '../core/errors.js';

/** Options every command accepts. */
export interface GlobalOptions {
  db?: string;
  color?: boolean;
}

/** The environment a command runs in; tests build their own. */
export interface Context {
  /** Folder for awsq's data (AWSQ_HOME, else the XDG data folder). */
  home: string;
  /** The bank's file. */
  dbPath: string;
  /** Which setting chose dbPath, for error messages. */
  dbOrigin: string;
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  /** Both stdin and stdout are terminals: prompts and spinners may be shown. */
  interactive: boolean;
  /** Colours allowed on stdout (a terminal, no NO_COLOR, no --no-color). */
  color: boolean;
  now: () => Date;
  /** Write a line to stdout. */
  print(text?: string): void;
  /** Write a line to stderr. */
  warn(text: string): void;
}

/** Resolve AWSQ_HOME, then $XDG_DATA_HOME/awsq, then ~/.local/share/awsq. */
export function resolveHome(env: NodeJS.ProcessEnv): { home: string; origin: string } {
  if (env.AWSQ_HOME) return { home: resolve(env.AWSQ_HOME), origin: 'AWSQ_HOME' };
  const xdg = env.XDG_DATA_HOME && env.XDG_DATA_HOME.startsWith('/') ? env.XDG_DATA_HOME : join(homedir(), '.local', 'share');
  return { home: join(xdg, 'awsq'), origin: env.XDG_DATA_HOME ? 'XDG_DATA_HOME' : 'the default data folder (~/.local/share/awsq)' };
}

/** Build the context for this process from global options and the environment. */
export function createContext(options: GlobalOptions, proc: NodeJS.Process = process): Context {
  const env = proc.env;
  const { home, origin } = resolveHome(env);
  const dbPath = options.db ? resolve(options.db) : join(home, 'awsq.db');
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  const interactive = Boolean(proc.stdin.isTTY && proc.stdout.isTTY);
  const color = options.color !== false && !noColor && (Boolean(proc.stdout.isTTY) || env.FORCE_COLOR !== undefined);
  return {
    home,
    dbPath,
    dbOrigin: options.db ? '--db' : origin,
    env,
    stdout: proc.stdout,
    stderr: proc.stderr,
    interactive,
    color,
    now: () => new Date(),
    print: (text = '') => void proc.stdout.write(text + '\n'),
    warn: (text: string) => void proc.stderr.write(text + '\n'),
  };
}

/** Open the bank named by the context (see bank/db.ts for the errors it throws). */
export async function openContextBank(ctx: Context): Promise<Bank> {
  // The data folder is created on first use; a --db file must go into a folder that exists, so a
  // mistyped path is caught instead of growing a new empty bank somewhere unexpected.
  if (ctx.dbOrigin === '--db' && !existsSync(dirname(ctx.dbPath))) {
    throw new UsageError(`--db: no such folder: ${dirname(ctx.dbPath)}`);
  }
  const { openBank } = await import('../bank/db.js');
  return openBank(ctx.dbPath, { origin: ctx.dbOrigin });
}
