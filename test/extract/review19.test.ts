/** Rules of the 19th stop: statements about curated family members side by side; lists of another family's kind lend no wrong options. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { loadCatalog } from '../../src/certs/data.js';
import { catalog } from './helpers.js';

const questions = (note: string) => extract(note, 'review19.md', catalog).questions;
const eligible = (note: string) => questions(note).filter((q) => q.score >= 0.6);
/** The shipped catalog, which files features under their services ("Sort Key" under DynamoDB). */
const shipped = loadCatalog();
const wrongOf = (q: { options: string[]; answers: number[] }) => q.options.filter((_, i) => !q.answers.includes(i));

// CloudFront Functions and Lambda@Edge share no head word: only the curated family says they are alternatives.
const edgeLists = (between: string[]) => [
  '# Amazon CloudFront',
  '',
  '* **CloudFront Functions**',
  '    * for high-scale, high-performance, latency-sensitive CDN customizations',
  '    * sub-ms startup time, millions of requests per second',
  '    * native feature of CloudFront (code managed entirely within CloudFront)',
  '    * free tier available, 1/6 price of the other kind',
  ...between,
  '* **Lambda@Edge**',
  '    * author functions in one AWS Region, then CloudFront replicates them to its locations',
  '    * no free tier, charged per request and duration',
  '    * scales to 1000s of requests per second',
  '    * more time to run, up to 5 seconds of execution',
  '',
].join('\n');
const edge = edgeLists([]);

describe('members of one curated family listed side by side', () => {
  it('are asked about with statements of the other as wrong options', () => {
    const asked = eligible(edge).filter((q) => q.kind === 'statement' && q.stem.includes('about CloudFront Functions'));
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) {
      expect(q.options).toHaveLength(4);
      expect(wrongOf(q).every((w) => /replicates|no free tier|1000s|5 seconds/i.test(w))).toBe(true);
    }
  });

  it('give a choose-two question with exactly two of the subject\'s own statements', () => {
    const multi = eligible(edge).find((q) => q.kind === 'multi' && q.stem.includes('about CloudFront Functions'));
    expect(multi?.answers).toHaveLength(2);
    expect(multi?.options).toHaveLength(5);
    expect(multi?.stem).toMatch(/\(Choose TWO\.\)$/);
  });

  it('are not compared when their lists stand apart in the note', () => {
    const apart = edgeLists(['', '## Something else', '', 'A paragraph between the lists.', '']);
    expect(questions(apart).filter((q) => q.kind === 'statement' || q.kind === 'multi')).toEqual([]);
  });
});

describe('members a family marks as alike', () => {
  it('never lend each other statements (On-Demand billing fits Capacity Reservations too)', () => {
    const note = [
      '# Amazon EC2',
      '',
      '* purchasing options:',
      '    * **On-Demand Instances** - short workload, predictable pricing',
      '        * billing per second after the first minute for Linux or Windows',
      '        * billing per hour for other operating systems',
      '        * highest cost but no upfront payment',
      '    * **Reserved** (1 & 3 years)',
      '        * up to 72% discount compared to On-demand',
      '        * reserve specific instance attributes (Type, Region, Tenancy, OS)',
      '        * can buy and sell in the Reserved Instance Marketplace',
      '        * pay no upfront, partial upfront or all upfront',
      '    * **Spot Instances** - short workloads, can lose instances',
      '        * up to 90% disount compared to on-demand',
      '        * the most cost-efficient instances, for workloads resilient to failure',
      '        * can lose at any point of time if your max spot price is less than the current spot price',
      '        * pay the Spot price that is in effect, billed per second',
      '    * **Dedicated Instances** - no other customers will share your hardware',
      '        * you have no control over instance placement',
      '        * per instance billing (subject to 2$ per region fee)',
      '        * no capacity guarantee in an AZ unless bought with a reservation',
      '    * **Capacity Reservations** - reserve capacity in a specific AZ for any duration',
      '        * always have access to that capacity',
      '        * pay hourly rates even if you dont use it',
      '        * not time commitment and no billing discounts',
      '        * suitable for short-term uninterrupted workloads that need to be in a specific AZ',
    ].join('\n');
    const asked = questions(note).filter((q) => (q.kind === 'statement' || q.kind === 'multi') && q.stem.includes('Capacity Reservations'));
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.flatMap(wrongOf).some((w) => /billing per (second|hour)/i.test(w))).toBe(false);
  });
});

