/** Shape checks for the bundled JSON: a broken data file fails loudly with its path and field. */
import { AwsqError } from '../core/errors.js';
import type { Service } from '../core/types.js';
import type { ExamDomain, ExamSpec, ScopeExclusion, ServiceWords } from './spec.js';

const LEVELS: ReadonlySet<string> = new Set(['Foundational', 'Associate', 'Professional', 'Specialty']);
const STATUSES: ReadonlySet<string> = new Set(['current', 'retired']);

type Json = Record<string, unknown>;

function fail(path: string, where: string, what: string): never {
  throw new AwsqError(`${path}: ${where} ${what}`);
}

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(o: Json, key: string, path: string, where: string): string {
  const v = o[key];
  if (typeof v !== 'string' || v.length === 0) fail(path, where, `needs a non-empty string "${key}"`);
  return v;
}

function num(o: Json, key: string, path: string, where: string): number {
  const v = o[key];
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) fail(path, where, `needs a number "${key}"`);
  return v;
}

function strings(o: Json, key: string, path: string, where: string): string[] {
  const v = o[key] ?? [];
  if (!Array.isArray(v) || v.some((s) => typeof s !== 'string')) fail(path, where, `needs a string list "${key}"`);
  return v as string[];
}

/** The catalog's services, checked: an array of {id, name, short, acronyms, aliases, category, kind?}. */
export function checkServices(raw: unknown, path: string): Service[] {
  if (!Array.isArray(raw)) fail(path, 'catalog', 'must be an array of services');
  return raw.map((s, i) => {
    const where = `service #${i + 1}`;
    if (!isObject(s)) fail(path, where, 'must be an object');
    const service: Service = {
      id: str(s, 'id', path, where),
      name: str(s, 'name', path, where),
      short: str(s, 'short', path, where),
      acronyms: strings(s, 'acronyms', path, where),
      aliases: strings(s, 'aliases', path, where),
      category: str(s, 'category', path, where),
    };
    if (s.kind !== undefined) service.kind = str(s, 'kind', path, where);
    return service;
  });
}

function checkServiceWords(d: Json, path: string, where: string): ServiceWords[] {
  const v = d.serviceWords ?? [];
  if (!Array.isArray(v)) fail(path, where, 'needs a list "serviceWords"');
  return v.map((e, i) => {
    const at = `${where} serviceWords #${i + 1}`;
    if (!isObject(e)) fail(path, at, 'must be an object');
    const entry: ServiceWords = { services: strings(e, 'services', path, at), words: strings(e, 'words', path, at) };
    if (typeof e.why === 'string') entry.why = e.why;
    return entry;
  });
}

function checkOutOfScope(raw: Json, path: string): ScopeExclusion[] {
  const v = raw.outOfScope ?? [];
  if (!Array.isArray(v)) fail(path, 'spec', 'needs a list "outOfScope"');
  return v.map((e, i) => {
    const at = `outOfScope #${i + 1}`;
    if (!isObject(e)) fail(path, at, 'must be an object');
    const rule: ScopeExclusion = { why: str(e, 'why', path, at), services: strings(e, 'services', path, at), words: strings(e, 'words', path, at) };
    if (rule.services.length === 0 && rule.words.length === 0) fail(path, at, 'needs "services" or "words": an empty rule would empty the exam');
    if (e.figures !== undefined) {
      if (typeof e.figures !== 'boolean') fail(path, at, 'needs a boolean "figures"');
      rule.figures = e.figures;
    }
    return rule;
  });
}

function checkDomain(d: unknown, path: string, at: number): ExamDomain {
  const where = `domain #${at + 1}`;
  if (!isObject(d)) fail(path, where, 'must be an object');
  const keyServices = strings(d, 'keyServices', path, where);
  const keyServiceIds = d.keyServiceIds ?? keyServices.map(() => []);
  if (!Array.isArray(keyServiceIds) || keyServiceIds.length !== keyServices.length || keyServiceIds.some((ids) => !Array.isArray(ids) || ids.some((id) => typeof id !== 'string'))) {
    fail(path, where, 'needs "keyServiceIds": one id list per key service');
  }
  return {
    id: num(d, 'id', path, where),
    name: str(d, 'name', path, where),
    weight: num(d, 'weight', path, where),
    keyServices,
    keyServiceIds: keyServiceIds as string[][],
    services: strings(d, 'services', path, where),
    related: strings(d, 'related', path, where),
    topicWords: strings(d, 'topicWords', path, where),
    serviceWords: checkServiceWords(d, path, where),
  };
}

/** One exam spec, checked; fields the code does not use (scored, order, ...) are dropped. */
export function checkCertSpec(raw: unknown, path: string): ExamSpec {
  if (!isObject(raw)) fail(path, 'spec', 'must be an object');
  const where = 'spec';
  const level = str(raw, 'level', path, where);
  if (!LEVELS.has(level)) fail(path, where, `has an unknown level "${level}"`);
  const status = str(raw, 'status', path, where);
  if (!STATUSES.has(status)) fail(path, where, `has an unknown status "${status}"`);
  if (!Array.isArray(raw.domains) || raw.domains.length === 0) fail(path, where, 'needs a non-empty "domains" list');
  const domains = raw.domains.map((d, i) => checkDomain(d, path, i));
  const fallbackDomain = typeof raw.fallbackDomain === 'number' ? raw.fallbackDomain : domains[0].id;
  if (!domains.some((d) => d.id === fallbackDomain)) fail(path, where, `has no domain ${fallbackDomain} for "fallbackDomain"`);
  const spec: ExamSpec = {
    code: str(raw, 'code', path, where),
    alias: str(raw, 'alias', path, where),
    name: str(raw, 'name', path, where),
    level: level as ExamSpec['level'],
    questions: num(raw, 'questions', path, where),
    minutes: num(raw, 'minutes', path, where),
    passScore: num(raw, 'passScore', path, where),
    status: status as ExamSpec['status'],
    domains,
    fallbackDomain,
    inScope: strings(raw, 'inScope', path, where),
    outOfScope: checkOutOfScope(raw, path),
  };
  if (typeof raw.statusNote === 'string') spec.statusNote = raw.statusNote;
  return spec;
}
