import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexCatalog } from '../../src/core/catalog.js';
import type { Question, Service } from '../../src/core/types.js';
import { extract } from '../../src/extract/index.js';
import { answersOf, catalog } from './helpers.js';

/** Rules found by blind reviews of exam-eligible questions: each rejects a class and keeps its look-alike. */

const full = indexCatalog(JSON.parse(readFileSync(new URL('../../data/catalog/services.json', import.meta.url), 'utf8')) as Service[]);
const all = (note: string, cat = catalog): Question[] => extract(note, 'review.md', cat).questions;
const term = (note: string, anchor: string, cat = catalog) => all(note, cat).find((q) => q.kind === 'term' && q.stem.endsWith(`describes ${anchor}?`));
const definition = (note: string, answer: string, cat = catalog) => all(note, cat).find((q) => q.kind === 'definition' && answersOf(q)[0] === answer);
const numeric = (note: string, answer: string, cat = catalog) => all(note, cat).find((q) => q.kind === 'numeric' && answersOf(q)[0] === answer);

describe('terms that mean nothing on their own', () => {
  const note = (name: string) =>
    `# CloudFront\n\n* **Caching Policies** - add headers, cookies and query strings to cache keys\n* **${name}** - only specified headers are included in the request to the origin\n* **Origin Groups** - a secondary origin in case the primary fails\n* **Field Level Encryption** - encrypt specific fields at the edge\n`;

  it.each([['None'], ['Whitelist'], ['Resources'], ['Options'], ['Important Ques']])('rejects "%s" as a weak term', (name) => {
    expect(term(note(name), name)?.reasons).toContain('weak-term');
  });

  it('keeps a named feature of the same list', () => {
    expect(term(note('Cache Behaviors'), 'Cache Behaviors')?.reasons).toEqual([]);
  });

  it.each([['SQS allows for'], ["'Scaling policies"]])('rejects the cut-off term "%s"', (name) => {
    expect(term(note(name), name)?.reasons).toContain('weak-term');
  });

  it('rejects a sales figure used as a term ("10x performance improvement")', () => {
    expect(term(note('10x performance improvement'), '10x performance improvement')?.reasons).toContain('trivial');
  });

  it('keeps a term with a number that is a name ("Price Class 100")', () => {
    expect(term(note('Price Class 100'), 'Price Class 100')?.reasons).not.toContain('trivial');
  });
});

describe('console walk-throughs', () => {
  const storage = (demo: string) =>
    `# Storage\n\n* **Block Storage** - data split into fixed-size blocks on a volume\n* **Object Storage** - data stored as objects with metadata in a flat namespace\n* **File Storage** - data kept in a hierarchy of folders shared over a network\n${demo}`;

  it('rejects a term that is a console step ("Search s3")', () => {
    expect(term(storage('* **Search s3** - create a bucket, region specific, bucket has a URL\n'), 'Search s3')?.reasons).toContain('click-steps');
  });

  it('rejects what sits under a "Demo" lead-in', () => {
    const note = storage('* Demo\n    * **Bucket** - create it in one region, it gets a URL\n    * **Upload** - add files to the bucket from the console\n');
    expect(term(note, 'Bucket')?.reasons).toContain('click-steps');
  });

  it('keeps the terms of the same note outside the walk-through', () => {
    const note = storage('* Demo\n    * **Bucket** - create it in one region, it gets a URL\n');
    expect(term(note, 'Block Storage')?.reasons).not.toContain('click-steps');
  });

  it('keeps a service whose name starts like a step ("OpenSearch")', () => {
    expect(term(storage('* **OpenSearch** - search and analytics engine for log data\n'), 'OpenSearch')?.reasons).not.toContain('click-steps');
  });
});