describe('a neighbouring list of another curated family\'s kind', () => {
  const note = [
    '# Encryption',
    '',
    '* **Encryption types**',
    '    * *Data at rest* -> data stored on a device',
    '    * *Data in transit* -> data being transferred on the network from a source to a target',
    '* **Encryption keys Types**',
    '    * `Symmetric (AES-256 keys)` - single encryption key that is used to encrypt and decrypt',
    '    * `Asymmetric (RSA & ECC key pairs)` - public key to encrypt and private key to decrypt',
    '    * `Owned Keys` - keys a service owns and manages for many accounts',
    '',
  ].join('\n');

  it('lends none of its terms to a short list, not even one no family spells', () => {
    const atRest = questions(note).find((q) => q.kind === 'definition' && q.stem.includes('stored on a device'));
    expect(atRest).toBeDefined();
    expect(atRest?.options.some((o) => /Symmetric|Asymmetric|Owned Keys/.test(o))).toBe(false);
  });

  it('still lends its terms when neither side is in a curated family', () => {
    const plain = note.replace('*Data at rest*', '*Cold bytes*').replace('*Data in transit*', '*Warm bytes*');
    const cold = questions(plain).find((q) => q.kind === 'definition' && q.stem.includes('stored on a device'));
    expect(cold?.options.some((o) => /Symmetric|Asymmetric|Owned Keys/.test(o))).toBe(true);
  });
});

describe('statements and the words around them', () => {
  it('name no context that names a peer ("Lambda at Edge" over CloudFront Functions)', () => {
    const nested = ['# Amazon CloudFront', '', '## Lambda at Edge', '', ...edge.split('\n').slice(2)].join('\n');
    const asked = questions(nested).filter((q) => q.kind === 'statement' && q.stem.includes('about CloudFront Functions'));
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.stem).not.toMatch(/Lambda at Edge/);
  });

  it('never offer an item that leans on the one before it ("billing per hour for other OS")', () => {
    const note = edge.replace('    * scales to 1000s of requests per second', '    * charged a higher price for other regions');
    const wrong = questions(note).filter((q) => q.kind === 'statement' || q.kind === 'multi').flatMap(wrongOf);
    expect(wrong.length).toBeGreaterThan(0);
    expect(wrong.some((w) => /other regions/.test(w))).toBe(false);
  });
});

describe('identifiers among terms', () => {
  it('are wrong options for each other ("distinctInstance" for "memberOf")', () => {
    const note = [
      '# Amazon ECS',
      '',
      '* **Task Placement Strategy** - strategies for how tasks are placed on EC2 instances',
      '    * *Binpack* - place tasks based on least available amount of CPU/RAM',
      '    * *Random* - place tasks randomly',
      '    * *Spread* - place task evenly based on specified value like instanceId, AZ',
      '* **Task Placement Constraints** - constraints on how tasks are placed',
      '    * *distinctInstance* - place each task on a different container instance',
      '    * *memberOf* - place task on instances that satisfy an expression. Uses the Cluster Query Language',
      '',
    ].join('\n');
    const member = questions(note).find((q) => q.kind === 'definition' && q.stem.includes('Cluster Query Language'));
    expect(member?.options).toContain('distinctInstance');
    expect(member?.options).toHaveLength(4);
  });
});

describe('numbers', () => {
  it('below 99% are never offered "nines", nor nines anything below 99%', async () => {
    const { nearbyValues } = await import('../../src/extract/numbers.js');
    expect(nearbyValues(90, '%').slice(0, 3).every((v) => v < 99)).toBe(true);
    expect(nearbyValues(99.99, '%').slice(0, 3).every((v) => v >= 99 && v < 100)).toBe(true);
    expect(nearbyValues(100, '%').slice(0, 3).every((v) => v >= 99 && v < 100)).toBe(true);
  });

  it('in a bracketed description are asked about the name before the bracket', () => {
    // The sentence after the blank's ("Process can be interrupted") is another fact: see review32.test.ts.
    const note = '# Amazon EC2\n\n* Pricing Models:\n    * Spot (Purchase unused capacity at a discount of 90% off the price. Process can be interrupted)\n';
    const spot = questions(note).find((q) => q.kind === 'numeric' && q.answers.some((i) => q.options[i] === '90%'));
    expect(spot?.stem).toMatch(/about Spot \(Amazon EC2\): "Purchase unused capacity at a discount of _____ off the price"\?$/);
  });
});

