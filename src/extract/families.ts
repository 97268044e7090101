/** Curated families of sibling terms (data/catalog/families.json): wrong options for short term lists. */
import { bundledList } from './bundled.js';
import { containsPhrase, dropsTwo, normalize, remembered, rememberedPer, withoutAside, words } from './text.js';
import { englishWords } from './dictionary.js';
import { bundledVocabulary } from './vocabulary.js';

/** A family of terms that are alternatives to each other; each member is a name or [name, ...other spellings]. */
export interface Family {
  id: string;
  /** What the members are, and which real ones were left out because a note's definition fits them too. */
  about?: string;
  members: (string | string[])[];
  /**
   * Plausible names of the same form that are not members ("roundRobin" beside the ECS placement
   * strategies): wrong options once the real members run out.
   */
  decoys?: string[];
  /**
   * Pairs of members a short description rarely tells apart (Step and Simple Scaling both act on a
   * CloudWatch alarm; Immutable and Traffic splitting both launch a new set of instances): neither
   * is offered as a wrong option for the other.
   */
  alike?: string[][];
  /**
   * The members are a kind of thing their notes list beside things of other kinds (S3 Buckets and
   * Objects beside S3 features such as Versioning): their wrong options come from the family only.
   */
  closed?: boolean;
  /**
   * What a member is, in a few words, keyed by its first spelling: a wrong option for a question on
   * another member that a note's short list cannot give three of ("What best describes NLB?" beside
   * a note that describes only three load balancers).
   */
  described?: Record<string, string>;
  /**
   * Descriptions of the family's kind that fit none of its members ("Traffic is shifted in doubling
   * increments" beside the CodeDeploy configurations): wrong descriptions once the members' run out.
   */
  misfits?: string[];
}

/** A name as families compare it: a trailing aside dropped ("Network ACL (NACL)"), lower case, plurals folded. */
const key: (name: string) => string = remembered((name) => normalize(withoutAside(name) || name).replace(/s\b/g, ''));

function spellings(member: string | string[]): string[] {
  return (Array.isArray(member) ? member : [member]).map(key);
}

/** The shipped families. */
export function bundledFamilies(): Family[] {
  // One list for every note: the lookups below are built once per list.
  bundled ??= bundledList('families').filter((f): f is Family => Array.isArray((f as Family)?.members));
  return bundled;
}

let bundled: Family[] | undefined;

/** Families are looked up by every spelling of every member; built once per family list. */
const indexes = new WeakMap<Family[], Map<string, Family[]>>();

function familiesOf(name: string, families: Family[]): Family[] {
  let index = indexes.get(families);
  if (!index) {
    index = new Map();
    for (const family of families) {
      for (const s of new Set(family.members.flatMap(spellings))) index.set(s, [...(index.get(s) ?? []), family]);
    }
    indexes.set(families, index);
  }
  return index.get(key(name)) ?? [];
}

/**
 * A name that means one thing wherever it stands, found in a single family: two words or more
 * ("Cross-Zone Load Balancing"), an identifier ("distinctInstance", "PutMetricData") or an acronym
 * ("NLB"). A plain
 * word ("Standard", "Immutable") needs a sibling to say which family it is in.
 */
function distinctive(name: string, found: Family[]): boolean {
  return found.length === 1 && (words(key(name)).length >= 2 || /^[a-z]+[A-Z]\w*$|^[A-Z][a-z]+[A-Z]\w*$|^[A-Z]{3,5}$/.test(name.trim()));
}

/**
 * Other members of the family that `subject` belongs to, shown by their first name, and that
 * family's decoys. The family must hold at least one of the `siblings` too (so a lone "Standard"
 * never picks a family), unless the subject's name is distinctive enough to be in one family only.
 * A subject no family spells joins the family that two of its siblings are in.
 * Members already among `siblings` are left out.
 */
export function familyMembers(subject: string, siblings: string[], families: Family[]): { members: string[]; decoys: string[] } {
  const own = key(subject);
  const others = siblings.map(key);
  const family = familyOf(subject, siblings, families);
  if (!family) return { members: [], decoys: [] };
  const members = family.members
    .filter((m) => !spellings(m).some((n) => n === own || others.includes(n)))
    .map((m) => (Array.isArray(m) ? closestForm(m, subject) : m));
  const decoys = (family.decoys ?? []).filter((d) => key(d) !== own && !others.includes(key(d)));
  return { members, decoys };
}

