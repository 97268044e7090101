/** Rules of the 22nd stop: a curated family describes the members a note's short list leaves out. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { loadCatalog } from '../../src/certs/data.js';
import { bundledFamilies, familyDescriptions, familySpelling, type Family } from '../../src/extract/families.js';
import { containsPhrase } from '../../src/extract/text.js';

const shipped = loadCatalog();
const questions = (note: string) => extract(note, 'review22.md', shipped).questions;
const eligible = (note: string) => questions(note).filter((q) => q.score >= 0.6);
const wrongOf = (q: { options: string[]; answers: number[] }) => q.options.filter((_, i) => !q.answers.includes(i));
const families = bundledFamilies();
const described = (id: string, member: string) => families.find((f) => f.id === id)?.described?.[member] ?? '';

/** Load balancer generations as the bundled associate notes list them, those named only. */
const LOAD_BALANCERS: Record<string, string> = {
  CLB: 'V1, old generation, LB available from 2009',
  ALB: 'V2, new generation, LB available from 2016',
  NLB: 'V2, new generation, LB available from 2017',
  GWLB: 'Gateway Load Balancer - modern LB available from 2020, used to manage a fleet of 3rd party network virtual appliances',
};
const loadBalancerNote = (...names: string[]) =>
  ['# Scalability & High Availability', '', '* **Types of load balancers**', ...names.map((n) => `    * **${n}** - ${LOAD_BALANCERS[n]}`), ''].join('\n');

/** Two fields of a Step Functions task, as the bundled associate notes list them. */
const taskNote = [
  '# AWS Step Functions',
  '',
  '* **Error handling**',
  '    * `Retry` - to retry failed state',
  '    * `Catch` - transition to failure path',
  '',
].join('\n');

/** Three scaling policies, and a note that spells "forecasts" its own way elsewhere. */
const scalingNote = [
  '# EC2 Auto Scaling',
  '',
  '* **Scaling Policies**',
  '    * *Target Tracking Scaling* - scale so that average CPU usage is around 40%',
  '    * *Step Scaling* - when a CloudWatch alarm is triggered add or remove n units',
  '    * *Scheduled Scaling* - anticipate scaling based on known usage patterns, like Friday afternoons',
  '',
  '# Machine Learning',
  '',
  '* **Amazon Forecast** - fully managed service that uses ML to deliver highly accurate forcasts',
  '    * reduce forcasting time from months to hours, forcasts of demand',
  '',
].join('\n');

describe('a term of a short list in a curated family', () => {
  it('is offered the family\u2019s own descriptions of members the list leaves out', () => {
    const q = eligible(taskNote).find((x) => x.kind === 'term' && x.stem.endsWith('describes Catch?'));
    expect(q).toBeDefined();
    const wrong = wrongOf(q!);
    expect(wrong).toHaveLength(3);
    expect(wrong).toContain('To retry failed state');
    expect(wrong).toContain(described('step-functions-task-fields', 'Resource'));
  });

  it('is not offered them when the family describes nothing', () => {
    const bare: Family[] = families.map((f) => ({ ...f, described: undefined }));
    expect(familyDescriptions('Catch', ['Retry'], bare)).toEqual([]);
    const q = questions(taskNote).find((x) => x.kind === 'term' && x.stem.endsWith('describes Catch?'));
    // With the shipped families the same question has four options (above); the rule is what adds them.
    expect(q!.options.length).toBe(4);
  });

  it('never offers a member marked alike with the answer', () => {
    const q = eligible(scalingNote).find((x) => x.kind === 'term' && x.stem.endsWith('describes Step Scaling?'));
    expect(q).toBeDefined();
    const wrong = wrongOf(q!);
    // Simple and target tracking scaling act on an alarm too: their descriptions fit step scaling.
    expect(wrong).not.toContain(described('auto-scaling-policies', 'Simple Scaling'));
    expect(wrong).not.toContain(described('auto-scaling-policies', 'Target Tracking Scaling'));
    expect(wrong).not.toContain(described('auto-scaling-policies', 'Dynamic Scaling'));
    expect(wrong).toContain(described('auto-scaling-policies', 'Predictive Scaling'));
  });

  it('shows a curated description as written, never respelled like the note', () => {
    const q = eligible(scalingNote).find((x) => x.kind === 'term' && x.stem.endsWith('describes Target Tracking Scaling?'));
    expect(q).toBeDefined();
    const text = described('auto-scaling-policies', 'Predictive Scaling');
    expect(text).toMatch(/Forecasts/);
    expect(q!.options).toContain(text);
  });
});

