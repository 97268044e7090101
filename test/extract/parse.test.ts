import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parseNote, parserFor } from '../../src/extract/parse.js';
import { notePaths } from './helpers.js';

/** The reference: remark-parse with every GFM extension, as the parser is documented to behave. */
const reference = unified().use(remarkParse).use(remarkGfm);
const tree = (text: string) => JSON.stringify(reference.parse(text));
const leanTree = (text: string) => JSON.stringify(parserFor(text).parse(text));

/** Every link's URL in a tree. */
function links(text: string): string[] {
  const out: string[] = [];
  const walk = (n: { type: string; url?: string; children?: unknown[] }) => {
    if (n.type === 'link' && n.url) out.push(n.url);
    for (const c of n.children ?? []) walk(c as typeof n);
  };
  walk(parserFor(text).parse(text) as never);
  return out;
}

describe('the parser chosen for a chunk', () => {
  it('still finds literal autolinks wherever a chunk can hold them', () => {
    expect(links('Mail ops@example.com for access')).toEqual(['mailto:ops@example.com']);
    expect(links('See www.example.com/docs today')).toEqual(['http://www.example.com/docs']);
    expect(links('See https://example.com/a and HTTP://example.org')).toEqual(['https://example.com/a', 'HTTP://example.org']);
  });

  it('is a lean parser without autolinks for a chunk that cannot hold one', () => {
    // The lean parser, given text it was not chosen for, shows it lacks the constructs.
    const lean = parserFor('plain words only');
    const text = 'See www.example.com and https://example.com and ops@example.com';
    expect(JSON.stringify(lean.parse(text))).not.toContain('"link"');
    expect(tree(text)).toContain('"link"');
  });

  it('gives the same tree as the full GFM parser on every bundled note chunk', () => {
    const chunks = notePaths().flatMap((f) => readFileSync(f, 'utf8').split(/\n(?=# )/));
    expect(chunks.length).toBeGreaterThan(50);
    for (const chunk of chunks) expect(leanTree(chunk)).toBe(tree(chunk));
  });

  it('gives the same tree as the full GFM parser on random markdown', () => {
    const pieces = [
      '# ', '## ', '- ', '  - ', '* ', '1. ', '> ', '```\n', '~~~\n', '| a | b |\n|---|---|\n', '|', '\n', '\n\n', '    ',
      '**', '*', '_', '__', '`', '~~', '~', '[', ']', '(', ')', '[^1]', '[^1]: note', '[ ] ', '[x] ', '<', '>', '&amp;', '\\',
      'www.', 'www.example.com', 'http://', 'https://a.io/x', '@', 'ops@example.com', 'mailto:', '.', ',', ':', '-',
      'word', 'S3', 'Lambda', ' ', 'a_b', 'x-y', '+', '!', '![i](p.png)', '[t](u)', '---', ':-:', '-:', ':--', ' - ', '\n:-\n',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(leanTree(text)).toBe(tree(text));
      }),
      { numRuns: 600 },
    );
  });

  it('still finds tables without a pipe, and tables once a line holds one', () => {
    const types = (text: string) => parserFor(text).parse(text).children.map((c) => c.type);
    expect(types('Size\n:-:\nsmall')).toEqual(['table']);
    expect(types('a | b\n--- | ---\n1 | 2')).toEqual(['table']);
    expect(types('Title\n---\ntext')).toEqual(['heading', 'paragraph']);
    // The lean parser lacks tables: chosen for text that cannot hold one, given one anyway.
    expect(parserFor('no table here').parse('a | b\n--- | ---').children.map((c) => c.type)).toEqual(['paragraph']);
  });

  it('parses a note in chunks whose trees match the full parser', () => {
    const note = ['# One', '', '- **SQS** - a queue', '', '# Two', '', 'See www.example.com', '', '# Three', '', 'Write to ops@example.com'].join('\n');
    const roots = [...parseNote(note).chunks].map((c) => JSON.stringify(c.root));
    const expected = note.split(/\n(?=# )/).map(tree);
    expect(roots).toEqual(expected);
  });
});
