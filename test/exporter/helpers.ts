/** A stored question for exporter tests, with overridable fields. */
import type { StoredQuestion } from '../../src/core/types.js';

/** A small stored question. */
export function stored(id: string, over: Partial<StoredQuestion> = {}): StoredQuestion {
  return {
    id,
    kind: 'imported',
    stem: 'Which AWS service stores objects?',
    options: ['Amazon S3', 'Amazon EBS', 'Amazon EFS'],
    answers: [0],
    explanation: 'S3 is object storage.',
    source: { path: 'bank.md', line: 3, endLine: 7, headings: ['Storage'] },
    topics: ['s3'],
    score: 1,
    reasons: [],
    fingerprint: `fp-${id}`,
    origin: 'imported',
    eligible: true,
    retired: false,
    placements: [{ cert: 'SAA-C03', domain: 3 }, { cert: 'CLF-C02', domain: 3 }],
    ...over,
  };
}
