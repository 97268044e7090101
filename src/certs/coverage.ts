/** Coverage arithmetic: how many questions each domain needs for one exam, and what the bank lacks. */
import type { CertSpec } from '../core/types.js';
import { isExamDomain } from './spec.js';

/** One domain's standing: questions available and needed, and key services with no question. */
export interface DomainCoverage {
  id: number;
  name: string;
  /** Percent of the exam, from the guide. */
  weight: number;
  /** Eligible questions placed in this domain. */
  available: number;
  /** Questions this domain contributes to one full exam (its quota). */
  needed: number;
  /** Key services, named as the guide names them, with no question in this domain. */
  missingServices: string[];
}

/**
 * Split `total` questions over the domains by weight with the largest-remainder method, in domain
 * order; remainders that tie go to the heavier domain, then the earlier one.
 * DVA-C02 (32/26/24/18) with 65 questions -> 21, 17, 15, 12.
 */
export function domainQuota(spec: CertSpec, total: number = spec.questions): number[] {
  const n = Math.max(0, Math.floor(Number.isFinite(total) ? total : 0));
  const weights = spec.domains.map((d) => Math.max(0, d.weight));
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0 || n === 0) return weights.map(() => 0);
  const exact = weights.map((w) => (n * w) / sum);
  const quota = exact.map(Math.floor);
  let left = n - quota.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => ({ i, rest: x - Math.floor(x) }))
    .sort((a, b) => b.rest - a.rest || weights[b.i] - weights[a.i] || a.i - b.i);
  for (const { i } of order) {
    if (left === 0) break;
    quota[i] += 1;
    left -= 1;
  }
  return quota;
}

/**
 * Per domain: questions available against its quota, and the key services without a question.
 * `coveredServices` holds, per domain id, catalog ids and/or key-service names that have at least
 * one question; a key service counts as covered when its name or any of its catalog ids is there.
 */
export function coverage(spec: CertSpec, counts: Map<number, number>, coveredServices: Map<number, Set<string>>): DomainCoverage[] {
  const quota = domainQuota(spec);
  return spec.domains.map((d, i) => {
    const covered = coveredServices.get(d.id) ?? new Set<string>();
    const idsOf = (k: number): string[] => (isExamDomain(d) ? (d.keyServiceIds[k] ?? []) : []);
    const missingServices = d.keyServices.filter((name, k) => !covered.has(name) && !idsOf(k).some((id) => covered.has(id)));
    return { id: d.id, name: d.name, weight: d.weight, available: counts.get(d.id) ?? 0, needed: quota[i], missingServices };
  });
}
