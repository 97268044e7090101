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

/** A name split into tokens, with its name key. */
interface NameEntry {
  key: string;
  tokens: string[];
}

/** Names by their first token, longest (most tokens) first. */
type Matcher = Map<string, NameEntry[]>;

const matcherCache = new WeakMap<CatalogIndex, Matcher>();

function matcher(index: CatalogIndex): Matcher {
  let m = matcherCache.get(index);
  if (!m) {
    m = new Map();
    for (const key of index.byName.keys()) {
      if (key.length < 2 && !PREFIXED_NAMES.has(key)) continue;
      const tokens = key.split(' ');
      const list = m.get(tokens[0]) ?? [];
      list.push({ key, tokens });
      m.set(tokens[0], list);
    }
    for (const list of m.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
    matcherCache.set(index, m);
  }
  return m;
}

/**
 * The words of a text, lower-cased, with their places in the original: a run of ASCII letters and
 * digits, or a single "&" or "+". Kept as three arrays rather than an object per word: every option
 * and stem of a build is looked through.
 */
interface Tokens {
  words: string[];
  starts: number[];
  ends: number[];
}

/** What may stand between the words of one name: spaces, "-", "@", ":", "/", "_", a dot inside a word. */
const JOIN = /^[\s\-@:/_.]*$/;
/** A dot that ends a sentence breaks a name ("in S3. Glacier" is not "S3 Glacier"). */
const FULL_STOP = /\.\s/;

function wordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function tokensOf(text: string): Tokens {
  const out: Tokens = { words: [], starts: [], ends: [] };
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (wordChar(c)) {
      const start = i;
      while (i < text.length && wordChar(text.charCodeAt(i))) i++;
      out.words.push(text.slice(start, i).toLowerCase());
      out.starts.push(start);
      out.ends.push(i);
    } else {
      // "&" and "+" are words of their own ("AT&T", "C++").
      if (c === 38 || c === 43) {
        out.words.push(text[i]);
        out.starts.push(i);
        out.ends.push(i + 1);
      }
      i++;
    }
  }
  return out;
}

/** True when tokens `i` and `i + 1` are joined only by name separators (so may form one name). */
function joined(text: string, tokens: Tokens, i: number): boolean {
  const from = tokens.ends[i];
  const to = tokens.starts[i + 1];
  // One space, the usual gap, needs no closer look.
  if (to === from + 1 && text.charCodeAt(from) === 32) return true;
  const gap = text.slice(from, to);
  return JOIN.test(gap) && !FULL_STOP.test(gap);
}

/** True when position `at` of `text` starts a sentence, a line or the text. */
function atSentenceStart(text: string, at: number): boolean {
  let j = at - 1;
  while (j >= 0 && ' \t*_#->`['.includes(text[j])) j--;
  return j < 0 || '.!?:\n\r'.includes(text[j]);
}

/** True when the words ending at `end` are a whole label: nothing but punctuation or a line end follows. */
function endsLabel(text: string, end: number): boolean {
  let j = end;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '*' || text[j] === '`')) j++;
  return j >= text.length || '])(:,|+-\n\r'.includes(text[j]);
}

/** Whether a match of a guarded name counts (see the three name lists above). */
function accepted(key: string, prefixed: boolean, word: string, text: string, at: number): boolean {
  if (prefixed) return true;
  if (PREFIXED_NAMES.has(key)) return false;
  if (UPPERCASE_NAMES.has(key)) return word === word.toUpperCase();
  if (CAPITALISED_NAMES.has(key)) {
    // Capitalised mid-sentence ("enable Config") or as a whole label ("* [Glue](#glue)", "## Shield").
    const first = word[0];
    return first !== first.toLowerCase() && (!atSentenceStart(text, at) || endsLabel(text, at + word.length));
  }
  return true;
}

/** How many tokens from `at` spell `entry`, or 0. */
function spells(entry: NameEntry, text: string, tokens: Tokens, at: number): number {
  const n = entry.tokens.length;
  if (at + n > tokens.words.length) return 0;
  for (let j = 1; j < n; j++) {
    if (tokens.words[at + j] !== entry.tokens[j] || !joined(text, tokens, at + j - 1)) return 0;
  }
  return n;
}

/** Ids of the services mentioned in a text, in order of first mention; tolerant of any input. */
export function findServices(index: CatalogIndex, text: string): string[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const names = matcher(index);
  const tokens = tokensOf(text);
  const { words, starts, ends } = tokens;
  const found: string[] = [];
  let i = 0;
  while (i < words.length) {
    let used = 1;
    const candidates = names.get(words[i]);
    if (candidates) {
      const prev = i > 0 ? words[i - 1] : undefined;
      const prefixed = prev !== undefined && (prev === 'aws' || prev === 'amazon') && joined(text, tokens, i - 1);
      for (const entry of candidates) {
        const n = spells(entry, text, tokens, i);
        if (n === 0) continue;
        const word = text.slice(starts[i], ends[i + n - 1]);
        if (!accepted(entry.key, prefixed, word, text, starts[i])) continue;
        for (const id of index.byName.get(entry.key) ?? []) if (!found.includes(id)) found.push(id);
        used = n;
        break;
      }
    }
    i += used;
  }
  return found;
}
