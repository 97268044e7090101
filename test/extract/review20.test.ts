/** Rules of the 20th stop: opposites by prefix, labels a family names, lists of the answer's own family, peers' statements that name the peer. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { loadCatalog } from '../../src/certs/data.js';
import { bundledFamilies, familyMates } from '../../src/extract/families.js';
import { nameWithin } from '../../src/extract/text.js';
import { askWhich } from '../../src/extract/stems.js';
import { compounded } from '../../src/extract/quality.js';

/** The shipped catalog and families: the rules below are about what they hold. */
const shipped = loadCatalog();
const families = bundledFamilies();
const questions = (note: string) => extract(note, 'review20.md', shipped).questions;
const eligible = (note: string) => questions(note).filter((q) => q.score >= 0.6);
const wrongOf = (q: { options: string[]; answers: number[] }) => q.options.filter((_, i) => !q.answers.includes(i));

describe('a one-word name and its opposite', () => {
  it('are two names when a negating prefix makes the longer one', () => {
    expect(nameWithin('symmetric', 'asymmetric')).toBe(false);
    expect(nameWithin('synchronous', 'asynchronous')).toBe(false);
    expect(nameWithin('authoritative', 'non authoritative')).toBe(false);
    expect(nameWithin('frequent', 'infrequent')).toBe(false);
  });

  it('stay one name when the longer one only adds to the end', () => {
    expect(nameWithin('http', 'https')).toBe(true);
    expect(nameWithin('cloudwatch', 'amazon cloud watch')).toBe(true);
  });

  it('lets "Asynchronous" be a wrong option beside "Synchronous"', () => {
    const note = [
      '# Application communication',
      '',
      '- **Synchronous** - one application talks directly to another and waits for the answer',
      '- **Asynchronous** - applications talk through a queue in between and never wait',
      '- **Polling** - the consumer asks the producer for new data at regular intervals',
      '- **Streaming** - records flow continuously from producers to consumers in order',
      '',
    ].join('\n');
    const q = questions(note).find((x) => x.kind === 'definition' && x.stem.includes('directly to another'));
    expect(q?.options).toContain('Asynchronous');
  });
});

// "Pricing" is usually a section label, but here it is one of the ways Regions differ. (Under a
// lead-in to criteria, "Pick a region based on", such items are asked in no direction: review31.test.ts.)
const regionNote = [
  '# AWS Global Infrastructure',
  '',
  'Regions differ in:',
  '',
  '- Compliance - the app might be restricted to a region by data governance rules',
  '- Latency - servers should be close to the end users of the business',
  '- Pricing - prices vary between regions because of local taxes',
  '- Availability - not all services are offered in all regions',
  '',
].join('\n');

describe('a capitalised label a curated family lists beside its siblings', () => {
  it('is a name: "Pricing" is a wrong option among the ways Regions differ', () => {
    const q = eligible(regionNote).find((x) => x.kind === 'definition' && x.stem.includes('data governance'));
    expect(q?.options).toHaveLength(4);
    expect(wrongOf(q ?? { options: [], answers: [] })).toContain('Pricing');
  });

  it('stays a label outside such a list', () => {
    const note = [
      '# Amazon S3',
      '',
      '- Durability - objects are stored redundantly across several facilities in a region',
      '- Pricing - you pay for storage, requests and data transferred out of the region',
      '- Versioning - keeps every version of an object so that deletes can be undone',
      '- Replication - copies objects to a bucket in another region automatically',
      '',
    ].join('\n');
    expect(questions(note).some((x) => wrongOf(x).includes('Pricing'))).toBe(false);
  });

  it('is not a phrase in lower case, even when a family lists its words', () => {
    // "encryption at rest using KMS" is a phrase of the RDS security list, not the name of an encryption state.
    const note = [
      '# Amazon RDS',
      '',
      '* **Security**:',
      '    * encryption at rest using KMS - must be defined at launch time',
      '    * encryption in flight using SSL by default - use the TLS root certificates on the client',
      '    * to encrypt an unencrypted DB - take a snapshot and restore it as encrypted',
      '',
      '# Security and Encryption',
      '',
      '* **Encryption in flight** - data is encrypted before sending and decrypted after receiving',
      '* **Encryption at rest** - the server encrypts the data after receiving it',
      '* **Client side encryption** - the client encrypts the data and the server never decrypts it',
      '',
    ].join('\n');
    expect(questions(note).some((x) => wrongOf(x).some((o) => /launch time|root certificates|using (?:KMS|SSL)/i.test(o)))).toBe(false);
  });
});

