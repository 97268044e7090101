/** The weakest topics by recent accuracy and FSRS retrievability (pure). */
import type { Tally } from './readiness.js';

/** One topic's standing. */
export interface TopicStanding {
  topic: string;
  /** Recent answers and right answers. */
  answers: number;
  correct: number;
  accuracy: number;
  /** Mean probability of recalling now the questions behind those answers. */
  retrievability: number;
  /** Distinct questions behind those answers. */
  cards: number;
  /** The mean of accuracy and retrievability; the lowest are the weakest. */
  strength: number;
}

/** A topic's recent answers and the summed recall of the questions behind them (see bank/history.ts). */
export interface TopicEvidence extends Tally {
  cards: number;
  recall: number;
}

/** Topics with at least `minAnswers` recent answers, weakest first, up to `limit`. */
export function weakestTopics(figures: ReadonlyMap<string, TopicEvidence>, options: { minAnswers?: number; limit?: number } = {}): TopicStanding[] {
  const out: TopicStanding[] = [];
  for (const [topic, f] of figures) {
    if (f.answers < (options.minAnswers ?? 3)) continue;
    const accuracy = f.correct / f.answers;
    const recall = f.cards > 0 ? f.recall / f.cards : 0;
    out.push({ topic, answers: f.answers, correct: f.correct, accuracy, retrievability: recall, cards: f.cards, strength: (accuracy + recall) / 2 });
  }
  out.sort((a, b) => a.strength - b.strength || b.answers - a.answers || (a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : 0));
  return out.slice(0, options.limit ?? 5);
}
