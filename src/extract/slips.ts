/** Slips of the keyboard in a note ("InvervalSeconds" once, "IntervalSeconds" elsewhere) found so that no answer shows them. */
import { englishWords, type Dictionary } from './dictionary.js';
import { anyWordJudged, dropsTwo, remembered, rememberedPer, slipOf } from './text.js';
import { bundledVocabulary, curatedWords, intendedWord, keystrokeSlip, trustedWords, wordCounts, type Trusted, type Vocabulary } from './vocabulary.js';

const TOKEN = /[A-Za-z][A-Za-z0-9]{5,}/g;
/** Whole words of letters only, for keystroke slips: "IOPSa" beside digits or capitals is a name. */
const PLAIN = /(?<![A-Za-z0-9])[A-Za-z]{4,}(?![A-Za-z0-9])/g;

/** A slip found: the word as written, its spelling, and whether a keystroke slip makes it certain. */
export type Slip = [written: string, spelling: string, keystroke?: boolean];

/**
 * Short words too common to learn from one note: swapped letters in the commonest English words
 * ("taht") and contractions without their apostrophe ("dont"), which are never words themselves
 * ("cant" and "wont" are, so they stay as written).
 */
const SHORT_SLIPS: Record<string, string> = {
  taht: 'that', htat: 'that', thta: 'that', teh: 'the', hte: 'the', adn: 'and', nad: 'and', wiht: 'with', whit: 'with',
  thier: 'their', waht: 'what', whcih: 'which', wich: 'which', tehn: 'then', thne: 'then', yuo: 'you',
  dont: "don't", doesnt: "doesn't", didnt: "didn't", isnt: "isn't", arent: "aren't", wasnt: "wasn't", werent: "weren't",
  shouldnt: "shouldn't", couldnt: "couldn't", wouldnt: "wouldn't", havent: "haven't", hasnt: "hasn't", hadnt: "hadn't",
};
const SHORT = new RegExp(`\\b(?:${Object.keys(SHORT_SLIPS).join('|')})\\b`, 'gi');

/** Words run together that are always two ("upto", "atleast"), and "its" where "it's" is meant ("its not"). */
const WRITTEN_AS_TWO: Record<string, string> = {
  upto: 'up to', alot: 'a lot', atleast: 'at least', aswell: 'as well', infact: 'in fact', incase: 'in case',
  eachother: 'each other', ontop: 'on top', everytime: 'every time', noone: 'no one',
  'its not': "it's not", 'its a': "it's a", 'its an': "it's an", 'its the': "it's the",
};
/** "an message": "an" before a word that starts with a consonant sound ("h" aside: "an hour"). */
const AN_CONSONANT = /(?<![\w'’-])([Aa])n ([b-df-gj-np-tv-wyz][a-z]+)(?![\w'’-])/g;
const RUN = new RegExp(`(?<![\\w'’-])(?:${Object.keys(WRITTEN_AS_TWO).join('|')})(?![\\w'’-])`, 'gi');

/**
 * "the" run into the short word before it ("KMS is called viathe client", "ofthe"): no English word
 * is written so, and the space is the whole slip.
 */
const GLUED_THE = /(?<![A-Za-z0-9])(via|of|to|in|on|and|for|by|with|from|into|onto|is|at|as|than|that|over|under)(the)(?![A-Za-z0-9])/gi;

/** A word with each run of one letter written once: "reccomend" and "recommend" both read "recomend". */
const squeezed = (w: string) => w.replace(/(.)\1+/g, '$1');
/** Where a word first writes a letter twice, or -1. */
const firstDouble = (w: string) => w.search(/(.)\1/);

/**
 * One word a habit's slip of the other: a doubled letter moved ("reccomendations" /
 * "recommendations"), or one letter added or dropped or two swapped inside the word ("speeach" /
 * "speech"). Words of seven letters or more with the same first letter only. Never a letter
 * changed for another (real words differ so: "affect" / "effect"), a different ending, a letter
 * doubled or not ("modelling" / "modeling") or the British "-our" and "-re" ("colour", "centres").
 */
