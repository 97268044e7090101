/** Helpers for bank tests: in-memory banks and small questions. */
import { openBank, type Bank } from '../../src/bank/db.js';
import type { QuestionInput, SourceInput } from '../../src/bank/questions.js';

/** A fresh, migrated in-memory bank. */
export function memoryBank(): Bank {
  return openBank(':memory:');
}

/** A minimal question with overridable fields. */
export function question(id: string, over: Partial<QuestionInput> = {}): QuestionInput {
  return {
    id,
    kind: 'definition',
    stem: `Which AWS service is described as item ${id}?`,
    options: ['Amazon S3', 'Amazon EBS', 'Amazon EFS', 'Amazon FSx'],
    answers: [0],
    explanation: `Note text for ${id}`,
    source: { path: 'notes/a.md', line: 3, endLine: 3, headings: ['Storage'] },
    topics: ['s3'],
    score: 0.9,
    reasons: [],
    fingerprint: `fp-${id}`,
    origin: 'extracted',
    eligible: true,
    placements: [{ cert: 'DVA-C02', domain: 1 }],
    ...over,
  };
}

/**
 * A statement of its own for the `i`-th fixture question (0 to 15). Questions with one answer and
 * statements alike are one fact, which an exam asks once.
 */
export function statement(i: number): string {
  return [
    'objects kept in buckets', 'static website hosting', 'lifecycle rules move data', 'versioning keeps old copies',
    'presigned links expire', 'event notifications trigger functions', 'replication across regions', 'storage classes differ by price',
    'multipart upload splits parts', 'transfer acceleration uses edges', 'object lock prevents deletes', 'inventory reports list keys',
    'access points name endpoints', 'batch operations run jobs', 'select queries filter content', 'requester pays bills readers',
  ][i];
}

/** A note source record. */
export function source(absPath: string, over: Partial<SourceInput> = {}): SourceInput {
  return { absPath, path: absPath.split('/').pop() ?? absPath, kind: 'notes', hash: 'h1', size: 10, facts: 1, warnings: [], ...over };
}
