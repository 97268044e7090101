/** Assembling an exam from the bank's candidates: quotas by domain, one per fact, no two that overlap, fresh first. */
import { AwsqError } from '../core/errors.js';
import { shuffle, type Rng } from '../core/random.js';
import type { CertSpec, Question } from '../core/types.js';
import { domainQuota } from '../certs/coverage.js';
import type { ExamItem } from './types.js';
import { overlap, type Gist } from './overlap.js';

/** What assembly needs to know about a question (no JSON parsing needed to get it). */
export interface Candidate {
  id: string;
  domain: number;
  fingerprint: string;
  /** Takes more than one answer ("Choose TWO"). */
  multi: boolean;
  /** What it shows and asks; without it, only its fingerprint keeps it apart from the others. */
  gist?: Gist;
}

/** Details of an exam-eligible question: what assembly checks once it has drawn the id. */
export interface CandidateDetails {
  fingerprint: string;
  multi: boolean;
  /** Epoch ms the question was last answered; undefined when never. */
  lastSeen?: number;
  gist?: Gist;
}

/**
 * The questions in scope, looked up lazily so a large bank is never read whole:
 * ids per domain (in a stable order), and the details of one id (undefined when not exam-eligible).
 */
export interface CandidatePool {
  ids: ReadonlyMap<number, readonly string[]>;
  get(id: string): CandidateDetails | undefined;
}

/** A pool over plain arrays (tests, small banks). */
export function poolFromList(candidates: readonly Candidate[], lastSeen: ReadonlyMap<string, number> = new Map()): CandidatePool {
  const ids = new Map<number, string[]>();
  const byId = new Map<string, CandidateDetails>();
  for (const c of candidates) {
    if (byId.has(c.id)) continue;
    const list = ids.get(c.domain) ?? [];
    list.push(c.id);
    ids.set(c.domain, list);
    byId.set(c.id, { fingerprint: c.fingerprint, multi: c.multi, lastSeen: lastSeen.get(c.id), ...(c.gist ? { gist: c.gist } : {}) });
  }
  return { ids, get: (id) => byId.get(id) };
}

/** Inputs of {@link assemble}. */
export interface AssembleInput {
  spec: CertSpec;
  /** Questions in scope; unseen ones are preferred, then the longest unseen. */
  pool: CandidatePool;
  rng: Rng;
  /** Number of questions (default: the exam's). */
  count?: number;
  /** Time limit (default: the exam's, scaled to keep its minutes per question when only `count` is given). */
  minutes?: number;
  /** Domain split (default: the certs module's largest-remainder split by weight). */
  quota?: (spec: CertSpec, total: number) => number[];
  /** Share of "Choose N" questions aimed for in each domain (default 0.15). */
  multiShare?: number;
}

/** A domain the bank could not fill to its quota. */
export interface Shortfall {
  domain: number;
  name: string;
  wanted: number;
  available: number;
  keyServices: string[];
}

/** An assembled exam: the questions in exam order and its settings. */
export interface Assembly {
  cert: string;
  total: number;
  minutes: number;
  passScore: number;
  quota: number[];
  picks: Candidate[];
  shortfalls: Shortfall[];
}

/** Minutes for an exam of `total` questions: explicit, else the exam's minutes per question (at least 1). */
export function examMinutes(spec: CertSpec, total: number, minutes?: number): number {
  if (minutes !== undefined) return minutes;
  if (total === spec.questions) return spec.minutes;
  return Math.max(1, Math.round((spec.minutes * total) / spec.questions));
}

/** What an exam has taken so far: one question per fact, and none that overlaps another (see overlap.ts). */
class Taken {
  private readonly fingerprints = new Set<string>();
  private readonly gists: Gist[] = [];

  /** Would `c` ask a fact already asked, or overlap a question already taken? */
  blocks(c: { fingerprint: string; gist?: Gist }): boolean {
    if (this.fingerprints.has(c.fingerprint)) return true;
    const g = c.gist;
    return g !== undefined && this.gists.some((t) => overlap(t, g));
  }

