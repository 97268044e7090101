import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { problems } from '../../src/extract/quality.js';
import { catalog, eligible, fixture } from './helpers.js';

describe('noise never becomes an exam question', () => {
  it('yields no eligible question from a note of images, links, todo, remarks and click-steps', () => {
    expect(eligible(fixture('noise.md'))).toEqual([]);
  });

  it('keeps rejected candidates with their reasons so they can be inspected', () => {
    const reasons = new Set(extract(fixture('noise.md'), 'noise.md', catalog).questions.flatMap((q) => q.reasons));
    expect(['url', 'todo', 'first-person', 'click-steps', 'fragment'].filter((r) => !reasons.has(r))).toEqual([]);
  });

  const siblings = [
    '* **Amazon Athena** - serverless query service to analyze data in S3 using SQL',
    '* **Amazon Redshift** - data warehouse service for analytics on petabytes of data',
    '* **Amazon EMR** - managed cluster platform for big data frameworks like Spark',
    '* **AWS Glue** - serverless extract, transform and load service with a data catalog',
  ].join('\n');

  it.each([
    ['url', '* **Amazon Kinesis** - see [streams](https://example.com/streams) for real-time data'],
    ['url', '* **Amazon Kinesis** - ![diagram](kinesis.png) real-time data streams'],
    ['todo', '* **Amazon Kinesis** - todo write this up later'],
    ['todo', '* **Amazon Kinesis** - ??? real-time something'],
    ['first-person', '* **Amazon Kinesis** - asked in my exam lol, real-time streams'],
    ['click-steps', '* **Amazon Kinesis** - go to the console, click Create stream, then select on-demand'],
    ['fragment', '* **Amazon Kinesis** - and also streams:'],
  ])('rejects a definition with %s', (reason, line) => {
    const qs = extract(`# Analytics\n\n${siblings}\n${line}\n`, 'a.md', catalog).questions;
    const kinesis = qs.filter((q) => q.kind === 'definition' && q.answers.some((i) => q.options[i] === 'Amazon Kinesis'));
    expect(kinesis.map((q) => q.reasons.includes(reason))).toEqual([true]);
  });

  it('never uses a noisy sibling as a wrong option', () => {
    const qs = eligible(`# Analytics\n\n${siblings}\n* **Amazon Kinesis** - todo\n`);
    expect(qs.some((q) => q.options.includes('Amazon Kinesis'))).toBe(false);
  });

  it('rejects a question whose answer appears in its stem', () => {
    const text = `# S3 Security\n\n* **S3 Pre-signed URLs** - generate a pre-signed URL that grants temporary access\n* **S3 Access Logs** - record every request made to a bucket\n* **S3 MFA Delete** - require MFA before deleting object versions\n* **S3 Access Points** - simplify access management for shared buckets\n`;
    const q = extract(text, 'q.md', catalog).questions.find((x) => x.kind === 'definition' && x.answers.some((i) => x.options[i] === 'S3 Pre-signed URLs'));
    expect(q?.reasons).toContain('giveaway');
  });
});

describe('option checks', () => {
  const fact = { kind: 'definition', subject: 'Bucket', text: 'a container for objects', group: 'g', source: { path: 'a.md', line: 1, endLine: 1, headings: [] }, context: [], excerpt: 'Bucket - a container for objects' } as const;
  const draft = (options: string[]) => ({ kind: 'definition' as const, stem: 'Which term is a container for stored objects in a region?', options, correct: 1, fact: { ...fact, context: [] }, anchor: 'Bucket', names: [], flags: [] });

  it('flags options that repeat each other', () => {
    expect(problems(draft(['Bucket', 'Buckets list', 'Object', 'Bucket'])).includes('duplicate-options')).toBe(true);
  });

  it('flags options wildly unlike each other in length', () => {
    expect(problems(draft(['Bucket', 'Key', 'Object', 'A very long explanation of something else entirely, with many words'])).includes('unlike-options')).toBe(true);
  });

  it('flags a stem that repeats the answer in another word form', () => {
    const d = { ...draft(['Self Replicating', 'Self Healing', 'Auto Expanding', 'Automatic Failover']), stem: 'In the context of Amazon Aurora, which term matches this description: "numerous and fast replication"?' };
    expect(problems(d).includes('giveaway')).toBe(true);
  });

  it('flags a stem that spells out an acronym answer', () => {
    const d = { ...draft(['EBS', 'EFS', 'FSx', 'S3']), stem: 'Which AWS service matches this description: "Elastic Block Store volumes attach to one instance"?' };
    expect(problems(d).includes('giveaway')).toBe(true);
  });

  it('passes four short options of the same form', () => {
    expect(problems(draft(['Bucket', 'Object', 'Prefix', 'Access Point']))).toEqual([]);
  });
});
