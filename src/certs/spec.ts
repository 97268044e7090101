/** The exam spec as stored in data/certs: the shared CertSpec plus what classification and coverage need. */
import type { CertSpec, Domain } from '../core/types.js';

/** A domain as stored: the shared Domain plus per-key-service ids and the services it is home to. */
export interface ExamDomain extends Domain {
  /** Catalog ids of each entry of `keyServices`, index for index (empty for a non-service topic). */
  keyServiceIds: string[][];
  /** In-scope services the guide does not name for this domain but that live here by default. */
  related: string[];
}

/** An exam spec as stored: a CertSpec whose domains carry the extra fields above. */
export interface ExamSpec extends Omit<CertSpec, 'domains'> {
  domains: ExamDomain[];
  /** Domain id for an in-scope question that nothing else places. */
  fallbackDomain: number;
}

/** True when a domain carries the stored extras (specs built by hand in tests may not). */
export function isExamDomain(domain: Domain): domain is ExamDomain {
  const d = domain as Partial<ExamDomain>;
  return Array.isArray(d.keyServiceIds) && Array.isArray(d.related);
}

/** The fallback domain id of a spec: the stored one, else the heaviest domain (first on ties). */
export function fallbackDomain(spec: CertSpec): number {
  const stored = (spec as Partial<ExamSpec>).fallbackDomain;
  if (typeof stored === 'number' && spec.domains.some((d) => d.id === stored)) return stored;
  return spec.domains.reduce((best, d) => (d.weight > best.weight ? d : best), spec.domains[0]).id;
}
