/** The bundled data of awsq's exam knowledge: the service catalog and the exam specs, read once. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { indexCatalog, type CatalogIndex } from '../core/catalog.js';
import { AwsqError, UsageError } from '../core/errors.js';
import { dataDir } from '../core/paths.js';
import type { CertSpec, Service } from '../core/types.js';
import type { ExamSpec } from './spec.js';
import { checkCertSpec, checkServices } from './validate.js';

/** Read-once holders; the files ship with the package and never change while awsq runs. */
const cache: { catalog?: CatalogIndex; certs?: ExamSpec[] } = {};

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new AwsqError(`cannot read bundled data ${path}: ${(err as Error).message}`);
  }
}

/** The service catalog (data/catalog/services.json), indexed; read on first use and then cached. */
export function loadCatalog(dir: string = dataDir): CatalogIndex {
  if (dir !== dataDir) return indexCatalog(readServices(dir));
  cache.catalog ??= indexCatalog(readServices(dir));
  return cache.catalog;
}

function readServices(dir: string): Service[] {
  const path = join(dir, 'catalog', 'services.json');
  return checkServices(readJson(path), path);
}

/** Every exam spec in data/certs, in the order of their `order` field then code; cached. */
export function loadCerts(dir: string = dataDir): ExamSpec[] {
  if (dir !== dataDir) return readCerts(dir);
  cache.certs ??= readCerts(dir);
  return cache.certs;
}

function readCerts(dir: string): ExamSpec[] {
  const folder = join(dir, 'certs');
  const files = readdirSync(folder).filter((f) => f.endsWith('.json')).sort();
  const specs = files.map((f) => {
    const path = join(folder, f);
    const raw = readJson(path);
    return { spec: checkCertSpec(raw, path), order: orderOf(raw) };
  });
  specs.sort((a, b) => a.order - b.order || a.spec.code.localeCompare(b.spec.code));
  return specs.map((s) => s.spec);
}

function orderOf(raw: unknown): number {
  const order = (raw as { order?: unknown }).order;
  return typeof order === 'number' ? order : Number.MAX_SAFE_INTEGER;
}

/** The spec an exam name refers to: alias or code in any case ("dva", "DVA-C02"); else UsageError. */
export function resolveCert(value: string): ExamSpec;
export function resolveCert<T extends CertSpec>(value: string, certs: readonly T[]): T;
export function resolveCert(value: string, certs: readonly CertSpec[] = loadCerts()): CertSpec {
  const wanted = String(value ?? '').trim().toLowerCase();
  const hit = certs.find((c) => c.alias.toLowerCase() === wanted || c.code.toLowerCase() === wanted);
  if (hit) return hit;
  const valid = certs.map((c) => `${c.alias} (${c.code})`).join(', ');
  throw new UsageError(`unknown exam "${value}"; valid: ${valid}`);
}
