import { describe, expect, it } from 'vitest';
import { DAY_MS, dueOutlook, fromNow, mastery, planDrill } from '../../src/drill/plan.js';
import { createScheduler, type StoredCard } from '../../src/drill/scheduler.js';

const now = new Date('2026-03-02T10:00:00Z');
const s = createScheduler();

/** A card reviewed Good twice, starting `daysAgo` days before `now` (due two days after the second review). */
function reviewed(daysAgo: number): StoredCard {
  const first = new Date(now.getTime() - daysAgo * DAY_MS);
  const card = s.review(undefined, 'good', first);
  return s.review(card, 'good', new Date(card.due));
}

describe('planDrill', () => {
  it('asks due cards first (oldest due first), then new questions in order, then the weakest', () => {
    const dueOld = reviewed(10); // due 8 days ago
    const dueRecent = reviewed(3); // due yesterday
    const weakish = s.review(undefined, 'easy', new Date(now.getTime() - 5 * DAY_MS)); // due in 3 days, recall fading
    const strong = s.review(undefined, 'easy', now); // due in 8 days, just reviewed
    const plan = planDrill(
      [
        { id: 'strong', card: strong },
        { id: 'new1', card: undefined },
        { id: 'due-recent', card: dueRecent },
        { id: 'weak', card: weakish },
        { id: 'new2', card: undefined },
        { id: 'due-old', card: dueOld },
      ],
      now,
      10,
      s,
    );
    expect(plan.map((p) => `${p.reason}:${p.id}`)).toEqual(['due:due-old', 'due:due-recent', 'new:new1', 'new:new2', 'weak:weak', 'weak:strong']);
  });

  it('stops at the count', () => {
    const plan = planDrill([{ id: 'a', card: undefined }, { id: 'b', card: undefined }, { id: 'c', card: undefined }], now, 2, s);
    expect(plan.map((p) => p.id)).toEqual(['a', 'b']);
  });

  it('asks a question once even when listed twice', () => {
    expect(planDrill([{ id: 'a', card: undefined }, { id: 'a', card: undefined }], now, 5, s)).toHaveLength(1);
  });
});

describe('mastery', () => {
  it('is the mean chance of recall a day later, unseen questions counting 0', () => {
    const card = s.review(undefined, 'easy', now);
    const r = s.retrievability(card, new Date(now.getTime() + DAY_MS));
    expect(mastery([card, undefined], now, s)).toBeCloseTo(r / 2, 10);
  });

  it('is 0 for an empty set', () => {
    expect(mastery([], now, s)).toBe(0);
  });
});

describe('dueOutlook', () => {
  it('counts cards due now, within a day and within a week, and the next due date', () => {
    const at = (h: number) => ({ ...s.newCard(now), due: new Date(now.getTime() + h * 3_600_000).toISOString() });
    expect(dueOutlook([at(-1), at(2), at(30), at(24 * 9), undefined], now)).toEqual({
      next: '2026-03-02T12:00:00.000Z', now: 1, day: 1, week: 2,
    });
  });
});

describe('fromNow', () => {
  it.each([
    ['2026-03-02T10:00:10Z', 'now'],
    ['2026-03-02T10:01:00Z', 'in 1 minute'],
    ['2026-03-02T13:00:00Z', 'in 3 hours'],
    ['2026-03-10T10:00:00Z', 'in 8 days'],
  ])('says %s is %s', (iso, text) => {
    expect(fromNow(iso, now)).toBe(text);
  });
});