export function habitSlip(a: string, b: string): boolean {
  if (a === b || a[0] !== b[0] || Math.min(a.length, b.length) < 6 || Math.max(a.length, b.length) < 7) return false;
  if (a.length === b.length && a.length >= 8 && squeezed(a) === squeezed(b)) {
    const [da, db] = [firstDouble(a), firstDouble(b)];
    return da >= 0 && db >= 0 && da !== db;
  }
  if (!slipOf(a, b)) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  if (a.length === b.length) {
    const pair = a.slice(i, i + 2);
    return pair === `${b[i + 1]}${b[i]}` && pair !== 're' && pair !== 'er';
  }
  const longer = a.length > b.length ? a : b;
  const extra = longer[i];
  return extra !== longer[i - 1] && extra !== longer[i + 1] && !(extra === 'u' && longer[i - 1] === 'o' && longer[i + 1] === 'r');
}

/** Short words that end a word written as one ("signin", "checkout"). */
const PARTICLES = ['in', 'on', 'up', 'out', 'off'];

/** "backend", "failover", "signin": words of the trade written as one, not slips of another word. */
function compound(word: string, english: Dictionary): boolean {
  for (let i = 3; i <= word.length - 2; i++) {
    const rest = word.slice(i);
    if (english.has(word.slice(0, i)) && ((rest.length >= 3 && english.has(rest)) || PARTICLES.includes(rest))) return true;
  }
  return false;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * The English words a lower-case word no dictionary knows may be misspelt from: a keystroke slip
 * away (see `keystrokeSlip`) with the same first letter, or the same letters with another one
 * doubled ("preffered"); words of five letters or more only.
 */
const englishNeighbours = rememberedPer((english: Dictionary, word: string): string[] => {
  const out = new Set<string>();
  const consider = (c: string, keystroke: boolean) => {
    if (c.length >= 5 && c[0] === word[0] && (!keystroke || keystrokeSlip(word, c)) && english.has(c)) out.add(c);
  };
  for (let i = 1; i <= word.length; i++) {
    if (i < word.length) consider(word.slice(0, i) + word.slice(i + 1), true);
    if (i < word.length - 1) consider(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2), true);
    for (const ch of LETTERS) {
      consider(word.slice(0, i) + ch + word.slice(i), true);
      if (i < word.length) consider(word.slice(0, i) + ch + word.slice(i + 1), true);
    }
  }
  for (let i = 0; i < word.length - 1; i++) {
    if (word[i] !== word[i + 1]) continue;
    const single = word.slice(0, i) + word.slice(i + 1);
    for (let j = 0; j < single.length; j++) if (j !== i && j !== i - 1) consider(single.slice(0, j + 1) + single[j] + single.slice(j + 1), false);
  }
  return [...out];
});

/**
 * The note's words that `keep` accepts, listed under their first letter and length (and under the
 * lengths `spread` away too), so a lookup for a word's near spellings scans a handful of words.
 */
function byStartAndLength(usage: Map<string, Usage>, keep: (word: string, u: Usage) => boolean, spread: number[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [word, u] of usage) {
    if (!keep(word, u)) continue;
    for (const d of spread) {
      const k = `${word[0]}${word.length + d}`;
      const list = out.get(k);
      if (list) list.push(word);
      else out.set(k, [word]);
    }
  }
  return out;
}

/** How often the note writes a word, with the spelling it uses most. */
interface Usage {
  count: number;
  spelling: string;
  spellings: Map<string, number>;
}

function usageOf(text: string): Map<string, Usage> {
  const out = new Map<string, Usage>();
  for (const m of text.matchAll(TOKEN)) {
    const lower = m[0].toLowerCase();
    let u = out.get(lower);
    if (!u) out.set(lower, (u = { count: 0, spelling: m[0], spellings: new Map() }));
    u.count++;
    const n = (u.spellings.get(m[0]) ?? 0) + 1;
    u.spellings.set(m[0], n);
    if (n > (u.spellings.get(u.spelling) ?? 0)) u.spelling = m[0];
  }
  return out;
}

