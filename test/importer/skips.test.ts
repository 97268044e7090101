import { describe, expect, it } from 'vitest';
import { parseBank } from '../../src/importer/parse.js';
import { parseFixture, warned } from './helpers.js';

describe('questions that are skipped with a file:line warning, never guessed', () => {
  const r = parseFixture('skips.md');

  it.each([
    ['choose-mismatch', 'skips.md:3 question skipped: the stem asks for 2 answers but 1 is marked correct'],
    ['no-answer', 'skips.md:10 question skipped: no answer found (no [x] option, answer line or answer-key entry)'],
    ['unknown-letter', 'skips.md:15 question skipped: answer D names no option (options A-B; answer line on line 19)'],
    ['image-option', 'skips.md:23 question skipped: an option is only an image'],
    ['refers-to-other-options', 'skips.md:30 question skipped: option "All of the above" names other options, which are shuffled in exams'],
    ['conflicting-answers', 'skips.md:32 question skipped: answers disagree: A and B (answer line on line 38)'],
    ['duplicate-options', 'skips.md:44 question skipped: two options read "Amazon S3"'],
  ])('%s', (reason, warning) => {
    expect({ count: r.skipped[reason as keyof typeof r.skipped], warned: warned(r).includes(warning) }).toEqual({ count: 1, warned: true });
  });

  it('imports nothing from the fixture and warns once per skip', () => {
    expect({ questions: r.questions.length, warnings: r.warnings.length }).toEqual({ questions: 0, warnings: 7 });
  });

  it('skips a task list whose checked options disagree with its answer line', () => {
    const res = parseBank('## Which is object storage?\n- [x] Amazon S3\n- [ ] Amazon EBS\n\nAnswer: B\n', 'c.md');
    expect(warned(res)).toEqual(['c.md:1 question skipped: the checked options (A) disagree with the answer line on line 5 (B)']);
  });

  it('skips a question whose answer key entry disagrees with its answer line', () => {
    const res = parseBank('1. Which is object storage?\nA. Amazon S3\nB. Amazon EBS\nAnswer: A\n\n## Key\n1. B\n', 'k.md');
    expect(res.skipped).toEqual({ 'conflicting-answers': 1 });
  });

  it('skips a question whose answer cannot be read rather than guessing', () => {
    const res = parseBank('1. Which is object storage?\nA. Amazon S3\nB. Amazon EBS\nAnswer: A and B are both fine\n', 'g.md');
    expect(warned(res)).toEqual(['g.md:1 question skipped: cannot read the answer "A and B are both fine" on line 4']);
  });

  it('skips a question that is only an image', () => {
    const res = parseBank('## ![q](q.png)\n\n- [x] Yes\n- [ ] No\n', 'i.md');
    expect(res.skipped).toEqual({ 'image-stem': 1 });
  });

  it('skips a single option', () => {
    expect(parseBank('## Is S3 object storage?\n- [x] Yes\n', 'o.md').skipped).toEqual({ 'too-few-options': 1 });
  });

  it('counts "(Select THREE)" against the correct options', () => {
    const text = '1. Which are storage services? (Select THREE)\nA. S3\nB. EBS\nC. EFS\nD. SQS\nAnswer: A, B\n';
    expect(parseBank(text, 's.md').skipped).toEqual({ 'choose-mismatch': 1 });
  });
});
