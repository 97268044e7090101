import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededRng } from '../../src/core/random.js';
import { assemble, poolFromList, makeItems, type Candidate } from '../../src/exam/assemble.js';
import { domainQuota } from '../../src/certs/coverage.js';
import { dva, questionFor } from './fixtures.js';

/** Banks: up to 30 candidates per domain (some out of scope), fingerprints from a small space so twins happen. */
const bank = (shared: boolean) =>
  fc
    .array(
      fc.record({ domain: fc.integer({ min: 1, max: 5 }), fp: fc.integer({ min: 0, max: 40 }), multi: fc.boolean() }),
      { maxLength: 120 },
    )
    .map((rows) =>
      rows.map((r, i): Candidate => ({ id: `q${i}`, domain: r.domain, fingerprint: shared ? `fp${r.fp}` : `d${r.domain}-fp${r.fp}`, multi: r.multi })),
    );

function distinctInScope(cands: Candidate[]): number {
  return new Set(cands.filter((c) => c.domain <= 4).map((c) => c.fingerprint)).size;
}

describe('assemble, for any bank', () => {
  it('yields a valid exam whenever the bank can make one, and says why otherwise', () => {
    fc.assert(
      fc.property(bank(true), fc.integer({ min: 1, max: 30 }), fc.integer(), (cands, count, seed) => {
        let a;
        try {
          a = assemble({ spec: dva, pool: poolFromList(cands, new Map()), rng: seededRng(seed), count });
        } catch (err) {
          return distinctInScope(cands) < count && /questions for DVA-C02/.test((err as Error).message);
        }
        const items = makeItems(a.picks, new Map(a.picks.map((c) => [c.id, questionFor(c)])), seededRng(seed));
        return (
          a.picks.length === count &&
          new Set(a.picks.map((p) => p.fingerprint)).size === count &&
          a.picks.every((p) => p.domain >= 1 && p.domain <= 4) &&
          items.every((it) => it.answers.length > 0 && it.answers.every((x) => x >= 0 && x < it.options.length))
        );
      }),
      { numRuns: 300 },
    );
  });

  it('gives each domain its quota when the domain has enough questions', () => {
    fc.assert(
      fc.property(bank(false), fc.integer({ min: 1, max: 30 }), fc.integer(), (cands, count, seed) => {
        if (distinctInScope(cands) < count) return true;
        const a = assemble({ spec: dva, pool: poolFromList(cands, new Map()), rng: seededRng(seed), count });
        const quota = domainQuota(dva, count);
        return quota.every((q, i) => {
          const have = new Set(cands.filter((c) => c.domain === i + 1).map((c) => c.fingerprint)).size;
          return a.picks.filter((p) => p.domain === i + 1).length >= Math.min(q, have);
        });
      }),
      { numRuns: 300 },
    );
  });
});
