/** Place a question in one domain of every exam it is in scope for, from its services and its subject. */
import { CAPITALISED_NAMES, PREFIXED_NAMES } from '../core/catalog.js';
import type { CertSpec, Placement, Question } from '../core/types.js';
import { fallbackDomain, isExamDomain } from './spec.js';

/** The parts of a question classification reads. */
export type Classifiable = Pick<Question, 'topics' | 'stem' | 'options' | 'answers' | 'explanation' | 'source'>;

// Scoring. The subject outweighs the service: an S3 question about encryption is a Security
// question even though S3 is a Development key service, so one subject word beats one key service.
/** Per distinct topic word of a domain found in the stem, correct answers or explanation. */
const SUBJECT = 5;
/** Extra per topic word found in the heading path: notes are organised by subject, so it is strong. */
const HEADING = 3;
/** At most this many topic words count per domain, so a long explanation cannot drown the service. */
const SUBJECT_CAP = 3;
/** A key service of the domain (split between domains that share it): the guide's own placement. */
const KEY = 2;
/** A service that lives in the domain by default (stored `related` list): weaker than a key service. */
const RELATED = 1;
/** The first topic is what the question is mainly about, so its services count double. */
const PRIMARY = 2;

/** Lower-case word tokens: separators (space, hyphen, slash, punctuation) all split. */
function tokenize(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9]+/).filter((t) => t.length > 0);
}

/** A phrase to find in token lists; its last token may be a prefix ("encrypt*"). */
interface Pattern<T> {
  tokens: string[];
  prefix: boolean;
  values: T[];
}

/** Finds phrases in token lists with map look-ups only (no regex scan per phrase). */
class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, Pattern<T>[]>();
  private readonly stems = new Map<string, Pattern<T>[]>();
  private readonly all = new Map<string, Pattern<T>>();
  private longestStem = 0;

  add(phrase: string, value: T): void {
    const prefix = phrase.trim().endsWith('*');
    const tokens = tokenize(phrase);
    if (tokens.length === 0) return;
    const key = `${tokens.join(' ')}${prefix ? '*' : ''}`;
    let p = this.all.get(key);
    if (!p) {
      p = { tokens, prefix, values: [] };
      this.all.set(key, p);
      const single = tokens.length === 1 && prefix;
      const map = single ? this.stems : this.byFirst;
      const list = map.get(tokens[0]) ?? [];
      list.push(p);
      map.set(tokens[0], list);
      if (single) this.longestStem = Math.max(this.longestStem, tokens[0].length);
    }
    p.values.push(value);
  }

  /** Every pattern found at least once in `tokens`. */
  find(tokens: string[]): Set<Pattern<T>> {
    const found = new Set<Pattern<T>>();
    for (let i = 0; i < tokens.length; i++) {
      const tok = tokens[i];
      for (const p of this.byFirst.get(tok) ?? []) if (this.matchesAt(p, tokens, i)) found.add(p);
      for (let k = Math.min(tok.length, this.longestStem); k > 0; k--) {
        for (const p of this.stems.get(tok.slice(0, k)) ?? []) found.add(p);
      }
    }
    return found;
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
}

interface Compiled {
  plans: CertPlan[];
  /** Topic words -> [cert index, domain index]. */
  words: PhraseMatcher<[number, number]>;
  /** Service names usable in heading paths -> catalog id. */
  names: PhraseMatcher<string>;
}

const compiledCache = new WeakMap<readonly CertSpec[], Compiled>();

