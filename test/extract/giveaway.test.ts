import { describe, expect, it } from 'vitest';
import { expanded, giveawayWord, related, wordsOf } from '../../src/extract/giveaway.js';
import { problems } from '../../src/extract/quality.js';
import { readFileSync } from 'node:fs';
import { indexCatalog } from '../../src/core/catalog.js';
import type { Service } from '../../src/core/types.js';
import { catalog } from './helpers.js';

const full = indexCatalog(JSON.parse(readFileSync(new URL('../../data/catalog/services.json', import.meta.url), 'utf8')) as Service[]);

describe('words in another form', () => {
  it.each([
    ['placed', 'placement'],
    ['servers', 'serverless'],
    ['extract', 'textract'],
    ['replicating', 'replication'],
    ['domains', 'domain'],
    ['strategies', 'strategy'],
  ])('relates "%s" and "%s"', (a, b) => {
    expect(related(a, b)).toBe(true);
  });

  it.each([
    ['provisioned', 'provides'],
    ['secure', 'security'],
    ['queue', 'query'],
  ])('keeps "%s" and "%s" apart', (a, b) => {
    expect(related(a, b)).toBe(false);
  });

  it('splits CamelCase identifiers and keeps the whole', () => {
    expect(wordsOf('BucketSizeBytes')).toEqual(['bucketsizebytes', 'bucket', 'size', 'bytes']);
  });

  it('splits a word at an inner capital only, and keeps plain words whole', () => {
    expect(wordsOf('ARNs and S3Bucket, plain words')).toEqual(['arns', 's3bucket', 'bucket', 'plain', 'words']);
    expect(wordsOf('HTTPServer')).toEqual(['httpserver', 'http', 'server']);
  });

  it('adds what a word means, and words that are names of object properties mean nothing', () => {
    expect(expanded('FIFO ordering')).toEqual(['fifo', 'ordering', 'order', 'ordered']);
    // "constructor" and "toString" are keys of every object: once they added a function to the words.
    expect(expanded('the constructor calls toString').every((w) => typeof w === 'string')).toBe(true);
  });
});

describe('giveaways between stem and answer', () => {
  it.each([
    ['which term helps define where task are placed on instances?', ['Task Placement'], ['Task Definitions', 'Rolling Updates', 'Capacity Providers']],
    ['what best describes Use serverless architectures?', ['Avoid burden of managing servers'], ['Easy deployment in multiple regions', 'Be aware of all AWS services', 'Easy to carry out comparative testing']],
    ['which AWS service detects and extract text data from documents?', ['Textract'], ['Kendra', 'Forecast', 'Personalize']],
    ['which term matches this description: "BucketSizeBytes, NumberOfObjects, AllRequests"?', ['S3 buckets'], ['EC2', 'Billing', 'EBS volumes']],
    ['what best describes CreateQueue?', ['Create Queue and optionally set how long a message is kept'], ['Changes the visibility timeout', 'Put a message into the queue', 'Deletes all messages in a queue']],
  ])('finds the shared word in "%s"', (stem, correct, wrong) => {
    expect(giveawayWord(stem, correct, wrong, catalog)).toBeDefined();
  });

  it('finds an acronym answer whose expansion the stem uses (Ledger -> QLDB)', () => {
    expect(giveawayWord('For the Ledger database type, which AWS Service applies?', ['Amazon QLDB'], ['Amazon DynamoDB', 'Amazon Neptune', 'Amazon RDS'], full)).toBe('ledger');
  });

  it('finds an expansion of the asked acronym in the answer (SLD -> Second level domain)', () => {
    const wrong = ['Contains all DNS records', 'Servers that resolve DNS queries', 'Configure how the DNS server routes traffic'];
    expect(giveawayWord('what best describes SLD?', ['Second highest level domain'], wrong, catalog, ['Second Level Domain'])).toBeDefined();
  });

  it('passes a shared word that a wrong option shares too', () => {
    expect(giveawayWord('which queue receives messages that failed processing?', ['Dead-Letter Queue'], ['Delay Queue', 'FIFO Queue', 'Standard Queue'], catalog)).toBeUndefined();
  });

  it('rejects a term question whose answer repeats the term in another form', () => {
    const fact = { kind: 'definition', subject: 'Task Placement', text: 'helps define where tasks are placed', group: 'g', source: { path: 'a.md', line: 1, endLine: 1, headings: [] }, context: [], excerpt: '' } as const;
    const d = { kind: 'definition' as const, stem: 'In the context of Amazon ECS, which term helps define where tasks are placed on instances?', options: ['Task Placement', 'Task Definitions', 'Service Auto Scaling', 'Capacity Providers'], correct: 1, fact, anchor: 'Task Placement', names: [], flags: [] };
    expect(problems(d, catalog)).toContain('giveaway');
  });
});
