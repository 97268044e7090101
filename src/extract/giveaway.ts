/** Giveaways across word forms: the stem shares a word, a compound part or an expansion with the answer only. */
import type { CatalogIndex } from '../core/catalog.js';
import { serviceNamed, servicesIn } from './lookup.js';
import { remembered, rememberedPer, slipOf, words } from './text.js';

/** Words too common in AWS text to give anything away. */
const GENERIC = new Set(
  ('a an the of to in on for and or with by is are be as at it its this that from can you your we our will not no into than then so if via per ' +
    'use used using also aws amazon service services data cloud based type types which what best describes term matches description ' +
    'context statement correct value completes about following these those each any all more most other one two three new has have')
    .split(' '),
);

const SUFFIXES = ['ations', 'ation', 'ments', 'ment', 'ings', 'ing', 'ions', 'ion', 'ers', 'er', 'ed', 'es', 's', 'ly'];

/** A light stem: one common suffix off ("placed" -> "plac", "placement" -> "place"). */
export function lightStem(word: string): string {
  // "strategies" -> "strategy", "policies" -> "policy".
  if (word.length >= 6 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  for (const s of SUFFIXES) {
    if (word.length - s.length >= 4 && word.endsWith(s)) return word.slice(0, -s.length);
  }
  // Short verbs: "owns" / "owned" -> "own".
  if (word.length <= 6 && /^[a-z]{3}(?:s|ed)$/.test(word)) return word.replace(/(?:s|ed)$/, '');
  return word;
}

/**
 * The words of a text for comparison: lower-cased, CamelCase and compounds split, each whole
 * compound kept too ("BucketSizeBytes" -> bucketsizebytes, bucket, size, bytes). Remembered: do not mutate.
 */
export const wordsOf: (text: string) => readonly string[] = remembered(splitWords);

/** Two-letter capitals that are words or units, not acronyms of a thing ("IS", "OR", "GB", "MB"). */
const TWO_LETTER_COMMON = new Set(['is', 'or', 'it', 'if', 'in', 'on', 'of', 'to', 'by', 'at', 'as', 'an', 'be', 'do', 'no', 'so', 'up', 'we', 'my', 'me', 'kb', 'mb', 'gb', 'tb', 'pb', 'ms', 'id', 'ok']);

const INNER_CAPITAL = /.[A-Z]/;

function splitWords(text: string): string[] {
  const out: string[] = [];
  const acronyms: string[] = [];
  for (const raw of text.split(/[^A-Za-z0-9]+/)) {
    if (!raw) continue;
    // "AZs" and "Multi-AZ": a two-letter acronym says as much as a long word, plural or not.
    if (/^[A-Z]{2}s?$/.test(raw)) {
      acronyms.push(raw.slice(0, 2).toLowerCase());
      continue;
    }
    const lower = raw.toLowerCase();
    out.push(lower);
    // Only a capital after the first letter can start a part: most words have none.
    if (!INNER_CAPITAL.test(raw)) continue;
    const parts = raw
      .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
      .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
      .toLowerCase()
      .split(' ');
    if (parts.length > 1) out.push(...parts);
  }
  return [...new Set([...out.filter((w) => w.length >= 3 && !GENERIC.has(w) && !/^\d+$/.test(w)), ...acronyms.filter((a) => !TWO_LETTER_COMMON.has(a))])];
}

/** One spelling of "-ise" and "-yse" words: "organisation" -> "organization", "analyse" -> "analyze". */
function americanSpelling(word: string): string {
  return word.length >= 7 ? word.replace(/([a-z]{3})is(e|ed|es|er|ers|ing|ation|ations)$/, '$1iz$2').replace(/lys(e|ed|es|er|ers|ing)$/, 'lyz$1') : word;
}

/**
 * Are two words one word in two forms, one a part of the other ("servers" / "serverless",
 * "extract" / "textract"), or one a slip of the other ("scalibility" / "scalability")?
 */
export function related(a: string, b: string): boolean {
  if (a === b || slipOf(a, b)) return true;
  const [sa, sb] = [lightStem(americanSpelling(a)), lightStem(americanSpelling(b))];
  const [x, y] = sa.length <= sb.length ? [sa, sb] : [sb, sa];
  if (x === y) return true;
  if (x.length >= 4 && y.startsWith(x)) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 5 && long.includes(short);
}

const plainExpanded = remembered((text) => expand(undefined, text));
const catalogExpanded = rememberedPer<CatalogIndex, string[]>(expand);

/** The words of a text and of the full names of the services it mentions ("QLDB" -> quantum ledger database). Do not mutate. */
export function expanded(text: string, catalog?: CatalogIndex): readonly string[] {
  return catalog ? catalogExpanded(catalog, text) : plainExpanded(text);
}

/** What a word says in plain words beyond itself: FIFO is about order, a schedule about dates and times. */
const MEANINGS: Record<string, string[]> = {
  fifo: ['order', 'ordered', 'ordering'],
  lifo: ['order', 'ordered', 'ordering'],
  scheduled: ['date', 'time', 'cron'],
  schedule: ['date', 'time', 'cron'],
  // "Event Publishers": "Send messages to a topic"; "TimeoutSeconds": "How long a task can wait".
  publisher: ['send', 'sends', 'sending'],
  publishers: ['send', 'sends', 'sending'],
  // "Producers": "push records into Kinesis Data Firehose".
  producer: ['send', 'sends', 'sending', 'push', 'pushes', 'pushing', 'put', 'puts'],
  producers: ['send', 'sends', 'sending', 'push', 'pushes', 'pushing', 'put', 'puts'],
  timeout: ['wait', 'waits', 'waiting', 'long'],
  // "Destinations": "targets to which data is loaded".
  destination: ['target', 'targets'],
  destinations: ['target', 'targets'],
  // "Auto Expanding": "storage automatically grows".
  expanding: ['grow', 'grows', 'growing'],
  expands: ['grow', 'grows', 'growing'],
  // "Log Streams": "helps to identify and troubleshoot issues".
  log: ['troubleshoot', 'troubleshooting', 'debug', 'debugging'],
  logs: ['troubleshoot', 'troubleshooting', 'debug', 'debugging'],
  logging: ['troubleshoot', 'troubleshooting', 'debug', 'debugging'],
  // "Predictive Scaling": "traffic forecasts"; "Wait State": "provide a delay"; "Shard Splitting":
  // "divide hot shard"; "SendMessage": "put a message into the queue".
  predict: ['forecast'],
  predicts: ['forecast'],
  predictive: ['forecast'],
  prediction: ['forecast'],
  wait: ['delay'],
  split: ['divide'],
  splitting: ['divide'],
  merge: ['combine'],
  merging: ['combine'],
  delete: ['remove'],
  deletes: ['remove'],
  deletion: ['remove'],
  send: ['put'],
  sends: ['put'],
};

function expand(catalog: CatalogIndex | undefined, text: string): string[] {
  // Loops rather than flatMap: this runs for every option of every candidate.
  const own = wordsOf(text);
  const out = new Set(own);
  if (catalog) {
    for (const id of servicesIn(catalog, text)) {
      const s = catalog.byId.get(id);
      if (!s) continue;
      for (const name of [s.name, s.short, ...s.acronyms]) for (const w of wordsOf(name)) out.add(w);
    }
    // "MFA" says "multi-factor authentication": an acronym the catalog spells out in full.
    for (const name of acronymExpansions(text, catalog)) for (const w of wordsOf(name)) out.add(w);
  }
  for (const w of own) if (Object.hasOwn(MEANINGS, w)) for (const m of MEANINGS[w]) out.add(m);
  return [...out];
}

/**
 * The stem word that only the correct options share (in some form), or undefined. `extra` holds
 * names the stem stands for without showing them, such as the expansion of an acronym it asks about.
 */
export function giveawayWord(stem: string, correct: string[], wrong: string[], catalog?: CatalogIndex, extra: string[] = []): string | undefined {
  const asked = new Set(expanded(stem, catalog));
  for (const name of extra) for (const w of wordsOf(name)) asked.add(w);
  const wrongWords = wrong.map((w) => expanded(w, catalog));
  for (const answer of correct) {
    const answerWords = expanded(answer, catalog);
    for (const s of asked) {
      if (!answerWords.some((w) => related(s, w))) continue;
      if (wrongWords.some((ws) => ws.some((w) => related(s, w)))) continue;
      return s;
    }
  }
  return undefined;
}

/** Catalog names whose initials spell an acronym of the text: "DLQ" -> "dead-letter queue". */
export function acronymExpansions(text: string, catalog: CatalogIndex): string[] {
  const out: string[] = [];
  for (const token of acronymsIn(text)) {
    const svc = serviceNamed(catalog, token);
    if (!svc) continue;
    const acronym = token.toLowerCase();
    for (const name of [svc.name, svc.short, ...svc.aliases]) {
      const ws = name.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w && w !== 'amazon' && w !== 'aws' && w !== 'and' && w !== 'of');
      if (ws.length === acronym.length && ws.map((w) => w[0]).join('') === acronym) out.push(name);
    }
  }
  return out;
}

