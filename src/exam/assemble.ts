/** Assembling an exam from the bank's candidates: quotas by domain, one per fingerprint, fresh first. */
import { AwsqError } from '../core/errors.js';
import { shuffle, type Rng } from '../core/random.js';
import type { CertSpec, Question } from '../core/types.js';
import { splitByWeight } from './quota.js';
import type { ExamItem } from './types.js';

/** What assembly needs to know about a question (no JSON parsing needed to get it). */
export interface Candidate {
  id: string;
  domain: number;
  fingerprint: string;
  /** Takes more than one answer ("Choose TWO"). */
  multi: boolean;
}

/** The parts of an exam spec assembly reads. */
export type ExamSpec = Pick<CertSpec, 'code' | 'questions' | 'minutes' | 'passScore' | 'domains'>;

/** Inputs of {@link assemble}. */
export interface AssembleInput {
  spec: ExamSpec;
  candidates: readonly Candidate[];
  /** Epoch ms a question was last answered, by id; unseen questions are preferred, then the longest unseen. */
  lastSeen: ReadonlyMap<string, number>;
  rng: Rng;
  /** Number of questions (default: the exam's). */
  count?: number;
  /** Time limit (default: the exam's, scaled to keep its minutes per question when only `count` is given). */
  minutes?: number;
  /** Domain split (default: largest remainder by weight). */
  quota?: (spec: ExamSpec, total: number) => number[];
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
export function examMinutes(spec: ExamSpec, total: number, minutes?: number): number {
  if (minutes !== undefined) return minutes;
  if (total === spec.questions) return spec.minutes;
  return Math.max(1, Math.round((spec.minutes * total) / spec.questions));
}

const defaultQuota = (spec: ExamSpec, total: number) => splitByWeight(spec.domains.map((d) => d.weight), total);

/** Order a domain's candidates: unseen first in random order, then seen, least recently first. */
function preferFresh(list: Candidate[], lastSeen: ReadonlyMap<string, number>, rng: Rng): Candidate[] {
  const unseen: Candidate[] = [];
  const seen: Candidate[] = [];
  for (const c of shuffle(list, rng)) (lastSeen.has(c.id) ? seen : unseen).push(c);
  seen.sort((a, b) => (lastSeen.get(a.id) as number) - (lastSeen.get(b.id) as number));
  return unseen.concat(seen);
}

/** A queue over ordered candidates that skips fingerprints already used. */
class Queue {
  private i = 0;
  constructor(private readonly items: Candidate[], private readonly used: Set<string>) {}
  next(): Candidate | undefined {
    while (this.i < this.items.length) {
      const c = this.items[this.i++];
      if (!this.used.has(c.fingerprint)) {
        this.used.add(c.fingerprint);
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
  const quota = (input.quota ?? defaultQuota)(spec, total);
  const share = input.multiShare ?? 0.15;
  const index = new Map(spec.domains.map((d, i) => [d.id, i]));
  const byDomain = spec.domains.map(() => ({ single: [] as Candidate[], multi: [] as Candidate[] }));
  for (const c of input.candidates) {
    const i = index.get(c.domain);
    if (i !== undefined) (c.multi ? byDomain[i].multi : byDomain[i].single).push(c);
  }
  const used = new Set<string>();
  const queues = byDomain.map((b) => ({
    single: new Queue(preferFresh(b.single, input.lastSeen, rng), used),
    multi: new Queue(preferFresh(b.multi, input.lastSeen, rng), used),
  }));

  const picks: Candidate[] = [];
  const shortfalls: Shortfall[] = [];
  spec.domains.forEach((d, i) => {
    const want = quota[i] ?? 0;
    const q = queues[i];
    const got: Candidate[] = [];
    const multiWant = Math.round(want * share);
    for (let c: Candidate | undefined; got.length < multiWant && (c = q.multi.next()); ) got.push(c);
    for (let c: Candidate | undefined; got.length < want && (c = q.single.next()); ) got.push(c);
    for (let c: Candidate | undefined; got.length < want && (c = q.multi.next()); ) got.push(c);
    if (got.length < want) shortfalls.push({ domain: d.id, name: d.name, wanted: want, available: got.length, keyServices: d.keyServices });
    picks.push(...got);
  });

  // Fill what short domains could not give from the others, heaviest domain first, one at a time.
  const order = spec.domains.map((d, i) => i).sort((a, b) => spec.domains[b].weight - spec.domains[a].weight || a - b);
  let progress = true;
  while (picks.length < total && progress) {
    progress = false;
    for (const i of order) {
      if (picks.length >= total) break;
      const c = queues[i].single.next() ?? queues[i].multi.next();
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

/** One line per short domain: how many it has, and which notes would help. */
export function describeShortfalls(shortfalls: readonly Shortfall[]): string[] {
  return shortfalls.map((s) => {
    const help = s.keyServices.length > 0 ? ` Notes on ${s.keyServices.slice(0, 5).join(', ')} would help.` : '';
    return `Domain ${s.domain} (${s.name}) has ${s.available} of the ${s.wanted} questions it should have; the rest come from other domains.${help}`;
  });
}
