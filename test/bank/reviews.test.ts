import { describe, expect, it } from 'vitest';
import { createExam, loadExam } from '../../src/bank/exams.js';
import { replaceSource } from '../../src/bank/questions.js';
import { getCard, recordReviews } from '../../src/bank/reviews.js';
import { submit } from '../../src/cli/commands/exam.js';
import { seededRng } from '../../src/core/random.js';
import { makeItems } from '../../src/exam/assemble.js';
import { testContext } from '../cli/context-helpers.js';
import { memoryBank, question, source } from './helpers.js';

const now = new Date('2026-01-05T10:00:00Z');

function bankWith(ids: string[]) {
  const bank = memoryBank();
  replaceSource(bank.db, source('/n/a.md'), ids.map((id) => question(id)), now);
  return bank;
}

describe('recordReviews', () => {
  it('adds a review row per answer with its rating, and a card per question', () => {
    const bank = bankWith(['a', 'b']);
    recordReviews(bank.db, [
      { questionId: 'a', correct: true, ms: 20_000, context: 'drill', at: now },
      { questionId: 'b', correct: false, ms: 3000, context: 'exam', examId: 7, at: now },
    ], now);
    expect(bank.db.prepare('SELECT question_id, correct, rating, ms, context, exam_id FROM reviews ORDER BY id').all()).toEqual([
      { question_id: 'a', correct: 1, rating: 3, ms: 20_000, context: 'drill', exam_id: null },
      { question_id: 'b', correct: 0, rating: 1, ms: 3000, context: 'exam', exam_id: 7 },
    ]);
  });

  it('stores the card\'s due date in cards.due and the card as JSON', () => {
    const bank = bankWith(['a']);
    recordReviews(bank.db, [{ questionId: 'a', correct: true, ms: 1000, context: 'drill', at: now }], now);
    const row = bank.db.prepare('SELECT due, state FROM cards').get() as { due: string; state: string };
    expect([row.due, JSON.parse(row.state).state]).toEqual(['2026-01-13T10:00:00.000Z', 'review']);
  });

  it('moves an existing card on rather than starting it again', () => {
    const bank = bankWith(['a']);
    recordReviews(bank.db, [{ questionId: 'a', correct: true, ms: 20_000, context: 'drill', at: now }], now);
    const later = new Date(now.getTime() + 10 * 60_000);
    recordReviews(bank.db, [{ questionId: 'a', correct: true, ms: 20_000, context: 'drill', at: later }], later);
    expect([getCard(bank.db, 'a')?.reps, getCard(bank.db, 'a')?.state]).toEqual([2, 'review']);
  });

  it('writes nothing when one answer of the batch fails', () => {
    const bank = bankWith(['a']);
    const bad = { questionId: 'a', correct: true, ms: 1000, context: 'quiz' as 'drill', at: now };
    expect(() => recordReviews(bank.db, [{ questionId: 'a', correct: true, ms: 1000, context: 'drill', at: now }, bad], now)).toThrow();
    expect(bank.db.prepare('SELECT (SELECT count(*) FROM reviews) + (SELECT count(*) FROM cards) AS n').get()).toEqual({ n: 0 });
  });

  it('starts a damaged card afresh instead of failing', () => {
    const bank = bankWith(['a']);
    bank.db.prepare(`INSERT INTO cards (question_id, due, state, updated_at) VALUES ('a', 'x', '{oops', 'x')`).run();
    recordReviews(bank.db, [{ questionId: 'a', correct: false, ms: 1000, context: 'drill', at: now }], now);
    expect(getCard(bank.db, 'a')?.reps).toBe(1);
  });
});

describe('exam submission', () => {
  it('records every item as a review: right Good, wrong and unanswered Again', async () => {
    const bank = bankWith(['a', 'b', 'c']);
    const qs = new Map(['a', 'b', 'c'].map((id) => [id, { ...question(id), options: ['w', 'x', 'y', 'z'] }]));
    const items = makeItems(['a', 'b', 'c'].map((id) => ({ id, domain: 1, fingerprint: `fp-${id}`, multi: false })), qs, seededRng(1));
    const id = createExam(bank.db, { cert: 'DVA-C02', seed: 1, limitMs: 600_000, passScore: 720 }, items, now);
    const loaded = loadExam(bank.db, id)!;
    const wrong = (i: number) => [(items[i].answers[0] + 1) % 4];
    const final = { ...loaded.state, selected: [items[0].answers, wrong(1), []], ms: [5000, 5000, 0], ended: 'submitted' as const };
    await submit(testContext({ now }), bank.db, loaded, final);
    expect(bank.db.prepare('SELECT question_id, correct, rating, context, exam_id FROM reviews ORDER BY question_id').all()).toEqual([
      { question_id: 'a', correct: 1, rating: 3, context: 'exam', exam_id: id },
      { question_id: 'b', correct: 0, rating: 1, context: 'exam', exam_id: id },
      { question_id: 'c', correct: 0, rating: 1, context: 'exam', exam_id: id },
    ]);
  });

  it('updates the same cards a drill does', async () => {
    const bank = bankWith(['a']);
    recordReviews(bank.db, [{ questionId: 'a', correct: true, ms: 20_000, context: 'drill', at: now }], now);
    const items = makeItems([{ id: 'a', domain: 1, fingerprint: 'fp-a', multi: false }], new Map([['a', question('a')]]), seededRng(1));
    const id = createExam(bank.db, { cert: 'DVA-C02', seed: 1, limitMs: 600_000, passScore: 720 }, items, now);
    const loaded = loadExam(bank.db, id)!;
    await submit(testContext({ now: new Date(now.getTime() + 3_600_000) }), bank.db, loaded, { ...loaded.state, selected: [[]], ended: 'submitted' });
    expect([getCard(bank.db, 'a')?.reps, getCard(bank.db, 'a')?.lapses, bank.db.prepare('SELECT count(*) AS n FROM cards').get()]).toEqual([2, 0, { n: 1 }]);
  });
});