function compile(certs: readonly CertSpec[]): Compiled {
  const cached = compiledCache.get(certs);
  if (cached) return cached;
  const words = new PhraseMatcher<[number, number]>();
  const names = new PhraseMatcher<string>();
  const plans = certs.map((spec, ci): CertPlan => {
    const keyCount = new Map<string, number>();
    for (const d of spec.domains) for (const id of new Set(d.services)) keyCount.set(id, (keyCount.get(id) ?? 0) + 1);
    const domains = spec.domains.map((d, di): DomainPlan => {
      for (const w of d.topicWords) words.add(w, [ci, di]);
      d.keyServices.forEach((name, k) => {
        const ids = isExamDomain(d) ? d.keyServiceIds[k] : [];
        if (ids.length === 1) addName(names, name, ids[0]);
      });
      return {
        id: d.id,
        key: new Map(d.services.map((id) => [id, 1 / (keyCount.get(id) ?? 1)])),
        related: new Set(isExamDomain(d) ? d.related : []),
      };
    });
    for (const id of spec.inScope) addName(names, id, id);
    return { code: spec.code, scope: new Set(spec.inScope), domains, fallback: fallbackDomain(spec) };
  });
  const compiled = { plans, words, names };
  compiledCache.set(certs, compiled);
  return compiled;
}

/**
 * Index a service name for heading look-up. Heading words are capitalised anyway, so names that are
 * everyday words ("Config", "Backup") only count after "AWS"/"Amazon" there.
 */
function addName(names: PhraseMatcher<string>, name: string, id: string): void {
  const bare = tokenize(name.replace(/^\s*(?:amazon|aws)\s+/i, '')).join(' ');
  if (bare.length === 0) return;
  if (CAPITALISED_NAMES.has(bare) || PREFIXED_NAMES.has(bare)) {
    names.add(`aws ${bare}`, id);
    names.add(`amazon ${bare}`, id);
  } else {
    names.add(bare, id);
  }
}

function textOf(q: Classifiable): string {
  const options = Array.isArray(q.options) ? q.options : [];
  const answers = Array.isArray(q.answers) ? q.answers : [];
  // Only correct answers: distractors name other subjects on purpose.
  const correct = answers.map((i) => options[i]).filter((o): o is string => typeof o === 'string');
  return [q.stem ?? '', ...correct, q.explanation ?? ''].join(' \n ');
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

/**
 * For each exam whose in-scope services include one of the question's topics (or, when it has no
 * topics, a service named in its heading path), the one domain the question belongs to.
 */
export function classify(q: Classifiable, certs: CertSpec[]): Placement[] {
  if (!q || !Array.isArray(certs) || certs.length === 0) return [];
  const { plans, words, names } = compile(certs);
  const headTokens = tokenize((q.source?.headings ?? []).join(' \n '));
  let topics = Array.isArray(q.topics) ? q.topics : [];
  if (topics.length === 0) {
    // No topics (e.g. the extractor found no service in the fact): the heading path still says
    // which service the note section is about.
    topics = [...new Set([...names.find(headTokens)].flatMap((p) => p.values))];
  }
  if (topics.length === 0) return [];
  const headWords = words.find(headTokens);
  const bodyWords = words.find(tokenize(textOf(q)));
  const placements: Placement[] = [];
  plans.forEach((plan, ci) => {
    const scoped = topics.filter((t) => plan.scope.has(t));
    if (scoped.length === 0) return;
    const hits = plan.domains.map(() => 0);
    const bonus = plan.domains.map(() => 0);
    for (const p of new Set([...headWords, ...bodyWords])) {
      for (const [c, d] of p.values) {
        if (c !== ci) continue;
        hits[d] += 1;
        if (headWords.has(p)) bonus[d] += 1;
      }
    }
    const scores = plan.domains.map((d, di) => {
      let s = SUBJECT * Math.min(hits[di], SUBJECT_CAP) + HEADING * Math.min(bonus[di], SUBJECT_CAP);
      scoped.forEach((t, j) => {
        const weight = j === 0 ? PRIMARY : 1;
        const share = d.key.get(t);
        if (share !== undefined) s += KEY * weight * share;
        else if (d.related.has(t)) s += RELATED * weight;
      });
      return s;
    });
    placements.push({ cert: plan.code, domain: bestDomain(plan, scores, scoped[0]) });
  });
  return placements;
}