describe('familyDescriptions', () => {
  it('leaves out the answer, the excluded names and the members alike with it, not the other siblings', () => {
    const names = familyDescriptions('Step Scaling', ['Target Tracking Scaling', 'Scheduled Scaling'], families, ['Manual Scaling']).map(([n]) => n);
    expect(names).toContain('Predictive Scaling');
    // A sibling whose own description is not offered may be described in the family's words.
    expect(names).toContain('Scheduled Scaling');
    for (const gone of ['Step Scaling', 'Target Tracking Scaling', 'Manual Scaling', 'Simple Scaling', 'Dynamic Scaling']) {
      expect(names).not.toContain(gone);
    }
  });

  it('finds no family for a plain word whose siblings are in none', () => {
    expect(familyDescriptions('Standard', ['Premium', 'Basic'], families)).toEqual([]);
  });
});

describe('the curated descriptions', () => {
  const all = families.flatMap((f) => Object.entries(f.described ?? {}).map(([name, text]) => ({ f, name, text })));

  it('describe members by their first spelling', () => {
    expect(all.length).toBeGreaterThanOrEqual(150);
    for (const { f, name } of all) {
      expect(f.members.map((m) => (Array.isArray(m) ? m[0] : m)), `${f.id}: ${name}`).toContain(name);
    }
  });

  it('never name their own member, which would give them away as the wrong option they are', () => {
    for (const { f, name, text } of all) {
      const member = f.members.find((m) => (Array.isArray(m) ? m[0] : m) === name)!;
      const spellings = (Array.isArray(member) ? member : [member]).filter((s) => s.length >= 3);
      expect(spellings.filter((s) => containsPhrase(text, s)), `${f.id}: ${name}`).toEqual([]);
    }
  });

  it('are short enough to stand beside a note\u2019s own descriptions', () => {
    for (const { f, name, text } of all) expect(text.split(/\s+/).length, `${f.id}: ${name}`).toBeLessThanOrEqual(20);
  });
});

describe('a family\u2019s misfits', () => {
  /** The three CodeDeploy traffic-shifting configurations (the bundled notes' Canary line, which lost its number, is reworded). */
  const note = [
    '# AWS CodeDeploy',
    '',
    '* **Traffic shifting**',
    '    * **Canary** - a share of traffic is shifted first, the rest after a set wait',
    '    * **Linear** - traffic is shifted in equal increments with equal periods',
    '    * **All at once** - traffic is immediately shifted',
    '',
  ].join('\n');
  const misfits = families.find((f) => f.id === 'codedeploy-traffic-shifting')?.misfits ?? [];

  it('make up the wrong descriptions of a family whose members are all listed', () => {
    const q = eligible(note).find((x) => x.kind === 'term' && x.stem.endsWith('describes Linear?'));
    expect(q).toBeDefined();
    const wrong = wrongOf(q!);
    expect(wrong).toHaveLength(3);
    expect(wrong.filter((w) => misfits.includes(w))).toHaveLength(1);
  });

  it('are no member\u2019s description, and no family\u2019s misfit names a member of it', () => {
    for (const f of families) {
      for (const text of f.misfits ?? []) {
        expect(Object.values(f.described ?? {}), f.id).not.toContain(text);
        const named = f.members.flatMap((m) => (Array.isArray(m) ? m : [m])).filter((s) => s.length >= 3 && containsPhrase(text, s));
        // A constant ("ALARM") said as a plain word ("the alarm's actions") names no member.
        expect(named.filter((s) => !/^[A-Z_]+$/.test(s) || text.includes(s)), `${f.id}: ${text}`).toEqual([]);
      }
    }
  });
});

