/** Small text helpers of the extractor: normalising, word sets, similarity, hashing. */
import { hash as digest } from 'node:crypto';

const STOP = new Set(
  'a an the of to in on for and or with by is are be as at it its this that from can you your we our will not no into than then so if via per use used using also'.split(
    ' ',
  ),
);

/** Entries a remembered function keeps before it starts afresh. */
const MAX_CACHED = 4_096;

/**
 * `fn` remembering its results by text (up to MAX_CACHED, then it starts afresh): a note compares the
 * same options, stems and names many times. `fn` must be pure and its results must not be mutated.
 */
export function remembered<T>(fn: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined && !cache.has(text)) {
      value = fn(text);
      if (cache.size >= MAX_CACHED) cache.clear();
      cache.set(text, value);
    }
    return value as T;
  };
}

/**
 * Does a text hold a word `pattern` (global) finds that `bad` judges so? Each word is judged once:
 * a note shows the same words in many questions.
 */
export function anyWordJudged(pattern: RegExp, bad: (word: string) => boolean): (text: string) => boolean {
  const judged = new Map<string, boolean>();
  return (text) => {
    for (const m of text.matchAll(pattern)) {
      let found = judged.get(m[0]);
      if (found === undefined) judged.set(m[0], (found = bad(m[0])));
      if (found) return true;
    }
    return false;
  };
}

/** `fn` remembered by text separately for each `owner` (a catalog), which it may use. */
export function rememberedPer<K extends object, T>(fn: (owner: K, text: string) => T): (owner: K, text: string) => T {
  const byOwner = new WeakMap<K, (text: string) => T>();
  return (owner, text) => {
    let f = byOwner.get(owner);
    if (!f) {
      f = remembered((t) => fn(owner, t));
      byOwner.set(owner, f);
    }
    return f(text);
  };
}

/** A name without its trailing aside: "Network ACL (NACL)" -> "Network ACL". */
export function withoutAside(text: string): string {
  return text.replace(/\s*\([^()]*\)\s*$/, '');
}

/** The trailing aside of a name: "Network ACL (NACL)" -> "NACL", "Logs (Amazon CloudWatch)" -> "Amazon CloudWatch". */
export function asideOf(text: string): string | undefined {
  return /\(([^()]+)\)\s*$/.exec(text)?.[1]?.trim() || undefined;
}

/** Lower-case words and numbers only, one space apart. */
export const normalize: (text: string) => string = remembered((text) => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim());

/** The words of a text, normalised (remembered). */
export const words: (text: string) => readonly string[] = remembered((text) => {
  const n = normalize(text);
  return n ? n.split(' ') : [];
});

/** A word without one trailing "s" (as `w.replace(/s$/, '')`, without a regular expression). */
export function unplural(w: string): string {
  return w.endsWith('s') ? w.slice(0, -1) : w;
}

/** A content word's light plural stem: "services" -> "service", "class" and "bus" as they are. */
function lightPlural(w: string): string {
  return w.length > 3 && !w.endsWith('ss') ? unplural(w) : w;
}

/** Content words with a light plural stem, as a set (remembered). */
export const contentWords: (text: string) => ReadonlySet<string> = remembered((text) => new Set(words(text).filter((w) => !STOP.has(w)).map(lightPlural)));

/** "Writing, Put, Describe", "users, User-Groups, Roles": two or more single words, nothing else. */
export function bareList(text: string): boolean {
  const items = text.trim().split(/\s*(?:,|\/|&|\band\b|\bor\b)\s*/).filter(Boolean);
  return items.length >= 2 && items.every((i) => /^[A-Za-z][A-Za-z-]*$/.test(i));
}

/**
 * Single words and nothing else once asides and a closing "only" or "etc" are set apart: a bare
 * list ("users, User-Groups, Roles"), "Roles/Users only", or one word with an aside ("Resources
 * (principal to config user identity)"). Such a text names things; it describes nothing.
 */
export function mereNames(text: string): boolean {
  const core = text.replace(/\([^()]*\)/g, ' ').replace(/\s*\b(?:only|etc)\.?\s*$/i, '').trim();
  return bareList(core) || (/^[A-Za-z][A-Za-z-]*$/.test(core) && core !== text.trim());
}

