/** What a drill topic phrase means: catalog services and their names, or the notes' heading words. */
import { nameKey, namesOf, type CatalogIndex } from '../core/catalog.js';
import { UsageError } from '../core/errors.js';
import type { Service } from '../core/types.js';

/**
 * A resolved topic. A question belongs to it when it is tagged with one of `services`, or is tagged
 * with one of `mentioning.services` and mentions `mentioning.words` (in stem, headings or
 * explanation); and, either way, mentions every one of `words`. A `headings` topic instead needs
 * every one of `headingWords` in the question's heading path.
 */
export interface TopicQuery {
  /** The phrase as typed, folded to one line. */
  phrase: string;
  /** What the learner is shown: "Amazon S3", "Amazon SQS + fifo", "headings: relational". */
  label: string;
  kind: 'service' | 'headings';
  /** Services whose questions all count: the one named and the services named after it (S3 Glacier with S3). */
  services: string[];
  /** Services named only through a shared nickname: their questions count when they mention it. */
  mentioning: { services: string[]; words: string[] } | undefined;
  /** When the mention finds nothing, all questions of these services count instead. */
  fallback: string[];
  /** Words every question must mention as well (the phrase's words beyond the service name). */
  words: string[];
  /** For a headings topic: words every question's heading path must contain. */
  headingWords: string[];
}

/** What the bank offers, for resolving and for "did you mean". */
export interface TopicVocabulary {
  /** Catalog ids that have at least one exam-eligible question. */
  topics: ReadonlySet<string>;
  /** Words of the eligible questions' headings, lower case (see {@link headingVocabulary}). */
  headingWords: ReadonlySet<string>;
}

/** A question's text as topic matching needs it. */
export interface TopicText {
  topics: readonly string[];
  stem: string;
  headings: readonly string[];
  explanation: string;
}

/** Lower-case words of a text (letters and digits). */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

