/** Colleagues' modules the exam uses (review recording, domain quotas), loaded on demand with a safe fallback. */
import type Database from 'better-sqlite3';
import type { CertSpec } from '../core/types.js';

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

/** Splits an exam's questions across its domains (src/certs/coverage.ts). */
export type DomainQuota = (spec: CertSpec, total: number) => number[];

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

/** `domainQuota` from the certs module, or undefined (assembly then splits by weight itself). */
export function loadDomainQuota(): Promise<DomainQuota | undefined> {
  const specifier = '../certs/coverage.js';
  return optional<DomainQuota>(specifier, 'domainQuota');
}
