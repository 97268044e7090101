/** Calendar arithmetic in the learner's time zone, given as minutes east of UTC (pure). */

const DAY_MS = 86_400_000;

/** The local calendar date (YYYY-MM-DD) of a moment. */
export function localDate(at: Date, offsetMinutes: number): string {
  return new Date(at.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 10);
}

/** The first moment of the next local day (the end of "today"). */
export function endOfLocalDay(at: Date, offsetMinutes: number): Date {
  const day = Date.parse(`${localDate(at, offsetMinutes)}T00:00:00Z`);
  return new Date(day + DAY_MS - offsetMinutes * 60_000);
}

/** The date `days` calendar days before a YYYY-MM-DD date. */
export function daysBefore(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Days studied in a row: consecutive dates ending today, or yesterday when nothing was answered yet
 * today (the streak is still alive). `days` are distinct YYYY-MM-DD dates, latest first.
 */
export function streak(days: readonly string[], today: string): number {
  const set = new Set(days);
  let day = set.has(today) ? today : daysBefore(today, 1);
  let n = 0;
  while (set.has(day)) {
    n++;
    day = daysBefore(day, 1);
  }
  return n;
}
