/** A Context for command tests: captured output, a fixed clock, a bank path of the test's choosing. */
import type { Context } from '../../src/cli/context.js';

/** A test context and what it printed. */
export interface TestContext extends Context {
  out: string[];
  err: string[];
}

/** Build a context writing into arrays; `now` is fixed unless a function is given. */
export function testContext(over: { dbPath?: string; interactive?: boolean; now?: Date | (() => Date) } = {}): TestContext {
  const out: string[] = [];
  const err: string[] = [];
  const now = over.now ?? new Date('2026-03-02T10:00:00Z');
  const stream = { write: () => true, isTTY: false, columns: 100, rows: 40 } as unknown as NodeJS.WriteStream;
  return {
    home: '/nonexistent',
    dbPath: over.dbPath ?? ':memory:',
    dbOrigin: '--db',
    env: {},
    stdout: stream,
    stderr: stream,
    interactive: over.interactive ?? false,
    color: false,
    now: typeof now === 'function' ? now : () => now,
    print: (text = '') => void out.push(text),
    warn: (text: string) => void err.push(text),
    out,
    err,
  };
}
