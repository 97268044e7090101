/** Giveaways across word forms: the stem shares a word, a compound part or an expansion with the answer only. */
import type { CatalogIndex } from '../core/catalog.js';
import { servicesIn } from './lookup.js';

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
  for (const s of SUFFIXES) {
    if (word.length - s.length >= 4 && word.endsWith(s)) return word.slice(0, -s.length);
  }
  return word;
}

/**
 * The words of a text for comparison: lower-cased, CamelCase and compounds split, each whole
 * compound kept too ("BucketSizeBytes" -> bucketsizebytes, bucket, size, bytes).
 */
export function wordsOf(text: string): string[] {
  let cached = wordsCache.get(text);
  if (!cached) {
    cached = splitWords(text);
    if (wordsCache.size >= MAX_CACHED) wordsCache.clear();
    wordsCache.set(text, cached);
  }
  return cached;
}

/** Remembered results: the same stems and options are compared many times per note. Do not mutate them. */
const MAX_CACHED = 50_000;
const wordsCache = new Map<string, string[]>();
const expandedCache = new WeakMap<CatalogIndex, Map<string, string[]>>();
const plainExpanded = new Map<string, string[]>();

function splitWords(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/[^A-Za-z0-9]+/)) {
    if (!raw) continue;
    const parts = raw
      .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
      .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
      .toLowerCase()
      .split(' ');
    out.push(raw.toLowerCase());
    if (parts.length > 1) out.push(...parts);
  }
  return [...new Set(out)].filter((w) => w.length >= 3 && !GENERIC.has(w) && !/^\d+$/.test(w));
}

/** Are two words one word in two forms, or one a part of the other ("servers" / "serverless", "extract" / "textract")? */
export function related(a: string, b: string): boolean {
  if (a === b) return true;
  const [sa, sb] = [lightStem(a), lightStem(b)];
  const [x, y] = sa.length <= sb.length ? [sa, sb] : [sb, sa];
  if (x === y) return true;
  if (x.length >= 4 && y.startsWith(x)) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 5 && long.includes(short);
}

/** The words of a text and of the full names of the services it mentions ("QLDB" -> quantum ledger database). */
export function expanded(text: string, catalog?: CatalogIndex): string[] {
  let map = catalog ? expandedCache.get(catalog) : plainExpanded;
  if (!map) {
    map = new Map();
    expandedCache.set(catalog as CatalogIndex, map);
  }
  let cached = map.get(text);
  if (!cached) {
    cached = expand(text, catalog);
    if (map.size >= MAX_CACHED) map.clear();
    map.set(text, cached);
  }
  return cached;
}

function expand(text: string, catalog?: CatalogIndex): string[] {
  const names = catalog ? servicesIn(catalog, text).flatMap((id) => {
    const s = catalog.byId.get(id);
    return s ? [s.name, s.short, ...s.acronyms] : [];
  }) : [];
  return [...new Set([...wordsOf(text), ...names.flatMap(wordsOf)])];
}

/**
 * The stem word that only the correct options share (in some form), or undefined. `extra` holds
 * names the stem stands for without showing them, such as the expansion of an acronym it asks about.
 */
export function giveawayWord(stem: string, correct: string[], wrong: string[], catalog?: CatalogIndex, extra: string[] = []): string | undefined {
  const asked = [...new Set([...expanded(stem, catalog), ...extra.flatMap(wordsOf)])];
  const wrongWords = wrong.map((w) => expanded(w, catalog));
  for (const answer of correct) {
    const words = expanded(answer, catalog);
    for (const s of asked) {
      if (!words.some((w) => related(s, w))) continue;
      if (wrongWords.some((ws) => ws.some((w) => related(s, w)))) continue;
      return s;
    }
  }
  return undefined;
}
