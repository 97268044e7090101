/** Score a draft question: every problem found costs points and is named in `reasons`. */
import { normalizeName, type CatalogIndex } from '../core/catalog.js';
import type { Fact } from './facts.js';
import { answerStandsOut, everyday, membersOfLabel } from './form.js';
import { acronymsIn, expansionWord, giveawayWord, lightStem, related, spelledOut } from './giveaway.js';
import { dimension } from './numbers.js';
import { serviceNamed, servicesIn } from './lookup.js';
import type { Draft } from './generate.js';
import { shortSlip } from './slips.js';
import { asideOf, BLANK, containsPhrase, contentWords, lostNumber, mereNames, misspelt, nameWithin, normalize, notADescription, remembered, remindsSelf, saysNothing, scrambled, similarity, stems, withoutAside, words } from './text.js';

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
  'mixed-siblings': 0.6,
  'long-option': 0.5,
  'long-stem': 0.5,
  'weak-term': 0.5,
  'catalog-distractor': 0.1,
  trivial: 0.6,
  malformed: 0.6,
  ambiguous: 0.6,
  typo: 0.6,
};

const RESIDUE = /->|=>|→|[-–>]\*\w|(?:^|\s)--(?:\s|$)|\*\*|(?:^|\s)\*\w|\w\*(?:\s|$)|__|`|<\/?[a-z][^>]{0,40}>|\]\(|!\[|&[a-z]{2,8};|(?:^|\s)#{1,6}\s|\||\\[*_`[\]]|\uFFFD|\{\{|\}\}/i;
const URL = /https?:|www\.|\.(?:png|jpe?g|gif|svg|webp)\b|\bimage-\d/i;
const TODO = /\b(?:todo|tbd|tbc|fixme|wip)\b|\?\?|\bxxx\b|\bdomain \d+\b/i;
const FIRST_PERSON_CASED = /\b(?:I|I'm|I've|I'd)\b/;
/** A word a note shouts for its own emphasis ("1-3 years BIG discount"); "NOT" and "ALL" are the exam's own. */
const SHOUTING = /\b(?:BIG|HUGE|VERY|REALLY|SUPER|IMPORTANT|ALWAYS|NEVER|MUST|CANNOT|CAN'T|DON'T|REMEMBER|EXAM|GOOD|BAD|BEST|EASY|CHEAP)\b/;
const FIRST_PERSON =
  /\b(?:my|me|mine|lol|lmao|imo|btw|gonna|wanna)\b|\bi\s+(?:think|guess|am|was|have|had|will|don't|dont|do|know|got|passed|failed|used|cached|remember)\b|\bfrom (?:the )?[\w-]+ (?:course|lecture|video|lesson|class)\b|\b(?:udemy|youtube)\b|\b(?:course|lecture|video) (?:notes?|slides?)\b/i;
const CLICK =
  /\b(?:click(?:ed|ing)?|go to (?:the )?(?:\w+ )?console|navigate to|press|tick the|check the box|drop-?down|sign ?in to|log ?in to the console|dialog|dialogue)\b|\bselect\b.{0,60}\bthen\b|\bselect\b[^.]{0,80}\b(?:menu|wizard|page|tab|checkbox|button)\b/i;
/** "example: store 10,000,000 objects ...", "e.g. 1 GB": an illustration, not a fact. */
const EXAMPLE = /\b(?:e\.g\.?|eg|example|ex|for instance|i\.e)(?:\b|:)/i;
/** A percentage or factor compared with something else: a sales figure, not a limit. */
const MARKETING =
  /\d\s?(?:%|x|times)\s+(?:\w+\s+){0,2}?(?:cheaper|faster|slower|more|less|lower|higher|better|improvement|accurate|savings?)\b|\b(?:reduc\w*|decreas\w*|improv\w*|sav(?:e|es|ing))\b[^.]{0,60}?\b(?:by|up to)\s+(?:up to\s+)?\d+(?:\.\d+)?\s?%/i;
/** A size used as an illustration ("one char change in 1 GB file") rather than a limit. */
const ILLUSTRATION = /\d\s?[KMGT]i?B\s+files?\b/i;
/** "finer grain (can be disabled)": a short comparison that never says what it is compared with. */
const BARE_COMPARATIVE =
  /^(?:much |far |even )?(?:more|less|fewer|better|worse|finer|coarser|faster|slower|cheaper|larger|smaller|bigger|higher|lower|greater|longer|shorter|easier|harder|simpler|stronger|weaker)\b(?![\s\S]*\bthan\b)/i;
/** A question copied from the notes ("What are minimum parameters ...?") states no fact. */
const QUESTION = /\?\s*$|^(?:what|when|where|which|why|how|who)\s+(?:is|are|do|does|did|should|can|could|will|would|must|shall)\b/i;
/** "None - Whitelist - Include All", "create bucket - region specific - has a URL": a note's dashed run-on, not a statement. */
const DASH_CHAIN = /\s[-–]\s[\s\S]*\s[-–]\s/;
/** "delete ASG > delete ALB > delete EC2", "Streams > Analytics > Firehose": a path of console steps. */
const BREADCRUMB = /\S\s>\s[^>]*\S\s>\s\S/;
/** "Free / used / used %": field values of a metric or setting, trivia rather than a definition. */
const SLASH_LIST = /^[^/]{1,30}(?:\s\/\s[^/]{1,30}){2,}$/;
/** "in this scenario ...": the statement leans on text around it that the question does not show. */
const DANGLING_REF = /\b(?:in (?:this|that) (?:scenario|case|example)|(?:the|as|see) above|the following)\b/i;
/** "(50 ms, 100 ms, _____)": a sequence that completes itself. */
const SEQUENCE = /\d[^,;()]{0,8},\s*\d[^,;()]{0,8},\s*_____|\d[^,;()]{0,8},\s*_____\s*,\s*\d|_____\s*,\s*\d[^,;()]{0,8},\s*\d/;
/** "Create a platform application->Add endpoints->Publish messages": the steps of a process, not a definition. */
const CHAIN = /->[^>]*->/;
/** Words that bound a number without saying what it measures. */
const BARE_LIMIT = new Set(['max', 'maximum', 'min', 'minimum', 'up', 'to', 'default', 'limit', 'limits', 'is', 'of', 'the', 'a', 'an', 'at', 'most', 'least', 'by']);
/** Console steps as a term: "Search s3", "Open EC2". */
const CONSOLE_STEP = /^(?:search|open|click|go to|navigate|type)\s+\S/i;
const LIMIT_WORD = /\b(?:max(?:imum)?|min(?:imum)?|limit|up ?to|larger|bigger|over|more than|exceed\w*|at least|at most)\b|[<>]/i;
/** A size per shard or consumer with the time left out ("2 MB per shard" for 2 MB per second per shard). */
const RATE_WITHOUT_TIME = /\d\s?[KMGT]i?B\s+per\s+(?:shard|partition|consumer|stream|topic|queue)\b|\d\s?[KMGT]i?B\+?\s+(?:of\s+)?(?:throughput|bandwidth)\b/i;
const DANGLING_START = /^(?:and|or|but|so|then|which|that|because|also|etc|e\.g|i\.e|eg|ie|vs|like|such as|with|without|plus)\b/i;
const DANGLING_END = /(?:[:,(\-–/&+]|\b(?:and|or|the|a|an|of|to|for|with|by|in|on|is|are|eg|e\.g|like|such as|including))$/i;
/**
 * "storage The NoSQL amazon database", "10000 rps Max 5000 concurrent": a capitalised function word
 * right after a lower-case word with no punctuation between is two note lines glued together.
 * Only function words count, so names ("using Amazon S3", "the AWS Console") never match.
 */
const RUN_TOGETHER = /\b[a-z][a-z0-9]*\s+(?:The|This|These|Those|It|Its|You|Your|We|They|There|Max|Min|If|When|An|And|But|Also|Each|Every)\s/;
/** "wait if the are none": an article right before a verb is a word slipped ("they"), never English. */
const ARTICLE_VERB = /(?<![\w-])(?:the|a|an)\s+(?:are|is|was|were|have|has|will|can|does|do)\b/i;
/** "thx to replication", "w/ encryption", "b/c", "describes env", "a 2$ fee": personal shorthand, not exam wording. */
const SHORTHAND = /\b(?:thx|thnx|pls|plz|ppl|b\/c|txn|txns|std|envs?)\b|(?:^|\s)w\/(?=o\b|\s|[a-z])|\d\$/i;
const SHORTHAND_CASED = /(?:^|\s)(?:u|ur)\s/;
/** Words an acronym's expansion may be paraphrased with ("highest level domain" for Top Level Domain). */
const SYNONYMS: Record<string, string[]> = { top: ['highest', 'upper'], highest: ['top'], bottom: ['lowest'], lowest: ['bottom'], large: ['big'], big: ['large'] };
/** Plain-English ways of saying a word of a constant: INSUFFICIENT_DATA is "not enough data". */
const PLAIN_SYNONYMS: Record<string, string[]> = { insufficient: ['not enough', 'too little'] };

const SHOUTED = /^[A-Z]{2,}(?: [A-Z]{2,})+$/;
const WEAK_TERM = /^(?:domain \d+|good\b.*|best practices?|note|notes|eg|e\.g|example|important|remember|tip|exam tip|demo|step \d+|\d+|pros?|cons?|yes|no|why|what|how|when|where|who|use cases?|benefits?|features?|components?|limitations?|pricing|security|costs?|advice|others?|drawbacks?|(?:dis)?advantages?|caveats?|summary|overview|examples?|examples? includes?|ex|imp|\[imp\]|options? \d+|scenario \d*)$/i;
/**
 * Plain English words that mean something only beside what they qualify ("None" or "Whitelist" of
 * which headers?), console tabs ("Test", "Monitor", "Dashboard") and study labels ("Important Ques"): asked on
 * their own they have no one answer.
 */
const GENERIC_TERM = /^(?:none|all|any|whitelist|blacklist|allowlist|denylist|options?|settings?|resources?|configuration|test(?:ing)?|monitor(?:ing)?|dashboards?|console|details?|info(?:rmation)?|misc|general|important\b.*|ques|questions?|answers?)$/i;

const LOWER_LEAD = /^(?:for|to|with|max|min|in|on|of|by|if|when|no|not|can|will|use|using|good|best|up)\b/;

/** A quality, not a thing: "Near Real Time" among Firehose's producers, buffers and destinations. */
const QUALITY_NAME = /^(?:(?:near[- ])?real[- ]time|serverless|fully[- ]managed|(?:highly )?scalable|durable|secure|fast|cheap|low[- ](?:cost|latency)|highly[- ]available)$/i;
/** A kind of service ("Public service", "Regional resource"): a quality of one too. */
const SERVICE_KIND = /^(?:public|private|global|regional|zonal|(?:fully[- ])?managed) (?:service|resource)s?$/i;

const SERVICE_WORDS = new Set(['aws', 'amazon', 's3', 'ec2', 'sql', 'api', 'data', 'service']);

/** Does the correct option repeat a word of the term asked about that no wrong option has? */
function echoed(d: Draft): boolean {
  const wrong = stems(d.options.slice(d.correct).join(' '));
  const answer = stems(d.options.slice(0, d.correct).join(' '));
  return [...stems(d.anchor)].some((w) => w.length >= 3 && answer.has(w) && !wrong.has(w));
}

/** The first word of a description past an article: "Servers that resolve DNS queries" -> "servers". */
function openingWord(text: string): string {
  const ws = words(text);
  return (ws[0] === 'a' || ws[0] === 'an' || ws[0] === 'the' ? ws[1] : ws[0]) ?? '';
}

/**
 * Does the answer open with the term's own head noun ("Name servers": "Servers that resolve DNS
 * queries") while no wrong option opens so? Then the first word of each option finds the answer.
 */
function opensWithHead(d: Draft): boolean {
  const term = words(withoutAside(d.anchor) || d.anchor);
  const head = term[term.length - 1] ?? '';
  if (term.length < 2 || head.length < 4) return false;
  // The same word in another number or form ("Servers", "Group"), not a longer word it starts ("Time" for "Timeout").
  // "S3 Access Points": "An access point to a prefix ...": the term's last words past its first, in order.
  const same = (a: string, b: string) => a.length >= 3 && lightStem(a) === lightStem(b);
  const opens = (o: string) => {
    const w = openingWord(o);
    if (w.length >= 4 && same(w, head)) return true;
    const ws = words(o);
    const from = ws[0] === 'a' || ws[0] === 'an' || ws[0] === 'the' ? 1 : 0;
    for (let k = 2; k < term.length; k++) {
      if (term.slice(-k).every((t, i) => same(ws[from + i] ?? '', t))) return true;
    }
    return false;
  };
  return d.options.slice(0, d.correct).some(opens) && !d.options.slice(d.correct).some(opens);
}

/** Words that count or group what a description names without saying what it is. */
const COUNTING = new Set(['one', 'more', 'individual', 'single', 'multiple', 'many', 'several', 'each', 'every', 'zero']);

/**
 * Is the answer little more than the term itself ("End Users (Think People)" for Users)? Then it
 * says nothing the name does not, whatever the wrong options say.
 */
function namesOnly(anchor: string, answer: string): boolean {
  const said = contentWords(withoutAside(answer) || answer);
  const name = contentWords(anchor);
  // "One or more individual statement" for Statement: counting words add nothing to the name.
  return [...said].filter((w) => !name.has(w) && !COUNTING.has(w)).length <= 1 && [...name].some((w) => said.has(w));
}

/** Is a one-word name made of two words of the text ("Textract": "text" and "extract", "DataSync": "sync data")? */
export function compounded(name: string, text: string): boolean {
  const n = normalize(name).replace(/^(?:amazon|aws) /, '');
  if (n.includes(' ') || n.length < 6) return false;
  const ws = words(text).filter((w) => w.length >= 3);
  // "extracts text": a word's ending is no part of what it spells.
  const bare = (w: string) => w.replace(/(?:s|ed|ing)$/, '');
  return ws.some((a) => n.startsWith(a) && n.length - a.length >= 3 && ws.some((b) => b !== a && bare(b).endsWith(n.slice(a.length))));
}

/** A name's sound with its spellings folded ("Rekognition" -> "recognition"). */
function folded(word: string): string {
  return word.toLowerCase().replace(/k/g, 'c').replace(/ph/g, 'f').replace(/z/g, 's');
}

/**
 * Is a one-word name a respelling of a word of the text ("Rekognition": "recognize"), or is a short
 * name part of one of its words ("MQ" in "RabbitMQ")? Either way the text names its answer.
 */
export function respelled(name: string, text: string): boolean {
  const n = name.trim().replace(/^(?:Amazon|AWS)\s+/, '');
  if (/\s/.test(n)) return false;
  if (/^[A-Z]{2,3}$/.test(n)) return text.split(/[^A-Za-z0-9]+/).some((w) => w !== n && w.length > n.length && (w.endsWith(n) || w.startsWith(n)));
  if (n.length < 6) return false;
  const f = folded(n);
  return words(text).some((w) => {
    if (w.length < 5) return false;
    const g = folded(w);
    let i = 0;
    while (i < f.length && i < g.length && f[i] === g[i]) i++;
    return i >= 6;
  });
}

/**
 * Does the answer spell out an API-style name word by word ("DeleteQueue": "Deletes an existing
 * queue")? Then it needs no knowledge of the API, whatever the wrong options say.
 */
function restatesName(term: string, answer: string): boolean {
  const t = term.trim();
  if (!/^[A-Z][a-z]+(?:[A-Z][a-z]+)+$/.test(t)) return false;
  const parts = t.split(/(?=[A-Z])/).map((p) => p.toLowerCase());
  const said = words(answer).map((w) => w.toLowerCase());
  return parts.every((p) => said.some((w) => related(w, p)));
}

/** The letters of each letters-and-digit code in a text: "gp2 / gp3" -> gp, gp; "io1" -> io. */
function codeLetters(text: string): string[] {
  return (text.match(/\b[a-z]{2,3}(?=\d\b)/gi) ?? []).map((c) => c.toLowerCase());
}

/** Do words in a row, of three letters or more each, open with a code's letters ("general purpose" for gp)? */
function spellsCode(code: string, ws: readonly string[]): boolean {
  for (let i = 0; i + code.length <= ws.length; i++) {
    const run = ws.slice(i, i + code.length);
    if (run.every((w) => w.length >= 3) && run.map((w) => w[0]).join('') === code) return true;
  }
  return false;
}

/** "What best describes gp2 / gp3?" answered by "General purpose SSD ...": the answer alone spells out the term's code. */
function codeSpelled(term: string, options: string[]): boolean {
  return codeLetters(term).some((code) => spellsCode(code, words(options[0])) && !options.slice(1).some((o) => spellsCode(code, words(o))));
}

/** Does the stem give away a word of the correct option that no wrong option shares? */
function revealed(d: Draft): boolean {
  const wrongAcronyms = new Set(d.options.slice(d.correct).flatMap(acronymsIn));
  // The context ("In the context of Elastic Load Balancing") frames "Internet facing ELB" and its siblings alike,
  // but still gives away an answer that is the acronym alone.
  const framed = d.stem.replace(/^In the context of [^,]+, /, '');
  const spelled = (a: string) => spelledOut(acronymsIn(a).join(' ') === a.trim() ? d.stem : framed, a);
  if (d.options.slice(0, d.correct).some((a) => !acronymsIn(a).some((t) => wrongAcronyms.has(t)) && spelled(a))) return true;
  // "gp2 / gp3" for "general purpose SSD": a letters-and-digit code whose letters the stem spells out.
  const framedWords = words(framed);
  for (const answer of d.options.slice(0, d.correct)) {
    for (const code of codeLetters(answer)) {
      if (d.options.slice(d.correct).some((o) => codeLetters(o).includes(code))) continue;
      if (spellsCode(code, framedWords)) return true;
    }
  }
  // "not enough data to evaluate" for INSUFFICIENT_DATA: a constant's words said in other words.
  for (const answer of d.options.slice(0, d.correct)) {
    if (!/^[A-Z]+(?:_[A-Z]+)+$/.test(answer.trim())) continue;
    const parts = answer.toLowerCase().split('_');
    if (parts.every((p) => framedWords.includes(p) || (PLAIN_SYNONYMS[p] ?? []).some((x) => framed.toLowerCase().includes(x)))) return true;
  }
  const said = stems(d.stem);
  const asked = stems(framed);
  const wrongOptions = d.options.slice(d.correct);
  const wrong = stems(wrongOptions.join(' '));
  for (const answer of d.options.slice(0, d.correct)) {
    for (const w of stems(answer)) {
      if (w.length < 3 || SERVICE_WORDS.has(w) || !said.has(w)) continue;
      if (!wrong.has(w)) return true;
      // "consumed by a Consumer" for "Consumer Records" beside "Lambda Consumers": the answer's word
      // says what kind of thing it is, where the wrong options that share it are that thing itself.
      // A context ("Kinesis Data Streams consumers") frames them all alike.
      if (asked.has(w) && headStem(answer) !== w && wrongOptions.every((o) => !stems(o).has(w) || headStem(o) === w)) return true;
    }
  }
  return false;
}

/** The stem of a name's last word: "Consumer Records" -> "record", "Lambda Consumers" -> "consum". */
function headStem(name: string): string {
  const ws = words(withoutAside(name));
  return ws.length > 0 ? ([...stems(ws[ws.length - 1])][0] ?? '') : '';
}

/**
 * Does the stem paraphrase the expansion the note gives for an acronym answer? "TLD - Top Level Domain -
 * highest level domain" asks "highest level domain" for TLD: two or more words of the expansion (or
 * near synonyms) are in the stem. One shared word ("domain" alone) is only the topic, so it is kept.
 */
function paraphrasedExpansion(d: Draft): boolean {
  const framed = words(d.stem.replace(/^In the context of [^,]+, /, ''));
  const note = words(d.fact.excerpt);
  const wrong = d.options.slice(d.correct);
  // Words the wrong options share ("Snapshot" for FSR among snapshot features) point at none of them.
  const wrongStems = stems(wrong.join(' '));
  for (const answer of d.options.slice(0, d.correct)) {
    for (const token of acronymsIn(answer)) {
      const a = token.toLowerCase();
      // "AWS" in "AWS CloudFormation" beside "AWS Systems Manager" tells nothing apart.
      if (a.length < 2 || wrong.some((o) => acronymsIn(o).includes(token))) continue;
      for (let i = 0; i + a.length <= note.length; i++) {
        const run = note.slice(i, i + a.length);
        if (run.map((w) => w[0]).join('') !== a || run.join('') === a) continue;
        const shared = run.filter((w) => w.length >= 3 && ![...stems(w)].some((x) => wrongStems.has(x)) && framed.some((s) => s === w || [...stems(s)].some((x) => stems(w).has(x)) || (SYNONYMS[w] ?? []).includes(s)));
        if (new Set(shared).size >= 2) return true;
      }
    }
  }
  return false;
}

/** A dashed run-on, not counting ranges ("20 GiB - 200 GiB"). */
function dashChain(text: string): boolean {
  return DASH_CHAIN.test(text.replace(/(\d\s?[A-Za-z]*)\s[-–]\s(?=\d)/g, '$1 to '));
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
  const plain = opts.map(normalize);
  if (opts.length < 4 || new Set(plain).size < opts.length) add(opts.length < 4 ? 'few-options' : 'duplicate-options');
  for (let i = 0; i < opts.length; i++) {
    for (let j = i + 1; j < opts.length; j++) {
      const a = plain[i];
      const b = plain[j];
      if (!a || !b) continue;
      // Numbers differ by value, not by words: "99%" and "99.99%" share the word "99" only.
      if (d.kind === 'numeric') continue;
      if (similarity(a, b) >= 0.75 || (a.length > 3 && b.length > 3 && nameWithin(a, b)) || misspelt(a, b)) {
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
  if (d.kind !== 'table' && d.kind !== 'definition' && !names && max > 30 && max > 3.5 * min && (answerLen === max || answerMin === min)) add('unlike-options');
  if (answerLen > 40 && answerLen > 1.8 * otherMax) add('unlike-options');
  // "Boundary of Max. Permission" beside three full sentences: a description of a third the words of every other stands out.
  if (d.kind === 'term' && d.correct === 1) {
    const said = words(opts[0]).length;
    if (said <= 5 && 3 * said <= Math.min(...opts.slice(1).map((o) => words(o).length))) add('unlike-options');
  }
  // Capitalised names against lower-case phrases: the odd one out is easy to spot.
  const upper = opts.map((o) => /^[A-Z0-9]/.test(o));
  const same = upper.filter((u) => u === upper[0]).length;
  if (d.kind === 'definition' && same < opts.length - 1) add('unlike-options');
  const numeric = opts.map((o) => /^\d/.test(o));
  if (d.kind !== 'numeric' && numeric.some((x) => x !== numeric[0])) add('unlike-options');
  if (opts.some((o) => words(o).length > 28)) add('long-option');
  if (opts.some((o) => !o.trim())) add('fragment');
  if (d.kind !== 'numeric' && opts.some((o) => QUESTION.test(o.trim()))) add('fragment');
  if (opts.some((o) => dashChain(o) || BREADCRUMB.test(o))) add('residue');
}

/** Some options are AWS services and some are not: the answer's kind stands out. */
function mixedKinds(d: Draft, catalog?: CatalogIndex): boolean {
  if (!catalog) return false;
  // Own names only: "EC2 User Data" or "Lambda Function" are features, terms like their siblings.
  // "Amazon ElastiCache for Redis" is a product as much as "Amazon ElastiCache": the vendor prefix says so.
  const own = (o: string) => {
    const svc = serviceNamed(catalog, o);
    const n = normalizeName(o);
    return svc !== undefined && ([svc.name, svc.short, ...svc.acronyms].some((x) => normalizeName(x) === n) || /^(?:Amazon|AWS)\s/.test(o.trim()));
  };
  const services = d.options.filter(own).length;
  return services > 0 && services < d.options.length;
}

/**
 * A fact that must not become a question or a wrong option: noise, remarks, demo steps, fragments,
 * and definitions that are no definitions (process chains, value lists, lists of services).
 */
export function isJunk(f: Fact, catalog?: CatalogIndex): boolean {
  const text = `${f.subject}\n${f.text}\n${f.excerpt}`;
  if (Boolean(f.noisy) || URL.test(text) || TODO.test(text) || FIRST_PERSON.test(text) || FIRST_PERSON_CASED.test(text) || CLICK.test(text) || demoStep(f)) return true;
  return f.kind === 'definition' && (CHAIN.test(f.excerpt) || SLASH_LIST.test(f.text.trim()) || serviceList(f.text.trim(), catalog));
}

/** A fact from a console walk-through: under a "Demo" heading or lead-in, or a term such as "Search s3". */
function demoStep(f: Fact): boolean {
  return Boolean(f.demo) || CONSOLE_STEP.test(f.subject.trim());
}

/** Reasons a draft is not a good exam question, worst first as found. */
export function problems(d: Draft, catalog?: CatalogIndex): string[] {
  const reasons = new Set<string>();
  const add = (r: string) => reasons.add(r);
  const visible = [d.stem, ...d.options].join('\n');
  const all = `${visible}\n${d.fact.excerpt}`;
  if (RESIDUE.test(visible.split(BLANK).join(' ')) || SHOUTING.test(visible) || remindsSelf(visible)) add('residue');
  if (URL.test(all) || d.fact.noisy) add('url');
  if (TODO.test(all)) add('todo');
  if (FIRST_PERSON.test(all) || FIRST_PERSON_CASED.test(all)) add('first-person');
  if (CLICK.test(all) || demoStep(d.fact)) add('click-steps');
  // "size maz 8KB": a short typo no rule can mend would show on screen, in the stem or an option.
  if (shortSlip(d.stem) || d.options.some(shortSlip)) add('residue');
  const stemWords = words(d.stem).length;
  // "What best describes Amazon Aurora?" names a service the catalog knows: nothing is left to say.
  const named = d.kind === 'term' && catalog !== undefined && productNamed(d.anchor, catalog) !== undefined;
  if (stemWords < (named ? 4 : 6)) add('short-stem');
  if (stemWords > 60) add('long-stem');
  const answers = d.options.slice(0, d.correct);
  const stemNames = d.kind === 'numeric' || d.kind === 'steps' ? [] : [...d.names, ...answers];
  if (stemNames.some((n) => n.length >= 2 && containsPhrase(d.stem, n))) add('giveaway');
  if (d.kind === 'term' && containsPhrase(answers[0], d.anchor) && !d.options.slice(1).some((o) => containsPhrase(o, d.anchor))) {
    add('giveaway');
  }
  if ([d.fact.text, ...d.options].some((t) => RUN_TOGETHER.test(t) || ARTICLE_VERB.test(t))) add('fragment');
  if ([d.fact.text, ...d.options].some((t) => SHORTHAND.test(t) || SHORTHAND_CASED.test(t))) add('residue');
  if (d.fact.kind === 'definition' && scrambled(d.fact.text)) add('residue');
  if (d.fact.kind === 'definition' && lostNumber(d.fact.text)) add('fragment');
  if (d.kind === 'definition' && paraphrasedExpansion(d)) add('giveaway');
  if (d.kind === 'definition' && abbreviates(answers[0], d.stem)) add('giveaway');
  if (d.kind === 'definition' && acronymOfAnswer(d)) add('giveaway');
  // "a cloud-native optimized relational database service" for Aurora, with Amazon RDS (Relational
  // Database Service) among the wrong options: the description says a wrong option's full name.
  if (d.kind === 'definition' && catalog && d.options.slice(d.correct).some((o) => namedInFull(o, d.fact.text, catalog))) add('ambiguous');
  // "used by AWS Services": a definition with nothing but generic words fits any option.
  if ((d.kind === 'definition' || d.kind === 'term') && saysNothing(d.fact.text, d.fact.value === undefined ? d.fact.context : [])) add('ambiguous');
  if (d.fact.runOn || fragmentary(d.fact.text) || d.options.some(fragmentary) || words(d.fact.text).length < 2) add('fragment');
  if ((d.kind === 'definition' || d.kind === 'table') && revealed(d)) add('giveaway');
  if (d.kind === 'term' && (echoed(d) || opensWithHead(d) || restatesName(d.anchor, d.options[0]) || namesOnly(d.anchor, d.options[0]) || compounded(d.anchor, d.options[0]))) add('giveaway');
  if (d.kind === 'term' && respelled(d.anchor, d.options[0]) && !d.options.slice(1).some((o) => respelled(d.anchor, o))) add('giveaway');
  if (d.kind === 'definition' && (compounded(answers[0], d.fact.text) || respelled(answers[0], d.fact.text))) add('giveaway');
  // "What best describes TXT?" answered by "Contains text information ...", AOF by "Append Only File ...".
  if (d.kind === 'term' && ((spelledOut(d.options[0], d.anchor) && !d.options.slice(1).some((o) => spelledOut(o, d.anchor))) || codeSpelled(d.anchor, d.options))) add('giveaway');
  // "Which statement about SSE-KMS is correct?" answered by "... use Key Management Service to ...":
  // only the true statement spells out the acronym the stem names.
  if ((d.kind === 'statement' || d.kind === 'multi') && answers.some((a) => spelledOut(a, d.fact.subject)) && !d.options.slice(d.correct).some((o) => spelledOut(o, d.fact.subject))) add('giveaway');
  if (d.kind !== 'numeric' && d.kind !== 'steps') {
    // The context a stem names ("In the context of X", "about Y (X)") is not what it asks.
    const asked = d.stem.replace(/^In the context of [^,]+, /, '').replace(/\s*\([^()]*\)(?= (?:is|are) correct\?)/, '').replace(/\(Choose TWO\.\)/, '');
    const extra = d.kind === 'term' && d.fact.alias ? [d.fact.alias] : [];
    // "S3 CORS" asked by "requests to other origins": the answer stands for the words of its expansion
    // that tell it apart (Cross-Origin). The last one names its kind ("domain" of Top Level Domain),
    // which a stem may say as its topic; a port question's "protocol or service" fits every option.
    const telling = d.fact.alias ? words(d.fact.alias).slice(0, -1).join(' ') : '';
    const meant = d.kind === 'definition' && telling && d.fact.value === undefined && d.correct === 1 ? [`${answers[0]} ${telling}`] : answers;
    if (giveawayWord(asked, meant, d.options.slice(d.correct), catalog, extra) || expansionWord(asked, answers, d.options.slice(d.correct), catalog)) add('giveaway');
  }
  if ((d.fact.text.match(/:/g)?.length ?? 0) >= 2 || (d.fact.text.match(/->/g)?.length ?? 0) >= 3) add('fragment');
  if (d.kind === 'definition' || d.kind === 'term') {
    // "169.254.169.254 : Amazon Instance Meta Data": an address or a number is no term to define.
    if (!/[A-Za-z]/.test(d.anchor) && d.fact.value === undefined) add('weak-term');
    // A lower-case phrase of several words ("operates at layer 3") is a piece of a sentence, not a name.
    if (/^[a-z]/.test(d.anchor.trim()) && words(d.anchor).length > 2) add('weak-term');
    if (WEAK_TERM.test(d.anchor.trim()) || GENERIC_TERM.test(d.anchor.trim()) || SHOUTED.test(d.anchor.trim()) || d.anchor.trim().length < 2 || words(d.anchor).length === 0 || LOWER_LEAD.test(d.anchor)) add('weak-term');
    // "Public service - needs NAT or IGW": a kind of service is a property of one, not a term to ask for.
    if (SERVICE_KIND.test(d.anchor.trim())) add('weak-term');
    // "What best describes Compliance?" among the factors for picking a region: a criterion means
    // nothing on its own, and the stem cannot say what choice the options weigh.
    if (d.fact.criterion) add('weak-term');
    // "NAPTR" beside "A (must know)", "CNAME (must know)": the note itself says the term is beyond what the exam asks.
    if (d.fact.minor) add('trivial');
    // "What best describes VPC Flow Logs?" answered by what GuardDuty finds in them: no description of
    // the logs themselves, so more than one option could be read as one; asked the other way round,
    // "unusual API calls, unauthorized deployments" fits Kubernetes audit logs as well as CloudTrail's.
    if (d.fact.inspected) add('ambiguous');
    // "Elasticache with DynamoDB": two services used together is a pattern the note's heading names, not a term.
    const pair = /^(.+?)\s+(?:with|\+)\s+(.+)$/.exec(d.anchor.trim());
    if (pair && catalog && servicesIn(catalog, pair[1]).length > 0 && servicesIn(catalog, pair[2]).length > 0) add('weak-term');
    if (d.kind === 'term' && notADescription(d.options[0])) add('fragment');
    // "data here is immutable" quoted without its term ("Stream Storage"): "here" points at nothing.
    if (d.kind === 'definition' && d.fact.value === undefined && /\bhere\b/i.test(d.fact.text)) add('fragment');
    // "Which term matches this description: 'can be enabled for new and existing snapshots per AZ'?"
    // asks by a side detail; "Which policy type matches 'users, User-Groups, Roles'?" by names that
    // never say how they relate to the term (attached to it, or named by it), so more than one fits.
    if (d.kind === 'definition' && d.fact.kind === 'definition' && d.fact.value === undefined && (notADescription(d.fact.text) || mereNames(d.fact.text))) add('fragment');
    // Names are capitalised or acronyms; a lower-case "term" is usually a phrase cut out of a sentence.
    if (d.fact.value === undefined && !/[A-Z0-9]/.test(d.anchor)) add('weak-term');
    if (words(d.fact.text).length < 3 && d.fact.value === undefined) add('short-stem');
    // "Roles/Users only", "Create/Delete/Tags": too little to tell what is described.
    if (writtenWords(d.fact.text) < 3 && d.fact.value === undefined) add('fragment');
    // "CPU - how much power and cores", "Parameter Types: String, StringList, SecureString": nothing AWS to know.
    if (everyday(d.anchor) || membersOfLabel(d.anchor, d.fact.text)) add('trivial');
  }
  if (d.kind === 'definition' || d.kind === 'term') describedProblems(d, add, catalog);
  if (d.kind === 'numeric' && d.fact.kind === 'number') numberProblems(d, add, catalog);
  // A definition built on a sales figure or an illustration ("one char change in 1 GB file") is trivia too.
  if ((d.kind === 'definition' || d.kind === 'term') && (MARKETING.test(d.fact.text) || MARKETING.test(d.anchor) || (ILLUSTRATION.test(d.fact.text) && !LIMIT_WORD.test(d.fact.text)))) add('trivial');
  if (malformed(d.options) || d.fact.malformed) add('malformed');
  optionProblems(d, add);
  if (d.kind === 'definition' && mixedKinds(d, catalog)) add('unlike-options');
  if (answerStandsOut(d)) add('unlike-options');
  for (const f of d.flags) add(f);
  return [...reasons];
}

/** A name that is no name: a label ("use case", "Ex"), a phrase in lower case, a shouted heading. */
export function weakName(name: string): boolean {
  const t = name.trim();
  // An identifier ("distinctInstance", "memberOf") is a name however it starts.
  const lowerLed = !/^[A-Z0-9"(]/.test(t) && !/\d/.test(t) && !IDENTIFIER.test(t);
  return WEAK_TERM.test(t) || GENERIC_TERM.test(t) || QUALITY_NAME.test(t) || SERVICE_KIND.test(t) || SHOUTED.test(t) || LOWER_LEAD.test(t) || VERB_PHRASE.test(t) || lowerLed;
}

/** A camel-case identifier: "distinctInstance", "memberOf", "roundRobin". */
const IDENTIFIER = /^[a-z]+(?:[A-Z][a-z0-9]*)+$/;

/** "Respond to request", "Send to the queue": a step of what happens, not the name of a thing. */
const VERB_PHRASE =
  /^(?:respond|create|delete|update|add|remove|use|send|get|set|make|run|go|click|select|choose|open|enable|disable|attach|configure|deploy|upload|download|install|connect|return|write|read)\s+(?:to|the|a|an|with|from|for|on|in|into|your|it|them)\b/i;

/** Words of a text as written: "Roles/Users only" has two, "Create/Delete/Tags" one. */
function writtenWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[a-z]/i.test(w)).length;
}

/** An option that drops the dot its siblings keep ("StatesPermissions" beside "States.ALL"). */
function malformed(options: string[]): boolean {
  const prefixes = new Set(options.flatMap((o) => /^([A-Za-z]+)\.[A-Za-z]/.exec(o)?.[1] ?? []));
  return options.some((o) => [...prefixes].some((p) => new RegExp(`^${p}[A-Z][A-Za-z]*$`).test(o)));
}

/** "In the context of Amazon CloudWatch, ..." -> "Amazon CloudWatch". */
function stemContext(stem: string): string | undefined {
  return /^In the context of ([^,]+),/.exec(stem)?.[1];
}

/**
 * "AWS Auto Scaling, Lambda, EBS, S3, RDS": a list of services is an example of many terms (a
 * pillar, a kind of source, a consumer type), so it defines none of them.
 */
function serviceList(text: string, catalog?: CatalogIndex): boolean {
  if (!catalog || text.includes(':')) return false;
  // "Cost and Usage Report" is one name; "Kinesis or DynamoDB" two.
  const items = text
    .replace(/\betc\.?\s*$/i, '')
    .split(/[,/;]/)
    .flatMap((s) => (serviceNamed(catalog, s.trim()) ? [s] : s.split(/\s(?:and|or)\s/)))
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  // Names only: "creates nodes for you, nodes are part of an ASG" is a description that names services.
  if (items.length < 2 || items.some((s) => words(s).length > 4)) return false;
  const named = items.filter((s) => servicesIn(catalog, s).length > 0).length;
  return named >= 2 && named * 2 >= items.length;
}

/** The service a term names as a product ("AWS Lambda", "EC2", "Kinesis"), not as a feature ("Security Groups"). */
export function productNamed(term: string, catalog: CatalogIndex): string | undefined {
  const svc = serviceNamed(catalog, term);
  if (!svc) return undefined;
  const n = normalizeName(term);
  const names = [svc.name, svc.short, ...svc.acronyms, ...svc.aliases.filter((a) => !a.includes(' '))];
  return names.some((x) => normalizeName(x) === n) ? svc.id : undefined;
}

/** Problems of a definition or term question beyond the shared ones. */
function describedProblems(d: Draft, add: (r: string) => void, catalog?: CatalogIndex): void {
  const text = d.fact.text.trim();
  const anchor = d.anchor.trim();
  if (BARE_COMPARATIVE.test(text) && words(text).length <= 6) add('fragment');
  if (QUESTION.test(text) || DANGLING_REF.test(text)) add('fragment');
  if (SLASH_LIST.test(text)) add('trivial');
  if (dashChain(text) || BREADCRUMB.test(text)) add('residue');
  // "SQS allows for", "'Scaling policies": a term cut out of a sentence or a quote.
  if (fragmentary(anchor) || /^['\u2018\u2019]/.test(anchor) || VERB_PHRASE.test(anchor)) add('weak-term');
  if (CHAIN.test(d.fact.excerpt)) add('fragment');
  if (serviceList(text, catalog)) add('ambiguous');
  // "Producers : Writing, Put, Describe": a bare list of single words names no kind to match it
  // against, unless the stem does ("which policy type ...: users, groups, roles").
  if (mereNames(text) && (d.kind === 'term' || /\bwhich term\b/i.test(d.stem))) add('fragment');
  // "Your own AMI" -> "You make and maintain them": the answer only restates whose it is.
  // Asked the other way ("which term matches: you make and maintain them?") the "you" echoes "Your".
  if (/\byour\b/i.test(anchor) && /^you\b/i.test(text)) add(d.kind === 'term' ? 'trivial' : 'giveaway');
  // "In the context of CloudWatch, what best describes AWS Lambda?": one service's role in another's
  // list is no description of it. Asked the other way ("which AWS service matches: collection from
  // application?") a short role fits every service that sends it logs, while a service's own
  // description ("a fully managed pub/sub service ...") is still fine under a peer's heading.
  if ((d.kind === 'term' || (/\bwhich AWS service\b/.test(d.stem) && words(text).length <= 5)) && catalog) {
    const ctx = stemContext(d.stem);
    const own = productNamed(anchor, catalog);
    // "Logs (Amazon CloudWatch)": the service may be the context's parent, in brackets.
    const parent = asideOf(ctx ?? '');
    const around = ctx ? (serviceNamed(catalog, ctx) ?? (parent ? serviceNamed(catalog, parent) : undefined))?.id : undefined;
    if (own && around && own !== around) add('ambiguous');
  }
}

/** "Id" for a stem saying "identifier": a short answer that is the start of a longer stem word. */
function abbreviates(answer: string | undefined, stem: string): boolean {
  if (!answer || !/^[A-Za-z]{2,5}$/.test(answer.trim())) return false;
  const a = answer.trim().toLowerCase();
  const ws = stem.toLowerCase().split(/[^a-z]+/).filter(Boolean);
  if (a.length <= 4 && ws.some((w) => w.length >= a.length + 3 && w.startsWith(a))) return true;
  // "Sid" for "statement identifier": the starts of two or three words in a row.
  return ws.some((_, i) => prefixesSpell(a, ws.slice(i, i + 3)));
}

/** Does a text spell out the full name of the service an option names ("relational database service" for Amazon RDS)? */
function namedInFull(option: string, text: string, catalog: CatalogIndex): boolean {
  const svc = serviceNamed(catalog, option);
  if (!svc) return false;
  const full = svc.name.replace(/^(?:Amazon|AWS)\s+/, '');
  return words(full).length >= 2 && normalize(full) !== normalize(option.replace(/^(?:Amazon|AWS)\s+/, '')) && containsPhrase(text, full);
}

/**
 * Does the stem write the acronym of the answer ("OLTP is centered around ..." for Online
 * Transactional Processing), which no wrong option shares? Each word's first letter must be in the
 * acronym, in order, with other letters of the words allowed between ("L" of On-Line).
 */
function acronymOfAnswer(d: Draft): boolean {
  const framed = d.stem.replace(/^In the context of [^,]+, /, '');
  const fits = (acronym: string, name: string) => {
    const ws = name.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w && !['of', 'and', 'for', 'the', 'a', 'an', 'amazon', 'aws'].includes(w));
    if (ws.length < 2) return false;
    // Word j opens with acronym[i]; the letters after it may come from inside that word.
    const from = (i: number, j: number): boolean => {
      if (j === ws.length) return i === acronym.length;
      if (acronym[i] !== ws[j][0]) return false;
      const inside = (k: number, at: number): boolean => {
        if (from(k, j + 1)) return true;
        for (let p = at; p < ws[j].length; p++) if (ws[j][p] === acronym[k] && inside(k + 1, p + 1)) return true;
        return false;
      };
      return inside(i + 1, 1);
    };
    return from(0, 0);
  };
  const answers = d.options.slice(0, d.correct);
  const wrong = d.options.slice(d.correct);
  for (const token of acronymsIn(framed)) {
    const a = token.toLowerCase();
    if (a.length < 3) continue;
    if (answers.some((x) => fits(a, x)) && !wrong.some((x) => fits(a, x))) return true;
  }
  return false;
}

/** Does `abbr` read as the starts of the first two or more of `run`, the last start at least two letters long? */
function prefixesSpell(abbr: string, run: string[]): boolean {
  if (run.length < 2 || !run[0] || abbr[0] !== run[0][0]) return false;
  const walk = (rest: string, k: number): boolean => {
    if (k >= run.length) return false;
    const w = run[k];
    for (let n = Math.min(rest.length, w.length); n >= 1; n--) {
      if (!w.startsWith(rest.slice(0, n))) continue;
      if (n === rest.length) return k >= 1 && n >= 2 && w.length > n;
      if (walk(rest.slice(n), k + 1)) return true;
    }
    return false;
  };
  return walk(abbr, 0);
}

const SUBJECTLESS = /\b(?:if|when)\s+(?:after|before|within|in)\s+_____\s+(?:does|do|did|is|are|was|were|has|have)\b/i;

/**
 * Words that say what a span of time is: an interval ("every"), a limit ("max", "up to"), a span
 * ("kept for", "after", "within"), or a named period ("retention", "timeout", "TTL").
 */
const TIME_ROLE =
  /\b(?:every|per|each|after|within|until|till|up to|interval|period|times?|retention|retain\w*|delay\w*|timeout|latency|duration|window|frequency|granularity|resolution|ttl|expir\w*|kept|keep|stored?|lasts?|takes?|long(?:er)?|default|max(?:imum)?|min(?:imum)?|between|from|to|at least|at most|before|runs?|visible|invisible|wait\w*|old(?:er)?|age|history|trial|backups?|schedul\w*|cooldown|propagat\w*|poll\w*|rotat\w*|refresh\w*|cach\w*|ago|since|during|over|in|a (?:year|month|week|day)|an hour|\w+ed for)\b/i;

/**
 * "interval _____ (can set lower ...)", "limitation : _____ per shard": a statement opening with a
 * bare noun, perhaps a colon, and the value, the note's "label value" shorthand with no word of
 * whose interval it is. Quantity words may open one.
 */
const LABEL_THEN_VALUE = /^([a-z]+)\s*:?\s+_____/;
const OPENS_A_VALUE = new Set(
  'max maximum min minimum only up about around approx approximately over under at less more just every each per within after before until for by to from is are was of'.split(' '),
);

/** "... at a _____ rate - push mode": a label the note put after a spaced dash, left at the statement's end. */
const TRAILING_LABEL = /\s[-–]\s[A-Za-z]+(?: [A-Za-z]+)?$/;
/** "discount of _____ Prices", "_____ Availability": the value and a capitalised word, as a label reads, not a sentence. */
const LABEL_AFTER_VALUE = /_____ [A-Z][a-z]+$/;
/** "Classic Consumer : _____ read": a name, a colon, the value and a word is a row of the note's layout, not a statement. */
const NAME_COLON_VALUE = /^[A-Z][\w-]*(?: [\w-]+){0,3}\s*:\s*_____(?:\s+\S+)?$/;

/** "GenerateDataKey API which can encrypt over _____ of data": what can go beyond a value can go beyond every smaller one. */
/** A blank before what its value may be raised to: "_____ retention that can be increased to 35 days". */
const RAISABLE = /_____.*\b(?:can|could|may)\s+be\s+(?:increased|extended|raised|changed|set|configured)\s+(?:up\s+)?to\s+\d/i;
const OPEN_ABOVE = /\b(?:can|could|able to)\s+(?:\w+\s+){1,3}?(?:over|more than|above|beyond|upwards of|in excess of)\s+_____/i;

/** Problems of a numeric fact: illustrations, sales figures, rates missing their time unit. */
/** "Usually having 1sec cache can greatly improve application": a note's rule of thumb, not an AWS fact. */
const RULE_OF_THUMB = /\b(?:can|could|may|will|would) (?:greatly|really|significantly|hugely|drastically) (?:improve|help|boost|speed up|reduce)\b/i;

/** An API call set off by a note's spaced colon ("using this API : GetRecords()"): a label and its value, not a sentence. */
const SPACED_LABEL = /\w \: `?[A-Za-z]+\(\)/;

/** A quantity, a tilde, another quantity: "1k records/s ~ 1 MB/s". */
const EQUATED = /\d[^~.\n]{0,16}\s~\s+\d/;

/** A label and a closing aside that holds the rest: "Standard RIs (Claim 72% off)". */
const ASIDE_AFTER_LABEL = /^([^()]+?)\s*\(([^()]+)\)\s*$/;

/** Things with a throughput limit each way. */
const TWO_WAYS = /\b(?:shards?|streams?|partitions?|capacity)\b/i;

/** What a rate is counted over: "per shard", "each shard", "for each partition", "per consumer". */
const RATE_SCOPE = /\b(?:per|each|every)\s+\w+/i;

/** Words that say which way a throughput flows. */
const DIRECTION = /\b(?:in|out|into|read\w*|write\w*|writing|ingest\w*|push\w*|pull\w*|upload\w*|download\w*|consum\w*|produc\w*|send\w*|receiv\w*|inbound|outbound)\b/i;

/** A span of time in a period: "53 minutes a year". */
const DOWNTIME = /(\d+(?:\.\d+)?)\s*(second|sec|minute|min|hour|hr|day)s?\s+(?:a|per|each|every)\s+(year|month|week|day)\b/i;
const MINUTES: Record<string, number> = { second: 1 / 60, sec: 1 / 60, minute: 1, min: 1, hour: 60, hr: 60, day: 1440, week: 10_080, month: 43_800, year: 525_600 };

/**
 * "99.99% available, which means it's not available 53 minutes a year": a percentage and the time it
 * leaves out of a period (0.01% of a year is 53 minutes), one asked and the other stated, work the
 * answer out.
 */
function downtimeGiven(d: Draft): boolean {
  if (!d.stem.includes(BLANK) || !/%/.test(d.stem + d.options.join(' '))) return false;
  const agrees = (o: string) => {
    const filled = d.stem.replace(BLANK, o);
    const m = DOWNTIME.exec(filled);
    const p = /(\d+(?:\.\d+)?)\s*%/.exec(filled);
    if (!m || !p) return false;
    const stated = Number(m[1]) * MINUTES[m[2].toLowerCase()];
    const left = ((100 - Number(p[1])) / 100) * MINUTES[m[3].toLowerCase()];
    return left > 0 && Math.abs(left - stated) <= 0.1 * stated;
  };
  return d.options.slice(0, d.correct).some(agrees) && !d.options.slice(d.correct).some(agrees);
}

function numberProblems(d: Draft, add: (r: string) => void, catalog?: CatalogIndex): void {
  const text = d.fact.text;
  if (downtimeGiven(d)) add('giveaway');
  if (catalog) {
    // "Amazon S3: up to 12 hours for log data to be available" under CloudWatch > Logs: a number about
    // one service's part in another's feature, asked as if it were the first service's own.
    const own = productNamed(d.fact.subject, catalog);
    const above = servicesIn(catalog, d.fact.context.filter((c) => normalize(c) !== normalize(d.fact.subject)).join('\n'));
    if (own && above.length > 0 && !above.includes(own)) add('ambiguous');
  }
  if (EXAMPLE.test(text) || DANGLING_REF.test(text)) add('fragment');
  // "Amazon SQS: max: _____" says nothing of what is measured (the retention above it in the note);
  // "Delay Queue: default is _____" names it in its subject.
  const said = d.fact.number ? words(text.replace(d.fact.number.raw, ' ')) : [];
  const unnamed = (/^[a-z]/.test(d.fact.subject) && !/\d/.test(d.fact.subject)) || (catalog !== undefined && productNamed(d.fact.subject, catalog) !== undefined);
  if (d.fact.number && unnamed && said.every((w) => BARE_LIMIT.has(w))) add('fragment');
  // "S3 Console - 1 - 720 min": numbers alone, with no word of what they measure.
  const subjectWords = new Set(words(d.fact.subject));
  if (d.fact.number && said.every((w) => /^\d/.test(w) || subjectWords.has(w))) add('fragment');
  // "GuardDuty: 30 days trial": one word beside the number says too little of what it measures.
  if (d.fact.number && said.length === 1 && !BARE_LIMIT.has(said[0]) && !MEASURE.has(said[0])) add('fragment');
  if (SEQUENCE.test(d.stem)) add('trivial');
  // "at least 2 data centers (_____)": the asked value written elsewhere in the stem, without its unit.
  const value = d.fact.number?.value;
  // "1 x" and ordinals ("after 2nd fail") are too common to tell anything.
  if (value !== undefined && value !== 1 && writtenValue(String(value)).test(d.stem.replace(BLANK, ' '))) add('giveaway');
  if (value !== undefined && productOfOthers(d.stem.replace(BLANK, ' '), value)) add('giveaway');
  if (value !== undefined && d.fact.number && periodSays(d.stem.replace(BLANK, ' '), value, d.fact.number.unit)) add('giveaway');
  if (d.fact.vague && words(text).length < 7) add('fragment');
  if (RATE_WITHOUT_TIME.test(text)) add('fragment');
  // "1k records/s ~ 1 MB/s": two limits set side by side with a tilde, as if one were the other.
  if (EQUATED.test(text)) add('fragment');
  // "Standard RIs (Claim 72% off)", "great network (10 Gbps bandwidth ...)": the value sits in a
  // short aside after a bare label, and neither says what the value is (a sentence in the aside
  // says it: "Spot (Purchase unused capacity at discount of 90% ...)").
  const aside = ASIDE_AFTER_LABEL.exec(text);
  if (aside && d.fact.number && aside[2].includes(d.fact.number.raw) && words(aside[1]).length <= 3 && words(aside[2]).length <= 6) add('fragment');
  // "increases capacity by 1 MB/s" for a shard that reads 2 MB/s and writes 1 MB/s: the throughput
  // of a shard, stream or partition, which has one limit each way, needs its direction.
  const both = `${d.fact.subject} ${text}`;
  if (d.fact.number && /\/s$/.test(d.fact.number.unit) && TWO_WAYS.test(both) && !DIRECTION.test(both)) add('ambiguous');
  // "Classic Consumer: throttle if read more than 2 MB/s": a rate needs what it is counted over
  // (per shard, per consumer, for each partition), or every option is some rate of something.
  if (d.fact.number && /\/s$/.test(d.fact.number.unit) && !RATE_SCOPE.test(d.stem)) add('ambiguous');
  // "if after _____ does not work": the time is followed by the verb whose subject was left out.
  if (SUBJECTLESS.test(d.stem)) add('fragment');
  // "_____ min time consumers can request data" (200 ms): where a time is asked, "min" not after a
  // number reads as minutes as well as minimum.
  if (d.fact.number && dimension(d.fact.number.unit) === 'time' && BARE_MIN.test(d.stem)) add('ambiguous');
  if (OPEN_ABOVE.test(d.stem)) add('ambiguous');
  // "_____ retention that can be increased to 35 days": unless it says "default", any value up to the bound fits.
  if (RAISABLE.test(d.stem) && !/\bdefaults?\b/i.test(d.stem)) add('ambiguous');
  // The quoted statement with the blank: "Which value completes this statement about X: "..."?".
  const statement = /: "(.*)"\?$/.exec(d.stem)?.[1] ?? d.stem;
  const label = LABEL_THEN_VALUE.exec(statement);
  if (label && !OPENS_A_VALUE.has(label[1])) add('fragment');
  if (TRAILING_LABEL.test(statement)) add('residue');
  if (LABEL_AFTER_VALUE.test(statement) || NAME_COLON_VALUE.test(statement)) add('fragment');
  // "_____ free metrics for EC2" (5 min): a span of time asked with no word of what span it is.
  if (d.fact.number && dimension(d.fact.number.unit) === 'time' && !TIME_ROLE.test(statement.replace(BLANK, ' '))) add('fragment');
  if (MARKETING.test(text)) add('trivial');
  // The value asked for in a note's rule of thumb; a limit stated beside one is still a fact.
  const asked = d.stem.split(/(?<=\.)\s+/).find((sentence) => sentence.includes(BLANK)) ?? '';
  if (RULE_OF_THUMB.test(asked)) add('trivial');
  if (ILLUSTRATION.test(text) && !LIMIT_WORD.test(text)) add('trivial');
  // "... using this API : GetRecords()": a note's label and what it labels, not a sentence.
  if (SPACED_LABEL.test(d.stem)) add('residue');
  // "oldest offering - over 10 years": a service's age is history, and stale the year after.
  if (d.fact.number?.unit === 'years' && HISTORY.test(text)) add('trivial');
}

/**
 * Do two numbers the stem shows multiply or divide to the asked value ("3 IOPS per GB, max of _____
 * at 5334 GB" is 16,000 by arithmetic)?
 */
function productOfOthers(stem: string, value: number): boolean {
  const nums = [...stem.matchAll(/(?<![\w.])\d[\d,]*(?:\.\d+)?/g)].map((m) => Number(m[0].replace(/,/g, ''))).filter((n) => n > 1 && Number.isFinite(n));
  const near = (x: number) => Math.abs(x - value) <= value * 0.01;
  return nums.some((a, i) => nums.some((b, j) => i !== j && (near(a * b) || near(a / b))));
}
/** A number as a stem may write it elsewhere (compiled once per value: notes repeat their numbers). */
const writtenValue: (value: string) => RegExp = remembered((value) => new RegExp(`(?<![\\d.,])${value.replace('.', '\\.')}(?![\\d.,]\\d|st|nd|rd|th)`));

/** "min" that follows no number: "min time", "_____ min". */
const BARE_MIN = /(?<!\d\s?)\bmin\b(?!\.?\s*\d)/i;

/** Words that name a period, with the lengths they say ("once a quarter" is 90 days or 3 months). */
const PERIODS: [RegExp, [number, string][]][] = [
  [/\bquarter(?:ly|s)?\b/i, [[90, 'days'], [3, 'months']]],
  [/\b(?:a|per|each|every|once a) month\b|\bmonthly\b/i, [[30, 'days'], [1, 'months']]],
  [/\b(?:a|per|each|every|once a) year\b|\byearly\b|\bannual(?:ly)?\b/i, [[365, 'days'], [12, 'months'], [1, 'years']]],
  [/\b(?:a|per|each|every|once a) week\b|\bweekly\b/i, [[7, 'days'], [1, 'weeks']]],
  [/\b(?:a|per|each|every|once a) day\b|\bdaily\b/i, [[24, 'hours'], [1, 'days']]],
];

/** Does the stem name a period of the asked length ("data accessed once a quarter, minimum _____" for 90 days)? */
function periodSays(stem: string, value: number, unit: string): boolean {
  return PERIODS.some(([re, lengths]) => re.test(stem) && lengths.some(([n, u]) => n === value && u === unit));
}

/** What a number alone beside it can measure: "_____ availability" is a whole statement, "_____ trial" is not. */
const MEASURE = new Set(['availability', 'durability', 'latency', 'retention', 'throughput', 'timeout', 'iops', 'capacity', 'size', 'memory', 'storage', 'duration']);

const HISTORY = /\b(?:oldest|newest|launched|released|introduced|anniversary|ago|years old|since (?:19|20)\d\d)\b/i;

/** Score in [0, 1] from the reasons. */
export function score(reasons: string[]): number {
  const cost = reasons.reduce((n, r) => n + (COST[r] ?? 0.3), 0);
  return Math.max(0, Math.round((1 - cost) * 100) / 100);
}
