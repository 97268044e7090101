/** Opening the bank: pragmas, migrations, and clear errors for damaged, newer or locked files. */
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, accessSync, constants } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseError } from '../core/errors.js';
import { flushPendingLinks } from './questions.js';
import { LOOKUP_INDEXES, migrations, SCHEMA_VERSION } from './schema.js';

/** An open bank: the database handle and where it lives. */
export interface Bank {
  db: Database.Database;
  path: string;
  close(): void;
}

/** Options for {@link openBank}. */
export interface OpenOptions {
  /** Open without creating or migrating (default false). */
  readonly?: boolean;
  /** Milliseconds to wait for a lock held by another awsq (default 5000). */
  busyTimeoutMs?: number;
  /** Name of the setting that chose the location, for error messages (default "--db"). */
  origin?: string;
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Apply pending migrations, each with its version bump in one transaction. */
export function migrate(db: Database.Database, path: string): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > SCHEMA_VERSION) {
    throw new DatabaseError(
      `${path} was written by a newer awsq (schema version ${version}; this awsq knows up to ${SCHEMA_VERSION}). Upgrade awsq; the file was left untouched.`,
      path,
    );
  }
  for (let v = version; v < SCHEMA_VERSION; v++) {
    db.transaction(() => {
      db.exec(migrations[v]);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}

/** Drop the lookup indexes for a large write (see LOOKUP_INDEXES). */
export function dropLookupIndexes(db: Database.Database): void {
  for (const index of LOOKUP_INDEXES) db.exec(`DROP INDEX IF EXISTS ${index.name}`);
}

/** Make the lookup indexes that are missing. */
export function ensureLookupIndexes(db: Database.Database): void {
  for (const index of LOOKUP_INDEXES) db.exec(index.create);
}

/** Open (creating if needed) the bank at `path`, or throw a DatabaseError naming the path. */
export function openBank(path: string, options: OpenOptions = {}): Bank {
  const origin = options.origin ?? '--db';
  if (path !== ':memory:' && !options.readonly) {
    const dir = dirname(path);
    try {
      mkdirSync(dir, { recursive: true });
      accessSync(dir, constants.W_OK);
      if (existsSync(path)) accessSync(path, constants.W_OK);
    } catch {
      throw new DatabaseError(
        `cannot write to ${path} (set by ${origin}): the location is read-only or missing. Choose a writable folder with AWSQ_HOME or --db.`,
        path,
      );
    }
  }
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  } catch (err) {
    throw new DatabaseError(`cannot open the question bank ${path}: ${describe(err)}`, path);
  }
  try {
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
    // Reading the schema forces SQLite to read the header: a damaged file fails here, before any write.
    db.pragma('schema_version');
    if (!options.readonly) db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    if (!options.readonly) {
      migrate(db, path);
      // A build killed on the way may have left topics and placements to write, and indexes to make.
      flushPendingLinks(db);
      ensureLookupIndexes(db);
    }
  } catch (err) {
    db.close();
    if (err instanceof DatabaseError) throw err;
    const code = (err as { code?: string }).code ?? '';
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
      throw new DatabaseError(
        `the question bank ${path} is locked by another awsq and stayed locked; try again when it has finished.`,
        path,
      );
    }
    throw new DatabaseError(
      `the question bank ${path} is damaged or not an awsq database (${describe(err)}). It was left untouched; run "awsq doctor" to check it.`,
      path,
    );
  }
  return { db, path, close: () => db.close() };
}
