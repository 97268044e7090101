/** Causes found by the blind reviews that followed review33.test.ts's, each as a rule over any note. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { remindsSelf } from '../../src/extract/text.js';
import { loadCatalog } from '../../src/certs/data.js';

const shipped = loadCatalog();
const questions = (note: string) => extract(note, 'review34.md', shipped).questions;

describe('the note-taker\'s reminder to themself ("End Users (Think People)")', () => {
  const iam = [
    '# AWS IAM',
    '',
    '* **Users** - End Users (Think People)',
    '* **Groups** - collection of users under one set of permissions',
    '* **Roles** - create roles and then assign them to AWS resources',
    '* **Policies** - a document that defines one (or more) permissions',
    '',
  ].join('\n');

  it('is never shown as a wrong option: the other terms are asked with other descriptions', () => {
    const groups = questions(iam).find((q) => q.kind === 'term' && q.stem.endsWith('describes Groups?'));
    expect(groups?.options).toHaveLength(4);
    expect(groups?.options.some((o) => /Think People/.test(o))).toBe(false);
    expect(groups?.reasons).toEqual([]);
  });

  it('and never asked', () => {
    const users = questions(iam).find((q) => q.kind === 'definition' && q.stem.includes('Think People'));
    expect(users?.reasons).toContain('residue');
  });

  it('is an aside that opens with "think", in any case', () => {
    expect(remindsSelf('an item (think row in table)')).toBe(true);
    expect(remindsSelf('an attribute (Think Column of table)')).toBe(true);
    expect(remindsSelf('customers think of it as a drive')).toBe(false);
  });
});

describe('a statement opening with a bare label, a spaced colon and the value ("limitation : _____ per shard")', () => {
  const producer = ['# Kinesis Data Streams', '', '## Elements of Kinesis Data Stream', '', '* Producer', '  - puts records into the stream', '  - limitation : 1MB/s per shard', ''].join('\n');

  it('is the note\'s layout, not a statement: kept out', () => {
    const q = questions(producer).find((x) => x.kind === 'numeric' && x.stem.includes('limitation'));
    expect(q?.reasons).toContain('fragment');
  });

  it('while the same value said in a sentence is asked', () => {
    const q = questions(producer.replace('limitation : 1MB/s', 'writes up to 1MB/s')).find((x) => x.kind === 'numeric' && x.stem.includes('writes up to'));
    expect(q?.reasons).toEqual([]);
  });
});
