import { describe, expect, it } from 'vitest';
import { CardFormatError, createScheduler, EASY_UNDER_MS, gradeFor, parseCard, ratingNumber, type Grade, type StoredCard } from '../../src/drill/scheduler.js';

const start = new Date('2026-01-05T09:00:00Z');

/** Review a card through `grades`, each at the moment the card is due; returns each step. */
function walk(grades: Grade[]): Array<[Grade, string, StoredCard['state'], string, number, number]> {
  const s = createScheduler();
  let at = start;
  let card: StoredCard | undefined;
  return grades.map((g) => {
    const when = at.toISOString();
    card = s.review(card, g, at);
    // Through JSON, as the bank stores it.
    card = parseCard(JSON.stringify(card));
    at = new Date(card.due);
    return [g, when, card.state, card.due, Number(card.stability.toFixed(4)), card.lapses];
  });
}

describe('scheduler golden sequences (ts-fsrs defaults, no fuzz)', () => {
  it('moves a card through learning, review, a lapse and relearning on fixed dates', () => {
    expect(walk(['good', 'good', 'good', 'again', 'good', 'easy'])).toEqual([
      ['good', '2026-01-05T09:00:00.000Z', 'learning', '2026-01-05T09:10:00.000Z', 2.3065, 0],
      ['good', '2026-01-05T09:10:00.000Z', 'review', '2026-01-07T09:10:00.000Z', 2.3065, 0],
      ['good', '2026-01-07T09:10:00.000Z', 'review', '2026-01-18T09:10:00.000Z', 10.971, 0],
      ['again', '2026-01-18T09:10:00.000Z', 'relearning', '2026-01-18T09:20:00.000Z', 1.539, 1],
      ['good', '2026-01-18T09:20:00.000Z', 'review', '2026-01-20T09:20:00.000Z', 1.5718, 1],
      ['easy', '2026-01-20T09:20:00.000Z', 'review', '2026-01-28T09:20:00.000Z', 7.8703, 1],
    ]);
  });

  it('sends a new card answered Easy straight to review, eight days out', () => {
    const card = createScheduler().review(undefined, 'easy', start);
    expect([card.state, card.due, card.reps]).toEqual(['review', '2026-01-13T09:00:00.000Z', 1]);
  });

  it('brings a new card answered Again back in one minute', () => {
    const card = createScheduler().review(undefined, 'again', start);
    expect([card.state, card.due]).toEqual(['learning', '2026-01-05T09:01:00.000Z']);
  });

  it('gives the target retention (0.9) when a review card comes due and less a month later', () => {
    const s = createScheduler();
    const card = replay(s);
    expect([round(s.retrievability(card, new Date(card.due))), round(s.retrievability(card, new Date(Date.parse(card.due) + 30 * 86_400_000)))]).toEqual([0.8989, 0.7639]);
  });

  it('gives retrievability 0 to a card never reviewed', () => {
    const s = createScheduler();
    expect([s.retrievability(undefined, start), s.retrievability(s.newCard(start), start)]).toEqual([0, 0]);
  });

  it('reviews at the last review time when the clock went backwards', () => {
    const s = createScheduler();
    const card = s.review(undefined, 'good', start);
    const back = s.review(card, 'good', new Date('2026-01-01T00:00:00Z'));
    expect(back.lastReview).toBe(start.toISOString());
  });
});

function replay(s: ReturnType<typeof createScheduler>): StoredCard {
  let card: StoredCard | undefined;
  let at = start;
  for (const g of ['good', 'good', 'good', 'again', 'good', 'easy'] as Grade[]) {
    card = s.review(card, g, at);
    at = new Date(card.due);
  }
  return card!;
}

function round(n: number): number {
  return Math.round(n * 10_000) / 10_000;
}

describe('gradeFor', () => {
  it.each([
    [{ correct: false, ms: 1000, context: 'drill' as const }, 'again'],
    [{ correct: true, ms: EASY_UNDER_MS - 1, context: 'drill' as const }, 'easy'],
    [{ correct: true, ms: EASY_UNDER_MS, context: 'drill' as const }, 'good'],
    [{ correct: true, ms: 1000, context: 'exam' as const }, 'good'],
    [{ correct: false, ms: 0, context: 'exam' as const }, 'again'],
  ])('grades %j as %s', (answer, grade) => {
    expect(gradeFor(answer)).toBe(grade);
  });

  it('stores ratings as ts-fsrs numbers 1 to 4', () => {
    expect((['again', 'hard', 'good', 'easy'] as Grade[]).map(ratingNumber)).toEqual([1, 2, 3, 4]);
  });
});

describe('parseCard', () => {
  it('rejects JSON that is not a card, naming the value', () => {
    expect(() => parseCard('{"due":"x"}')).toThrow(CardFormatError);
  });

  it('rejects text that is not JSON', () => {
    expect(() => parseCard('not json')).toThrow(/not a stored card/);
  });
});

describe('forgetting curve constants', () => {
  it('match the ones ts-fsrs computes, so SQL retrievability agrees with the scheduler', async () => {
    const { FORGETTING_CURVE } = await import('../../src/drill/curve.js');
    const { forgettingCurve } = await import('../../src/drill/scheduler.js');
    expect(FORGETTING_CURVE).toEqual(forgettingCurve());
  });
});
