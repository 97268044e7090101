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

describe('an answer written unlike every wrong option', () => {
  it('stands out shouted among names in plain case', () => {
    const note = [
      '# Kinesis Data Streams',
      '',
      '- **Producer** - sends records into the stream through the SDK, the KPL or the agent',
      '- **SHARD** - contains a sequence of data records, each with a sequence number and a blob of data',
      '- **Consumer** - reads records from the stream with the SDK, the KCL or Lambda',
      '- **Partition Key** - decides which shard a record goes to, hashed with MD5',
      '',
    ].join('\n');
    const q = questions(note).find((x) => x.kind === 'definition' && x.stem.includes('contains a sequence of data records'));
    expect(q?.reasons).toContain('unlike-options');
  });

  it('stands out as a bare acronym among names of several words', () => {
    const note = [
      '# Amazon EBS Snapshots',
      '',
      '- **EBS Snapshot Archive** - moves a snapshot to an archive tier that is 75% cheaper, restored in 24 to 72 hours',
      '- **Recycle Bin for EBS Snapshots** - keeps deleted snapshots for a retention period so they can be recovered',
      '- **FSR** - fully initialises a snapshot so that there is no latency on first use, at extra cost',
      '- **Amazon Data Lifecycle Manager** - creates, retains and deletes snapshots on a schedule',
      '',
    ].join('\n');
    const q = questions(note).find((x) => x.kind === 'definition' && x.stem.includes('no latency on first use'));
    expect(q?.reasons).toContain('unlike-options');
    const other = questions(note).find((x) => x.kind === 'definition' && x.stem.includes('on a schedule'));
    expect(other?.reasons ?? ['missing']).not.toContain('unlike-options');
  });
});

describe('a numeric statement that opens with its subject', () => {
  it('shows the statement without the subject the stem already names', () => {
    const note = '# AWS KMS\n\n- **Envelope Encryption** - encryption pattern used if you want to encrypt data that is more than 4 KB in size\n';
    const q = questions(note).find((x) => x.kind === 'numeric');
    expect(q?.stem).toMatch(/^Which value completes this statement about Envelope Encryption \(AWS KMS\): "encryption pattern used if you want to encrypt data that is more than _____ in size"\?$/);
  });

  it('keeps an arrow whole when it strips the subject ("Expedited -> retrieval")', () => {
    const note = '# Amazon S3 Glacier\n\n- **Expedited** -> retrieval in 1 to 5 minutes for urgent requests\n';
    const q = questions(note).find((x) => x.kind === 'numeric');
    expect(q?.stem).toMatch(/: "retrieval in 1 to _____ for urgent requests"\?$/);
  });
});

describe('facts AWS has changed since the notes', () => {
  it('keeps Google GCM and the old gp3 ceiling out of exams', () => {
    const sns = '# Amazon SNS\n\n- **Direct Publish** - for mobile app SDKs; works with Google GCM, Apple APNS and Amazon ADM\n- **Topic Publish** - publish to a topic that fans out to all of its subscribers\n- **Mobile Push** - send notifications straight to apps on phones\n- **SMS** - text messages to phone numbers in many countries\n';
    const gcm = questions(sns).filter((x) => x.explanation.includes('GCM'));
    expect(gcm.length).toBeGreaterThan(0);
    expect(gcm.every((x) => x.reasons.includes('outdated'))).toBe(true);
    const ebs = '# Amazon EBS\n\n- **io1 / io2** - for critical business applications that need more than 16000 IOPS\n';
    const iops = questions(ebs).filter((x) => x.kind === 'numeric' && x.explanation.includes('16000 IOPS'));
    expect(iops.length).toBeGreaterThan(0);
    expect(iops.every((x) => x.reasons.includes('outdated'))).toBe(true);
  });
});

describe('a number the stem lets one work out', () => {
  it('gives away a value two others multiply to ("3 IOPS per GB ... at 5334 GB")', () => {
    const note = '# Amazon EBS\n\n- **gp2** - size of volume and IOPS linked, 3 IOPS per GB, max of 16000 IOPS at 5334 GB\n';
    const qs = questions(note).filter((x) => x.kind === 'numeric');
    expect(qs.length).toBeGreaterThan(0);
    expect(qs.every((x) => x.reasons.includes('giveaway'))).toBe(true);
  });

  it('leaves unrelated numbers alone', () => {
    const note = '# Amazon EBS\n\n- **gp3** - baseline of 3000 IOPS and 125 MiB/s regardless of the volume size\n';
    const q = questions(note).find((x) => x.kind === 'numeric' && x.explanation.includes('3000'));
    expect(q?.reasons ?? ['missing']).not.toContain('giveaway');
  });
});

