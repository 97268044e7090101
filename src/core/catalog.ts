/** The AWS service catalog as an index: find services by name, acronym or alias, and in free text. */
import type { Service } from './types.js';

/** A searchable view of the service catalog. */
export interface CatalogIndex {
  services: Service[];
  byId: Map<string, Service>;
  /** Lower-cased name, short name, acronym or alias -> service ids (an alias may be shared). */
  byName: Map<string, string[]>;
  /** Services of one category, by category name. */
  byCategory: Map<string, Service[]>;
}

/** Lower-case, collapse whitespace, drop "Amazon"/"AWS" prefixes and punctuation at the edges. */
export function normalizeName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[\u2019']/g, '')
    .replace(/[^a-z0-9.+/&-]+/g, ' ')
    .replace(/^(?:amazon|aws)\s+/, '')
    .trim()
    .replace(/\s+/g, ' ');
}

/** Every name a service is known by, normalised. */
export function namesOf(service: Service): string[] {
  const raw = [service.name, service.short, ...service.acronyms, ...service.aliases];
  return [...new Set(raw.map(normalizeName).filter((n) => n.length > 0))];
}

/** Build the index; later duplicates of a name are kept as extra ids. */
export function indexCatalog(services: Service[]): CatalogIndex {
  const byId = new Map<string, Service>();
  const byName = new Map<string, string[]>();
  const byCategory = new Map<string, Service[]>();
  for (const s of services) {
    byId.set(s.id, s);
    for (const n of namesOf(s)) {
      const ids = byName.get(n) ?? [];
      if (!ids.includes(s.id)) ids.push(s.id);
      byName.set(n, ids);
    }
    const cat = byCategory.get(s.category) ?? [];
    cat.push(s);
    byCategory.set(s.category, cat);
  }
  return { services, byId, byName, byCategory };
}

/** The service a name refers to, or undefined: "S3", "simple storage service", "Amazon S3". */
export function lookupService(index: CatalogIndex, name: string): Service | undefined {
  const ids = index.byName.get(normalizeName(name));
  return ids ? index.byId.get(ids[0]) : undefined;
}

const patternCache = new WeakMap<CatalogIndex, RegExp>();

function mentionPattern(index: CatalogIndex): RegExp {
  let re = patternCache.get(index);
  if (!re) {
    // Longest names first so "elastic container registry" wins over "elastic".
    const names = [...index.byName.keys()]
      .filter((n) => n.length >= 2)
      .sort((a, b) => b.length - a.length)
      .map((n) => n.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '[\\s-]+'));
    re = new RegExp(`(?<![a-z0-9])(?:${names.join('|')})(?![a-z0-9])`, 'gi');
    patternCache.set(index, re);
  }
  return re;
}

/** Ids of the services mentioned in a text, in order of first mention. */
export function findServices(index: CatalogIndex, text: string): string[] {
  const found: string[] = [];
  const re = mentionPattern(index);
  re.lastIndex = 0;
  for (const m of text.matchAll(re)) {
    const ids = index.byName.get(normalizeName(m[0])) ?? [];
    for (const id of ids) if (!found.includes(id)) found.push(id);
  }
  return found;
}