/**
 * The curated descriptions of the members of `subject`'s family (found among its `siblings` as
 * `familyMembers` finds it) that are neither the subject, nor in `exclude` (a note's own description
 * of them is offered already), nor marked alike with it: `[name, description]`, the name as the
 * family first spells it.
 */
export function familyDescriptions(subject: string, siblings: string[], families: Family[], exclude: string[] = []): [string, string][] {
  const family = familyOf(subject, siblings, families);
  if (!family?.described) return [];
  const own = key(subject);
  const others = exclude.map(key);
  const out: [string, string][] = [];
  for (const m of family.members) {
    const names = spellings(m);
    const first = Array.isArray(m) ? m[0] : m;
    const text = family.described[first];
    if (text && !names.some((n) => n === own || others.includes(n)) && !lookAlike(subject, first, families)) out.push([first, text]);
  }
  return out;
}

/** The descriptions of `subject`'s family (found as `familyMembers` finds it) that fit none of its members. */
export function familyMisfits(subject: string, siblings: string[], families: Family[]): string[] {
  return familyOf(subject, siblings, families)?.misfits ?? [];
}

/** The family `subject` belongs to, told by its siblings (see `familyMembers`). */
function familyOf(subject: string, siblings: string[], families: Family[]): Family | undefined {
  const own = key(subject);
  const others = siblings.map(key);
  // A term the family does not spell ("Simple / Step Scaling") goes with the family two of its siblings are in.
  let found = familiesOf(subject, families);
  if (found.length === 0) {
    const counts = new Map<Family, number>();
    for (const o of new Set(siblings)) if (key(o) !== own) for (const f of familiesOf(o, families)) counts.set(f, (counts.get(f) ?? 0) + 1);
    found = [...counts].filter(([, n]) => n >= 2).map(([f]) => f);
  }
  let best: { family: Family; overlap: number } | undefined;
  for (const family of found) {
    const names = family.members.map(spellings);
    const overlap = others.filter((o) => o !== own && names.some((n) => n.includes(o))).length;
    if (!best || overlap > best.overlap) best = { family, overlap };
  }
  if (!best || (best.overlap === 0 && !distinctive(subject, found))) return undefined;
  return best.family;
}

/**
 * A member's spelling nearest in form to the answer's name: the same last word ("Reserved Instances"
 * beside "On-Demand Instances"), an acronym only beside an acronym ("High Availability" beside
 * "Elasticity"), then the nearest length ("Pass" beside "Task"); the first spelling on a tie.
 */
function closestForm(member: string[], answer: string): string {
  const acronym = (t: string) => /^[A-Z0-9]{2,6}s?$/.test(t.trim());
  const last = (t: string) => key(t).split(' ').pop() ?? '';
  // "Stream Storage (Kinesis Data Streams)" is two words long; the aside is no part of its form.
  const bare = (t: string) => withoutAside(t) || t;
  const [answerLast, answerAcronym, answerSize] = [last(answer), acronym(bare(answer)), words(bare(answer)).length];
  const score = (s: string) => (last(s) === answerLast ? 2 : 0) + (acronym(s) === answerAcronym ? 1 : 0) - Math.abs(words(bare(s)).length - answerSize) / 2;
  // Only the first spelling with words left out or added ("Pass State", "Pass"); another name
  // ("Kinesis Data Analytics" for Amazon Managed Service for Apache Flink) may be an old one.
  const first = new Set(words(member[0]));
  const variant = (s: string) => words(s).every((w) => first.has(w)) || [...first].every((w) => words(s).includes(w));
  let best = member[0];
  for (const s of member) if (variant(s) && score(s) > score(best)) best = s;
  return best;
}

/**
 * Are `a` and `b` two different members of one family ("sc1" and "gp2 / gp3")? With `within`, of a
 * family that it belongs to as well: the Firehose stages "Producers" and "Destinations" are mates,
 * but not within the family of the Kinesis shard.
 */
export function familyMates(a: string, b: string, families: Family[], within?: string): boolean {
  const [ka, kb] = [key(a), key(b)];
  if (ka === kb) return false;
  for (const family of familiesOf(a, families)) {
    const at = (k: string) => family.members.findIndex((m) => spellings(m).includes(k));
    const [ia, ib] = [at(ka), at(kb)];
    if (ia >= 0 && ib >= 0 && ia !== ib && (within === undefined || at(key(within)) >= 0)) return true;
  }
  return false;
}

/** Each spelling of an `alike` member with the spellings of the members it is paired with; built once per family list. */
const alikes = new WeakMap<Family[], Map<string, Set<string>>>();

