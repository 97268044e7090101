/** Scoring a submitted exam: all-or-nothing per item, an approximate scaled score, results per domain. */
import type { Domain } from '../core/types.js';
import type { ExamItem } from './types.js';

/** One domain's result. */
export interface DomainResult {
  id: number;
  name: string;
  correct: number;
  total: number;
  /** Whole percent correct (0 when the domain had no questions). */
  percent: number;
  /** Percent at or above the pass fraction. */
  meets: boolean;
}

/** The result of one exam, as stored and as `--json` prints it. */
export interface ExamResult {
  id: number;
  cert: string;
  score: number;
  passScore: number;
  passed: boolean;
  correct: number;
  total: number;
  timeUsedMs: number;
  timeLimitMs: number;
  /** Average time per question used, and the exam's budget per question. */
  avgMsPerQuestion: number;
  budgetMsPerQuestion: number;
  answered: number;
  flagged: number;
  ended: 'submitted' | 'expired';
  domains: DomainResult[];
  /** Per item in exam order: whether it was right. */
  items: boolean[];
}

/** Whether a selection is exactly the set of correct answers. */
export function isCorrect(answers: readonly number[], selected: readonly number[] | null | undefined): boolean {
  if (!selected || selected.length !== answers.length) return false;
  const want = new Set(answers);
  return new Set(selected).size === selected.length && selected.every((s) => want.has(s));
}

/** AWS-style scaled score from a fraction correct: round(100 + 900 x fraction). An approximation. */
export function scaledScore(fraction: number): number {
  return Math.round(100 + 900 * Math.min(1, Math.max(0, fraction)));
}

/** The fraction correct that reaches a pass score on the 100-1000 scale. */
export function passFraction(passScore: number): number {
  return (passScore - 100) / 900;
}

/** Inputs of {@link scoreExam}. */
export interface ScoreInput {
  id: number;
  cert: string;
  passScore: number;
  domains: ReadonlyArray<Pick<Domain, 'id' | 'name'>>;
  items: ReadonlyArray<Pick<ExamItem, 'answers' | 'domain'>>;
  selected: ReadonlyArray<readonly number[] | null>;
  flagged: readonly boolean[];
  elapsedMs: number;
  limitMs: number;
  ended: 'submitted' | 'expired';
}

/** Score an exam: unanswered is wrong, multi-response needs exactly all correct options. */
export function scoreExam(input: ScoreInput): ExamResult {
  const items = input.items.map((it, i) => isCorrect(it.answers, input.selected[i]));
  const correct = items.filter(Boolean).length;
  const total = input.items.length;
  const fraction = total === 0 ? 0 : correct / total;
  const score = scaledScore(fraction);
  const bar = passFraction(input.passScore);
  const known = new Set(input.domains.map((d) => d.id));
  const domainList = [...input.domains];
  for (const it of input.items) if (!known.has(it.domain)) { known.add(it.domain); domainList.push({ id: it.domain, name: `Domain ${it.domain}` }); }
  const domains = domainList.map((d) => {
    let c = 0;
    let t = 0;
    input.items.forEach((it, i) => {
      if (it.domain !== d.id) return;
      t++;
      if (items[i]) c++;
    });
    const percent = t === 0 ? 0 : Math.round((100 * c) / t);
    return { id: d.id, name: d.name, correct: c, total: t, percent, meets: t > 0 && c / t >= bar - 1e-9 };
  });
  const answered = input.items.filter((it, i) => (input.selected[i]?.length ?? 0) === Math.max(1, it.answers.length)).length;
  return {
    id: input.id,
    cert: input.cert,
    score,
    passScore: input.passScore,
    passed: score >= input.passScore,
    correct,
    total,
    timeUsedMs: Math.min(input.elapsedMs, input.limitMs),
    timeLimitMs: input.limitMs,
    avgMsPerQuestion: total === 0 ? 0 : Math.round(Math.min(input.elapsedMs, input.limitMs) / total),
    budgetMsPerQuestion: total === 0 ? 0 : Math.round(input.limitMs / total),
    answered,
    flagged: input.flagged.filter(Boolean).length,
    ended: input.ended,
    domains,
    items,
  };
}
