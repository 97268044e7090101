/** Plain text tables for terminal summaries. */

/** Render rows as aligned columns; numbers (and cells starting with a digit) align right. */
export function table(header: string[], rows: Array<Array<string | number>>, indent = '  '): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => visibleLength(r[i] ?? ''))));
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === 'number'));
  return cells
    .map((r) =>
      indent +
      r
        .map((c, i) => (numeric[i] ? pad(c, widths[i], 'left') : pad(c, widths[i], 'right')))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

// eslint-disable-next-line no-control-regex
const SGR = /\u001b\[[0-9;]*m/g;

/** Length as shown on a terminal (colour codes do not count). */
export function visibleLength(s: string): number {
  return s.replace(SGR, '').length;
}

function pad(s: string, width: number, side: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, width - visibleLength(s)));
  return side === 'left' ? fill + s : s + fill;
}