describe('descriptions borrowed from another list for a short list', () => {
  it('come only from a list of mates in the answer\'s own family', () => {
    // Firehose's producers and destinations are mates, but not in the family of Kinesis shards.
    expect(familyMates('Producers', 'Destinations', families, 'Buffer')).toBe(true);
    expect(familyMates('Producers', 'Destinations', families, 'Shard')).toBe(false);
  });

  it('never offer a Firehose stage as what a Kinesis Data Streams concept is', () => {
    const note = [
      '# Kinesis Data Streams',
      '',
      '- **Shards** - numbered sequences of data records that make up a stream',
      '- **Producers** - applications that send records into a data stream',
      '- **Consumers** - Lambda functions or KCL apps that process what the stream holds',
      '',
      '# Amazon Data Firehose',
      '',
      '- **Producers** - clients that push records into a delivery stream of Firehose',
      '- **Buffer** - accumulates incoming data before it is sent on to a destination',
      '- **Destinations** - the targets where Firehose loads the data in batches',
      '',
    ].join('\n');
    const q = questions(note).find((x) => x.kind === 'term' && x.stem.includes('describes Shards'));
    expect(q).toBeDefined();
    expect((q?.options ?? []).some((o) => /Firehose|delivery stream|accumulates|targets where/i.test(o))).toBe(false);
  });
});

describe('a statement about one family member', () => {
  it('is never wrong because it names the peer it was said of', () => {
    const note = [
      '## AWS Identity and Access Management - IAM',
      '',
      '**IAM Users**',
      '',
      '- It is identity with specific permission for a single person or application',
      '- They have a sign-in URL for IAM users in this account, found on the dashboard',
      '- **Permission** can be given to them using _Roles_',
      '',
      '**IAM Roles**',
      '',
      '- It is _similar_ to an IAM user, but is not associated with a specific person. It is identity with specific permission.',
      '- Roles are used by **services to talk** to each other, such as EC2 reading an S3 bucket.',
      '- Instead of being uniquely associated with one person, a role is **intended to be assumable** by anyone who needs it.',
      "- It doesn't have long-term credentials, instead it provides you with **temporary security credentials**.",
      '- IAM Identity Center and other AWS services **automatically create roles** for their services.',
      '',
    ].join('\n');
    const asked = questions(note).filter((q) => (q.kind === 'statement' || q.kind === 'multi') && q.stem.includes('IAM Users'));
    for (const q of asked) expect(wrongOf(q).filter((w) => /\broles?\b/i.test(w))).toEqual([]);
  });

  it('may still be wrong when it names the peer only by a word of the context', () => {
    const note = [
      '### Amazon S3 Encryption',
      '',
      '- SSE-S3 (Server Side Encryption with S3 managed keys)',
      '  - minimal configuration, upload all data and S3 will manage everything',
      '  - AWS will manage all encryption keys',
      '- SSE-KMS (Server Side Encryption with KMS managed keys)',
      '  - allows S3 to use Key Management Service to generate data encryption keys',
      '  - gives greater flexibility to disable and rotate keys and apply access controls',
      '- SSE-C (Server Side Encryption with customer provided keys)',
      '  - you provide the keys with each request',
      '  - S3 performs the encryption without storing the key',
      '',
    ].join('\n');
    const asked = questions(note).filter((q) => q.kind === 'statement' && q.stem.includes('SSE-KMS'));
    expect(asked.some((q) => wrongOf(q).some((w) => /S3 will manage everything/.test(w)))).toBe(true);
  });
});

describe('the causes of this stop\'s review', () => {
  it('asks for a singular term where the note\'s description starts with "are"', () => {
    expect(askWhich('term', 'are attached to each instance', 'EC2 Auto Scaling')).toBe('In the context of EC2 Auto Scaling, which term is attached to each instance?');
  });

  it('finds a description of generic words only ("method of accessing secured resources") ambiguous', () => {
    const note = [
      '# AWS IAM',
      '',
      '- **Access Control** - method of accessing secured resources',
      '- **Roles** - let applications and services assume temporary permissions to reach AWS resources',
      '- **User Groups** - a collection of IAM users that share the same attached policies',
      '- **Policies** - JSON documents that allow or deny actions on resources',
      '',
    ].join('\n');
    const q = questions(note).find((x) => x.kind === 'definition' && x.stem.includes('secured resources'));
    expect(q?.reasons).toContain('ambiguous');
  });
});

describe('answers that give themselves away', () => {
  it('spot a one-word name made of two words of the text', () => {
    expect(compounded('Amazon Textract', 'Detect and extract text data from various documents')).toBe(true);
    expect(compounded('AWS DataSync', 'sync data between on-premises storage and AWS')).toBe(true);
    expect(compounded('Amazon Rekognition', 'Face detection, labeling, celebrity recognition')).toBe(false);
    expect(compounded('Amazon Translate', 'Translate text in different languages')).toBe(false);
  });

  it('reject a description that is little more than the term itself', () => {
    const note = [
      '# AWS IAM',
      '',
      '- Critical Terms:',
      '  - Users: End Users (Think People)',
      '  - Groups: Collection of users under one set of permissions',
      '  - Roles: Create roles and then assign them to AWS resources',
      '  - Policies: A document that defines one (or more) permissions.',
      '',
    ].join('\n');
    const q = questions(note).find((x) => x.kind === 'term' && x.stem.endsWith('describes Users?'));
    expect(q?.reasons).toContain('giveaway');
  });
});