/**
 * A one-letter change in a word of eight letters or fewer ("agility" / "ability", "context" /
 * "content"): too often two real words to rewrite, so it is never corrected on screen, and only a
 * keyed answer written so is kept out of exams.
 */
export function plainSwap(written: string, spelling: string): boolean {
  if (written.length !== spelling.length || written.length > 8) return false;
  let diff = 0;
  for (let i = 0; i < written.length; i++) if (written[i].toLowerCase() !== spelling[i].toLowerCase()) diff++;
  return diff === 1;
}

/**
 * A function that finds the slips of one note in a text: words the note writes once whose only
 * near spelling (one letter off, see `slipOf`) the note writes at least twice, keystroke slips of a
 * well-known word, a writer's habits (see `habitSlip`), words no English dictionary knows a slip
 * from exactly one English word, the swapped letters of the commonest short words ("taht") and
 * words run together ("upto", "viathe"), as pairs of the word as written and its spelling. Real
 * words one letter apart ("masking" / "making") are found too: see `plainSwap`.
 */
export function slipFinder(
  note: string,
  vocabulary: Vocabulary = bundledVocabulary(),
  curated: ReadonlySet<string> = curatedWords(),
  english: Dictionary = englishWords(),
): (text: string) => Slip[] {
  const usage = usageOf(note);
  const counts = wordCounts(note);
  let trusted: Trusted | undefined;
  // Each finder below judges a word once per note, by its lower case (the first spelling met decides).
  const perWord = <T>(fn: (lower: string, token: string) => T) => {
    const done = new Map<string, T>();
    return (token: string): T => {
      const lower = token.toLowerCase();
      if (!done.has(lower)) done.set(lower, fn(lower, token));
      return done.get(lower) as T;
    };
  };
  const keystroke = perWord((_lower, token) => {
    trusted ??= trustedWords(counts, vocabulary);
    return intendedWord(token, counts, vocabulary, trusted);
  });
  // Frequent words by first letter and length, so a lookup scans a handful of words.
  const frequent = byStartAndLength(usage, (_word, u) => u.count >= 2, [-1, 0, 1]);
  // Words written at most twice that a word written at least three times as often is a habit's
  // slip away from: a writer who misspells a word may do so more than once ("speeach" twice). A
  // word of the curated catalog is spelt right ("sharding" beside "sharing"), and so is a word the
  // shipped vocabulary has from other notes than this one: more than one writer writes it so.
  const seen = (w: string) => (counts.get(w) ?? 0) + (vocabulary.get(w) ?? 0);
  const habitOf = perWord((lower): string | undefined => {
    const n = Math.max(1, seen(lower));
    if (lower.length < 7 || n > 4 || curated.has(lower) || (vocabulary.get(lower) ?? 0) > (counts.get(lower) ?? 0)) return undefined;
    trusted ??= trustedWords(counts, vocabulary);
    // "forcasts" beside "forecast": a plural is held to its singular.
    const forms: Array<[string, string]> = [[lower, ''], ...(/[^s]s$/.test(lower) && seen(lower.slice(0, -1)) <= 4 ? [[lower.slice(0, -1), 's'] as [string, string]] : [])];
    for (const [base, ending] of forms) {
      const near = [-1, 0, 1].flatMap((d) => trusted?.get(`${base[0]}${base.length + d}`) ?? []).filter((w) => seen(w) >= 3 * n && habitSlip(base, w));
      if (near.length === 1) return near[0] + ending;
    }
    return undefined;
  });
  const habit = (token: string) => (/[A-Z]/.test(token.slice(1)) ? undefined : habitOf(token));
  // A word no dictionary knows with one English word a slip away ("guarentee", "inifinite"), however
  // often the note writes it. Of several, the one the notes write; a word of fewer than eight
  // letters the notes never write ("alway" for "alwasy", "seric" for "servic") is too rare to be meant.
  const spelling = perWord((lower): string | undefined => {
    if (lower.length < 5 || english.size === 0 || english.has(lower) || curated.has(lower)) return undefined;
    const near = englishNeighbours(english, lower);
    if (compound(lower, english)) {
      // Two words as one ("backend", "signin") is a word of the trade unless the notes write its
      // neighbour more than twice as often ("metrices", met + rices, beside "metrics").
      const often = near.filter((w) => seen(w) > 2 * Math.max(1, seen(lower)));
      return often.length === 1 ? often[0] : undefined;
    }
    const ours = near.filter((w) => seen(w) > 0);
    return ours.length === 1 ? ours[0] : near.length === 1 && near[0].length >= 8 ? near[0] : undefined;
  });
  const slipped = perWord((lower): string | null => {
    if ((usage.get(lower)?.count ?? 0) > 1) return null;
    const near = (frequent.get(`${lower[0]}${lower.length}`) ?? []).filter((w) => slipOf(lower, w));
    return near.length === 1 ? (usage.get(near[0])?.spelling ?? near[0]) : null;
  });
  // "Partion" beside "Partition": two neighbouring letters dropped from inside a word the note
  // writes at least three times as often. Never an English or catalog word, which is meant.
  const longer = byStartAndLength(usage, (word, u) => u.count >= 3 && word.length >= 8, [0]);
  const dropped = perWord((lower): string | null => {
    if (english.has(lower) || curated.has(lower)) return null;
    const n = Math.max(1, usage.get(lower)?.count ?? 0);
    const near = (longer.get(`${lower[0]}${lower.length + 2}`) ?? []).filter((w) => (usage.get(w)?.count ?? 0) >= 3 * n && dropsTwo(lower, w));
    return near.length === 1 ? (usage.get(near[0])?.spelling ?? near[0]) : null;
  });
  // An English word is never rewritten as one no dictionary knows ("asymmetric" as "assymmetric",
  // "guarantee" as the "guarentee" other notes write).
  const unmeant = (written: string, fix: string) => english.has(written.toLowerCase()) && !english.has(fix.toLowerCase());
  // Remembered (callers must not change the pairs): a note's names and definitions come back as
  // the options of many questions.
  return remembered((text) => {
    const out: Slip[] = [];
    for (const m of text.matchAll(TOKEN)) {
      const fix = slipped(m[0]) ?? dropped(m[0]);
      if (!fix) continue;
      // The note's usual spelling may be a misspelling too ("guarentess" for "guarentees" for
      // "guarantees"), and an English word is never rewritten as one ("asymmetric" as "assymmetric").
      const spelt = /[A-Z]/.test(fix.slice(1)) ? undefined : spelling(fix);
      const lower = m[0].toLowerCase();
      if (spelt) {
        if (spelt !== lower) out.push([m[0], spelt, true]);
      } else if (!unmeant(lower, fix)) {
        out.push(keystroke(m[0]) === fix.toLowerCase() ? [m[0], fix, true] : [m[0], fix]);
      }
    }
    for (const m of text.matchAll(PLAIN)) {
      if (out.some(([w]) => w === m[0])) continue;
      // Names keep their capitals ("Alexa", "Citrix"): only a lower-case word or a text's first word
      // is spelt against the dictionary, and never the start of a contraction ("doesn't").
      const next = text[(m.index ?? 0) + m[0].length];
      const plain = (m[0] === m[0].toLowerCase() || m.index === 0) && next !== "'" && next !== '’';
      const fix = keystroke(m[0]) ?? habit(m[0]) ?? (plain ? spelling(m[0]) : undefined);
      if (fix && !unmeant(m[0], fix)) out.push([m[0], fix, true]);
    }
    for (const m of text.matchAll(SHORT)) out.push([m[0], SHORT_SLIPS[m[0].toLowerCase()]]);
    for (const m of text.matchAll(RUN)) if (!out.some(([w]) => w === m[0])) out.push([m[0], WRITTEN_AS_TWO[m[0].toLowerCase().replace(/\s+/g, ' ')], true]);
    for (const m of text.matchAll(GLUED_THE)) if (!out.some(([w]) => w === m[0])) out.push([m[0], `${m[1]} ${m[2]}`, true]);
    // An English word only: a lower-case acronym may be read with a vowel ("an sns topic").
    for (const m of text.matchAll(AN_CONSONANT)) if (english.has(m[2])) out.push([m[0], `${m[1]} ${m[2]}`, true]);
    return out;
  });
}

