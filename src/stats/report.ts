/** Everything `awsq stats` shows, assembled from history figures (pure); `--json` prints it as is. */
import { localDate, streak } from './calendar.js';
import type { Readiness } from './readiness.js';
import type { TopicStanding } from './topics.js';
import type { ExamHistoryRow } from '../core/types.js';
import { sparkline } from './trend.js';

/** A submitted exam as history rows give it. */
export type ExamRow = ExamHistoryRow;

/** A weak topic with how to name it and the drill to run. */
export interface WeakTopic extends TopicStanding {
  name: string;
  command: string;
}

/** What {@link buildStats} needs. */
export interface StatsInput {
  now: Date;
  /** The learner's time zone, minutes east of UTC. */
  offsetMinutes: number;
  /** The exam code `--cert` chose, if any. */
  cert: string | null;
  exams: readonly ExamRow[];
  totals: { answers: number; examAnswers: number; drillAnswers: number; questions: number };
  /** Local dates with answers, latest first. */
  studyDays: readonly string[];
  due: { today: number; week: number };
  readiness: readonly Readiness[];
  weakest: readonly WeakTopic[];
  /** The exam the first-step hint suggests (default "dva"). */
  firstExam?: string;
}

/** One exam in the history. */
export interface ExamHistoryEntry {
  id: number;
  cert: string;
  date: string;
  score: number;
  passScore: number;
  passed: boolean;
  correct: number;
  total: number;
  timeUsedMs: number;
  timeLimitMs: number;
}

/** The figures of `awsq stats`. */
export interface StatsReport {
  generatedAt: string;
  cert: string | null;
  /** False when nothing was ever answered: the report is only the first step. */
  hasHistory: boolean;
  /** A command to start with when there is no history. */
  firstStep: string | null;
  exams: ExamHistoryEntry[];
  /** Scaled scores oldest to newest as a sparkline, and the figures around it. */
  trend: { chart: string; first: number | null; latest: number | null; best: number | null; passes: number };
  totals: { answers: number; examAnswers: number; drillAnswers: number; questions: number; daysStudied: number; streak: number };
  due: { today: number; week: number };
  readiness: Readiness[];
  weakest: WeakTopic[];
}

/** Assemble the report. */
export function buildStats(input: StatsInput): StatsReport {
  const exams = input.exams.map((e) => ({
    id: e.id,
    cert: e.cert,
    date: localDate(new Date(e.submittedAt), input.offsetMinutes),
    score: e.score,
    passScore: e.passScore,
    passed: e.score >= e.passScore,
    correct: e.correct,
    total: e.total,
    timeUsedMs: Math.min(e.elapsedMs, e.limitMs),
    timeLimitMs: e.limitMs,
  }));
  const scores = exams.map((e) => e.score);
  const hasHistory = exams.length > 0 || input.totals.answers > 0;
  return {
    generatedAt: input.now.toISOString(),
    cert: input.cert,
    hasHistory,
    firstStep: hasHistory ? null : `awsq exam --cert ${input.firstExam ?? 'dva'} --count 20`,
    exams,
    trend: {
      chart: sparkline(scores),
      first: scores[0] ?? null,
      latest: scores.at(-1) ?? null,
      best: scores.length ? Math.max(...scores) : null,
      passes: exams.filter((e) => e.passed).length,
    },
    totals: { ...input.totals, daysStudied: input.studyDays.length, streak: streak(input.studyDays, localDate(input.now, input.offsetMinutes)) },
    due: input.due,
    readiness: [...input.readiness],
    weakest: [...input.weakest],
  };
}
