/**
 * A damaged bank: every command reports it by path with exit 1 and never writes to it; `awsq doctor`
 * finds it; `awsq doctor --repair` moves it aside untouched, rebuilds the questions from the notes
 * and carries over the history that can still be read.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'awsq.js');
const NOTE = `# Amazon SQS

* **Standard queue** - delivers each message at least once, with best-effort ordering across consumers
* **FIFO queue** - processes each message exactly once and keeps the order within a message group
* **Delay queue** - postpones the delivery of new messages for a number of seconds after sending
* **Dead-letter queue** - receives the messages that consumers failed to process after several receives

## Limits

* message retention defaults to 4 days and can be raised to 14 days
* the visibility timeout defaults to 30 seconds
* a long poll waits up to 20 seconds for a message
`;

let home = '';
let dbPath = '';

function awsq(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { env: { ...process.env, AWSQ_HOME: home, NO_COLOR: '1', CI: 'true' }, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** A bank built from one note, with 30 reviews and 5 cards of history, checkpointed into one file. */
function bankWithHistory(): void {
  const notes = mkdtempSync(join(tmpdir(), 'awsq-doctor-notes-'));
  writeFileSync(join(notes, 'sqs.md'), NOTE);
  expect(awsq('build', notes).code).toBe(0);
  const db = new Database(dbPath);
  const ids = (db.prepare('SELECT id FROM questions LIMIT 5').all() as Array<{ id: string }>).map((r) => r.id);
  const review = db.prepare(`INSERT INTO reviews (question_id, at, correct, rating, ms, context) VALUES (?, ?, ?, ?, ?, 'drill')`);
  const card = db.prepare('INSERT INTO cards (question_id, due, state, updated_at) VALUES (?, ?, ?, ?)');
  db.transaction(() => {
    for (let i = 0; i < 30; i++) review.run(ids[i % ids.length], `2026-11-${String(1 + (i % 20)).padStart(2, '0')}T10:00:00.000Z`, i % 3 ? 1 : 0, i % 3 ? 3 : 1, 4000);
    for (const id of ids) card.run(id, '2026-12-01T00:00:00.000Z', '{}', '2026-11-20T00:00:00.000Z');
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}

/** Overwrite the first page of the questions table with noise, leaving the history tables readable. */
function damageQuestions(): void {
  const db = new Database(dbPath, { readonly: true });
  const page = (db.prepare(`SELECT rootpage FROM sqlite_master WHERE name = 'questions'`).get() as { rootpage: number }).rootpage;
  const size = db.pragma('page_size', { simple: true }) as number;
  db.close();
  const fd = openSync(dbPath, 'r+');
  writeSync(fd, Buffer.alloc(size, 0x5a), 0, size, (page - 1) * size);
  closeSync(fd);
}

describe('a damaged question bank', () => {
  beforeEach(() => {
    home = mkdtempSync(join(tmpdir(), 'awsq-doctor-'));
    dbPath = join(home, 'awsq.db');
    bankWithHistory();
    damageQuestions();
  });

  it('is reported by path with exit 1 and left byte for byte as it was', () => {
    const before = hash(dbPath);
    const results = [awsq('questions'), awsq('questions', '--rejected'), awsq('questions', '--topic', 'sqs', '--json')];
    for (const r of results) {
      expect({ code: r.code, named: r.stderr.includes(dbPath), damaged: /damaged/.test(r.stderr) }).toEqual({ code: 1, named: true, damaged: true });
    }
    expect(hash(dbPath)).toBe(before);
  });

  it('is found by "awsq doctor", which changes nothing', () => {
    const before = hash(dbPath);
    const r = awsq('doctor', '--json');
    const report = JSON.parse(r.stdout) as { ok: boolean; problems: string[] };
    expect({ code: r.code, ok: report.ok, problems: report.problems.length > 0, same: hash(dbPath) === before }).toEqual({
      code: 1,
      ok: false,
      problems: true,
      same: true,
    });
  });

  it('is rebuilt by "awsq doctor --repair", keeping the readable history and the damaged file', { timeout: 60_000 }, () => {
    const before = hash(dbPath);
    const r = awsq('doctor', '--repair', '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { damagedCopy: string; questions: number; restored: Record<string, number> };
    expect({ copyKept: existsSync(report.damagedCopy) && hash(report.damagedCopy) === before, reviews: report.restored.reviews, cards: report.restored.cards }).toEqual({
      copyKept: true,
      reviews: 30,
      cards: 5,
    });
    expect(report.questions).toBeGreaterThan(0);
    const after = awsq('doctor', '--json');
    expect([after.code, (JSON.parse(after.stdout) as { ok: boolean }).ok]).toEqual([0, true]);
    const db = new Database(dbPath, { readonly: true });
    expect((db.prepare('SELECT COUNT(*) AS n FROM reviews').get() as { n: number }).n).toBe(30);
    db.close();
  });

  it('that is not a database at all is reported, and repaired with no history to keep', { timeout: 60_000 }, () => {
    writeFileSync(dbPath, 'this is not a database, just text that happens to sit where the bank should be\n'.repeat(100));
    const before = hash(dbPath);
    const r = awsq('topics');
    expect({ code: r.code, named: r.stderr.includes(dbPath), same: hash(dbPath) === before }).toEqual({ code: 1, named: true, same: true });
    const repaired = awsq('doctor', '--repair');
    expect([repaired.code, /repaired/.test(repaired.stdout)]).toEqual([0, true]);
    expect(awsq('topics').code).toBe(0);
  });
});
