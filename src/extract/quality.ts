/** Score a draft question: every problem found costs points and is named in `reasons`. */
import { normalizeName, type CatalogIndex } from '../core/catalog.js';
import type { Fact } from './facts.js';
import { giveawayWord } from './giveaway.js';
import { serviceNamed } from './lookup.js';
import type { Draft } from './generate.js';
import { BLANK, containsPhrase, normalize, similarity, stems, words } from './text.js';

/** Questions scoring at least this are exam-eligible. */
export const QUALITY_BAR = 0.6;

/** Cost of each reason; 0.5 or more rejects a question on its own. */
const COST: Record<string, number> = {
  residue: 0.6,
  outdated: 0.6,
  url: 0.6,
  giveaway: 0.6,
  todo: 0.6,
  'first-person': 0.6,
  'click-steps': 0.6,
  'short-stem': 0.6,
  fragment: 0.6,
  'duplicate-options': 0.6,
  'unlike-options': 0.5,
  'few-options': 0.6,
  'long-option': 0.5,
  'long-stem': 0.5,
  'weak-term': 0.5,
  'catalog-distractor': 0.1,
  trivial: 0.6,
  malformed: 0.6,
};

const RESIDUE = /->|=>|→|(?:^|\s)--(?:\s|$)|\*\*|(?:^|\s)\*\w|\w\*(?:\s|$)|__|`|<\/?[a-z][^>]{0,40}>|\]\(|!\[|&[a-z]{2,8};|(?:^|\s)#{1,6}\s|\||\\[*_`[\]]|\uFFFD|\{\{|\}\}/i;
const URL = /https?:|www\.|\.(?:png|jpe?g|gif|svg|webp)\b|\bimage-\d/i;
const TODO = /\b(?:todo|tbd|tbc|fixme|wip)\b|\?\?|\bxxx\b|\bdomain \d+\b/i;
const FIRST_PERSON_CASED = /\b(?:I|I'm|I've|I'd)\b/;
const FIRST_PERSON = /\b(?:my|me|mine|lol|lmao|imo|btw|gonna|wanna)\b|\bi\s+(?:think|guess|am|was|have|had|will|don't|dont|do|know|got|passed|failed|used|cached|remember)\b/i;
const CLICK =
  /\b(?:click(?:ed|ing)?|go to (?:the )?(?:\w+ )?console|navigate to|press|tick the|check the box|drop-?down|sign ?in to|log ?in to the console|dialog|dialogue)\b|\bselect\b.{0,60}\bthen\b|\bselect\b[^.]{0,80}\b(?:menu|wizard|page|tab|checkbox|button)\b/i;
/** "example: store 10,000,000 objects ...", "e.g. 1 GB": an illustration, not a fact. */
const EXAMPLE = /\b(?:e\.g\.?|eg|example|ex|for instance|i\.e)(?:\b|:)/i;
/** A percentage or factor compared with something else: a sales figure, not a limit. */
const MARKETING =
  /\d\s?(?:%|x|times)\s+(?:\w+\s+){0,2}?(?:cheaper|faster|slower|more|less|lower|higher|better|improvement|accurate|savings?)\b|\b(?:reduc\w*|decreas\w*|improv\w*|sav(?:e|es|ing))\b[^.]{0,60}?\b(?:by|up to)\s+(?:up to\s+)?\d+(?:\.\d+)?\s?%/i;
/** A size used as an illustration ("one char change in 1 GB file") rather than a limit. */
const ILLUSTRATION = /\d\s?[KMGT]i?B\s+files?\b/i;
const LIMIT_WORD = /\b(?:max(?:imum)?|min(?:imum)?|limit|up ?to|larger|bigger|over|more than|exceed\w*|at least|at most)\b|[<>]/i;
/** A size per shard or consumer with the time left out ("2 MB per shard" for 2 MB per second per shard). */
const RATE_WITHOUT_TIME = /\d\s?[KMGT]i?B\s+per\s+(?:shard|partition|consumer|stream|topic|queue)\b/i;
const DANGLING_START = /^(?:and|or|but|so|then|which|that|because|also|etc|e\.g|i\.e|eg|ie|vs|like|such as|with|without|plus)\b/i;
const DANGLING_END = /(?:[:,(\-–/&+]|\b(?:and|or|the|a|an|of|to|for|with|by|in|on|is|are|eg|e\.g|like|such as|including))$/i;
const SHOUTED = /^[A-Z]{2,}(?: [A-Z]{2,})+$/;
const WEAK_TERM = /^(?:domain \d+|good practice|best practices?|note|notes|eg|e\.g|example|important|remember|tip|exam tip|demo|step \d+|\d+|pros?|cons?|yes|no|why|what|how|when|where|who|use cases?|benefits?|features?|components?|limitations?|pricing|security|costs?|advice|others?|drawbacks?|(?:dis)?advantages?|caveats?|summary|overview|examples?|ex|imp|\[imp\]|options? \d+|scenario \d*)$/i;

const LOWER_LEAD = /^(?:for|to|with|max|min|in|on|of|by|if|when|no|not|can|will|use|using|good|best|up)\b/;
const SERVICE_WORDS = new Set(['aws', 'amazon', 's3', 'ec2', 'sql', 'api', 'data', 'service']);

/** Does the stem spell out an acronym answer ("Systems Manager ..." for "SSM")? */
function spelledOut(stem: string, answer: string): boolean {
  if (!/^[A-Z][A-Za-z]{1,5}$/.test(answer) || answer !== answer.toUpperCase()) return false;
  const acronym = answer.toLowerCase();
  const ws = words(stem);
  for (let i = 0; i + acronym.length <= ws.length; i++) {
    if (ws.slice(i, i + acronym.length).map((w) => w[0]).join('') === acronym) return true;
  }
  return false;
}

/** Does the correct option repeat a word of the term asked about that no wrong option has? */
function echoed(d: Draft): boolean {
  const wrong = stems(d.options.slice(d.correct).join(' '));
  const answer = stems(d.options.slice(0, d.correct).join(' '));
  return [...stems(d.anchor)].some((w) => w.length >= 3 && answer.has(w) && !wrong.has(w));
}

/** Does the stem give away a word of the correct option that no wrong option shares? */
function revealed(d: Draft): boolean {
  if (d.options.slice(0, d.correct).some((a) => spelledOut(d.stem, a))) return true;
  const asked = stems(d.stem);
  const wrong = stems(d.options.slice(d.correct).join(' '));
  for (const answer of d.options.slice(0, d.correct)) {
    for (const w of stems(answer)) {
      if (w.length >= 3 && !SERVICE_WORDS.has(w) && !wrong.has(w) && asked.has(w)) return true;
    }
  }
  return false;
}

function balanced(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    if (depth < 0) return false;
  }
  return depth === 0;
}

function fragmentary(text: string): boolean {
  const t = text.trim();
  return DANGLING_START.test(t) || DANGLING_END.test(t) || !balanced(t) || (t.match(/"/g)?.length ?? 0) % 2 === 1;
}

function optionProblems(d: Draft, add: (r: string) => void): void {
  const opts = d.options;
  if (opts.length < 4 || new Set(opts.map(normalize)).size < opts.length) add(opts.length < 4 ? 'few-options' : 'duplicate-options');
  for (let i = 0; i < opts.length; i++) {
    for (let j = i + 1; j < opts.length; j++) {
      const a = normalize(opts[i]);
      const b = normalize(opts[j]);
      if (!a || !b) continue;
      if (similarity(a, b) >= 0.75 || (a.length > 3 && b.length > 3 && (a.includes(b) || b.includes(a)) && d.kind !== 'numeric')) {
        add('duplicate-options');
      }
    }
  }
  const lens = opts.map((o) => o.length);
  const max = Math.max(...lens);
  const min = Math.min(...lens);
  const answerLen = lens.slice(0, d.correct).reduce((a, b) => Math.max(a, b), 0);
  const otherMax = Math.max(...lens.slice(d.correct), 1);
  // Table cells list things and one-word names vary in length by nature; only the answer standing out counts there.
  const names = opts.every((o) => !o.includes(' '));
  // Term names differ in length by nature; among them only an answer far shorter than every wrong option stands out.
  const answerMin = lens.slice(0, d.correct).reduce((a, b) => Math.min(a, b), Infinity);
  const otherMin = Math.min(...lens.slice(d.correct));
  const sentence = opts.some((o) => words(o).length > 6);
  if (d.kind === 'definition' && max > 30 && (answerMin * 3.5 < otherMin || (sentence && max > 3.5 * min))) add('unlike-options');
  if (d.kind !== 'table' && d.kind !== 'definition' && !names && max > 30 && max > 3.5 * min) add('unlike-options');
  if (answerLen > 40 && answerLen > 1.8 * otherMax) add('unlike-options');
  // Capitalised names against lower-case phrases: the odd one out is easy to spot.
  const upper = opts.map((o) => /^[A-Z0-9]/.test(o));
  const same = upper.filter((u) => u === upper[0]).length;
  if (d.kind === 'definition' && same < opts.length - 1) add('unlike-options');
  const numeric = opts.map((o) => /^\d/.test(o));
  if (d.kind !== 'numeric' && numeric.some((x) => x !== numeric[0])) add('unlike-options');
  if (opts.some((o) => words(o).length > 28)) add('long-option');
  if (opts.some((o) => !o.trim())) add('fragment');
}

/** Some options are AWS services and some are not: the answer's kind stands out. */
function mixedKinds(d: Draft, catalog?: CatalogIndex): boolean {
  if (!catalog) return false;
  // Own names only: "EC2 User Data" or "Lambda Function" are features, terms like their siblings.
  const own = (o: string) => {
    const svc = serviceNamed(catalog, o);
    const n = normalizeName(o);
    return svc !== undefined && [svc.name, svc.short, ...svc.acronyms].some((x) => normalizeName(x) === n);
  };
  const services = d.options.filter(own).length;
  return services > 0 && services < d.options.length;
}

/** A fact that must not become a question or a wrong option: noise, remarks, demo steps, fragments. */
export function isJunk(f: Fact): boolean {
  const text = `${f.subject}\n${f.text}\n${f.excerpt}`;
  return Boolean(f.noisy) || URL.test(text) || TODO.test(text) || FIRST_PERSON.test(text) || FIRST_PERSON_CASED.test(text) || CLICK.test(text);
}

/** Reasons a draft is not a good exam question, worst first as found. */
export function problems(d: Draft, catalog?: CatalogIndex): string[] {
  const reasons = new Set<string>();
  const add = (r: string) => reasons.add(r);
  const visible = [d.stem, ...d.options].join('\n');
  const all = `${visible}\n${d.fact.excerpt}`;
  if (RESIDUE.test(visible.split(BLANK).join(' '))) add('residue');
  if (URL.test(all) || d.fact.noisy) add('url');
  if (TODO.test(all)) add('todo');
  if (FIRST_PERSON.test(all) || FIRST_PERSON_CASED.test(all)) add('first-person');
  if (CLICK.test(all)) add('click-steps');
  const stemWords = words(d.stem).length;
  if (stemWords < 6) add('short-stem');
  if (stemWords > 60) add('long-stem');
  const answers = d.options.slice(0, d.correct);
  const stemNames = d.kind === 'numeric' || d.kind === 'steps' ? [] : [...d.names, ...answers];
  if (stemNames.some((n) => n.length >= 2 && containsPhrase(d.stem, n))) add('giveaway');
  if (d.kind === 'term' && containsPhrase(answers[0], d.anchor) && !d.options.slice(1).some((o) => containsPhrase(o, d.anchor))) {
    add('giveaway');
  }
  if (d.fact.runOn || fragmentary(d.fact.text) || d.options.some(fragmentary) || words(d.fact.text).length < 2) add('fragment');
  if ((d.kind === 'definition' || d.kind === 'table') && revealed(d)) add('giveaway');
  if (d.kind === 'term' && echoed(d)) add('giveaway');
  if (d.kind !== 'numeric' && d.kind !== 'steps') {
    // The context a stem names ("In the context of X", "about Y (X)") is not what it asks.
    const asked = d.stem.replace(/^In the context of [^,]+, /, '').replace(/\s*\([^()]*\)(?= (?:is|are) correct\?)/, '').replace(/\(Choose TWO\.\)/, '');
    const extra = d.kind === 'term' && d.fact.alias ? [d.fact.alias] : [];
    if (giveawayWord(asked, answers, d.options.slice(d.correct), catalog, extra)) add('giveaway');
  }
  if ((d.fact.text.match(/:/g)?.length ?? 0) >= 2 || (d.fact.text.match(/->/g)?.length ?? 0) >= 3) add('fragment');
  if (d.kind === 'definition' || d.kind === 'term') {
    // A lower-case phrase of several words ("operates at layer 3") is a piece of a sentence, not a name.
    if (/^[a-z]/.test(d.anchor.trim()) && words(d.anchor).length > 2) add('weak-term');
    if (WEAK_TERM.test(d.anchor.trim()) || SHOUTED.test(d.anchor.trim()) || d.anchor.trim().length < 2 || words(d.anchor).length === 0 || LOWER_LEAD.test(d.anchor)) add('weak-term');
    // Names are capitalised or acronyms; a lower-case "term" is usually a phrase cut out of a sentence.
    if (d.fact.value === undefined && !/[A-Z0-9]/.test(d.anchor)) add('weak-term');
    if (words(d.fact.text).length < 3 && d.fact.value === undefined) add('short-stem');
    // "Roles/Users only", "Create/Delete/Tags": too little to tell what is described.
    if (writtenWords(d.fact.text) < 3 && d.fact.value === undefined) add('fragment');
  }
  if (d.kind === 'numeric' && d.fact.kind === 'number') numberProblems(d, add);
  // A definition built on a sales figure or an illustration ("one char change in 1 GB file") is trivia too.
  if ((d.kind === 'definition' || d.kind === 'term') && (MARKETING.test(d.fact.text) || (ILLUSTRATION.test(d.fact.text) && !LIMIT_WORD.test(d.fact.text)))) add('trivial');
  if (malformed(d.options)) add('malformed');
  optionProblems(d, add);
  if (d.kind === 'definition' && mixedKinds(d, catalog)) add('unlike-options');
  for (const f of d.flags) add(f);
  return [...reasons];
}

/** A name that is no name: a label ("use case", "Ex"), a phrase in lower case, a shouted heading. */
export function weakName(name: string): boolean {
  const t = name.trim();
  return WEAK_TERM.test(t) || SHOUTED.test(t) || LOWER_LEAD.test(t) || (!/^[A-Z0-9"(]/.test(t) && !/\d/.test(t));
}

/** Words of a text as written: "Roles/Users only" has two, "Create/Delete/Tags" one. */
function writtenWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[a-z]/i.test(w)).length;
}

/** An option that drops the dot its siblings keep ("StatesPermissions" beside "States.ALL"). */
function malformed(options: string[]): boolean {
  const prefixes = new Set(options.flatMap((o) => /^([A-Za-z]+)\.[A-Za-z]/.exec(o)?.[1] ?? []));
  return options.some((o) => [...prefixes].some((p) => new RegExp(`^${p}[A-Z][A-Za-z]*$`).test(o)));
}

/** Problems of a numeric fact: illustrations, sales figures, rates missing their time unit. */
function numberProblems(d: Draft, add: (r: string) => void): void {
  const text = d.fact.text;
  if (EXAMPLE.test(text)) add('fragment');
  if (d.fact.vague && words(text).length < 7) add('fragment');
  if (RATE_WITHOUT_TIME.test(text)) add('fragment');
  if (MARKETING.test(text)) add('trivial');
  if (ILLUSTRATION.test(text) && !LIMIT_WORD.test(text)) add('trivial');
}

/** Score in [0, 1] from the reasons. */
export function score(reasons: string[]): number {
  const cost = reasons.reduce((n, r) => n + (COST[r] ?? 0.3), 0);
  return Math.max(0, Math.round((1 - cost) * 100) / 100);
}
