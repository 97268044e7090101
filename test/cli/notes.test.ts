import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeNote, discoverNotes } from '../../src/cli/notes.js';
import { UsageError } from '../../src/core/errors.js';

describe('decodeNote', () => {
  it.each([
    ['an empty file', Buffer.from(''), /empty/],
    ['a whitespace-only file', Buffer.from('  \n\n\t'), /empty/],
    ['a binary file', Buffer.from([0x23, 0x20, 0x41, 0x0a, 0x00, 0x01, 0x02]), /binary/],
    ['a Latin-1 file', Buffer.from([0x23, 0x20, 0x41, 0x0a, 0x63, 0x61, 0x66, 0xe9, 0x0a]), /UTF-8/],
  ])('skips %s with a warning', (_name, bytes, message) => {
    const result = decodeNote('x.md', bytes);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.warning.message).toMatch(message);
  });

  it('points the UTF-8 warning at the line with the bad byte', () => {
    const result = decodeNote('x.md', Buffer.from([0x61, 0x0a, 0x62, 0x0a, 0xff, 0x0a]));
    expect(result.ok ? 0 : result.warning.line).toBe(3);
  });

  it('decodes UTF-8 and drops a byte-order mark', () => {
    const result = decodeNote('x.md', Buffer.from('\uFEFF# Título\n', 'utf8'));
    expect(result.ok && result.text).toBe('# Título\n');
  });

  it('gives the same hash to the same bytes and a different one to changed bytes', () => {
    expect(decodeNote('a', Buffer.from('# a\n')).hash).toBe(decodeNote('b', Buffer.from('# a\n')).hash);
    expect(decodeNote('a', Buffer.from('# a\n')).hash).not.toBe(decodeNote('a', Buffer.from('# b\n')).hash);
  });
});

describe('discoverNotes', () => {
  it('recurses into folders for .md and .markdown files with paths relative to the folder', () => {
    const root = mkdtempSync(join(tmpdir(), 'awsq-notes-'));
    mkdirSync(join(root, 'aws', 'developer'), { recursive: true });
    writeFileSync(join(root, 'aws', 'developer', 'ch11.md'), '# a');
    writeFileSync(join(root, 'b.markdown'), '# b');
    writeFileSync(join(root, 'c.txt'), 'c');
    expect(discoverNotes([root]).files.map((f) => f.path)).toEqual(['aws/developer/ch11.md', 'b.markdown']);
  });

  it('names a missing path in a usage error', () => {
    expect(() => discoverNotes(['/no/such/notes'])).toThrow(UsageError);
    expect(() => discoverNotes(['/no/such/notes'])).toThrow('/no/such/notes');
  });
});
