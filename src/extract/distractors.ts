/** Wrong options of the same kind as the answer: siblings first, then the catalog's category. */
import type { CatalogIndex } from '../core/catalog.js';
import { serviceNamed } from './lookup.js';
import { normalizeName } from '../core/catalog.js';
import type { Service } from '../core/types.js';
import type { Fact } from './facts.js';
import { lightStem } from './giveaway.js';
import { shortSlip } from './slips.js';
import { familyMates, familyMembers, lookAlike, otherFamilies, otherNames, outsideClosed, type Family } from './families.js';
import { containsPhrase, contentWords, initials, nameWithin, lostNumber, mereNames, normalize, notADescription, remindsSelf, saysNothing, scrambled, similarity, unplural, withoutAside, words } from './text.js';

/** How far around a fact to look for siblings in a long list. */
const WINDOW = 16;

/** Each pool's positions, so finding a fact's place stays constant time in a list of any length. */
const positions = new WeakMap<Fact[], Map<Fact, number>>();

function positionIn(pool: Fact[], fact: Fact): number {
  let index = positions.get(pool);
  if (!index || index.size !== pool.length) {
    index = new Map(pool.map((f, i) => [f, i]));
    positions.set(pool, index);
  }
  return index.get(fact) ?? -1;
}

/** Up to `WINDOW` facts on each side of `fact` in `pool`, nearest first. */
export function neighbours(fact: Fact, pool: Fact[]): Fact[] {
  const at = positionIn(pool, fact);
  const out: Fact[] = [];
  for (let d = 1; d <= WINDOW; d++) {
    if (at - d >= 0) out.push(pool[at - d]);
    if (at >= 0 && at + d < pool.length) out.push(pool[at + d]);
  }
  return (at < 0 ? pool.slice(0, 2 * WINDOW) : out).filter((f) => !f.junk);
}

/**
 * Does one definition say all the other says ("managed by ICANN" within "managed by IANA (branch
 * of ICANN)")? Then the other's term fits the shorter definition too: a second correct answer.
 */
export function covers(a: string, b: string): boolean {
  const [x, y] = [contentWords(a), contentWords(b)];
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  if (small.size < 2) return false;
  for (const w of small) if (!large.has(w)) return false;
  return true;
}

/**
 * Do two names denote the same thing (same text, acronym of each other, same catalog service)?
 * With `byService` false, two names the catalog files under one service ("gp2", "sc1" under EBS)
 * stay apart.
 */
export function sameThing(a: string, b: string, catalog: CatalogIndex, byService = true): boolean {
  // "Simple / Step Scaling" names "Simple Scaling" too.
  for (const [x, y] of [[a, b], [b, a]]) {
    if (!x.includes('/')) continue;
    const parts = x.split(/\s+\/\s+/);
    if (parts.length === 2 && words(parts[0]).length === 1 && words(parts[1]).length > 1) {
      const tail = words(parts[1]).slice(1).join(' ');
      if (normalize(`${parts[0]} ${tail}`) === normalize(y)) return true;
    }
  }
  const na = normalize(a);
  const nb = normalize(b);
  if (!na || !nb || na === nb) return true;
  const ca = na.replace(/ /g, '');
  const cb = nb.replace(/ /g, '');
  if (ca === cb || initials(a) === cb || initials(b) === ca) return true;
  // "HTTP" / "HTTPS" look alike; "Frequent Access tier" is not in "Infrequent Access tier".
  if (nameWithin(na, nb, ca, cb)) return true;
  // "SSE-KMS" is a kind of "Server Side Encryption": its leading acronym spells the other.
  // "Server Side Encryption (SSE)" spells it as well: the aside is set apart first.
  const lead = (x: string) => /^([A-Za-z]{2,5})-\w/.exec(x.trim())?.[1].toLowerCase();
  const [la, lb] = [lead(a), lead(b)];
  const [ba, bb] = [withoutAside(a) || a, withoutAside(b) || b];
  if ((la && words(bb).length >= 2 && initials(bb) === la) || (lb && words(ba).length >= 2 && initials(ba) === lb)) return true;
  if (!byService) return false;
  const sa = serviceNamed(catalog, a);
  const sb = serviceNamed(catalog, b);
  return sa !== undefined && sa === sb;
}

