/** Rules of the 21st stop: services described in their own sections describe each other wrongly; rates and ranges of numbers. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { loadCatalog } from '../../src/certs/data.js';
import { findNumbers, formatNumber, rangeStart } from '../../src/extract/numbers.js';
import { compounded, respelled } from '../../src/extract/quality.js';
import { wordsOf } from '../../src/extract/giveaway.js';

const shipped = loadCatalog();
const questions = (note: string) => extract(note, 'review21.md', shipped).questions;
const eligible = (note: string) => questions(note).filter((q) => q.score >= 0.6);
const wrongOf = (q: { options: string[]; answers: number[] }) => q.options.filter((_, i) => !q.answers.includes(i));

/** Machine learning services, one section each, as the bundled associate notes keep them. */
const mlNote = [
  '# Machine Learning',
  '',
  '## Rekognition',
  '* **AWS Rekognition** - recognize objects, people, text, scenes in images and videos using ML',
  '    * use cases: content moderation, face detection',
  '',
  '## Transcribe',
  '* **AWS Transcribe** - automatically convert speech -> text',
  '',
  '## Polly',
  '* **AWS Polly** - automatically convert text -> speech using deep learning',
  '',
  '## Translate',
  '* **AWS Translate** - natural and accurate language translation of large volumes of text',
  '',
  '## Kendra',
  '* **Amazon Kendra** - fully managed document search service powered by ML',
  '',
  '## Billing',
  '* **AWS Budgets** - create budgets and send alarms when costs exceed the budget',
  '',
].join('\n');