describe('a description of generic words only', () => {
  it('fits any option ("provided by AWS")', () => {
    const note = [
      '# AMI sources',
      '',
      '- **A public AMI** - provided by AWS',
      '- **Your own AMI** - you make and maintain the image yourself, for faster boot',
      '- **AWS Marketplace AMI** - an image someone else made and may sell',
      '- **Shared AMI** - an image another account shares with yours',
      '',
    ].join('\n');
    const q = questions(note).find((x) => x.kind === 'definition' && x.stem.includes('"provided by AWS"'));
    expect(q?.reasons).toContain('ambiguous');
  });
});

describe('more kinds of wrong option and giveaway', () => {
  it('gives away an API name the answer spells out word by word (DeleteQueue)', () => {
    const note = [
      '# Amazon SQS API',
      '',
      '- `CreateQueue` -> creates a queue and optionally sets how long messages are retained',
      '- `DeleteQueue` -> deletes an existing queue',
      '- `PurgeQueue` -> removes all messages in a queue',
      '- `SendMessage` -> puts a message into the queue, optionally with a delay',
      '',
    ].join('\n');
    const q = questions(note).find((x) => x.kind === 'term' && x.stem.includes('DeleteQueue'));
    expect(q?.reasons).toContain('giveaway');
    const purge = questions(note).find((x) => x.kind === 'term' && x.stem.includes('PurgeQueue'));
    expect(purge?.reasons ?? ['missing']).not.toContain('giveaway');
  });

  it('never offers a quality ("Near Real Time") as a wrong option among things', () => {
    const note = [
      '# Amazon Data Firehose',
      '',
      '- **Producers** - push records into the delivery stream',
      '- **Buffer** - accumulates data before it is sent to a destination',
      '- **Destinations** - targets the data is loaded into with batch writes',
      '- **Near Real Time** - 60 s latency minimum for batches that are not full',
      '- **Transformations** - a Lambda function may change each record on the way',
      '',
    ].join('\n');
    const offered = questions(note)
      .filter((x) => x.kind === 'definition')
      .flatMap((x) => x.options.filter((_, i) => !x.answers.includes(i)));
    expect(offered).toContain('Buffer');
    expect(offered).not.toContain('Near Real Time');
  });

  it('never offers a table row one item may also fit (Document beside Key-value)', () => {
    const note = [
      '# Database types',
      '',
      '| Database type | AWS Service |',
      '| --- | --- |',
      '| Relational | Amazon RDS, Amazon Aurora |',
      '| Key-value | Amazon DynamoDB |',
      '| Document | Amazon DocumentDB |',
      '| In-memory | Amazon ElastiCache |',
      '| Graph | Amazon Neptune |',
      '| Wide column | Amazon Keyspaces |',
      '',
    ].join('\n');
    const q = questions(note).find((x) => x.kind === 'table' && x.stem.includes('Amazon DynamoDB'));
    expect(q?.options).toContain('Key-value');
    expect(q?.options).not.toContain('Document');
    expect(q?.options).not.toContain('In-memory');
  });
});

describe('a wrong option the description names', () => {
  it('is not offered ("objects stored in buckets" beside "Buckets")', () => {
    const note = [
      '# Amazon S3',
      '',
      '- **Buckets** - containers for objects, with a globally unique name, defined at the region level',
      '- **Objects** - files stored in buckets, with a key that is the full path, up to 5 TB each',
      '- **Versioning** - keeps every version of an object under the same key, enabled at the bucket level',
      '- **Static Website Hosting** - serves a website from a bucket at a regional URL',
      '- **Replication** - copies objects to another bucket asynchronously',
      '',
    ].join('\n');
    const q = questions(note).find((x) => x.kind === 'definition' && x.stem.includes('files stored in buckets'));
    expect(q?.options ?? []).not.toContain('Buckets');
  });
});