/**
 * Are two names one option: one thing by `sameThing`, except that two members of one curated family
 * are two things even when the catalog files both under one service ("Partition Key", "Sort Key").
 */
function oneOption(a: string, b: string, catalog: CatalogIndex, families: Family[]): boolean {
  if (sameThing(a, b, catalog, false)) return true;
  // What sameThing adds by service, without judging the names again.
  const sa = serviceNamed(catalog, a);
  return sa !== undefined && sa === serviceNamed(catalog, b) && !familyMates(a, b, families);
}

/** The service whose own name (not a feature alias such as "ALB") the term is. */
export function ownName(term: string, catalog: CatalogIndex): Service | undefined {
  const svc = serviceNamed(catalog, term);
  if (!svc) return undefined;
  const n = normalizeName(term);
  return [svc.name, svc.short].some((x) => normalizeName(x) === n) ? svc : undefined;
}

/**
 * Does one of two terms list the other among its own details ("EC2 Launch Type - Auto Scaling"
 * offering an "ECS Cluster Capacity Provider")? Then what is said of one is partly true of the
 * other, and neither is a clean wrong option for the other. One-word names ("Objects") are too
 * common in details to tell.
 */
export function offersOther(a: Fact, b: Fact): boolean {
  const names = (x: Fact, y: Fact) => y.details !== undefined && words(withoutAside(x.subject)).length >= 2 && containsPhrase(y.details, withoutAside(x.subject));
  return names(a, b) || names(b, a);
}

/**
 * Does a description say it holds another term of two words or more ("Zone file - contains all DNS
 * records" beside "DNS Records")? What holds the other does in part what the other does ("configure
 * how the DNS server routes traffic"), so the other's description is no clean wrong option. A term
 * merely named ("routed to which target group") is another thing.
 */
function heldBy(text: string, other: string): boolean {
  const held = HOLDS.exec(text)?.[1];
  return held !== undefined && saysName(held, other);
}

/**
 * Is one name the other with more words ("Reserved" and "On-Demand Capacity Reservations",
 * "On-Demand" and the same)? Then one is a kind of the other, and what is said of one may be true of
 * the other. Members of a curated family ("Rolling", "Rolling with additional batch") are distinct.
 */
function variantOf(a: string, b: string, families: Family[]): boolean {
  const [x, y] = [words(withoutAside(a)), words(withoutAside(b))];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length === 0 || short.length === long.length) return false;
  const stemmed = new Set(long.map(lightStem));
  return short.every((w) => w.length >= 3 && stemmed.has(lightStem(w))) && !familyMates(a, b, families);
}

/** What a description says its term is the pattern for: "provides baseline for creating a new environment configuration". */
const PATTERN_FOR = /\b(?:baseline|template|blueprint|starting point) for (?:creating |making |building )?([^;:()]+)/i;

/** Is a description the pattern for another term of two words or more ("Configuration Template" for "Environment Configuration")? */
function patternFor(text: string, other: string): boolean {
  const made = PATTERN_FOR.exec(text)?.[1];
  return made !== undefined && saysName(made, other);
}

/**
 * Does a text say a name of two words or more, in the singular or plural ("DNS records" for "DNS
 * Records", "signed URLs" for "Signed URL")? One-word names are too common in descriptions to tell.
 */
function saysName(text: string, name: string): boolean {
  const bare = withoutAside(name);
  return words(bare).length >= 2 && namedIn(text, bare);
}

/** Does a text say a name in the singular or plural ("... on basis of Managed Policy" for "Managed Policies")? */
function namedIn(text: string, name: string): boolean {
  const one = name.endsWith('ies') ? `${name.slice(0, -3)}y` : unplural(name);
  return [one, `${one}s`, one.replace(/y$/, 'ies')].some((form) => containsPhrase(text, form));
}

