/** Killing `awsq build` halfway leaves whole files only; the next build completes the bank. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript module shared with the benchmark
import { writeCorpus } from '../bench/corpus.mjs';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'awsq.js');

function perFile(db: string): Map<string, number> {
  const conn = new Database(db, { readonly: true });
  try {
    const rows = conn
      .prepare(`SELECT s.path AS path, count(q.id) AS n FROM sources s LEFT JOIN questions q ON q.source_id = s.id GROUP BY s.id`)
      .all() as Array<{ path: string; n: number }>;
    return new Map(rows.map((r) => [r.path, r.n]));
  } finally {
    conn.close();
  }
}

function countSources(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const conn = new Database(db, { readonly: true });
    try {
      return (conn.prepare('SELECT count(*) AS n FROM sources').get() as { n: number }).n;
    } finally {
      conn.close();
    }
  } catch {
    return 0;
  }
}

describe('an interrupted build', () => {
  it('keeps whole files only and the next build completes it', { timeout: 180_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'awsq-kill-'));
    const notes = join(dir, 'notes');
    const { files } = writeCorpus(notes, 1_500_000, 3) as { files: string[] };
    const env = { ...process.env, NO_COLOR: '1', CI: 'true' };

    const reference = join(dir, 'reference.db');
    expect(spawnSync(process.execPath, [bin, '--db', reference, 'build', notes, '--json'], { env }).status).toBe(0);
    const expected = perFile(reference);
    expect(expected.size).toBe(files.length);

    const db = join(dir, 'killed.db');
    const child = spawn(process.execPath, [bin, '--db', db, 'build', notes, '--json'], { env, stdio: 'ignore' });
    // Kill it once some, but not all, files have landed.
    const deadline = Date.now() + 60_000;
    while (countSources(db) < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));

    const partial = perFile(db);
    expect(partial.size).toBeGreaterThan(0);
    expect(partial.size).toBeLessThan(files.length);
    for (const [path, n] of partial) expect({ path, n }).toEqual({ path, n: expected.get(path) });

    expect(spawnSync(process.execPath, [bin, '--db', db, 'build', notes, '--json'], { env }).status).toBe(0);
    expect(perFile(db)).toEqual(expected);
  });
});
