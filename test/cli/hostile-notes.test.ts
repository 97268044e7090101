/**
 * Hostile notes through the whole build (decode, extract with the real catalog, store): nothing
 * throws, nothing takes more than linear time, a bad file is skipped with a file:line warning.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/certs/data.js';
import { buildBank, defaultBuildDeps } from '../../src/cli/build-bank.js';
import { decodeNote } from '../../src/cli/notes.js';
import { extract } from '../../src/extract/index.js';
import { memoryBank } from '../bank/helpers.js';

const catalog = loadCatalog();

/** Build one file into a fresh bank; the summary and the wall time. */
async function buildOne(name: string, content: string | Buffer) {
  const dir = mkdtempSync(join(tmpdir(), 'awsq-hostile-'));
  writeFileSync(join(dir, name), content);
  const bank = memoryBank();
  try {
    const started = performance.now();
    const summary = await buildBank(bank, [dir], await defaultBuildDeps(() => new Date('2026-11-23T00:00:00Z')));
    return { summary, ms: performance.now() - started };
  } finally {
    bank.close();
  }
}

/** A generous bound: linear work finishes in well under a second; quadratic would take minutes. */
const BOUND_MS = 15_000;

describe('hostile notes go through a build', () => {
  it.each([
    ['a list nested 1,000 levels deep', () => Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- **Level ${i}** - nested item number ${i}`).join('\n')],
    ['blockquotes nested 1,000 levels deep', () => `${'> '.repeat(1000)}**SQS** - a queue service\n`],
    ['emphasis nested 1,000 levels deep', () => `${'*_'.repeat(1000)}deep${'_*'.repeat(1000)}\n`],
    ['a 1 MB single line', () => '**Term** - 256 KB 14 days -> : = `x` [a](b) '.repeat(25_000)],
    ['10,000 term items', () => `# Items\n\n${Array.from({ length: 10_000 }, (_, i) => `- **Item ${i}** - value ${i} KB`).join('\n')}\n`],
    ['mixed line endings', () => '# SQS\r\n\r\n* **FIFO queue** - exactly-once processing\r* **Standard queue** - at-least-once delivery\n* **Delay queue** - postpones delivery\r\n'],
    ['a table 5,000 rows long', () => `| Service | Use |\n|---|---|\n${Array.from({ length: 5000 }, (_, i) => `| Service ${i} | use ${i} |`).join('\n')}\n`],
    ['an unclosed code fence over 50,000 lines', () => `\`\`\`\n${'let x = 1;\n'.repeat(50_000)}`],
  ])('%s: no throw, bounded time', { timeout: 60_000 }, async (_, make) => {
    const { summary, ms } = await buildOne('hostile.md', make());
    expect({ files: summary.files, withinBound: ms < BOUND_MS }).toEqual({ files: 1, withinBound: true });
  });

  it('reads 100,000 list items in linear time', { timeout: 180_000 }, async () => {
    const list = (n: number) => `# Items\n\n${Array.from({ length: n }, (_, i) => `- item number ${i}`).join('\n')}\n`;
    const small = await buildOne('small.md', list(10_000));
    const large = await buildOne('large.md', list(100_000));
    // Ten times the items: linear work takes about ten times as long; quadratic work would take a hundred.
    expect({ files: large.summary.files, ratio: large.ms / small.ms < 30 }).toEqual({ files: 1, ratio: true });
  });

  it('skips a file with NUL bytes, naming its line', async () => {
    const { summary } = await buildOne('nul.md', Buffer.from('# SQS\n\nline two\n\u0000binary\n'));
    expect(summary.warnings.map((w) => [w.path, w.line, /binary/.test(w.message)])).toEqual([['nul.md', 4, true]]);
  });

  it('skips a file with invalid UTF-8, naming its line', async () => {
    const bytes = Buffer.concat([Buffer.from('# S3\n\n* **Bucket** - a container\n'), Buffer.from([0xc3, 0x28, 0xff, 0x0a])]);
    const { summary } = await buildOne('latin.md', bytes);
    expect(summary.warnings.map((w) => [w.path, w.line, /UTF-8/.test(w.message)])).toEqual([['latin.md', 4, true]]);
  });
});

describe('arbitrary bytes as a note', () => {
  it('decode and extract never throw', { timeout: 60_000 }, () => {
    const piece = fc.oneof(
      fc.uint8Array({ maxLength: 40 }),
      fc.constantFrom(...['# ', '- ', '  - ', '> ', '| a | b |\n|---|---|\n', '**X** - y\n', '\r\n', '\r', '\n', '```\n', '<div>', '\u0000'].map((s) => Buffer.from(s))),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), (parts) => {
        const decoded = decodeNote('fuzz.md', Buffer.concat(parts));
        if (!decoded.ok) return decoded.warning.line >= 1;
        const r = extract(decoded.text, 'fuzz.md', catalog);
        return r.questions.every((q) => q.answers.every((a) => a >= 0 && a < q.options.length));
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