describe('a name led by the acronym of another', () => {
  it('is a kind of it, never offered beside it ("SSE-KMS" and "Server Side Encryption")', async () => {
    const { sameThing } = await import('../../src/extract/distractors.js');
    expect(sameThing('SSE-KMS', 'Server Side Encryption', catalog)).toBe(true);
    expect(sameThing('Server Side Encryption', 'SSE-S3', catalog)).toBe(true);
    expect(sameThing('SSE-KMS', 'Client Side Encryption', catalog)).toBe(false);
    expect(sameThing('CSE-KMS', 'Server Side Encryption', catalog)).toBe(false);
  });
});

describe('names that differ by a negating prefix', () => {
  const tiers = [
    '# Amazon S3',
    '',
    '* **S3 Intelligent-Tiering**',
    '    * tiers:',
    '        * *Frequent Access tier* - default tier, enabled automatically',
    '        * *Infrequent Access tier* - objects not accessed for 30 days, enabled automatically',
    '        * *Archive Instant Access tier* - objects not accessed for 90 days, enabled automatically',
    '        * *Deep Archive Access tier* - objects not accessed for a configurable amount of 180 to 700+ days, enabled optionally',
    '',
  ].join('\n');

  it('are two things, both offered ("Frequent Access tier" beside "Infrequent Access tier")', async () => {
    const { sameThing } = await import('../../src/extract/distractors.js');
    const { misspelt } = await import('../../src/extract/text.js');
    expect(sameThing('Frequent Access tier', 'Infrequent Access tier', catalog)).toBe(false);
    expect(sameThing('CloudWatch', 'Amazon Cloud Watch', catalog)).toBe(true);
    expect(sameThing('HTTP', 'HTTPS', catalog)).toBe(true);
    expect(misspelt('infrequent access tier', 'frequent access tier')).toBe(false);
    expect(misspelt('partion key', 'partition key')).toBe(true);
    const deep = eligible(tiers).find((q) => q.kind === 'definition' && q.stem.includes('180 to 700+'));
    expect(deep?.options).toContain('Frequent Access tier');
    expect(deep?.options).toContain('Infrequent Access tier');
  });
});

/** EC2 purchasing options, the first two named with `suffix` (" Instances") or without. */
const purchasing = (suffix: string) =>
  [
    '# Amazon EC2',
    '',
    `* **On-Demand${suffix}** - short workload, predictable pricing, pay by second`,
    `* **Spot${suffix}** - short workloads, can lose instances (less reliable)`,
    '* **Dedicated Hosts** - book an entire physical server, control instance placement',
    '* **Dedicated Instances** - no other customers will share your hardware',
    '',
  ].join('\n');