/** Share of content words two texts have in common (Jaccard), 0..1. */
export function similarity(a: string, b: string): number {
  const x = contentWords(a);
  const y = contentWords(b);
  if (x.size === 0 || y.size === 0) return 0;
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  return common / (x.size + y.size - common);
}

/** First letters of the words of a name: "Simple Queue Service" -> "sqs" (remembered). */
export const initials: (text: string) => string = remembered((text) =>
  words(text)
    .filter((w) => w !== 'and' && w !== 'of' && w !== 'for')
    .map((w) => w[0])
    .join(''),
);

/** Short stable hash of some parts. */
export function hash(...parts: string[]): string {
  return digest('sha256', parts.join('\u0001'), 'hex').slice(0, 12);
}

/** Does `text` contain `phrase` as whole words (both normalised)? */
export function containsPhrase(text: string, phrase: string): boolean {
  const p = normalize(phrase);
  if (!p) return false;
  // As ` ${t} `.includes(` ${p} `), without building either padded string.
  const t = normalize(text);
  for (let i = t.indexOf(p); i >= 0; i = t.indexOf(p, i + 1)) {
    if ((i === 0 || t.charCodeAt(i - 1) === SPACE) && (i + p.length === t.length || t.charCodeAt(i + p.length) === SPACE)) return true;
  }
  return false;
}

const SPACE = 32;

/** The gap a numeric question asks to fill. */
export const BLANK = '_____';

/** A crude stem for spotting the same word in two forms: "replicating", "replication" -> "replicat". */
export function stem(word: string): string {
  const w = word.toLowerCase();
  const cut = w.replace(/(?:ions?|ing|ed|er|es|s)$/, '');
  return cut.length >= 4 ? cut : w;
}

/** Stems of the content words of a text (remembered). */
export const stems: (text: string) => ReadonlySet<string> = remembered((text) => new Set([...contentWords(text)].map(stem)));

/** Prefixes that make a word's opposite ("asymmetric", "infrequent", "non-authoritative"), not a slip of it. */
const OPPOSITE = /^(?:a|an|in|un|im|ir|il|no|non|dis)$/;

/**
 * One option a misspelling of another ("Partion Key" beside "Partition Key"): the shorter is the
 * longer with one or two letters dropped. Versions ("KCL 1.x", "KCL 2.x") differ in digits and stay apart.
 */
export function misspelt(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const gap = long.length - short.length;
  if (short.length < 6 || gap < 1 || gap > 2 || short.replace(/\D/g, '') !== long.replace(/\D/g, '')) return false;
  // "infrequent" / "frequent", "unencrypted" / "encrypted": a negating prefix makes another word.
  for (let k = 0; k + gap <= long.length; k++) {
    const atWordStart = k === 0 || long[k - 1] === ' ';
    if (atWordStart && OPPOSITE.test(long.slice(k, k + gap)) && long.slice(0, k) + long.slice(k + gap) === short) return false;
  }
  let i = 0;
  for (const ch of long) if (i < short.length && ch === short[i]) i++;
  return i === short.length;
}

/**
 * One word a slip of the other ("scalibility" / "scalability", "partion" / "partition"): one
 * letter changed, added, dropped or two swapped, inside the word. Words of six letters or more
 * with the same first letter only; a difference at the end is another form ("instance" /
 * "instances"), not a slip.
 */
export function slipOf(a: string, b: string): boolean {
  if (a === b || Math.min(a.length, b.length) < 6 || Math.abs(a.length - b.length) > 1 || a[0] !== b[0]) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  let j = 0;
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
  if (j === 0) return false;
  const [ra, rb] = [a.length - i - j, b.length - i - j];
  if (ra <= 1 && rb <= 1) return true;
  return ra === 2 && rb === 2 && a[i] === b[i + 1] && a[i + 1] === b[i];
}

/** Is `short` the word `long` with two neighbouring letters taken out, neither first nor last ("partion", "partition")? */
export function dropsTwo(short: string, long: string): boolean {
  if (long.length !== short.length + 2) return false;
  for (let k = 1; k + 2 < long.length; k++) if (long.slice(0, k) + long.slice(k + 2) === short) return true;
  return false;
}

/**
 * Is one of two normalised names inside the other? One-word names by any part ("http" in "https",
 * "cloudwatch" in "amazon cloud watch"); longer ones only from a word's start to a word's end, spaces
 * aside ("frequent access tier" is not in "infrequent access tier"). `ca` and `cb` are the names
 * without their spaces, for a caller that has them already.
 */
