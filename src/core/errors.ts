/** Typed errors; the CLI's single handler maps each kind to an exit code. */

/** Exit codes awsq uses. */
export const ExitCode = { ok: 0, failure: 1, usage: 2, interrupted: 130 } as const;

/** Base class: a message meant for the user and the exit code it ends with. */
export class AwsqError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode: number = ExitCode.failure) {
    super(message);
    this.name = new.target.name;
    this.exitCode = exitCode;
  }
}

/** Bad flags, bad values, unknown names: exit 2. */
export class UsageError extends AwsqError {
  constructor(message: string) {
    super(message, ExitCode.usage);
  }
}

/** The database cannot be used (damaged, newer, locked, read-only): exit 1. */
export class DatabaseError extends AwsqError {
  readonly path: string;
  constructor(message: string, path: string) {
    super(message, ExitCode.failure);
    this.path = path;
  }
}

/** The user pressed Ctrl-C; everything was saved: exit 130. */
export class InterruptedError extends AwsqError {
  constructor(message = 'Interrupted.') {
    super(message, ExitCode.interrupted);
  }
}
