/** Syntax trees -> flat blocks (paragraphs, list items, tables) with lines, headings and nesting. */
import { toString } from 'mdast-util-to-string';
import type { List, ListItem, Nodes, Paragraph, PhrasingContent, RootContent, Table } from 'mdast';
import type { Chunk } from './parse.js';
import { splitLead, type Lead } from './lead.js';

/** A paragraph, list item or table of a note, in document order. */
export interface Block {
  id: number;
  kind: 'paragraph' | 'item' | 'table';
  /** Plain text of the block's own paragraphs (nested lists excluded), whitespace folded. */
  text: string;
  line: number;
  endLine: number;
  headings: string[];
  /** The item this one is nested in, or the lead-in paragraph right above its list. */
  parent?: Block;
  children: Block[];
  /** Id shared by the items of one list; -1 outside lists. */
  group: number;
  /** Position inside its list, from 0. */
  index: number;
  ordered: boolean;
  /** Images, links to addresses or raw HTML inside the block. */
  noisy: boolean;
  /** A new sentence starts on a continuation line without punctuation before it ("storage\nThe NoSQL ..."). */
  runOn?: boolean;
  lead?: Lead;
  /** Table cells, header row first. */
  rows?: string[][];
}

const MAX_TEXT = 4000;
// A new sentence on the next line without punctuation between: "... decoupling applications\n
// Environments are deployed via CloudFormation" (a line the list item swallowed).
const RUN_ON = /[a-z,]\n[ \t]*(?:The|This|It|These|Those|Then|A|An)\s|[a-z]\n[ \t]*[A-Z][a-z]+ (?:are|is|was|were|can|will|must|should|has|have)\b|[a-z]\n[ \t]*[A-Z][a-z]+ [a-z]+ (?:over|using|via|through|into|from)\b/;

/** Fold whitespace and cut very long text (nothing that long becomes a question). */
export function fold(text: string): string {
  const short = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  return short.replace(/\s+/g, ' ').trim();
}

function isNoisy(node: Nodes): boolean {
  if (node.type === 'image' || node.type === 'imageReference' || node.type === 'html') return true;
  if (node.type === 'link') return !node.url.startsWith('#') || /https?:|www\./i.test(toString(node));
  if (node.type === 'text') return /https?:\/\/|www\./i.test(node.value);
  if ('children' in node) return (node.children as Nodes[]).some(isNoisy);
  return false;
}

class Walker {
  blocks: Block[] = [];
  private stack: { depth: number; text: string }[] = [];
  private groups = 0;
  constructor(private offset: number) {}

  private lines(node: RootContent): [number, number] {
    const start = (node.position?.start.line ?? 1) + this.offset;
    const end = (node.position?.end.line ?? start - this.offset) + this.offset;
    return [start, Math.max(start, end)];
  }

  private make(kind: Block['kind'], text: string, node: RootContent, extra: Partial<Block> = {}): Block {
    const [line, endLine] = this.lines(node);
    const block: Block = {
      id: this.blocks.length,
      kind,
      text,
      line,
      endLine,
      headings: this.stack.map((h) => h.text),
      children: [],
      group: -1,
      index: 0,
      ordered: false,
      noisy: isNoisy(node as Nodes),
      ...extra,
    };
    this.blocks.push(block);
    return block;
  }

  /** Walk a run of sibling nodes; a paragraph that introduces a list becomes its parent. */
  flow(nodes: RootContent[], parent?: Block): void {
    let leadIn: Block | undefined;
    for (const node of nodes) {
      if (node.type === 'heading') {
        while (this.stack.length > 0 && this.stack[this.stack.length - 1].depth >= node.depth) this.stack.pop();
        const text = fold(toString(node));
        if (text) this.stack.push({ depth: node.depth, text });
        leadIn = undefined;
      } else if (node.type === 'paragraph') {
        leadIn = this.paragraph(node, parent);
      } else if (node.type === 'list') {
        this.list(node, leadIn && introduces(leadIn) ? leadIn : parent);
      } else if (node.type === 'table') {
        this.table(node);
        leadIn = undefined;
      } else if (node.type === 'blockquote') {
        this.flow(node.children, parent);
      } else if (node.type !== 'definition') {
        leadIn = undefined;
      }
    }
  }

  private paragraph(node: Paragraph, parent?: Block): Block {
    const raw = toString(node);
    const block = this.make('paragraph', fold(raw), node, { parent, runOn: RUN_ON.test(raw.slice(0, 4000)) });
    block.lead = splitLead(node.children as PhrasingContent[], block.text);
    return block;
  }

  private list(node: List, parent?: Block): void {
    const group = this.groups++;
    node.children.forEach((item, index) => this.item(item, group, index, node.ordered === true, parent));
  }

  private item(node: ListItem, group: number, index: number, ordered: boolean, parent?: Block): void {
    const own = node.children.filter((c) => c.type !== 'list');
    const raw = own.map((c) => toString(c)).join(' ');
    const text = fold(raw);
    const block = this.make('item', text, node, { parent, group, index, ordered, runOn: RUN_ON.test(raw.slice(0, 4000)) });
    block.noisy = own.some((c) => isNoisy(c as Nodes));
    const first = own[0];
    if (first && first.type === 'paragraph') block.lead = splitLead(first.children as PhrasingContent[], text);
    if (parent) parent.children.push(block);
    for (const child of node.children) if (child.type === 'list') this.list(child, block);
  }

  private table(node: Table): void {
    const rows = node.children.map((row) => row.children.map((cell) => fold(toString(cell))));
    this.make('table', rows.map((r) => r.join(' | ')).join('\n'), node, { rows });
  }

  /** Headings above the next chunk come from this one. */
  carry(): { depth: number; text: string }[] {
    return this.stack;
  }
  seed(stack: { depth: number; text: string }[], groups: number): void {
    this.stack = [...stack];
    this.groups = groups;
  }
  groupCount(): number {
    return this.groups;
  }
}

/** A paragraph introduces the list after it when it ends with ':' or is only a marked term. */
function introduces(block: Block): boolean {
  if (block.text.endsWith(':')) return true;
  if (block.lead && (!block.lead.rest || block.lead.style === 'strong' || block.lead.style === 'emphasis')) return true;
  return block.text.split(' ').length <= 6 && !/[.!?]$/.test(block.text);
}

/** Flatten parsed chunks into blocks in document order. */
export function toBlocks(chunks: Iterable<Chunk>): Block[] {
  const all: Block[] = [];
  let stack: { depth: number; text: string }[] = [];
  let groups = 0;
  for (const chunk of chunks) {
    const walker = new Walker(chunk.offset);
    walker.seed(stack, groups);
    walker.flow(chunk.root.children);
    for (const b of walker.blocks) {
      b.id = all.length;
      all.push(b);
    }
    stack = walker.carry();
    groups = walker.groupCount();
  }
  return all;
}
