import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/core/types.js';
import { extract } from '../../src/extract/index.js';
import { dearrow } from '../../src/extract/stems.js';
import { answersOf, catalog, eligible } from './helpers.js';

const all = (note: string): Question[] => extract(note, 'rules.md', catalog).questions;
const numericAnswered = (note: string, answer: string) => all(note).find((q) => q.kind === 'numeric' && answersOf(q)[0] === answer);

describe('numbers that are not limits', () => {
  it.each([
    ['trivial', '# Connect\n\n* **Amazon Connect** - cloud contact center\n    * no upfront payments, 80% cheaper than traditional contact centers\n', '80%'],
    ['trivial', '# Aurora\n\n* **Aurora** - cloud-native relational database\n    * costs about 20% more than RDS\n', '20%'],
    ['trivial', '# KMS\n\n* **S3 Bucket Key** - setting for SSE-KMS\n    * can decrease number of API calls to KMS by 99%\n', '99%'],
    ['trivial', '# Storage\n\n* **Block Storage** - data is split into chunks\n    * one char change in 1 GB file is simple\n', '1 GB'],
    ['fragment', '# S3\n\n* **Durability** - how often objects can be lost\n    * e.g. storing 10,000,000 objects you lose one once every 10000 years\n', '10000 years'],
    ['fragment', '# Kinesis\n\n* **Kinesis** - real-time data streams\n    * standard pull data: 2 MB per shard\n', '2 MB'],
    ['fragment', '# Parameter Store\n\n* **Advanced**:\n    * max 8 KB parameter size\n    * charges apply\n', '8 KB'],
  ])('rejects as %s: %s', (reason, note, answer) => {
    expect(numericAnswered(note, answer)?.reasons).toContain(reason);
  });

  it('asks no number of a worked scenario', () => {
    const note = '# ECS\n\n* **ECS Rolling Updates** - based on min healthy percent and max percent\n    * **Scenario 1**: min = 50%, max = 100%, terminate 2 then update 2\n';
    expect(numericAnswered(note, '50%')).toBeUndefined();
  });

  it('keeps a threshold written with "more than"', () => {
    const note = '# S3\n\n* **Objects** - files within buckets\n    * if uploading more than 5 GB, must use multi-part upload\n';
    expect(numericAnswered(note, '5 GB')?.reasons).toEqual([]);
  });

  it('names a bare qualifier by the list it sits in ("Advanced" under "Tiers")', () => {
    const note = '# Parameter Store\n\n* **Tiers**\n    * **Advanced**:\n        * max 8 KB parameter size\n        * charges apply\n';
    expect(numericAnswered(note, '8 KB')?.stem).toMatch(/about Advanced tier/);
  });

  it('reads "100 000 topics" as no number rather than "000 topics"', () => {
    expect(all('# SNS\n\n* **SNS** - pub/sub\n    * up to 100 000 topics\n').filter((q) => q.kind === 'numeric')).toEqual([]);
  });
});

describe('note residue', () => {
  it.each([
    ['speech -> text', 'speech to text'],
    ['HA -> replication across 3 AZ', 'HA: replication across 3 AZ'],
    ['default -> 4 days, max -> 14 days', 'default: 4 days, max: 14 days'],
    ['convert text -> speech using deep learning', 'convert text to speech using deep learning'],
  ])('turns the arrows of "%s" into "%s"', (text, clean) => {
    expect(dearrow(text)).toBe(clean);
  });

  it('rejects an option framed by double dashes', () => {
    const note = '# CloudFront\n\n* **Caching Policies** - add headers, cookies and query strings to cache keys\n* **Origin Policies** - -- forwards request with query strings / headers --\n* **Invalidation** - refresh part of the cache before the TTL ends\n* **Origin Groups** - a secondary origin in case the primary fails\n';
    const q = all(note).find((x) => x.kind === 'term' && x.stem.includes('Caching Policies'));
    expect(q?.reasons).toContain('residue');
  });

  it('rejects console click-steps in parentheses', () => {
    const note = '# EC2\n\n* **Snapshots** - backups of volumes\n    * multi-volume snapshots (select resource type as Instance in create snapshot dialog), up to 40 volumes per instance\n';
    expect(numericAnswered(note, '40 volumes')?.reasons).toContain('click-steps');
  });

  it('never asks an identifier that drops the dot of its siblings', () => {
    const note = '# Step Functions\n\n* States.ALL - matches any error name\n* States.Timeout - task ran longer than TimeoutSeconds\n* States.TaskFailed - failure during the execution of a task\n* StatesPermissions - insufficient privileges to execute code\n';
    expect(eligible(note).flatMap((q) => q.options).filter((o) => o === 'StatesPermissions')).toEqual([]);
  });
});

