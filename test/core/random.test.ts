import { describe, expect, it } from 'vitest';
import { sample, seededRng, shuffle } from '../../src/core/random.js';

describe('seededRng', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = seededRng(42);
    const b = seededRng(42);
    const c = seededRng(43);
    const xs = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(xs);
    expect(c()).not.toBe(xs[0]);
  });

  it('stays within [0, 1)', () => {
    const r = seededRng(7);
    for (let i = 0; i < 10_000; i++) {
      const x = r();
      expect(x >= 0 && x < 1).toBe(true);
    }
  });
});

describe('shuffle and sample', () => {
  it('shuffle keeps every item exactly once', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    expect(shuffle(items, seededRng(1)).sort((x, y) => x - y)).toEqual(items);
  });

  it('sample draws distinct items, no more than asked', () => {
    const drawn = sample(['a', 'b', 'c', 'd'], 3, seededRng(5));
    expect(new Set(drawn).size).toBe(3);
  });
});
