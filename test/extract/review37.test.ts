/** Causes found by the blind reviews that followed review36.test.ts's: two note errors the catalog now knows. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { loadCatalog } from '../../src/certs/data.js';

const shipped = loadCatalog();
const questions = (note: string) => extract(note, 'review37.md', shipped).questions;
/** Questions that state `words` as true: in the stem, or as the answer (a wrong option may say anything false). */
const about = (note: string, words: string) =>
  questions(note).filter((q) => q.stem.includes(words) || q.answers.some((a) => q.options[a].includes(words)));

describe('a note that says Fargate is "not always on (Sleep)"', () => {
  const containers = (fargate: string) =>
    [
      '# Containers',
      '',
      '- Amazon ECS : container orchestration service that runs Docker containers on a cluster',
      '- Amazon EKS : managed Kubernetes control plane for running pods',
      '- Amazon ECR : private registry that stores and versions container images',
      `- Amazon Fargate : ${fargate}`,
      '',
    ].join('\n');

  it('is not asked as truth: Fargate tasks run until they stop, nothing sleeps', () => {
    const asked = about(containers('serverless platform, not always on (Sleep)'), 'not always on');
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.reasons).toContain('outdated');
  });

  it('while a true description of Fargate is asked', () => {
    const asked = about(containers('serverless compute engine, no servers or clusters to manage'), 'no servers or clusters');
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.reasons).not.toContain('outdated');
  });
});

describe('a note that calls a Kinesis sequence number "additional grouping within partition-key"', () => {
  const records = (sequence: string) =>
    [
      '# Kinesis Data Streams',
      '',
      '* **Producer Records** - data a Producer sends that holds a `PartitionKey` and a `Data Blob`',
      '    * **Partition Key** - decides which shard the record goes into',
      `    * **Sequence no.** - ${sequence}`,
      '    * **Data Blob** - the value itself, up to 1 MB',
      '',
    ].join('\n');

  it('is not asked as truth: the stream gives each record its sequence number on the way in', () => {
    const asked = about(records('additional grouping within partition-key, must be unique within partition-key within shard'), 'grouping within');
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.reasons).toContain('outdated');
  });

  it('while a true description of the sequence number is asked', () => {
    const asked = about(records('unique identifier the stream assigns to each record within its shard'), 'unique identifier');
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.reasons).not.toContain('outdated');
  });
});