describe('the causes of the 22nd stop\u2019s review', () => {
  it('keep a term question out whose answer is a property of the term, not what it is', () => {
    const note = [
      '# Amazon EBS',
      '',
      '* **EBS Snapshot Features**',
      '    * **Fast Snapshot Restore** - can be enabled for new and existing snapshots per AZ',
      '    * **Recycle Bin** - rules to retain deleted snapshots, specify retention 1d-1y, find deleted snapshots',
      '',
    ].join('\n');
    const q = questions(note).find((x) => x.kind === 'term' && x.stem.endsWith('describes Fast Snapshot Restore?'));
    expect(q).toBeDefined();
    expect(q!.reasons).toContain('fragment');
    const other = questions(note).find((x) => x.kind === 'term' && x.stem.endsWith('describes Recycle Bin?'));
    expect(other!.reasons).not.toContain('fragment');
  });

  it('show a term the note misspells by one letter as its family spells it', () => {
    const note = [
      '# Amazon CloudFront',
      '',
      '* **CloudFront features**',
      '    * **Price Classess** - reduce number of edge locations for cost reduction',
      '    * **Origin Groups** - primary and secondary origin for high availability and failover',
      '    * **Cache Behaviors** - configure different settings for a given URL path pattern',
      '    * **Geo Restriction** - restrict who can access your distribution by country',
      '',
    ].join('\n');
    const asked = questions(note).filter((x) => /Price Class/.test([x.stem, ...x.options].join(' ')));
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect([q.stem, ...q.options].join(' ')).not.toMatch(/Classess/);
    // The explanation quotes the note as it is.
    expect(asked[0].explanation).toMatch(/Price Classess/);
  });

  it('take no other word, form or number of a name for a slip', () => {
    expect(familySpelling('Price Classess', families)).toBe('Price Classes');
    expect(familySpelling('Atrributes', families)).toBe('Attributes');
    expect(familySpelling('EC2 isntances', families)).toBe('EC2 Instances');
    // Another real word, another way of writing the name, a plural.
    expect(familySpelling('Scheduled', families)).toBe('Scheduled');
    expect(familySpelling('interval', families)).toBe('interval');
    expect(familySpelling('ReceiptHandle', families)).toBe('ReceiptHandle');
    expect(familySpelling('Custom Event Buses', families)).toBe('Custom Event Buses');
    expect(familySpelling('ChangeSets', families)).toBe('ChangeSets');
  });

  it('take a word inside a name one "s" short for the name misspelt ("Saving Plans"), unless the family lists it so', () => {
    const own: Family[] = [
      { id: 'buying', members: [['Savings Plans'], ['Reserved Instances'], ['Spot Instances']] },
      { id: 'reports', members: [['Credentials Report', 'Credential Report'], ['Access Advisor']] },
    ];
    expect(familySpelling('Saving Plans', own)).toBe('Savings Plans');
    expect(familySpelling('Credential Report', own)).toBe('Credential Report');
    // The last word one "s" off is a plural, left as written.
    expect(familySpelling('Savings Plan', own)).toBe('Savings Plan');
  });
});

describe('siblings and spellings of a described family', () => {
  const note = loadBalancerNote('CLB', 'ALB', 'NLB', 'GWLB');

  it('describe a sibling in the family\u2019s words when its own description is too like another option', () => {
    const q = eligible(note).find((x) => x.kind === 'term' && x.stem.endsWith('describes CLB?'));
    expect(q).toBeDefined();
    const wrong = wrongOf(q!);
    // ALB's and NLB's own descriptions are near copies: one of them, and the family's words for the other.
    expect(wrong.filter((w) => /^V2, new generation/.test(w))).toHaveLength(1);
    expect(wrong.some((w) => w === described('load-balancer-types', 'Network Load Balancer') || w === described('load-balancer-types', 'Application Load Balancer'))).toBe(true);
  });

  it('keep out a term question whose answer names the term by another of its spellings', () => {
    const q = questions(note).find((x) => x.kind === 'term' && x.stem.endsWith('describes GWLB?'));
    expect(q).toBeDefined();
    expect(q!.reasons).toContain('giveaway');
  });
});

