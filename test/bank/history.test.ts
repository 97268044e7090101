import { describe, expect, it } from 'vitest';
import { domainTallies, dueBy, examHistory, historyTotals, studyDays, topicFigures } from '../../src/bank/history.js';
import { replaceSource } from '../../src/bank/questions.js';
import { getCard, recordReviews } from '../../src/bank/reviews.js';
import { createScheduler, forgettingCurve } from '../../src/drill/scheduler.js';
import { memoryBank, question, source } from './helpers.js';

const t0 = new Date('2026-03-01T10:00:00Z');
const day = 86_400_000;

/** Six questions over two topics and two DVA domains, answered on three days. */
function history() {
  const bank = memoryBank();
  replaceSource(bank.db, source('/n/a.md'), [
    question('a', { topics: ['s3'], placements: [{ cert: 'DVA-C02', domain: 1 }] }),
    question('b', { topics: ['s3'], placements: [{ cert: 'DVA-C02', domain: 1 }] }),
    question('c', { topics: ['s3', 'kms'], placements: [{ cert: 'DVA-C02', domain: 2 }] }),
    question('d', { topics: ['sqs'], placements: [{ cert: 'DVA-C02', domain: 2 }, { cert: 'SAA-C03', domain: 1 }] }),
    question('e', { topics: ['sqs'], placements: [{ cert: 'SAA-C03', domain: 1 }] }),
    question('f', { topics: ['sqs'], eligible: false }),
  ], t0);
  const at = (d: number, h = 0) => new Date(t0.getTime() - d * day + h * 3_600_000);
  const answer = (id: string, correct: boolean, when: Date, context: 'exam' | 'drill' = 'drill') => ({ questionId: id, correct, ms: 20_000, context, at: when });
  recordReviews(bank.db, [answer('a', true, at(5)), answer('b', false, at(5)), answer('c', true, at(5))], at(5));
  recordReviews(bank.db, [answer('a', true, at(2), 'exam'), answer('d', false, at(2), 'exam'), answer('e', true, at(2), 'exam')], at(2));
  recordReviews(bank.db, [answer('b', true, at(1)), answer('c', false, at(1)), answer('f', true, at(1))], at(1));
  bank.db
    .prepare(`INSERT INTO exams (cert, seed, status, started_at, submitted_at, time_limit_ms, elapsed_ms, pass_score, score, correct, total)
              VALUES ('DVA-C02', 1, 'submitted', ?, ?, 600000, 400000, 720, 700, 2, 3), ('SAA-C03', 2, 'abandoned', ?, NULL, 600000, 0, 720, NULL, NULL, 3)`)
    .run(at(2).toISOString(), at(2).toISOString(), at(2).toISOString());
  return bank;
}

describe('history queries', () => {
  it('lists submitted exams only', () => {
    expect(examHistory(history().db).map((e) => [e.cert, e.score, e.elapsedMs])).toEqual([['DVA-C02', 700, 400000]]);
  });

  it('tallies answers per domain of an exam through placements (f is placed in domain 1 too)', () => {
    expect([...domainTallies(history().db, 'DVA-C02').entries()].sort()).toEqual([[1, { answers: 5, correct: 4 }], [2, { answers: 3, correct: 1 }]]);
  });

  it('keeps only the latest answers per domain', () => {
    expect(domainTallies(history().db, 'DVA-C02', 2).get(1)).toEqual({ answers: 2, correct: 2 });
  });

  it('tallies topics, a question counting for each of its topics', () => {
    const f = topicFigures(history().db, t0, forgettingCurve());
    expect([f.get('s3'), f.get('kms')].map((x) => [x?.answers, x?.correct, x?.cards])).toEqual([[6, 4, 3], [2, 1, 1]]);
  });

  it('computes retrievability in SQL as the scheduler does', () => {
    const bank = history();
    const s = createScheduler();
    const expected = ['a', 'b', 'c'].reduce((sum, id) => sum + s.retrievability(getCard(bank.db, id), t0), 0);
    expect(topicFigures(bank.db, t0, forgettingCurve()).get('s3')?.recall).toBeCloseTo(expected, 6);
  });

  it('keeps to one exam\'s questions with a cert', () => {
    expect(topicFigures(history().db, t0, forgettingCurve(), 'SAA-C03').get('sqs')).toMatchObject({ answers: 2, correct: 1 });
  });

  it('counts due cards of exam-eligible questions by each time (not f\'s)', () => {
    const bank = history();
    const all = bank.db.prepare('SELECT count(*) AS n FROM cards').get();
    expect([all, dueBy(bank.db, [t0.toISOString(), new Date(t0.getTime() + 30 * day).toISOString()])]).toEqual([{ n: 6 }, [4, 5]]);
  });

  it('lists study days in the learner\'s time zone, latest first', () => {
    expect([studyDays(history().db, 0), studyDays(history().db, 14 * 60)]).toEqual([
      ['2026-02-28', '2026-02-27', '2026-02-24'],
      ['2026-03-01', '2026-02-28', '2026-02-25'],
    ]);
  });

  it('totals answers by kind and the questions answered', () => {
    expect(historyTotals(history().db)).toEqual({ answers: 9, examAnswers: 3, drillAnswers: 6, questions: 6 });
  });
});
