/** Place a question in one domain of every exam it is in scope for, from its services and its subject. */
import { CAPITALISED_NAMES, findServices, nameKey, PREFIXED_NAMES, UPPERCASE_NAMES, type CatalogIndex } from '../core/catalog.js';
import type { CertSpec, Placement, Question } from '../core/types.js';
import { loadCatalog } from './data.js';
import { fallbackDomain, isExamDomain, outOfScopeOf } from './spec.js';

/** The parts of a question classification reads. */
export type Classifiable = Pick<Question, 'topics' | 'stem' | 'options' | 'answers' | 'explanation' | 'source'>;

// Scoring. The subject outweighs the service: an S3 question about encryption is a Security
// question even though S3 is a Development key service, so one subject word beats one key service.
/** Per distinct topic word of a domain found in the stem, correct answers or explanation. */
const SUBJECT = 5;
/** Extra per topic word in the deepest heading: notes are organised by subject, so it is strong. */
const HEADING = 3;
/** Extra per topic word in the stem: it names what is asked, while the fact may ramble on. */
const STEM = 3;
/**
 * Per topic word found only in the upper headings: chapter titles such as "Repos, Deployment,
 * Builds, and CI/CD" group several services, so they say little about one section's subject.
 */
const ANCESTOR = 1;
/** At most this many topic words count per domain, so a long explanation cannot drown the service. */
const SUBJECT_CAP = 3;
/** A key service of the domain (split between domains that share it): the guide's own placement. */
const KEY = 2;
/** A service that lives in the domain by default (stored `related` list): weaker than a key service. */
const RELATED = 1;
/** The first topic is what the question is mainly about, so its services count double. */
const PRIMARY = 2;

/**
 * Lower-case word tokens: separators (space, hyphen, slash, punctuation) all split. A currency sign
 * before a number becomes the word "dollar", so that "$1.00 for 600k GB/sec" reads as a price.
 */
function tokenize(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[$€£](?=\s?\d)/g, ' dollar ')
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 0);
}

/** A phrase to find in token lists; its last token may be a prefix ("encrypt*"). */
interface Pattern<T> {
  tokens: string[];
  prefix: boolean;
  values: T[];
  /** Bit set of the exams (by index) the values belong to, for topic words; 0 elsewhere. */
  certs: number;
}

/** How many tokens' prefix matches a matcher remembers before starting afresh. */
const STEM_MEMO = 50_000;

/** A pattern found at token `at`. */
interface Occurrence<T> {
  at: number;
  p: Pattern<T>;
}

/** Of overlapping occurrences (in token order) the longest, its words used up. */
function longest<T>(found: Occurrence<T>[]): Occurrence<T>[] {
  const kept: Occurrence<T>[] = [];
  let next = 0;
  for (let i = 0; i < found.length; ) {
    const at = found[i].at;
    let best = found[i];
    for (; i < found.length && found[i].at === at; i++) if (found[i].p.tokens.length > best.p.tokens.length) best = found[i];
    if (at < next) continue;
    kept.push(best);
    next = at + best.p.tokens.length;
  }
  return kept;
}

