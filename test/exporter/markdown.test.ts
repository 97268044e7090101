import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeLine } from '../../src/core/text.js';
import { escapeLine, toMarkdown } from '../../src/exporter/markdown.js';
import { chooseCount, refersToOptions } from '../../src/importer/answers.js';
import { parseBank } from '../../src/importer/parse.js';
import { stored } from './helpers.js';

const pieces = fc.constantFrom(
  '# ', '- ', '+ ', '* ', '1. ', '12) ', 'Q3: ', 'Q: ', 'Question 4 ', '[x] ', '[ ] ', 'A. ', 'b) ', '(C) ', '**', '__', '*', '_', '`', '```', '~~', '> ',
  '|', '| 1 | A |', '[', '](', ')', '![i](x.png)', '<b>', '</b>', '<!--', '-->', '<br>', '&amp;', '&lt;', '\\', '---', 'Answer: B', 'Correct answer: A, C',
  'Explanation: ', 'Hint: ', 'References:', 'https://docs.aws.amazon.com/a_b_c', '<https://x.y>', '(Choose TWO.)', 'Amazon S3', 's3:*', ' ', 'é', '💥',
);
const text = fc.array(fc.oneof(pieces, fc.string({ maxLength: 8 })), { minLength: 1, maxLength: 12 }).map((p) => p.join(''));
const norm = (s: string) => safeLine(s);
const key = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

describe('markdown export', () => {
  it('reads back as the same stems, options, answers and explanations whatever the text holds', { timeout: 60000 }, () => {
    const question = fc
      .record({ stem: fc.array(text, { minLength: 1, maxLength: 3 }), options: fc.array(text, { minLength: 2, maxLength: 5 }), explanation: fc.array(text, { maxLength: 3 }), first: fc.nat() })
      .map(({ stem, options, explanation, first }) => ({
        stem: stem.map(norm).filter(Boolean).join('\n'),
        options: options.map(norm),
        answers: [first % options.length],
        explanation: explanation.map(norm).filter(Boolean).join('\n'),
      }))
      .filter((q) => /[a-z0-9]/i.test(q.stem) && (chooseCount(q.stem) ?? 1) === 1)
      .filter((q) => q.options.every((o) => /[a-z0-9]/i.test(o) && !refersToOptions(o)) && new Set(q.options.map(key)).size === q.options.length);
    fc.assert(
      fc.property(question, (q) => {
        const r = parseBank(toMarkdown([stored('x', q)]), 'export.md');
        expect(r.questions.map((d) => ({ stem: d.stem, options: d.options, answers: d.answers, explanation: d.explanation }))).toEqual([q]);
      }),
      { numRuns: 400, seed: 3 },
    );
  });

  it('escapes a line that would read as an answer, an option or a list item', () => {
    expect(['Answer: B', 'A. Amazon S3', '- item', '12. Correct answer: A'].map(escapeLine)).toEqual(['Answer\\: B', 'A\\. Amazon S3', '\\- item', '12\\. Correct answer: A']);
  });

  it('writes a task list with the correct options checked', () => {
    expect(toMarkdown([stored('a', { answers: [1] })])).toContain('- [ ] Amazon S3\n- [x] Amazon EBS\n- [ ] Amazon EFS\n');
  });
});