describe('a member named by an offered sibling', () => {
  it('is left out only when the sibling names it in two words or more', () => {
    const note = [
      '# AWS Security & Encryption',
      '',
      '* **Encryption**',
      '    * **Encryption in flight** - data is encrypted before sending and decrypted after receiving',
      '    * **Encryption at rest** - encryption by server after receiving the data',
      '    * **Client side encryption** - data is encrypted by the client and never decrypted by the server',
      '',
    ].join('\n');
    // The encryption states are a closed family: client-side encryption lends them nothing, and the
    // question falls short of four options; what is looked at here is which options it has.
    const q = questions(note).find((x) => x.kind === 'term' && x.stem.endsWith('describes Encryption in flight?'));
    expect(q).toBeDefined();
    expect(q!.options.some((o) => /^Data is encrypted by the client/.test(o))).toBe(false);
    // "Encryption at rest", offered, shares only the word "encryption" with "Encryption in use".
    expect(wrongOf(q!)).toContain('Encryption by server after receiving the data');
    expect(wrongOf(q!)).toContain(described('encryption-states', 'Encryption in use'));
  });
});

describe('the causes of the 22nd stop\u2019s second review', () => {
  it('show a description without the note\u2019s label in front of it', () => {
    const note = [
      '# AWS IAM',
      '',
      '* **IAM building blocks**',
      '    * **Access Control** : method of accessing secured resources',
      '    * **User Groups** : Object : Collection of IAM Users and Associated Policies',
      '    * **Roles** : allows IAM users and services to adopt a set of temporary IAM permissions to access AWS resources',
      '',
    ].join('\n');
    const asked = questions(note).filter((x) => x.kind === 'term');
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.options.join('\n')).not.toMatch(/Object :/);
    expect(asked.some((q) => q.options.includes('Collection of IAM Users and Associated Policies'))).toBe(true);
    // The label is no part of the fact: a question asking for the term quotes the description without it.
    const quoting = questions(note).filter((x) => x.kind === 'definition' && /collection of IAM Users/i.test(x.stem));
    expect(quoting.length).toBeGreaterThan(0);
    for (const q of quoting) expect(q.stem).not.toMatch(/Object :/);
  });

  it('never offer a description that opens with the name of what it describes', () => {
    const note = loadBalancerNote('CLB', 'ALB', 'GWLB');
    const q = questions(note).find((x) => x.kind === 'term' && x.stem.endsWith('describes CLB?'));
    expect(q).toBeDefined();
    expect(q!.options.some((o) => /^Gateway Load Balancer/.test(o))).toBe(false);
  });
});

describe('the causes of the 22nd stop\u2019s third review', () => {
  it('take a description told from a listed sibling\u2019s by its year only for trivia, offered or not', () => {
    const note = loadBalancerNote('CLB', 'ALB', 'NLB');
    for (const term of ['ALB', 'NLB']) {
      const q = questions(note).find((x) => x.kind === 'term' && x.stem.endsWith(`describes ${term}?`));
      expect(q).toBeDefined();
      expect(q!.reasons).toContain('trivial');
    }
    const clb = questions(note).find((x) => x.kind === 'term' && x.stem.endsWith('describes CLB?'));
    expect(clb!.reasons).not.toContain('trivial');
  });
});

describe('the cause of the 22nd stop\u2019s last review', () => {
  it('keeps "no limit" to an SNS topic\u2019s subscribers out of exams: a topic takes up to 12,500,000', () => {
    const note = [
      '## SNS',
      '* **Simple Notification Service (SNS)** - serverless pub/sub solution service for creating topics',
      '    * **Event Publishers** - send messages to one SNS topic',
      '    * **Event Subscribers** - no limit to how many can listen to an SNS topic notifications',
      '',
    ].join('\n');
    const asked = questions(note).filter((x) => x.explanation.includes('no limit to how many'));
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.reasons).toContain('outdated');
  });
});
