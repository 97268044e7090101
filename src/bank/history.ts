/** Study history for `awsq stats`: SQL aggregates over exams, reviews and cards (no question is loaded). */
import type Database from 'better-sqlite3';
import type { ExamHistoryRow } from '../core/types.js';

/** Read the bank through memory mapping (up to 256 MB): scattered look-ups cost no system call each. */
export function readMapped(db: Database.Database): void {
  db.pragma('mmap_size = 268435456');
}


/** Submitted exams, oldest first (of one exam when `cert` is given). */
export function examHistory(db: Database.Database, cert?: string): ExamHistoryRow[] {
  const rows = db
    .prepare(
      `SELECT id, cert, submitted_at AS submittedAt, score, pass_score AS passScore, coalesce(correct, 0) AS correct, total,
              elapsed_ms AS elapsedMs, time_limit_ms AS limitMs
       FROM exams WHERE status = 'submitted' AND score IS NOT NULL ${cert ? 'AND cert = ?' : ''} ORDER BY submitted_at, id`,
    )
    .all(...(cert ? [cert] : [])) as ExamHistoryRow[];
  return rows;
}

/** Answers and right answers in one group. */
export interface Tally {
  answers: number;
  correct: number;
}

/** How many of the latest answers the recent-accuracy figures look through: 2,000 (keeps stats fast on any history). */
export const RECENT_ANSWERS = 2000;

/** The latest {@link RECENT_ANSWERS} answers, as a subquery. */
const RECENT = `(SELECT id, question_id, at, correct FROM reviews ORDER BY at DESC, id DESC LIMIT ${RECENT_ANSWERS})`;

/** Per domain of an exam: the latest `perDomain` answers (exams and drills) to questions placed in it, among the recent ones. */
export function domainTallies(db: Database.Database, cert: string, perDomain = 100): Map<number, Tally> {
  const rows = db
    .prepare(
      `SELECT domain, count(*) AS answers, sum(correct) AS correct FROM (
         SELECT p.domain AS domain, r.correct AS correct,
                row_number() OVER (PARTITION BY p.domain ORDER BY r.at DESC, r.id DESC) AS n
         FROM ${RECENT} r CROSS JOIN placements p ON p.question_id = r.question_id AND p.cert = ?)
       WHERE n <= ? GROUP BY domain`,
    )
    .all(cert, perDomain) as Array<{ domain: number; answers: number; correct: number }>;
  return new Map(rows.map((r) => [r.domain, { answers: r.answers, correct: r.correct }]));
}

/** How many answers fall in each exam's scope (for choosing which exams to estimate). */
export function answersByCert(db: Database.Database): Map<string, number> {
  const rows = db
    .prepare(`SELECT p.cert AS cert, count(*) AS n FROM reviews r CROSS JOIN placements p ON p.question_id = r.question_id GROUP BY p.cert`)
    .all() as Array<{ cert: string; n: number }>;
  return new Map(rows.map((r) => [r.cert, r.n]));
}

function certFilter(cert: string | undefined, alias: string): string {
  return cert ? ` AND EXISTS (SELECT 1 FROM placements p WHERE p.question_id = ${alias}.question_id AND p.cert = ?)` : '';
}

/** One topic's recent answers and the recall of the questions behind them. */
export interface TopicFigures extends Tally {
  /** Distinct questions behind those answers that have a card. */
  cards: number;
  /** Sum of those cards' retrievability at `now`. */
  recall: number;
}

/**
 * Per topic: its latest `perTopic` answers among the recent ones (within one exam's scope when `cert`
 * is given), and the retrievability at `now` of the questions behind them. Retrievability is the
 * forgetting curve of src/drill/scheduler.ts computed in SQL, so no card is read into JS: whole
 * days since the last review; a new or unreadable card counts 0.
 */
