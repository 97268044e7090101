/** Causes found by the blind review of the 26th stop, each as a rule over any note. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { askWhich } from '../../src/extract/stems.js';
import { saysNothing } from '../../src/extract/text.js';
import { bundledFamilies } from '../../src/extract/families.js';
import { loadCatalog } from '../../src/certs/data.js';

const shipped = loadCatalog();
const questions = (note: string) => extract(note, 'review26.md', shipped).questions;
/** The reasons of each question whose stem `find` accepts. */
const reasonsOf = (note: string, find: (stem: string) => boolean) => questions(note).filter((q) => find(q.stem)).map((q) => q.reasons);

describe('a definition whose verbs are alternatives ("create / update / delete")', () => {
  it('stays a quoted description instead of a stem that inflects only the first verb', () => {
    expect(askWhich('term', 'create / update / delete across multi account and regions with single operation', '')).toBe(
      'Which term matches this description: "create / update / delete across multi account and regions with single operation"?',
    );
    expect(askWhich('term', 'create or update stacks in many accounts at once', '')).toBe(
      'Which term matches this description: "create or update stacks in many accounts at once"?',
    );
  });

  it('still reads as a question when the verb stands alone', () => {
    expect(askWhich('term', 'create stacks in many accounts and regions with one operation', '')).toBe(
      'Which term creates stacks in many accounts and regions with one operation?',
    );
  });
});