/** Does a text name a term by its initials ("IAM actions on OU or Account" for Organization Units)? */
function saysInitials(text: string, name: string): boolean {
  const letters = initials(withoutAside(name)).toUpperCase();
  return letters.length >= 2 && text.includes(letters) && new RegExp(`(?<![\\w-])${letters}s?(?![\\w-])`).test(text);
}

/** What a description says its term holds: "contains all DNS records", "collection of IAM users". */
const HOLDS = /\b(?:contains?|containing|holds?|stores?|collection of|group of|set of|made of|consists? of|list of)\s+([^,.;:()]+)/i;

/**
 * Distractor terms for a definition question: sibling terms whose definitions differ, then other
 * members of a curated family the siblings belong to, then services of the answer's category, those the note mentions most first, then the best known
 * (most aliases) - never neighbours in alphabetical order, which only share a name prefix.
 */
export function termDistractors(
  fact: Fact,
  pool: Fact[],
  catalog: CatalogIndex,
  n: number,
  mentions: ReadonlyMap<string, number> = new Map(),
  families: Family[] = [],
): { terms: string[]; filler: boolean } {
  const chosen: string[] = [];
  // A term the description itself names ("objects stored in buckets" beside "Buckets") is plainly not what it describes.
  // A constant ("ALARM") said as a plain word ("alarm should not be triggered") is still a fair wrong option.
  const inDescription = (t: string) => {
    if (t.length < 4 || /^[A-Z_]+$/.test(t)) return false;
    return namedIn(fact.text, t) || saysInitials(fact.text, t);
  };
  const taken = (t: string) => oneOption(t, fact.subject, catalog, families) || chosen.some((c) => oneOption(c, t, catalog, families)) || inDescription(t);
  // Wrong options of the answer's own kind first: services for a service, other terms otherwise.
  const isService = (t: string) => serviceNamed(catalog, t) !== undefined;
  const kind = isService(fact.subject);
  const near = neighbours(fact, pool);
  const ordered = [...near.filter((s) => isService(s.subject) === kind), ...near.filter((s) => isService(s.subject) !== kind)];
  // Two members of one family are distinct by curation: wordings that contrast them ("directly" /
  // "through a queue") may look alike, so only a definition that says all the other says rules one out.
  let missed = false;
  const pick = (s: Fact) => {
    if (chosen.length >= n || taken(s.subject)) return;
    if (lookAlike(fact.subject, s.subject, families) || offersOther(fact, s)) {
      missed = true;
      return;
    }
    // "Configuration Template - provides baseline for creating a new, unique, environment
    // configuration": a term that is the pattern of the answer is partly what the answer is, and
    // so is a kind of it ("Archive Access tier" beside "Archive Instant Access tier").
    if (patternFor(s.text, fact.subject) || variantOf(fact.subject, s.subject, families)) return;
    if (outsideClosed(fact.subject, s.subject, families)) return;
    const mate = familyMates(fact.subject, s.subject, families);
    if (covers(s.text, fact.text) || (!mate && similarity(s.text, fact.text) > 0.5) || (fact.value !== undefined && s.value === fact.value)) {
      missed = true;
      return;
    }
    chosen.push(s.subject);
  };
  // The answer's own list first, then the other well-known members of the family it belongs to
  // ("Rolling", "Immutable"), and only then terms of a neighbouring list, which may be of another kind.
  const own = ordered.filter((s) => s.group === fact.group);
  // An answer named like most of its list ("Batch Processing", "Stream Processing") is of their
  // kind: a sibling named otherwise ("Consumers") is another thing. A list half of one name and half
  // of others ("Dead-Letter Queue", "Delay Queue", "Visibility Timeout") mixes kinds on purpose.
  // A sibling ending in an acronym ("Customer Managed CMK" beside keys) may name the same head.
  const answerHead = words(withoutAside(fact.subject)).length > 1 ? headOf(fact.subject) : '';
  const namesakes = own.filter((s) => headOf(s.subject) === answerHead).length + 1;
  const namedAlike = /^[a-z]{3,}$/.test(answerHead) && namesakes >= 2 && namesakes * 2 > own.length + 1;
  const acronymHead = (name: string) => /[A-Z]{2,}s?$/.test(name.trim());
  for (const s of own) if (!namedAlike || headOf(s.subject) === answerHead || acronymHead(s.subject)) pick(s);
  if (chosen.length < n) {
    // The answer's list around it tells its family, as its neighbours do: a list of thousands is not walked for every term.
    const at = positionIn(pool, fact);
    const around = at < 0 ? pool : pool.slice(Math.max(0, at - WINDOW), at + WINDOW + 1);
    const siblings = around.filter((p) => p.group === fact.group).map((p) => p.subject);
    // Members of a family are distinct by curation, even when the catalog files them under one service.
    const named = (t: string) => sameThing(t, fact.subject, catalog, false) || chosen.some((c) => sameThing(c, t, catalog, false));
    const { members, decoys } = familyMembers(fact.subject, siblings, families);
    // A member the note defines too is held to what its definition says ("managed by IANA (branch of
    // ICANN)" fits "managed by ICANN" as well).
    const fits = (m: string) => pool.some((p) => sameThing(p.subject, m, catalog, false) && covers(p.text, fact.text));
    for (const m of members) {
      if (chosen.length >= n) break;
      // A member the description names ("send messages to one SNS topic" beside "SNS Topic") is plainly not the answer.
      if (named(m) || lookAlike(fact.subject, m, families) || fits(m) || inDescription(m)) missed = true;
      else chosen.push(m);
    }
    // Decoys only complete an enumeration whose real members are all shown: beside a missing real
    // counterpart (poll-based beside push-based) an invented name is easy to dismiss.
    if (!missed) {
      for (const d of decoys) {
        if (chosen.length >= n) break;
        if (!named(d) && !inDescription(d)) chosen.push(d);
      }
    }
  }
  // A neighbouring list's term must be named like the answer's siblings: "Access Controls" among
  // "... communication" options stands out.
  const heads = new Set(own.map((s) => headOf(s.subject)));
  const alike = (s: Fact) => own.length < 2 || heads.size > 1 || heads.has(headOf(s.subject));
  // A neighbouring list with a term that a curated family places among things of another kind is a
  // list of that other kind ("Symmetric", a key type, beside the encryption state "Data at rest").
  const otherKind = new Set(ordered.filter((s) => s.group !== fact.group && otherFamilies(fact.subject, s.subject, families)).map((s) => s.group));
  // A setting's identifier ("OnUnauthenticatedRequest") beside spaced names ("Cognito User Pools"),
  // or a name beside identifiers, is another kind of thing.
  const coded = codeName(fact.subject, catalog);
  for (const s of ordered) if (s.group !== fact.group && alike(s) && !otherKind.has(s.group) && codeName(s.subject, catalog) === coded) pick(s);
  let filler = false;
  const service = ownName(fact.subject, catalog);
  if (chosen.length < n && service) {
    // Services of the answer's own kind first (AWS WAF beside AWS Shield, not Amazon Cognito), the
    // ones the note names most first.
    const known = (s: Service) => (s.kind !== undefined && s.kind === service.kind ? 1e9 : 0) + (mentions.get(s.id) ?? 0) * 100 + s.aliases.length + s.acronyms.length;
    const same = (catalog.byCategory.get(service.category) ?? []).slice().sort((a, b) => known(b) - known(a) || a.id.localeCompare(b.id));
    for (const s of same) {
      if (chosen.length >= n) break;
      if (s.id === service.id || taken(s.short) || taken(s.name) || [fact.subject, service.short].some((a) => lookAlike(a, s.short, families))) continue;
      chosen.push(s.short);
      filler = true;
    }
  }
  return { terms: chosen, filler };
}

