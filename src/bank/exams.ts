/** Exams in the bank: lean candidate queries, creating, saving every event, submitting, loading. */
import type Database from 'better-sqlite3';
import { AwsqError } from '../core/errors.js';
import type { CandidateDetails, CandidatePool } from '../exam/assemble.js';
import { gistOf } from '../exam/overlap.js';
import type { ExamResult } from '../exam/score.js';
import type { SessionState } from '../exam/session.js';
import { startSession } from '../exam/session.js';
import type { ExamItem, ExamSettings } from '../exam/types.js';

/** Stored states of an exam. */
export type ExamStatus = 'active' | 'submitted' | 'abandoned';

/** An exam's row, mapped. */
export interface ExamRecord extends ExamSettings {
  id: number;
  status: ExamStatus;
  startedAt: string;
  submittedAt: string | null;
  total: number;
  elapsedMs: number;
  current: number;
  score: number | null;
  result: ExamResult | null;
}

/** An exam with its items and the session state saved for it. */
export interface LoadedExam {
  exam: ExamRecord;
  items: ExamItem[];
  state: SessionState;
}

interface ExamRow {
  id: number;
  cert: string;
  seed: number;
  status: string;
  started_at: string;
  submitted_at: string | null;
  time_limit_ms: number;
  elapsed_ms: number;
  current: number;
  pass_score: number;
  score: number | null;
  total: number;
  result: string | null;
}

function toExam(r: ExamRow): ExamRecord {
  return {
    id: r.id,
    cert: r.cert,
    seed: r.seed,
    status: r.status as ExamStatus,
    startedAt: r.started_at,
    submittedAt: r.submitted_at,
    limitMs: r.time_limit_ms,
    elapsedMs: r.elapsed_ms,
    current: r.current,
    passScore: r.pass_score,
    score: r.score,
    total: r.total,
    result: r.result ? (JSON.parse(r.result) as ExamResult) : null,
  };
}

/**
 * The exam's questions as a lazy pool: in-scope ids per domain in one cheap query over the placements
 * index, and each drawn id's details (eligibility, fingerprint, several answers, last answered, its gist) on demand.
 * With `history: false` (default true) last-answered times are left out, so a seed alone fixes the exam.
 */
export function examPool(db: Database.Database, cert: string, options: { history?: boolean } = {}): CandidatePool {
  const rows = db
    .prepare(`SELECT domain, group_concat(question_id, char(30)) FROM placements WHERE cert = ? GROUP BY domain`)
    .raw()
    .all(cert) as Array<[number, string]>;
  const ids = new Map<number, string[]>();
  for (const [domain, list] of rows) {
    const split = list.split('\u001e');
    // The index gives ids in order; sort only if it did not, so a seed always makes the same exam.
    if (!split.every((v, i) => i === 0 || split[i - 1] < v)) split.sort();
    ids.set(domain, split);
  }
  const details = db
    .prepare(
      `SELECT q.fingerprint, instr(q.answers, ',') > 0, ${options.history === false ? 'NULL' : '(SELECT max(r.at) FROM reviews r WHERE r.question_id = q.id)'},
              q.stem, q.options, q.answers, q.explanation, q.topics, q.origin
       FROM questions q WHERE q.id = ? AND q.eligible = 1 AND q.retired = 0`,
    )
    .raw();
  return {
    ids,
    get(id: string): CandidateDetails | undefined {
      const row = details.get(id) as [string, number, string | null, string, string, string, string, string, 'extracted' | 'imported'] | undefined;
      if (!row) return undefined;
      const [fingerprint, multi, at, stem, options, answers, explanation, topics, origin] = row;
      const gist = gistOf({ stem, options: JSON.parse(options) as string[], answers: JSON.parse(answers) as number[], explanation, topics: JSON.parse(topics) as string[], origin });
      return { fingerprint, multi: multi === 1, lastSeen: at ? Date.parse(at) : undefined, gist };
    },
  };
}

/** The exam in progress, if any. */
export function activeExam(db: Database.Database): ExamRecord | undefined {
  const row = db.prepare(`SELECT * FROM exams WHERE status = 'active'`).get() as ExamRow | undefined;
  return row ? toExam(row) : undefined;
}

/** One exam by id. */
export function getExam(db: Database.Database, id: number): ExamRecord | undefined {
  const row = db.prepare('SELECT * FROM exams WHERE id = ?').get(id) as ExamRow | undefined;
  return row ? toExam(row) : undefined;
}

