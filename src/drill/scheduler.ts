/** Spaced repetition behind a small interface: ts-fsrs wrapped, the clock always an argument. */
import { computeDecayFactor, default_w, fsrs, Rating, State, type Card, type Grade as FsrsGrade } from 'ts-fsrs';

/** Stored states of a card (ts-fsrs's `State`, as a string union). */
export type CardState = 'new' | 'learning' | 'review' | 'relearning';

/** How an answer is graded (ts-fsrs's ratings without Manual). */
export type Grade = 'again' | 'hard' | 'good' | 'easy';

/** A card as stored in `cards.state`: plain JSON, dates as ISO strings. */
export interface StoredCard {
  /** When the card is next due (ISO date-time). */
  due: string;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: CardState;
  /** Last review (ISO date-time); absent on a new card. */
  lastReview?: string;
}

/** The scheduler awsq uses; one instance serves any number of cards. */
export interface Scheduler {
  /** A card never reviewed, due at `now`. */
  newCard(now: Date): StoredCard;
  /** The card after a review graded `grade` at `now` (a missing card is a new one). */
  review(card: StoredCard | undefined, grade: Grade, now: Date): StoredCard;
  /** Probability of recall at `at` in [0, 1]; 0 for a card never reviewed. */
  retrievability(card: StoredCard | undefined, at: Date): number;
}

/** Options of {@link createScheduler}. */
export interface SchedulerOptions {
  /** Target probability of recall when a card comes due (default 0.9, ts-fsrs's default). */
  retention?: number;
  /** Longest interval in days (default 36500). */
  maximumInterval?: number;
}

/** A drill answer faster than this (and right) counts as Easy: 8 seconds. */
export const EASY_UNDER_MS = 8000;

/** What an answer was, for grading. */
export interface Answer {
  correct: boolean;
  /** Time taken to answer, in ms. */
  ms: number;
  context: 'exam' | 'drill';
}

/**
 * The grade of an answer: wrong (or unanswered) is Again; right is Good, or Easy when a drill
 * answer took under {@link EASY_UNDER_MS}. Exam answers are never Easy: exam time per question
 * measures pacing, not recall.
 */
export function gradeFor(answer: Answer): Grade {
  if (!answer.correct) return 'again';
  return answer.context === 'drill' && answer.ms >= 0 && answer.ms < EASY_UNDER_MS ? 'easy' : 'good';
}

const GRADES: Record<Grade, FsrsGrade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };
const STATES: Record<CardState, State> = { new: State.New, learning: State.Learning, review: State.Review, relearning: State.Relearning };
const STATE_NAMES = Object.fromEntries(Object.entries(STATES).map(([k, v]) => [v, k])) as Record<State, CardState>;

/** The stored rating number of a grade (1 Again .. 4 Easy), as `reviews.rating` keeps it. */
export function ratingNumber(grade: Grade): number {
  return GRADES[grade];
}

function toFsrs(card: StoredCard): Card {
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: 0,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: STATES[card.state],
    last_review: card.lastReview ? new Date(card.lastReview) : undefined,
  };
}

function fromFsrs(card: Card): StoredCard {
  const out: StoredCard = {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: STATE_NAMES[card.state],
  };
  if (card.last_review) out.lastReview = card.last_review.toISOString();
  return out;
}

/** Thrown for a stored card that cannot be read; carries the bad value. */
export class CardFormatError extends Error {
  constructor(value: unknown) {
    super(`not a stored card: ${JSON.stringify(value)?.slice(0, 200)}`);
    this.name = 'CardFormatError';
  }
}

/** Read a card from `cards.state` JSON; throws {@link CardFormatError} when it is not one. */
export function parseCard(json: string): StoredCard {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new CardFormatError(json);
  }
  const c = value as Partial<StoredCard> | null;
  const numbers = [c?.stability, c?.difficulty, c?.scheduledDays, c?.learningSteps, c?.reps, c?.lapses];
  if (!c || typeof c.due !== 'string' || Number.isNaN(Date.parse(c.due)) || !(c.state && c.state in STATES) || numbers.some((n) => typeof n !== 'number')) {
    throw new CardFormatError(value);
  }
  return c as StoredCard;
}

/** The scheduler: FSRS with ts-fsrs's default weights, learning steps (1 and 10 minutes) and no fuzz. */
export function createScheduler(options: SchedulerOptions = {}): Scheduler {
  const f = fsrs({
    request_retention: options.retention ?? 0.9,
    maximum_interval: options.maximumInterval ?? 36500,
    enable_fuzz: false,
  });
  return {
    newCard(now) {
      return { due: now.toISOString(), stability: 0, difficulty: 0, scheduledDays: 0, learningSteps: 0, reps: 0, lapses: 0, state: 'new' };
    },
    review(card, grade, now) {
      const from = card ?? this.newCard(now);
      // A clock that went backwards (a card reviewed "before" its last review) reviews at the last review.
      const last = from.lastReview ? Date.parse(from.lastReview) : -Infinity;
      const at = now.getTime() < last ? new Date(last) : now;
      return fromFsrs(f.next(toFsrs(from), at, GRADES[grade]).card);
    },
    retrievability(card, at) {
      if (!card || card.state === 'new' || !card.lastReview) return 0;
      const t = Math.max(at.getTime(), Date.parse(card.lastReview));
      return f.get_retrievability(toFsrs(card), new Date(t), false);
    },
  };
}

/**
 * The forgetting curve's parameters, for computing retrievability in bulk (e.g. in SQL):
 * R = (1 + factor x days / stability) ^ decay, with whole days since the last review (as ts-fsrs counts them).
 */
export function forgettingCurve(): { decay: number; factor: number } {
  return computeDecayFactor(default_w);
}
