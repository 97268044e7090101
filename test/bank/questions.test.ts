import { describe, expect, it } from 'vitest';
import {
  countQuestions,
  domainCounts,
  getQuestion,
  listQuestions,
  listSources,
  reclassify,
  removeSource,
  replaceSource,
  stemKey,
  topicCounts,
} from '../../src/bank/questions.js';
import { memoryBank, question, source } from './helpers.js';

const now = new Date('2026-01-01T00:00:00Z');

describe('replaceSource', () => {
  it('stores a file\'s questions and reads them back as domain objects', () => {
    const bank = memoryBank();
    replaceSource(bank.db, source('/n/a.md'), [question('q1'), question('q2', { answers: [1] })], now);
    const qs = listQuestions(bank.db);
    expect(qs.map((q) => [q.id, q.answers[0], q.placements])).toEqual([
      ['q1', 0, [{ cert: 'DVA-C02', domain: 1 }]],
      ['q2', 1, [{ cert: 'DVA-C02', domain: 1 }]],
    ]);
  });

  it('deletes questions a file no longer yields when they have no history', () => {
    const bank = memoryBank();
    replaceSource(bank.db, source('/n/a.md'), [question('q1'), question('q2')], now);
    replaceSource(bank.db, source('/n/a.md', { hash: 'h2' }), [question('q1')], now);
    expect(getQuestion(bank.db, 'q2')).toBeUndefined();
  });

  it('retires instead of deleting a dropped question that has been answered', () => {
    const bank = memoryBank();
    replaceSource(bank.db, source('/n/a.md'), [question('q1'), question('q2')], now);
    bank.db.prepare("INSERT INTO reviews (question_id, at, correct, context) VALUES ('q2', ?, 1, 'drill')").run(now.toISOString());
    replaceSource(bank.db, source('/n/a.md', { hash: 'h2' }), [question('q1')], now);
    expect(getQuestion(bank.db, 'q2')?.retired).toBe(true);
    expect(listQuestions(bank.db).map((q) => q.id)).toEqual(['q1']);
  });

  it('moves a question to the file that now yields its id, keeping the id', () => {
    const bank = memoryBank();
    replaceSource(bank.db, source('/n/a.md'), [question('q1')], now);
    replaceSource(bank.db, source('/n/b.md'), [question('q1', { source: { path: 'b.md', line: 9, endLine: 9, headings: ['Storage'] } })], now);
    removeSource(bank.db, '/n/a.md', now);
    expect(getQuestion(bank.db, 'q1')?.source.path).toBe('b.md');
    expect(getQuestion(bank.db, 'q1')?.retired).toBe(false);
  });

  it('lands a file whole or not at all when a question is invalid', () => {
    const bank = memoryBank();
    const bad = question('q2', { stem: null as unknown as string });
    expect(() => replaceSource(bank.db, source('/n/a.md'), [question('q1'), bad], now)).toThrow();
    expect(listSources(bank.db)).toEqual([]);
    expect(getQuestion(bank.db, 'q1')).toBeUndefined();
  });
});

describe('removeSource', () => {
  it('marks the file removed and retires answered questions while deleting the rest', () => {
    const bank = memoryBank();
    replaceSource(bank.db, source('/n/a.md'), [question('q1'), question('q2')], now);
    bank.db.prepare("INSERT INTO reviews (question_id, at, correct, context) VALUES ('q1', ?, 0, 'exam')").run(now.toISOString());
    removeSource(bank.db, '/n/a.md', now);
    expect(listSources(bank.db)[0].status).toBe('removed');
    expect(getQuestion(bank.db, 'q1')?.retired).toBe(true);
    expect(getQuestion(bank.db, 'q2')).toBeUndefined();
  });
});

describe('queries', () => {
  it('counts a domain\'s questions as distinct facts: one exam never shows two questions of one fact', () => {
    const bank = memoryBank();
    const dva = [{ cert: 'DVA-C02', domain: 2 }];
    replaceSource(bank.db, source('/n/a.md'), [question('q1', { placements: dva }), question('q2', { fingerprint: 'fp-q1', placements: dva }), question('q3', { placements: dva })], now);
    expect([...domainCounts(bank.db, 'DVA-C02')]).toEqual([[2, 2]]);
  });

  it('filters by exam placement and topic and counts per domain', () => {
    const bank = memoryBank();
    replaceSource(
      bank.db,
      source('/n/a.md'),
      [
        question('q1', { topics: ['s3'], placements: [{ cert: 'DVA-C02', domain: 2 }] }),
        question('q2', { topics: ['sqs'], placements: [{ cert: 'SAA-C03', domain: 1 }] }),
        question('q3', { topics: ['sqs'], eligible: false, placements: [] }),
      ],
      now,
    );
    expect(listQuestions(bank.db, { cert: 'DVA-C02' }).map((q) => q.id)).toEqual(['q1']);
    expect(listQuestions(bank.db, { topics: ['sqs'] }).map((q) => q.id)).toEqual(['q2']);
    expect(listQuestions(bank.db, { topics: ['sqs'], eligibleOnly: false }).map((q) => q.id)).toEqual(['q2', 'q3']);
    expect([...domainCounts(bank.db, 'DVA-C02')]).toEqual([[2, 1]]);
    expect(topicCounts(bank.db)).toEqual([
      { topic: 's3', questions: 1 },
      { topic: 'sqs', questions: 1 },
    ]);
    expect(countQuestions(bank.db)).toMatchObject({ questions: 3, eligible: 2 });
  });

  it('re-places every question with new classification rules', () => {
    const bank = memoryBank();
    replaceSource(bank.db, source('/n/a.md'), [question('q1'), question('q2')], now);
    reclassify(bank.db, (q) => (q.id === 'q1' ? [{ cert: 'SAA-C03', domain: 3 }] : []));
    expect(getQuestion(bank.db, 'q1')?.placements).toEqual([{ cert: 'SAA-C03', domain: 3 }]);
    expect(getQuestion(bank.db, 'q2')?.placements).toEqual([]);
  });
});

describe('stemKey', () => {
  it('ignores case, punctuation and the choose-two marker', () => {
    expect(stemKey('Which service stores objects? (Choose TWO.)')).toBe(stemKey('which  service stores objects'));
  });
});
