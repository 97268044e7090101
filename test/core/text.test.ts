import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeLine, safeText } from '../../src/core/text.js';

describe('safeText', () => {
  it.each([
    ['a cursor move', 'abc\u001b[2J\u001b[H def', 'abc def'],
    ['a colour change that forges a mark', '\u001b[32m✓ correct\u001b[0m', '✓ correct'],
    ['a window title (OSC with BEL)', 'x\u001b]0;pwned\u0007y', 'xy'],
    ['a hyperlink (OSC with ST)', '\u001b]8;;http://x\u001b\\link\u001b]8;;\u001b\\', 'link'],
    ['8-bit CSI', 'a\u009b31mb', 'ab'],
    ['a bell and backspaces', 'ok\u0007\b\b\bno', 'okno'],
    ['a carriage return that rewrites the line', 'wrong\rright', 'wrongright'],
    ['bidi overrides', 'a\u202eb', 'ab'],
    ['a device control string', 'a\u001bPq#0;2;0;0;0\u001b\\b', 'ab'],
  ])('removes %s', (_name, input, expected) => {
    expect(safeText(input)).toBe(expected);
  });

  it('keeps newlines, tabs and ordinary unicode', () => {
    expect(safeText('Amazon S3 – “objects”\n\tline two ✓')).toBe('Amazon S3 – “objects”\n\tline two ✓');
  });

  it('never leaves an escape or control character in any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        expect(safeText(s)).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      }),
    );
  });

  it('handles a 1 MB line of escape introducers without slowing down', () => {
    const line = '\u001b]'.repeat(500_000);
    expect(safeText(line)).toBe('');
  });
});

describe('safeLine', () => {
  it('folds newlines and runs of space into one space', () => {
    expect(safeLine('  a\n\n b\t c ')).toBe('a b c');
  });
});
