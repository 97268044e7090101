/** The bank's side of a drill: topic vocabulary, a topic's questions, cards, due and missed questions. */
import type Database from 'better-sqlite3';
import type { StoredCard } from '../drill/scheduler.js';
import { headingVocabulary, type TopicQuery, type TopicText, type TopicVocabulary } from '../drill/topic.js';
import { readCard } from './reviews.js';

const ELIGIBLE = 'q.eligible = 1 AND q.retired = 0';

/** Topics that have exam-eligible questions, and the words of those questions' headings. */
export function topicVocabulary(db: Database.Database): TopicVocabulary {
  const topics = db
    .prepare(`SELECT DISTINCT t.topic FROM question_topics t JOIN questions q ON q.id = t.question_id WHERE ${ELIGIBLE}`)
    .pluck()
    .all() as string[];
  const heads = db.prepare(`SELECT DISTINCT q.headings FROM questions q WHERE ${ELIGIBLE}`).pluck().all() as string[];
  return { topics: new Set(topics), headingWords: headingVocabulary(heads.map((h) => JSON.parse(h) as string[])) };
}

/** A question as topic matching reads it. */
export interface TopicRow extends TopicText {
  id: string;
}

/** Scope of a drill's questions. */
export interface DrillScope {
  /** Only questions placed in this exam (code). */
  cert?: string;
}

function scopeSql(scope: DrillScope, params: unknown[]): string {
  if (!scope.cert) return '';
  params.push(scope.cert);
  return ' AND EXISTS (SELECT 1 FROM placements p WHERE p.question_id = q.id AND p.cert = ?)';
}

/**
 * Exam-eligible questions that may belong to a topic (the services' questions, or for heading
 * words those whose headings contain them), in note order. The caller applies the exact match.
 */
export function topicRows(db: Database.Database, query: TopicQuery, scope: DrillScope = {}): TopicRow[] {
  const params: unknown[] = [];
  let where: string;
  if (query.kind === 'service') {
    const topics = [...query.services, ...(query.mentioning?.services ?? []), ...query.fallback];
    params.push(JSON.stringify([...new Set(topics)]));
    where = `EXISTS (SELECT 1 FROM question_topics t WHERE t.question_id = q.id AND t.topic IN (SELECT value FROM json_each(?)))`;
  } else {
    where = query.headingWords.map(() => `q.headings LIKE ?`).join(' AND ') || '1';
    for (const w of query.headingWords) params.push(`%${w.replace(/[%_]/g, '')}%`);
  }
  const sql = `SELECT q.id, q.stem, q.headings, q.explanation,
                 (SELECT json_group_array(t.topic) FROM question_topics t WHERE t.question_id = q.id) AS topics
               FROM questions q WHERE ${ELIGIBLE} AND ${where}${scopeSql(scope, params)} ORDER BY q.path, q.line, q.id`;
  const rows = db.prepare(sql).all(...params) as Array<{ id: string; stem: string; headings: string; explanation: string; topics: string }>;
  return rows.map((r) => ({ id: r.id, stem: r.stem, explanation: r.explanation, headings: JSON.parse(r.headings) as string[], topics: JSON.parse(r.topics) as string[] }));
}

/** A question a drill may ask, with its card (undefined when never answered). */
export interface DrillCandidate {
  id: string;
  card: StoredCard | undefined;
}

/** The cards of the given question ids, in the order given; ids that are not exam-eligible are dropped. */
export function drillCandidates(db: Database.Database, ids: readonly string[]): DrillCandidate[] {
  const rows = db
    .prepare(
      `SELECT j.value AS id, c.state AS state FROM json_each(?) j
       JOIN questions q ON q.id = j.value AND ${ELIGIBLE}
       LEFT JOIN cards c ON c.question_id = j.value ORDER BY j.key`,
    )
    .all(JSON.stringify(ids)) as Array<{ id: string; state: string | null }>;
  return rows.map((r) => ({ id: r.id, card: r.state === null ? undefined : readCard(r.state) }));
}

/** Exam-eligible questions whose card is due at `now`, oldest due first. */
export function dueQuestionIds(db: Database.Database, now: Date, scope: DrillScope = {}): string[] {
  const params: unknown[] = [now.toISOString()];
  const sql = `SELECT c.question_id FROM cards c JOIN questions q ON q.id = c.question_id
               WHERE c.due <= ? AND ${ELIGIBLE}${scopeSql(scope, params)} ORDER BY c.due, c.question_id`;
  return db.prepare(sql).pluck().all(...params) as string[];
}

/** The earliest due date after `now` among exam-eligible questions' cards, with how many fall due that day. */
export function nextDue(db: Database.Database, now: Date, scope: DrillScope = {}): string | undefined {
  const params: unknown[] = [now.toISOString()];
  const sql = `SELECT min(c.due) FROM cards c JOIN questions q ON q.id = c.question_id WHERE c.due > ? AND ${ELIGIBLE}${scopeSql(scope, params)}`;
  return (db.prepare(sql).pluck().get(...params) as string | null) ?? undefined;
}

/** Questions answered wrong (or left unanswered) in the latest `exams` submitted exams, most recent exam first. */
export function missedInRecentExams(db: Database.Database, exams = 5, cert?: string): string[] {
  const params: unknown[] = [];
  const certSql = cert ? (params.push(cert), 'AND cert = ?') : '';
  params.push(exams);
  return db
    .prepare(
      `SELECT i.question_id FROM exam_items i
       JOIN (SELECT id FROM exams WHERE status = 'submitted' ${certSql} ORDER BY id DESC LIMIT ?) e ON e.id = i.exam_id
       WHERE i.correct = 0 GROUP BY i.question_id ORDER BY max(i.exam_id) DESC, min(i.position)`,
    )
    .pluck()
    .all(...params) as string[];
}
