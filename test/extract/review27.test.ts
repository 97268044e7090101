/** Causes found by the six blind reviews that followed review26.test.ts's, each as a rule over any note. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { unshouted } from '../../src/extract/stems.js';
import { notADescription } from '../../src/extract/text.js';
import { loadCatalog } from '../../src/certs/data.js';

const shipped = loadCatalog();
const questions = (note: string) => extract(note, 'review27.md', shipped).questions;

describe('a term whose name is a letters-and-digit code ("gp2 / gp3")', () => {
  const note = [
    '# EC2 Instance Storage',
    '',
    '## EBS',
    '',
    '* EBS Volume Types',
    '    * gp2 / gp3 (SSD) - general purpose SSD, balances price and performance for wide variety of workloads',
    '    * io1 / io2 (SSD) - highest-performance SSD, mission-critical low-latency or high-throughput workloads',
    '    * st1 (HDD) - low cost HDD, designed for frequently accessed, throughput-intensive workloads',
    '    * sc1 (HDD) - lowest cost HDD, designed for less frequently accessed workloads',
    '',
  ].join('\n');

  it('is given away by an answer that spells its letters out ("General purpose SSD")', () => {
    const q = questions(note).find((x) => x.stem.includes('describes gp2 / gp3'));
    expect(q).toBeDefined();
    expect(q?.reasons).toContain('giveaway');
  });

  it('is not given away when the answer spells no code out (io1 / io2)', () => {
    const q = questions(note).find((x) => x.stem.includes('describes io1 / io2'));
    expect(q).toBeDefined();
    expect(q?.reasons).not.toContain('giveaway');
  });
});

describe('a service profile under a heading that only the answer is about ("DNS" over Route 53)', () => {
  const note = [
    '# DNS',
    '',
    '## Route 53',
    '',
    '* **Route 53** - a highly available, scalable, fully managed and Authoritative DNS and Domain Registrar',
    '    * ability to check the health of resources',
    '    * only AWS service which provides 100% availability SLA',
    '    * a global service',
    '',
    '## CloudFront',
    '',
    '* **CloudFront** - a Content Delivery Network (CDN) with 216 Points of Presence',
    '',
  ].join('\n');

  it('names no context: the heading would point at the answer alone', () => {
    const q = questions(note).find((x) => x.stem.includes('matches all of these descriptions'));
    expect(q).toBeDefined();
    expect(q?.stem).toMatch(/^Which AWS service matches/);
    expect(q?.options).toContain('Amazon Route 53');
  });

  it('keeps a heading that frames the wrong options as well ("AWS Databases")', () => {
    const databases = [
      '## AWS DATABASES',
      '',
      'Amazon DynamoDB',
      '',
      '- fully managed NoSQL database, serverless',
      '- scalable, performant, single-digit ms latency',
      '- tables, items, and attributes are the core component',
      '- each table needs a table name and a primary key',
      '',
    ].join('\n');
    const q = questions(databases).find((x) => x.stem.includes('matches all of these descriptions'));
    expect(q).toBeDefined();
    expect(q?.stem).toMatch(/^In the context of AWS Databases, which AWS service/);
  });
});

describe('a heading written in capitals', () => {
  it('reads in title case inside a stem, acronyms kept', () => {
    expect(unshouted('AWS DATABASES')).toBe('AWS Databases');
    expect(unshouted('AWS MONITORING, OPTIMIZATION, SCALING')).toBe('AWS Monitoring, Optimization, Scaling');
    expect(unshouted('HTTPS and DNSSEC')).toBe('HTTPS and DNSSEC');
    expect(unshouted('Amazon EC2')).toBe('Amazon EC2');
  });
});

describe('EC2 tenancy (shared, dedicated instances, dedicated hosts)', () => {
  const note = [
    '# Compute',
    '',
    '## Amazon EC2',
    '',
    '- Instance Purchasing Options :',
    '  - On-Demand : Launched at any time, usually short-term uses',
    '  - Reserved : set period of time purchase for reduced cost',
    '  - Spot : Bid for a unused EC2 compute resources, fluctuating price',
    '- Tenancy',
    '  - Shared Tenancy : EC2 is launched on any available host, same host may be used by multiple customers.',
    '  - Dedicated Instances : hosted on hardware that no other customer can access',
    '  - Dedicated Hosts : Additional visibility and control on physical host',
    '',
  ].join('\n');

  it('never has a purchasing option for a wrong option: an On-Demand instance runs on shared hosts too', () => {
    const all = questions(note);
    const shared = all.filter((q) => q.stem.includes('Shared Tenancy') || q.answers.some((a) => q.options[a] === 'Shared Tenancy'));
    expect(shared.length).toBeGreaterThan(0);
    for (const q of shared) expect(q.options.filter((o) => /On-Demand|Reserved|Spot/.test(o)), q.stem).toEqual([]);
    // For Dedicated Instances they are fair wrong options: neither gives a customer hardware of its own.
    const dedicated = all.find((q) => q.stem.includes('no other customer can access'));
    expect(dedicated?.options.filter((o) => /On-Demand|Reserved|Spot/.test(o)).length).toBeGreaterThan(0);
  });
});

describe('a term question whose answer has a third of the words of every wrong option', () => {
  const note = [
    '# Security',
    '',
    '### AWS IAM',
    '',
    '**IAM Policy Types**',
    '',
    '- Identity Based : Users, User-Groups, Roles',
    '- Resource Based : Resources (principal to config user identity)',
    '- Permission Boundaries : Roles/Users only',
    '- Organization Service Control Policies (SCPs) : Boundary of Max. Permission',
    '',
  ].join('\n');

  it('is kept out of exams: "Boundary of Max. Permission" beside three full sentences stands out', () => {
    const q = questions(note).find((x) => x.stem.includes('describes Organization Service Control Policies'));
    expect(q).toBeDefined();
    expect(q?.options.filter((o) => o.split(' ').length >= 12)).toHaveLength(3);
    expect(q?.reasons).toContain('unlike-options');
  });
});

describe('descriptions that describe nothing', () => {
  it('are properties or requirements without a subject, or bare instructions', () => {
    expect(notADescription('Should be the same type as the main queue')).toBe(true);
    expect(notADescription('Use ChangeMessageVisibility')).toBe(true);
    expect(notADescription('Can be enabled per AZ')).toBe(true);
    expect(notADescription('Defines who can send and who can receive')).toBe(false);
    expect(notADescription('Use URL to access the queue')).toBe(false);
  });

  it('are never offered as wrong descriptions ("Use ChangeMessageVisibility" for an SQS queue setting)', () => {
    const note = [
      '# SQS',
      '',
      '- Queue configuration:',
      '    - Visibility timeout (0s-12h): Use `ChangeMessageVisibility`',
      '    - Delivery delay (0s-15m): delay each message coming to the queue',
      '    - Receive message wait time (0-20s): max time polling will wait for messages',
      '    - Message retention period (1m-14d): how long messages are kept before deleted',
      '    - Access policy -> defines who can send and who can receive',
      '    - DLQ: should be the same type as the main queue',
      '',
    ].join('\n');
    const all = questions(note);
    expect(all.some((q) => q.stem.includes('describes Access policy'))).toBe(true);
    for (const q of all.filter((x) => x.kind === 'term')) {
      const wrong = q.options.filter((_, i) => !q.answers.includes(i));
      expect(wrong.filter(notADescription), q.stem).toEqual([]);
    }
  });
});

describe('a wrong description set against the term asked about', () => {
  it('is never offered ("... through VPCs instead of multi-accounts" for Multi Account Strategy)', () => {
    const note = [
      '# IAM Advanced',
      '',
      '## AWS Organizations',
      '',
      '* **Organization Unit (OU)** - a logical group that could be separated into its own Account',
      '* **Service Control Policies** - allows whitelist/blacklist IAM actions on OU or Account',
      '* **Multi Account Strategy** - separate accounts for different departments',
      '* **Multi-VPC** - separate departments through VPCs instead of multi-accounts',
      '* **Consolidated Billing** - one bill for all AWS Accounts in the Organization',
      '',
    ].join('\n');
    const all = questions(note);
    const q = all.find((x) => x.stem.includes('describes Multi Account Strategy'));
    expect(q).toBeDefined();
    expect(q?.options.some((o) => /instead of multi-accounts/.test(o))).toBe(false);
    // Set against another term, it is still a fair wrong option.
    expect(all.some((x) => x.stem.includes('describes Consolidated Billing') && x.options.some((o) => /instead of multi-accounts/.test(o)))).toBe(true);
  });
});


describe('a percentage and the time it leaves out of a period ("99.99% available ... not available 53 minutes a year")', () => {
  const note = [
    '# S3',
    '',
    '## S3 Storage Classes',
    '',
    '* **Availability** - how readily available a service is',
    "    * S3 standard is 99.99% available, which means its not available 53 minutes a year",
    '    * S3 Standard-IA is 99.9% available',
    '',
  ].join('\n');
  const numeric = questions(note).filter((q) => q.kind === 'numeric');

  it('gives the answer away whichever of the two is asked', () => {
    const percent = numeric.find((q) => q.stem.includes('is _____ available, which means'));
    const minutes = numeric.find((q) => q.stem.includes('not available _____ a year'));
    expect(percent?.reasons).toContain('giveaway');
    expect(minutes?.reasons).toContain('giveaway');
  });

  it('gives nothing away when no time is stated beside the percentage', () => {
    const q = numeric.find((q) => q.stem.includes('Standard-IA is _____ available'));
    expect(q).toBeDefined();
    expect(q?.reasons).not.toContain('giveaway');
  });
});

describe('a definition asked by a property without its subject', () => {
  const note = [
    '# EC2',
    '',
    '- EBS Snapshot features:',
    '    - Fast Snapshot Restore (FSR): can be enabled for new and existing snapshots per AZ',
    '    - Recycle Bin: retains deleted snapshots for a retention period you set',
    '    - EBS Snapshot Archive: moves a snapshot to an archive tier for long-term storage',
    '    - Data Lifecycle Manager: automates the creation and deletion of snapshots',
    '',
  ].join('\n');

  it('is a fragment: "can be enabled for new and existing snapshots per AZ" says where it is switched on, not what it does', () => {
    const q = questions(note).find((x) => x.kind === 'definition' && x.stem.includes('can be enabled'));
    expect(q?.reasons).toContain('fragment');
  });

  it('is not a fragment when the description says what the term does ("do some work" for a Task state)', () => {
    const states = [
      '# AWS Step Functions',
      '',
      '- States:',
      '    - Choice: test for a condition to send to a branch',
      '    - Fail/Succeed: stop execution with failure or success',
      '    - Pass: simply pass its input to its output',
      '    - Task: do some work',
      '',
    ].join('\n');
    const q = questions(states).find((x) => x.kind === 'definition' && x.stem.includes('"do some work"'));
    expect(q).toBeDefined();
    expect(q?.reasons).not.toContain('fragment');
  });
});

describe('a definition whose description says the answer in other words', () => {
  it('takes "targets to which data is loaded" for Destinations for a giveaway', () => {
    const note = [
      '# Kinesis Data Firehose',
      '',
      '* **Producers** - send records to Firehose, such as KDS, CloudWatch or the Kinesis Agent',
      '* **Transformation** - optional Lambda function that transforms records before delivery',
      '* **Buffer** - records are accumulated by size or time before each write',
      '* **Destinations** - targets to which data is loaded from KDF with batch writes',
      '',
    ].join('\n');
    const q = questions(note).find((x) => x.kind === 'definition' && x.stem.includes('targets to which data is loaded'));
    expect(q?.reasons).toContain('giveaway');
  });
});

describe('a service profile item', () => {
  const list = (key: string) =>
    ['## AWS DATABASES', '', 'Amazon DynamoDB', '', '- fully managed NoSQL database, serverless', '- no relations', '- scalable, performant, under ms time', '- search dynamo', '- create table', `- table name, primary ${key}`, '- items to view items', ''].join('\n');
  const profiles = (note: string) => questions(note).filter((x) => x.stem.includes('matches all of these descriptions'));

  it('is never quoted with a short word one letter from a well-known one ("primary kry"), or saying one word twice ("items to view items")', () => {
    for (const q of profiles(list('kry'))) {
      expect(q.stem).not.toContain('kry');
      expect(q.stem).not.toContain('items to view items');
    }
  });

  it('is quoted when the word is spelt right', () => {
    expect(profiles(list('key')).some((q) => q.stem.includes('"table name, primary key"'))).toBe(true);
  });
});

describe('a value its statement says can be raised to a bound ("_____ retention that can be increased to 35 days")', () => {
  const backups = (line: string) => ['# RDS', '', '* **RDS Backups**', '    * daily full backup during maintenance window', `    * ${line}`, ''].join('\n');
  const asked = (note: string) => questions(note).find((q) => q.kind === 'numeric' && q.stem.includes('retention that can be increased'));

  it('is ambiguous: every value up to the bound can be set', () => {
    expect(asked(backups('7 day retention that can be increased to 35 days'))?.reasons).toContain('ambiguous');
  });

  it('is asked when the statement says the value is the default', () => {
    const q = asked(backups('7 day default retention that can be increased to 35 days'));
    expect(q).toBeDefined();
    expect(q?.reasons).not.toContain('ambiguous');
  });
});

describe('a numeric statement with a short typo ("size maz 8KB")', () => {
  const tiers = (word: string) =>
    ['# Systems Manager Parameter Store', '', '- Tiers:', '  - Standard: 10K parameters, size max 4KB, no parameter policies', `  - Advanced: >10K parameters, size ${word} 8KB, parameter policies`, ''].join('\n');
  const advanced = (note: string) => questions(note).find((q) => q.kind === 'numeric' && q.stem.includes('>10K parameters'));

  it('is residue: the stem would show the note\'s typo', () => {
    expect(advanced(tiers('maz'))?.reasons).toContain('residue');
  });

  it('is not residue when the word is spelt right', () => {
    const q = advanced(tiers('max'));
    expect(q).toBeDefined();
    expect(q?.reasons).not.toContain('residue');
  });
});

describe('AWS owned and AWS managed KMS keys', () => {
  it('are never offered for each other: "managed and used by AWS on the customer\'s behalf" fits both', () => {
    const note = [
      '# KMS',
      '',
      '* **Types of Encryption Keys within AWS** - various kinds of encryption keys available in AWS:',
      '    * *AWS Owned Keys* -> collection of CMKs that an AWS service owns and manages for multiple accounts',
      "    * *AWS Managed KMS Key* -> created/managed/used by AWS on the customer's behalf, only used by AWS services",
      '    * *Customer Managed CMK* -> create/manage/used by client and can be enabled/disabled, define rotation policy, bring own key',
      '    * *CloudHSM Keys* -> keys generated from your own CloudHSM hardware device',
      '',
    ].join('\n');
    const all = questions(note);
    const managed = all.filter((q) => q.answers.some((a) => q.options[a] === 'AWS Managed KMS Key'));
    const owned = all.filter((q) => q.answers.some((a) => q.options[a] === 'AWS Owned Keys'));
    expect(managed.length + owned.length).toBeGreaterThan(0);
    for (const q of managed) expect(q.options, q.stem).not.toContain('AWS Owned Keys');
    for (const q of owned) expect(q.options, q.stem).not.toContain('AWS Managed KMS Key');
  });
});

describe('the last two reviews', () => {
  it('take "storage automatically grows" for Auto Expanding for a giveaway', () => {
    const note = [
      '# Aurora',
      '',
      '* **Self Healing** - easily handles corrupted data with peer-to-peer replication',
      '* **Auto Expanding** - storage automatically grows without the need of monitoring or provisioning',
      '* **Self Replicating** - 6 copies of your data across 3 AZs',
      '* **Automatic fail-over** - a replica is promoted to primary in less than 30 seconds',
      '',
    ].join('\n');
    const q = questions(note).find((x) => x.kind === 'definition' && x.stem.includes('storage automatically grows'));
    expect(q?.options).toContain('Automatic fail-over');
    expect(q?.reasons).toContain('giveaway');
  });

  it('never name a service twice in a context ("AWS GuardDuty (Amazon GuardDuty)")', () => {
    const note = [
      '# Security',
      '',
      '## AWS GuardDuty',
      '',
      '* **AWS GuardDuty**',
      '    * **VPC Flow Logs** - unusual traffic / ip address',
      '    * **DNS Logs** - compromised EC2 instances sending encoded data within DNS queries',
      '    * **CloudTrail Events Logs** - unusual API calls, unauthorized deployments',
      '    * **Kubernetes Audit Logs** - suspicious activities / potential EKS cluster compromises',
      '',
      '## Detective',
      '',
      '* **Detective** - finds the root cause of security issues using ML and graphs',
      '    * **VPC Flow Logs** - one of the sources it analyses with CloudTrail and GuardDuty findings',
      '',
    ].join('\n');
    const all = questions(note).filter((q) => q.stem.includes('VPC Flow Logs') || q.options.includes('VPC Flow Logs'));
    expect(all.length).toBeGreaterThan(0);
    for (const q of all) expect(q.stem).not.toMatch(/GuardDuty \(Amazon GuardDuty\)/);
  });
});