export function topicFigures(
  db: Database.Database,
  now: Date,
  curve: { decay: number; factor: number },
  cert?: string,
  perTopic = 30,
): Map<string, TopicFigures> {
  const scope = cert ? ' WHERE EXISTS (SELECT 1 FROM placements p WHERE p.question_id = r.question_id AND p.cert = :cert)' : '';
  const rows = db
    .prepare(
      `WITH ranked AS (
         SELECT t.topic AS topic, r.question_id AS question_id, r.correct AS correct,
                row_number() OVER (PARTITION BY t.topic ORDER BY r.at DESC, r.id DESC) AS n
         FROM ${RECENT} r CROSS JOIN question_topics t ON t.question_id = r.question_id${scope}),
       win AS (SELECT topic, question_id, correct FROM ranked WHERE n <= :perTopic),
       seen AS (SELECT DISTINCT topic, question_id FROM win)
       SELECT w.topic AS topic, w.answers AS answers, w.correct AS correct, coalesce(k.cards, 0) AS cards, coalesce(k.recall, 0) AS recall
       FROM (SELECT topic, count(*) AS answers, sum(correct) AS correct FROM win GROUP BY topic) w
       LEFT JOIN (
         SELECT s.topic AS topic, count(*) AS cards, sum(CASE
           WHEN NOT json_valid(c.state) THEN 0
           WHEN c.state ->> '$.state' = 'new' OR c.state ->> '$.lastReview' IS NULL OR (c.state ->> '$.stability') <= 0 THEN 0
           ELSE pow(1 + :factor * max(0, CAST((julianday(:now) - julianday(c.state ->> '$.lastReview')) * 86400000 AS INTEGER) / 86400000)
                    / (c.state ->> '$.stability'), :decay) END) AS recall
         FROM seen s CROSS JOIN cards c ON c.question_id = s.question_id GROUP BY s.topic) k ON k.topic = w.topic`,
    )
    .all({ now: now.toISOString(), decay: curve.decay, factor: curve.factor, perTopic, ...(cert ? { cert } : {}) }) as Array<{ topic: string } & TopicFigures>;
  return new Map(rows.map((r) => [r.topic, { answers: r.answers, correct: r.correct, cards: r.cards, recall: r.recall }]));
}

/** How many exam-eligible questions' cards are due by each of the given times (ISO). */
export function dueBy(db: Database.Database, times: readonly string[], cert?: string): number[] {
  if (times.length === 0) return [];
  const sums = times.map(() => 'coalesce(sum(c.due <= ?), 0)').join(', ');
  const row = db
    .prepare(
      `SELECT ${sums} FROM cards c JOIN questions q ON q.id = c.question_id AND q.eligible = 1 AND q.retired = 0
       WHERE c.due <= ?${certFilter(cert, 'c')}`,
    )
    .raw()
    .get(...times, [...times].sort().at(-1), ...(cert ? [cert] : [])) as number[];
  return row;
}

/** Local calendar days (YYYY-MM-DD) with at least one answer, latest first; `offsetMinutes` east of UTC. */
export function studyDays(db: Database.Database, offsetMinutes: number, limit = 400): string[] {
  const modifier = `${offsetMinutes >= 0 ? '+' : '-'}${Math.abs(Math.round(offsetMinutes))} minutes`;
  return db.prepare(`SELECT DISTINCT date(at, ?) AS d FROM reviews ORDER BY d DESC LIMIT ?`).pluck().all(modifier, limit) as string[];
}

/** Totals of the answer history. */
export interface HistoryTotals {
  answers: number;
  examAnswers: number;
  drillAnswers: number;
  /** Distinct questions ever answered (cards). */
  questions: number;
}

/** Count answers by kind and the questions ever answered. */
export function historyTotals(db: Database.Database): HistoryTotals {
  const row = db
    .prepare(
      `SELECT count(*) AS answers, coalesce(sum(context = 'exam'), 0) AS examAnswers, coalesce(sum(context = 'drill'), 0) AS drillAnswers,
              (SELECT count(*) FROM cards) AS questions FROM reviews`,
    )
    .get() as HistoryTotals;
  return row;
}