describe('an acronym of the answer in the stem', () => {
  const note = [
    '# Database workloads',
    '',
    '- **Online Transactional Processing** - OLTP is centred on many small, regular and repeatable business transactions',
    '- **Online Analytical Processing** - complex queries over large volumes of historical data for reports',
    '- **Online Batch Processing** - large jobs run on a schedule over accumulated records',
    '- **Stream Processing** - records handled one by one as they arrive, within seconds',
    '',
  ].join('\n');

  it('gives the answer away (OLTP for Online Transactional Processing, the L inside On-line)', () => {
    const q = questions(note).find((x) => x.kind === 'definition' && x.stem.includes('OLTP is'));
    expect(q?.reasons).toContain('giveaway');
  });

  it('does not fault a stem whose acronym fits no option', () => {
    const q = questions(note).find((x) => x.kind === 'definition' && x.stem.includes('complex queries'));
    expect(q?.reasons ?? ['missing']).not.toContain('giveaway');
  });
});

describe('a numeric fact under a label of the note', () => {
  it('is asked about the service, not the label ("The Basics", "Cost")', () => {
    const note = '# Amazon CloudWatch\n\n- **Cost** : basic monitoring sends EC2 metrics every 5 minutes for free\n';
    const q = questions(note).find((x) => x.kind === 'numeric');
    expect(q?.stem).toBe('Which value completes this statement about Amazon CloudWatch: "basic monitoring sends EC2 metrics every _____ for free"?');
  });

  it('keeps a subject that names a kind ("Standard workflow type")', () => {
    const note = '# AWS Step Functions\n\n- **Standard workflow type** - max duration of 1 year, exactly-once execution\n';
    const q = questions(note).find((x) => x.kind === 'numeric');
    expect(q?.stem).toContain('about Standard workflow type');
  });
});

describe('members a family marks as alike', () => {
  it('are never offered for each other (Step and Simple Scaling both act on an alarm)', () => {
    const note = [
      '# ECS Service Auto Scaling',
      '',
      '- **Target Tracking** - keeps a CloudWatch metric at a target value',
      '- **Step Scaling** - based on CloudWatch Alarm',
      '- **Simple Scaling** - one adjustment per alarm, then a cooldown',
      '- **Scheduled Scaling** - based on a specific date and time',
      '',
    ].join('\n');
    const q = questions(note).find((x) => x.kind === 'definition' && x.stem.includes('based on CloudWatch Alarm'));
    expect(q?.options).toContain('Step Scaling');
    expect(q?.options ?? []).not.toContain('Simple Scaling');
  });
});

describe('a count that ensures resilience', () => {
  it('is no question when larger counts are as true and only one smaller is left', () => {
    const note = '# AWS Global Infrastructure\n\n- **Availability Zones** - making use of 2 AZs in one Region ensures your infrastructure stays resilient\n';
    expect(questions(note).filter((x) => x.kind === 'numeric' && x.score >= 0.6)).toHaveLength(0);
  });

  it('keeps a plain count ("replication across 3 AZs")', () => {
    const note = '# Amazon DynamoDB\n\n- **DynamoDB** - fully managed, highly available NoSQL database with replication across 3 AZs\n';
    const q = questions(note).find((x) => x.kind === 'numeric');
    expect(q?.options.length).toBe(4);
  });
});

describe('look-alike members in the shipped families', () => {
  it('pairs services and scan targets a short description fits alike', async () => {
    const { bundledFamilies, lookAlike } = await import('../../src/extract/families.js');
    const families = bundledFamilies();
    expect(lookAlike('AWS DataSync', 'AWS Snow Family', families)).toBe(true);
    expect(lookAlike('Snowball', 'DataSync', families)).toBe(true);
    expect(lookAlike('Lambda Functions', 'EC2 Instances', families)).toBe(true);
    expect(lookAlike('AWS DataSync', 'AWS Transfer Family', families)).toBe(false);
    expect(lookAlike('Scheduled Scaling', 'Target Tracking', families)).toBe(false);
  });
});

describe('a data size beside throughput', () => {
  it('is a rate missing its time unit ("10 GB+ throughput")', () => {
    const note = '# Amazon EFS\n\n- **Scale** - 1000s of concurrent NFS clients, 10 GB+ throughput, grows to petabyte scale\n';
    const q = questions(note).find((x) => x.kind === 'numeric' && x.explanation.includes('10 GB'));
    expect(q?.reasons).toContain('fragment');
  });
});

