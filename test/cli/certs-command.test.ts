import { describe, expect, it } from 'vitest';
import { certRows } from '../../src/cli/commands/certs.js';
import { loadCerts, resolveCert } from '../../src/certs/data.js';

describe('certRows', () => {
  it('reports available against needed per domain and the key services with no question', () => {
    const dva = resolveCert('dva');
    const [row] = certRows([dva], () => new Map([[1, 30], [2, 5]]), () => new Map([[4, new Set(['cloudwatch'])]]));
    expect(row.domains.map((d) => [d.id, d.available, d.needed])).toEqual([[1, 30, 21], [2, 5, 17], [3, 0, 15], [4, 0, 12]]);
    expect(row.domains[3].missingServices).toContain('AWS X-Ray');
    expect(row.domains[3].missingServices).not.toContain('Amazon CloudWatch');
  });

  it('has one row per known exam with its format', () => {
    const rows = certRows(loadCerts(), () => new Map(), () => new Map());
    expect(rows.find((r) => r.code === 'DVA-C02')).toMatchObject({ alias: 'dva', questions: 65, minutes: 130, passScore: 720 });
    expect(rows.length).toBe(9);
  });
});