/**
 * An identifier from code or configuration rather than a name: "memberOf", "OnUnauthenticatedRequest"
 * (three or more capitalised parts run together). Product names run two together ("CloudFront",
 * "DynamoDB") and the catalog knows them.
 */
function codeName(name: string, catalog: CatalogIndex): boolean {
  const t = name.trim();
  return (/^[a-z]+(?:[A-Z][a-z0-9]*)+$/.test(t) || /^[A-Z][a-z]+(?:[A-Z][a-z0-9]+){2,}$/.test(t)) && serviceNamed(catalog, t) === undefined;
}

/** The last word of a name, plural folded: "File-transfer communication" -> "communication". */
function headOf(name: string): string {
  const w = words(withoutAside(name));
  return unplural(w[w.length - 1] ?? '');
}

/** A contrast with what follows it: "... instead of multi-accounts". */
const CONTRAST = /\b(?:instead of|rather than|unlike|as opposed to|compared to|versus|vs\.?)\s+(.*)$/i;

/**
 * "Separate departments through VPCs instead of multi-accounts" offered for Multi Account Strategy:
 * a description that sets itself against the term asked about rules itself out.
 */
function setAgainst(text: string, term: string): boolean {
  const m = CONTRAST.exec(text);
  if (!m) return false;
  const asked = new Set(words(withoutAside(term)).filter((w) => w.length >= 4).map(unplural));
  return words(m[1]).slice(0, 4).some((w) => asked.has(unplural(w)));
}

