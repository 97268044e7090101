import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { catalog } from './helpers.js';

const pieces = fc.constantFrom(
  '# ', '## ', '* ', '- ', '1. ', '    ', '\t', '**', '__', '*', '_', '`', '```', '~~~', '|', '-|-', '> ', '[', '](', ')', '![', '<b>', '</b>',
  ': ', ' - ', ' -> ', ' = ', '\n', '\n\n', '\u0000', '\r\n', 'SQS', 'FIFO', '256 KB', '14 days', '99.9%', 'todo', 'click', 'é', '💥',
);
const markdown = fc.array(fc.oneof(pieces, fc.string({ maxLength: 12 })), { maxLength: 120 }).map((p) => p.join(''));

describe('extract on arbitrary input', () => {
  it('never throws and returns well-formed questions', { timeout: 30000 }, () => {
    fc.assert(
      fc.property(markdown, (text) => {
        const r = extract(text, 'fuzz.md', catalog);
        for (const q of r.questions) {
          if (q.score < 0 || q.score > 1 || q.answers.some((i) => i < 0 || i >= q.options.length)) return false;
        }
        return Array.isArray(r.warnings) && r.facts >= 0;
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  it('reads a paragraph of very many lines in bounded pieces and says so', { timeout: 20000 }, () => {
    const text = Array.from({ length: 10000 }, () => '**a** _b_ *c* __d__ [e](f) text').join('\n');
    expect(extract(text, 'long.md', catalog).warnings.length).toBeGreaterThan(0);
  });

  it('handles deep nesting', { timeout: 20000 }, () => {
    const deep = Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- **Level ${i}** - nested item ${i}`).join('\n');
    expect(extract(deep, 'deep.md', catalog).warnings).toEqual([]);
  });

  it('handles NUL bytes and lone surrogates', () => {
    expect(extract('# A\u0000\n\n* **X\u0000** - y\ud800 z\n', 'nul.md', catalog).warnings).toEqual([]);
  });

  it('returns an empty result for input that is not text', () => {
    expect(extract(undefined as unknown as string, 'none.md', catalog).questions).toEqual([]);
  });
});

describe('large inputs', () => {
  it('extracts a 1 MB single line without catastrophic backtracking', { timeout: 20000 }, () => {
    const unit = '**Term** - 111 222 333 444 - ->: = 99.9% 256KB `x` _a_ [b](c) ';
    const line = unit.repeat(Math.ceil(1_000_000 / unit.length));
    expect(extract(line, 'huge.md', catalog).warnings.map((w) => w.line)).toEqual([1]);
  });

  it('extracts a 500 KB note with a 6,000-item list', { timeout: 30000 }, () => {
    const items = Array.from({ length: 6000 }, (_, i) => `* **Service ${i}** - stores ${i} objects of data in a bucket with versioning and lifecycle rules enabled for item ${i}`);
    const text = `# Big list\n\n${items.join('\n')}\n`;
    expect(extract(text, 'big.md', catalog).facts).toBeGreaterThanOrEqual(6000);
  });
});
