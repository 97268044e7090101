import { describe, expect, it } from 'vitest';
import { PRIOR_ANSWERS, readiness } from '../../src/stats/readiness.js';

const dva = {
  code: 'DVA-C02',
  passScore: 720,
  domains: [
    { id: 1, name: 'Development', weight: 32 },
    { id: 2, name: 'Security', weight: 26 },
    { id: 3, name: 'Deployment', weight: 24 },
    { id: 4, name: 'Troubleshooting', weight: 18 },
  ],
};
const tallies = new Map([
  [1, { answers: 50, correct: 40 }],
  [2, { answers: 20, correct: 10 }],
  [4, { answers: 10, correct: 6 }],
]);

describe('readiness', () => {
  it('predicts 100 + 900 x the weighted estimates (worked by hand: 707.9 -> 708)', () => {
    expect(readiness(dva, tallies).predicted).toBe(708);
  });

  it('gives a domain without answers the overall accuracy (56 of 80)', () => {
    expect(readiness(dva, tallies).domains[2]).toMatchObject({ answers: 0, accuracy: null, estimate: 0.7 });
  });

  it('pulls a thin domain toward the overall rate by five answers\' worth', () => {
    expect([PRIOR_ANSWERS, readiness(dva, tallies).domains[3].estimate]).toEqual([5, (6 + 5 * 0.7) / 15]);
  });

  it('states the evidence: answers and a 95% margin of 90 points', () => {
    const r = readiness(dva, tallies);
    expect([r.answers, r.overall, r.margin]).toEqual([80, 0.7, 90]);
  });

  it('orders the domains that lift the score most by weight x (1 - estimate)', () => {
    expect(readiness(dva, tallies).lifts.map((d) => [d.id, Math.round(d.lift * 10) / 10])).toEqual([[2, 107.6], [3, 64.8], [1, 60.2], [4, 59.4]]);
  });

  it('predicts nothing without any answer in the exam\'s scope', () => {
    expect(readiness(dva, new Map())).toMatchObject({ predicted: null, margin: null, answers: 0 });
  });

  it('reaches 1000 with every answer right and 100 with none', () => {
    const all = new Map([[1, { answers: 10, correct: 10 }], [2, { answers: 10, correct: 10 }], [3, { answers: 10, correct: 10 }], [4, { answers: 10, correct: 10 }]]);
    const none = new Map([...all].map(([k, v]) => [k, { ...v, correct: 0 }]));
    expect([readiness(dva, all).predicted, readiness(dva, none).predicted]).toEqual([1000, 100]);
  });
});