/** `fix` written with the capitals of `written` ("Environmnet" -> "Environment"). */
function caseLike(written: string, fix: string): string {
  if (/[a-z][A-Z]/.test(fix)) return fix;
  if (written === written.toUpperCase()) return fix.toUpperCase();
  const lower = fix.toLowerCase();
  return written[0] === written[0].toUpperCase() ? lower[0].toUpperCase() + lower.slice(1) : lower;
}

/**
 * A text with the slips `find` reports written the way the note spells them elsewhere, except a
 * one-letter change in a short word, which may be another real word ("agility" / "ability"),
 * unless it is a keystroke slip from a known word.
 */
export function withoutSlips(text: string, find: (text: string) => Slip[]): string {
  let out = text;
  for (const [written, fix, keystroke] of find(text)) {
    if (!keystroke && plainSwap(written, fix)) continue;
    out = out.replace(new RegExp(`(?<![A-Za-z0-9])${written}(?![A-Za-z0-9])`, 'g'), caseLike(written, fix));
  }
  return out;
}

/** Words the notes write this often are well known: a short word one letter from one is its slip. */
const WELL_KNOWN = 20;

/**
 * "table name, primary kry": a short lower-case word that no dictionary, catalog or note knows, one
 * letter from a word the notes write often. Too short to correct safely; quoted in a stem it shows
 * the note's typo.
 */
