/** Find the marked term at the start of a paragraph: `**Term** - def`, `Term: def`, `` `22` = **SSH** ``. */
import { toString } from 'mdast-util-to-string';
import type { PhrasingContent } from 'mdast';

/** A term at the start of a line and what follows its separator. */
export interface Lead {
  term: string;
  /** Text after the separator; '' when the term stands alone (a lead-in such as `**Security**`). */
  rest: string;
  style: 'strong' | 'emphasis' | 'code' | 'value' | 'plain';
  /** The value of a `` `22` = **SSH** `` line. */
  value?: string;
}

const SEP = /^\s*(?::|->|=>|→|-{1,2}|–|—|=)\s*/;
const PLAIN_SEPS = [': ', ' - ', ' -> ', '->', ' – ', ' — ', ' = ', ' => ', ' --> '];
const MAX_TERM_WORDS = 7;

function fold(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function textOf(nodes: PhrasingContent[]): string {
  return fold(nodes.map((n) => toString(n)).join(''));
}

function afterSeparator(text: string): string | undefined {
  if (text === '') return '';
  const m = SEP.exec(text);
  return m ? text.slice(m[0].length) : undefined;
}

function marked(first: PhrasingContent, rest: PhrasingContent[]): Lead | undefined {
  const style = first.type === 'strong' ? 'strong' : 'emphasis';
  let term = fold(toString(first));
  const after = textOf(rest);
  if (/[:\-–]$/.test(term)) return { term: term.replace(/\s*[:\-–]+$/, ''), rest: after.replace(SEP, ''), style };
  const def = afterSeparator(after);
  if (def === undefined) return undefined;
  term = term.replace(/\s+[:\-–]$/, '');
  return { term, rest: def, style };
}

function valued(code: string, rest: PhrasingContent[]): Lead | undefined {
  const firstText = rest[0] && rest[0].type === 'text' ? rest[0].value : '';
  if (!/^\s*(?:=|->|:|-)\s*$/.test(firstText) && !/^\s*(?:=|->)/.test(firstText)) {
    const def = afterSeparator(textOf(rest));
    return def === undefined ? undefined : { term: code, rest: def, style: 'code' };
  }
  const strong = rest[1];
  if (/^\s*(?:=|->)\s*$/.test(firstText) && strong && strong.type === 'strong') {
    const after = textOf(rest.slice(2));
    return { term: fold(toString(strong)), rest: afterSeparator(after) ?? after, style: 'value', value: code };
  }
  const after = textOf(rest).replace(/^\s*(?:=|->)\s*/, '');
  const cut = plainSplit(after);
  return { term: cut ? cut.term : after, rest: cut ? cut.rest : '', style: 'value', value: code };
}

/** Split "Term: definition" in plain text when the term is short. */
export function plainSplit(text: string): { term: string; rest: string } | undefined {
  const head = text.slice(0, 80);
  let at = -1;
  let sep = '';
  for (const s of PLAIN_SEPS) {
    const i = head.indexOf(s);
    if (i > 0 && (at < 0 || i < at)) {
      at = i;
      sep = s;
    }
  }
  if (at < 0) return undefined;
  const term = text.slice(0, at).trim();
  const rest = text.slice(at + sep.length).trim();
  // A "term" with a comma or a verb is the start of a sentence, not a name.
  if (!term || term.split(' ').length > MAX_TERM_WORDS || /[.;!?,]/.test(term) || /\s(?:is|are|was|were|can|will|should)\s/i.test(` ${term} `)) return undefined;
  return { term, rest };
}

/** The lead term of a paragraph's inline content, or undefined when it has none. */
export function splitLead(children: PhrasingContent[], text: string): Lead | undefined {
  let i = 0;
  while (i < children.length && children[i].type === 'text' && !(children[i] as { value: string }).value.trim()) i++;
  const first = children[i];
  if (!first) return undefined;
  if (first.type === 'strong' || first.type === 'emphasis') return marked(first, children.slice(i + 1));
  if (first.type === 'inlineCode') {
    if (/^\d{1,5}$/.test(first.value.trim())) return valued(first.value.trim(), children.slice(i + 1));
    const def = afterSeparator(textOf(children.slice(i + 1)));
    return def === undefined ? undefined : { term: first.value, rest: def, style: 'code' };
  }
  if (first.type !== 'text') return undefined;
  const cut = plainSplit(text);
  return cut ? { ...cut, style: 'plain' } : undefined;
}