export function nameWithin(a: string, b: string, ca = a.replace(/ /g, ''), cb = b.replace(/ /g, '')): boolean {
  if (!ca.includes(cb) && !cb.includes(ca)) return false;
  if (!a.includes(' ') || !b.includes(' ')) return !negated(ca, cb);
  return alignedIn(a, cb) || alignedIn(b, ca);
}

/** Is one compact name the other with a negating prefix ("asynchronous" / "synchronous")? */
function negated(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.endsWith(short) && OPPOSITE.test(long.slice(0, long.length - short.length));
}

/** Does `small` (spaces removed) run inside the words of `spaced` from a word's start to a word's end? */
function alignedIn(spaced: string, small: string): boolean {
  const parts = spaced.split(' ');
  const starts = new Set<number>();
  const ends = new Set<number>();
  let at = 0;
  for (const w of parts) {
    starts.add(at);
    at += w.length;
    ends.add(at);
  }
  const compact = parts.join('');
  for (let i = compact.indexOf(small); i >= 0; i = compact.indexOf(small, i + 1)) {
    if (starts.has(i) && ends.has(i + small.length)) return true;
  }
  return false;
}

/** Words a description may use without saying anything of what it describes, folded as `contentWords` folds them. */
const GENERIC_DESCRIPTION = new Set(
  'aws amazon uses service data resource user application thing feature all any other type way method accessing secured provided provides offered available option need purely vary varies varying depending depends requirement key represent parameter'
    .split(' ')
    .map(lightPlural),
);

/** "Can be enabled per AZ", "Are attached to each instance": what a description so begun says is a property of the term, not what it is. */
const PROPERTY_LEAD = /^(?:can|cannot|can't|are|is|must|should|will|may|has|have|does|do not|don't)\b/i;

/** "Use ChangeMessageVisibility": an instruction of two words says what to do, not what a term is. */
const INSTRUCTION = /^(?:use|call|see)\s+\S+$/i;

/** "Managed by ICANN": who runs a thing says nothing of what it is, and others are run by the same. */
const RUN_BY = /^(?:managed|owned|run|operated|maintained|controlled|administered|issued)\s+by\s+\S+(?:\s+\S+){0,2}$/i;

/**
 * A text that does not describe a term: a property or requirement without its subject ("Should be
 * the same type as the main queue") or a bare instruction ("Use ChangeMessageVisibility"). Never
 * the answer to "what best describes X?", and never a wrong option beside a description.
 */
export function notADescription(text: string): boolean {
  const t = text.trim();
  return PROPERTY_LEAD.test(t) || INSTRUCTION.test(t) || RUN_BY.test(t);
}

/**
 * "End Users (Think People)", "(think row in table)": the note-taker's reminder to themself. Never
 * shown: not asked, and never a wrong description.
 */
export function remindsSelf(text: string): boolean {
  return REMINDER.test(text);
}

const REMINDER = /\(\s*think\b[^)]*\)/i;

/**
 * "Abruptly resources deploy the application": an adverb, a bare plural and a verb with its object
 * is a sentence with its words out of place. Never asked, and never a wrong description; the term
 * it belongs to is still a fair wrong option.
 */
export function scrambled(text: string): boolean {
  return SCRAMBLED.test(text.trim());
}

/**
 * "% of traffic shifted to the new version": a share whose number the note left out. Like a
 * scrambled line, never asked and never a wrong description; its term is still a fair wrong option.
 */
export function lostNumber(text: string): boolean {
  return /^%/.test(text.trim());
}

const SCRAMBLED = /^[a-z]+ly\s+[a-z]+s\s+[a-z]+\s+(?:the|a|an)\s/i;

/**
 * "Purely varying option as per need", "used by AWS services": a description with nothing but generic
 * words fits any term. It is never asked, and never offered as a wrong description either. Words of
 * `beside` (the headings it sits under) say nothing either: "a key that represents a parameter of
 * the DNS" under "DNS > Route 53" fits every field of a DNS record.
 */
export function saysNothing(text: string, beside: readonly string[] = []): boolean {
  let known: Set<string> | undefined;
  for (const w of contentWords(text)) {
    if (GENERIC_DESCRIPTION.has(w)) continue;
    known ??= new Set(beside.flatMap((b) => [...contentWords(b)]));
    if (!known.has(w)) return false;
  }
  return true;
}
