/** A large build's topics and placements, kept aside while it writes and written in one pass at its end. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openBank, type Bank } from '../../src/bank/db.js';
import { flushPendingLinks, replaceSource } from '../../src/bank/questions.js';
import { memoryBank, question, source } from './helpers.js';

const now = new Date('2026-01-01T00:00:00Z');
const defer = { deferLinks: true };
const topics = (bank: Bank) => bank.db.prepare('SELECT question_id, topic FROM question_topics ORDER BY 1, 2').all();
const placements = (bank: Bank) => bank.db.prepare('SELECT question_id, cert, domain FROM placements ORDER BY 1, 2').all();
const pending = (bank: Bank) => (bank.db.prepare('SELECT count(*) AS n FROM pending_links').get() as { n: number }).n;

describe('deferred topics and placements', () => {
  const files = [
    [source('/n/a.md'), [question('q2', { topics: ['s3', 'iam'] }), question('q1', { placements: [{ cert: 'DVA-C02', domain: 1 }, { cert: 'SAA-C03', domain: 3 }] })]],
    [source('/n/b.md'), [question('q3', { topics: ['sqs'], placements: [] })]],
  ] as const;

  it('are only kept aside until the flush, which writes what writing them at once would', () => {
    const [now1, later] = [memoryBank(), memoryBank()];
    for (const [s, qs] of files) replaceSource(now1.db, s, [...qs], now);
    for (const [s, qs] of files) replaceSource(later.db, s, [...qs], now, defer);
    expect(topics(later)).toEqual([]);
    expect(pending(later)).toBe(3);
    expect(flushPendingLinks(later.db)).toBe(3);
    expect(topics(later)).toEqual(topics(now1));
    expect(placements(later)).toEqual(placements(now1));
    expect(placements(later)).toHaveLength(3);
    expect(pending(later)).toBe(0);
  });

  it('take the last kept for a question, replace what it had, and skip questions deleted since', () => {
    const bank = memoryBank();
    replaceSource(bank.db, source('/n/a.md'), [question('q1', { topics: ['s3'] }), question('q2')], now);
    replaceSource(bank.db, source('/n/a.md', { hash: 'h2' }), [question('q1', { topics: ['ebs'] })], now, defer);
    replaceSource(bank.db, source('/n/a.md', { hash: 'h3' }), [question('q1', { topics: ['efs', 'fsx'], placements: [{ cert: 'SAA-C03', domain: 2 }] })], now, defer);
    // q2 was dropped (and deleted, having no history) while q1's links waited.
    flushPendingLinks(bank.db);
    expect(topics(bank)).toEqual([
      { question_id: 'q1', topic: 'efs' },
      { question_id: 'q1', topic: 'fsx' },
    ]);
    expect(placements(bank)).toEqual([{ question_id: 'q1', cert: 'SAA-C03', domain: 2 }]);
  });

  it('give a question retired since its topics but no placement', () => {
    const bank = memoryBank();
    replaceSource(bank.db, source('/n/a.md'), [question('q1'), question('q2', { topics: ['sqs'] })], now, defer);
    bank.db.prepare("INSERT INTO reviews (question_id, at, correct, context) VALUES ('q2', ?, 1, 'drill')").run(now.toISOString());
    replaceSource(bank.db, source('/n/a.md', { hash: 'h2' }), [question('q1')], now, defer);
    flushPendingLinks(bank.db);
    expect(topics(bank)).toContainEqual({ question_id: 'q2', topic: 'sqs' });
    expect(placements(bank).map((p) => (p as { question_id: string }).question_id)).toEqual(['q1']);
  });

  it('left behind by a build that was killed are written when the bank is next opened for writing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'awsq-links-'));
    try {
      const path = join(dir, 'bank.db');
      const killed = openBank(path);
      replaceSource(killed.db, source('/n/a.md'), [question('q1')], now, defer);
      killed.close();
      const reader = openBank(path, { readonly: true });
      expect(pending(reader)).toBe(1);
      reader.close();
      const next = openBank(path);
      expect(pending(next)).toBe(0);
      expect(placements(next)).toEqual([{ question_id: 'q1', cert: 'DVA-C02', domain: 1 }]);
      next.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
