/** Which questions a drill asks, in which order, and how mastery and the next reviews are summed up. */
import type { Scheduler, StoredCard } from './scheduler.js';

/** Why a question is in a drill. */
export type PlanReason = 'due' | 'new' | 'weak';

/** A question a drill may ask, with its card (undefined when never answered). */
export interface PlanCandidate {
  id: string;
  card: StoredCard | undefined;
}

/** One planned question. */
export interface PlannedQuestion {
  id: string;
  reason: PlanReason;
}

/**
 * Up to `count` questions: due cards first (oldest due first), then questions never answered
 * (in the order given, which is note order), then the weakest of the rest (lowest retrievability now).
 */
export function planDrill(candidates: readonly PlanCandidate[], now: Date, count: number, scheduler: Pick<Scheduler, 'retrievability'>): PlannedQuestion[] {
  const t = now.getTime();
  const due: Array<{ id: string; at: number }> = [];
  const fresh: string[] = [];
  const rest: Array<{ id: string; r: number }> = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    if (seen.has(c.id)) continue;
    seen.add(c.id);
    if (!c.card || c.card.state === 'new') fresh.push(c.id);
    else if (Date.parse(c.card.due) <= t) due.push({ id: c.id, at: Date.parse(c.card.due) });
    else rest.push({ id: c.id, r: scheduler.retrievability(c.card, now) });
  }
  due.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  rest.sort((a, b) => a.r - b.r || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const out: PlannedQuestion[] = [
    ...due.map((d) => ({ id: d.id, reason: 'due' as const })),
    ...fresh.map((id) => ({ id, reason: 'new' as const })),
    ...rest.map((w) => ({ id: w.id, reason: 'weak' as const })),
  ];
  return out.slice(0, Math.max(0, count));
}

/** A day in milliseconds. */
export const DAY_MS = 86_400_000;

/**
 * Mastery of a set of questions: the mean probability of recalling each one a day after `at`
 * (ts-fsrs retrievability), a question never answered counting 0. In [0, 1]; 0 for an empty set.
 */
export function mastery(cards: ReadonlyArray<StoredCard | undefined>, at: Date, scheduler: Pick<Scheduler, 'retrievability'>): number {
  if (cards.length === 0) return 0;
  const tomorrow = new Date(at.getTime() + DAY_MS);
  return cards.reduce((sum, c) => sum + scheduler.retrievability(c, tomorrow), 0) / cards.length;
}

/** When the next reviews of a set of cards fall due. */
export interface DueOutlook {
  /** Earliest due date after `now` (ISO), if any card is scheduled. */
  next: string | undefined;
  /** Cards due now or earlier. */
  now: number;
  /** Cards due within the next 24 hours (not counting those due now). */
  day: number;
  /** Cards due within the next 7 days (not counting those due now). */
  week: number;
}

/** Count cards by when they fall due relative to `now`. */
export function dueOutlook(cards: ReadonlyArray<StoredCard | undefined>, now: Date): DueOutlook {
  const t = now.getTime();
  const out: DueOutlook = { next: undefined, now: 0, day: 0, week: 0 };
  let next = Infinity;
  for (const c of cards) {
    if (!c) continue;
    const due = Date.parse(c.due);
    if (due <= t) {
      out.now++;
      continue;
    }
    if (due < next) next = due;
    if (due - t <= DAY_MS) out.day++;
    if (due - t <= 7 * DAY_MS) out.week++;
  }
  out.next = Number.isFinite(next) ? new Date(next).toISOString() : undefined;
  return out;
}

/** "in 10 minutes", "in 3 hours", "in 2 days", "now" for a moment after `now`. */
export function fromNow(iso: string, now: Date): string {
  const ms = Date.parse(iso) - now.getTime();
  if (ms <= 30_000) return 'now';
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `in ${minutes} minute${minutes === 1 ? '' : 's'}`;
  const hours = Math.round(ms / 3_600_000);
  if (hours < 36) return `in ${hours} hour${hours === 1 ? '' : 's'}`;
  const days = Math.round(ms / DAY_MS);
  return `in ${days} days`;
}