/** Finds phrases in token lists with map look-ups only (no regex scan per phrase). */
class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, Pattern<T>[]>();
  private readonly stems = new Map<string, Pattern<T>[]>();
  private readonly all = new Map<string, Pattern<T>>();
  private longestStem = 0;
  private readonly stemHits = new Map<string, Pattern<T>[]>();

  add(phrase: string, value: T): void {
    const prefix = phrase.trim().endsWith('*');
    const tokens = tokenize(phrase);
    if (tokens.length === 0) return;
    const key = `${tokens.join(' ')}${prefix ? '*' : ''}`;
    let p = this.all.get(key);
    if (!p) {
      p = { tokens, prefix, values: [], certs: 0 };
      this.all.set(key, p);
      const single = tokens.length === 1 && prefix;
      const map = single ? this.stems : this.byFirst;
      const list = map.get(tokens[0]) ?? [];
      list.push(p);
      map.set(tokens[0], list);
      if (single) this.longestStem = Math.max(this.longestStem, tokens[0].length);
    }
    p.values.push(value);
    this.stemHits.clear();
  }

  /** Every pattern added. */
  patterns(): Iterable<Pattern<T>> {
    return this.all.values();
  }

  /** Every place a pattern starts in `tokens`, in token order (overlapping phrases all listed). */
  occurrences(tokens: string[]): Occurrence<T>[] {
    const found: Occurrence<T>[] = [];
    for (let at = 0; at < tokens.length; at++) {
      const tok = tokens[at];
      for (const p of this.byFirst.get(tok) ?? []) if (this.matchesAt(p, tokens, at)) found.push({ at, p });
      for (const p of this.stemsOf(tok)) found.push({ at, p });
    }
    return found;
  }

  /** The one-token prefix patterns a token starts with; remembered, as the vocabulary of notes is small. */
  private stemsOf(tok: string): Pattern<T>[] {
    let hits = this.stemHits.get(tok);
    if (hits) return hits;
    hits = [];
    for (let k = Math.min(tok.length, this.longestStem); k > 0; k--) hits.push(...(this.stems.get(tok.slice(0, k)) ?? []));
    if (this.stemHits.size >= STEM_MEMO) this.stemHits.clear();
    this.stemHits.set(tok, hits);
    return hits;
  }

  /** `tokens` with every phrase found replaced by a line break, so no other phrase spans its place. */
  strip(tokens: string[]): string[] {
    const kept = [...tokens];
    for (const { at, p } of longest(this.occurrences(tokens))) kept.fill('\n', at, at + p.tokens.length);
    return kept;
  }

  private matchesAt(p: Pattern<T>, tokens: string[], at: number): boolean {
    const n = p.tokens.length;
    if (at + n > tokens.length) return false;
    for (let j = 1; j < n; j++) {
      const want = p.tokens[j];
      const got = tokens[at + j];
      const last = j === n - 1;
      if (last && p.prefix ? !got.startsWith(want) : got !== want) return false;
    }
    // A one-token prefix pattern stored in byFirst cannot happen; an exact one must match whole.
    return n > 1 || !p.prefix;
  }
}

interface DomainPlan {
  id: number;
  /** Key service id -> its share (1 / number of domains naming it as key). */
  key: Map<string, number>;
  related: Set<string>;
}

interface CertPlan {
  code: string;
  scope: Set<string>;
  domains: DomainPlan[];
  fallback: number;
  /** Per stored exclusion: the services it applies to (empty: any), whether it needs a word, a figure. */
  exclusions: { services: Set<string>; needsWord: boolean; figures: boolean }[];
}

/** A topic word of one domain; `services`, when set, must include one of the question's topics. */
interface WordRef {
  cert: number;
  domain: number;
  services?: Set<string>;
}

interface Compiled {
  plans: CertPlan[];
  words: PhraseMatcher<WordRef>;
  /** Topic words of a heading (or heading path) text, per catalog; headings recur for every fact. */
  headingParts: WeakMap<CatalogIndex, Map<string, Part>>;
  /** Exclusion words -> [cert index, exclusion index]. */
  excluded: PhraseMatcher<[number, number]>;
}

/** The bit of an exam in `Pattern.certs`; exams past the 31st share the top bit (values say which). */
function certBit(ci: number): number {
  return 1 << Math.min(ci, 30);
}

const compiledCache = new WeakMap<readonly CertSpec[], Compiled>();

function compile(certs: readonly CertSpec[]): Compiled {
  const cached = compiledCache.get(certs);
  if (cached) return cached;
  const words = new PhraseMatcher<WordRef>();
  const excluded = new PhraseMatcher<[number, number]>();
  const plans = certs.map((spec, ci): CertPlan => {
    const keyCount = new Map<string, number>();
    for (const d of spec.domains) for (const id of new Set(d.services)) keyCount.set(id, (keyCount.get(id) ?? 0) + 1);
    const domains = spec.domains.map((d, di): DomainPlan => {
      for (const w of d.topicWords) words.add(w, { cert: ci, domain: di });
      for (const sw of isExamDomain(d) ? d.serviceWords : []) {
        const services = new Set(sw.services);
        for (const w of sw.words) words.add(w, { cert: ci, domain: di, services });
      }
      return {
        id: d.id,
        key: new Map(d.services.map((id) => [id, 1 / (keyCount.get(id) ?? 1)])),
        related: new Set(isExamDomain(d) ? d.related : []),
      };
    });
    const exclusions = outOfScopeOf(spec).map((x, xi) => {
      for (const w of x.words) excluded.add(w, [ci, xi]);
      return { services: new Set(x.services), needsWord: x.words.length > 0, figures: x.figures === true };
    });
    return { code: spec.code, scope: new Set(spec.inScope), domains, fallback: fallbackDomain(spec), exclusions };
  });
  for (const p of words.patterns()) for (const v of p.values) p.certs |= certBit(v.cert);
  const compiled = { plans, words, excluded, headingParts: new WeakMap<CatalogIndex, Map<string, Part>>() };
  compiledCache.set(certs, compiled);
  return compiled;
}

