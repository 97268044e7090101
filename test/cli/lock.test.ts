/**
 * Two awsq processes on one bank: readers never wait for a writer (WAL); a writer waits for another
 * writer's transaction, and when the lock outlasts the wait it fails with a clear message, exit 1.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { openBank } from '../../src/bank/db.js';
import { replaceSource } from '../../src/bank/questions.js';
import { question, source } from '../bank/helpers.js';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'awsq.js');
let home = '';
let notes = '';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

function awsq(...args: string[]): Promise<Run> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, AWSQ_HOME: home, NO_COLOR: '1', CI: 'true' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr, ms: Date.now() - started }));
  });
}

/** Another process's write transaction, held until released. */
function holdWriteLock(): () => void {
  const other = new Database(join(home, 'awsq.db'));
  other.exec('BEGIN IMMEDIATE');
  other.prepare(`UPDATE sources SET built_at = built_at`).run();
  return () => {
    other.exec('COMMIT');
    other.close();
  };
}

describe('a bank used by two awsq processes at once', () => {
  beforeAll(() => {
    home = mkdtempSync(join(tmpdir(), 'awsq-lock-'));
    notes = mkdtempSync(join(tmpdir(), 'awsq-lock-notes-'));
    const bank = openBank(join(home, 'awsq.db'));
    replaceSource(bank.db, source('/notes/a.md', { path: 'a.md' }), [question('l1'), question('l2', { topics: ['sqs'] })], new Date());
    bank.close();
  });

  it('lets a reader work while another process is writing', async () => {
    const release = holdWriteLock();
    try {
      const r = await awsq('topics', '--json');
      expect({ code: r.code, topics: (JSON.parse(r.stdout) as Array<{ topic: string }>).map((t) => t.topic).sort() }).toEqual({
        code: 0,
        topics: ['s3', 'sqs'],
      });
    } finally {
      release();
    }
  });

  it('makes a writer wait for a short lock and then finish', async () => {
    writeFileSync(join(notes, 'sqs.md'), '# Amazon SQS\n\n* **FIFO queue** - processes each message exactly once, in order\n');
    const release = holdWriteLock();
    const writer = awsq('build', notes, '--json');
    await new Promise((r) => setTimeout(r, 1500));
    release();
    const r = await writer;
    expect({ code: r.code, waited: r.ms >= 1500, files: (JSON.parse(r.stdout) as { files: number }).files }).toEqual({ code: 0, waited: true, files: 1 });
  });

  it('fails a writer with a clear message when the lock outlasts the wait', { timeout: 30_000 }, async () => {
    writeFileSync(join(notes, 'sns.md'), '# Amazon SNS\n\n* **Topic** - a named channel that fans messages out to every subscriber\n');
    const release = holdWriteLock();
    try {
      const r = await awsq('build', notes);
      expect({ code: r.code, message: /locked by another awsq/.test(r.stderr), path: r.stderr.includes(join(home, 'awsq.db')) }).toEqual({
        code: 1,
        message: true,
        path: true,
      });
    } finally {
      release();
    }
  });
});
