/** Blocks -> facts: definitions, properties of one thing, table cells, numbers and ordered steps. */
import type { SourceRef } from '../core/types.js';
import type { Block } from './blocks.js';
import { acronymsIn } from './giveaway.js';
import { plainSplit } from './lead.js';
import { dimension, findNumbers, rangeStart, type NumberMention } from './numbers.js';
import { initials, normalize, words } from './text.js';

/** What a fact says. */
/** `profile`: several properties of one service asked together (made by the generator). */
export type FactKind = 'definition' | 'property' | 'number' | 'row' | 'steps' | 'profile';

/** One statement found in a note, with where it came from. */
export interface Fact {
  kind: FactKind;
  /** The thing the fact is about: a term, a lead-in, a heading, a table row's first cell. */
  subject: string;
  /** The definition, property or cell text. */
  text: string;
  /** Key shared by comparable facts (same list, heading or table column). */
  group: string;
  source: SourceRef;
  /** Headings and lead-ins above the fact, outermost first. */
  context: string[];
  /** The plain note excerpt the fact came from. */
  excerpt: string;
  /** The number with its unit a number fact is about, and the other numbers in the same text. */
  number?: NumberMention;
  others?: number[];
  /** The value of a `` `22` = **SSH** `` line. */
  value?: string;
  /** Table facts: column header of the cell and the header of the first column. */
  column?: string;
  rowHeader?: string;
  /** Steps facts: the items in order. */
  items?: string[];
  /** The source block had images, links to addresses or raw HTML. */
  noisy?: boolean;
  /** The source text runs two sentences together without punctuation. */
  runOn?: boolean;
  /** Set by the generator: noise that must not serve as a wrong option. */
  junk?: boolean;
  /** Key shared by comparable subjects (the list their lead-ins sit in, or the parent heading). */
  family?: string;
  /** Expansion or short name given next to a term ("SQS - Simple Queue Service"). */
  alias?: string;
  /** The fact sits in a console walk-through: under a "Demo" heading or lead-in line. */
  demo?: boolean;
  /** The subject is a bare qualifier ("Advanced", "Shared") that names nothing on its own. */
  vague?: boolean;
  /** The subject is a criterion a choice weighs, listed under "based on" or "factors:" ("Compliance"). */
  criterion?: boolean;
  /** The note marks some of the fact's siblings "(must know)" and not this one ("NAPTR" beside "A (must know)"). */
  minor?: boolean;
  /** Said of an item under a lead-in like "looks at:": what the service finds in it, not what it is. */
  inspected?: boolean;
  /** Set by the generator: the terms of the small list a definition belongs to, sorted and joined. */
  list?: string;
  /** Set by the generator: the terms defined under this term, one per line. */
  details?: string;
  /** Set by the generator: an identifier that drops the dot its siblings keep ("StatesPermissions"). */
  malformed?: boolean;
}

/** Words that qualify a thing without naming it: "Advanced" (tier), "Shared" (consumption mode). */
const QUALIFIER = /^(?:standard|advanced|basic|enhanced|shared|premium|default|dedicated|scale|cost|costs|ha|performance|availability|durability|security|pricing|limits?|tiers?|modes?)$/i;

/**
 * "Advanced" under "Tiers" -> "Advanced tier"; a bare qualifier without such a parent stays as
 * it is and is marked vague.
 */
function qualified(subject: string, parent?: string): { subject: string; vague?: boolean } {
  if (!QUALIFIER.test(subject.trim())) return { subject };
  const p = (parent ?? '').replace(/:$/, '').trim();
  if (p && words(p).length <= 3 && /[a-z]s$/i.test(p)) return { subject: `${subject} ${p.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '')}` };
  return { subject, vague: true };
}

/** Headings that never name a thing with properties. */
const NOT_A_SUBJECT =
  /\b(?:tips?|notes?|summary|overview|introduction|intro|demo|labs?|misc|questions?|contents|resources|links|whitepapers?|remember|important|examples?|others?|extras?|general|basics|quiz|practice|domain \d+|good practice|best practices?|new rules?)\b/i;

