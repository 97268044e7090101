/** Readiness for an exam: a predicted scaled score from per-domain accuracy and the exam's domain weights. */
import { scaledScore } from '../exam/score.js';

/** Answers and right answers in one group. */
export interface Tally {
  answers: number;
  correct: number;
}

/** A domain as readiness needs it. */
export interface WeightedDomain {
  id: number;
  name: string;
  /** Percent of the scored content. */
  weight: number;
}

/** Answers a domain's accuracy counts as having at the overall rate, on top of its own (the prior's weight): 5. */
export const PRIOR_ANSWERS = 5;

/** One domain's part in the estimate. */
export interface DomainReadiness extends WeightedDomain, Tally {
  /** Own accuracy in [0, 1], or null without answers. */
  accuracy: number | null;
  /** The accuracy the estimate uses: own answers plus {@link PRIOR_ANSWERS} at the overall rate. */
  estimate: number;
  /** Scaled points the predicted score would gain if this domain were answered all right. */
  lift: number;
}

/** The estimate for one exam. */
export interface Readiness {
  cert: string;
  passScore: number;
  /** Predicted scaled score (100-1000), or null without any answer in the exam's scope. */
  predicted: number | null;
  /** Half-width of a rough 95% interval in scaled points (binomial, on all answers; at most 450), or null. */
  margin: number | null;
  /** Answers the estimate rests on. */
  answers: number;
  /** Overall accuracy across the exam's domains (the prior), or null. */
  overall: number | null;
  domains: DomainReadiness[];
  /** Domains whose improvement lifts the score most, largest first (those with any room). */
  lifts: DomainReadiness[];
}

/**
 * predicted = 100 + 900 x sum(weight x estimate) / sum(weight), the scaling of src/exam/score.ts, where
 * a domain's estimate is (correct + 5 x overall) / (answers + 5): its own accuracy, pulled toward the
 * overall accuracy when it rests on few answers (the overall accuracy itself when it has none).
 */
export function readiness(exam: { code: string; passScore: number; domains: readonly WeightedDomain[] }, tallies: ReadonlyMap<number, Tally>): Readiness {
  let answers = 0;
  let correct = 0;
  for (const d of exam.domains) {
    const t = tallies.get(d.id);
    if (t) {
      answers += t.answers;
      correct += t.correct;
    }
  }
  const overall = answers > 0 ? correct / answers : null;
  const totalWeight = exam.domains.reduce((s, d) => s + d.weight, 0) || 1;
  const domains: DomainReadiness[] = exam.domains.map((d) => {
    const t = tallies.get(d.id) ?? { answers: 0, correct: 0 };
    const prior = overall ?? 0;
    const estimate = (t.correct + PRIOR_ANSWERS * prior) / (t.answers + PRIOR_ANSWERS);
    return {
      id: d.id,
      name: d.name,
      weight: d.weight,
      answers: t.answers,
      correct: t.correct,
      accuracy: t.answers > 0 ? t.correct / t.answers : null,
      estimate,
      lift: (900 * d.weight * (1 - estimate)) / totalWeight,
    };
  });
  const fraction = domains.reduce((s, d) => s + d.weight * d.estimate, 0) / totalWeight;
  const predicted = overall === null ? null : scaledScore(fraction);
  const margin = overall === null ? null : Math.min(450, Math.round(900 * 1.96 * Math.sqrt((overall * (1 - overall)) / answers)));
  const lifts = domains.filter((d) => d.lift >= 0.5).sort((a, b) => b.lift - a.lift || a.id - b.id);
  return { cert: exam.code, passScore: exam.passScore, predicted, margin, answers, overall, domains, lifts };
}
