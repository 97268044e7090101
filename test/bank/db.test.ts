import { mkdtempSync, writeFileSync, readFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, openBank } from '../../src/bank/db.js';
import { migrations, SCHEMA_VERSION } from '../../src/bank/schema.js';
import { DatabaseError } from '../../src/core/errors.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'awsq-db-'));

describe('openBank', () => {
  it('migrates a new in-memory database to the current schema version', () => {
    const bank = openBank(':memory:');
    expect(bank.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    bank.close();
  });

  it('creates every table the product needs', () => {
    const bank = openBank(':memory:');
    const names = (bank.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(['sources', 'questions', 'placements', 'exams', 'exam_items', 'cards', 'reviews']));
    bank.close();
  });

  it('makes the lookup indexes a killed build left dropped when it opens the bank for writing', () => {
    const path = join(tmp(), 'bank.db');
    const lookups = (db: Database.Database) =>
      (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name IN ('question_topics_topic', 'placements_cert', 'questions_fingerprint', 'questions_stem_key') ORDER BY name").all() as Array<{ name: string }>).map((r) => r.name);
    const bank = openBank(path);
    bank.db.exec('DROP INDEX question_topics_topic; DROP INDEX placements_cert; DROP INDEX questions_fingerprint; DROP INDEX questions_stem_key;');
    expect(lookups(bank.db)).toEqual([]);
    bank.close();
    const again = openBank(path);
    expect(lookups(again.db)).toEqual(['placements_cert', 'question_topics_topic', 'questions_fingerprint', 'questions_stem_key']);
    again.close();
  });

  it('turns on foreign keys and WAL for a file bank', () => {
    const path = join(tmp(), 'bank.db');
    const bank = openBank(path);
    expect(bank.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(bank.db.pragma('journal_mode', { simple: true })).toBe('wal');
    bank.close();
  });

  it('brings a version-2 bank to the tally indexes, keeping its questions, and counts from the indexes', () => {
    const db = new Database(':memory:');
    db.exec(migrations[0]);
    db.exec(migrations[1]);
    db.pragma('user_version = 2');
    db.prepare("INSERT INTO sources (abs_path, path, hash, size, built_at) VALUES ('/n/a.md', 'a.md', 'h', 1, 'now')").run();
    db.prepare(
      `INSERT INTO questions (id, source_id, origin, kind, stem, stem_key, options, answers, explanation, path, line, end_line, headings, topics, score, reasons, fingerprint, eligible, created_at, updated_at)
       VALUES ('q1', 1, 'extracted', 'term', 's', 's', '[]', '[]', 'e', 'a.md', 1, 1, '[]', '[]', 1, '[]', 'f', 1, 'now', 'now')`,
    ).run();
    migrate(db, ':memory:');
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.prepare('SELECT count(*) AS n FROM questions').get()).toEqual({ n: 1 });
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as Array<{ detail: string }>).map((r) => r.detail).join('\n');
    expect(plan('SELECT kind, eligible, retired, count(*) FROM questions GROUP BY kind, eligible, retired')).toMatch(/COVERING INDEX questions_tally/);
    expect(plan('SELECT source_id, count(*) FROM questions INDEXED BY questions_source WHERE eligible = 1 AND retired = 0 GROUP BY source_id')).toMatch(
      /COVERING INDEX questions_source/,
    );
    db.close();
  });

  it('applies migrations from an older version and is a no-op the second time', () => {
    const db = new Database(':memory:');
    migrate(db, ':memory:');
    migrate(db, ':memory:');
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('refuses a database from a newer awsq, naming both versions', () => {
    const path = join(tmp(), 'newer.db');
    const raw = new Database(path);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    raw.close();
    expect(() => openBank(path)).toThrow(new RegExp(`schema version ${SCHEMA_VERSION + 5}.*up to ${SCHEMA_VERSION}`));
  });

  it('reports a damaged file by path and leaves its bytes untouched', () => {
    const path = join(tmp(), 'damaged.db');
    const junk = Buffer.from('this is not a database at all, just some text '.repeat(200));
    writeFileSync(path, junk);
    let error: unknown;
    try {
      openBank(path);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(DatabaseError);
    expect((error as Error).message).toContain(path);
    expect(readFileSync(path).equals(junk)).toBe(true);
  });

  it('names the setting when the location is read-only', () => {
    if (process.getuid?.() === 0) {
      // root can write anywhere; check the message through a path under a regular file instead.
      const dir = tmp();
      writeFileSync(join(dir, 'file'), 'x');
      expect(() => openBank(join(dir, 'file', 'bank.db'), { origin: 'AWSQ_HOME' })).toThrow(/AWSQ_HOME/);
      return;
    }
    const dir = tmp();
    chmodSync(dir, 0o500);
    expect(() => openBank(join(dir, 'bank.db'), { origin: 'AWSQ_HOME' })).toThrow(/AWSQ_HOME/);
  });
});
