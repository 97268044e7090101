/** AWS facts that changed since the notes were written: a note that states the old value is not asked as truth. */
import { bundledList } from './bundled.js';

/** One curated change (data/catalog/changes.json). */
export interface Change {
  id: string;
  /** Catalog id of the service the fact must be about; absent when the pattern alone is specific enough. */
  service?: string;
  /** Catalog ids of services whose facts the pattern must leave alone (Firehose beside Kinesis Data Streams). */
  notWith?: string[];
  /** Case-insensitive pattern on the question's text: the old value with its subject. */
  match: string;
  old: string;
  new: string;
  /** When AWS changed it ("2025-08"), or "note error" for a slip in the notes. */
  changed: string;
}

interface Compiled {
  change: Change;
  re: RegExp;
}

const compiled = new WeakMap<Change[], Compiled[]>();

function compile(changes: Change[]): Compiled[] {
  let list = compiled.get(changes);
  if (!list) {
    list = changes.flatMap((change) => {
      try {
        return [{ change, re: new RegExp(change.match, 'i') }];
      } catch {
        return [];
      }
    });
    compiled.set(changes, list);
  }
  return list;
}

/**
 * The first change whose pattern matches `text` and whose service (if any) is among `topics`.
 * A change without a number in its pattern (a retired service) also matches the `surroundings`:
 * any question about that service is out, not just one that names it.
 */
export function outdatedBy(text: string, topics: readonly string[], changes: Change[], surroundings = ''): Change | undefined {
  for (const { change, re } of compile(changes)) {
    if (change.service && !topics.includes(change.service)) continue;
    if (change.notWith?.some((id) => topics.includes(id))) continue;
    if (re.test(text) || (surroundings && !/\d/.test(change.match) && re.test(surroundings))) return change;
  }
  return undefined;
}

/** The curated list shipped in data/catalog/changes.json. */
export function bundledChanges(): Change[] {
  return bundledList('changes').filter((c): c is Change => typeof (c as Change)?.match === 'string');
}