describe('a service described at the top of its own section', () => {
  it('is offered the other services\u2019 own descriptions as wrong ones', () => {
    const q = eligible(mlNote).find((x) => x.kind === 'term' && x.stem.includes('Amazon Kendra'));
    expect(q).toBeDefined();
    const wrong = wrongOf(q!);
    expect(wrong).toHaveLength(3);
    expect(wrong.some((w) => /speech/i.test(w))).toBe(true);
    // A service of another kind (a cost tool) is no description of a search service's kind.
    expect(wrong.some((w) => /budget/i.test(w))).toBe(false);
  });

  it('is told apart from those services when its description is asked, not from the catalog\u2019s', () => {
    const q = eligible(mlNote).find((x) => x.kind === 'definition' && x.stem.includes('document search'));
    expect(q).toBeDefined();
    expect(q!.reasons).not.toContain('catalog-distractor');
    expect(wrongOf(q!).every((o) => ['Amazon Rekognition', 'Amazon Transcribe', 'Amazon Polly', 'Amazon Translate'].includes(o))).toBe(true);
  });

  it('is not when the service is only described inside another one\u2019s section', () => {
    const note = mlNote.replace('## Kendra', '## Search');
    const q = questions(note).find((x) => x.kind === 'term' && x.stem.includes('Amazon Kendra'));
    expect(q === undefined || q.options.length < 4).toBe(true);
  });

  it('never takes a description that names the answer ("... data in S3" for S3)', () => {
    const note = [
      '# Storage',
      '',
      '## S3',
      '* **S3** - infinitely scaling object storage for any amount of data',
      '',
      '## EBS',
      '* **EBS** - a network drive you can attach to an instance while it runs',
      '',
      '## EFS',
      '* **EFS** - a managed NFS that can be mounted on many instances at once',
      '',
      '## Storage Gateway',
      '* **AWS Storage Gateway** - bridge between on-premise data and cloud data in S3',
      '',
    ].join('\n');
    const q = questions(note).find((x) => x.kind === 'term' && /describes (?:Amazon )?S3\?/.test(x.stem));
    expect(q).toBeDefined();
    expect(q!.options.some((o) => /bridge/i.test(o))).toBe(false);
  });

  it('borrows from a kindred category only to make up four options', () => {
    const note = [
      '# Messaging',
      '',
      '## SQS',
      '* **SQS** - a queue messaging service for asynchronous communication',
      '',
      '## Amazon MQ',
      '* **Amazon MQ** - managed message broker for applications that speak open protocols such as AMQP',
      '',
      '## Athena',
      '* **Amazon Athena** - serverless query service to analyze data stored in object storage',
      '',
      '## Step Functions',
      '* **Step Functions** - service for visual modeling of workflows as state machines',
      '',
      '## Rekognition',
      '* **AWS Rekognition** - recognize objects, people, text, scenes in images and videos',
      '',
    ].join('\n');
    const mq = eligible(note).find((x) => x.kind === 'term' && x.stem.includes('Amazon MQ'));
    expect(mq).toBeDefined();
    // Two integration services, then one analytics service; never the image service.
    expect(wrongOf(mq!).some((w) => /query service/.test(w))).toBe(true);
    expect(wrongOf(mq!).some((w) => /images/.test(w))).toBe(false);
  });

  it('may be asked in a short stem: "What best describes Amazon Kendra?" says all it needs', () => {
    // Top-level sections: no heading is left to give the stem a context.
    const flat = mlNote.replace('# Machine Learning\n', '').replace(/^## /gm, '# ');
    const q = questions(flat).find((x) => x.kind === 'term' && x.stem === 'What best describes Amazon Kendra?');
    expect(q).toBeDefined();
    expect(q!.reasons).not.toContain('short-stem');
    const vague = questions(['- **Overview** - what the course covers in general', '- **Summary** - what was covered in the week', ''].join('\n'));
    const short = vague.find((x) => x.kind === 'term' && x.stem === 'What best describes Overview?');
    expect(short?.reasons).toContain('short-stem');
  });
});

describe('rates and ranges of numbers', () => {
  it('reads "MB/s" and "MB / sec" as one rate unit', () => {
    expect(findNumbers('each shard: 1 MB/s in').map((n) => [n.value, n.unit])).toEqual([[1, 'MB/s']]);
    expect(findNumbers('pushed at a 2 MB / sec rate').map((n) => [n.value, n.unit])).toEqual([[2, 'MB/s']]);
    // A size per something else is no rate: "1 MB/shard" stays a size with a ratio after it.
    expect(findNumbers('1 MB/shard').map((n) => n.unit)).toEqual(['MB']);
    expect(formatNumber(2, 'MB/s')).toBe('2 MB/s');
  });

  it('asks a throughput in MB/s with wrong options in MB/s', () => {
    const note = ['# Kinesis Data Streams', '', '## Provisioned mode', '* each shard -> 1 MB/s in (or 1000 records / s)', ''].join('\n');
    const q = eligible(note).find((x) => x.kind === 'numeric');
    expect(q?.options[q.answers[0]]).toBe('1 MB/s');
    expect(q!.options.every((o) => / MB\/s$/.test(o))).toBe(true);
  });

  it('finds where a range starts, in the unit of its upper end', () => {
    expect(rangeStart('memory: 128 MB - ', { value: 10, unit: 'GB', raw: '10 GB', index: 0 })).toMatchObject({ value: 0.125, raw: '128 MB' });
    expect(rangeStart('data storage for 1-', { value: 365, unit: 'days', raw: '365 days', index: 0 })).toMatchObject({ value: 1, raw: '1' });
    // Not a range: a pair, another dimension, a lower end that is larger.
    expect(rangeStart('1 & ', { value: 3, unit: 'years', raw: '3 years', index: 0 })).toBeUndefined();
    expect(rangeStart('10 GB - ', { value: 5, unit: 'days', raw: '5 days', index: 0 })).toBeUndefined();
    expect(rangeStart('20 - ', { value: 5, unit: 'days', raw: '5 days', index: 0 })).toBeUndefined();
  });

  it('asks the upper end of a range, showing the lower end, with wrong options above it', () => {
    const note = ['# Amazon SQS', '', '## Long Polling', '* the wait time can be set between 1 sec - 20 sec', ''].join('\n');
    const q = eligible(note).find((x) => x.kind === 'numeric');
    expect(q?.stem).toContain('between 1 second and _____');
    expect(q!.options[q!.answers[0]]).toBe('20 seconds');
    expect(q!.options.every((o) => Number.parseFloat(o) > 1)).toBe(true);
    const storage = ['# Amazon RDS', '', '* storage autoscaling grows a volume from 20 GB to 64 TB', ''].join('\n');
    const big = eligible(storage).find((x) => x.kind === 'numeric');
    expect(big?.options[big.answers[0]]).toBe('64 TB');
    expect(big!.stem).toContain('from 20 GB to _____');
  });

  it('never asks the lower end of a range', () => {
    const note = ['# Amazon RDS', '', '## Backups', '* automated backup retention can be set between 1 - 35 days', ''].join('\n');
    const asked = questions(note).filter((x) => x.kind === 'numeric').map((x) => x.options[x.answers[0]]);
    expect(asked).toEqual(['35 days']);
  });

  it('rejects numbers with no word of what they measure ("S3 Console - 1 - 720 min")', () => {
    const note = ['# S3 Pre-signed URLs', '', 'Expiration:', '', '* **S3 Console** - 1 - 720 min', '* **AWS CLI** - configure the expiry with the --expires-in parameter', ''].join('\n');
    const q = questions(note).find((x) => x.kind === 'numeric');
    expect(q?.reasons).toContain('fragment');
  });
});

describe('causes of the first blind review of these rules', () => {
  it('does not ask a range whose ends lie close together: a typical value, not bounds', () => {
    const note = ['# S3 Baseline Performance', '', '* first-byte latency is 100-200 ms for most requests', '* objects can be from 1 KB - 5 TB in size', ''].join('\n');
    const asked = questions(note).filter((x) => x.kind === 'numeric').map((x) => x.options[x.answers[0]]);
    expect(asked).not.toContain('200 ms');
    expect(asked).toContain('5 TB');
  });

  it('takes the item a number sits under as its subject: a lead-in with a colon, a name with its short form', () => {
    const note = [
      '# Multi-AZ & Read Replicas',
      '',
      '- Backups',
      '  - Automated backups:',
      '    - Retention periods are between 1 - 35 days',
      '',
      '# EBS Volumes',
      '',
      '- Throughput Optimized HDD (st1) CANNOT BE BOOT',
      '  - Max throughput of 500 MB/s per volume',
      '',
    ].join('\n');
    const stems = questions(note).filter((x) => x.kind === 'numeric').map((x) => x.stem);
    expect(stems.some((st) => st.includes('about Automated backups'))).toBe(true);
    expect(stems.some((st) => st.includes('about Throughput Optimized HDD'))).toBe(true);
  });

  it('calls the throughput of a shard ambiguous unless it says which way it flows', () => {
    const note = ['# Kinesis Data Streams', '', '## Shard Splitting', '* adds throughput, increases capacity by 1 MB/s per shard', '* each shard takes 1 MB/s in', ''].join('\n');
    const byLine = (text: string) => questions(note).find((x) => x.kind === 'numeric' && x.stem.includes(text));
    expect(byLine('increases capacity')?.reasons).toContain('ambiguous');
    expect(byLine('takes')?.reasons).not.toContain('ambiguous');
  });

  it('knows that Aurora storage now grows past 128 TiB', () => {
    const note = ['# Amazon Aurora', '', '* shared storage automatically grows from 10 GB to 128 TB', ''].join('\n');
    expect(questions(note).find((x) => x.kind === 'numeric')?.reasons).toContain('outdated');
  });

  it('drops a context only the answer\u2019s section has when the options come from other sections', () => {
    const note = [
      '# Networking',
      '',
      '## DNS',
      '',
      '### Route 53',
      '* **Route 53** - a highly available, scalable, fully managed and authoritative name service and domain registrar',
      '',
      '## Networking - VPC',
      '',
      '### VPC',
      '* **VPC** - provisions a logically isolated section of the cloud network',
      '',
      '### Transit Gateway',
      '* **Transit Gateway** - a hub with transitive peering between thousands of VPCs and on-premises networks',
      '',
      '### API Gateway',
      '* **AWS API Gateway** - serverless service for publishing, maintaining and securing REST and WebSocket APIs',
      '',
    ].join('\n');
    const q = questions(note).find((x) => x.kind === 'term' && x.stem.includes('Route 53'));
    expect(q?.options).toHaveLength(4);
    expect(q!.stem).not.toContain('DNS');
  });

  it('sees a name respelled or built into a word of the answer', () => {
    expect(respelled('Amazon Rekognition', 'recognize objects, people and scenes in images')).toBe(true);
    expect(respelled('Amazon MQ', 'managed message broker service for RabbitMQ and ActiveMQ')).toBe(true);
    expect(respelled('Amazon Kendra', 'fully managed document search service')).toBe(false);
    expect(respelled('Amazon MQ', 'managed message broker for MQ clients')).toBe(false);
    expect(compounded('Amazon Textract', 'automatically extracts text from scanned documents')).toBe(true);
  });
});

describe('statements pairing terms of one list with descriptions', () => {
  const statesNote = (n: number) =>
    [
      '# AWS Step Functions',
      '',
      '## States',
      '* **Pass State** - hands its input to its output without doing any work',
      '* **Wait State** - pauses for a set time or until a given date',
      '* **Choice State** - tests a condition to pick the next branch',
      '* **Parallel State** - runs several branches at once',
      '* **Map State** - iterates over each item of an array',
    ]
      .slice(0, 3 + n)
      .concat([''])
      .join('\n');
  const ownOf = (note: string) => (o: string) => {
    const [term, desc] = o.split(': ');
    return note.includes(`**${term}** - ${desc}`);
  };

  it('takes two terms with their own descriptions and three with another term\u2019s', () => {
    const note = statesNote(5);
    const q = questions(note).find((x) => x.kind === 'multi');
    expect(q).toBeDefined();
    expect(q!.answers).toHaveLength(2);
    expect(q!.options.filter(ownOf(note))).toHaveLength(2);
    expect(q!.answers.every((i) => ownOf(note)(q!.options[i]))).toBe(true);
    expect(new Set(q!.options.map((o) => o.split(': ')[0])).size).toBe(5);
  });

  it('shares the fingerprint of its list\u2019s questions, so no exam shows it beside one of them', () => {
    const qs = questions(statesNote(5));
    const multi = qs.find((x) => x.kind === 'multi');
    expect(multi).toBeDefined();
    const others = qs.filter((x) => x.kind === 'term' || x.kind === 'definition');
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((x) => x.fingerprint === multi!.fingerprint)).toBe(true);
  });

  it('is not asked over services, which keep fingerprints of their own', () => {
    const note = [
      '# Machine Learning',
      '',
      '* **Amazon Rekognition** - finds objects, people and scenes in images and videos',
      '* **Amazon Polly** - turns written text into lifelike speech',
      '* **Amazon Transcribe** - turns recorded speech into written text',
      '* **Amazon Kendra** - searches documents with questions in plain language',
      '* **Amazon Personalize** - recommends products from what each customer did before',
      '* **Amazon Comprehend** - finds key phrases and sentiment in customer emails',
      '',
    ].join('\n');
    expect(questions(note).some((x) => x.kind === 'multi')).toBe(false);
  });

  it('is not asked over a long list, whose terms keep fingerprints of their own', () => {
    const extra = ['* **Task State** - does one unit of work with a resource', '* **Succeed State** - ends the run well', '* **Fail State** - ends the run badly with an error', '* **Retry Policy** - tries a failed unit again a few times'];
    const long = `${statesNote(5).trimEnd()}\n${extra.join('\n')}\n`;
    expect(questions(long).filter((x) => x.kind === 'term').length).toBeGreaterThan(8);
    expect(questions(long).some((x) => x.kind === 'multi')).toBe(false);
  });

  it('needs five terms: four would show a term twice', () => {
    expect(questions(statesNote(4)).some((x) => x.kind === 'multi')).toBe(false);
  });

  it('never pairs a term with a description that shares a word with what the note says of it', () => {
    // Each of the last three descriptions speaks of a queue: any of them beside another's term might be read as true.
    const note = [
      '# Order handling',
      '',
      '## Parts',
      '* **Intake** - hands every input on to its output without doing any work',
      '* **Pause** - waits for a set time or until a given date',
      '* **Orders** - holds what buyers placed today in a queue',
      '* **Returns** - keeps every item a customer sent back in a queue',
      '* **Refunds** - lists the money owed after approval in a queue',
      '',
    ].join('\n');
    expect(questions(note).some((x) => x.kind === 'multi')).toBe(false);
    const apartNote = note.replace(/ in a queue$/gm, '');
    expect(questions(apartNote).some((x) => x.kind === 'multi')).toBe(true);
  });

  it('never gives a term a description that names the term it belongs to', () => {
    // "iterates over each item of a map" beside another term is plainly the Map State's.
    const named = statesNote(5).replace('iterates over each item of an array', 'iterates over each item of a map');
    const q = questions(named).find((x) => x.kind === 'multi');
    const wrong = (q?.options ?? []).filter((o, i) => !q?.answers.includes(i));
    expect(wrong.some((o) => o.includes('item of a map'))).toBe(false);
    expect(questions(statesNote(5)).find((x) => x.kind === 'multi')).toBeDefined();
  });
});

