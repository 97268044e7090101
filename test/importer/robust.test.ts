import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBank } from '../../src/importer/parse.js';

const pieces = fc.constantFrom(
  '# ', '## ', '- ', '* ', '1. ', '12) ', 'Q3: ', '- [x] ', '- [ ] ', '1. [x] ', 'A. ', 'B) ', '(C) ', '- D. ', '**', '__', '*', '_', '`', '```', '~~~',
  '> ', '>>', '    ', '\t', '|', '| 1 | A |', '[', '](', ')', '![', '<details>', '</details>', '<summary>Answer</summary>', '<br>', '<!--', '-->',
  '<img src=x>', '&amp;', '&#0;', '---', '+++', 'Answer: ', 'Correct answer: B, E', 'Correct Answer: BCD', '**12. Correct Answer(s): A**',
  '(Choose TWO.)', 'Select THREE', 'Explanation: ', 'References:', 'https://docs.aws.amazon.com/x', 'All of the above', '\n', '\n\n', '\r\n', '\r',
  '\u0000', '\uFFFD', '\ud800', 'é', '💥', 'S3', 'Amazon SQS',
);
const markdown = fc.array(fc.oneof(pieces, fc.string({ maxLength: 10 })), { maxLength: 150 }).map((p) => p.join(''));

/** Time one parse in milliseconds. */
function timed(text: string): { ms: number; ok: boolean } {
  const start = performance.now();
  const r = parseBank(text, 'hostile.md');
  return { ms: performance.now() - start, ok: Array.isArray(r.questions) && Array.isArray(r.warnings) };
}

describe('parseBank on arbitrary markdown', () => {
  it('never throws and returns well-formed questions', { timeout: 60000 }, () => {
    fc.assert(
      fc.property(markdown, (text) => {
        const r = parseBank(text, 'fuzz.md');
        for (const q of r.questions) {
          if (!q.stem || q.options.length < 2 || q.answers.length === 0) return false;
          if (q.answers.some((i) => !Number.isInteger(i) || i < 0 || i >= q.options.length)) return false;
          if (q.line < 1 || q.endLine < q.line) return false;
        }
        return r.warnings.every((w) => w.path === 'fuzz.md' && w.line >= 1);
      }),
      { numRuns: 500, seed: 7 },
    );
  });

  it('never throws on arbitrary strings, including lone surrogates', { timeout: 60000 }, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => Array.isArray(parseBank(text, 'x.md').questions)),
      { numRuns: 500, seed: 11 },
    );
  });

  it('returns an empty result for input that is not text', () => {
    expect(parseBank(undefined as unknown as string, 'x.md')).toEqual({ questions: [], warnings: [], skipped: {} });
  });
});

describe('hostile input goes through within a few seconds', () => {
  const invalid = new TextDecoder().decode(Uint8Array.from({ length: 1_000_000 }, (_, i) => (i % 7 === 0 ? 0xff : i % 3 === 0 ? 0x0a : 0xc3)));
  const cases: Array<[string, () => string]> = [
    ['1,000-level nested lists', () => Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n')],
    ['1,000-level nested blockquotes', () => Array.from({ length: 1000 }, (_, i) => `${'> '.repeat(i)}- [x] text ${i}`).join('\n')],
    ['a 1 MB single line', () => 'a'.repeat(1_000_000)],
    ['a 1 MB heading of brackets', () => `# ${'[['.repeat(500_000)}`],
    ['a 1 MB option of emphasis marks', () => `## q?\n- [x] ${'*a_'.repeat(350_000)}\n- [ ] b`],
    ['100,000 task items', () => Array.from({ length: 100_000 }, (_, i) => `- [${i % 2 ? 'x' : ' '}] item ${i}`).join('\n')],
    ['100,000 lettered lines', () => Array.from({ length: 100_000 }, (_, i) => `${'ABCDEFGH'[i % 8]}. option ${i}`).join('\n')],
    ['100,000 numbered lines', () => Array.from({ length: 100_000 }, (_, i) => `${i % 9000}. A`).join('\n')],
    ['an answer line of a million spaces', () => `1. q?\nA. x\nB. y\nAnswer:${' ,'.repeat(500_000)}`],
    ['NUL bytes', () => `${'\u0000'.repeat(100_000)}\n## q?\n- [x] a\u0000\n- [ ] b`],
    ['invalid UTF-8, decoded', () => invalid],
    ['mixed line endings', () => Array.from({ length: 100_000 }, (_, i) => ['# Q?', '- [x] a', '- [ ] b', 'Answer: A'][i % 4] + ['\r\n', '\n', '\r'][i % 3]).join('')],
  ];
  it.each(cases)('%s', { timeout: 20000 }, (_name, make) => {
    const r = timed(make());
    expect(r.ok && r.ms < 5000).toBe(true);
  });
});
