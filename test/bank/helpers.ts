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

/** A note source record. */
export function source(absPath: string, over: Partial<SourceInput> = {}): SourceInput {
  return { absPath, path: absPath.split('/').pop() ?? absPath, kind: 'notes', hash: 'h1', size: 10, facts: 1, warnings: [], ...over };
}
