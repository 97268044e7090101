import { describe, expect, it } from 'vitest';
import { loadCatalog, loadCerts, resolveCert } from '../../src/certs/data.js';
import { UsageError } from '../../src/core/errors.js';

const certs = loadCerts();
const catalog = loadCatalog();

describe('the bundled exam specs', () => {
  it('cover the nine exams in guide order', () => {
    expect(certs.map((c) => c.code)).toEqual(['CLF-C02', 'SAA-C03', 'DVA-C02', 'SOA-C03', 'DBS-C01', 'DEA-C01', 'AIF-C01', 'SAP-C02', 'DOP-C02']);
  });

  it('are cached: a second load returns the same objects', () => {
    expect(loadCerts()).toBe(certs);
    expect(loadCatalog()).toBe(catalog);
  });

  it.each(certs.map((c) => [c.code, c] as const))('%s has domain weights that sum to 100', (_code, spec) => {
    expect(spec.domains.reduce((sum, d) => sum + d.weight, 0)).toBe(100);
  });

  it.each(certs.map((c) => [c.code, c] as const))('%s names only catalog services', (_code, spec) => {
    const ids = [...spec.inScope, ...spec.domains.flatMap((d) => [...d.services, ...d.related, ...d.keyServiceIds.flat()])];
    expect(ids.filter((id) => !catalog.byId.has(id))).toEqual([]);
  });

  it.each(certs.map((c) => [c.code, c] as const))('%s keeps every domain service in scope', (_code, spec) => {
    const scope = new Set(spec.inScope);
    expect(spec.domains.flatMap((d) => [...d.services, ...d.related]).filter((id) => !scope.has(id))).toEqual([]);
  });

  it.each(certs.map((c) => [c.code, c] as const))('%s gives every in-scope service a home domain', (_code, spec) => {
    const homed = new Set(spec.domains.flatMap((d) => [...d.services, ...d.related]));
    expect(spec.inScope.filter((id) => !homed.has(id))).toEqual([]);
  });

  it.each(certs.map((c) => [c.code, c] as const))('%s maps each key service to ids listed in its domain', (_code, spec) => {
    for (const d of spec.domains) {
      expect(d.keyServiceIds).toHaveLength(d.keyServices.length);
      expect(d.keyServiceIds.flat().filter((id) => !d.services.includes(id))).toEqual([]);
    }
  });

  it.each(certs.map((c) => [c.code, c] as const))('%s keeps out only subjects of services it has in scope', (_code, spec) => {
    const scope = new Set(spec.inScope);
    const named = [...spec.outOfScope.flatMap((x) => x.services), ...spec.domains.flatMap((d) => d.serviceWords.flatMap((w) => w.services))];
    expect(named.filter((id) => !scope.has(id) && !catalog.byId.has(id))).toEqual([]);
    expect(spec.outOfScope.flatMap((x) => x.services).filter((id) => !scope.has(id))).toEqual([]);
  });

  it.each(certs.map((c) => [c.code, c] as const))('%s has topic words for every domain', (_code, spec) => {
    expect(spec.domains.filter((d) => d.topicWords.length < 10).map((d) => d.id)).toEqual([]);
  });

  it('marks DBS-C01 retired with a note and the rest current', () => {
    expect(certs.filter((c) => c.status === 'retired').map((c) => c.code)).toEqual(['DBS-C01']);
    expect(resolveCert('dbs').statusNote).toMatch(/2024/);
  });

  it('records the exam format facts', () => {
    const dva = resolveCert('dva');
    expect([dva.questions, dva.minutes, dva.passScore, dva.level]).toEqual([65, 130, 720, 'Associate']);
    const sap = resolveCert('sap');
    expect([sap.questions, sap.minutes, sap.passScore, sap.level]).toEqual([75, 180, 750, 'Professional']);
  });
});

describe('resolveCert', () => {
  it.each(['dva', 'DVA', 'DVA-C02', 'dva-c02', 'Dva-c02', '  dva  '])('resolves %j to DVA-C02', (value) => {
    expect(resolveCert(value).code).toBe('DVA-C02');
  });

  it.each(certs.map((c) => [c.alias, c.code]))('resolves alias %s to %s', (alias, code) => {
    expect(resolveCert(alias).code).toBe(code);
  });

  it('throws a UsageError for an unknown exam', () => {
    expect(() => resolveCert('xyz')).toThrow(UsageError);
  });

  it('lists every valid value in the unknown-exam message', () => {
    expect(() => resolveCert('xyz')).toThrow(
      'unknown exam "xyz"; valid: clf (CLF-C02), saa (SAA-C03), dva (DVA-C02), soa (SOA-C03), dbs (DBS-C01), dea (DEA-C01), aif (AIF-C01), sap (SAP-C02), dop (DOP-C02)',
    );
  });

  it('exits with the usage code 2', () => {
    expect.assertions(1);
    try {
      resolveCert('');
    } catch (err) {
      expect((err as UsageError).exitCode).toBe(2);
    }
  });

  it('resolves against a given list', () => {
    expect(resolveCert('dop', certs).alias).toBe('dop');
  });
});