function sourceOf(path: string, block: Block, endLine = block.endLine): SourceRef {
  return { path, line: block.line, endLine, headings: block.headings };
}

/** A heading or lead-in that opens a console walk-through ("Demo", "Hands-on", "Lab"). */
const DEMO = /^(?:demo|hands[- ]on|lab|walk-?through)\b/i;

/** Is the block inside a walk-through, by a heading or by any ancestor's text? */
function inDemo(block: Block): boolean {
  if (block.headings.some((h) => DEMO.test(h.trim()))) return true;
  for (let p = block.parent; p; p = p.parent) if (DEMO.test(p.text.replace(/^[\s*_#-]+/, ''))) return true;
  return false;
}

/** Lead-in terms from the block's ancestors, outermost first. */
function ancestry(block: Block): string[] {
  const out: string[] = [];
  // "Web Browser -> Local DNS Server -> resolve example.com" is a step of a diagram: its first box is
  // no context for what is said under it.
  for (let p = block.parent; p; p = p.parent) out.unshift(CHAIN.test(p.text) ? '' : (p.lead?.term ?? ''));
  return out.filter((s) => s.length > 0);
}

/** Two arrows in one line: a path or diagram, not a term and its definition. */
const CHAIN = /(?:->|→|=>)[\s\S]*(?:->|→|=>)/;

/** The note's own mark on the items of a list it wants known ("`A` (must know) - maps a hostname to IPv4"). */
const MUST_KNOW = /\(\s*must[- ]know\s*\)|\bmust[- ]know\s*[:-]/i;

/** The lists under a block in which the note marks some item as must-know, found once per block. */
const markedLists = new WeakMap<Block, ReadonlySet<number>>();

/** Is an item left unmarked in a list whose other items the note marks as must-know? */
function minorBeside(block: Block): boolean {
  const parent = block.parent;
  if (!parent || MUST_KNOW.test(block.text)) return false;
  let marked = markedLists.get(parent);
  if (!marked) {
    marked = new Set(parent.children.filter((c) => MUST_KNOW.test(c.text)).map((c) => c.group));
    markedLists.set(parent, marked);
  }
  return marked.has(block.group);
}

/** The thing a block talks about when it has children: its lead term or a short lead-in line. */
export function subjectOf(block: Block): string | undefined {
  if (block.lead && block.lead.term) return words(block.lead.term).length <= 5 ? block.lead.term : undefined;
  // "Reserved (1 & 3 years)": a trailing aside does not stop a lead-in from naming its thing; "(io2)" is part of the name.
  const text = block.text.replace(/:$/, '').replace(/\s*\([^()]* [^()]*\)\s*$/, '').trim();
  const parts = text.split(' ');
  // A plain lead-in names a thing only when it looks like a name: "Standard Queue", "FIFO Queue".
  if (text && parts.length <= 4 && parts.every((w) => /^[A-Z0-9(&/-]/.test(w)) && !/[.!?,]/.test(text)) return text;
  return undefined;
}

/**
 * The name a list item opens with when it reads as no name as a whole: a short lead-in ending in a
 * colon ("Automated backups:"), or a name with its short form in brackets followed by a remark
 * ("Throughput Optimized HDD (st1) CANNOT BE BOOT" -> "Throughput Optimized HDD (st1)").
 */
function leadIn(block: Block): string | undefined {
  const text = block.text.trim();
  return /^([A-Z][\w-]*(?: [A-Za-z][\w-]*){0,3}):$/.exec(text)?.[1] ?? /^([A-Z][\w-]*(?: [A-Z][\w-]*){0,3} \([\w.-]+\))\s/.exec(text)?.[1];
}

/** A label a note puts before a description ("Object : collection of users", "Json/yml : describes ..."). */
const LABEL = /^[A-Za-z][\w/.-]*(?: [\w/.-]+)? : (?=\S)/;

/** A description without the note's label in front, when enough is left to describe anything. */
function unlabel(text: string): string {
  const rest = text.trim().replace(LABEL, '');
  return rest !== text.trim() && words(rest).length >= 3 ? rest : text;
}

/** "SQS" + "Simple Queue Service - a queue service" -> alias and the definition proper. */
function dropExpansion(term: string, def: string): { def: string; alias?: string } {
  const cut = plainSplit(def);
  if (cut && cut.rest && initials(cut.term) === normalize(term).replace(/ /g, '')) return { def: cut.rest, alias: cut.term };
  const paren = /^\(([^()]{2,60})\)\s*(?:-|:|–)?\s*/.exec(def);
  if (paren && initials(paren[1]) === normalize(term).replace(/ /g, '')) return { def: def.slice(paren[0].length), alias: paren[1] };
  return { def };
}

/** "CORS stands for Cross-Origin Resource Sharing": an acronym's expansion on a line of its own. */
const STANDS_FOR = /^(?:the\s+)?([A-Z]{2,6})\s+(?:stands for|is short for|means)\s+(.{5,80}?)\.?$/;

/** The expansion of an acronym of `term` that one of the block's own sub-items spells out. */
function spelledBelow(term: string, block: Block): string | undefined {
  const acronyms = new Set(acronymsIn(term));
  if (acronyms.size === 0) return undefined;
  for (const child of block.children) {
    const m = STANDS_FOR.exec(child.text.trim());
    if (m && acronyms.has(m[1]) && initials(m[2]) === m[1].toLowerCase()) return m[2].trim();
  }
  return undefined;
}

function groupKey(block: Block): string {
  return block.group >= 0 ? `list:${block.group}` : `para:${block.headings.join('>')}`;
}

/**
 * A lead-in to criteria ("Pick a region based on", "factors to consider:"): the items under it name
 * what a choice weighs ("Compliance - the app might be restricted to a region"), which a stem cannot
 * say, so they are asked in neither direction (see `problems`).
 */
const CRITERIA_FOLLOW = /\b(?:based on|depending on|depends on|factors?(?: to consider)?|criteria|considerations?|consider)\s*:?\s*$/i;

/**
 * A lead-in saying what a service inspects ("looks at:", "analyzes:"): each item under it says what
 * the service finds there ("VPC Flow Logs - unusual traffic / ip address"), not what the item is.
 */
const INSPECTS = /^(?:it )?(?:looks? (?:at|into)|analy[sz]es|scans|inspects|monitors|watches|reads)\s*:?$/i;

function definitionFacts(path: string, block: Block, out: Fact[]): void {
  const lead = block.lead;
  if (!lead || !lead.term || !lead.rest) return;
  if (words(lead.term).length > 7 || words(lead.term).length === 0) return;
  const dropped = dropExpansion(lead.term, lead.rest);
  const def = dropped.def;
  const alias = dropped.alias ?? spelledBelow(lead.term, block);
  const base = {
    source: sourceOf(path, block, block.line),
    context: [...block.headings, ...ancestry(block)],
    excerpt: block.text,
    group: groupKey(block),
    noisy: block.noisy,
    runOn: block.runOn,
    demo: inDemo(block),
    ...(block.parent && CRITERIA_FOLLOW.test(block.parent.text) ? { criterion: true } : {}),
    ...(block.parent && INSPECTS.test(block.parent.text.trim()) ? { inspected: true } : {}),
    ...(minorBeside(block) ? { minor: true } : {}),
  };
  if (lead.value !== undefined) {
    out.push({ kind: 'definition', subject: lead.term, text: def, value: lead.value, alias, ...base });
    return;
  }
  if (def) out.push({ kind: 'definition', subject: lead.term, text: unlabel(def), alias, ...base });
}

/** A lead-in to examples rather than statements: "good for workloads like:", "use cases:". */
const EXAMPLES_FOLLOW = /(?:\b(?:like|such as|e\.g\.?|eg|for example|examples?|use cases?|including|includes?|e\.g)\s*:?|\bfor:)\s*$/i;

function propertyFacts(path: string, block: Block, out: Fact[]): void {
  if (EXAMPLES_FOLLOW.test(block.text)) return;
  // Items that define a term of their own or lead a list of their own are not statements about the subject.
  const items = block.children.filter((c) => !c.ordered && c.text.length > 0 && c.children.length === 0 && !(c.lead && c.lead.rest));
  if (items.length < 2) return;
  const subject = subjectOf(block);
  if (!subject || NOT_A_SUBJECT.test(subject) || /^\d/.test(subject)) return;
  for (const item of items) {
    out.push({
      kind: 'property',
      subject,
      text: item.text,
      group: `subj:${block.id}`,
      family: block.group >= 0 ? `list:${block.group}` : `para:${block.headings.join('>')}`,
      source: sourceOf(path, item),
      context: [...block.headings, ...ancestry(block)],
      excerpt: `${block.text} ${item.text}`.trim(),
      noisy: item.noisy,
      demo: inDemo(item),
    });
  }
}

/** Top-level list items under a heading are properties of that heading's subject. */
function headingFacts(path: string, blocks: Block[], out: Fact[]): void {
  const byHeading = new Map<string, Block[]>();
  for (const b of blocks) {
    if (b.kind !== 'item' || b.parent || b.ordered || b.headings.length === 0) continue;
    if (b.children.length > 0 || (b.lead && b.lead.rest)) continue;
    const key = b.headings.join('>');
    const list = byHeading.get(key) ?? [];
    list.push(b);
    byHeading.set(key, list);
  }
  for (const [key, items] of byHeading) {
    const headings = items[0].headings;
    const subject = headings[headings.length - 1];
    if (items.length < 2 || NOT_A_SUBJECT.test(subject) || words(subject).length > 6) continue;
    for (const item of items) {
      out.push({
        kind: 'property',
        subject,
        text: item.text,
        group: `head:${key}`,
        family: `head:${headings.slice(0, -1).join('>')}`,
        source: sourceOf(path, item, item.line),
        context: headings.slice(0, -1),
        excerpt: item.text,
        noisy: item.noisy,
      });
    }
  }
}

function numberFacts(path: string, block: Block, out: Fact[]): void {
  // Counts that the note itself calls a snapshot ("currently 32 Regions") go out of date.
  if (block.kind === 'table' || words(block.text).length > 30 || /\b(?:currently|as of|may have changed|at the time)\b/i.test(block.text)) return;
  const mentions = findNumbers(block.text);
  if (mentions.length === 0 || mentions.length > 3) return;
  // "Automated backups:" names what the numbers under it are about, in lower case as much as in title case.
  const owner = block.parent ? (subjectOf(block.parent) ?? leadIn(block.parent)) : undefined;
  const lead = block.lead?.term && block.lead.rest ? block.lead.term : undefined;
  // A lower-case label ("max memory: 2MB" under "CloudFront Functions") says what is measured, not what it is about.
  const ownTerm = lead && owner && /^[a-z]/.test(lead) && !/\d/.test(lead) ? undefined : lead;
  const above = ownTerm ? owner : block.parent?.parent ? subjectOf(block.parent.parent) : undefined;
  const { subject, vague } = qualified(ownTerm ?? owner ?? block.headings[block.headings.length - 1] ?? '', above);
  // "Scenario 1: min = 50%" is a worked example, not a limit.
  if (/^(?:scenario|option|case|example|step)\s*\d*$/i.test(subject.trim())) return;
  for (const mention of mentions) {
    const rest = mentions.filter((m) => m !== mention);
    // "5 minutes ... within 5min" or "15 min (900 seconds)" would give the answer away; the lower
    // end of a range the number closes ("from 10 GB to 128 TB") is shown with it, and gives nothing away.
    const start = rangeStart(block.text.slice(0, mention.index), mention)?.index;
    if (rest.some((m) => m.index !== start && (m.value === mention.value || (m.unit !== mention.unit && dimension(m.unit) === dimension(mention.unit))))) continue;
    out.push({
    kind: 'number',
    subject,
    text: block.text,
    number: mention,
    others: rest.map((m) => m.value),
    vague,
    group: `num:${mention.unit}`,
    source: sourceOf(path, block, block.line),
    context: [...block.headings, ...ancestry(block)],
    excerpt: block.parent ? `${block.parent.text} ${block.text}` : block.text,
    noisy: block.noisy,
    // "70ms propagation delay / Push mode over HTTP/2": a line the item swallowed runs into the statement.
    runOn: block.runOn,
    demo: inDemo(block),
    });
  }
}

function tableFacts(path: string, block: Block, out: Fact[]): void {
  const rows = block.rows ?? [];
  if (rows.length < 4 || rows[0].length < 2) return;
  const header = rows[0];
  const body = rows.slice(1).filter((r) => r[0]);
  const firstWords = body.reduce((n, r) => n + words(r[0]).length, 0) / Math.max(1, body.length);
  if (firstWords > 5 || !header[0] || words(header[0]).length > 3) return;
  // File lists and other tables of paths are not study material.
  if (body.some((r) => /\.md\b|\//.test(r[0]))) return;
  body.forEach((row, r) => {
    for (let c = 1; c < header.length; c++) {
      if (!row[c] || !header[c] || words(header[c]).length > 3) continue;
      out.push({
        kind: 'row',
        subject: row[0],
        text: row[c],
        column: header[c],
        rowHeader: header[0],
        group: `table:${block.id}:${c}`,
        source: { ...sourceOf(path, block), line: block.line + r + 2, endLine: block.line + r + 2 },
        context: block.headings,
        excerpt: `${header[0]}: ${row[0]}; ${header[c]}: ${row[c]}`,
        noisy: block.noisy,
      });
    }
  });
}

function stepFacts(path: string, blocks: Block[], out: Fact[]): void {
  const lists = new Map<number, Block[]>();
  for (const b of blocks) {
    if (b.kind !== 'item' || !b.ordered) continue;
    const list = lists.get(b.group);
    if (list) list.push(b);
    else lists.set(b.group, [b]);
  }
  for (const items of lists.values()) {
    if (items.length < 5 || items.length > 8) continue;
    if (items.some((i) => words(i.text).length > 12 || words(i.text).length < 3 || i.text.includes('->') || i.children.length > 0)) continue;
    const first = items[0];
    const subject = (first.parent && subjectOf(first.parent)) ?? first.headings[first.headings.length - 1] ?? '';
    out.push({
      kind: 'steps',
      subject,
      text: items.map((i) => i.text).join(' / '),
      items: items.map((i) => i.text),
      group: `steps:${first.group}`,
      source: sourceOf(path, first, items[items.length - 1].endLine),
      context: first.headings,
      excerpt: items.map((i, n) => `${n + 1}. ${i.text}`).join(' '),
      noisy: items.some((i) => i.noisy),
    });
  }
}

/** Every fact the blocks state, in document order of their source. */
export function findFacts(path: string, blocks: Block[]): Fact[] {
  const out: Fact[] = [];
  for (const block of blocks) {
    if (block.kind === 'table') {
      tableFacts(path, block, out);
      continue;
    }
    definitionFacts(path, block, out);
    propertyFacts(path, block, out);
    numberFacts(path, block, out);
  }
  headingFacts(path, blocks, out);
  stepFacts(path, blocks, out);
  return out;
}

/** Facts by a key, in their order. */
export function groupBy(facts: Fact[], key: (f: Fact) => string): Map<string, Fact[]> {
  const map = new Map<string, Fact[]>();
  for (const f of facts) {
    const k = key(f);
    const list = map.get(k);
    if (list) list.push(f);
    else map.set(k, [f]);
  }
  return map;
}
