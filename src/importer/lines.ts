/** Markdown text -> lines ready for scanning: endings, front matter, comments, quotes and HTML block tags. */
import type { Warning } from '../core/types.js';

/** One source line as the scanner sees it. */
export interface Line {
  /** 1-based line number in the file. */
  n: number;
  /** The text without its indentation, blockquote markers, HTML comments and block tags. */
  text: string;
  /** Leading spaces before `text` (a tab counts as 4). */
  indent: number;
  /** Inside a fenced code block (the fence lines themselves are blank). */
  code: boolean;
}

/** Longest line read; a question line is never this long and bounding it keeps every pass linear. */
export const MAX_LINE = 10_000;
/** At most this many "line too long" warnings per file. */
const MAX_CUT_WARNINGS = 5;

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const BLOCK_TAG = /<\/?(?:details|div|p|section|article|center|span|font)(?:\s[^<>]{0,500})?>/gi;
const SUMMARY = /<summary(?:\s[^<>]{0,200})?>([^<]{0,500})<\/summary>/gi;

/** Remove `>` blockquote markers however deep (a linear scan, no regex). */
function unquote(line: string): string {
  let i = 0;
  let cut = 0;
  while (i < line.length) {
    const c = line.charCodeAt(i);
    if (c === 0x20 || c === 0x09) i++;
    else if (c === 0x3e) cut = ++i;
    else break;
  }
  if (cut === 0) return line;
  return line[cut] === ' ' ? line.slice(cut + 1) : line.slice(cut);
}

/** Count leading spaces (a tab counts as 4). */
function leading(line: string): { indent: number; rest: string } {
  let indent = 0;
  let i = 0;
  for (; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x20) indent++;
    else if (c === 0x09) indent += 4;
    else break;
  }
  return { indent, rest: line.slice(i) };
}

/** Lines of front matter (`---` or `+++` fenced at the very top), or 0. */
function frontMatterEnd(raw: string[]): number {
  const open = raw[0]?.trim();
  if (open !== '---' && open !== '+++') return 0;
  for (let i = 1; i < Math.min(raw.length, 500); i++) {
    const t = raw[i].trim();
    if (t === open || (open === '---' && t === '...')) return i + 1;
  }
  return 0;
}

/** The summary text is kept only when it carries the answer ("<summary>Answer: B</summary>"). */
function summaryText(_m: string, inner: string): string {
  return /answer\s*[:=-]/i.test(inner) ? ` ${inner} ` : ' ';
}

/** Split and clean a markdown bank's text; line numbers never move. */
export function toLines(text: string, path: string): { lines: Line[]; warnings: Warning[] } {
  const raw = (typeof text === 'string' ? text : '').replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const warnings: Warning[] = [];
  const skipTo = frontMatterEnd(raw);
  const lines: Line[] = [];
  let fence = '';
  let comment = false;
  for (let i = 0; i < raw.length; i++) {
    const n = i + 1;
    let line = raw[i];
    if (line.length > MAX_LINE) {
      if (warnings.length < MAX_CUT_WARNINGS) warnings.push({ path, line: n, message: `line longer than ${MAX_LINE} characters; only its start was read` });
      line = line.slice(0, MAX_LINE);
    }
    line = line.replace(/\u0000/g, '\uFFFD');
    if (i < skipTo) {
      lines.push({ n, text: '', indent: 0, code: false });
      continue;
    }
    line = unquote(line);
    if (fence) {
      const close = FENCE.exec(line);
      if (close && close[1][0] === fence[0] && close[1].length >= fence.length && line.trim() === close[1]) {
        fence = '';
        lines.push({ n, text: '', indent: 0, code: false });
      } else {
        lines.push({ n, text: line, indent: 0, code: true });
      }
      continue;
    }
    // HTML comments, possibly over several lines.
    let out = '';
    let at = 0;
    while (at < line.length) {
      if (comment) {
        const end = line.indexOf('-->', at);
        if (end < 0) {
          at = line.length;
          break;
        }
        comment = false;
        at = end + 3;
      } else {
        const start = line.indexOf('<!--', at);
        if (start < 0) {
          out += line.slice(at);
          break;
        }
        out += line.slice(at, start);
        comment = true;
        at = start + 4;
      }
    }
    const open = FENCE.exec(out);
    if (open) {
      fence = open[1];
      lines.push({ n, text: '', indent: 0, code: false });
      continue;
    }
    out = out.replace(SUMMARY, summaryText).replace(BLOCK_TAG, ' ');
    if (out.trim() === '') out = '';
    const { indent, rest } = leading(out);
    lines.push({ n, text: rest.trimEnd(), indent: rest.length === 0 ? 0 : indent, code: false });
  }
  return { lines, warnings };
}
