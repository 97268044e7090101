/** The form of options and terms: an answer that stands out by its shape, a label that lists its members, everyday words. */
import type { Draft } from './generate.js';
import { words } from './text.js';

/** Words that make a phrase a description rather than a list of names ("based on", "used for"; not the "On" of "On-Demand"). */
const LINKING = /(?<![\w-])(?:is|are|was|be|can|could|must|will|should|use|used|uses|using|allows?|based|defines?|for|to|of|in|on|at|with|within|by|from|into|than|that|which|when|where|if)(?![\w-])/i;

/** Negations that mark a statement ("can NOT update", "never retry"). */
const NEGATED = /\b(?:not|never|cannot|can't|don't|doesn't|won't|isn't|aren't|no|without)\b/i;

/** Negated from its opening words ("The customer can NOT update"), not in a trailing clause ("set to 0 to never retry"). */
function negated(text: string): boolean {
  return NEGATED.test(words(text).slice(0, 5).join(' '));
}

/** Trailing words that do not make a list a description ("Roles/Users only", "A, B, etc."). */
const TAIL = /\s*(?:\bonly|\betc\.?|\.\.\.|…)\s*$/i;

/** The items of a list of names ("Users, User-Groups, Roles", "Roles/Users only"), or none when the text says something. */
function nameItems(text: string): string[] {
  const t = text.trim().replace(TAIL, '');
  if (!t || LINKING.test(t)) return [];
  const items = t
    .split(/,|\/|;|\s(?:and|or)\s/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  return items.length >= 2 && items.every((s) => words(s).length <= 3) ? items : [];
}

/** A list of capitalised names with nothing said about them: "Users, User-Groups, Roles", "Linux, Windows, Mac OS". */
export function nameList(text: string): boolean {
  const items = nameItems(text);
  return items.length > 0 && items.every((s) => /^\(?[A-Z0-9]/.test(s));
}

/** Last words of a label that groups members ("Parameter Types", "Lambda metrics", "Public Providers"). */
const CATEGORY =
  /\b(?:types?|metrics|options|classes|kinds|tiers|modes|families|engines|runtimes|languages|formats|providers|sources|targets|states|categories|models|plans|levels|methods|protocols|strategies|values|flavou?rs|editions|variants)$/i;

/**
 * "Parameter Types: String, StringList, SecureString": a category label defined by the list of its
 * members. Asked either way, the members name the label (or the label the members): nothing to know.
 */
export function membersOfLabel(term: string, text: string): boolean {
  return CATEGORY.test(term.trim()) && nameItems(text).length >= 3;
}

/**
 * Everyday computing words ("CPU", "RAM", "Storage"): what they mean is general knowledge, not an
 * AWS fact, even when a note lists them as the parts of an instance.
 */
const EVERYDAY =
  /^(?:cpus?|ram|memory|storage|network(?:ing)?|network card|os|operating system|disks?|hard (?:disk|drive)s?|hdd|ssd|gpus?|internet|computers?|servers?|hardware|software|bandwidth)$/i;

/** Is the term an everyday computing word? */
export function everyday(term: string): boolean {
  return EVERYDAY.test(term.trim());
}

/** A description longer than this many words may stand out by length alone. */
const LONG_ANSWER = 12;
/** The answer standing this many times longer than every wrong option gives it away. */
const LONGER = 1.6;

/**
 * Does the answer of a term question ("what best describes X?") stand out by its form among the
 * wrong options? Far longer than every one of them, the only one negated ("can NOT update" for
 * "Non-Authoritative"), the only list of names among statements, or the only statement among lists
 * of names ("Boundary of Max. Permission" against "Users, User-Groups, Roles" and "Roles/Users only").
 */
export function answerStandsOut(d: Draft): boolean {
  if (d.kind === 'definition' && d.correct === 1 && d.options.length >= 4) return nameStandsOut(d.options[0], d.options.slice(1));
  if (d.kind !== 'term' || d.correct !== 1 || d.options.length < 2) return false;
  const [answer, ...wrong] = d.options;
  const n = words(answer).length;
  const most = Math.max(...wrong.map((w) => words(w).length));
  if (n >= LONG_ANSWER && n >= LONGER * most) return true;
  if (negated(answer) && !wrong.some(negated)) return true;
  const lists = wrong.filter(nameList).length;
  if (nameList(answer) ? lists === 0 : lists >= 2) return true;
  return false;
}

/**
 * A name written unlike every wrong option: shouted ("SHARD" beside "Producer", "Consumer") or a
 * bare acronym ("FSR") among names of several words ("EBS Snapshot Archive", "Recycle Bin").
 */
function nameStandsOut(answer: string, wrong: string[]): boolean {
  const a = answer.trim();
  const shouted = (t: string) => /^[A-Z][A-Z_]{3,}$/.test(t.trim());
  if (shouted(a) && !wrong.some((w) => /^[A-Z0-9_]+$/.test(w.trim()))) return true;
  const bare = (t: string) => /^[A-Z][A-Z0-9]{1,5}$/.test(t.trim());
  return bare(a) && wrong.every((w) => !bare(w) && words(w).length >= 2);
}
