/** The drill module's review recording, loaded on demand while it is not yet part of every build. */
import type Database from 'better-sqlite3';

/** One answered question for the spaced-repetition history. */
export interface ReviewRecord {
  questionId: string;
  correct: boolean;
  ms: number;
  context: 'exam' | 'drill';
  examId?: number;
  at: Date;
}

/** Records reviews and updates cards in one transaction (src/drill/record.ts). */
export type RecordReviews = (db: Database.Database, reviews: ReviewRecord[], now: Date) => void;

async function optional<T>(specifier: string, name: string): Promise<T | undefined> {
  try {
    const mod = (await import(specifier)) as Record<string, unknown>;
    return typeof mod[name] === 'function' ? (mod[name] as T) : undefined;
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_MODULE_NOT_FOUND') return undefined;
    throw err;
  }
}

/** `recordReviews` from the drill module, or undefined while it is not part of this build. */
export function loadRecordReviews(): Promise<RecordReviews | undefined> {
  const specifier = '../drill/record.js';
  return optional<RecordReviews>(specifier, 'recordReviews');
}
