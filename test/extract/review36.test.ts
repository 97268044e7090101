/** Causes found by the blind reviews that followed review35.test.ts's, each as a rule over any note. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { loadCatalog } from '../../src/certs/data.js';

const shipped = loadCatalog();
const questions = (note: string) => extract(note, 'review36.md', shipped).questions;

describe('a description that names another term by its initials ("IAM actions on OU or Account")', () => {
  const organizations = [
    '# AWS Organizations',
    '',
    '* **Multi Account Strategy** - separate accounts for different departments',
    '* **Multi-VPC** - separate departments through VPCs instead of multi-accounts',
    '* **Organization Units** - a logical group of accounts inside an organization',
    '* **Service Control Policies** - allows whitelist/blacklist IAM actions on OU or Account',
    '* **Consolidated Billing** - one bill for all accounts in the organization',
    '* **Delegated Administrator** - a member account allowed to manage a service for the organization',
    '',
  ].join('\n');

  it('does not offer that term as a wrong option: the description plainly is not about it', () => {
    const q = questions(organizations).find((x) => x.kind === 'definition' && x.stem.includes('whitelist/blacklist'));
    expect(q?.options).toHaveLength(4);
    expect(q?.options).not.toContain('Organization Units');
  });

  it('is not a wrong description for that term either', () => {
    const q = questions(organizations).find((x) => x.kind === 'term' && x.stem.endsWith('describes Organization Units?'));
    expect(q?.options).toHaveLength(4);
    expect(q?.options.some((o) => /on OU or Account/.test(o))).toBe(false);
  });

  it('while a term whose initials it does not say stays a wrong option', () => {
    const q = questions(organizations).find((x) => x.kind === 'term' && x.stem.endsWith('describes Delegated Administrator?'));
    expect(q?.options.some((o) => /on OU or Account/.test(o))).toBe(true);
  });
});

describe('a note that files Scheduled Scaling under Dynamic Scaling', () => {
  const strategies = (nested: boolean) =>
    [
      '# Amazon EC2 Auto Scaling',
      '',
      '* **Scaling Strategies**:',
      '    * *Manual Scaling* - update size of ASG manually',
      '    * *Dynamic Scaling* - respond to changing demand',
      '        * *Simple / Step Scaling* - when an alarm is triggered add/remove n units',
      '        * *Target Tracking Scaling* - scale so that average CPU usage is around 40%',
      `${nested ? '        ' : '    '}* *Scheduled Scaling* - anticipate scaling based on known usage patterns, like increase capacity between 2PM-4PM on Friday`,
      '    * *Predictive Scaling* - use machine learning to scale ahead of time based on traffic forecasts',
      '',
    ].join('\n');
  const asked = (nested: boolean) => questions(strategies(nested)).filter((q) => q.kind === 'definition' && q.stem.includes('known usage patterns'));

  it('is a note error the catalog knows: asked "in the context of Dynamic Scaling", it teaches a wrong category', () => {
    expect(asked(true).length).toBeGreaterThan(0);
    for (const q of asked(true)) expect(q.reasons).toContain('outdated');
  });

  it('while Scheduled Scaling beside Dynamic Scaling is asked', () => {
    expect(asked(false).length).toBeGreaterThan(0);
    for (const q of asked(false)) expect(q.reasons).not.toContain('outdated');
  });
});