/**
 * Headings are title-cased, so a capital says nothing there: lower-case Title words (keeping
 * acronyms such as SAM or SQS) so that names which are everyday words ("Health Monitoring",
 * "Config") only count after "AWS"/"Amazon", as the catalog's guard lists intend.
 */
function untitle(heading: string): string {
  return heading.replace(/\b[A-Z][a-z]+\b/g, (w) => w.toLowerCase());
}

const ownNamesCache = new WeakMap<CatalogIndex, PhraseMatcher<string>>();

/**
 * The services' own names (not aliases: those name features, such as "lambda layer"), to strip
 * from the text before looking for subject words. A service's name is not its subject: "Simple
 * Queue Service" says nothing about queues beyond the service, which already counts as a service,
 * and "Kinesis Data Stream Security" is about security. Names that are everyday words stay.
 */
function ownNames(catalog: CatalogIndex): PhraseMatcher<string> {
  let names = ownNamesCache.get(catalog);
  if (names) return names;
  names = new PhraseMatcher<string>();
  for (const s of catalog.services) {
    for (const name of [s.name, s.short, ...s.acronyms]) {
      const key = nameKey(name);
      // One-word names stay: acronyms are part of subject phrases ("KMS key", "IAM policy").
      if (!key.includes(' ') || CAPITALISED_NAMES.has(key) || PREFIXED_NAMES.has(key) || UPPERCASE_NAMES.has(key)) continue;
      names.add(key, s.id);
      // Notes say "Kinesis Data Stream" as often as "Kinesis Data Streams".
      if (key.endsWith('s') && key.length > 3) names.add(key.slice(0, -1), s.id);
    }
  }
  ownNamesCache.set(catalog, names);
  return names;
}

const headingCache = new WeakMap<CatalogIndex, Map<string, string[]>>();

/** Catalog ids named in one heading (cached: the same headings recur for every fact of a section). */
function servicesInHeading(catalog: CatalogIndex, heading: string): string[] {
  let cache = headingCache.get(catalog);
  if (!cache) headingCache.set(catalog, (cache = new Map()));
  let ids = cache.get(heading);
  if (!ids) {
    const text = untitle(heading);
    ids = findServices(catalog, text);
    // Section titles pluralise freely ("AWS Directory Services"); try singulars before giving up.
    if (ids.length === 0) ids = findServices(catalog, text.replace(/\b([A-Za-z]{3,}[^sS\W])s\b/g, '$1'));
    cache.set(heading, ids);
  }
  return ids;
}

/**
 * The services the question is mainly about. The deepest heading that names a service wins: a
 * section "IAM Advanced > AWS Organizations" is about Organizations, although IAM comes first in
 * the topics (they follow the order of mention, top heading first). Without such a heading the
 * first topic stands.
 */
function subjectOf(headings: string[], topics: string[], catalog: CatalogIndex): string[] {
  for (let i = headings.length - 1; i >= 0; i--) {
    const named = servicesInHeading(catalog, headings[i]);
    if (named.length === 0) continue;
    const known = named.filter((id) => topics.includes(id));
    return known.length > 0 ? known : named;
  }
  return topics.slice(0, 1);
}

/**
 * Tokens of the stem, then of the correct answers, then of the fact, with a line break between;
 * `figure` says whether a correct answer is a figure (has a digit).
 */
function tokensOf(q: Classifiable): { tokens: string[]; stemEnd: number; askedEnd: number; figure: boolean } {
  const options = Array.isArray(q.options) ? q.options : [];
  const answers = Array.isArray(q.answers) ? q.answers : [];
  // Only correct answers: distractors name other subjects on purpose.
  const correct = answers.map((i) => options[i]).filter((o): o is string => typeof o === 'string');
  const stem = tokenize(typeof q.stem === 'string' ? q.stem : '');
  const asked = [...stem, '\n', ...tokenize(correct.join(' \n '))];
  const tokens = [...asked, '\n', ...tokenize(typeof q.explanation === 'string' ? q.explanation : '')];
  return { tokens, stemEnd: stem.length, askedEnd: asked.length, figure: correct.some((o) => /\d/.test(o)) };
}