export const shortSlip: (text: string) => boolean = remembered((text) => {
  const found = text.match(/\b[a-z]{3,5}\b/g);
  if (!found) return false;
  const english = englishWords();
  const vocabulary = bundledVocabulary();
  const curated = curatedWords();
  const known = (w: string) => (vocabulary.get(w) ?? 0) >= WELL_KNOWN;
  return found.some((w) => !english.has(w) && !vocabulary.has(w) && !curated.has(w) && oneLetterFrom(w, known, false));
});

/**
 * A function that finds, in a text as it will be shown (its slips fixed), a slip no rule could fix:
 * a lower-case word of five letters or more that no English dictionary, shipped vocabulary or
 * second use in the note knows, one letter from an English word ("private key to eecrypt", where
 * "encrypt" and "decrypt" both fit). On an exam screen it reads as a typo.
 */
export function leftSlipFinder(note: string, vocabulary: Vocabulary = bundledVocabulary(), english: Dictionary = englishWords()): (text: string) => boolean {
  let counts: Map<string, number> | undefined;
  const isEnglish = (w: string) => english.has(w);
  const unknown = (w: string) => !english.has(w) && !vocabulary.has(w) && oneLetterFrom(w, isEnglish, true) && ((counts ??= wordCounts(note)).get(w) ?? 0) < 2;
  return anyWordJudged(LOWER_WORD, unknown);
}

/** A lower-case word standing alone: not part of a name, code, number or contraction ("doesn't"). */
const LOWER_WORD = /(?<![A-Za-z0-9_'’./-])[a-z]{5,}(?![A-Za-z0-9_'’-])/g;

/** Is a word `is` accepts one letter changed away from `w` (or, with `addOrDrop`, one letter added or dropped)? */
function oneLetterFrom(w: string, is: (word: string) => boolean, addOrDrop: boolean): boolean {
  for (let i = 0; i <= w.length; i++) {
    const [head, tail, rest] = [w.slice(0, i), w.slice(i), w.slice(i + 1)];
    if (addOrDrop && i < w.length && is(head + rest)) return true;
    for (const c of LETTERS) {
      if (i < w.length && c !== w[i] && is(head + c + rest)) return true;
      if (addOrDrop && is(head + c + tail)) return true;
    }
  }
  return false;
}
