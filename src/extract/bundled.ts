/** The curated data files under data/catalog that the extractor reads, each read once. */
import { readFileSync } from 'node:fs';

const cache = new Map<string, unknown[]>();

/**
 * The array in data/catalog/<name>.json, read on first use: static tables shipped with the
 * package, the only files the extractor reads. A missing or unreadable file yields [].
 */
export function bundledList(name: string): unknown[] {
  let list = cache.get(name);
  if (!list) {
    try {
      const raw: unknown = JSON.parse(readFileSync(new URL(`../../data/catalog/${name}.json`, import.meta.url), 'utf8'));
      list = Array.isArray(raw) ? raw : [];
    } catch {
      list = [];
    }
    cache.set(name, list);
  }
  return list;
}