/**
 * Chapter titles that the stem repeats as its context ("In the context of AWS Monitoring & Audit,
 * ...", "... about X (Docker in AWS)") are blanked there: they still count as upper headings, but a
 * chapter that groups several services says little about what is asked. One-word titles stay, as
 * they are often the very subject ("Security").
 */
function blankChapters(tokens: string[], stemEnd: number, chapters: string[]): void {
  for (const chapter of chapters) {
    const words = tokenize(chapter);
    if (words.length < 2) continue;
    for (let at = 0; at + words.length <= stemEnd; at++) {
      if (words.every((w, j) => tokens[at + j] === w)) tokens.fill('\n', at, at + words.length);
    }
  }
}

function bestDomain(plan: CertPlan, scores: number[], primary: string): number {
  let best = -1;
  for (let d = 0; d < scores.length; d++) {
    if (best < 0 || scores[d] > scores[best]) best = d;
    else if (scores[d] === scores[best] && prefer(plan, d, best, primary)) best = d;
  }
  return plan.domains[best].id;
}

/** On a tie: the domain that owns the primary topic, then the spec's fallback, then the earlier one. */
function prefer(plan: CertPlan, d: number, than: number, primary: string): boolean {
  const owns = (i: number): number => (plan.domains[i].key.has(primary) ? 2 : plan.domains[i].related.has(primary) ? 1 : 0);
  if (owns(d) !== owns(than)) return owns(d) > owns(than);
  return plan.domains[d].id === plan.fallback && plan.domains[than].id !== plan.fallback;
}

/** The topic words found in one part of a question: pattern -> bit set of the exams it counts for. */
type Part = Map<Pattern<WordRef>, number>;

/** Phrases are at most this many tokens long, so containment is only looked for this far back. */
const LONGEST_PHRASE = 8;

/**
 * Where phrases overlap the longest wins for the exams it belongs to: for DVA-C02 "message filter
 * policy" is a filter policy, not also a message, and "log stream" a log, not also a stream. An
 * exam without the longer phrase keeps the shorter word ("KMS" stays a DBS-C01 security word
 * although "KMS key" is a DVA-C02 one).
 */
function partOf(occ: Occurrence<WordRef>[]): Part {
  const part: Part = new Map();
  occ.forEach((o, i) => {
    const end = o.at + o.p.tokens.length;
    let hidden = 0;
    for (let j = i - 1; j >= 0 && occ[j].at > o.at - LONGEST_PHRASE; j--) {
      const other = occ[j];
      if (other.p.tokens.length > o.p.tokens.length && other.at + other.p.tokens.length >= end) hidden |= other.p.certs;
    }
    for (let j = i + 1; j < occ.length && occ[j].at === o.at; j++) {
      if (occ[j].p.tokens.length > o.p.tokens.length) hidden |= occ[j].p.certs;
    }
    const counts = o.p.certs & ~hidden;
    if (counts !== 0) part.set(o.p, (part.get(o.p) ?? 0) | counts);
  });
  return part;
}

/** Topic words found in the leaf heading, the other headings, the stem, the whole text. */
interface Found {
  leaf: Part;
  ancestors: Part;
  stem: Part;
  body: Part;
}