describe('a service described by its part in another service', () => {
  const logs = (name: string) =>
    `# CloudWatch\n\n* **${name}** - collection from function logs\n* **ECS** - collection from containers\n* **Elastic Beanstalk** - collection from the application\n* **VPC Flow Logs** - VPC specific network logs\n`;

  it('rejects "In the context of CloudWatch, what best describes AWS Lambda?"', () => {
    expect(term(logs('AWS Lambda'), 'AWS Lambda')?.reasons).toContain('ambiguous');
  });

  it('keeps a feature named after a service ("Security Groups" in EC2)', () => {
    const ec2 = '# EC2\n\n* **Security Groups** - firewall attached to the instance\n* **User Data** - script run on the first start of an instance\n* **Instance Role** - permissions of the instance through an IAM role\n* **Key Pair** - credentials to log in over SSH on port 22\n';
    expect(term(ec2, 'Security Groups', full)?.reasons).not.toContain('ambiguous');
  });

  it('rejects a number about a service named under another service\'s heading', () => {
    const note = '# CloudWatch\n\n## Logs\n\n* **Send** to:\n    * **Amazon S3**\n        * can take up to 12 hours for log data to be available for export\n';
    expect(numeric(note, '12 hours')?.reasons).toContain('ambiguous');
  });

  it('keeps a number about the service its heading names', () => {
    const note = '# S3\n\n* **Amazon S3**\n    * objects larger than 5 GB must use multi-part upload\n';
    expect(numeric(note, '5 GB')?.reasons).not.toContain('ambiguous');
  });
});

describe('descriptions that are only a list of services', () => {
  const pillars = (text: string) =>
    `# Well-Architected\n\n* **Detective Controls** - ${text}\n* **Data Protection** - classify data and encrypt it at rest and in transit\n* **Incident Response** - prepare runbooks and automate the response\n* **Infrastructure Protection** - defend networks and hosts in layers\n`;

  it.each([['AWS Config, AWS CloudTrail, Amazon CloudWatch'], ['Amazon Kinesis, Amazon SQS, Amazon DynamoDB, etc'], ['ECS or EKS']])('rejects "%s"', (text) => {
    expect(definition(pillars(text), 'Detective Controls')?.reasons).toContain('ambiguous');
  });

  it('reads "Cost and Usage Report" as one service in a list', () => {
    expect(definition(pillars('Trusted Advisor, Cost and Usage Report'), 'Detective Controls', full)?.reasons).toContain('ambiguous');
  });

  it('never offers a list of services as a wrong description', () => {
    const q = term(pillars('AWS Config, AWS CloudTrail, Amazon CloudWatch'), 'Data Protection');
    expect(q?.options.filter((o) => o.includes('CloudTrail'))).toEqual([]);
  });

  it.each([['can trigger: SNS, SQS and Lambda as destination'], ['users, user groups and roles'], ['creates nodes (EC2 instances) for you, nodes are part of an ASG managed by EKS']])('keeps "%s"', (text) => {
    expect(definition(pillars(text), 'Detective Controls')?.reasons).not.toContain('ambiguous');
  });
});