  add(c: Candidate): void {
    this.fingerprints.add(c.fingerprint);
    if (c.gist) this.gists.push(c.gist);
  }
}

/** Draws from one domain: unseen questions in random order (drawn lazily), then seen ones, least recent first. */
class DomainDraw {
  private readonly ids: string[];
  private i = 0;
  private readonly single: Candidate[] = [];
  private readonly multi: Candidate[] = [];
  private readonly seen: Candidate[] = [];
  private seenSorted = false;

  constructor(
    private readonly domain: number,
    ids: readonly string[],
    private readonly pool: CandidatePool,
    private readonly rng: Rng,
    private readonly taken: Taken,
  ) {
    this.ids = ids.slice();
  }

  /** The next unseen candidate of a kind (any kind when undefined), drawing at most `budget` new ids. */
  unseen(kind: 'single' | 'multi' | undefined, budget = Infinity): Candidate | undefined {
    for (;;) {
      const c = this.fromBucket(kind);
      if (c) return c;
      if (this.i >= this.ids.length || budget-- <= 0) return undefined;
      const j = this.i + Math.floor(this.rng() * (this.ids.length - this.i));
      const id = this.ids[j];
      this.ids[j] = this.ids[this.i];
      this.ids[this.i++] = id;
      const d = this.pool.get(id);
      if (!d || this.taken.blocks(d)) continue;
      const cand: Candidate & { lastSeen?: number } = { id, domain: this.domain, fingerprint: d.fingerprint, multi: d.multi, ...(d.gist ? { gist: d.gist } : {}) };
      if (d.lastSeen !== undefined) this.seen.push(Object.assign(cand, { lastSeen: d.lastSeen }));
      else (d.multi ? this.multi : this.single).push(cand);
    }
  }

  /** The least recently seen candidate; call only once `unseen()` (any kind, no budget) has run dry. */
  leastRecent(): Candidate | undefined {
    const seen = this.seen as Array<Candidate & { lastSeen: number }>;
    if (!this.seenSorted) {
      seen.sort((a, b) => b.lastSeen - a.lastSeen);
      this.seenSorted = true;
    }
    while (seen.length > 0) {
      const c = seen.pop() as Candidate & { lastSeen?: number };
      if (this.taken.blocks(c)) continue;
      this.taken.add(c);
      delete c.lastSeen;
      return c;
    }
    return undefined;
  }

  private fromBucket(kind: 'single' | 'multi' | undefined): Candidate | undefined {
    const buckets = kind === 'single' ? [this.single] : kind === 'multi' ? [this.multi] : [this.single, this.multi];
    for (const b of buckets) {
      while (b.length > 0) {
        const c = b.shift() as Candidate;
        if (this.taken.blocks(c)) continue;
        this.taken.add(c);
        return c;
      }
    }
    return undefined;
  }
}

