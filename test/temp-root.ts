/**
 * Points the temporary directory of each test file (and of the processes it starts) at a
 * fresh folder, and removes that folder when the file's tests end, so test runs leave
 * nothing behind in the system's temporary directory.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const outer = tmpdir();
const root = mkdtempSync(join(outer, 'awsq-test-'));
process.env.TMPDIR = root;

afterAll(() => {
  process.env.TMPDIR = outer;
  rmSync(root, { recursive: true, force: true });
});
