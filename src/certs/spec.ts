/** The exam spec as stored in data/certs: the shared CertSpec plus what classification and coverage need. */
import type { CertSpec, Domain } from '../core/types.js';

/** Subject words that point to a domain only when the question involves one of `services`. */
export interface ServiceWords {
  /** Why the words need the services (documentation only). */
  why?: string;
  /** Catalog ids; the words count when any of the question's in-scope topics is one of them. */
  services: string[];
  /** Topic words, same syntax as `topicWords` (a trailing `*` matches any ending). */
  words: string[];
}

/** A subject an exam does not cover although its service is in scope: such questions stay out. */
export interface ScopeExclusion {
  /** Why the exam leaves this subject out (documentation only). */
  why: string;
  /** Applies when the question is mainly about one of these services; empty: any service. */
  services: string[];
  /** Applies when one of these words is in the headings, stem or correct answers; empty: always. */
  words: string[];
  /**
   * Applies only when a correct answer is a figure (has a digit), default false: "15 replicas" is
   * replica-count trivia while "a reader endpoint spreads reads over the replicas" is not.
   */
  figures?: boolean;
}

/** A domain as stored: the shared Domain plus per-key-service ids and the services it is home to. */
export interface ExamDomain extends Domain {
  /** Catalog ids of each entry of `keyServices`, index for index (empty for a non-service topic). */
  keyServiceIds: string[][];
  /** In-scope services the guide does not name for this domain but that live here by default. */
  related: string[];
  /** Topic words that only count with certain services ("version" with Lambda, not with S3). */
  serviceWords: ServiceWords[];
}

/** An exam spec as stored: a CertSpec whose domains carry the extra fields above. */
export interface ExamSpec extends Omit<CertSpec, 'domains'> {
  domains: ExamDomain[];
  /** Domain id for an in-scope question that nothing else places. */
  fallbackDomain: number;
  /** Subjects of in-scope services that the exam still leaves out (Route 53 routing for DVA-C02). */
  outOfScope: ScopeExclusion[];
}

/** True when a domain carries the stored extras (specs built by hand in tests may not). */
export function isExamDomain(domain: Domain): domain is ExamDomain {
  const d = domain as Partial<ExamDomain>;
  return Array.isArray(d.keyServiceIds) && Array.isArray(d.related) && Array.isArray(d.serviceWords);
}

/** The stored scope exclusions of a spec, or none for a spec built without them. */
export function outOfScopeOf(spec: CertSpec): ScopeExclusion[] {
  const stored = (spec as Partial<ExamSpec>).outOfScope;
  return Array.isArray(stored) ? stored : [];
}

/** The fallback domain id of a spec: the stored one, else the heaviest domain (first on ties). */
export function fallbackDomain(spec: CertSpec): number {
  const stored = (spec as Partial<ExamSpec>).fallbackDomain;
  if (typeof stored === 'number' && spec.domains.some((d) => d.id === stored)) return stored;
  return spec.domains.reduce((best, d) => (d.weight > best.weight ? d : best), spec.domains[0]).id;
}
