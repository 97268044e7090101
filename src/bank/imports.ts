/** Queries the importer needs: questions sharing a normalised stem, and what an imported file holds now. */
import type Database from 'better-sqlite3';

/** A question already in the bank with a given normalised stem. */
export interface StemMatch {
  id: string;
  sourceId: number | null;
  path: string;
  line: number;
  options: string[];
}

/** A reusable look-up of non-retired questions by normalised stem (`stem_key`). */
export function stemLookup(db: Database.Database): (key: string) => StemMatch[] {
  const stmt = db.prepare('SELECT id, source_id, path, line, options FROM questions WHERE stem_key = ? AND retired = 0');
  return (key) =>
    (stmt.all(key) as Array<{ id: string; source_id: number | null; path: string; line: number; options: string }>).map((r) => ({
      id: r.id,
      sourceId: r.source_id,
      path: r.path,
      line: r.line,
      options: JSON.parse(r.options) as string[],
    }));
}

/** The id of the tracked source at `absPath`, its kind and hash, or undefined. */
export function findSource(db: Database.Database, absPath: string): { id: number; kind: 'notes' | 'import'; hash: string; status: string } | undefined {
  return db.prepare('SELECT id, kind, hash, status FROM sources WHERE abs_path = ?').get(absPath) as
    | { id: number; kind: 'notes' | 'import'; hash: string; status: string }
    | undefined;
}

/**
 * A signature of what a source holds: its non-retired question ids with their content and placements,
 * sorted. Two equal signatures mean re-importing would change nothing.
 */
export function sourceSignature(db: Database.Database, sourceId: number): string {
  const rows = db
    .prepare(
      `SELECT q.id || char(31) || q.stem || char(31) || q.options || char(31) || q.answers || char(31) || q.explanation
              || char(31) || q.line || char(31) || q.topics || char(31) ||
              coalesce((SELECT group_concat(p.cert || ':' || p.domain, ',') FROM (SELECT cert, domain FROM placements WHERE question_id = q.id ORDER BY cert) p), '') AS sig
       FROM questions q WHERE q.source_id = ? AND q.retired = 0 ORDER BY q.id`,
    )
    .all(sourceId) as Array<{ sig: string }>;
  return rows.map((r) => r.sig).join('\n');
}
