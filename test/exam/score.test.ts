import { describe, expect, it } from 'vitest';
import { isCorrect, passFraction, scaledScore, scoreExam, type ScoreInput } from '../../src/exam/score.js';

const domains = [
  { id: 1, name: 'Development' },
  { id: 2, name: 'Security' },
];

/** Four items: single (answer 1), Choose TWO (0 and 2), single (3), single (0). */
function input(selected: Array<number[] | null>, over: Partial<ScoreInput> = {}): ScoreInput {
  return {
    id: 7,
    cert: 'DVA-C02',
    passScore: 720,
    domains,
    items: [
      { answers: [1], domain: 1 },
      { answers: [0, 2], domain: 1 },
      { answers: [3], domain: 2 },
      { answers: [0], domain: 2 },
    ],
    selected,
    flagged: [false, true, false, false],
    elapsedMs: 240_000,
    limitMs: 480_000,
    ended: 'submitted',
    ...over,
  };
}

describe('isCorrect', () => {
  it.each([
    [[1], [1], true],
    [[1], [2], false],
    [[1], null, false],
    [[1], [], false],
    [[0, 2], [2, 0], true],
    [[0, 2], [0], false],
    [[0, 2], [0, 1], false],
    [[0, 2], [0, 2, 3], false],
    [[0, 2], [0, 0], false],
  ] as const)('answers %j, selected %j: %s', (answers, selected, want) => {
    expect(isCorrect(answers, selected)).toBe(want);
  });
});

describe('scaledScore', () => {
  it.each([
    [0, 100],
    [1, 1000],
    [0.5, 550],
    [47 / 65, 751],
    [2 / 3, 700],
  ])('fraction %f scales to %i', (fraction, score) => {
    expect(scaledScore(fraction)).toBe(score);
  });

  it('puts the DVA-C02 pass bar at 620/900 of the questions', () => {
    expect(passFraction(720)).toBeCloseTo(620 / 900, 12);
  });
});

describe('scoreExam', () => {
  it('scores all correct as 1000 and a pass', () => {
    const r = scoreExam(input([[1], [0, 2], [3], [0]]));
    expect([r.correct, r.score, r.passed]).toEqual([4, 1000, true]);
  });

  it('gives no credit for half of a Choose TWO answer', () => {
    expect(scoreExam(input([[1], [0], [3], [0]])).items).toEqual([true, false, true, true]);
  });

  it('counts unanswered questions as wrong', () => {
    const r = scoreExam(input([null, null, [3], [0]]));
    expect([r.correct, r.score, r.passed, r.answered]).toEqual([2, 550, false, 2]);
  });

  it('reports each domain with its percent and verdict', () => {
    expect(scoreExam(input([[1], [0], [3], [0]])).domains).toEqual([
      { id: 1, name: 'Development', correct: 1, total: 2, percent: 50, meets: false },
      { id: 2, name: 'Security', correct: 2, total: 2, percent: 100, meets: true },
    ]);
  });

  it('reports time used against the budget per question', () => {
    const r = scoreExam(input([null, null, null, null]));
    expect([r.timeUsedMs, r.avgMsPerQuestion, r.budgetMsPerQuestion, r.flagged]).toEqual([240_000, 60_000, 120_000, 1]);
  });

  it('never reports more time than the limit', () => {
    expect(scoreExam(input([null, null, null, null], { elapsedMs: 999_999, ended: 'expired' })).timeUsedMs).toBe(480_000);
  });
});