describe('family members as wrong options', () => {
  it('are two things even when the catalog files both under one service (Partition Key beside Sort key)', () => {
    const note = [
      '# DynamoDB',
      '',
      '* Primary key would be a composite key consisting of:',
      '    * Partition Key - User ID',
      '    * Sort key - Timestamp of the post',
      '    * Projection - fields of an item copied into a secondary index',
      '    * Item - one record of the table, up to 400 KB in size',
      '',
    ].join('\n');
    // The shipped catalog files both keys under DynamoDB.
    const described = note.replace('Partition Key - User ID', 'Partition Key - unique attribute given to an internal hash function');
    const sort = extract(described, 'keys.md', shipped).questions.find((q) => q.kind === 'definition' && q.stem.includes('timestamp of the post'));
    expect(sort?.options).toContain('Partition Key');
    expect(sort?.options).toHaveLength(4);
    const partition = extract(described, 'keys.md', shipped).questions.find((q) => q.kind === 'definition' && q.stem.includes('internal hash function'));
    expect(partition?.options).toContain('Sort key');
    expect(partition?.options).toHaveLength(4);
  });

  it('are shown in the form of the answer ("Pass" beside "Task", "Reserved Instances" beside "Spot Instances")', () => {
    const states = '# AWS Step Functions\n\n- State Types:\n  - Task: do some work\n  - Choice: test a condition to pick a branch\n';
    const task = questions(states).find((q) => q.kind === 'definition' && q.stem.includes('do some work'));
    expect(task?.options.length).toBe(4);
    expect(task?.options.some((o) => / State$/.test(o))).toBe(false);
  });

  it('say the answer when a family spells it otherwise ("gateway Load Balancer" for GWLB)', () => {
    const note = [
      '# Elastic Load Balancing',
      '',
      '* **ALB** - layer 7 (HTTP, HTTPS, WebSocket), routing by path, host and query string',
      '* **NLB** - layer 4 (TCP, UDP, TLS), millions of requests per second, static IP per AZ',
      '* **GWLB** - gateway Load Balancer, used to deploy and scale a fleet of 3rd party network virtual appliances',
      '* **CLB** - old generation, layer 4 and 7, one SSL certificate only',
      '',
    ].join('\n');
    const gwlb = questions(note).find((q) => q.kind === 'definition' && q.stem.includes('network virtual appliances'));
    expect(gwlb?.reasons).toContain('giveaway');
  });

  it('whose description differs from the answer\'s by a year only make the question trivia', () => {
    const note = [
      '# Elastic Load Balancing',
      '',
      '* **CLB** - v1, old generation, available from 2009',
      '* **ALB** - v2, new generation, available from 2016',
      '* **NLB** - v2, new generation, available from 2017',
      '* **GWLB** - modern, available from 2020, for 3rd party appliances',
      '',
    ].join('\n');
    const alb = questions(note).find((q) => q.kind === 'definition' && q.stem.includes('from 2016'));
    expect(alb?.reasons).toContain('trivial');
    const clb = questions(note).find((q) => q.kind === 'definition' && q.stem.includes('from 2009'));
    expect(clb?.reasons ?? ['missing']).not.toContain('trivial');
  });

  it('that no other customer shares the hardware of are never offered for each other (Dedicated Hosts, Dedicated Instances)', () => {
    const dedicated = questions(purchasing('')).find((q) => q.kind === 'definition' && q.stem.includes('no other customers'));
    expect(dedicated?.options).toContain('Dedicated Instances');
    expect(dedicated?.options).not.toContain('Dedicated Hosts');
  });

  it('lend their descriptions to each other even when the catalog files both under one service', () => {
    const onDemand = extract(purchasing(' Instances'), 'ec2.md', shipped).questions.find((q) => q.kind === 'term' && q.stem.includes('describes On-Demand Instances'));
    expect(onDemand?.options).toHaveLength(4);
  });
});

describe('after the review of the changed questions', () => {
  it('a heading names the kind of its own list only ("storage class" is not asked over S3 features)', () => {
    const note = [
      '# S3',
      '',
      '## Storage Classes',
      '',
      '* **Lifecycle Rules** - set criteria that automatically move your data from one storage class to another or delete it',
      '* **Versioning** - keeps every version of an object in the same bucket',
      '',
    ].join('\n');
    const rules = questions(note).find((q) => q.kind === 'definition' && q.stem.includes('move your data'));
    expect(rules).toBeDefined();
    expect(rules?.stem).not.toMatch(/which storage class/);
  });

  it('object tags and user-defined metadata are never offered for each other (both key-value pairs)', () => {
    const note = [
      '# Amazon S3',
      '',
      '* **S3 Object Tags** - key-value pairs for object in S3',
      '* **S3 User-Defined Object Metadata** - set when uploading an object, key-value pairs stored with it',
      '* **S3 Versioning** - keeps every version of an object in the same bucket',
      '* **Lifecycle Rules** - move objects between storage classes after a number of days',
      '',
    ].join('\n');
    const tags = questions(note).find((q) => q.kind === 'definition' && q.stem.includes('key-value pairs for object'));
    expect(tags?.options).toContain('S3 Object Tags');
    expect(tags?.options).not.toContain('S3 User-Defined Object Metadata');
  });
});