describe('acronyms given away', () => {
  const redis = (aof: string) =>
    `# ElastiCache\n\n* **${aof}** - append Only File - logs every write operation received by the server\n* **Cluster Mode** - replication across multiple shards for scalability\n* **Multi-AZ** - automatic failover to a read replica in another AZ\n* **Cache Hit** - requested data is found in the cache\n`;

  it('rejects a description that spells out an acronym inside the answer ("Append Only File" for "AOF persistence")', () => {
    expect(definition(redis('AOF persistence'), 'AOF persistence')?.reasons).toContain('giveaway');
  });

  it('rejects a term question whose answer spells out the acronym asked', () => {
    expect(term(redis('AOF persistence'), 'AOF persistence')?.reasons).toContain('giveaway');
  });

  const records = (txt: string) =>
    `# Route 53\n\n* **TXT** - ${txt}\n* **SPF** - list of all IP addresses permitted to send emails on behalf of your domain\n* **PTR** - reverse DNS lookup from an IP address to a name\n* **SOA** - administrative information about the DNS zone\n`;

  it('rejects a description with a word in the acronym\'s outline ("text" for TXT)', () => {
    expect(definition(records('contains text information for sources outside of your domain'), 'TXT')?.reasons).toContain('giveaway');
    expect(term(records('contains text information for sources outside of your domain'), 'TXT')?.reasons).toContain('giveaway');
  });

  it('keeps an acronym whose letters the description does not spell', () => {
    expect(definition(records('holds free-form strings, often used to verify domain ownership'), 'TXT')?.reasons).toEqual([]);
    expect(term(records('contains text information for sources outside of your domain'), 'SPF')?.reasons).not.toContain('giveaway');
  });

  it('keeps an acronym spelled by the context alone ("Internet facing ELB" in Elastic Load Balancing)', () => {
    const elb = '# Elastic Load Balancing\n\n* **Internet facing ELB** - shields servers from external traffic and routes it onwards\n* **Listener** - checks for connection requests on a port and protocol\n* **Rules** - decide which target group a request is routed to\n* **Target Groups** - group of resources that receive the traffic\n';
    expect(definition(elb, 'Internet facing ELB', full)?.reasons).not.toContain('giveaway');
  });

  const queue = (dlq: string) =>
    `# SQS\n\n* Queue configuration:\n    * **Visibility timeout** - time a received message stays hidden\n    * **Receive message wait time** - max time polling will wait for messages\n    * **Access policy** - defines who can send and who can receive\n    * **DLQ** - ${dlq}\n`;

  it('rejects a stem that uses a word of the catalog expansion of the answer ("queue" for DLQ)', () => {
    expect(definition(queue('should be the same type as the main queue'), 'DLQ', full)?.reasons).toContain('giveaway');
  });

  it('keeps the acronym when the stem does not use its expansion', () => {
    expect(definition(queue('receives messages that failed processing too many times'), 'DLQ', full)?.reasons).not.toContain('giveaway');
  });
});

describe('answers that restate the term or compare with nothing', () => {
  const amis = (own: string) =>
    `# AMI\n\n* you can launch EC2 instances from:\n    * *A public AMI* - provided by AWS\n    * *Your own AMI* - ${own}\n    * *AWS Marketplace AMI* - an AMI someone else made and potentially sells\n    * *Shared AMI* - an AMI another account shared with you\n`;

  it('rejects "Your own AMI" -> "you make and maintain them"', () => {
    expect(term(amis('you make and maintain them'), 'Your own AMI')?.reasons).toContain('trivial');
  });

  it('keeps "A public AMI" -> "provided by AWS"', () => {
    expect(term(amis('you make and maintain them'), 'A public AMI')?.reasons).not.toContain('trivial');
  });

  const acls = (text: string) =>
    `# S3\n\n* **Object ACL** - ${text}\n* **Bucket ACL** - rules for the whole bucket, rarely used\n* **Bucket Policy** - JSON document granting access to a bucket\n* **IAM Policy** - JSON document granting access to a user or role\n`;

  it('rejects a comparison with nothing compared ("finer grain (can be disabled)")', () => {
    expect(definition(acls('finer grain (can be disabled)'), 'Object ACL')?.reasons).toContain('fragment');
  });

  it('keeps a comparison that says what it compares with', () => {
    expect(definition(acls('finer grain than the bucket ACL, per object'), 'Object ACL')?.reasons).not.toContain('fragment');
  });
});