describe('a profile item whose subject is a pronoun ("This can also sit in front of DynamoDB")', () => {
  const note = [
    '# Data & Analytics',
    '',
    '* **Amazon Athena**',
    '    * uses SQL queries built on Presto',
    '    * supports CSV, JSON, ORC, Avro and Parquet files',
    '    * This can also run federated queries over 30 sources with Presto connectors',
    '    * can store results of a query in an S3 bucket',
    '    * pay per TB of data scanned',
    '',
  ].join('\n');

  it('is never one of the quoted descriptions: it points back at a line the learner does not see', () => {
    const q = questions(note).find((x) => x.stem.includes('matches all of these descriptions'));
    expect(q).toBeDefined();
    expect(q?.stem).not.toMatch(/"this can/i);
    expect(q?.stem).toContain('Parquet');
    expect(q?.stem.split('"; "')).toHaveLength(3);
  });
});

describe('a steps question', () => {
  const docker = [
    '# Docker',
    '',
    '**How to get started**',
    '',
    '1. Write a Dockerfile which defines how an image should be built',
    '2. Build the docker image',
    '3. Push the image to a Docker Registry',
    '4. Pull images from repositories',
    '5. Run the image creating a container',
    '',
  ].join('\n');
  const after = (note: string, step: string) => questions(note).find((q) => q.kind === 'steps' && q.stem.includes(`after "${step}"`));

  it('is ambiguous when a later step works on the same thing as well ("Run the image" after "Build the docker image")', () => {
    const q = after(docker, 'Build the docker image');
    expect(q).toBeDefined();
    expect(q?.options).toContain('Run the image creating a container');
    expect(q?.reasons).toContain('ambiguous');
  });
});

describe('a description that says nothing ("Purely varying option as per need")', () => {
  const note = [
    '# Amazon EC2',
    '',
    '- User Data : allows to enter commands that will run during the first boot cycle of instance.',
    '- Storage Options : Purely varying option as per need',
    '- Key Pair : public and private keys used to log in to the instance over SSH',
    '- Security Group : firewall rules that govern inbound and outbound traffic of the instance',
    '- Instance Metadata : data about the running instance that it can query over a local address',
    '',
  ].join('\n');

  it('is told by its words alone', () => {
    expect(saysNothing('Purely varying option as per need')).toBe(true);
    expect(saysNothing('used by AWS services')).toBe(true);
    expect(saysNothing('key-value pairs for objects in S3')).toBe(false);
  });

  it('is never offered as a wrong description', () => {
    const all = questions(note);
    expect(all.some((q) => q.kind === 'term')).toBe(true);
    // Asked itself, it is rejected as fitting any term; it is never another term's wrong option.
    for (const q of all) expect(q.options.filter((_, i) => !q.answers.includes(i))).not.toContain('Purely varying option as per need');
    expect(all.filter((q) => q.answers.some((i) => q.options[i] === 'Purely varying option as per need')).every((q) => q.reasons.includes('ambiguous'))).toBe(true);
  });
});

describe('a second review of 50 (43 acceptable)', () => {

  it('takes an answer that opens with the term\'s own head noun for a giveaway ("Name servers": "Servers that ...")', () => {
    const note = [
      '# DNS',
      '',
      '- Name servers - servers that resolve DNS queries',
      '- Zone file - contains all DNS records',
      '- Records - configure how the DNS server routes traffic',
      '- Second Level Domain - second highest level domain',
      '',
    ].join('\n');
    const asked = reasonsOf(note, (s) => s.includes('what best describes Name servers'));
    // A wrong option says "server" too ("the DNS server"), so no word of the term is the answer's alone.
    expect(questions(note).find((q) => q.stem.includes('what best describes Name servers'))?.options).toContain('Configure how the DNS server routes traffic');
    expect(asked).toHaveLength(1);
    expect(asked[0]).toContain('giveaway');
  });

  it('takes "can encrypt over _____" for ambiguous: every smaller value is true too, unlike a limit', () => {
    const note = ['# AWS KMS', '', '## Envelope Encryption', '', '- the GenerateDataKey API can encrypt over 4 KB of data', '- the Encrypt API call has a limit of 4 KB', ''].join('\n');
    const over = reasonsOf(note, (s) => s.includes('can encrypt over _____'));
    const limit = reasonsOf(note, (s) => s.includes('has a limit of _____'));
    expect(over).toHaveLength(1);
    expect(over[0]).toContain('ambiguous');
    expect(limit).toHaveLength(1);
    expect(limit[0]).not.toContain('ambiguous');
  });

  it('takes a span of time asked with no word of what span it is for a fragment ("_____ free metrics")', () => {
    const note = ['# Amazon CloudWatch', '', '- Cost : 5 min free metrics for EC2', '- Detailed monitoring sends EC2 metrics every 1 minute for a charge', ''].join('\n');
    const free = reasonsOf(note, (s) => s.includes('"_____ free metrics for EC2"'));
    const every = reasonsOf(note, (s) => s.includes('metrics every _____'));
    expect(free).toHaveLength(1);
    expect(free[0]).toContain('fragment');
    expect(every).toHaveLength(1);
    expect(every[0]).not.toContain('fragment');
  });

  it('takes a timeout described as how long something waits for a giveaway', () => {
    const note = [
      '# AWS Step Functions',
      '',
      '- TimeoutSeconds - how long task can wait',
      '- Retry - tries a failed task again, with an interval and a backoff rate',
      '- Catch - moves to a fallback state when the task still fails after its retries',
      '- Resource - the ARN of the work the task performs, such as a Lambda function',
      '',
    ].join('\n');
    const asked = reasonsOf(note, (s) => s.includes('TimeoutSeconds') || s.includes('how long task can wait'));
    expect(asked.length).toBeGreaterThan(0);
    for (const r of asked) expect(r).toContain('giveaway');
  });
});

describe('a third review of 50 (39 acceptable)', () => {

  it('reads an acronym\'s expansion on a line below its term ("CORS stands for ...") and takes a stem saying its words for a giveaway', () => {
    const note = [
      '# S3 Advanced Security',
      '',
      '* **S3 CORS** - web browser based mechanism to allow requests to other origins while visiting the main origin',
      '    * CORS stands for Cross-Origin Resource Sharing',
      '* **S3 Access Logs** - log all access to S3 buckets into another bucket for audit',
      '* **S3 MFA Delete** - require MFA to permanently delete an object version',
      '* **S3 Object Lock** - block deletion of an object version for a set time (WORM)',
      '',
    ].join('\n');
    const asked = reasonsOf(note, (s) => s.includes('other origins'));
    expect(asked.length).toBeGreaterThan(0);
    for (const r of asked) expect(r).toContain('giveaway');
  });

  it('asks no term that is an address or a number ("169.254.169.254 : Amazon Instance Meta Data")', () => {
    const note = [
      '# VPC Flow Logs',
      '',
      '**Limitation** : Not Logged',
      '',
      '- DHCP Traffic within VPC',
      '- Traffic from instances destined for Amazon DNS Servers',
      '- `169.254.169.254` : Amazon Instance Meta Data',
      '- `169.254.169.123` : Amazon Time Sync',
      '- Traffic from windows activation license from AWS',
      '',
    ].join('\n');
    // Asked one address at a time (a profile of the list is another question).
    const asked = questions(note).filter((q) => (q.kind === 'definition' || q.kind === 'term') && !q.stem.includes('all of these descriptions'));
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.reasons).toContain('weak-term');
  });

  it('takes a statement opening with a bare noun and the value ("interval _____") for a fragment, not one opening with "max"', () => {
    const note = [
      '# Route 53',
      '',
      '* **Health Checks** - Route 53 health checks are only available for public resources',
      '    * monitor an **endpoint** (app, server, other AWS resource)',
      '        * 15 global health checkers check endpoint health',
      '        * `interval` 30 sec (can set lower like 10s but higher cost)',
      '        * max 255 characters in a record name',
      '',
    ].join('\n');
    const interval = reasonsOf(note, (s) => s.includes('"interval _____'));
    const max = reasonsOf(note, (s) => s.includes('"max _____'));
    expect(interval).toHaveLength(1);
    expect(interval[0]).toContain('fragment');
    expect(max).toHaveLength(1);
    expect(max[0]).not.toContain('fragment');
  });

  it('offers no decoy reviewers took for invented (Projection Key, Filter Key, Standalone, Isolated)', () => {
    const decoys = bundledFamilies().flatMap((f) => f.decoys ?? []);
    for (const gone of ['Projection Key', 'Filter Key', 'Standalone', 'Isolated']) expect(decoys).not.toContain(gone);
  });
});