describe('after the final reviews', () => {
  it('a kind of service ("Public service") is never the answer asked for', () => {
    const note = '# SNS\n\n- Public service - needs NAT or IGW or VPC endpoint to be reached from a private subnet\n- Topics - named channels that publishers send messages to\n- Subscriptions - endpoints that receive the messages of a topic\n- Message attributes - name, value and type sent beside the message body\n';
    const pub = questions(note).find((q) => q.kind === 'definition' && q.stem.includes('NAT or IGW'));
    expect(pub?.reasons).toContain('weak-term');
  });

  it('target tracking, step and simple scaling are never offered for each other (all act on a CloudWatch metric)', () => {
    const note = [
      '# ECS Service Auto Scaling',
      '',
      '* types of Auto Scaling:',
      '    * **Target Tracking** - based on value for CloudWatch metric',
      '    * **Step Scaling** - based on CloudWatch Alarm',
      '    * **Scheduled Scaling** - based on specific date/time',
      '',
    ].join('\n');
    const target = questions(note).find((q) => q.kind === 'definition' && q.stem.includes('value for CloudWatch metric'));
    expect(target?.options).toContain('Target Tracking');
    expect(target?.options.some((o) => /^(?:Step|Simple) Scaling$/.test(o))).toBe(false);
  });

  it('a statement of an order of magnitude ("scales to 1000s") is no wrong option beside a subject of another ("millions")', async () => {
    const { statementDistractors } = await import('../../src/extract/distractors.js');
    const truths = ['sub-ms startup time, millions of requests per second', 'native feature of CloudFront, code managed within CloudFront'];
    const others = ['scales to 1000s of requests per second', 'charged per request and duration, no free tier', 'author functions in one Region, replicated to every CloudFront location'];
    expect(statementDistractors(truths, others, 3)).not.toContain('scales to 1000s of requests per second');
  });

  it('a note calling the services a Region offers its "Availability" is never offered "Available services"', () => {
    const note = '# AWS Global Infrastructure\n\n- How to choose a region:\n    - Compliance - data governance and legal requirements\n    - Latency - proximity to customers\n    - Availability - not all services are in all regions\n    - Pricing - pricing varies region to region\n';
    const available = questions(note).find((q) => q.kind === 'definition' && q.stem.includes('not all services'));
    expect(available?.options).toContain('Availability');
    expect(available?.options).not.toContain('Available services');
  });

  it('a heading that files figures ("S3 Baseline Performance") is no thing to offer beside S3 features', () => {
    const note = [
      '# S3 Advanced Features',
      '',
      '* **S3 Analytics** - tool to help decide when to transition objects to the right storage class',
      '    * recommended for Standard and Standard IA',
      '    * takes 24-48h to see data analysis',
      '    * good first step to create or improve Lifecycle Rules',
      '* **S3 Event Notifications** - events are operations like Created, Removed, Replication on the bucket',
      '    * can filter by object name, like *.jpg',
      '    * send to SNS, SQS or Lambda',
      '    * typically delivered in seconds but can take a minute or longer',
      '* **S3 Baseline Performance**',
      '    * 3,500 PUT/COPY/POST/DELETE requests per second per prefix',
      '    * 5,500 GET/HEAD requests per second per prefix',
      '    * no limit to the number of prefixes in a bucket',
      '* **S3 Select & Glacier Select** - retrieve less data using SQL by server-side filtering',
      '    * can filter by rows and columns with simple SQL statements',
      '    * less network transfer and less client-side CPU cost',
      '    * up to 400% faster and 80% cheaper',
      '* **S3 Object Tags & Metadata**',
      '    * user-defined metadata must begin with x-amz-meta-',
      '    * tags are key-value pairs useful for fine-grained permissions',
      '    * you cannot search by metadata or tags in S3 itself',
    ].join('\n');
    const analytics = questions(note).find((q) => q.kind === 'definition' && q.stem.includes('24-48h to see data analysis'));
    expect(analytics?.options).toContain('S3 Analytics');
    expect(analytics?.options).not.toContain('S3 Baseline Performance');
  });
});
