import { describe, expect, it } from 'vitest';
import { splitByWeight } from '../../src/exam/quota.js';

describe('splitByWeight', () => {
  it('splits DVA-C02 65 questions as 21, 17, 15, 12', () => {
    expect(splitByWeight([32, 26, 24, 18], 65)).toEqual([21, 17, 15, 12]);
  });

  it('always sums to the total', () => {
    expect(splitByWeight([32, 26, 24, 18], 3).reduce((a, b) => a + b, 0)).toBe(3);
  });

  it('gives the extra questions to the largest remainders', () => {
    expect(splitByWeight([32, 26, 24, 18], 10)).toEqual([3, 3, 2, 2]);
  });

  it('splits evenly when every weight is zero', () => {
    expect(splitByWeight([0, 0, 0], 4)).toEqual([2, 1, 1]);
  });
});
