/** Causes found by the seventh blind review (seed 4711), each as a rule over any note. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { answersOf, catalog } from './helpers.js';

const questions = (note: string) => extract(note, 'review7.md', catalog).questions;

describe('table rows that name one item alike', () => {
  const note = [
    '# Databases',
    '',
    'Database Type | Use Cases | Service',
    '-|-|-',
    'Relational | Traditional applications, ERP, CRM, e-commerce | Amazon RDS',
    'Key-value | High-traffic web apps, e-commerce systems, gaming applications | Amazon DynamoDB',
    'In-memory | Caching, session management, gaming leader boards | Amazon ElastiCache',
    'Document | Content management, catalogs, user profiles | Amazon DocumentDB',
    'Graph | Fraud detection, social networking, recommendation engines | Amazon Neptune',
    'Ledger | Systems of record, supply chain, banking transactions | Amazon QLDB',
    '',
  ].join('\n');

  it('never sit in one question: "e-commerce" and "gaming" are not offered beside the key-value row', () => {
    const q = questions(note).find((x) => x.kind === 'table' && x.stem.startsWith('For the Key-value'));
    expect(q).toBeDefined();
    const wrong = q!.options.filter((o) => !answersOf(q!).includes(o));
    expect(wrong).toHaveLength(3);
    for (const w of wrong) expect(w).not.toMatch(/e-commerce|gaming/);
  });

  it('still offer rows that share only filler words ("management")', () => {
    const q = questions(note).find((x) => x.kind === 'table' && x.stem.startsWith('For the In-memory'));
    expect(q?.options.some((o) => o.startsWith('Content management'))).toBe(true);
  });
});

describe('a list under a heading that names its kind', () => {
  const note =
    '# AWS IAM\n\n**IAM Policy Types**\n\n- Identity Based : attached to users, groups and roles to grant them permissions\n- Resource Based : attached to a resource such as a bucket, naming the principal\n- Permission Boundaries : cap the permissions an identity-based policy can grant\n- Service Control Policies : cap the permissions of the accounts of an organization\n';

  it('asks for that kind, not for a "term", and names the service once', () => {
    const q = questions(note).find((x) => x.kind === 'definition' && x.stem.includes('bucket'));
    expect(q?.stem).toMatch(/^In the context of AWS IAM, which policy type matches this description: "attached to a resource/);
  });

  it('keeps "term" when the heading is not a kind', () => {
    const plain = note.replace('**IAM Policy Types**', '**Ways to grant access**');
    const q = questions(plain).find((x) => x.kind === 'definition' && x.stem.includes('bucket'));
    expect(q?.stem).toMatch(/which term /);
  });
});

describe('descriptions that are bare lists of words', () => {
  const note =
    '# Kinesis Data Streams\n\n## Kinesis Security\n\n- Administrators : Create, Delete, Tags\n- Producers : Writing, Put, Describe\n- Consumers : Read, Get, Describe\n- Resharding : Merge, Split\n';

  it('are not asked as "which term matches": they name nothing to match', () => {
    const qs = questions(note).filter((x) => x.kind === 'definition' || x.kind === 'term');
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) expect(q.reasons).toContain('fragment');
  });
});

describe('descriptions in the second person', () => {
  it('give away "Your own AMI" when asked as a definition', () => {
    const note =
      '# Amazon EC2\n\n## AMI\n\n* you can launch EC2 instances from:\n    * *A public AMI* - provided by AWS for everyone to launch\n    * *Your own AMI* - you make and maintain them\n    * *AWS Marketplace AMI* - an AMI someone else made and potentially sells\n    * *Shared AMI* - an AMI another account shared with this one\n';
    const q = questions(note).find((x) => x.kind === 'definition' && x.stem.includes('maintain'));
    expect(q?.reasons).toContain('giveaway');
  });
});

describe('numbers in a clause without its subject', () => {
  it('are fragments ("if after 1 minute does not work")', () => {
    const note =
      '# DynamoDB\n\n## Exponential Backoff\n\n- retries with longer waits each time\n- if after 1 minute does not work, your request size may be exceeding the throughput\n- if the table is throttled for 5 minutes the alarm fires\n';
    const qs = questions(note).filter((x) => x.kind === 'numeric');
    expect(qs.find((x) => x.stem.includes('if after'))?.reasons).toContain('fragment');
    expect(qs.find((x) => x.stem.includes('throttled for'))?.reasons ?? ['missing']).not.toContain('fragment');
  });
});

/** Causes found by the eighth blind review (seed 9090). */
describe('eighth review: a line the list item swallowed', () => {
  it('makes the description a run-on fragment', () => {
    const note =
      '# Elastic Beanstalk\n\nTwo types of Beanstalk environments:\n  - _Web server environment_: serve web applications on the Internet\n  - _Worker environment_: use in background SQS processing for decoupling applications\nEnvironments are deployed via CloudFormation stack (behind the scenes)\n';
    const q = questions(note).find((x) => x.kind === 'definition' && x.stem.includes('decoupling'));
    expect(q?.reasons).toContain('fragment');
  });
});