/** Domain scores of one exam from the subject words found and the question's in-scope services. */
function scoreDomains(plan: CertPlan, ci: number, found: Found, ordered: string[], main: Set<string>): number[] {
  const n = plan.domains.length;
  const bit = certBit(ci);
  const has = (part: Part, p: Pattern<WordRef>): boolean => ((part.get(p) ?? 0) & bit) !== 0;
  const hits = new Array<number>(n).fill(0);
  const leaf = new Array<number>(n).fill(0);
  const stem = new Array<number>(n).fill(0);
  const above = new Array<number>(n).fill(0);
  for (const p of new Set([...found.leaf.keys(), ...found.ancestors.keys(), ...found.body.keys()])) {
    if (!has(found.leaf, p) && !has(found.ancestors, p) && !has(found.body, p)) continue;
    for (const ref of p.values) {
      if (ref.cert !== ci) continue;
      if (ref.services && !ordered.some((t) => ref.services!.has(t))) continue;
      if (has(found.body, p) || has(found.leaf, p)) hits[ref.domain] += 1;
      else above[ref.domain] += 1;
      if (has(found.leaf, p)) leaf[ref.domain] += 1;
      if (has(found.stem, p)) stem[ref.domain] += 1;
    }
  }
  return plan.domains.map((d, di) => {
    const cap = (k: number): number => Math.min(k, SUBJECT_CAP);
    let s = SUBJECT * cap(hits[di]) + HEADING * cap(leaf[di]) + STEM * cap(stem[di]) + ANCESTOR * cap(above[di]);
    for (const t of ordered) {
      const weight = main.has(t) ? PRIMARY : 1;
      const share = d.key.get(t);
      if (share !== undefined) s += KEY * weight * share;
      else if (d.related.has(t)) s += RELATED * weight;
    }
    return s;
  });
}

/**
 * For each exam that covers what the question is mainly about (its subject service in scope, and no
 * exclusion of the exam matching), the one domain the question belongs to. `catalog` finds the
 * services named in headings; it defaults to the bundled catalog.
 */
export function classify(q: Classifiable, certs: CertSpec[], catalog: CatalogIndex = loadCatalog()): Placement[] {
  if (!q || !Array.isArray(certs) || certs.length === 0) return [];
  const { plans, words, excluded, headingParts: compiledParts } = compile(certs);
  const headings = (Array.isArray(q.source?.headings) ? q.source.headings : []).filter((h): h is string => typeof h === 'string');
  let topics = Array.isArray(q.topics) ? q.topics : [];
  if (topics.length === 0) {
    // No topics (e.g. the extractor found no service in the fact): the heading path still says
    // which service the note section is about.
    topics = [...new Set(headings.flatMap((h) => servicesInHeading(catalog, h)))];
  }
  if (topics.length === 0) return [];
  const subject = subjectOf(headings, topics, catalog);
  const names = ownNames(catalog);
  let headingParts = compiledParts.get(catalog);
  if (!headingParts) compiledParts.set(catalog, (headingParts = new Map()));
  const headingPart = (text: string): Part => {
    let part = headingParts!.get(text);
    if (!part) {
      part = partOf(words.occurrences(names.strip(tokenize(text))));
      if (headingParts!.size >= STEM_MEMO) headingParts!.clear();
      headingParts!.set(text, part);
    }
    return part;
  };
  const { tokens, stemEnd, askedEnd, figure } = tokensOf(q);
  // Exclusions read what is asked, not the whole fact: a note on Glacier tiers may mention prices
  // in passing, while a question asking for a discount is about pricing.
  const asked = [...tokenize(headings.join(' \n ')), '\n', ...tokens.slice(0, askedEnd)];
  blankChapters(tokens, stemEnd, headings.slice(0, -1));
  // Service names are blanked in place, so positions still say what is stem and what is fact.
  const body = words.occurrences(names.strip(tokens));
  const found: Found = {
    leaf: headingPart(headings[headings.length - 1] ?? ''),
    ancestors: headingPart(headings.slice(0, -1).join(' \n ')),
    stem: partOf(body.filter((o) => o.at + o.p.tokens.length <= stemEnd)),
    body: partOf(body),
  };
  const excludedBy = new Set<string>();
  for (const { p } of excluded.occurrences(asked)) for (const [c, x] of p.values) excludedBy.add(`${c}:${x}`);
  const placements: Placement[] = [];
  plans.forEach((plan, ci) => {
    const main = new Set(subject.filter((t) => plan.scope.has(t)));
    if (main.size === 0) return;
    const ruledOut = plan.exclusions.some(
      (x, xi) =>
        (x.services.size === 0 || subject.some((t) => x.services.has(t))) &&
        (!x.needsWord || excludedBy.has(`${ci}:${xi}`)) &&
        (!x.figures || figure),
    );
    if (ruledOut) return;
    const ordered = [...main, ...topics.filter((t) => plan.scope.has(t) && !main.has(t))];
    const scores = scoreDomains(plan, ci, found, ordered, main);
    placements.push({ cert: plan.code, domain: bestDomain(plan, scores, ordered[0]) });
  });
  return placements;
}
