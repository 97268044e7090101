import { describe, expect, it } from 'vitest';
import { readiness } from '../../src/stats/readiness.js';
import { renderStats, thousands } from '../../src/stats/render.js';
import { buildStats, type StatsInput } from '../../src/stats/report.js';
import { scoreBar, sparkline } from '../../src/stats/trend.js';
import { weakestTopics } from '../../src/stats/topics.js';

const now = new Date('2026-03-02T10:00:00Z');
const exam = (id: number, score: number, day: string) => ({
  id, cert: 'DVA-C02', submittedAt: `${day}T09:00:00Z`, score, passScore: 720, correct: 40, total: 65, elapsedMs: 3_600_000, limitMs: 7_800_000,
});
const input: StatsInput = {
  now,
  offsetMinutes: 0,
  cert: null,
  exams: [exam(1, 550, '2026-02-20'), exam(2, 700, '2026-02-25'), exam(3, 760, '2026-03-01')],
  totals: { answers: 400, examAnswers: 195, drillAnswers: 205, questions: 180 },
  studyDays: ['2026-03-02', '2026-03-01', '2026-02-28', '2026-02-25'],
  due: { today: 12, week: 40 },
  readiness: [readiness({ code: 'DVA-C02', passScore: 720, domains: [{ id: 1, name: 'Development', weight: 100 }] }, new Map([[1, { answers: 10, correct: 7 }]]))],
  weakest: [],
};

describe('buildStats', () => {
  it('lists exams with pass or fail and the time used', () => {
    expect(buildStats(input).exams.map((e) => [e.id, e.date, e.passed, e.timeUsedMs])).toEqual([
      [1, '2026-02-20', false, 3_600_000], [2, '2026-02-25', false, 3_600_000], [3, '2026-03-01', true, 3_600_000],
    ]);
  });

  it('sums up the trend: first, latest, best, passes', () => {
    expect(buildStats(input).trend).toEqual({ chart: '▅▆▆', first: 550, latest: 760, best: 760, passes: 1 });
  });

  it('counts the streak and the days studied', () => {
    expect([buildStats(input).totals.streak, buildStats(input).totals.daysStudied]).toEqual([3, 4]);
  });

  it('has no history and a first step when nothing was answered', () => {
    const empty = buildStats({ ...input, exams: [], totals: { answers: 0, examAnswers: 0, drillAnswers: 0, questions: 0 }, readiness: [] });
    expect([empty.hasHistory, empty.firstStep]).toEqual([false, 'awsq exam --cert dva --count 20']);
  });
});

describe('renderStats', () => {
  it('greets a learner with no history with the first step', () => {
    const empty = buildStats({ ...input, exams: [], totals: { answers: 0, examAnswers: 0, drillAnswers: 0, questions: 0 }, readiness: [] });
    expect(renderStats(empty)).toContain('No history yet.\n\nSit a short mock exam to see where you stand:\n  awsq exam --cert dva --count 20');
  });

  it('shows the readiness estimate with its evidence', () => {
    expect(renderStats(buildStats(input))).toMatch(/Predicted 730 ± 256 \(on track to pass\), from 10 answers; overall 70% right/);
  });

  it('shows reviews due, the streak and the totals', () => {
    expect(renderStats(buildStats(input)).split('\n').slice(-3)).toEqual([
      'Reviews due  12 today, 40 within 7 days   run: awsq drill',
      'Streak       3 days in a row; 4 days studied in all',
      'Answered     400 answers (195 in exams, 205 in drills) on 180 questions',
    ]);
  });

  it('draws the score trend under the history', () => {
    expect(renderStats(buildStats(input))).toContain('Trend  ▅▆▆  550 -> 760, best 760; passed 1 of 3');
  });
});

describe('charts', () => {
  it('scales a sparkline from 100 to 1000', () => {
    expect(sparkline([100, 550, 1000])).toBe('▁▅█');
  });

  it('marks the pass score on a score bar', () => {
    expect(scoreBar(550, 720, 10)).toBe('█████░░│░░');
  });

  it('groups thousands without Intl', () => {
    expect([thousands(999), thousands(1234567)]).toEqual(['999', '1,234,567']);
  });
});

describe('weakestTopics', () => {
  it('ranks by the mean of recent accuracy and recall, needing three answers', () => {
    const figures = new Map([
      ['s3', { answers: 10, correct: 5, cards: 4, recall: 2.0 }],
      ['sqs', { answers: 10, correct: 9, cards: 5, recall: 4.5 }],
      ['sns', { answers: 10, correct: 4, cards: 2, recall: 1.8 }],
      ['iam', { answers: 2, correct: 0, cards: 2, recall: 0 }],
    ]);
    expect(weakestTopics(figures).map((t) => [t.topic, t.strength])).toEqual([['s3', 0.5], ['sns', 0.65], ['sqs', 0.9]]);
  });
});
