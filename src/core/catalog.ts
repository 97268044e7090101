/** The AWS service catalog as an index: find services by name, acronym or alias, and in free text. */
import type { Service } from './types.js';

/** A searchable view of the service catalog. */
export interface CatalogIndex {
  services: Service[];
  byId: Map<string, Service>;
  /**
   * Name key (see `nameKey`) of a name, short name, acronym or alias -> service ids. A shared alias
   * lists every service it names, the one it most belongs to first (own name before alias).
   */
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
    .trim()
    .replace(/^(?:amazon|aws)\s+/, '')
    .trim()
    .replace(/\s+/g, ' ');
}

/** The key names are indexed by: `normalizeName` with separators (`-`, `.`, `/`, `@`, `:`) as spaces. */
export function nameKey(name: string): string {
  return normalizeName(name.replace(/@/g, ' '))
    .replace(/[^a-z0-9&+]+/g, ' ')
    .trim();
}

/** Every name a service is known by, as name keys; own names first, then aliases in catalog order. */
export function namesOf(service: Service): string[] {
  const raw = [service.name, service.short, ...service.acronyms, ...service.aliases];
  return [...new Set(raw.map(nameKey).filter((n) => n.length > 0))];
}

/**
 * How closely a name belongs to a service: 0 for its own name, short name or acronym, between 1
 * and 2 for an alias (earlier aliases are more central). Used to order the ids of a shared alias.
 */
function closeness(service: Service, key: string): number {
  const own = [service.name, service.short, ...service.acronyms].map(nameKey);
  if (own.includes(key)) return 0;
  const at = service.aliases.findIndex((a) => nameKey(a) === key);
  return 1 + (at < 0 ? 1 : at / Math.max(1, service.aliases.length));
}

/** Build the index; a name shared by several services keeps all their ids, closest first. */
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
  for (const [key, ids] of byName) {
    if (ids.length > 1) {
      const rank = new Map(ids.map((id) => [id, closeness(byId.get(id)!, key)]));
      ids.sort((a, b) => rank.get(a)! - rank.get(b)!);
    }
  }
  return { services, byId, byName, byCategory };
}

/** The service a name refers to, or undefined: "S3", "simple storage service", "Amazon S3". */
export function lookupService(index: CatalogIndex, name: string): Service | undefined {
  const ids = index.byName.get(nameKey(name));
  return ids ? index.byId.get(ids[0]) : undefined;
}

/**
 * Names that are everyday words ("config", "shield"): in free text they name a service only after
 * "AWS"/"Amazon", or capitalised in the middle of a sentence ("enable Config", not "config file").
 */
export const CAPITALISED_NAMES: ReadonlySet<string> = new Set([
  'config', 'shield', 'connect', 'glue', 'inspector', 'detective', 'health', 'organizations',
  'budgets', 'billing', 'marketplace', 'translate', 'transcribe', 'forecast', 'personalize',
  'comprehend', 'polly', 'lex', 'chime', 'pinpoint', 'outposts', 'wavelength', 'neptune', 'proton',
  'panorama', 'signer', 'copilot', 'amplify', 'bedrock', 'workspaces', 'data exchange',
  'data pipeline', 'clean rooms', 'location service', 'resource groups', 'network firewall',
  'service catalog', 'cloud map', 'local zones',
]);

/**
 * Names too common to trust even capitalised ("Batch size", "Support for", "Q1"): they name a
 * service only right after "AWS"/"Amazon".
 */
export const PREFIXED_NAMES: ReadonlySet<string> = new Set([
  'q', 'iq', 'ram', 'chatbot', 'titan', 'nova', 'batch', 'backup', 'support', 'artifact',
]);

/** Acronyms that are also words or names ("Sam", "amp", "cur"): only in capitals or after a prefix. */
export const UPPERCASE_NAMES: ReadonlySet<string> = new Set(['sam', 'amp', 'cur', 'fis']);

interface Matcher {
  re: RegExp;
}

const matcherCache = new WeakMap<CatalogIndex, Matcher>();

/** Characters allowed between the words of a name in text: spaces, hyphens, "@", ":", "/", inner dots. */
const SEP = String.raw`(?:[\s\-@:/_]|\.(?=[a-z0-9]))+`;

function escapeWord(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\/&]/g, '\\$&');
}

function matcher(index: CatalogIndex): Matcher {
  let m = matcherCache.get(index);
  if (!m) {
    // Longest names first so "kinesis data firehose" wins over "kinesis".
    const names = [...index.byName.keys()]
      .filter((n) => n.length >= 2 || PREFIXED_NAMES.has(n))
      .sort((a, b) => b.length - a.length || a.localeCompare(b))
      .map((n) => n.split(' ').map(escapeWord).join(SEP));
    const re = new RegExp(`(?<![a-z0-9])(?:(aws|amazon)${SEP})?(${names.join('|')})(?![a-z0-9])`, 'gi');
    m = { re };
    matcherCache.set(index, m);
  }
  return m;
}

/** True when position `at` of `text` starts a sentence, a line or the text. */
function atSentenceStart(text: string, at: number): boolean {
  let j = at - 1;
  while (j >= 0 && (text[j] === ' ' || text[j] === '\t' || text[j] === '*' || text[j] === '_' || text[j] === '#' || text[j] === '-')) j--;
  return j < 0 || '.!?:\n\r'.includes(text[j]);
}

/** Whether a match of a guarded name counts (see the three name lists above). */
function accepted(key: string, prefixed: boolean, word: string, text: string, at: number): boolean {
  if (prefixed) return true;
  if (PREFIXED_NAMES.has(key)) return false;
  if (UPPERCASE_NAMES.has(key)) return word === word.toUpperCase();
  if (CAPITALISED_NAMES.has(key)) {
    const first = word[0];
    return first !== first.toLowerCase() && !atSentenceStart(text, at);
  }
  return true;
}

/** Ids of the services mentioned in a text, in order of first mention; tolerant of any input. */
export function findServices(index: CatalogIndex, text: string): string[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const found: string[] = [];
  const { re } = matcher(index);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const word = m[2];
    const key = nameKey(word);
    const at = m.index + m[0].length - word.length;
    if (!accepted(key, m[1] !== undefined, word, text, at)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    for (const id of index.byName.get(key) ?? []) if (!found.includes(id)) found.push(id);
  }
  return found;
}
