/** Causes found by the blind reviews of the 16th stop, each as a rule over any note. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { catalog } from './helpers.js';

const questions = (note: string) => extract(note, 'review17.md', catalog).questions;

describe('a sibling named unlike the answer and its namesakes', () => {
  const note = [
    '# Aurora DB Cluster',
    '',
    '- **Writer Endpoint** - DNS name that always points to the master, so clients keep their connection on failover',
    '- **Reader Endpoint** - DNS name in front of a connection load balancer that spreads reads over the replicas',
    '- **Custom Endpoint** - DNS name for a chosen subset of the instances, such as larger ones for analytics',
    '- **Auto Expanding** - storage grows in 10 GB steps up to 128 TB without downtime',
    '',
  ].join('\n');

  it('is not offered beside an answer named like another sibling', () => {
    const q = questions(note).find((x) => x.kind === 'definition' && x.stem.includes('always points to the master'));
    expect(q?.options ?? []).not.toContain('Auto Expanding');
  });

  it('still comes with an answer that shares its name with no sibling', () => {
    const q = questions(note).find((x) => x.kind === 'definition' && x.stem.includes('storage grows'));
    expect(q?.options).toEqual(expect.arrayContaining(['Auto Expanding', 'Writer Endpoint']));
  });

  it('counts an acronym as naming the same thing ("Customer Managed CMK" among keys)', () => {
    const keys = [
      '# AWS KMS',
      '',
      '**Types of Encryption Keys**',
      '',
      '- *AWS Owned Keys* -> collection of keys that an AWS service owns and manages for many accounts',
      '- *AWS Managed Keys* -> created and used by AWS on the customer behalf, only used by AWS services',
      '- *Customer Managed CMK* -> created and managed by the customer, can be disabled, rotation policy',
      '- *CloudHSM Keys* -> generated from your own hardware security module device',
      '',
    ].join('\n');
    const q = questions(keys).find((x) => x.kind === 'definition' && x.stem.includes('owns and manages'));
    expect(q?.options).toContain('Customer Managed CMK');
  });
});
