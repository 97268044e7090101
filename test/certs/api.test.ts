import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as classifyApi from '../../src/certs/classify.js';
import * as coverageApi from '../../src/certs/coverage.js';
import * as dataApi from '../../src/certs/data.js';
import * as specApi from '../../src/certs/spec.js';
import * as validateApi from '../../src/certs/validate.js';
import { AwsqError } from '../../src/core/errors.js';

describe('the certs public API', () => {
  it('is pinned', () => {
    expect({
      classify: Object.keys(classifyApi).sort(),
      coverage: Object.keys(coverageApi).sort(),
      data: Object.keys(dataApi).sort(),
      spec: Object.keys(specApi).sort(),
      validate: Object.keys(validateApi).sort(),
    }).toEqual({
      classify: ['classify'],
      coverage: ['coverage', 'domainQuota'],
      data: ['loadCatalog', 'loadCerts', 'resolveCert'],
      spec: ['fallbackDomain', 'isExamDomain', 'outOfScopeOf'],
      validate: ['checkCertSpec', 'checkServices'],
    });
  });
});

function dataFolder(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'awsq-certs-'));
  mkdirSync(join(dir, 'certs'));
  mkdirSync(join(dir, 'catalog'));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), typeof body === 'string' ? body : JSON.stringify(body));
  return dir;
}

const minimal = {
  code: 'TST-C01', alias: 'tst', name: 'Test', level: 'Associate', questions: 10, minutes: 20, passScore: 720, status: 'current',
  domains: [{ id: 1, name: 'Only', weight: 100, keyServices: ['Amazon S3'], services: ['s3'], topicWords: ['bucket*'] }],
  inScope: ['s3'],
};

describe('loading data from another folder', () => {
  it('reads a minimal spec and fills the stored extras', () => {
    const [spec] = dataApi.loadCerts(dataFolder({ 'certs/tst.json': minimal }));
    expect([spec.code, spec.fallbackDomain, spec.domains[0].keyServiceIds, spec.domains[0].related]).toEqual(['TST-C01', 1, [[]], []]);
  });

  it('names the file and the field of a broken spec', () => {
    const dir = dataFolder({ 'certs/bad.json': { ...minimal, level: 'Expert' } });
    expect(() => dataApi.loadCerts(dir)).toThrow(/bad\.json: spec has an unknown level "Expert"/);
  });

  it('fails with an AwsqError on unreadable JSON', () => {
    const dir = dataFolder({ 'certs/bad.json': '{ not json' });
    expect(() => dataApi.loadCerts(dir)).toThrow(AwsqError);
  });

  it('rejects a catalog that is not an array', () => {
    const dir = dataFolder({ 'catalog/services.json': { s3: {} } });
    expect(() => dataApi.loadCatalog(dir)).toThrow(/must be an array of services/);
  });

  it('keeps a service\'s kind, and names a kind that is not a string', () => {
    const s3 = { id: 's3', name: 'Amazon Simple Storage Service', short: 'Amazon S3', acronyms: ['S3'], aliases: [], category: 'Storage' };
    expect(dataApi.loadCatalog(dataFolder({ 'catalog/services.json': [{ ...s3, kind: 'object storage' }] })).services[0].kind).toBe('object storage');
    expect(dataApi.loadCatalog(dataFolder({ 'catalog/services.json': [s3] })).services[0]).not.toHaveProperty('kind');
    expect(() => dataApi.loadCatalog(dataFolder({ 'catalog/services.json': [{ ...s3, kind: 3 }] }))).toThrow(/service #1 needs a non-empty string "kind"/);
  });

  it('rejects key-service ids that do not line up with the key services', () => {
    const bad = { ...minimal, domains: [{ ...minimal.domains[0], keyServiceIds: [] }] };
    expect(() => dataApi.loadCerts(dataFolder({ 'certs/bad.json': bad }))).toThrow(/keyServiceIds/);
  });

  it('keeps the "figures" flag of a scope exclusion', () => {
    const spec = { ...minimal, outOfScope: [{ why: 'Replica counts', services: ['s3'], words: ['replica*'], figures: true }] };
    expect(dataApi.loadCerts(dataFolder({ 'certs/tst.json': spec }))[0].outOfScope[0].figures).toBe(true);
  });

  it('rejects a "figures" flag that is not a boolean', () => {
    const bad = { ...minimal, outOfScope: [{ why: 'Replica counts', services: ['s3'], words: ['replica*'], figures: 'yes' }] };
    expect(() => dataApi.loadCerts(dataFolder({ 'certs/bad.json': bad }))).toThrow(/outOfScope #1 needs a boolean "figures"/);
  });
});
