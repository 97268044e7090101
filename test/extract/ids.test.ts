import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/core/types.js';
import { extract } from '../../src/extract/index.js';
import { catalog, fixture } from './helpers.js';

const note = fixture('messaging.md');
const run = (text: string, path = 'saa/messaging.md'): Question[] => extract(text, path, catalog).questions;
const ids = (qs: Question[]) => qs.map((q) => q.id).sort();
const byId = (qs: Question[]) => new Map(qs.map((q) => [q.id, q]));

describe('stable question ids', () => {
  it('gives every candidate of a note a distinct id', () => {
    const qs = run(note);
    expect(new Set(qs.map((q) => q.id)).size).toBe(qs.length);
  });

  it('keeps ids when the same note is rebuilt', () => {
    expect(ids(run(note))).toEqual(ids(run(note)));
  });

  it('keeps ids when the note moves to another file', () => {
    expect(ids(run(note, 'archive/old/queues.md'))).toEqual(ids(run(note)));
  });

  it('keeps ids when sections are reordered', () => {
    const [head, sqs, terms] = note.split(/\n(?=## )/);
    expect(ids(run([head, terms, sqs].join('\n')))).toEqual(ids(run(note)));
  });

  it('keeps ids when unrelated text is added above', () => {
    const edited = note.replace('## SQS\n', '## SQS\n\nSome new paragraph about message brokers.\n');
    expect(ids(run(edited))).toEqual(ids(run(note)));
  });

  it('keeps the id of a definition question when the definition is lightly reworded', () => {
    const reworded = note.replace('postpones delivery of new messages to consumers for a set time', 'postpones the delivery of new messages to consumers for a configured time');
    const find = (qs: Question[]) => qs.find((q) => q.kind === 'definition' && q.answers.some((i) => q.options[i] === 'Delay Queue'))?.id;
    expect(find(run(reworded))).toBe(find(run(note)));
  });

  it('keeps the option order of a question across rebuilds', () => {
    const a = byId(run(note));
    const b = byId(run(note, 'other.md'));
    expect([...a.values()].every((q) => b.get(q.id)?.options.join('|') === q.options.join('|'))).toBe(true);
  });
});

describe('fact fingerprints', () => {
  it('gives the same fact stated in two notes one fingerprint', () => {
    const a = run('# Queues\n\n* **SQS** - a fully managed message queue\n* **SNS** - a pub/sub service\n* **Kinesis** - real-time data streams\n* **Amazon MQ** - managed message broker\n', 'a.md');
    const b = run('# Messaging\n\n- Amazon SQS: managed queue service to decouple applications\n- Amazon SNS: notifications to many subscribers\n', 'b.md');
    const fp = (qs: Question[]) => qs.find((q) => q.kind === 'definition' && q.answers.some((i) => /SQS/.test(q.options[i])))?.fingerprint;
    expect(fp(a)).toBe(fp(b));
  });

  it('gives different services different fingerprints', () => {
    const qs = run(note).filter((q) => q.kind === 'definition' && q.topics.length > 0 && q.stem.includes('AWS service'));
    expect(new Set(qs.map((q) => q.fingerprint)).size).toBe(qs.length);
  });

  it('gives both directions of one definition one fingerprint', () => {
    const qs = run(note).filter((q) => (q.kind === 'definition' || q.kind === 'term') && q.source.line === 5);
    expect([qs.length, new Set(qs.map((q) => q.fingerprint)).size]).toEqual([2, 1]);
  });

  it('gives the terms of one small list one fingerprint, so an exam shows one of them', () => {
    const terms = run(note).filter((q) => q.kind === 'definition' && q.source.headings.includes('SQS terms'));
    expect([terms.length, new Set(terms.map((q) => q.fingerprint)).size]).toEqual([4, 1]);
  });

  it('gives one value stated about one service in two places one fingerprint', () => {
    const qs = run('# KMS\n\n- **Encrypt** - encrypt data\n    - up to 4 KB of data per call\n- **Decrypt** - decrypt data\n    - up to 4 KB of data per call too\n');
    const fps = qs.filter((q) => q.kind === 'numeric').map((q) => q.fingerprint);
    expect([fps.length, new Set(fps).size]).toEqual([2, 1]);
  });
});
