/** Markdown text -> syntax trees, split before top-level headings so large notes parse faster. */
import { unified, type Data, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';

/** One parsed piece of a note; `offset` is added to its line numbers to get the note's lines. */
export interface Chunk {
  root: Root;
  offset: number;
}

/**
 * Chunks, parsed one at a time as they are read (a chunk's tree can be dropped before the next is
 * parsed, which keeps memory flat on large notes), and the 1-based lines cut or blanked to bound
 * parsing work.
 */
export interface ParsedNote {
  chunks: Iterable<Chunk>;
  cut: number[];
}

type MicromarkExtension = NonNullable<Data['micromarkExtensions']>[number];
type ConstructMap = NonNullable<MicromarkExtension['text']>;

/**
 * A frozen GFM parser without the named constructs, and without the syntax tree transforms too when
 * `transforms` is false. Some GFM constructs cost a parse much for what they rarely find: the email
 * autolink is tried at the start of every word, a transform walks the whole tree looking for URLs in
 * text, and a table is tried at the start of every line. A chunk that cannot hold them is parsed
 * without them, which gives the same tree (checked by tests against the full parser).
 */
function gfmWithout(names: ReadonlySet<string>, transforms: boolean): Processor<Root> {
  const lean = unified().use(remarkParse).use(remarkGfm).freeze();
  const data = lean.data() as Required<Pick<Data, 'micromarkExtensions' | 'fromMarkdownExtensions'>>;
  const drop = (map: ConstructMap): ConstructMap => {
    const kept: ConstructMap = {};
    for (const [code, constructs] of Object.entries(map)) {
      const left = (Array.isArray(constructs) ? constructs : [constructs]).filter((c): c is NonNullable<typeof c> => c !== undefined && !names.has(c.name ?? ''));
      // Keys stay as they are: "null" keys constructs tried at any character (a table at every line).
      if (left.length > 0) (kept as Record<string, typeof left>)[code] = left;
    }
    return kept;
  };
  const leaner = data.micromarkExtensions.map((ext): MicromarkExtension => ({
    ...ext,
    ...(ext.text ? { text: drop(ext.text) } : {}),
    ...(ext.flow ? { flow: drop(ext.flow) } : {}),
  }));
  data.micromarkExtensions.splice(0, data.micromarkExtensions.length, ...leaner);
  if (!transforms) {
    const lessTransforms = data.fromMarkdownExtensions.map((e) => (Array.isArray(e) ? e.filter((x) => !x.transforms) : e.transforms ? {} : e));
    data.fromMarkdownExtensions.splice(0, data.fromMarkdownExtensions.length, ...lessTransforms);
  }
  return lean as unknown as Processor<Root>;
}

/** GFM constructs a chunk may do without, each with the text it cannot be found without. */
const OPTIONAL = [
  // An email autolink needs an "@"; the transform finds those, "www." and "http(s)://" in text.
  { names: ['emailAutolink'], needs: /@/, transform: true },
  { names: ['wwwAutolink', 'protocolAutolink'], needs: /www|http/i, transform: true },
  // A table's delimiter row holds a "|" or a colon beside a dash (a one-column table: "a" over ":-:").
  { names: ['table'], needs: /\||:-|-:/, transform: false },
] as const;

const parsers = new Map<number, Processor<Root>>();

/** The cheapest parser that gives `text` the tree the full GFM parser gives it. */
export function parserFor(text: string): Processor<Root> {
  let key = 0;
  for (let i = 0; i < OPTIONAL.length; i++) if (!OPTIONAL[i].needs.test(text)) key |= 1 << i;
  let parser = parsers.get(key);
  if (!parser) {
    const dropped = OPTIONAL.filter((_, i) => key & (1 << i));
    // Transforms go only once nothing that needs them is left.
    const transforms = OPTIONAL.some((o, i) => o.transform && !(key & (1 << i)));
    parser = gfmWithout(new Set(dropped.flatMap((o) => o.names)), transforms);
    parsers.set(key, parser);
  }
  return parser;
}

/** A chunk this many lines long is cut at the next safe place (the parser slows on one huge block). */
const LONG_CHUNK = 300;
/** A line that starts a top-level block no container can continue: a heading or an unindented list item. */
const TOP_LEVEL = /^(?:#{1,6} |[-*+] |\d{1,9}[.)] )/;

/**
 * Lines at which a new chunk may start, outside code fences: every top-level `# ` heading, and in a
 * chunk grown past LONG_CHUNK lines, the next heading of any level or unindented list item. The
 * second rule splits one huge list into several lists of the same items, which keeps parsing linear
 * and sibling look-ups bounded; a list that long has siblings enough in every piece.
 */
function splitPoints(lines: string[]): number[] {
  const points = [0];
  let fence = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (open) {
      if (!fence) fence = open[1];
      else if (open[1][0] === fence[0] && open[1].length >= fence.length) fence = '';
      continue;
    }
    if (fence || i === 0) continue;
    if (line.startsWith('# ') || (i - points[points.length - 1] >= LONG_CHUNK && TOP_LEVEL.test(line))) points.push(i);
  }
  return points;
}

/** Longest line kept; nothing longer can become a question, and emphasis parsing is quadratic in it. */
const MAX_LINE = 10_000;
/** Longest run of paragraph-continuation lines kept before a line is blanked to end the paragraph. */
const MAX_RUN = 4_000;
/**
 * Deepest indentation kept. Container parsing costs grow with depth on every line, so nesting
 * beyond about 30 levels (nothing a note needs) is flattened to this depth; line numbers never move.
 */
const MAX_INDENT = 64;
const STARTS_BLOCK = /^\s*(?:[-*+]\s|\d{1,9}[.)]\s|#|>|\||```|~~~)/;

/**
 * Bound the work the parser does on pathological input: cut very long lines and break very long
 * paragraphs by blanking a line. Line numbers never move.
 */
function bound(lines: string[], cut: number[]): string[] {
  let run = 0;
  return lines.map((raw, i) => {
    if (raw.length > MAX_LINE) cut.push(i + 1);
    let line = raw.length > MAX_LINE ? raw.slice(0, MAX_LINE) : raw;
    const indent = line.length - line.trimStart().length;
    if (indent > MAX_INDENT) line = line.slice(0, MAX_INDENT).replace(/\t/g, '    ').slice(0, MAX_INDENT) + line.slice(indent);
    if (!line.trim() || STARTS_BLOCK.test(line)) {
      run = line.length;
      return line;
    }
    run += line.length;
    if (run <= MAX_RUN || run === line.length) return line;
    run = 0;
    cut.push(i + 1);
    return '';
  });
}

/** Parse note text into chunks; NUL bytes become U+FFFD and never reach the parser. */
export function parseNote(text: string): ParsedNote {
  const cut: number[] = [];
  const lines = bound(text.replace(/\u0000/g, '\uFFFD').split(/\r?\n/), cut);
  const points = splitPoints(lines);
  function* chunks(): Generator<Chunk> {
    for (let p = 0; p < points.length; p++) {
      const start = points[p];
      const end = p + 1 < points.length ? points[p + 1] : lines.length;
      const text = lines.slice(start, end).join('\n');
      yield { root: parserFor(text).parse(text) as Root, offset: start };
    }
  }
  return { chunks: chunks(), cut };
}
