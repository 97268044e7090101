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

describe('an answer the stem abbreviates or means', () => {
  it('gives away "Sid" by "statement identifier" (the starts of two words)', () => {
    const note = [
      '# IAM Policy structure',
      '',
      '- **Version** - policy language version, always include "2012-10-17"',
      '- **Sid** - statement identifier, optional',
      '- **Effect** - whether the statement allows or denies access',
      '- **Principal** - account, user or role to which this policy applies',
      '- **Action** - list of actions this policy allows or denies',
      '',
    ].join('\n');
    const q = questions(note).find((x) => x.kind === 'definition' && x.stem.includes('statement identifier'));
    expect(q?.reasons).toContain('giveaway');
    const other = questions(note).find((x) => x.kind === 'definition' && x.stem.includes('allows or denies access'));
    expect(other?.reasons ?? ['missing']).not.toContain('giveaway');
  });

  it('gives away a FIFO answer by "in order"', () => {
    const note = [
      '# Amazon SNS',
      '',
      '- **FIFO Topic** - messages are ordered and subscribers receive them in the order they were published',
      '- **Standard Topic** - at-least-once delivery at nearly unlimited throughput, duplicates possible',
      '- **Message Filtering** - a JSON policy on a subscription that drops the messages it does not match',
      '- **Message Attributes** - name, type and value pairs sent beside the message body',
      '',
    ].join('\n');
    const q = questions(note).find((x) => x.kind === 'term' && x.stem.includes('FIFO Topic'));
    expect(q?.reasons).toContain('giveaway');
  });
});