describe('two-letter acronyms', () => {
  it('give away an answer that names them ("cross AZs" for Multi-AZ)', () => {
    expect(wordsOf('automatic failover to a read replica, cross AZs')).toContain('az');
    expect(wordsOf('Multi-AZ')).toContain('az');
    // Words and units in capitals are no acronyms of a thing.
    expect(wordsOf('IS 10 GB OR MORE')).not.toContain('gb');
    const note = [
      '# Amazon ElastiCache',
      '',
      '* **Cluster Mode** - data is partitioned across several shards of one cluster',
      '* **Multi-AZ** - enhanced availability, automatic failover to a read replica, cross AZs',
      '* **Global Datastore** - cross-region replication of a cluster for disaster recovery',
      '* **Data Tiering** - moves less used data from memory to local SSD storage',
      '',
    ].join('\n');
    const q = questions(note).find((x) => x.kind === 'definition' && x.stem.includes('cross AZs'));
    expect(q?.reasons).toContain('giveaway');
  });
});

describe('numbers in words', () => {
  it('are never taken for slips ("eight" is not "right")', () => {
    const note = ['# Amazon Route 53', '', '* **Multi-Value** - returns up to eight healthy records for users to choose', '* **Simple** - one record for a single resource', ''].join('\n');
    const shown = questions(note).flatMap((x) => [x.stem, ...x.options]).join('\n');
    expect(shown).toContain('eight');
    expect(shown).not.toContain('up to right');
  });
});