/** The most recently submitted exam. */
export function latestSubmitted(db: Database.Database): ExamRecord | undefined {
  const row = db.prepare(`SELECT * FROM exams WHERE status = 'submitted' ORDER BY id DESC LIMIT 1`).get() as ExamRow | undefined;
  return row ? toExam(row) : undefined;
}

/** Store a new active exam and its items in one transaction; fails if another exam is active. */
export function createExam(db: Database.Database, settings: ExamSettings, items: readonly ExamItem[], now: Date): number {
  const insertItem = db.prepare(
    'INSERT INTO exam_items (exam_id, position, question_id, domain, snapshot) VALUES (?, ?, ?, ?, ?)',
  );
  try {
    return db.transaction(() => {
      const { id } = db
        .prepare(
          `INSERT INTO exams (cert, seed, status, started_at, time_limit_ms, pass_score, total)
           VALUES (?, ?, 'active', ?, ?, ?, ?) RETURNING id`,
        )
        .get(settings.cert, settings.seed, now.toISOString(), settings.limitMs, settings.passScore, items.length) as { id: number };
      items.forEach((it, i) => insertItem.run(id, i, it.questionId, it.domain, JSON.stringify(it)));
      return id;
    })();
  } catch (err) {
    if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') {
      throw new AwsqError('another exam is already in progress; resume it with "awsq exam --resume" or abandon it with --abandon.');
    }
    throw err;
  }
}

/** Abandon an active exam (its answers stay in the bank). */
export function abandonExam(db: Database.Database, id: number): void {
  db.prepare(`UPDATE exams SET status = 'abandoned' WHERE id = ? AND status = 'active'`).run(id);
}

/** Save the clock, the position and the given items' answers and flags, in one transaction. */
export function saveProgress(db: Database.Database, id: number, state: SessionState, positions: readonly number[], now: Date): void {
  const stamp = now.toISOString();
  const item = db.prepare(
    'UPDATE exam_items SET selected = ?, flagged = ?, ms = ?, answered_at = ? WHERE exam_id = ? AND position = ?',
  );
  const times = db.prepare('UPDATE exam_items SET ms = ? WHERE exam_id = ? AND position = ?');
  const exam = db.prepare(`UPDATE exams SET elapsed_ms = ?, current = ? WHERE id = ? AND status = 'active'`);
  db.transaction(() => {
    exam.run(Math.round(state.elapsedMs), state.current, id);
    times.run(Math.round(state.ms[state.current]), id, state.current);
    for (const i of positions) {
      const sel = state.selected[i];
      item.run(sel.length ? JSON.stringify(sel) : null, state.flagged[i] ? 1 : 0, Math.round(state.ms[i]), sel.length ? stamp : null, id, i);
    }
  })();
}

/** Load an exam with its items and a session state rebuilt from what was saved. */
export function loadExam(db: Database.Database, id: number): LoadedExam | undefined {
  const exam = getExam(db, id);
  if (!exam) return undefined;
  const rows = db
    .prepare('SELECT snapshot, selected, flagged, ms FROM exam_items WHERE exam_id = ? ORDER BY position')
    .all(id) as Array<{ snapshot: string; selected: string | null; flagged: number; ms: number }>;
  const items = rows.map((r) => JSON.parse(r.snapshot) as ExamItem);
  const state = startSession(items.map((it) => Math.max(1, it.answers.length)), exam.limitMs);
  rows.forEach((r, i) => {
    state.selected[i] = r.selected ? (JSON.parse(r.selected) as number[]) : [];
    state.flagged[i] = r.flagged === 1;
    state.ms[i] = r.ms;
  });
  state.elapsedMs = Math.min(exam.elapsedMs, exam.limitMs);
  state.current = Math.min(Math.max(0, exam.current), Math.max(0, items.length - 1));
  return { exam, items, state };
}

/** Mark an exam submitted with its result and per-item correctness, in one transaction. */
export function submitExam(db: Database.Database, id: number, result: ExamResult, now: Date, extra?: () => void): void {
  const item = db.prepare('UPDATE exam_items SET correct = ? WHERE exam_id = ? AND position = ?');
  db.transaction(() => {
    result.items.forEach((ok, i) => item.run(ok ? 1 : 0, id, i));
    db.prepare(
      `UPDATE exams SET status = 'submitted', submitted_at = ?, elapsed_ms = ?, score = ?, correct = ?, result = ? WHERE id = ?`,
    ).run(now.toISOString(), result.timeUsedMs, result.score, result.correct, JSON.stringify(result), id);
    extra?.();
  })();
}
