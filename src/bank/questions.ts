/** Questions and their sources in the bank: writing a file's questions, listing, counting. */
import type Database from 'better-sqlite3';
import type { Placement, Question, QuestionKind, StoredQuestion, Warning } from '../core/types.js';

/** A note or import file as the bank tracks it. */
export interface SourceRecord {
  id: number;
  absPath: string;
  path: string;
  kind: 'notes' | 'import';
  hash: string;
  size: number;
  facts: number;
  warnings: Warning[];
  status: 'active' | 'removed';
  /** Signature of the extraction rules the file was built with ('' when unknown). */
  rules: string;
}

/** A question to store, with whether it clears the quality bar and where it is placed. */
export interface QuestionInput extends Question {
  eligible: boolean;
  placements: Placement[];
}

interface QuestionRow {
  id: string;
  origin: string;
  kind: string;
  stem: string;
  options: string;
  answers: string;
  explanation: string;
  path: string;
  line: number;
  end_line: number;
  headings: string;
  topics: string;
  score: number;
  reasons: string;
  fingerprint: string;
  eligible: number;
  retired: number;
  placements: string | null;
}

/** Normalised stem used to de-duplicate imported questions. */
export function stemKey(stem: string): string {
  return stem
    .toLowerCase()
    .replace(/\(choose [a-z]+\.?\)/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const SELECT_QUESTION = `
  SELECT q.id, q.origin, q.kind, q.stem, q.options, q.answers, q.explanation, q.path, q.line, q.end_line,
         q.headings, q.topics, q.score, q.reasons, q.fingerprint, q.eligible, q.retired,
         (SELECT json_group_array(json_object('cert', p.cert, 'domain', p.domain)) FROM placements p WHERE p.question_id = q.id) AS placements
  FROM questions q`;

/** Map a row to the domain type at the boundary. */
function toQuestion(row: QuestionRow): StoredQuestion {
  return {
    id: row.id,
    origin: row.origin as StoredQuestion['origin'],
    kind: row.kind as QuestionKind,
    stem: row.stem,
    options: JSON.parse(row.options) as string[],
    answers: JSON.parse(row.answers) as number[],
    explanation: row.explanation,
    source: { path: row.path, line: row.line, endLine: row.end_line, headings: JSON.parse(row.headings) as string[] },
    topics: JSON.parse(row.topics) as string[],
    score: row.score,
    reasons: JSON.parse(row.reasons) as string[],
    fingerprint: row.fingerprint,
    eligible: row.eligible === 1,
    retired: row.retired === 1,
    placements: row.placements ? (JSON.parse(row.placements) as Placement[]) : [],
  };
}

/** Filters for {@link listQuestions}; all optional and combined with AND. */
export interface QuestionFilter {
  /** Only questions that clear the quality bar and are not retired (default true). */
  eligibleOnly?: boolean;
  /** Include retired questions (default false). */
  includeRetired?: boolean;
  /** Only questions placed in this exam (code, e.g. "DVA-C02"). */
  cert?: string;
  /** Only questions tagged with any of these catalog ids. */
  topics?: string[];
  /** Only these ids. */
  ids?: string[];
  /** Only questions whose source path starts with this. */
  sourcePrefix?: string;
  origin?: 'extracted' | 'imported';
}

/** Questions matching a filter, ordered by source path and line. */
export function listQuestions(db: Database.Database, filter: QuestionFilter = {}): StoredQuestion[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.eligibleOnly ?? true) where.push('q.eligible = 1');
  if (!filter.includeRetired) where.push('q.retired = 0');
  if (filter.cert) {
    where.push('EXISTS (SELECT 1 FROM placements p WHERE p.question_id = q.id AND p.cert = ?)');
    params.push(filter.cert);
  }
  if (filter.topics && filter.topics.length > 0) {
    where.push(`EXISTS (SELECT 1 FROM question_topics t WHERE t.question_id = q.id AND t.topic IN (${filter.topics.map(() => '?').join(',')}))`);
    params.push(...filter.topics);
  }
  if (filter.ids) {
    where.push(`q.id IN (SELECT value FROM json_each(?))`);
    params.push(JSON.stringify(filter.ids));
  }
  if (filter.sourcePrefix) {
    where.push('substr(q.path, 1, ?) = ?');
    params.push(filter.sourcePrefix.length, filter.sourcePrefix);
  }
  if (filter.origin) {
    where.push('q.origin = ?');
    params.push(filter.origin);
  }
  const sql = `${SELECT_QUESTION} ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY q.path, q.line, q.id`;
  return (db.prepare(sql).all(...params) as QuestionRow[]).map(toQuestion);
}

/** One question by id (retired or not), or undefined. */
export function getQuestion(db: Database.Database, id: string): StoredQuestion | undefined {
  const row = db.prepare(`${SELECT_QUESTION} WHERE q.id = ?`).get(id) as QuestionRow | undefined;
  return row ? toQuestion(row) : undefined;
}

/** Every tracked source file. */
export function listSources(db: Database.Database): SourceRecord[] {
  const rows = db.prepare('SELECT * FROM sources ORDER BY path').all() as Array<Record<string, unknown>>;
  return rows.map((r) => ({
    id: r.id as number,
    absPath: r.abs_path as string,
    path: r.path as string,
    kind: r.kind as SourceRecord['kind'],
    hash: r.hash as string,
    size: r.size as number,
    facts: r.facts as number,
    warnings: JSON.parse(r.warnings as string) as Warning[],
    status: r.status as SourceRecord['status'],
    rules: typeof r.rules === 'string' ? r.rules : '',
  }));
}

/** Whether a question has answer history (exam items or reviews) and so must never be deleted. */
const HAS_HISTORY = `(EXISTS (SELECT 1 FROM reviews r WHERE r.question_id = questions.id)
  OR EXISTS (SELECT 1 FROM exam_items e WHERE e.question_id = questions.id))`;

/** A file's new content, to replace what the bank holds for it. */
export interface SourceInput {
  absPath: string;
  path: string;
  kind: 'notes' | 'import';
  hash: string;
  size: number;
  facts: number;
  warnings: Warning[];
  /** Signature of the extraction rules that produced the questions (default ''). */
  rules?: string;
}

/**
 * Store one file's questions in one transaction: the file lands whole or not at all.
 * A question id that already exists (moved from another file) is taken over; questions the file
 * no longer yields are deleted, or retired when they have history.
 */
export function replaceSource(db: Database.Database, source: SourceInput, questions: Iterable<QuestionInput>, now: Date, options: ReplaceOptions = {}): number {
  const stamp = now.toISOString();
  const upsertSource = db.prepare(`
    INSERT INTO sources (abs_path, path, kind, hash, size, facts, warnings, status, built_at, rules)
    VALUES (@absPath, @path, @kind, @hash, @size, @facts, @warnings, 'active', @stamp, @rules)
    ON CONFLICT(abs_path) DO UPDATE SET path = excluded.path, kind = excluded.kind, hash = excluded.hash,
      size = excluded.size, facts = excluded.facts, warnings = excluded.warnings, status = 'active', built_at = excluded.built_at,
      rules = excluded.rules
    RETURNING id`);
  const upsertQuestion = db.prepare(`
    INSERT INTO questions (id, source_id, origin, kind, stem, stem_key, options, answers, explanation, path, line, end_line,
      headings, topics, score, reasons, fingerprint, eligible, retired, created_at, updated_at)
    VALUES (@id, @sourceId, @origin, @kind, @stem, @stemKey, @options, @answers, @explanation, @path, @line, @endLine,
      @headings, @topics, @score, @reasons, @fingerprint, @eligible, 0, @stamp, @stamp)
    ON CONFLICT(id) DO UPDATE SET source_id = excluded.source_id, origin = excluded.origin, kind = excluded.kind,
      stem = excluded.stem, stem_key = excluded.stem_key, options = excluded.options, answers = excluded.answers,
      explanation = excluded.explanation, path = excluded.path, line = excluded.line, end_line = excluded.end_line,
      headings = excluded.headings, topics = excluded.topics, score = excluded.score, reasons = excluded.reasons,
      fingerprint = excluded.fingerprint, eligible = excluded.eligible, retired = 0, updated_at = excluded.updated_at`);
  const deleteTopics = db.prepare('DELETE FROM question_topics WHERE question_id = ?');
  const insertTopic = db.prepare('INSERT OR IGNORE INTO question_topics (question_id, topic) VALUES (?, ?)');
  const deletePlacements = db.prepare('DELETE FROM placements WHERE question_id = ?');
  const insertPlacement = db.prepare('INSERT OR REPLACE INTO placements (question_id, cert, domain) VALUES (?, ?, ?)');
  const stageLinks = db.prepare('INSERT INTO pending_links (question_id, topics, placements) VALUES (?, ?, ?)');

  return db.transaction(() => {
    const { id: sourceId } = upsertSource.get({ ...source, warnings: JSON.stringify(source.warnings), rules: source.rules ?? '', stamp }) as { id: number };
    // Only what the later passes need is kept of each question, so a long note's questions are
    // garbage as soon as each is written (they may come one at a time from a generator).
    const written: Array<Pick<QuestionInput, 'id' | 'topics' | 'placements'>> = [];
    for (const q of questions) {
      upsertQuestion.run({
        id: q.id,
        sourceId,
        origin: q.origin,
        kind: q.kind,
        stem: q.stem,
        stemKey: stemKey(q.stem),
        options: JSON.stringify(q.options),
        answers: JSON.stringify(q.answers),
        explanation: q.explanation,
        path: q.source.path,
        line: q.source.line,
        endLine: q.source.endLine,
        headings: JSON.stringify(q.source.headings),
        topics: JSON.stringify(q.topics),
        score: q.score,
        reasons: JSON.stringify(q.reasons),
        fingerprint: q.fingerprint,
        eligible: q.eligible ? 1 : 0,
        stamp,
      });
      written.push({ id: q.id, topics: q.topics, placements: q.placements });
    }
    if (options.deferLinks) {
      // Appended in the order written: the pages they fill are new ones, never pages all over the tables.
      for (const q of written) stageLinks.run(q.id, JSON.stringify(q.topics), JSON.stringify(q.placements));
    } else {
      // Topics and placements in id order: their keys start with the question id, so each index page
      // is visited once per file instead of once per question (ids are hashes, in no order).
      const byId = lastById(written);
      for (const q of byId) {
        deleteTopics.run(q.id);
        for (const t of q.topics) insertTopic.run(q.id, t);
      }
      for (const q of byId) {
        deletePlacements.run(q.id);
        for (const p of q.placements) insertPlacement.run(q.id, p.cert, p.domain);
      }
    }
    const keep = JSON.stringify(written.map((q) => q.id));
    dropStale(db, `source_id = ? AND id NOT IN (SELECT value FROM json_each(?))`, [sourceId, keep], stamp);
    return sourceId;
  })();
}

/** Options of {@link replaceSource}. */
export interface ReplaceOptions {
  /**
   * Keep the questions' topics and placements in `pending_links` for {@link flushPendingLinks}
   * instead of writing them now. Their tables are keyed by question id, a hash: a large build that
   * writes them file by file dirties pages all over them at each file's commit, which cost a 20 MB
   * build a fifth of its time.
   */
  deferLinks?: boolean;
}

/**
 * Write the topics and placements kept in `pending_links` in one pass sorted by question id (the
 * last kept for each question wins), then empty it. Questions deleted since are skipped, and a
 * retired one gets its topics but no placements, as when written at once. The build calls it at its
 * end; opening a bank for writing calls it too, for a build that was killed on the way.
 */
export function flushPendingLinks(db: Database.Database): number {
  const pending = (db.prepare('SELECT count(*) AS n FROM pending_links').get() as { n: number }).n;
  if (pending === 0) return 0;
  db.transaction(() => {
    // Read in id order through an index made for the pass (a few MB: ids and row numbers only), so
    // no sort holds the rows themselves in memory. The last row kept for an id is the one that counts.
    db.exec(`
      CREATE INDEX IF NOT EXISTS pending_links_question ON pending_links(question_id);
      DELETE FROM pending_links WHERE rowid < (SELECT max(x.rowid) FROM pending_links x WHERE x.question_id = pending_links.question_id);
      DELETE FROM question_topics WHERE question_id IN (SELECT question_id FROM pending_links);
      DELETE FROM placements WHERE question_id IN (SELECT question_id FROM pending_links);
      INSERT OR IGNORE INTO question_topics (question_id, topic)
        SELECT p.question_id, t.value FROM pending_links p INDEXED BY pending_links_question, json_each(p.topics) t
        WHERE p.question_id IN (SELECT id FROM questions)
        ORDER BY p.question_id;
      INSERT OR REPLACE INTO placements (question_id, cert, domain)
        SELECT p.question_id, json_extract(c.value, '$.cert'), json_extract(c.value, '$.domain')
        FROM pending_links p INDEXED BY pending_links_question JOIN questions q ON q.id = p.question_id AND q.retired = 0, json_each(p.placements) c
        ORDER BY p.question_id;
      DELETE FROM pending_links;
      DROP INDEX pending_links_question;
    `);
  })();
  return pending;
}

/** The questions sorted by id, the last one kept where an id repeats (as writing them in turn would). */
function lastById<T extends { id: string }>(questions: T[]): T[] {
  const last = new Map(questions.map((q) => [q.id, q]));
  return [...last.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Delete questions matching `where` that have no history; retire the rest. */
function dropStale(db: Database.Database, where: string, params: unknown[], stamp: string): void {
  db.prepare(`UPDATE questions SET retired = 1, updated_at = ? WHERE ${where} AND retired = 0 AND ${HAS_HISTORY}`).run(stamp, ...params);
  // A retired question is in no exam.
  db.prepare(`DELETE FROM placements WHERE question_id IN (SELECT id FROM questions WHERE ${where} AND retired = 1)`).run(...params);
  db.prepare(`DELETE FROM questions WHERE ${where} AND NOT ${HAS_HISTORY}`).run(...params);
}

/** A file is gone: mark it removed and retire (or delete, without history) its questions, in one transaction. */
export function removeSource(db: Database.Database, absPath: string, now: Date): void {
  const stamp = now.toISOString();
  db.transaction(() => {
    const row = db.prepare('SELECT id FROM sources WHERE abs_path = ?').get(absPath) as { id: number } | undefined;
    if (!row) return;
    dropStale(db, 'source_id = ?', [row.id], stamp);
    db.prepare(`UPDATE sources SET status = 'removed', built_at = ? WHERE id = ?`).run(stamp, row.id);
  })();
}

/** Replace every question's placements (when the classification rules changed since they were made). */
export function reclassify(db: Database.Database, place: (q: StoredQuestion) => Placement[]): number {
  const all = listQuestions(db, { eligibleOnly: false, includeRetired: true });
  const del = db.prepare('DELETE FROM placements WHERE question_id = ?');
  const ins = db.prepare('INSERT OR REPLACE INTO placements (question_id, cert, domain) VALUES (?, ?, ?)');
  db.transaction(() => {
    for (const q of all) {
      del.run(q.id);
      for (const p of place(q)) ins.run(q.id, p.cert, p.domain);
    }
  })();
  return all.length;
}

/** Question counts for the build summary and `awsq topics`. */
export interface BankCounts {
  questions: number;
  eligible: number;
  retired: number;
  byKind: Record<string, number>;
}

/** Count questions (not retired) by eligibility and kind. */
export function countQuestions(db: Database.Database): BankCounts {
  const rows = db
    .prepare('SELECT kind, eligible, retired, count(*) AS n FROM questions GROUP BY kind, eligible, retired')
    .all() as Array<{ kind: string; eligible: number; retired: number; n: number }>;
  const counts: BankCounts = { questions: 0, eligible: 0, retired: 0, byKind: {} };
  for (const r of rows) {
    if (r.retired) {
      counts.retired += r.n;
      continue;
    }
    counts.questions += r.n;
    if (r.eligible) {
      counts.eligible += r.n;
      counts.byKind[r.kind] = (counts.byKind[r.kind] ?? 0) + r.n;
    }
  }
  return counts;
}

/** Exam-eligible question counts per topic, most first. */
export function topicCounts(db: Database.Database): Array<{ topic: string; questions: number }> {
  return db
    .prepare(`SELECT t.topic AS topic, count(*) AS questions FROM question_topics t JOIN questions q ON q.id = t.question_id
              WHERE q.eligible = 1 AND q.retired = 0 GROUP BY t.topic ORDER BY questions DESC, topic`)
    .all() as Array<{ topic: string; questions: number }>;
}

/**
 * Exam-eligible questions per domain of one exam, counted as distinct facts (fingerprints): one
 * exam never shows two questions of one fact, so that is what a domain can offer.
 */
export function domainCounts(db: Database.Database, cert: string): Map<number, number> {
  const rows = db
    .prepare(`SELECT p.domain AS domain, count(DISTINCT q.fingerprint) AS n FROM placements p JOIN questions q ON q.id = p.question_id
              WHERE p.cert = ? AND q.eligible = 1 AND q.retired = 0 GROUP BY p.domain`)
    .all(cert) as Array<{ domain: number; n: number }>;
  return new Map(rows.map((r) => [r.domain, r.n]));
}

/** Per domain of one exam, the topics that have at least one exam-eligible question. */
export function domainTopics(db: Database.Database, cert: string): Map<number, Set<string>> {
  const rows = db
    .prepare(`SELECT DISTINCT p.domain AS domain, t.topic AS topic FROM placements p
              JOIN questions q ON q.id = p.question_id JOIN question_topics t ON t.question_id = q.id
              WHERE p.cert = ? AND q.eligible = 1 AND q.retired = 0`)
    .all(cert) as Array<{ domain: number; topic: string }>;
  const out = new Map<number, Set<string>>();
  for (const r of rows) {
    const set = out.get(r.domain) ?? new Set<string>();
    set.add(r.topic);
    out.set(r.domain, set);
  }
  return out;
}