describe('note text that is not a statement', () => {
  const note = (odd: string) =>
    `# CloudWatch\n\n* **Billing** - total estimated charge, only in us-east-1\n* **Usage Metrics** - how much a service API has been used\n* **EC2** - CPU utilization, status check, network\n* **Custom Metrics** - ${odd}\n`;

  it('keeps a noun clause that starts with "How"', () => {
    expect(term(note('anything else'), 'Usage Metrics')?.reasons).not.toContain('fragment');
  });

  it.each([
    ['fragment', 'What are minimum parameters needed in a template?'],
    ['residue', 'None - Whitelist - Include All-Except-All'],
    ['residue', 'delete ASG > delete ALB > delete EC2 instances'],
    ['residue', 'EC2 Cluster-*EC2 instances-*Task-*Container'],
  ])('rejects as %s a wrong option "%s"', (reason, odd) => {
    expect(term(note(odd), 'Usage Metrics')?.reasons).toContain(reason);
  });

  it.each([
    ['residue', 'healthy if > 18% of checkers report healthy'],
    ['residue', 'ReservoirRate + FixedRate*(TotalRequests-ReservoirRate)'],
    ['fragment', 'counts what happens, when and where'],
  ])('keeps as no %s a wrong option "%s"', (reason, odd) => {
    expect(term(note(odd), 'Usage Metrics')?.reasons).not.toContain(reason);
  });

  it('keeps a range written with a dash ("20 GiB - 200 GiB")', () => {
    expect(term(note('ephemeral storage - 20 GiB - 200 GiB'), 'Usage Metrics')?.reasons).not.toContain('residue');
  });

  it('rejects a "definition" that chains the steps of a process', () => {
    const sns = '# SNS\n\n* MPNS Process Create a platform application->Add endpoints->Publish messages\n* **Topics** - named channels that publishers write messages into\n* **Subscriptions** - endpoints that receive the messages of a topic\n* **Message Filtering** - JSON policy to filter messages sent to subscriptions\n';
    const q = all(sns).find((x) => x.kind === 'term' && x.stem.includes('MPNS'));
    expect(q?.reasons).toContain('fragment');
    const others = all(sns).filter((x) => !x.stem.includes('MPNS') && !answersOf(x).some((a) => a.includes('MPNS')));
    expect(others.flatMap((x) => x.options).filter((o) => o.includes('MPNS'))).toEqual([]);
  });

  it('keeps a definition with one arrow', () => {
    const sns = '# SNS\n\n* **Fan Out** -> push once into SNS, receive in many SQS queues\n* **Topics** - named channels that publishers write messages into\n* **Subscriptions** - endpoints that receive the messages of a topic\n* **Message Filtering** - JSON policy to filter messages sent to subscriptions\n';
    expect(term(sns, 'Fan Out')?.reasons).not.toContain('fragment');
  });
});

describe('value lists and worked sequences', () => {
  const agent = (cpu: string) =>
    `# CloudWatch Unified Agent\n\n* **Processor** - ${cpu}\n* **RAM** - free, inactive, used, total, cached memory\n* **Netstat** - TCP and UDP connection counts, packets and bytes\n* **Swap Space** - free and used swap in bytes and percent\n`;

  it('rejects a description that lists field values ("active / guest / idle / system")', () => {
    expect(definition(agent('active / guest / idle / system / user / steal'), 'Processor')?.reasons).toContain('trivial');
  });

  it('keeps a description written as a sentence', () => {
    expect(definition(agent('time spent active, idle or waiting'), 'Processor')?.reasons).not.toContain('trivial');
  });

  it('never offers a list of field values as a wrong description', () => {
    const q = term(agent('active / guest / idle / system / user / steal'), 'Netstat');
    expect(q?.options.filter((o) => o.includes(' / '))).toEqual([]);
  });

  it.each([['(50 ms, 100 ms, 200ms)', '200 ms'], ['(50 ms, 100 ms, 200ms)', '100 ms']])('rejects a number that completes the sequence %s', (seq, answer) => {
    const note = `# SDK\n\n* **Exponential Backoff**\n    * progressively longer waits between consecutive retries ${seq}\n`;
    expect(numeric(note, answer)?.reasons).toContain('trivial');
  });

  it('keeps two unrelated numbers in one statement', () => {
    const note = '# SQS\n\n* **Retention**\n    * default retention of messages is 4 days, max 14 days\n';
    expect(numeric(note, '4 days')?.reasons).not.toContain('trivial');
  });

  it('rejects a number that leans on text the question does not show ("in this scenario")', () => {
    const note = '# EC2\n\n* **Spot Instances**\n    * in this scenario can choose to stop or terminate the instance with a 2 minutes grace period\n';
    expect(numeric(note, '2 minutes')?.reasons).toContain('fragment');
  });

  it('rejects a number whose statement names only its bound ("max: 14 days")', () => {
    const note = '# SQS\n\n* **Standard Queue**:\n    * fully managed\n    * retention:\n        * default: 4 days\n        * max: 14 days\n';
    expect(numeric(note, '14 days')?.reasons).toContain('fragment');
  });

  it.each([
    ['max retention: 14 days', '14 days'],
    ['**Delay Queue**:\n        * default is 0 seconds\n        * max is 15 minutes', '0 seconds'],
  ])('keeps a bound that says what it bounds ("%s")', (line, answer) => {
    const note = `# SQS\n\n* **Standard Queue**:\n    * fully managed\n    * ${line}\n`;
    expect(numeric(note, answer)?.reasons).not.toContain('fragment');
  });

  it('keeps the same number stated on its own', () => {
    const note = '# EC2\n\n* **Spot Instances**\n    * when reclaimed you can stop or terminate the instance within a 2 minutes grace period\n';
    expect(numeric(note, '2 minutes')?.reasons).not.toContain('fragment');
  });
});