/** Distractor definitions for a term question: definitions of sibling terms, closest length first. */
export function definitionDistractors(fact: Fact, pool: Fact[], catalog: CatalogIndex, n: number, families: Family[] = []): string[] {
  const len = fact.text.length;
  // A service's own description ("S3 - Simple Cloud Storage") among descriptions of its parts
  // ("Buckets", "Objects") is of another kind, and so is a part's among services'.
  // "S3 can host static websites" speaks of the service, not of a part like the answer does.
  const product = ownName(fact.subject, catalog) !== undefined;
  const opensWithService = (t: string) => {
    const m = /^((?:(?:Amazon|AWS)\s+)?\S+)\s+(?:can|cannot|is|are|has|have|does|doesn't|supports?|allows?|provides?|will|must|should)\b/i.exec(t.trim());
    return m !== null && ownName(m[1], catalog) !== undefined;
  };
  const aboutService = opensWithService(fact.text);
  // "Group of 1-90 redis shards" beside a Memcached Cluster answer: a description naming what tells
  // a sibling of the same kind ("Redis Cluster") apart from the answer is dismissed at a glance.
  const answerWords = words(fact.subject).map(unplural);
  const head = answerWords[answerWords.length - 1];
  // Only the neighbours can be offered, so only they are looked at: a 6,000-item list stays linear.
  const near = neighbours(fact, pool);
  const marks = new Set<string>();
  for (const p of near) {
    const named = words(p.subject);
    if (p.group !== fact.group || named.length < 2 || unplural(named[named.length - 1]) !== head) continue;
    for (const w of named) {
      const f = unplural(w);
      if (f.length >= 4 && !answerWords.includes(f)) marks.add(f);
    }
  }
  // "Gateway Load Balancer - modern LB ..." for GWLB rules itself out: a description opening with its own term's name.
  const opensWith = (text: string, name: string) => {
    const t = text.trim();
    return name.length >= 3 && t.slice(0, name.length).toLowerCase() === name.toLowerCase() && !/[A-Za-z0-9]/.test(t.charAt(name.length));
  };
  const selfNamed = (s: Fact) => [s.subject, ...otherNames(s.subject, families)].some((n) => opensWith(s.text, n));
  const namesItself = (s: Fact) => selfNamed(s) || (marks.size > 0 && words(s.text).some((t) => marks.has(unplural(t))));
  // The cheap tests first: in a list of near-alike descriptions most neighbours fail on likeness.
  const fits = (s: Fact) =>
    similarity(s.text, fact.text) <= 0.4 &&
    normalize(s.text) !== normalize(fact.text) &&
    !covers(s.text, fact.text) &&
    !namesItself(s) &&
    // "Writing, Put, Describe", "Roles/Users only": names alone describe nothing beside sentences.
    (!mereNames(s.text) || mereNames(fact.text)) &&
    !oneOption(s.subject, fact.subject, catalog, families) &&
    !lookAlike(fact.subject, s.subject, families) &&
    !offersOther(fact, s) &&
    !heldBy(fact.text, s.subject) &&
    !variantOf(fact.subject, s.subject, families) &&
    // "Same as Signed URL but give access to multiple files" is plainly not Signed URL, nor "IAM
    // actions on OU or Account" Organization Units.
    !saysName(s.text, fact.subject) &&
    !saysInitials(s.text, fact.subject) &&
    !outsideClosed(fact.subject, s.subject, families) &&
    (ownName(s.subject, catalog) !== undefined) === product &&
    opensWithService(s.text) === aboutService &&
    !setAgainst(s.text, fact.subject) &&
    // "Should be the same type as the main queue" beside descriptions reads as a torn-out line.
    !notADescription(s.text) &&
    !scrambled(s.text) &&
    !lostNumber(s.text) &&
    !remindsSelf(s.text) &&
    // "size maz 8KB": a short typo would show on screen and sink the question.
    !shortSlip(s.text) &&
    // "Purely varying option as per need" fits any term: last, as few descriptions get this far.
    !saysNothing(s.text);
  // Closest length first; each neighbour is judged only until `n` are found (the sort is stable, so
  // judging before or after sorting picks the same ones). `near` is this call's own copy.
  near.sort((a, b) => Math.abs(a.text.length - len) - Math.abs(b.text.length - len) || a.source.line - b.source.line);
  const out: string[] = [];
  for (const c of near) {
    if (out.length >= n) break;
    if (!fits(c) || out.some((o) => similarity(o, c.text) > 0.5)) continue;
    out.push(c.text);
  }
  return out;
}

const VAGUE = new Set(['data', 'service', 'aws', 'amazon', 'can', 'use', 'allow', 'support', 'have', 'has', 'need', 'want', 'make', 'get', 'more', 'all', 'any', 'one', 'other', 'like', 'based', 'time',
  'message', 'queue', 'instance', 'request', 'user', 'resource', 'record', 'object', 'file', 'key', 'type', 'application', 'traffic', 'at', 'least', 'up']);

/** Phrases whose words say nothing about an aspect ("10 messages at once"). */
const IDIOMS = /\bat (?:once|a time|the same time)\b/gi;

const NEGATION = /\b(?:not|no|cannot|can't|only|never|unlimited|without)\b/i;

/** An order of magnitude ("1000s", "millions", "100s of"): what reaches more reaches less too. */
const MAGNITUDE = /\b(?:\d+0s|hundreds|thousands|millions|billions)\b/i;

/**
 * Statements about a comparable thing that are not also said of the subject: each must speak of
 * an aspect the subject's own statements speak of (so it can be told apart), and must not repeat
 * two of their key words unless it negates what they say.
 */
export function statementDistractors(truths: string[], others: string[], n: number): string[] {
  const out: string[] = [];
  const aspectsOf = (t: string) => [...contentWords(t.replace(IDIOMS, ' '))].filter((w) => !VAGUE.has(w));
  const aspects = new Set(truths.flatMap(aspectsOf));
  const magnitude = truths.some((t) => MAGNITUDE.test(t));
  for (const o of others) {
    if (out.length >= n) break;
    const opening = (t: string) => words(t).slice(0, 4).join(' ');
    if (truths.some((t) => similarity(t, o) > 0.3 || normalizeName(t) === normalizeName(o) || opening(t) === opening(o))) continue;
    // "connects to the public internet through an IGW" is as true of a public IP as of a private one.
    const mine = aspectsOf(o);
    const echoes = truths.some((t) => {
      const theirs = new Set(aspectsOf(t));
      return mine.filter((w) => theirs.has(w)).length >= 2 && NEGATION.test(o) === NEGATION.test(t);
    });
    if (echoes) continue;
    const contrast = mine.some((w) => aspects.has(w));
    if (!contrast) continue;
    // "scales to 1000s of requests/s" is true of a subject that handles millions of them as well.
    if (magnitude && MAGNITUDE.test(o)) continue;
    if (out.some((x) => similarity(x, o) > 0.5)) continue;
    out.push(o);
  }
  return out;
}