describe('numeric statements the last review rejected', () => {
  const caching = [
    '# Amazon API Gateway',
    '',
    '- Caching Responses',
    '  - Builtin into the API Gateways, useful for speed and costs. TTL can be setup between 0 and 3600 seconds. Usually having 1sec cache can greatly improve application.',
    '',
  ].join('\n');

  it('never ask the value of a rule of thumb ("1sec cache can greatly improve application")', () => {
    const asked = questions(caching).filter((q) => q.kind === 'numeric' && /Usually having _____/.test(q.stem));
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.reasons).toContain('trivial');
  });

  it('still ask a limit stated beside one', () => {
    const limit = questions(caching).find((q) => q.kind === 'numeric' && /between 0 and _____/.test(q.stem));
    expect(limit?.reasons ?? ['missing']).not.toContain('trivial');
  });

  it('find an API call set off by a spaced colon residue', () => {
    const note = [
      '# Kinesis Data Streams',
      '',
      '**Shard** : holds a sequence of data records',
      '',
      '- There is a charge for retrieving data older than 7 days from a stream using this API : `GetRecords()`',
      '- default retention : 24 hours',
      '',
    ].join('\n');
    const api = questions(note).find((q) => q.kind === 'numeric' && q.stem.includes('GetRecords'));
    expect(api?.reasons).toContain('residue');
    const retention = questions(note).find((q) => q.kind === 'numeric' && q.stem.includes('retention'));
    expect(retention?.reasons ?? ['missing']).not.toContain('residue');
  });
});

describe('descriptions of unlike length', () => {
  const records = (blob: string) =>
    [
      '# Kinesis Data Streams',
      '',
      '* **Producer Records** - a piece of data produced by a Producer',
      '    * **Partition Key** - defines which shard the record will go into',
      '    * **Sequence Number** - additional grouping within the partition key, unique per partition key within a shard',
      `    * **Data Blob** - ${blob}`,
      '    * **Shard Iterator** - where the record was in the shard',
      '',
    ].join('\n');

  it('give nothing away when a wrong option is the odd one out', () => {
    const q = questions(records('the value itself')).find((x) => x.kind === 'term' && x.stem.endsWith('describes Partition Key?'));
    expect(q?.options).toContain('The value itself');
    expect(q?.reasons ?? ['missing']).not.toContain('unlike-options');
  });

  it('still reject a question whose answer is the odd one out', () => {
    const q = questions(records('the value itself')).find((x) => x.kind === 'term' && x.stem.endsWith('describes Data Blob?'));
    expect(q?.reasons).toContain('unlike-options');
  });

  it('never offer a bare list of single words beside descriptions', () => {
    const note = [
      '# Stream processing',
      '',
      '- **Batch Processing** - data is collected, stored and analysed in chunks of fixed size on a regular interval',
      '- **Stream Processing** - solves latency, session boundaries and inconsistent loads',
      '- **Producers** - Writing, Put, Describe',
      '- **Consumers** - applications that process the data from a stream and can create new streams',
      '',
    ].join('\n');
    const q = questions(note).find((x) => x.kind === 'term' && x.stem.endsWith('describes Consumers?'));
    expect(q).toBeDefined();
    expect(q?.options).not.toContain('Writing, Put, Describe');
  });
});

describe('the causes of the last review', () => {
  it('take the wrong descriptions of a scaling policy from the other policies only, never a cooldown', () => {
    const note = [
      '# EC2 Auto Scaling',
      '',
      '* **Scaling Strategies**:',
      '    * *Manual Scaling* - update size of ASG manually',
      '    * *Dynamic Scaling* - respond to changing demand',
      '        * *Simple / Step Scaling* - when an alarm is triggered add/remove n units',
      '        * *Target Tracking Scaling* - scale so that average CPU usage is around 40%',
      '        * *Scheduled Scaling* - anticipate scaling based on known usage patterns, like more capacity on Friday afternoons',
      '    * *Predictive Scaling* - use machine learning to scale ahead of time based on traffic forecasts',
      '    * **Scaling Cooldown** - after a scaling activity the group waits (default 300s) so that metrics can stabilise',
      '',
    ].join('\n');
    const asked = questions(note).filter((x) => x.kind === 'term' && /Predictive|Target Tracking|Scheduled/.test(x.stem));
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.options.some((o) => /cooldown|stabilise/i.test(o))).toBe(false);
    // Predictive scaling responds to changing demand too: neither is offered for the other.
    for (const q of questions(note).filter((x) => x.kind === 'definition' && x.stem.includes('changing demand'))) {
      expect(q.options).not.toContain('Predictive Scaling');
    }
  });

  it('keep an identifier that drops the dot its siblings keep out of exams, as the asked name too', () => {
    const note = [
      '# AWS Step Functions',
      '',
      '- **States.ALL** - matches any error name',
      '- **States.Timeout** - a task ran longer than TimeoutSeconds or sent no heartbeat',
      '- **States.TaskFailed** - an execution failure of the task',
      '- **StatesPermissions** - insufficient privileges to execute the code',
      '',
    ].join('\n');
    const asked = questions(note).filter((x) => x.stem.includes('StatesPermissions') || x.options.includes('StatesPermissions'));
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.reasons).toContain('malformed');
  });
});