/** A word without a plural "s" ("queues" -> "queue"), so either form matches. */
export function singular(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** The set of singular words of heading paths. */
export function headingVocabulary(headingPaths: Iterable<readonly string[]>): Set<string> {
  const out = new Set<string>();
  for (const path of headingPaths) for (const h of path) for (const w of words(h)) out.add(singular(w));
  return out;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether `text` mentions the phrase `ws` as whole words in order (a plural form counts). */
export function mentions(text: string, ws: readonly string[]): boolean {
  if (ws.length === 0) return true;
  const body = ws.map((w) => escape(singular(w)) + '(?:s|es)?').join('[\\s\\-_/.:]+');
  return new RegExp(`(?<![a-z0-9])${body}(?![a-z0-9])`, 'i').test(text);
}

function textOf(q: TopicText): string {
  return `${q.stem}\n${q.headings.join('\n')}\n${q.explanation}`;
}

/** Whether a question belongs to the topic (without the fallback, which needs the whole set). */
export function matchesTopic(query: TopicQuery, q: TopicText): boolean {
  const text = textOf(q);
  if (!query.words.every((w) => mentions(text, [w]))) return false;
  if (query.kind === 'headings') {
    const heads = q.headings.join('\n');
    return query.headingWords.every((w) => mentions(heads, [w]));
  }
  if (q.topics.some((t) => query.services.includes(t))) return true;
  const m = query.mentioning;
  return m !== undefined && q.topics.some((t) => m.services.includes(t)) && mentions(text, m.words);
}

/**
 * The rows that belong to the topic. When a nickname is mentioned by none of its services'
 * questions, the first service's questions count instead (with the other words still applied).
 */
export function selectTopic<T extends TopicText>(query: TopicQuery, rows: readonly T[]): T[] {
  const hits = rows.filter((r) => matchesTopic(query, r));
  if (hits.length > 0 || query.fallback.length === 0) return hits;
  const text = (r: T) => textOf(r);
  return rows.filter((r) => r.topics.some((t) => query.fallback.includes(t)) && query.words.every((w) => mentions(text(r), [w])));
}

/** Services named after `service` ("Amazon S3 Glacier" after "Amazon S3", "Amazon RDS Proxy" after "Amazon RDS"). */
export function familyOf(catalog: CatalogIndex, service: Service): string[] {
  const head = nameKey(service.short) + ' ';
  return catalog.services.filter((s) => s.id !== service.id && (nameKey(s.name).startsWith(head) || nameKey(s.short).startsWith(head))).map((s) => s.id);
}

function ownNames(s: Service): string[] {
  return [s.name, s.short, ...s.acronyms, s.id].map(nameKey);
}

/** The longest run of tokens that is a catalog name (or a service id), leftmost on ties. */
function findName(catalog: CatalogIndex, tokens: string[]): { start: number; end: number; ids: string[] } | undefined {
  for (let len = tokens.length; len >= 1; len--) {
    for (let start = 0; start + len <= tokens.length; start++) {
      const key = tokens.slice(start, start + len).join(' ');
      const ids = catalog.byName.get(key) ?? (catalog.byId.has(key.replace(/ /g, '-')) ? [key.replace(/ /g, '-')] : undefined);
      if (ids) return { start, end: start + len, ids };
    }
  }
  return undefined;
}

/** Resolve a topic phrase, or throw a UsageError with the closest topics ("did you mean ..."). */
export function resolveTopic(phrase: string, catalog: CatalogIndex, vocabulary: TopicVocabulary): TopicQuery {
  const shown = phrase.replace(/\s+/g, ' ').trim();
  const tokens = nameKey(shown).split(' ').filter((t) => t.length > 0);
  if (tokens.length === 0) throw new UsageError('the topic is empty; name a service or heading words, e.g. "awsq drill s3"');
  const base = { phrase: shown, mentioning: undefined, fallback: [] as string[], words: [] as string[], headingWords: [] as string[] };
  const hit = findName(catalog, tokens);
  if (hit) {
    const key = tokens.slice(hit.start, hit.end).join(' ');
    const rest = [...tokens.slice(0, hit.start), ...tokens.slice(hit.end)].filter((t) => /[a-z0-9]/.test(t));
    const primary = catalog.byId.get(hit.ids[0])!;
    const own = hit.ids.filter((id) => ownNames(catalog.byId.get(id)!).includes(key));
    // A nickname made of words of a service's own name ("glacier" for S3 Glacier) means all of that service.
    const inName = hit.ids.filter((id) => !own.includes(id) && key.split(' ').every((w) => nameKey(catalog.byId.get(id)!.name).split(' ').includes(w)));
    const services = [...new Set([...own.flatMap((id) => [id, ...familyOf(catalog, catalog.byId.get(id)!)]), ...inName])];
    const nicknamed = hit.ids.filter((id) => !services.includes(id));
    const named = own[0] ?? inName[0];
    const label = (named ? catalog.byId.get(named)!.short : `"${key}" (${primary.short})`) + (rest.length ? ` + ${rest.join(' ')}` : '');
    return {
      ...base,
      label,
      kind: 'service',
      services,
      mentioning: nicknamed.length > 0 ? { services: nicknamed, words: key.split(' ') } : undefined,
      fallback: services.length === 0 ? [primary.id] : [],
      words: rest,
    };
  }
  const known = tokens.filter((t) => /[a-z0-9]/.test(t));
  if (known.length > 0 && known.every((t) => vocabulary.headingWords.has(singular(t)))) {
    return { ...base, label: `headings: ${known.join(' ')}`, kind: 'headings', services: [], headingWords: known };
  }
  throw new UsageError(unknownMessage(shown, suggestTopics(shown, catalog, vocabulary)));
}

function unknownMessage(phrase: string, suggestions: string[]): string {
  const hint = suggestions.length > 0 ? ` Did you mean ${suggestions.map((s) => `"${s}"`).join(', ')}?` : '';
  return `unknown topic "${phrase}": no service or note heading by that name.${hint} "awsq topics" lists the topics that have questions.`;
}

/** Levenshtein distance between two short strings. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

/** How far `wanted` is from `name`: a prefix counts as 0.5; undefined when too far to suggest. */
function closeness(wanted: string, name: string): number | undefined {
  if (wanted.length >= 3 && name.startsWith(wanted)) return 0.5;
  const d = editDistance(wanted, name);
  const allowed = wanted.length <= 4 ? 1 : wanted.length <= 8 ? 2 : 3;
  return d <= allowed ? d : undefined;
}

/** Up to `max` topics closest to a phrase: catalog names of topics with questions, then heading words. */
export function suggestTopics(phrase: string, catalog: CatalogIndex, vocabulary: TopicVocabulary, max = 3): string[] {
  const wanted = nameKey(phrase);
  const scored: Array<{ text: string; score: number }> = [];
  for (const id of vocabulary.topics) {
    const service = catalog.byId.get(id);
    if (!service) continue;
    let best: number | undefined;
    for (const name of namesOf(service)) {
      const c = closeness(wanted, name);
      if (c !== undefined && (best === undefined || c < best)) best = c;
    }
    if (best !== undefined) scored.push({ text: drillName(catalog, service), score: best });
  }
  for (const w of vocabulary.headingWords) {
    // A heading word that names a service is suggested through the service.
    if (w.length < 3 || catalog.byName.has(w)) continue;
    const c = closeness(wanted, w);
    if (c !== undefined) scored.push({ text: w, score: c + 0.25 });
  }
  scored.sort((a, b) => a.score - b.score || a.text.length - b.text.length || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  return [...new Set(scored.map((s) => s.text))].slice(0, max);
}

/** A short name for a service on the command line that resolves back to it: its id when that works ("s3", "route-53"). */
export function drillName(catalog: CatalogIndex, service: Service): string {
  const options = [service.id, ...service.acronyms.map((a) => a.toLowerCase()), nameKey(service.short)];
  const works = options.filter((o) => {
    const ids = catalog.byName.get(nameKey(o)) ?? (catalog.byId.has(o) ? [o] : undefined);
    return ids?.[0] === service.id;
  });
  // The id when it works ("dynamodb", "route-53"), else the shortest other name.
  return works[0] === service.id ? service.id : (works.sort((a, b) => a.length - b.length)[0] ?? service.id);
}

/** The drill command for a topic name, quoted when it has spaces: `awsq drill "route 53"`. */
export function drillCommand(name: string): string {
  return `awsq drill ${/\s/.test(name) ? `"${name}"` : name}`;
}
