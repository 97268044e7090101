/** Causes found by the blind reviews that followed review34.test.ts's, each as a rule over any note. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { loadCatalog } from '../../src/certs/data.js';

const shipped = loadCatalog();
const questions = (note: string) => extract(note, 'review35.md', shipped).questions;

describe('a short typo no rule can mend ("size maz 8KB")', () => {
  const tiers = [
    '# AWS Systems Manager',
    '',
    '## Parameter Store',
    '',
    '* Parameter Store tiers',
    '  * **Standard** - up to 10,000 parameters, size max 4KB, no parameter policies',
    '  * **Advanced** - >10K parameters, size maz 8KB, parameter policies',
    '  * **Intelligent-Tiering** - picks Standard or Advanced for each parameter by its size and policies',
    '  * **Premium** - a tier with a higher throughput for each parameter read in the account',
    '',
  ].join('\n');

  it('keeps a description question that quotes it out of exams, as it did a number question', () => {
    const asked = questions(tiers).filter((q) => q.stem.includes('size maz'));
    expect(asked.map((q) => q.kind).sort()).toEqual(['definition', 'numeric']);
    for (const q of asked) expect(q.reasons).toContain('residue');
  });

  it('and a term question that shows it among its options', () => {
    const q = questions(tiers).find((x) => x.kind === 'term' && x.stem.endsWith('describes Advanced?'));
    expect(q?.reasons).toContain('residue');
  });

  it('while the same line spelled right is asked', () => {
    const q = questions(tiers.replace('size maz 8KB', 'size max 8KB')).find((x) => x.kind === 'definition' && x.stem.includes('size max 8KB'));
    expect(q?.reasons).toEqual([]);
  });

  it('is never offered as a wrong description, where it would sink its siblings\' questions too', () => {
    const list = [
      '# AWS Systems Manager',
      '',
      '## Parameter Store',
      '',
      '* Parameter Store tiers',
      '  * **Standard** - up to 10,000 parameters, size max 4KB, no parameter policies',
      '  * **Advanced** - more than 10,000 parameters, size maz 8KB, with parameter policies',
      '  * **Intelligent-Tiering** - picks Standard or Advanced for each parameter by its size and the policies it has, so requests never fail',
      '  * **Premium** - a tier with a higher throughput for each parameter read in the account, billed per interaction with the API',
      '  * **Enterprise** - a tier shared by every account of an organization with central billing and one quota for all of them',
      '',
    ].join('\n');
    for (const term of ['Premium', 'Enterprise']) {
      const q = questions(list).find((x) => x.kind === 'term' && x.stem.endsWith(`describes ${term}?`));
      expect(q?.options).toHaveLength(4);
      expect(q?.options.some((o) => /size maz/.test(o))).toBe(false);
      expect(q?.reasons).toEqual([]);
    }
  });
});

describe('a wrong description that names the answer ("Same as Signed URL but ..." for Signed URL)', () => {
  const cloudfront = [
    '# Amazon CloudFront',
    '',
    '* **Signed URL** - allows giving access to individual files, one for each file',
    '* **Signed Cookies** - same as Signed URL but give access to multiple files (one cookie = multiple files)',
    '* **Trusted Key Groups** - recommended way to sign requests by using a managed key group',
    '* **Cache Key** - unique identifier of every object in the cache at each Edge Location',
    '',
  ].join('\n');

  it('is not offered: it plainly describes something else', () => {
    const q = questions(cloudfront).find((x) => x.kind === 'term' && x.stem.endsWith('describes Signed URL?'));
    expect(q?.options).toHaveLength(4);
    expect(q?.options.some((o) => /Same as Signed URL/.test(o))).toBe(false);
  });

  it('but is still a wrong option for other terms', () => {
    const q = questions(cloudfront).find((x) => x.kind === 'term' && x.stem.endsWith('describes Trusted Key Groups?'));
    expect(q?.options.some((o) => /Same as Signed URL/.test(o))).toBe(true);
  });
});