describe("eighth review: a service's part in another service's feature", () => {
  it('is ambiguous asked as "which AWS service", also under a sub-heading of that service', () => {
    const note =
      '# Amazon CloudWatch\n\n## Logs\n\n- Sources:\n  - **Elastic Beanstalk**: collection from application\n  - **ECS**: collection from containers\n  - **AWS Lambda**: collection from function logs\n  - **Route 53**: log DNS queries\n';
    const qs = questions(note).filter((x) => x.kind === 'definition' && /which AWS service/.test(x.stem));
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) expect(q.reasons).toContain('ambiguous');
  });
});

describe('eighth review: steps named like terms', () => {
  it('never offers "Respond to request" among API Gateway terms', () => {
    const note =
      "# API Gateway\n\n- Respond to request: Lambda, HTTP Endpoints, other AWS services\n- Deployments -> snapshot of API's resources and methods\n- Stages -> dev, prod, beta with their own settings\n- Caching -> set capacity, encryption, TTL, per-key invalidation\n- Dashboard -> API calls, latency and errors at a glance\n";
    const q = questions(note).find((x) => x.kind === 'definition' && x.stem.includes('snapshot'));
    expect(q?.options).not.toContain('Respond to request');
  });
});

describe('eighth review: swapped letters in short common words', () => {
  it('shows "taht" as "that"', () => {
    const note =
      '# Elastic Beanstalk\n\n- **Application Version** : a labelled iteration of deployable code for a web application\n- **Environment** : refers to application version taht has been deployed on AWS with its resources\n- **Environment Tier** : how Elastic Beanstalk provisions resources based on the application\n- **Configuration Template** : a starting point for creating unique environment configurations\n';
    const q = questions(note).find((x) => x.kind === 'definition' && x.stem.includes('deployed on AWS'));
    expect(q?.stem).toContain('version that has been deployed');
  });
});

/** Causes found by the ninth blind review (seed 31337). */
describe('ninth review', () => {
  it('asks no step written like a name ("Respond to request") as a term', () => {
    const note =
      "# API Gateway\n\n- Respond to request: Lambda, HTTP Endpoints, other AWS services\n- Deployments -> snapshot of API's resources and methods\n- Stages -> dev, prod, beta with their own settings\n- Caching -> set capacity, encryption, TTL, per-key invalidation\n";
    const q = questions(note).find((x) => x.kind === 'term' && x.stem.includes('Respond to request'));
    expect(q?.reasons).toContain('weak-term');
  });

  it("asks no service's age ('oldest offering - over 10 years')", () => {
    const note = '# SQS\n\n- oldest offering - over 10 years\n- messages are kept for 4 days by default\n';
    const qs = questions(note).filter((x) => x.kind === 'numeric');
    expect(qs.find((x) => x.stem.includes('oldest'))?.reasons).toContain('trivial');
    expect(qs.find((x) => x.stem.includes('kept for'))?.reasons ?? ['missing']).not.toContain('trivial');
  });

  it('counts note shorthand such as "txn" and "Std" as residue', () => {
    const note =
      '# Kinesis\n\n## Consumers\n\n- Std Consumer : 5 txn at 2MB/s per shard shared by all consumers\n- Enhanced fan-out consumer : 2 MB/s per consumer per shard pushed over HTTP/2\n- Lambda Consumer : polls the shard and invokes a function in batches\n- KCL Consumer : a library that checkpoints its progress in DynamoDB\n';
    const q = questions(note).find((x) => x.kind === 'definition' && x.stem.includes('txn'));
    expect(q?.reasons).toContain('residue');
  });
});

/** Causes found by the tenth blind review (seed 2468). */
describe('tenth review', () => {
  it('keeps the context clear of the answer\'s aside ("NACL & Security Groups" for "Network ACL (NACL)")', () => {
    const note =
      '# Networking - VPC\n\n## NACL & Security Groups\n\n- **Network ACL (NACL)** - a firewall which controls traffic from and to a subnet\n- **Security Groups** - a firewall that controls traffic to and from an ENI or an EC2 instance\n- **Route Table** - a set of rules that decides where network traffic is directed\n- **Internet Gateway** - lets resources in a public subnet reach the internet\n';
    const q = questions(note).find((x) => x.kind === 'definition' && x.stem.includes('from and to a subnet'));
    expect(q?.stem ?? '').not.toMatch(/NACL/);
  });

  it('asks no half of "24hrs or 7 days"', () => {
    const note = '# Serverless\n\n- no maintenance of VMs. No 24hrs or 7 days a week payment\n- functions time out after 15 minutes at most\n';
    const stems = questions(note).filter((x) => x.kind === 'numeric').map((x) => x.stem);
    expect(stems.some((s) => s.includes('payment'))).toBe(false);
    expect(stems.some((s) => s.includes('time out'))).toBe(true);
  });

  it('names the service, not a "Usage Process" heading, in a steps question', () => {
    const note =
      '# AWS Snow Family\n\n## Usage Process\n\n1. Request devices from the AWS console for delivery\n2. Install the Snowball client on your servers\n3. Connect the devices to the servers and copy with the client\n4. Ship the devices back to AWS\n5. The data is loaded into an S3 bucket\n';
    const q = questions(note).find((x) => x.kind === 'steps');
    expect(q?.stem).toMatch(/^In AWS Snow/);
  });
});