/** Assemble an exam, or throw an AwsqError when the bank cannot make one of the size asked for. */
export function assemble(input: AssembleInput): Assembly {
  const { spec, rng } = input;
  const total = input.count ?? spec.questions;
  const quota = (input.quota ?? domainQuota)(spec, total);
  const share = input.multiShare ?? 0.15;
  // One pass of domain quotas, domains served in `order`; what is taken is shared across domains.
  const quotaPass = (order: number[]) => {
    const taken = new Taken();
    const draws = spec.domains.map((d) => new DomainDraw(d.id, input.pool.ids.get(d.id) ?? [], input.pool, rng, taken));
    const take = (i: number, kind?: 'single' | 'multi', budget?: number) => draws[i].unseen(kind, budget) ?? (kind ? undefined : draws[i].leastRecent());
    const picks: Candidate[] = [];
    const shortfalls: Shortfall[] = [];
    for (const i of order) {
      const d = spec.domains[i];
      const want = quota[i] ?? 0;
      const got: Candidate[] = [];
      const multiWant = Math.round(want * share);
      // Look a bounded way for "Choose N" questions so a bank with few of them is not read whole.
      for (let c: Candidate | undefined; got.length < multiWant && (c = take(i, 'multi', 40 * multiWant + 40)); ) got.push(c);
      for (let c: Candidate | undefined; got.length < want && (c = take(i, 'single')); ) got.push(c);
      for (let c: Candidate | undefined; got.length < want && (c = take(i)); ) got.push(c);
      if (got.length < want) shortfalls.push({ domain: d.id, name: d.name, wanted: want, available: got.length, keyServices: d.keyServices });
      picks.push(...got);
    }
    shortfalls.sort((a, b) => a.domain - b.domain);
    return { picks, shortfalls, take };
  };
  const inOrder = spec.domains.map((_, i) => i);
  let pass = quotaPass(inOrder);
  if (pass.shortfalls.length > 0) {
    // A fact placed in two domains may have been spent where it was not needed: let the short domains choose first.
    const short = new Set(pass.shortfalls.map((s) => spec.domains.findIndex((d) => d.id === s.domain)));
    const retry = quotaPass([...short, ...inOrder.filter((i) => !short.has(i))]);
    const missing = (p: typeof pass) => p.shortfalls.reduce((n, s) => n + s.wanted - s.available, 0);
    if (missing(retry) < missing(pass)) pass = retry;
  }
  const { picks, shortfalls, take } = pass;

  // Fill what short domains could not give from the others, heaviest domain first, one at a time.
  const order = spec.domains.map((_, i) => i).sort((a, b) => spec.domains[b].weight - spec.domains[a].weight || a - b);
  let progress = true;
  while (picks.length < total && progress) {
    progress = false;
    for (const i of order) {
      if (picks.length >= total) break;
      const c = take(i);
      if (c) {
        picks.push(c);
        progress = true;
      }
    }
  }
  if (picks.length === 0) {
    throw new AwsqError(`the bank has no exam-ready questions for ${spec.code}; build notes on its services first ("awsq build <folder>"), then see "awsq certs".`);
  }
  if (picks.length < total) {
    throw new AwsqError(
      `the bank has only ${picks.length} distinct exam-ready questions for ${spec.code}, and this exam needs ${total}. Use --count ${picks.length} for a shorter exam, or build more notes ("awsq build <folder>").`,
    );
  }
  return { cert: spec.code, total, minutes: examMinutes(spec, total, input.minutes), passScore: spec.passScore, quota, picks: shuffle(picks, rng), shortfalls };
}

/** The exam's items: each picked question with its options shuffled (the permutation is kept). */
export function makeItems(picks: readonly Candidate[], questions: ReadonlyMap<string, Question>, rng: Rng): ExamItem[] {
  return picks.map((p) => {
    const q = questions.get(p.id);
    if (!q) throw new AwsqError(`question ${p.id} disappeared from the bank while the exam was being assembled; try again.`);
    const order = shuffle(q.options.map((_, i) => i), rng);
    return {
      questionId: q.id,
      domain: p.domain,
      kind: q.kind,
      stem: q.stem,
      options: order.map((o) => q.options[o]),
      answers: q.answers.map((a) => order.indexOf(a)).sort((a, b) => a - b),
      order,
      explanation: q.explanation,
      source: q.source,
      fingerprint: q.fingerprint,
    };
  });
}

/** One line per short domain: how many it has, and which notes would help (`help` by domain id overrides its key services). */
export function describeShortfalls(shortfalls: readonly Shortfall[], help: ReadonlyMap<number, readonly string[]> = new Map()): string[] {
  return shortfalls.map((s) => {
    const services = help.get(s.domain) ?? s.keyServices;
    const hint = services.length > 0 ? ` Notes on ${services.slice(0, 5).join(', ')} would help.` : '';
    return `Domain ${s.domain} (${s.name}) has ${s.available} of the ${s.wanted} questions it should have; the rest come from other domains.${hint}`;
  });
}
