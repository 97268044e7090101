/**
 * Known spellings: words the bundled notes write at least twice, with their counts
 * (data/catalog/words.json, written by `npm run words`). A word a note writes once that is one
 * keystroke away from exactly one well-known word ("Nased" / "based", "objecy" / "object") is a
 * slip of the keyboard, even when the note never writes the word it meant.
 */
import { bundledList } from './bundled.js';

/** How often a spelling is written; words written once are not listed. */
export type Vocabulary = ReadonlyMap<string, number>;

/** Words written this often are trusted as spellings to correct towards. */
const TRUSTED = 3;
const WORD = /[A-Za-z]+/g;

/** How often each lower-cased word is written in some texts. */
export function wordCounts(...texts: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) for (const m of text.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return counts;
}

/** Lower-cased words of some texts written at least twice, with their counts, most frequent first. */
export function vocabularyOf(texts: string[]): [string, number][] {
  return [...wordCounts(...texts)].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

let bundled: Vocabulary | undefined;
let curated: ReadonlySet<string> | undefined;

/** Every lower-cased word of the curated catalog (service names and term families): words spelt as meant. */
export function curatedWords(): ReadonlySet<string> {
  curated ??= new Set([...wordCounts(JSON.stringify(bundledList('services')), JSON.stringify(bundledList('families'))).keys()]);
  return curated;
}

/** The shipped vocabulary (data/catalog/words.json; empty when the file is missing or unreadable). */
export function bundledVocabulary(): Vocabulary {
  bundled ??= new Map(bundledList('words').filter((e): e is [string, number] => Array.isArray(e) && typeof e[0] === 'string' && typeof e[1] === 'number'));
  return bundled;
}

const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const KEY = new Map<string, [number, number]>(ROWS.flatMap((row, r) => [...row].map((ch, i): [string, [number, number]] => [ch, [r, i]])));

/** Keys side by side on a QWERTY keyboard ("n" / "b", "t" / "y", "r" / "f"). */
export function neighbourKeys(a: string, b: string): boolean {
  const p = KEY.get(a);
  const q = KEY.get(b);
  if (!p || !q) return false;
  if (p[0] === q[0]) return Math.abs(p[1] - q[1]) === 1;
  if (Math.abs(p[0] - q[0]) !== 1) return false;
  const [upper, lower] = p[0] < q[0] ? [p, q] : [q, p];
  return lower[1] === upper[1] || lower[1] === upper[1] - 1;
}

const VOWELS = 'aeiou';
/** Letters that end another form of one word: "compares" / "compared", "writer" / "write". */
const ENDINGS = 'sdrely';

/**
 * Is `written` a keystroke slip for `known`: a neighbouring key struck ("Nased"), a letter dropped
 * or doubled inside the word ("incements", "Chceck"), two letters swapped ("Untis"), or one vowel
 * for another in a long word ("seperated")? Another form of the word ("pushes" / "pushed"), a
 * difference at the first letter other than a neighbouring key ("stable" / "table") and British
 * spellings ("minimise") are not slips.
 */
export function keystrokeSlip(written: string, known: string): boolean {
  const [a, b] = [written, known];
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  let j = 0;
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
  const [ra, rb] = [a.length - i - j, b.length - i - j];
  if (j === 0 && [...a.slice(i), ...b.slice(i)].every((ch) => ENDINGS.includes(ch))) return false;
  if (ra === 1 && rb === 1) {
    const [x, y] = [a[i], b[i]];
    if ((x === 's' && y === 'z') || (x === 'z' && y === 's')) return false;
    return (a.length >= 5 && neighbourKeys(x, y)) || (a.length >= 6 && i > 0 && VOWELS.includes(x) && VOWELS.includes(y));
  }
  if (ra === 0 && rb === 1) return i > 0 && a.length >= 5;
  if (ra === 1 && rb === 0) {
    // A letter struck twice or a neighbour struck with it: "sewnt" (w beside e), "Chceck".
    const extra = a[i];
    const around = a.slice(Math.max(0, i - 2), i) + a.slice(i + 1, i + 3);
    return i > 0 && [...around].some((ch) => ch === extra || neighbourKeys(ch, extra));
  }
  return ra === 2 && rb === 2 && i > 0 && a[i] === b[i + 1] && a[i + 1] === b[i];
}

/**
 * The word `token` slipped from, or undefined: `token` is written fewer than twice in both the
 * note and the vocabulary, and exactly one trusted word is a keystroke slip away. Names with inner
 * capitals ("IdPs") and words under four letters are left alone.
 */
export function intendedWord(token: string, note: ReadonlyMap<string, number>, vocabulary: Vocabulary, trusted: Trusted): string | undefined {
  if (token.length < 4 || /[A-Z]/.test(token.slice(1))) return undefined;
  const lower = token.toLowerCase();
  if ((vocabulary.get(lower) ?? 0) >= 2 || (note.get(lower) ?? 0) >= 2 || NUMBER_WORDS.has(lower)) return undefined;
  // A slip keeps the first letter, or strikes a neighbouring key there and keeps the length.
  const first = lower[0];
  const pools = [-1, 0, 1].map((d) => trusted.get(`${first}${lower.length + d}`) ?? []);
  for (const key of NEIGHBOURS.get(first) ?? []) pools.push(trusted.get(`${key}${lower.length}`) ?? []);
  const near = pools.flat().filter((w) => keystrokeSlip(lower, w));
  return near.length === 1 ? near[0] : undefined;
}

/** Numbers in words are words, however rarely notes write them ("up to eight records" is no slip of "right"). */
const NUMBER_WORDS = new Set(
  ('zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty ' +
    'thirty forty fifty sixty seventy eighty ninety hundred thousand million billion first second third fourth fifth sixth seventh eighth ninth tenth ' +
    'once twice thrice half double triple dozen')
    .split(' '),
);

/** Trusted spellings by first letter and length ("b5": based, ...). */
export type Trusted = ReadonlyMap<string, string[]>;

const NEIGHBOURS = new Map([...KEY.keys()].map((a) => [a, [...KEY.keys()].filter((b) => neighbourKeys(a, b))]));

/** Trusted spellings of a note with the vocabulary: words either writes at least three times. */
export function trustedWords(note: ReadonlyMap<string, number>, vocabulary: Vocabulary): Trusted {
  const out = new Set<string>();
  for (const [w, n] of vocabulary) if (n >= TRUSTED && w.length >= 3) out.add(w);
  for (const [w, n] of note) if (n >= TRUSTED && w.length >= 3) out.add(w);
  const index = new Map<string, string[]>();
  for (const w of out) {
    const k = `${w[0]}${w.length}`;
    const list = index.get(k);
    if (list) list.push(w);
    else index.set(k, [w]);
  }
  return index;
}
