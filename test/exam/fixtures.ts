/** Fixture exam specs and candidate pools for exam tests. */
import type { Candidate } from '../../src/exam/assemble.js';
import type { CertSpec, Question } from '../../src/core/types.js';

function domain(id: number, name: string, weight: number) {
  return { id, name, weight, keyServices: [`Service ${id}A`, `Service ${id}B`], services: [], topicWords: [] };
}

/** A DVA-like spec: 65 questions, 130 minutes, pass 720, weights 32/26/24/18. */
export const dva: CertSpec = {
  code: 'DVA-C02',
  alias: 'dva',
  name: 'AWS Certified Developer - Associate',
  level: 'Associate',
  status: 'current',
  inScope: [],
  questions: 65,
  minutes: 130,
  passScore: 720,
  domains: [domain(1, 'Development', 32), domain(2, 'Security', 26), domain(3, 'Deployment', 24), domain(4, 'Troubleshooting', 18)],
};

/** `n` candidates per domain, every `multiEvery`-th one multi (0: none), unique fingerprints. */
export function pool(perDomain: number[], multiEvery = 5): Candidate[] {
  const out: Candidate[] = [];
  perDomain.forEach((n, d) => {
    for (let i = 0; i < n; i++) {
      out.push({ id: `d${d + 1}-q${i}`, domain: d + 1, fingerprint: `fp-d${d + 1}-${i}`, multi: multiEvery > 0 && i % multiEvery === 0 });
    }
  });
  return out;
}

/** A full question for a candidate: four options, one or two answers. */
export function questionFor(c: Candidate): Question {
  return {
    id: c.id,
    kind: c.multi ? 'multi' : 'definition',
    stem: `Stem of ${c.id}?`,
    options: ['alpha', 'bravo', 'charlie', 'delta'],
    answers: c.multi ? [0, 2] : [1],
    explanation: `Because ${c.id}.`,
    source: { path: 'notes/x.md', line: 4, endLine: 4, headings: ['X'] },
    topics: [],
    score: 1,
    reasons: [],
    fingerprint: c.fingerprint,
    origin: 'extracted',
  };
}
