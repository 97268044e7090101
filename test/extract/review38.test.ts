/** Causes found by the blind reviews that followed review37.test.ts's. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { loadCatalog } from '../../src/certs/data.js';

const shipped = loadCatalog();
const questions = (note: string) => extract(note, 'review38.md', shipped).questions;

describe('a service asked beside the other services a note describes in their own sections', () => {
  const security = (waf: string) =>
    [
      '# Security',
      '',
      '## Cognito',
      '* **Amazon Cognito** - managed service that gives users an identity to interact with a web or mobile app',
      '## Secrets Manager',
      '* **AWS Secrets Manager** - stores database credentials and rotates them on a schedule',
      '## IAM Identity Center',
      '* **IAM Identity Center** - one sign-in for the accounts of an organization and for business applications',
      '## WAF',
      `* **AWS WAF** - ${waf}`,
      '## Firewall Manager',
      '* **AWS Firewall Manager** - manages firewall rules across the accounts of an organization from one place',
      '## Network Firewall',
      '* **AWS Network Firewall** - stateful inspection of the traffic entering and leaving a VPC',
      '## Shield',
      '* **AWS Shield** - protection against distributed denial of service attacks, free in Standard and paid in Advanced',
      '',
    ].join('\n');
  const shieldAsked = (note: string) => {
    const q = questions(note).find((x) => x.stem.includes('which AWS service') && x.answers.some((a) => x.options[a] === 'AWS Shield'));
    expect(q).toBeDefined();
    return q!;
  };

  it('is offered services of its own kind first: AWS WAF, AWS Firewall Manager and AWS Network Firewall beside AWS Shield, not Amazon Cognito', () => {
    const q = shieldAsked(security('filters web requests by rules that match their headers, body and origin'));
    expect(q.options).toEqual(expect.arrayContaining(['AWS WAF', 'AWS Firewall Manager', 'AWS Network Firewall']));
    expect(q.options).not.toContain('Amazon Cognito');
  });

  it("still names a service whose own description is kept out, but never shows that description", () => {
    const kept = 'filters web requests by rules, todo look at the managed rule groups';
    const q = shieldAsked(security(kept));
    expect(q.options).toContain('AWS WAF');
    const others = questions(security(kept)).filter((x) => !x.stem.includes('AWS WAF') && !x.answers.some((a) => /AWS WAF|managed rule groups/.test(x.options[a])));
    expect(others.length).toBeGreaterThan(5);
    for (const x of others) expect(x.options.join('\n')).not.toContain('managed rule groups');
  });
});

describe('a description that says in plain words what the acronym in its term stands for', () => {
  const s3Security = (mfa: string) =>
    [
      '# S3',
      '',
      '## S3 Advanced Security',
      '* **S3 Encryption** - encrypt objects with keys, with several types of encryption to choose from',
      '* **S3 Access Logs** - for audit, every request to S3 buckets, allowed or denied, can be logged',
      '* **S3 CORS** - a browser mechanism that allows requests to other origins while visiting the main origin',
      `* **S3 MFA Delete** - ${mfa}`,
      '',
    ].join('\n');
  const describing = (note: string) => {
    const q = questions(note).find((x) => x.stem.includes('what best describes S3 MFA Delete'));
    expect(q).toBeDefined();
    return q!;
  };

  it('gives its term away: "authenticating with a device" for MFA (multi-factor authentication)', () => {
    expect(describing(s3Security('way to force authenticating with a device before destructive S3 operations')).reasons).toContain('giveaway');
  });

  it('while a description in other words is asked', () => {
    expect(describing(s3Security('way to demand a one-time code before destructive S3 operations')).reasons).not.toContain('giveaway');
  });
});

describe('items under a lead-in saying what a service inspects ("looks at:")', () => {
  const guardDuty = (lead: string) =>
    [
      '## Amazon GuardDuty',
      '* **AWS GuardDuty** - intelligent threat discovery to protect the AWS account',
      `    * ${lead}`,
      '        * `CloudTrail Events Logs` - unusual API calls, unauthorized deployments',
      '        * `VPC Flow Logs` - unusual traffic / ip address',
      '        * `DNS Logs` - compromised EC2 instances sending encoded data within DNS queries',
      '        * `Kubernetes Audit Logs` - suspicious activities / potential EKS cluster compromises',
      '',
    ].join('\n');
  const describing = (note: string) => questions(note).filter((q) => q.stem.includes('what best describes VPC Flow Logs'));

  it('are not asked as what best describes them: the options say what the service finds there', () => {
    const asked = describing(guardDuty('looks at:'));
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.reasons).toContain('ambiguous');
  });

  it('nor the other way round: "unusual API calls, unauthorized deployments" fits Kubernetes audit logs too', () => {
    const asked = questions(guardDuty('looks at:')).filter((q) => q.kind === 'definition' && q.stem.includes('unusual API calls'));
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.reasons).toContain('ambiguous');
  });

  it('while the items of a list of its parts are', () => {
    const asked = describing(guardDuty('data it reads comes from'));
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.reasons).not.toContain('ambiguous');
  });
});

describe('a value in a list of conditions ("autoscaling can be triggered if:")', () => {
  const rds = (lead: string) =>
    [
      '# RDS',
      '',
      '* **RDS Storage Autoscaling**',
      '    * increases storage on instance dynamically and automatically',
      `    * ${lead}`,
      '        * free storage is `less than 10%` of allocated storage',
      '        * `6 hours` have passed since last modification',
      '',
    ].join('\n');
  const sixHours = (note: string) => {
    const q = questions(note).find((x) => x.kind === 'numeric' && x.stem.includes('have passed since last modification'));
    expect(q).toBeDefined();
    return q!;
  };

  it('is asked with the condition it completes', () => {
    expect(sixHours(rds('autoscaling can be triggered if:')).stem).toContain('"autoscaling can be triggered if _____ have passed since last modification"');
  });

  it('while a list under a plain label is asked as it stands', () => {
    expect(sixHours(rds('limits:')).stem).toContain('"_____ have passed since last modification"');
  });
});

describe('an acronym in the stem that stands for the answer in another spelling', () => {
  const iam = (report: string) =>
    [
      '# IAM',
      '',
      '- Credential Report: lists the users and usage of their access keys',
      '- Access Analyzer: monitor access to resources from outside the zone of trust',
      `- Organisation activity: ${report}`,
      '- Access Advisor: shows the services a user was granted and when they were last used',
      '',
    ].join('\n');
  const asking = (note: string) => {
    const q = questions(note).find((x) => x.kind === 'definition' && x.answers.some((a) => x.options[a] === 'Organisation activity'));
    expect(q).toBeDefined();
    return q!;
  };

  it('gives it away: "OU" (organizational unit, AWS Organizations) for "Organisation activity"', () => {
    expect(asking(iam('service access report for OU or account')).reasons).toContain('giveaway');
  });

  it('while a stem without the acronym does not', () => {
    expect(asking(iam('service access report for a whole account')).reasons).not.toContain('giveaway');
  });
});

describe("a description that says the word by which the answer's kind is named", () => {
  const consumers = (records: string) =>
    [
      '## Kinesis Data Streams consumers',
      '* **Producer** - sends records into the stream through the SDK, the KPL or the Kinesis Agent',
      '* **Shard** - a unit of capacity: 1 MB/s or 1,000 records per second in, 2 MB/s out',
      `* **Consumer Records** - ${records}`,
      '* **Lambda Consumers** - functions the stream invokes with batches of records',
      '',
    ].join('\n');
  const asking = (note: string) => {
    const q = questions(note).find((x) => x.kind === 'definition' && x.answers.some((a) => x.options[a] === 'Consumer Records'));
    expect(q).toBeDefined();
    return q!;
  };

  it('gives it away: "consumed by a Consumer" for Consumer Records, beside Lambda Consumers that are consumers themselves', () => {
    expect(asking(consumers('a piece of data consumed by a Consumer that contains a Partition Key, Sequence no., Data Blob')).reasons).toContain('giveaway');
  });

  it('while a description in other words does not', () => {
    expect(asking(consumers('a piece of data read from a shard that holds a Partition Key, Sequence no., Data Blob')).reasons).not.toContain('giveaway');
  });
});

describe('a sibling that is the pattern for the answer ("Configuration Template" for "Environment Configuration")', () => {
  const beanstalk = (template: string) =>
    [
      '# Elastic Beanstalk',
      '',
      '- Application Version : A specific version of the code',
      '- Environment Configuration : Collection of parameters and settings that control environment',
      '- Environment Tier : how Elastic Beanstalk provisions resources based on the application',
      `- Configuration Template : ${template}`,
      '- Platform : combination of components on which we build our Application like OS, Language etc.',
      '',
    ].join('\n');
  const asking = (note: string) => {
    const q = questions(note).find((x) => x.kind === 'definition' && x.answers.some((a) => x.options[a] === 'Environment Configuration'));
    expect(q).toBeDefined();
    return q!;
  };

  it('is no wrong option for it: what is said of the answer is partly true of its pattern', () => {
    expect(asking(beanstalk('provides baseline for creating a new, unique, environment configuration')).options).not.toContain('Configuration Template');
  });

  it('while a sibling that only names it is', () => {
    expect(asking(beanstalk('saved settings you can apply again to a new environment configuration')).options).toContain('Configuration Template');
  });
});

describe('a sibling whose name is the answer with more words, or the answer the sibling with more', () => {
  const tiers = [
    '# S3',
    '',
    '* **Amazon S3 Intelligent Tiering** - move objects automatically between access tiers based on usage',
    '    * tiers:',
    '        * *Frequent Access tier* - default tier, enabled automatically',
    '        * *Infrequent Access tier* - objects not accessed for 30 days, enabled automatically',
    '        * *Archive Instant Access tier* - objects not accessed for 90 days, enabled automatically',
    '        * *Archive Access tier* - objects not accessed for a configurable amount of 90 to 700+ days, enabled optionally',
    '        * *Deep Archive Access tier* - objects not accessed for a configurable amount of 180 to 700+ days, enabled optionally',
    '',
  ].join('\n');

  it('is no wrong option for it: "Archive Access tier" beside "Archive Instant Access tier" is a kind of it', () => {
    const q = questions(tiers).find((x) => x.kind === 'definition' && x.answers.some((a) => x.options[a] === 'Archive Instant Access tier'));
    expect(q).toBeDefined();
    expect(q!.options).not.toContain('Archive Access tier');
    expect(q!.options).toContain('Frequent Access tier');
  });
});

describe('Reserved Instances beside Capacity Reservations', () => {
  const purchasing = [
    '# EC2',
    '',
    '- Instance Purchasing Options :',
    '  - On-Demand : Launched at any time, usually short-term uses',
    '  - Reserved : set period of time purchase for reduced cost',
    '  - Scheduled : similar to reserved instance but recurring/ fixed schedule',
    '  - Spot : Bid for a unused EC2 compute resources, fluctuating price',
    '  - On-Demand Capacity Reservations : Reserve capacity based on platform, tenancy and area availability',
    '- Tenancy',
    '  - Shared Tenancy : EC2 is launched on any available host, and one host may serve many customers',
    '  - Dedicated Instances : hosted on hardware that no other customer can access',
    '  - Dedicated Hosts : Additional visibility and control on physical host',
    '',
  ].join('\n');

  it('are not told apart by reserving capacity: zonal Reserved Instances reserve it too', () => {
    const q = questions(purchasing).find((x) => x.stem.includes('what best describes Reserved?'));
    expect(q).toBeDefined();
    expect(q!.options.join('\n')).not.toContain('Reserve capacity');
  });
});

describe('an English word that other notes misspell ("guarentee" four times in the shipped vocabulary)', () => {
  it('is shown as written, never rewritten as the misspelling', () => {
    const note = [
      '# EC2',
      '',
      '- Dedicated Instances : no capacity guarantee in an AZ unless bought with a reservation',
      '- Spot Instances : spare capacity at a steep discount that can be taken back',
      '- Reserved : set period of time purchase for reduced cost',
      '- On-Demand : Launched at any time, usually short-term uses',
      '',
    ].join('\n');
    const shown = questions(note).flatMap((q) => [q.stem, ...q.options]).join('\n');
    expect(shown).toContain('guarantee');
    expect(shown).not.toContain('guarentee');
  });
});

describe('what a word means, said in the stem', () => {
  const firehose = [
    '## Amazon Data Firehose',
    '* **Producers** - push records into Kinesis Data Firehose',
    '* **Buffer** - allows accumulating data before sending it to destination',
    '* **Destinations** - targets to which data is loaded from KDF with batch writes',
    '* **Transformations** - a Lambda function that changes records on their way through',
    '',
  ].join('\n');

  it('gives Producers away: they push, send and put records', () => {
    const asked = questions(firehose).filter((q) => q.stem.includes('Producers') || q.answers.some((a) => q.options[a] === 'Producers'));
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.reasons).toContain('giveaway');
  });
});

describe('a description that says "here" for its own term', () => {
  const layers = (storage: string) =>
    [
      '# Layers of Streaming',
      '',
      '- Stream Ingestion : collects data from many sources and puts it into the stream',
      `- Stream Storage : ${storage}`,
      '- Stream Processing : reads data as it arrives and transforms, enriches or analyzes it',
      '- Stream Destination : where the processed data ends up, such as a data lake or a warehouse',
      '',
    ].join('\n');
  const asking = (note: string) => {
    const q = questions(note).find((x) => x.kind === 'definition' && x.answers.some((a) => x.options[a] === 'Stream Storage'));
    expect(q).toBeDefined();
    return q!;
  };

  it('is a fragment once the term is hidden: "data here is immutable" points at nothing', () => {
    expect(asking(layers('data here is immutable and only expires, after 24 hours to 365 days')).reasons).toContain('fragment');
  });

  it('while the same description without it is not', () => {
    expect(asking(layers('keeps records immutable until they expire, after 24 hours to 365 days')).reasons).not.toContain('fragment');
  });
});
