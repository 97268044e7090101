import { describe, expect, it } from 'vitest';
import { choiceArg, intArg } from '../../src/cli/args.js';
import { UsageError } from '../../src/core/errors.js';

describe('intArg', () => {
  const count = intArg('--count', 1, 500);
  it.each(['0', '-5', 'abc', '1.5', '501', ''])('rejects %j with a usage error naming the range', (v) => {
    expect(() => count(v)).toThrow(UsageError);
    expect(() => count(v)).toThrow(/--count must be a whole number from 1 to 500/);
  });
  it('accepts a whole number in range', () => {
    expect(count('65')).toBe(65);
  });
});

describe('choiceArg', () => {
  it('accepts any case and lists the valid values otherwise', () => {
    const format = choiceArg('--format', ['json', 'anki'] as const);
    expect(format('JSON')).toBe('json');
    expect(() => format('csv')).toThrow('--format must be one of json, anki, not "csv"');
  });
});