describe('a fourth review of 50 (44 acceptable)', () => {
  it('keeps an identifier the subject gives in its aside ("Provisioned IOPS SSD (io1)"): io2 allows more per GiB', () => {
    const note = [
      '# EBS Volumes',
      '',
      '- SSD:',
      '  - Provisioned IOPS SSD (io1)',
      '    - High performance option and expensive',
      '    - Up to 64,000 IOPS per volume 50 IOPS per GiB',
      '  - Provisioned IOPS SSD (io2)',
      '    - Latest generation with 500 IOPS per GiB',
      '',
    ].join('\n');
    const q = questions(note).find((x) => x.kind === 'numeric' && x.stem.includes('_____ per GiB'));
    expect(q?.stem).toContain('about Provisioned IOPS SSD (io1');
  });

  it('takes "one or more individual statement" for Statement as the name said again', () => {
    const note = [
      '# IAM Policies',
      '',
      '* **IAM Policy structure**',
      '    * Version - policy language version, always select 2012-10-17',
      '    * Id - identifier for the policy [optional]',
      '    * Statement - one or more individual statement',
      '    * Sid - statement identifier [optional]',
      '',
    ].join('\n');
    const q = questions(note).find((x) => x.kind === 'term' && x.stem.endsWith('describes Statement?'));
    expect(q).toBeDefined();
    expect(q?.reasons).toContain('giveaway');
  });

  it('takes a label left after a spaced dash at the end of a statement ("... rate - push mode") for residue', () => {
    const note = [
      '# Kinesis Data Streams',
      '',
      '- Enhanced consumers use SubscribeToShard so that each consumer gets new data pushed to it at a 2 MB/s rate - push mode',
      '- Shared consumers read at 2 MB/s per shard across all consumers with GetRecords calls',
      '',
    ].join('\n');
    const pushed = questions(note).filter((x) => x.kind === 'numeric' && x.stem.includes('push mode'));
    expect(pushed.length).toBeGreaterThan(0);
    for (const q of pushed) expect(q.reasons).toContain('residue');
  });
});