describe('wrong options that are also right', () => {
  const dns = '# DNS\n\n* **Root DNS Server** - managed by ICANN\n* **TLD DNS Server** - managed by IANA (branch of ICANN)\n* **SLD DNS Server** - managed by the domain registrar\n* **Local DNS Server** - assigned by your company or ISP\n* **Authoritative** - the customer can update the DNS records\n';

  it('never offers a sibling whose description contains the answer\'s ("managed by ICANN")', () => {
    expect(definition(dns, 'Root DNS Server')?.options).not.toContain('TLD DNS Server');
  });

  it('still offers siblings that say something else', () => {
    expect(definition(dns, 'Root DNS Server')?.options).toContain('Local DNS Server');
  });

  const kinesis = (typo: string) =>
    `# Kinesis Data Streams\n\n* **Partition Key** - defines which shard the record goes to\n* **${typo}** - the record's key as the producer sent it\n* **Data Blob** - the value itself\n* **Sequence no.** - where the record was in the shard\n`;

  it('rejects options that are one word misspelt ("Partion Key" beside "Partition Key")', () => {
    expect(definition(kinesis('Partion Key'), 'Partition Key')?.reasons).toContain('duplicate-options');
  });

  it('keeps versions that differ in a digit ("KCL 1.x" and "KCL 2.x")', () => {
    const kcl = '# Kinesis Data Streams\n\n* **KCL 1.x** - supports the shared consumer\n* **KCL 2.x** - supports shared and enhanced fan-out consumers\n* **Shard Splitting** - split a shard into two shards\n* **Merging Shards** - merge two shards into one shard\n';
    expect(definition(kcl, 'KCL 1.x')?.reasons).not.toContain('duplicate-options');
  });
});

describe('what a number is about', () => {
  it('names the owner of a lower-case label ("max memory: 2MB" under CloudFront Functions)', () => {
    const note = '# Lambda@Edge\n\n* **CloudFront Functions** - lightweight functions written in JavaScript\n    * max execution time: < 1 ms\n    * max memory: 2MB\n';
    expect(numeric(note, '2 MB')?.stem).toMatch(/about CloudFront Functions/);
  });

  it('names a lead-in despite a trailing aside ("Reserved (1 & 3 years)")', () => {
    const note = '# EC2\n\n## Purchasing Options\n\n* **Reserved** (1 & 3 years)\n    * up to 72% discount compared to On-demand\n    * reserve specific instance attributes\n';
    expect(numeric(note, '72%')?.stem).toMatch(/about Reserved/);
  });

  it('keeps an identifier in lower case as the subject ("gp3")', () => {
    const note = '# EBS\n\n* **Volume Types**\n    * **gp3**:\n        * baseline of 3000 IOPS and throughput of 125 MiB/s\n';
    expect(numeric(note, '3000 IOPS')?.stem).toMatch(/about gp3/);
  });

  it('says a service once ("about SQS", not "SQS (Amazon SQS)")', () => {
    const note = '# SQS\n\n* **SQS** - a queue service\n    * default retention of messages: 4 days, max: 14 days\n';
    expect(numeric(note, '4 days')?.stem).not.toMatch(/SQS \(Amazon SQS\)/);
  });
});