/** Are `a` and `b` a pair of members a family marks as alike (see `Family.alike`)? */
export function lookAlike(a: string, b: string, families: Family[]): boolean {
  let index = alikes.get(families);
  if (!index) {
    index = new Map();
    for (const family of families) {
      const spelled = (name: string) => spellings(family.members.find((m) => spellings(m).includes(key(name))) ?? name);
      for (const [x, y] of family.alike ?? []) {
        for (const [from, to] of [[spelled(x), spelled(y)], [spelled(y), spelled(x)]]) {
          for (const s of from) index.set(s, new Set([...(index.get(s) ?? []), ...to]));
        }
      }
    }
    alikes.set(families, index);
  }
  return index.get(key(a))?.has(key(b)) ?? false;
}

/** Is `answer` a member of a closed family (see `Family.closed`) that `other` is not in? */
export function outsideClosed(answer: string, other: string, families: Family[]): boolean {
  const closed = familiesOf(answer, families).filter((f) => f.closed === true);
  if (closed.length === 0) return false;
  const theirs = familiesOf(other, families);
  return closed.some((f) => !theirs.includes(f));
}

/**
 * Are `a` and `b` each in a curated family, but in no family together ("Data at rest" among
 * encryption states, "Symmetric" among key types)? Then they are things of different kinds.
 */
export function otherFamilies(a: string, b: string, families: Family[]): boolean {
  const mine = familiesOf(a, families);
  if (mine.length === 0) return false;
  const theirs = familiesOf(b, families);
  return theirs.length > 0 && !theirs.some((f) => mine.includes(f));
}

/** Each spelling of every member, and each with one letter left out, to the spelling as written; built once per family list. */
const nearIndexes = new WeakMap<Family[], Map<string, string>>();

/** A name and the name with each one letter left out. */
function nearForms(k: string): string[] {
  const out = [k];
  for (let i = 0; i < k.length; i++) out.push(k.slice(0, i) + k.slice(i + 1));
  return out;
}

/** Shortest name a one-letter slip is looked for in: shorter ones ("gp2", "Rules") are often other names. */
const MIN_SLIPPED = 7;

/**
 * The family's spelling of a name the note misspells by one letter ("Price Classess" -> "Price
 * Classes"), whether or not the family lists the slip among the member's spellings; the name itself
 * when no spelling is that close, or two are.
 */
export function familySpelling(name: string, families: Family[]): string {
  return spellingIn(families, name);
}

/** Two names alike but for one "s" at the end of a word other than the last ("Saving Plans", "Savings Plans"). */
function innerS(a: string, b: string): boolean {
  const [x, y] = [a.trim().toLowerCase().split(/\s+/), b.trim().toLowerCase().split(/\s+/)];
  if (x.length !== y.length || x.length < 2 || x[x.length - 1] !== y[y.length - 1]) return false;
  const differ = x.map((w, i) => [w, y[i]]).filter(([p, q]) => p !== q);
  return differ.length === 1 && (differ[0][0] === `${differ[0][1]}s` || differ[0][1] === `${differ[0][0]}s`);
}

/** familySpelling remembered per family list: a note shows the same terms in many questions' options. */
const spellingIn = rememberedPer((families: Family[], name: string): string => {
  const k = key(name);
  const listed = familiesOf(name, families);
  // The spellings of the member the name is one of, the family's own name first ([] when none).
  const member = listed[0]?.members.find((m) => spellings(m).includes(k));
  const names = member === undefined ? [] : Array.isArray(member) ? member : [member];
  // "st 1 (HDD)" for st1: a member written with spaces the family's own name has not is shown as the family writes it.
  const unspaced = (t: string) => t.replace(/\s+/g, '');
  const core = withoutAside(name) || name;
  if (names.length > 0 && names[0] !== core && /\s/.test(core) && unspaced(names[0]) === unspaced(core)) return names[0] + name.slice(core.length);
  if (k.length < MIN_SLIPPED) return name;
  if (listed.length > 0) {
    // A slip a family lists so that the note's term is found ("Reservecd Instances") is not shown.
    // "Saving Plans" is "Savings Plans" misspelt: a word inside the name one "s" off, the last word
    // the same, is no plural of the name (unless the family lists the name as written).
    const asWritten = names.some((s) => s.trim().toLowerCase() === name.trim().toLowerCase());
    const inner = asWritten ? undefined : names.find((s) => innerS(name, s));
    if (inner) return inner;
    const better = names.filter((s) => key(s) !== k && slipOf(name, s));
    if (new Set(better.map(key)).size !== 1) return name;
    // "Atrributes" is shown "Attributes", not "Attribute".
    const plural = (t: string) => /s$/i.test(t.trim());
    return better.find((s) => plural(s) === plural(name)) ?? better[0];
  }
  let index = nearIndexes.get(families);
  if (!index) {
    index = new Map();
    for (const family of families) {
      for (const m of family.members) {
        for (const spelled of Array.isArray(m) ? m : [m]) {
          const sk = key(spelled);
          if (sk.length < MIN_SLIPPED) continue;
          for (const form of new Set(nearForms(sk))) index.set(form, index.has(form) && index.get(form) !== spelled ? '' : spelled);
        }
      }
    }
    nearIndexes.set(families, index);
  }
  const found = new Set(nearForms(k).map((form) => index.get(form)).filter((x): x is string => x !== undefined));
  if (found.size !== 1 || found.has('')) return name;
  const spelled = [...found][0];
  return slipOf(name, spelled) ? spelled : name;
});