describe('definitions too short to stand alone', () => {
  it.each([['Roles/Users only'], ['Create/Delete/Tags']])('rejects the description "%s"', (text) => {
    const note = `# IAM\n\n* **Identity Based** : attached to users, groups and roles\n* **Resource Based** : attached to a resource such as a bucket\n* **Permission Boundaries** : ${text}\n* **Service Control Policies** : maximum permissions of an account\n`;
    const q = all(note).find((x) => x.kind === 'definition' && answersOf(x)[0] === 'Permission Boundaries');
    expect(q?.reasons).toContain('fragment');
  });

  it('takes the context from the service heading, not from a generic one', () => {
    const note = '# SQS\n\n## Terminology\n\n* **Visibility Timeout** - time a message stays invisible after it is received\n* **Dead-Letter Queue** - queue that receives messages which failed processing\n* **Delay Queue** - postpones delivery of new messages to consumers\n* **Long Polling** - makes a consumer wait for messages to arrive\n';
    expect(eligible(note).filter((q) => q.kind === 'term').every((q) => q.stem.startsWith('In the context of Amazon SQS,'))).toBe(true);
  });
});

describe('terms that are no names', () => {
  const note = (term: string) => `# EventBridge\n\n* **Default** - events from AWS services\n* **Partner** - events from SaaS partners\n* **Custom** - events from your own applications\n* **${term}** - customer and partner events of any kind\n`;

  it.each([['Other'], ['operates at layer 3']])('rejects a question about "%s"', (term) => {
    const q = all(note(term)).find((x) => x.kind === 'term' && x.stem.includes(term));
    expect(q?.reasons).toContain('weak-term');
  });

  it('rejects options that stop at "like"', () => {
    const text = '# EC2\n\n* **General Purpose** - the t class is good for diverse workloads like\n* **Compute Optimized** - the c class is good for high performance processors\n* **Memory Optimized** - the r class is good for large data sets in memory\n* **Storage Optimized** - the i class is good for sequential access to local storage\n';
    const q = all(text).find((x) => x.kind === 'term' && x.stem.includes('Compute Optimized'));
    expect(q?.reasons).toContain('fragment');
  });
});

describe('statements', () => {
  const ips = '# EC2\n\n* **Public IP**\n    * host can be identified on the public internet\n    * must be unique across the whole web\n    * can be reached through the internet gateway\n* **Private IP**\n    * host can only be identified on the private network\n    * machine can connect to the public internet through an internet gateway\n    * only a specified range of IPs can be used as private IP\n    * must be unique across the private network\n';

  it('never offers a sibling statement that repeats two key words of the subject\'s own', () => {
    const wrong = all(ips).filter((q) => q.kind === 'statement' && q.stem.includes('Public IP')).flatMap((q) => q.options.filter((_, i) => !q.answers.includes(i)));
    expect(wrong.some((w) => /internet gateway/i.test(w))).toBe(false);
  });

  it('makes no statements from a list of examples ("good for workloads like:")', () => {
    const note = '# EC2\n\n* **Compute Optimized** - good for workloads like:\n    * batch processing workloads\n    * high performance web servers\n    * dedicated gaming servers\n* **Memory Optimized** - good for workloads like:\n    * high performance relational databases\n    * distributed web scale cache stores\n    * real-time processing of big data\n';
    expect(all(note).filter((q) => q.kind === 'statement' || q.kind === 'multi')).toEqual([]);
  });
});

describe('wrong options of the same kind', () => {
  const note = '# Monitoring\n\n* **AWS CloudTrail** - records API calls made in the account for auditing\n\nCloudWatch collects metrics and Config records configuration changes.\n';

  it('fills a service question with services of its category the note mentions, not names sharing a prefix', () => {
    const q = eligible(note).find((x) => x.kind === 'definition');
    expect(q?.options.filter((o) => !q.answers.includes(q.options.indexOf(o))).sort()).toEqual(['AWS CloudFormation', 'AWS Config', 'Amazon CloudWatch']);
  });

  it('shows a service by its catalog name when every option is a service', () => {
    const ml = '# Queues\n\n* **SQS** - a fully managed message queue\n* **AWS SNS** - a pub/sub service that pushes to many subscribers\n* **Kinesis** - real-time data streams\n* **Amazon MQ** - managed message broker for RabbitMQ\n';
    const q = all(ml).find((x) => x.kind === 'definition' && x.stem.includes('pub/sub'));
    expect(q && answersOf(q)).toEqual(['Amazon SNS']);
  });

  it('borrows other members of a known family for a short list', () => {
    const eb = '# Elastic Beanstalk\n\n## Deployment Options\n\n* **All at once** : deploys to every instance at the same time with downtime\n* **Rolling** : deploys in batches, two versions run at a time\n* **Immutable** : creates a new set of instances in a temporary Auto Scaling group\n';
    const q = eligible(eb).find((x) => x.kind === 'definition' && answersOf(x)[0] === 'Immutable');
    expect(q?.options.length).toBe(4);
  });
});
