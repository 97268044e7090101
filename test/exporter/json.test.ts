import { describe, expect, it } from 'vitest';
import { toJsonExport } from '../../src/exporter/json.js';
import { stored } from './helpers.js';

describe('json export', () => {
  it('writes every question with answers as option indexes, its source and its exams', () => {
    expect(JSON.parse(toJsonExport([stored('a1', { answers: [1] })]))).toEqual([
      {
        id: 'a1', kind: 'imported', origin: 'imported', stem: 'Which AWS service stores objects?', options: ['Amazon S3', 'Amazon EBS', 'Amazon EFS'], answers: [1],
        explanation: 'S3 is object storage.', source: { path: 'bank.md', line: 3, headings: ['Storage'] }, topics: ['s3'],
        exams: [{ cert: 'CLF-C02', domain: 3 }, { cert: 'SAA-C03', domain: 3 }],
      },
    ]);
  });
});