/**
 * A stem word from the spelled-out acronym of a correct option that no wrong option says in
 * plain words: "the same type as the main queue" for DLQ (dead-letter queue) among queue settings.
 */
export function expansionWord(stem: string, correct: string[], wrong: string[], catalog?: CatalogIndex): string | undefined {
  if (!catalog) return undefined;
  const asked = wordsOf(stem);
  const plainWrong = wrong.flatMap((w) => wordsOf(w));
  for (const answer of correct) {
    for (const w of acronymExpansions(answer, catalog).flatMap(wordsOf)) {
      if (asked.some((s) => related(s, w)) && !plainWrong.some((x) => related(x, w))) return w;
    }
  }
  return undefined;
}

/** The acronyms of an option: "AOF persistence" -> AOF, "TXT" -> TXT. */
export function acronymsIn(option: string): string[] {
  return option.split(/[^A-Za-z0-9]+/).filter((t) => /^[A-Z]{2,6}$/.test(t));
}

/** A word's consonant outline after its first letter: "text" -> "txt", "service" -> "srvc". */
function outline(word: string): string {
  return word[0] + word.slice(1).replace(/[aeiou]/g, '');
}

/**
 * Does the stem spell out an acronym of an answer, by initials ("Append Only File" for AOF,
 * "Systems Manager ..." for SSM) or, for an answer that is the acronym alone, by the outline of
 * one word ("text" for TXT, "service" for SRV)?
 */
export function spelledOut(stem: string, answer: string): boolean {
  const ws = words(stem);
  for (const token of acronymsIn(answer)) {
    const acronym = token.toLowerCase();
    for (let i = 0; i + acronym.length <= ws.length; i++) {
      if (ws.slice(i, i + acronym.length).map((w) => w[0]).join('') === acronym) return true;
    }
    if (token === answer.trim() && acronym.length >= 3 && ws.some((w) => w !== acronym && /^[a-z]+$/.test(w) && outline(w).startsWith(acronym))) return true;
  }
  return false;
}
