/** Stable ids and fact fingerprints. */
import type { CatalogIndex } from '../core/catalog.js';
import { serviceNamed, servicesIn } from './lookup.js';
import type { Draft } from './generate.js';
import { contentWords, hash, normalize } from './text.js';

/** Id seed: kind, normalised anchor and heading path; the file path plays no part. */
export function baseId(d: Draft): string {
  return hash(d.kind, normalize(d.anchor), d.fact.source.headings.map(normalize).join('>'));
}

/** Ids for drafts; colliding ids are told apart by their content, not by their order. */
export function assignIds(drafts: Draft[]): string[] {
  const base = drafts.map(baseId);
  const groups = new Map<string, number[]>();
  base.forEach((b, i) => {
    const list = groups.get(b);
    if (list) list.push(i);
    else groups.set(b, [i]);
  });
  const ids = [...base];
  for (const [b, members] of groups) {
    if (members.length < 2) continue;
    const keyed = members.map((i) => ({ i, key: hash(drafts[i].stem, ...drafts[i].options) }));
    keyed.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : x.i - y.i));
    keyed.forEach((k, n) => {
      if (n > 0) ids[k.i] = `${b}-${n + 1}`;
    });
  }
  return ids;
}

function subjectKey(subject: string, catalog: CatalogIndex): string {
  return serviceNamed(catalog, subject)?.id ?? normalize(subject);
}

/**
 * One fingerprint per fact, whichever note states it and however it is worded; the exam shows
 * one question per fingerprint. The terms of a small list that are not services share one (their
 * questions show each other's answers), and so do numbers of one value about one service ("4 KB" for KMS Encrypt,
 * Decrypt and envelope encryption).
 */
export function fingerprint(d: Draft, catalog: CatalogIndex): string {
  const f = d.fact;
  const subject = subjectKey(f.subject, catalog);
  switch (f.kind) {
    case 'definition':
      // A service keeps its own fingerprint so that two notes defining it still share one.
      return f.list && f.value === undefined && !serviceNamed(catalog, f.subject) ? hash('terms', f.list) : hash('def', subject, f.value ?? '');
    case 'number': {
      const service = servicesIn(catalog, [f.subject, ...f.context].join(' \n '))[0] ?? subject;
      return hash('num', service, f.number ? `${f.number.value} ${f.number.unit}` : '');
    }
    case 'profile':
      // Profiles of one service in several notes are one fact: what the service is.
      return hash('profile', subject);
    case 'row':
      return hash('row', subject, normalize(f.column ?? ''));
    default:
      return hash(f.kind, subject, [...contentWords(f.text)].sort().join(' '));
  }
}
