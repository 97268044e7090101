/** Causes found by the blind reviews that followed review31.test.ts's, each as a rule over any note. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { endAtBlankSentence } from '../../src/extract/generate.js';
import { pickContext } from '../../src/extract/stems.js';
import { lostNumber } from '../../src/extract/text.js';
import { giveawayWord } from '../../src/extract/giveaway.js';
import { loadCatalog } from '../../src/certs/data.js';

const shipped = loadCatalog();
const questions = (note: string) => extract(note, 'review32.md', shipped).questions;

describe('a context that names a feature of a service ("Amazon S3 Intelligent Tiering")', () => {
  const tiers = [
    '# Storage classes',
    '',
    '* **Amazon S3 Intelligent Tiering** - move objects automatically between access tiers based on usage',
    '    * tiers:',
    '        * *Frequent Access tier* - default tier, enabled automatically',
    '        * *Infrequent Access tier* - objects not accessed for 30 days, enabled automatically',
    '        * *Archive Instant Access tier* - objects not accessed for 90 days, enabled automatically',
    '        * *Deep Archive Access tier* - objects not accessed for a configurable amount of 180 to 700+ days, enabled optionally',
    '',
  ].join('\n');

  it('stays the feature, not the whole service: S3 Standard-IA is no Intelligent-Tiering tier', () => {
    const q = questions(tiers).find((x) => x.kind === 'numeric' && x.stem.includes('Infrequent Access tier'));
    expect(q?.stem).toContain('(Amazon S3 Intelligent Tiering)');
    const d = questions(tiers).find((x) => x.kind === 'definition' && x.stem.includes('180 to 700+ days'));
    expect(d?.stem).toMatch(/^In the context of Amazon S3 Intelligent Tiering,/);
  });

  it('that starts with the service name; a heading with only resource words is the service itself', () => {
    expect(pickContext(['CloudWatch Synthetics'], shipped, [])).toBe('CloudWatch Synthetics');
    expect(pickContext(['EC2 Instances'], shipped, [])).toBe('Amazon EC2');
    expect(pickContext(['Lambda functions'], shipped, [])).toBe('AWS Lambda');
  });

  it('a former name ("Kinesis Data Firehose") or a feature without its service ("Routing Policies") gives the service', () => {
    expect(pickContext(['Kinesis Data Firehose'], shipped, [])).toBe('Amazon Data Firehose');
    expect(pickContext(['Routing Policies'], shipped, [])).toBe('Amazon Route 53');
  });
});

describe('a sentence after the blank\'s ("TTL between 0 and _____. Usually a 1 s cache helps")', () => {
  it('is left out of the statement; the sentences before it stay', () => {
    expect(endAtBlankSentence('Built into API Gateway. TTL can be set between 0 and _____. Usually a 1 s cache helps')).toBe('Built into API Gateway. TTL can be set between 0 and _____');
    expect(endAtBlankSentence('up to _____ (e.g. Large files) per call')).toBe('up to _____ (e.g. Large files) per call');
  });

  it('in a numeric question, while the explanation quotes the whole line', () => {
    const note = ['# Amazon API Gateway', '', '## Caching Responses', '', 'Built into API Gateway, useful for speed and costs. TTL can be set between 0 and 3600 seconds. Usually a 1 second cache greatly improves an application.', ''].join('\n');
    const q = questions(note).find((x) => x.kind === 'numeric' && x.answers.some((a) => x.options[a] === '3600 seconds'));
    expect(q?.stem).toContain('between 0 and _____"?');
    expect(q?.stem).not.toContain('Usually');
    expect(q?.explanation).toContain('Usually');
  });
});

describe('a statement question whose true statement spells out the acronym the stem names', () => {
  const note = [
    '# Storage',
    '',
    '### Amazon S3 Encryption',
    '',
    '- SSE-S3 (Server Side Encryption with S3 managed keys)',
    '  - minimal configuration, upload all data and S3 will manage everything',
    '  - AWS will manage all encryption keys',
    '- SSE-KMS (Server Side Encryption with KMS managed keys)',
    '  - allows S3 to use Key Management Service to generate data encryption keys',
    '  - gives greater flexibility to disable and rotate keys and apply access controls',
    '- SSE-C (Server Side Encryption with customer provided keys)',
    '  - you provide the master keys with each request',
    '  - S3 will manage the encryption itself',
    '- CSE-KMS (Client Side Encryption with KMS managed keys)',
    '  - KMS is called upon via the client, not S3',
    '  - encryption happens on the client side and encrypted data is sent to S3',
    '- CSE-C (Client Side Encryption with customer managed keys)',
    '  - use your own keys',
    '  - use an AWS SDK client to encrypt data before sending it to AWS for storage',
    '',
  ].join('\n');

  it('gives it away: "SSE-KMS" answered by "... Key Management Service ..."', () => {
    const asked = questions(note).filter((x) => (x.kind === 'statement' || x.kind === 'multi') && x.stem.includes('SSE-KMS') && x.answers.some((a) => x.options[a].includes('Key Management Service')));
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.reasons).toContain('giveaway');
  });
});

describe('a term the catalog knows as a name of the service above it ("Backtrack" under Aurora)', () => {
  it('keeps the service as its context: a part of Aurora is not Aurora itself', () => {
    const note = [
      '# Aurora',
      '',
      '* **Features** - remember for exam:',
      '    * `Self Healing` - easily handles corrupted data',
      '    * `Auto Expanding` - storage automatically grows without the need of monitoring or provisioning',
      '    * `Push-button scaling` - can scale without incurring downtime',
      '    * `Backtrack` - restore data at any point of time without using backups',
      '',
    ].join('\n');
    const q = questions(note).find((x) => x.kind === 'definition' && x.stem.includes('without using backups'));
    expect(q?.stem).toMatch(/^In the context of Amazon Aurora, /);
  });

  it('but a name that says the service ("Local Zone") still keeps it out of the stem', () => {
    const note = [
      '# AWS Global Infrastructure',
      '',
      '## AWS Local Zones',
      '',
      '- Local Zone - places compute and storage close to large cities for single-digit millisecond latency',
      '- Wavelength Zone - infrastructure inside 5G telecom networks for ultra-low-latency mobile applications',
      '- Availability Zone - one or more data centers with redundant power and networking, isolated from others',
      '- Region - a cluster of availability zones in one geographic area',
      '',
    ].join('\n');
    const q = questions(note).find((x) => x.kind === 'term' && /describes Local Zone\?/.test(x.stem));
    expect(q).toBeDefined();
    expect(q?.stem).not.toContain('Local Zones');
  });
});

describe('a list whose lead-in names the role its terms play ("Targets:" under CloudWatch alarms)', () => {
  it('says the role after the service, with the part whose role it is', () => {
    const note = [
      '# CloudWatch',
      '',
      '* **Alarms**:',
      '    * **Targets**:',
      '        * `Auto Scaling` - increase or decrease EC2 instances "desired" count',
      '        * `EC2 Actions` - stop, terminate, reboot, recover an EC2 instance',
      '        * `SNS notifications` - send a notification into an SNS topic',
      '        * `Systems Manager Action` - creates an OpsItem or an incident in Systems Manager',
      '',
    ].join('\n');
    const q = questions(note).find((x) => x.kind === 'term' && x.stem.includes('describes Auto Scaling'));
    expect(q?.stem).toMatch(/^In the context of Amazon CloudWatch alarm targets, /);
  });
});

describe('a description that opens with "%" ("% of traffic shifted to the new version")', () => {
  const note = [
    '# CodeDeploy',
    '',
    '- Traffic shifting:',
    '  - _All at once_: traffic is immediately shifted',
    '  - _Linear_: traffic is shifted in equal increments with equal periods',
    '  - _Canary_: % of traffic shifted to the new version. Wait for specified time and shift the rest',
    '',
  ].join('\n');

  it('has lost its number', () => {
    expect(lostNumber('% of traffic shifted to the new version')).toBe(true);
    expect(lostNumber('10% of traffic shifted to the new version')).toBe(false);
  });

  it('is never asked and never a wrong description; the term stays a wrong option', () => {
    const qs = questions(note);
    for (const q of qs) {
      const asks = q.answers.some((a) => q.options[a].startsWith('%')) || q.stem.includes('"% of traffic');
      if (asks) expect(q.reasons).toContain('fragment');
      else expect(q.options.some((o) => o.startsWith('%'))).toBe(false);
    }
    expect(qs.some((q) => q.kind === 'definition' && q.options.includes('Canary') && !q.stem.includes('% of'))).toBe(true);
  });
});

describe('a term and its answer that say one thing in two words ("Wait State" / "provide a delay")', () => {
  const states = [
    '# AWS Step Functions',
    '',
    '- States:',
    '  - Wait State - provide a delay for a certain amount of time or until a specified time/date',
    '  - Pass State - simply pass its input to its output or inject some fixed data, without performing work',
    '  - Choice State - test for a condition to send to a branch (or default branch)',
    '  - Fail or Succeed State - stop execution with failure or success',
    '',
  ].join('\n');

  it('are one meaning in two words: the term\'s word is found in the answer only', () => {
    expect(giveawayWord('What best describes Predictive Scaling?', ['Uses machine learning on traffic forecasts'], ['Update the size of the group manually'])).toBe('forecast');
    expect(giveawayWord('What best describes Shard Splitting?', ['Can be used to divide a hot shard'], ['Useful for cold shards to reduce costs'])).toBe('divide');
    expect(giveawayWord('What best describes Wait State?', ['Test a condition to pick a branch'], ['Stop the execution with failure or success'])).toBeUndefined();
  });

  it('give the answer away, both ways', () => {
    const asked = questions(states).filter((q) => /Wait State/.test(q.stem) || (q.kind === 'definition' && q.stem.includes('a delay')));
    expect(asked.length).toBe(2);
    for (const q of asked) expect(q.reasons).toContain('giveaway');
  });

  it('also once a slip in the answer is mended as it is shown ("traffic forcasts")', () => {
    const scaling = [
      '# EC2 Auto Scaling',
      '',
      '- Scaling policies:',
      '  - Predictive Scaling - use machine learning to scale ahead of time based on traffic forcasts',
      '  - Scheduled Scaling - anticipate scaling based on known usage patterns, like more capacity on Friday afternoons',
      '  - Step Scaling - makes one fixed change in capacity each time its alarm fires',
      '  - Target Tracking Scaling - keeps a chosen metric, such as average CPU use, near a target value',
      '',
      // The note spells the word right elsewhere, which is how the slip is mended.
      'Forecasts are made from past traffic, and the forecasts are refreshed daily.',
      '',
    ].join('\n');
    const q = questions(scaling).find((x) => x.kind === 'term' && x.stem.includes('describes Predictive Scaling'));
    expect(q?.options.some((o) => o.includes('traffic forecasts'))).toBe(true);
    expect(q?.reasons).toContain('giveaway');
  });
});

describe('the second review round of this stop', () => {
  it('an answer that opens with the term\'s own words past its first ("S3 Access Points": "An access point to ...") gives it away', () => {
    const note = [
      '# S3',
      '',
      '## S3 Advanced Security',
      '',
      '* **S3 Access Points** - an access point to a specific prefix in a bucket, with its own policy that looks just like a bucket policy',
      '* **S3 CORS** - web browser mechanism to allow requests to other origins while visiting the main origin',
      '* **S3 MFA Delete** - forces authenticating with a device before destructive S3 operations',
      // A sibling's description that names an access point too: the words alone tell nothing.
      '* **S3 Object Lambda** - combine an S3 Access Point with Lambda functions to change objects in flight as they are read',
      '',
    ].join('\n');
    const q = questions(note).find((x) => x.kind === 'term' && x.stem.includes('describes S3 Access Points'));
    expect(q?.reasons).toContain('giveaway');
    const other = questions(note).find((x) => x.kind === 'term' && x.stem.includes('describes S3 CORS'));
    expect(other).toBeDefined();
    expect(other?.reasons ?? []).not.toContain('giveaway');
  });

  it('a description that spells out a wrong option\'s full name ("relational database service" beside Amazon RDS) is ambiguous', () => {
    const note = [
      '# Databases',
      '',
      '- Amazon Aurora - a cloud-native optimized relational database service',
      '- Amazon DynamoDB - serverless key-value NoSQL database with single-digit millisecond latency',
      '- Amazon ElastiCache - managed in-memory cache for Redis or Memcached',
      '- Amazon RDS - managed SQL databases such as MySQL, PostgreSQL or Oracle',
      '',
    ].join('\n');
    const q = questions(note).find((x) => x.kind === 'definition' && x.stem.includes('cloud-native'));
    expect(q?.options).toContain('Amazon RDS');
    expect(q?.reasons).toContain('ambiguous');
  });

  it('a number about a member whose name is part of a sibling\'s ("Infrequent Access") names it as its family does', () => {
    const note = [
      '# S3 Storage Classes',
      '',
      '* **Amazon S3 Standard**',
      '    * **Infrequent Access (IA)** - less frequent access, but rapid access when needed',
      '        * 99.9% Availability',
      '    * **One Zone-Infrequent Access** - high durability within a single AZ, data lost if the AZ is destroyed',
      '        * 99.5% Availability',
      '',
    ].join('\n');
    const stems = questions(note).filter((x) => x.kind === 'numeric').map((x) => x.stem);
    expect(stems.some((s) => /\bS3 Standard-IA\b/.test(s))).toBe(true);
    expect(stems.some((s) => /\bOne Zone-Infrequent Access\b/.test(s))).toBe(true);
    expect(stems.some((s) => /(?<![-\w])Infrequent Access \(/.test(s))).toBe(false);
  });

  it('a heading that joins two parts of a service without naming it ("Multi-AZ & Read Replicas") gives the service', () => {
    expect(pickContext(['Multi-AZ & Read Replicas'], shipped, [])).toBe('Amazon RDS');
    expect(pickContext(['Lambda Limits and Best Practices'], shipped, [])).toBe('Lambda Limits and Best Practices');
  });
});

describe('a name with its acronym in an aside ("Server Side Encryption (SSE)")', () => {
  it('is still what "SSE-KMS" is a kind of: the two are never wrong options side by side', async () => {
    const { sameThing } = await import('../../src/extract/distractors.js');
    expect(sameThing('Server Side Encryption (SSE)', 'SSE-KMS', shipped, false)).toBe(true);
    expect(sameThing('SSE-S3', 'Server Side Encryption (SSE)', shipped, false)).toBe(true);
    expect(sameThing('Client Side Encryption (CSE)', 'SSE-KMS', shipped, false)).toBe(false);
  });
});

describe('the third review round of this stop', () => {
  it('a line the item swallowed ("70ms propagation delay / Push mode over HTTP/2") keeps its numbers out too', () => {
    const note = [
      '# Kinesis',
      '',
      '- Consumers (Kinesis Data Stream Application):',
      '  - _enhanced fan-out consumers_: 2 MB/s per consumer per shard. 70ms propagation delay',
      '  Push mode over HTTP/2 using `SubscribeToShard`',
      '',
    ].join('\n');
    const q = questions(note).find((x) => x.kind === 'numeric' && x.answers.some((a) => x.options[a] === '70 ms'));
    expect(q).toBeDefined();
    expect(q?.reasons).toContain('fragment');
  });

  it('a note\'s shouting ("1-3 years BIG discount") is residue; the exam\'s own NOT is not', () => {
    const shout = questions('# Amazon EC2\n\n- Reserved Instances: reserve capacity for 1-3 years, BIG discount of up to 72% for steady workloads\n');
    const q = shout.find((x) => x.kind === 'numeric' && x.answers.some((a) => x.options[a] === '72%'));
    expect(q?.reasons).toContain('residue');
    const calm = questions('# Amazon EC2\n\n- Reserved Instances: reserve capacity for 1-3 years, a discount of up to 72% for steady workloads\n');
    expect(calm.find((x) => x.kind === 'numeric' && x.answers.some((a) => x.options[a] === '72%'))?.reasons ?? []).not.toContain('residue');
  });

  it('a value followed by a bare capitalised label ("discount of _____ Prices") is a fragment', () => {
    const q = questions('# Amazon EC2\n\n- Spot: purchase unused capacity at a discount of 90% Prices\n').find((x) => x.kind === 'numeric');
    expect(q?.stem).toMatch(/_____ Prices"\?$/);
    expect(q?.reasons).toContain('fragment');
  });

  it('a bare "_____ Availability" is asked as a question about what it measures', () => {
    const note = [
      '# S3 Storage Classes',
      '',
      '* **Amazon S3 Standard**',
      '    * **One Zone-Infrequent Access** - high durability within a single AZ, data lost if the AZ is destroyed',
      '        * 99.5% Availability',
      '',
    ].join('\n');
    const q = questions(note).find((x) => x.kind === 'numeric' && x.answers.some((a) => x.options[a] === '99.5%'));
    expect(q?.stem).toBe('What is the availability of One Zone-Infrequent Access (Amazon S3)?');
  });

  it('two services used together ("Elasticache with DynamoDB") are no term', () => {
    const note = [
      '# Serverless',
      '',
      '## Elasticache with DynamoDB',
      '',
      '- Elasticache with DynamoDB: sits between application and database',
      '- DynamoDB Streams: ordered record of item-level changes in a table',
      '- DynamoDB TTL: deletes items after an expiry time',
      '- DynamoDB Transactions: all-or-nothing changes across several items',
      '',
    ].join('\n');
    const asked = questions(note).filter((x) => x.stem.includes('Elasticache with DynamoDB') || x.answers.some((a) => x.options[a] === 'Elasticache with DynamoDB'));
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.reasons).toContain('weak-term');
  });

  it('a CloudFormation parameter type called just "List" is a note error the catalog knows', () => {
    const note = [
      '# CloudFormation',
      '',
      '- Parameter data types:',
      '  - List: array of integers or floats separated by commas',
      '  - CommaDelimitedList: array of literal strings separated by commas',
      '  - AWS-Specific Parameter Types: such as EC2 key pair names and VPC IDs',
      '  - SSM Parameter Types: points to SSM parameter store, CloudFormation fetches the values',
      '',
    ].join('\n');
    const keyed = questions(note).filter((x) => x.stem.includes('integers or floats') || /describes List\?/.test(x.stem));
    expect(keyed.length).toBeGreaterThan(0);
    for (const q of keyed) expect(q.reasons).toContain('outdated');
  });
});

describe('the fourth review round of this stop', () => {
  it('a heading in the words of a wrong option ("Replaying Events and EventBridge Archives" over Schema registry) gives way to one above it', () => {
    const note = [
      '# EventBridge',
      '',
      '#### Replaying Events and EventBridge Archives',
      '',
      '- **Archive and Replay** : keeps events so they can be sent to the bus again later',
      '- **Schema registry** : defines the structure of an event and what to expect from it',
      '- **EventBridge Pipes** : connects one event source to one target with optional filtering',
      '- **EventBridge Scheduler** : runs one-time or recurring scheduled tasks that invoke targets',
      '',
    ].join('\n');
    const asked = questions(note).filter((x) => x.stem.includes('describes Schema registry') || x.stem.includes('structure of an event'));
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.stem).not.toContain('Replaying Events');
    expect(asked.some((q) => q.stem.startsWith('In the context of Amazon EventBridge,'))).toBe(true);
  });

  it('but a heading over the whole list ("Scalability & High Availability") stays when nothing is above it', () => {
    const note = [
      '# Scalability & High Availability',
      '',
      '- **Scalability** - ability to accommodate a larger load by making the hardware stronger or adding nodes',
      '- **High Availability** - keeps running with little downtime when a component fails',
      '- **Elasticity** - automatically scale resources up and down based on the load',
      '- **Agility** - new IT resources are only a click away, so experiments take minutes',
      '',
    ].join('\n');
    const q = questions(note).find((x) => x.kind === 'term' && x.stem.includes('describes Elasticity'));
    expect(q?.stem).toMatch(/^In the context of Scalability & High Availability, /);
  });

  it('a name, a colon, the blank and a word ("Classic Consumer : _____ read") is a fragment', () => {
    const q = questions('# Kinesis\n\n## Consumers\n\n- Classic Consumer : 2MB/s read\n').find((x) => x.kind === 'numeric');
    expect(q?.reasons).toContain('fragment');
  });

  it('a rate with nothing it is counted over ("throttle if read more than 2 MB/s") is ambiguous; "per shard" says it', () => {
    const bare = questions('# Kinesis\n\n- Shared consumers: they throttle if they read more than 2 MB/s in total\n').find((x) => x.kind === 'numeric');
    expect(bare?.reasons).toContain('ambiguous');
    const scoped = questions('# Kinesis\n\n- Shared consumers: they throttle if they read more than 2 MB/s per shard in total\n').find((x) => x.kind === 'numeric');
    expect(scoped).toBeDefined();
    expect(scoped?.reasons).not.toContain('ambiguous');
  });

  it('"SendMessage" said as "put a message into the queue" gives itself away', () => {
    expect(giveawayWord('What best describes SendMessage?', ['Put a message into the queue'], ['Poll the queue for a message'])).toBe('put');
    const note = [
      '# Amazon SQS',
      '',
      '- API:',
      '  - SendMessage: put a message into the queue and optionally set a delay for consumers',
      '  - ReceiveMessage: poll the queue for up to ten messages at once',
      '  - DeleteQueue: remove a queue with every message still in it',
      '  - PurgeQueue: delete all messages in the queue but keep the queue',
      '',
    ].join('\n');
    const asked = questions(note).filter((x) => x.stem.includes('SendMessage') || x.stem.includes('put a message'));
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.reasons).toContain('giveaway');
  });
});

describe('the fifth review round of this stop', () => {
  const records = (mark: string) =>
    [
      '# Route 53',
      '',
      '* **Record Type** - what a DNS record holds',
      `    * \`A\`${mark} - maps a hostname to IPv4`,
      `    * \`CNAME\`${mark} - maps a hostname to another hostname`,
      '    * `NAPTR` - allows setting dynamic rules for how a website processes requests',
      '    * `DS` - used to secure the delegation of a zone to its child zone',
      '    * `SRV` - identifies the hosts of specific services, such as domain controllers',
      '',
    ].join('\n');

  it('a term the note leaves unmarked beside its "(must know)" ones is not asked for', () => {
    const asked = questions(records(' (must know)')).filter((x) => /\bNAPTR\b|\bDS\b|\bSRV\b/.test(x.stem) || ['NAPTR', 'DS', 'SRV'].some((t) => x.answers.some((a) => x.options[a] === t)));
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.reasons).toContain('trivial');
  });

  it('but without the marks every record type is asked as usual', () => {
    const asked = questions(records('')).filter((x) => /\bNAPTR\b/.test(x.stem) || x.answers.some((a) => x.options[a] === 'NAPTR'));
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.reasons).not.toContain('trivial');
  });
});

describe('a bound written with "<" after a space ("max execution time: < 1 ms")', () => {
  it('offers no larger value, which would be as true', () => {
    const qs = questions('# CloudFront\n\n- CloudFront Functions: max execution time: < 1 ms, for lightweight request and response changes\n').filter((x) => x.kind === 'numeric' && x.answers.some((a) => x.options[a] === '1 ms'));
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) {
      const wrong = q.options.filter((_, i) => !q.answers.includes(i));
      expect(wrong.filter((w) => parseFloat(w) > 1)).toEqual([]);
    }
  });
});
