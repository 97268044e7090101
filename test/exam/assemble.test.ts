import { describe, expect, it } from 'vitest';
import { seededRng } from '../../src/core/random.js';
import { assemble, poolFromList, describeShortfalls, examMinutes, makeItems } from '../../src/exam/assemble.js';
import { gistOf, overlap } from '../../src/exam/overlap.js';
import { dva, pool, questionFor } from './fixtures.js';

const full = () => pool([40, 40, 40, 40]);

function perDomain(picks: Array<{ domain: number }>): number[] {
  return [1, 2, 3, 4].map((d) => picks.filter((p) => p.domain === d).length);
}

describe('assemble', () => {
  it('draws the exam number of questions', () => {
    expect(assemble({ spec: dva, pool: poolFromList(full(), new Map()), rng: seededRng(1) }).picks).toHaveLength(65);
  });

  it('splits them across domains as 21, 17, 15, 12', () => {
    const a = assemble({ spec: dva, pool: poolFromList(full(), new Map()), rng: seededRng(1) });
    expect(perDomain(a.picks)).toEqual([21, 17, 15, 12]);
  });

  it('keeps the exam minutes and pass score', () => {
    const a = assemble({ spec: dva, pool: poolFromList(full(), new Map()), rng: seededRng(1) });
    expect([a.minutes, a.passScore]).toEqual([130, 720]);
  });

  it('makes the same exam again from the same seed', () => {
    const one = assemble({ spec: dva, pool: poolFromList(full(), new Map()), rng: seededRng(9) });
    const two = assemble({ spec: dva, pool: poolFromList(full(), new Map()), rng: seededRng(9) });
    expect(two.picks.map((p) => p.id)).toEqual(one.picks.map((p) => p.id));
  });

  it('makes another exam from another seed', () => {
    const one = assemble({ spec: dva, pool: poolFromList(full(), new Map()), rng: seededRng(9) });
    const two = assemble({ spec: dva, pool: poolFromList(full(), new Map()), rng: seededRng(10) });
    expect(two.picks.map((p) => p.id)).not.toEqual(one.picks.map((p) => p.id));
  });

  it('never uses two questions of one fingerprint', () => {
    const twins = full().flatMap((c) => [c, { ...c, id: c.id + '-twin' }]);
    const a = assemble({ spec: dva, pool: poolFromList(twins, new Map()), rng: seededRng(3) });
    expect(new Set(a.picks.map((p) => p.fingerprint)).size).toBe(65);
  });

  it('never uses two questions that overlap: one names the answer of the other', () => {
    // Pairs: question 2k asks for "Term Name k"; question 2k+1's stem names it.
    const candidates = pool([60, 60, 60, 60], 0).map((c, i) => {
      const k = Math.floor(i / 2);
      const text = i % 2 === 0
        ? { stem: `Which term is thing ${k}?`, options: [`Term Name ${k}`, 'Other A', 'Other B', 'Other C'], answers: [0], explanation: `Term Name ${k} - thing ${k}`, topics: [] }
        : { stem: `What does Term Name ${k} do for part ${i}?`, options: [`Job ${i}`, 'Other A', 'Other B', 'Other C'], answers: [0], explanation: `Part ${i}: job ${i}`, topics: [] };
      return { ...c, gist: gistOf(text) };
    });
    for (const seed of [1, 2, 3]) {
      const picks = assemble({ spec: dva, pool: poolFromList(candidates, new Map()), rng: seededRng(seed) }).picks;
      const gist = new Map(candidates.map((c) => [c.id, c.gist]));
      const clashes = picks.flatMap((a, i) => picks.slice(i + 1).filter((b) => overlap(gist.get(a.id)!, gist.get(b.id)!)));
      expect([picks.length, clashes.length]).toEqual([65, 0]);
    }
  });

  it('aims for 10-20% "Choose TWO" questions when the bank has them', () => {
    const a = assemble({ spec: dva, pool: poolFromList(full(), new Map()), rng: seededRng(4) });
    const multi = a.picks.filter((p) => p.multi).length;
    expect(multi >= 7 && multi <= 13).toBe(true);
  });

  it('prefers questions not seen recently', () => {
    const candidates = pool([21, 17, 15, 12], 0).concat(pool([21, 17, 15, 12], 0).map((c) => ({ ...c, id: 'seen-' + c.id, fingerprint: 'seen-' + c.fingerprint })));
    const lastSeen = new Map(candidates.filter((c) => c.id.startsWith('seen-')).map((c) => [c.id, 1000]));
    const a = assemble({ spec: dva, pool: poolFromList(candidates, lastSeen), rng: seededRng(5) });
    expect(a.picks.some((p) => p.id.startsWith('seen-'))).toBe(false);
  });

  it('takes the least recently seen first when all were seen', () => {
    const candidates = pool([2, 0, 0, 0], 0);
    const lastSeen = new Map([['d1-q0', 2000], ['d1-q1', 1000]]);
    const a = assemble({ spec: dva, pool: poolFromList(candidates, lastSeen), rng: seededRng(5), count: 1 });
    expect(a.picks[0].id).toBe('d1-q1');
  });

  it('scales time with --count to keep minutes per question', () => {
    expect(assemble({ spec: dva, pool: poolFromList(full(), new Map()), rng: seededRng(1), count: 13 }).minutes).toBe(26);
  });

  it('uses --minutes over the scaled time', () => {
    expect(assemble({ spec: dva, pool: poolFromList(full(), new Map()), rng: seededRng(1), count: 13, minutes: 5 }).minutes).toBe(5);
  });

  it('gives at least one minute', () => {
    expect(examMinutes(dva, 0)).toBe(1);
  });

  it('fills a short domain from the others and reports it', () => {
    const a = assemble({ spec: dva, pool: poolFromList(pool([40, 40, 5, 40])), rng: seededRng(2) });
    expect([a.picks.length, perDomain(a.picks)[2], a.shortfalls.map((s) => [s.domain, s.wanted, s.available])]).toEqual([65, 5, [[3, 15, 5]]]);
  });

  it('lets a short domain choose first when its facts are also placed in another domain', () => {
    // Domain 3 has exactly 15 facts, and 5 of them also have a question placed in domain 1.
    const shared = pool([0, 0, 15, 0], 0).slice(0, 5).map((c) => ({ ...c, id: `d1-${c.id}`, domain: 1 }));
    const candidates = [...pool([30, 40, 15, 40], 0), ...shared];
    for (const seed of [1, 2, 3, 4, 5]) {
      const a = assemble({ spec: dva, pool: poolFromList(candidates), rng: seededRng(seed) });
      expect({ domains: perDomain(a.picks), shortfalls: a.shortfalls }).toEqual({ domains: [21, 17, 15, 12], shortfalls: [] });
    }
  });

  it('names the notes that would help a short domain', () => {
    const a = assemble({ spec: dva, pool: poolFromList(pool([40, 40, 5, 40])), rng: seededRng(2) });
    expect(describeShortfalls(a.shortfalls)[0]).toMatch(/Domain 3 \(Deployment\) has 5 of the 15.*Service 3A/);
  });

  it('stops when the bank has too few questions', () => {
    expect(() => assemble({ spec: dva, pool: poolFromList(pool([10, 10, 10, 10])), rng: seededRng(1) })).toThrow(/only 40 distinct.*--count 40/);
  });

  it('stops when the bank has no questions for the exam', () => {
    expect(() => assemble({ spec: dva, pool: poolFromList([], new Map()), rng: seededRng(1) })).toThrow(/no exam-ready questions for DVA-C02/);
  });

  it('uses a given quota function', () => {
    const a = assemble({ spec: dva, pool: poolFromList(full(), new Map()), rng: seededRng(1), count: 4, quota: () => [4, 0, 0, 0] });
    expect(perDomain(a.picks)).toEqual([4, 0, 0, 0]);
  });
});

describe('makeItems', () => {
  const picks = pool([3, 0, 0, 0], 2);
  const byId = new Map(picks.map((c) => [c.id, questionFor(c)]));
  const items = makeItems(picks, byId, seededRng(11));

  it('shuffles options and keeps the permutation', () => {
    expect(items.every((it, i) => it.options.every((o, k) => o === questionFor(picks[i]).options[it.order[k]]))).toBe(true);
  });

  it('moves the answers with their options', () => {
    expect(items.map((it, i) => it.answers.map((a) => it.options[a]).sort())).toEqual(
      picks.map((c) => questionFor(c).answers.map((a) => questionFor(c).options[a]).sort()),
    );
  });
});
