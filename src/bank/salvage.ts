/** Reading what can still be read from a damaged bank, and checking a bank's health. */
import Database from 'better-sqlite3';

/** Tables whose rows are the learner's history, in the order they are copied. */
export const HISTORY_TABLES = ['exams', 'exam_items', 'cards', 'reviews'] as const;

/** Rows recovered from one table, and whether reading stopped early. */
export interface SalvagedTable {
  table: string;
  rows: Array<Record<string, unknown>>;
  complete: boolean;
}

/** What a damaged bank still yields: history rows and the note folders it was built from. */
export interface Salvage {
  tables: SalvagedTable[];
  /** Folders (or files) the bank's notes came from, when the sources table could be read. */
  noteRoots: string[];
  readable: boolean;
}

/** Health of a bank file. */
export interface Health {
  ok: boolean;
  problems: string[];
  version?: number;
}

/** Run SQLite's integrity check; never writes. */
export function checkHealth(path: string): Health {
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    const version = db.pragma('user_version', { simple: true }) as number;
    const rows = db.pragma('integrity_check') as Array<{ integrity_check: string }>;
    const problems = rows.map((r) => r.integrity_check).filter((m) => m !== 'ok');
    const fk = db.pragma('foreign_key_check') as unknown[];
    if (fk.length > 0) problems.push(`${fk.length} rows break foreign keys`);
    return { ok: problems.length === 0, problems, version };
  } catch (err) {
    return { ok: false, problems: [err instanceof Error ? err.message : String(err)] };
  } finally {
    db?.close();
  }
}

/** Read every history row that can be read, row by row, from a possibly damaged file (read-only). */
export function salvage(path: string): Salvage {
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    db.pragma('schema_version');
  } catch {
    return { tables: [], noteRoots: [], readable: false };
  }
  try {
    const tables = HISTORY_TABLES.map((t) => readTable(db, t));
    const sources = readTable(db, 'sources');
    const roots = new Set<string>();
    for (const s of sources.rows) {
      if (s.kind !== 'notes' || s.status !== 'active') continue;
      const abs = String(s.abs_path);
      const rel = String(s.path);
      roots.add(abs.endsWith(rel) && abs.length > rel.length ? abs.slice(0, abs.length - rel.length) : abs);
    }
    return { tables, noteRoots: [...roots], readable: true };
  } finally {
    db.close();
  }
}

function readTable(db: Database.Database, table: string): SalvagedTable {
  const rows: Array<Record<string, unknown>> = [];
  try {
    for (const row of db.prepare(`SELECT * FROM ${table}`).iterate()) rows.push(row as Record<string, unknown>);
    return { table, rows, complete: true };
  } catch {
    return { table, rows, complete: false };
  }
}

/** Copy salvaged history into a fresh bank in one transaction; rows that no longer fit are skipped. */
export function restoreHistory(db: Database.Database, tables: SalvagedTable[]): Record<string, number> {
  const restored: Record<string, number> = {};
  db.transaction(() => {
    for (const t of tables) {
      const columns = new Set((db.pragma(`table_info(${t.table})`) as Array<{ name: string }>).map((c) => c.name));
      let n = 0;
      for (const row of t.rows) {
        const keys = Object.keys(row).filter((k) => columns.has(k));
        if (keys.length === 0) continue;
        try {
          db.prepare(`INSERT OR IGNORE INTO ${t.table} (${keys.join(', ')}) VALUES (${keys.map(() => '?').join(', ')})`).run(
            ...keys.map((k) => row[k]),
          );
          n++;
        } catch {
          // A row that breaks a constraint in the new schema is history we cannot place; skip it.
        }
      }
      restored[t.table] = n;
    }
  })();
  return restored;
}
