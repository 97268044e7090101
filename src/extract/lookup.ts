/** Memoised catalog look-ups: the same headings and names are looked up many times per note. */
import type { CatalogIndex } from '../core/catalog.js';
import { findServices, lookupService } from '../core/catalog.js';
import type { Service } from '../core/types.js';

const MAX_ENTRIES = 20_000;
const found = new WeakMap<CatalogIndex, Map<string, string[]>>();
const named = new WeakMap<CatalogIndex, Map<string, Service | null>>();

function cacheOf<T>(store: WeakMap<CatalogIndex, Map<string, T>>, catalog: CatalogIndex): Map<string, T> {
  let map = store.get(catalog);
  if (!map || map.size > MAX_ENTRIES) {
    map = new Map();
    store.set(catalog, map);
  }
  return map;
}

/** `findServices`, remembered per catalog and text (a pure cache: same input, same output). */
export function servicesIn(catalog: CatalogIndex, text: string): string[] {
  const map = cacheOf(found, catalog);
  let ids = map.get(text);
  if (!ids) {
    ids = findServices(catalog, text);
    map.set(text, ids);
  }
  return ids;
}

/** `lookupService`, remembered per catalog and name. */
export function serviceNamed(catalog: CatalogIndex, name: string): Service | undefined {
  const map = cacheOf(named, catalog);
  let svc = map.get(name);
  if (svc === undefined) {
    svc = lookupService(catalog, name) ?? null;
    map.set(name, svc);
  }
  return svc ?? undefined;
}
