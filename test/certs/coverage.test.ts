import { describe, expect, it } from 'vitest';
import { coverage, domainQuota } from '../../src/certs/coverage.js';
import { loadCerts, resolveCert } from '../../src/certs/data.js';
import type { CertSpec } from '../../src/core/types.js';

const certs = loadCerts();

describe('domainQuota', () => {
  it('splits DVA-C02 65 questions as 21, 17, 15, 12', () => {
    expect(domainQuota(resolveCert('dva'))).toEqual([21, 17, 15, 12]);
  });

  it.each(certs.map((c) => [c.code, c] as const))('sums to the question count of %s', (_code, spec) => {
    expect(domainQuota(spec).reduce((a, b) => a + b, 0)).toBe(spec.questions);
  });

  it.each(certs.map((c) => [c.code, c] as const))('keeps every %s quota within one of its exact share', (_code, spec) => {
    const quota = domainQuota(spec);
    spec.domains.forEach((d, i) => expect(Math.abs(quota[i] - (spec.questions * d.weight) / 100)).toBeLessThan(1));
  });

  it('splits any total, e.g. a 20-question practice set', () => {
    expect(domainQuota(resolveCert('dva'), 20).reduce((a, b) => a + b, 0)).toBe(20);
  });

  it('gives zeros for a total of zero or a bad total', () => {
    expect(domainQuota(resolveCert('dva'), 0)).toEqual([0, 0, 0, 0]);
    expect(domainQuota(resolveCert('dva'), Number.NaN)).toEqual([0, 0, 0, 0]);
  });

  it('gives equal remainders to the earlier of equal domains', () => {
    const spec = { ...resolveCert('dva'), domains: [40, 30, 30].map((weight, i) => ({ id: i + 1, name: `d${i + 1}`, weight, keyServices: [], services: [], topicWords: [] })) } as CertSpec;
    expect(domainQuota(spec, 2)).toEqual([1, 1, 0]);
  });

  it('gives a tied remainder to the heavier domain', () => {
    const spec = { ...resolveCert('dva'), domains: [25, 75].map((weight, i) => ({ id: i + 1, name: `d${i + 1}`, weight, keyServices: [], services: [], topicWords: [] })) } as CertSpec;
    expect(domainQuota(spec, 2)).toEqual([0, 2]);
  });
});

describe('coverage', () => {
  const dva = resolveCert('dva');

  it('reports available and needed questions per domain', () => {
    const rows = coverage(dva, new Map([[1, 40], [4, 3]]), new Map());
    expect(rows.map((r) => [r.id, r.available, r.needed])).toEqual([[1, 40, 21], [2, 0, 17], [3, 0, 15], [4, 3, 12]]);
  });

  it('lists every key service as missing in a domain with no questions', () => {
    expect(coverage(dva, new Map(), new Map())[3].missingServices).toEqual(dva.domains[3].keyServices);
  });

  it('counts a key service covered through its catalog id', () => {
    const rows = coverage(dva, new Map([[4, 5]]), new Map([[4, new Set(['cloudwatch', 'x-ray'])]]));
    expect(rows[3].missingServices).toEqual(['AWS CloudTrail', 'SNS subscription filter policies', 'caching with ElastiCache and CloudFront', 'DynamoDB Accelerator']);
  });

  it('counts a key service covered through its guide name', () => {
    const rows = coverage(dva, new Map(), new Map([[4, new Set(['AWS CloudTrail'])]]));
    expect(rows[3].missingServices).not.toContain('AWS CloudTrail');
  });

  it('uses names only for a hand-made spec without key-service ids', () => {
    const spec = { ...dva, domains: [{ id: 1, name: 'One', weight: 100, keyServices: ['AWS X-Ray'], services: ['x-ray'], topicWords: [] }] } as CertSpec;
    expect(coverage(spec, new Map(), new Map([[1, new Set(['x-ray'])]]))[0].missingServices).toEqual(['AWS X-Ray']);
  });
});