describe('a period the stem names', () => {
  it('gives away its length ("accessed once a quarter, minimum _____" for 90 days)', () => {
    const note = '# Amazon S3 Glacier\n\n- **Instant Retrieval** - ms retrieval, great for data accessed once a quarter, minimum 90 days of storage\n';
    const q = questions(note).find((x) => x.kind === 'numeric' && x.explanation.includes('90 days'));
    expect(q?.reasons).toContain('giveaway');
  });

  it('leaves a length the period does not say alone', () => {
    const note = '# Amazon S3 Glacier\n\n- **Flexible Retrieval** - data accessed once a quarter, minimum 60 days of storage\n';
    const q = questions(note).find((x) => x.kind === 'numeric' && x.explanation.includes('60 days'));
    expect(q?.reasons ?? ['missing']).not.toContain('giveaway');
  });
});

describe('facts corrected since the last review', () => {
  it('keeps the note slip "environment variables: 5 KB" and a yearly customer key rotation out of exams', () => {
    const lambda = '# AWS Lambda\n\n- **Deployment**\n    - compressed deployment size (.zip): 50 MB\n    - environment variables: 5 KB\n';
    const env = questions(lambda).filter((x) => x.kind === 'numeric' && x.explanation.includes('5 KB'));
    expect(env.length).toBeGreaterThan(0);
    expect(env.every((x) => x.reasons.includes('outdated'))).toBe(true);
    const kms = '# AWS KMS\n\n- **Customer Managed CMK** - created and managed by you\n    - if enabled automatic rotation every 1 year\n';
    const rotation = questions(kms).filter((x) => x.kind === 'numeric' && x.explanation.includes('1 year'));
    expect(rotation.length).toBeGreaterThan(0);
    expect(rotation.every((x) => x.reasons.includes('outdated'))).toBe(true);
  });
});

describe('short verbs in two forms', () => {
  it('give an answer away ("an AWS service owns" for AWS Owned Keys)', () => {
    const note = [
      '# AWS KMS',
      '',
      '- *AWS Owned Keys* -> collection of keys that an AWS service owns and manages for many accounts',
      '- *AWS Managed Keys* -> created and used on the customer behalf by AWS services, in your account',
      '- *Customer Managed Keys* -> created, rotated and disabled by the customer, with its own key policy',
      '- *CloudHSM Keys* -> generated from your own hardware security module device',
      '',
    ].join('\n');
    const q = questions(note).find((x) => x.kind === 'definition' && x.stem.includes('owns and manages'));
    expect(q?.reasons).toContain('giveaway');
  });
});

describe('a PTR record said to be attached to an email', () => {
  it('is a note error kept out of exams', () => {
    const note = '# Amazon Route 53\n\n- `MX` - mail exchange: the servers that accept email for a domain\n- `PTR` - a piece of information attached to an email to verify that sender matches ip address it claims to be. Known as reverse DNS lookup\n- `TXT` - text records such as SPF and DKIM\n- `SOA` - start of authority: the zone\'s primary name server and timers\n';
    const ptr = questions(note).filter((x) => x.explanation.includes('attached to an email'));
    expect(ptr.length).toBeGreaterThan(0);
    expect(ptr.every((x) => x.reasons.includes('outdated'))).toBe(true);
  });
});

describe('a registrar said to assign IP addresses', () => {
  it('is a note error kept out of exams', () => {
    const note = '# DNS\n\n- **Domain Registrar** - handles reservation of domain names and IP address assignments\n- **DNS Resolver** - servers that resolve DNS queries for clients\n- **Zone File** - holds the DNS records of a domain\n- **Name Server** - answers DNS queries for a zone\n';
    const qs = questions(note).filter((x) => x.explanation.includes('IP address assignments'));
    expect(qs.length).toBeGreaterThan(0);
    expect(qs.every((x) => x.reasons.includes('outdated'))).toBe(true);
  });
});

describe('a few words under a bare service name', () => {
  it('is a fragment ("Lambda: 1 minute wait after 1st fail", "S3: 99.99% availability")', () => {
    const lambda = '# AWS Lambda\n\n- 1 minute wait after 1st fail\n- runs code without servers that you manage\n';
    const s3 = '# S3\n\n- 99.99% availability\n- 11 9s of durability across AZs for every object stored\n';
    for (const note of [lambda, s3]) {
      const q = questions(note).find((x) => x.kind === 'numeric' && /1 minute|99\.99%/.test(x.explanation));
      expect(q?.reasons).toContain('fragment');
    }
  });

  it('leaves a full statement under a service alone', () => {
    const note = '# Lambda\n\n- **Lambda** : a function runs for at most 15 minutes before it is stopped\n';
    const q = questions(note).find((x) => x.kind === 'numeric');
    expect(q?.reasons ?? ['missing']).not.toContain('fragment');
  });
});
