import { describe, expect, it } from 'vitest';
import type { QuestionKind } from '../../src/core/types.js';
import { extract } from '../../src/extract/index.js';
import { answersOf, catalog, eligible, fixture } from './helpers.js';

describe('question kinds over fixture notes', () => {
  it.each<[QuestionKind, string, string]>([
    ['definition', 'messaging.md', 'Dead-Letter Queue'],
    ['term', 'messaging.md', 'Time a message stays invisible to other consumers after one consumer receives it'],
    ['statement', 'messaging.md', 'Limited throughput of 300 messages per second without batching'],
    ['numeric', 'ports.md', '3389'],
    ['numeric', 'limits.md', '15 minutes'],
    ['table', 'databases.md', 'Graph'],
    ['steps', 'steps.md', 'Run smoke tests against the green environment'],
  ])('makes a %s question from %s answered by "%s"', (kind, file, answer) => {
    const qs = eligible(fixture(file), file).filter((q) => q.kind === kind);
    expect(qs.flatMap(answersOf)).toContain(answer);
  });

  it('asks which AWS service matches a definition when the answer is a service', () => {
    const q = eligible(fixture('messaging.md')).find((x) => x.kind === 'definition' && answersOf(x)[0] === 'Amazon SNS');
    // Amazon SQS is among the options: a context naming it would point at or away from an option.
    expect(q?.options).toContain('Amazon SQS');
    expect(q?.stem).toMatch(/^Which AWS service /);
  });

  it('makes multi-response questions with exactly two answers and five options', () => {
    const q = eligible(fixture('messaging.md')).find((x) => x.kind === 'multi');
    expect([q?.answers.length, q?.options.length, q?.stem.endsWith('(Choose TWO.)')]).toEqual([2, 5, true]);
  });

  it('never offers a sibling statement that is also said of the subject', () => {
    const fifo = eligible(fixture('messaging.md')).filter((q) => q.kind === 'statement' && q.stem.includes('FIFO Queue'));
    const wrong = fifo.flatMap((q) => q.options.filter((_, i) => !q.answers.includes(i)));
    expect(wrong.some((w) => /ordering of messages|deduplication|message group/i.test(w))).toBe(false);
  });

  it('never offers a sibling property that may be true of the subject too (batching on FIFO only)', () => {
    const note = `# SQS\n\n**Standard Queue**\n\n- At least once delivery of message\n- provides almost unlimited number of txn/sec\n- Best effort to preserve order\n\n**FIFO Queue**\n\n- Order is maintained\n- limited number of txn/sec (default 300 TPS)\n- Batching allows to perform action against 10 messages at once\n- Exactly once processing of messages\n`;
    const standard = eligible(note).filter((q) => q.stem.includes('Standard Queue'));
    expect(standard.flatMap((q) => q.options).some((o) => o.startsWith('Batching'))).toBe(false);
  });

  it('offers four options for single-answer questions', () => {
    const sizes = new Set(eligible(fixture('messaging.md')).filter((q) => q.kind !== 'multi').map((q) => q.options.length));
    expect([...sizes]).toEqual([4]);
  });

  it('offers wrong ports that are not the answer for a port question', () => {
    const q = eligible(fixture('ports.md')).find((x) => x.kind === 'numeric' && x.stem.includes('SSH'));
    expect(q?.options.filter((o) => o === '22')).toHaveLength(1);
  });

  it('offers wrong numbers in the same unit as the answer', () => {
    const q = eligible(fixture('limits.md')).find((x) => x.kind === 'numeric' && answersOf(x)[0] === '15 minutes');
    expect(q?.options.every((o) => o.endsWith('minutes'))).toBe(true);
  });

  it('records the source line and topics of a question', () => {
    const q = eligible(fixture('messaging.md'), 'saa/messaging.md').find((x) => x.kind === 'definition' && answersOf(x)[0] === 'Amazon Kinesis');
    expect([q?.source.path, q?.source.line, q?.topics.includes('kinesis')]).toEqual(['saa/messaging.md', 7, true]);
  });

  it('keeps the answer and its expansion out of the stem', () => {
    const q = extract(fixture('messaging.md'), 'messaging.md', catalog).questions.find((x) => x.kind === 'definition' && answersOf(x)[0] === 'Amazon SQS');
    expect(q?.stem).toMatch(/^(?![\s\S]*(?:Simple Queue Service|SQS))/);
  });
});
