import { describe, expect, it } from 'vitest';
import { daysBefore, endOfLocalDay, localDate, streak } from '../../src/stats/calendar.js';

describe('calendar', () => {
  it('takes the local date east and west of UTC', () => {
    const at = new Date('2026-03-02T23:30:00Z');
    expect([localDate(at, 0), localDate(at, 60), localDate(at, -300)]).toEqual(['2026-03-02', '2026-03-03', '2026-03-02']);
  });

  it('ends today at local midnight', () => {
    expect(endOfLocalDay(new Date('2026-03-02T10:00:00Z'), 120).toISOString()).toBe('2026-03-02T22:00:00.000Z');
  });

  it('counts back across a month end', () => {
    expect(daysBefore('2026-03-01', 1)).toBe('2026-02-28');
  });
});

describe('streak', () => {
  it('counts days in a row ending today', () => {
    expect(streak(['2026-03-02', '2026-03-01', '2026-02-28', '2026-02-26'], '2026-03-02')).toBe(3);
  });

  it('keeps a streak alive until the day ends: ending yesterday counts', () => {
    expect(streak(['2026-03-01', '2026-02-28'], '2026-03-02')).toBe(2);
  });

  it('is 0 after a missed day', () => {
    expect(streak(['2026-02-28'], '2026-03-02')).toBe(0);
  });
});