/**
 * Is `name` a one-letter slip of `spelled`? The two differ by a letter, and "Scheduled" is no slip
 * of "Scheduler", nor "interval" of "Internal": the word the note writes must be unknown, or written
 * far less often than the word the family writes instead.
 */
function slipOf(name: string, spelled: string): boolean {
  // "ReceiptHandle" and "Receipt Handle", "Buses" and "Bus" are one name written two ways.
  const [x, y] = [words(name.toLowerCase()), words(spelled.toLowerCase())];
  const plural = (w: string, one: string) => (w === `${one}s` && !one.endsWith('s')) || (w === `${one}es` && /(?:s|x|ch|sh)$/.test(one));
  if (x.length === y.length && x.every((w, i) => w === y[i] || plural(w, y[i]) || plural(y[i], w))) return false;
  const [a, b] = [x.join(''), y.join('')];
  if (a === b || plural(a, b) || plural(b, a) || Math.min(a.length, b.length) < MIN_SLIPPED) return false;
  const near = new Set(nearForms(b));
  const [mine, theirs] = [words(name.toLowerCase()), words(spelled.toLowerCase())];
  if (!nearForms(a).some((form) => near.has(form))) {
    // "Partion Key" for Partition Key: two neighbouring letters dropped, when no dictionary knows
    // the note's word and it knows the family's.
    if (!dropsTwo(a, b)) return false;
    const english = englishWords();
    return mine.every((w) => theirs.includes(w) || !english.has(w)) && theirs.every((w) => mine.includes(w) || english.has(w));
  }
  const vocabulary = bundledVocabulary();
  const count = (w: string) => vocabulary.get(w) ?? 0;
  const rarest = Math.min(...mine.filter((w) => !theirs.includes(w)).map(count));
  const commonest = Math.max(0, ...theirs.filter((w) => !mine.includes(w)).map(count));
  return rarest * SLIP_RARITY < commonest;
}

/** How many times less often than the family's word a note's word is written, to be taken for a slip of it. */
const SLIP_RARITY = 10;

/**
 * The name a family gives the member `name` first when the note's name is part of a sibling's
 * ("Infrequent Access" of S3 Standard-IA, inside "One Zone-Infrequent Access"): said alone it could
 * mean either. Otherwise `name` itself.
 */
export function familyName(name: string, families: Family[]): string {
  return familyNameIn(families, name);
}

const familyNameIn = rememberedPer((families: Family[], name: string): string => {
  const k = key(name);
  for (const family of familiesOf(name, families)) {
    const member = family.members.find((m) => spellings(m).includes(k));
    if (!Array.isArray(member) || member.length < 2) continue;
    const inSibling = family.members.some((m) => m !== member && spellings(m).some((o) => o !== k && containsPhrase(o, k)));
    if (inSibling) return member[0];
  }
  return name;
});

/** The other spellings a family gives the member `name` ("GWLB" -> "Gateway Load Balancer"), as written. */
export function otherNames(name: string, families: Family[]): readonly string[] {
  return otherNamesIn(families, name);
}

/** otherNames remembered per family list: every candidate wrong option's term is looked up. */
const otherNamesIn = rememberedPer((families: Family[], name: string): readonly string[] => {
  const k = key(name);
  const out = new Set<string>();
  for (const family of familiesOf(name, families)) {
    const member = family.members.find((m) => spellings(m).includes(k));
    for (const n of Array.isArray(member) ? member : member ? [member] : []) if (key(n) !== k) out.add(n);
  }
  return [...out];
});
