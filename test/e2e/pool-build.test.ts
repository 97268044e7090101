/** A large build runs in worker threads; what it stores must equal extracting and classifying on one thread. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/certs/classify.js';
import { loadCatalog, loadCerts } from '../../src/certs/data.js';
import { extract, QUALITY_BAR } from '../../src/extract/index.js';
// @ts-expect-error plain JavaScript module shared with the benchmark
import { writeCorpus } from '../bench/corpus.mjs';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'awsq.js');

describe('a build in worker threads', () => {
  it('stores the same questions and placements as one thread would', { timeout: 240_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'awsq-pool-build-'));
    const notes = join(dir, 'notes');
    // Above the size at which the build starts worker threads.
    const { files } = writeCorpus(notes, 1_600_000, 7) as { files: string[] };
    const db = join(dir, 'bank.db');
    const run = spawnSync(process.execPath, [bin, '--db', db, 'build', notes, '--json'], { env: { ...process.env, NO_COLOR: '1' } });
    expect(run.status, run.stderr.toString()).toBe(0);

    const conn = new Database(db, { readonly: true });
    const stored = new Map<string, string>();
    try {
      const rows = conn
        .prepare(
          `SELECT q.id AS id, q.eligible AS eligible,
             coalesce((SELECT group_concat(p.cert || ':' || p.domain, ',') FROM (SELECT cert, domain FROM placements WHERE question_id = q.id ORDER BY cert) p), '') AS placed
           FROM questions q`,
        )
        .all() as Array<{ id: string; eligible: number; placed: string }>;
      for (const r of rows) stored.set(r.id, `${r.eligible}|${r.placed}`);
    } finally {
      conn.close();
    }

    const catalog = loadCatalog();
    const certs = loadCerts();
    const expected = new Map<string, string>();
    for (const file of files) {
      for (const q of extract(readFileSync(file, 'utf8'), relative(notes, file), catalog).questions) {
        const eligible = q.score >= QUALITY_BAR;
        const placed = eligible ? classify(q, certs, catalog).map((p) => `${p.cert}:${p.domain}`).sort().join(',') : '';
        expected.set(q.id, `${eligible ? 1 : 0}|${placed}`);
      }
    }
    expect(stored.size).toBeGreaterThan(1000);
    expect(stored).toEqual(expected);
  });
});
