/** Parsers for option values: each bad value is a UsageError naming the option and what is valid. */
import { UsageError } from '../core/errors.js';

/** A whole number in [min, max]; "--count 0" fails with the range in the message. */
export function intArg(flag: string, min: number, max: number): (value: string) => number {
  return (value: string) => {
    const n = /^[+-]?\d+$/.test(value.trim()) ? Number(value) : NaN;
    if (!Number.isSafeInteger(n) || n < min || n > max) {
      throw new UsageError(`${flag} must be a whole number from ${min} to ${max}, not "${value}"`);
    }
    return n;
  };
}

/** One of a fixed set of values, case-insensitive; the message lists them. */
export function choiceArg<T extends string>(flag: string, choices: readonly T[]): (value: string) => T {
  return (value: string) => {
    const found = choices.find((c) => c.toLowerCase() === value.trim().toLowerCase());
    if (!found) throw new UsageError(`${flag} must be one of ${choices.join(', ')}, not "${value}"`);
    return found;
  };
}
