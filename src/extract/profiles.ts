/**
 * Service profiles: the items a note lists under a service's heading or lead-in ("Amazon Athena:
 * uses SQL, built on Presto; supports CSV, JSON, ORC, Avro and Parquet") asked together as
 * "Which AWS service matches all of these descriptions?". One item alone is often true of several
 * services; two or three together, with at least one specific detail, name one.
 */
import type { CatalogIndex } from '../core/catalog.js';
import { ownName, sameThing, termDistractors } from './distractors.js';
import { groupBy, type Fact } from './facts.js';
import { familyMates, familyMembers, familySpelling, type Family } from './families.js';
import type { Draft } from './generate.js';
import { giveawayWord, related, wordsOf } from './giveaway.js';
import { servicesIn } from './lookup.js';
import { isJunk, weakName } from './quality.js';
import { shortSlip } from './slips.js';
import { decap, pickContext, tidy, unstop } from './stems.js';
import { containsPhrase, similarity, words } from './text.js';

/** Items shown in one profile, and how many of a list's items are considered (a list of thousands stays cheap). */
const MAX_ITEMS = 3;
/** Fewer items fit several services too often ("caching by object name; you can set TTL"). */
const MIN_ITEMS = 3;
const SCAN = 40;

/** Generic words that say nothing specific even when capitalised. */
const PLAIN = new Set(['aws', 'amazon', 'cloud', 'it', 'the', 'a', 'an', 'can', 'is', 'no', 'not', 'you', 'we', 'only', 'also', 'very', 'fully', 'highly']);

/** Markup, arrows, tables, questions and remarks about the exam: not a statement to show in a stem. */
const UNSHOWABLE = /`|\*|_|->|=>|→|<-|\||\[|\]|\?|!|:\s*$|^\W|\(\s*$|\be\.?g\b|\betc\b|\bex:|\bexams?\b|\balot\b/i;

/**
 * "This can also sit in front of DynamoDB", "It is cheaper": an item whose subject is a pronoun points
 * back at a line the learner never sees. Quoted among others it reads as a torn-out sentence.
 */
const POINTS_BACK = /^(?:this|that|it|they|these|those)\s+(?:also\s+)?(?:can|could|is|are|was|were|will|would|may|might|must|should|has|have|does|do)\b/i;

/** A note's heading that only files facts under a service, not the service's own description. */
const NOT_A_PROFILE = /\b(?:vs\.?|versus|limits?|baseline|pricing|costs?|best practices?|security|monitoring|troubleshooting|use cases?|demo|hands[- ]on|exam|tips?|notes?|integration|responsib\w*|examples?)\b/i;

/** "Least privilege principle means ...", "Users are people ...": an item defining a term of its own. */
const DEFINES_OTHER = /^(?!(?:it|this|they|these|which)\b)[A-Z][\w-]*(?:\s+[\w-]+){0,3}\s+(?:is|are|means|refers to)\b/;

/**
 * An item whose subject is another named thing ("KPL can do aggregation", "AWS CLI used to ...",
 * "Least privilege principle means ...") is not a property of the service above it.
 */
function aboutOther(text: string, service: string, names: string[], catalog: CatalogIndex): boolean {
  const t = text.trim();
  const first = t.split(/\s+/)[0] ?? '';
  if (/^[A-Z]{2,}s?\s+(?:can|is|are|has|does|will|uses?|provides?|improves?|helps?|makes?|allows?)\b/.test(t) && !names.some((n) => containsPhrase(first, n))) return true;
  // "AWS CLI used to ...": the item opens with another service's name.
  const opening = t.split(/\s+/).slice(0, 2).join(' ');
  if ([first, opening].some((o) => servicesIn(catalog, o).some((id) => id !== service))) return true;
  return DEFINES_OTHER.test(t);
}

/** How specific an item is: words with a digit, an acronym or a name in mid-sentence ("Presto", "SMB", "6081"). */
function specificity(text: string, catalog: CatalogIndex): number {
  const ws = text.split(/[^A-Za-z0-9.]+/).filter(Boolean);
  // "integrated with IAM", "no EC2 instance type": other services' names are true of many services.
  return ws.filter((w, i) => !PLAIN.has(w.toLowerCase()) && (/\d/.test(w) || /[A-Z].*[A-Z]/.test(w) || (i > 0 && /^[A-Z][a-z]{2,}$/.test(w))) && servicesIn(catalog, w).length === 0).length;
}

/** "items to view items": a few words saying one word twice are a console step written down, not a statement. */
function saysTwice(text: string): boolean {
  const all = words(text);
  if (all.length > 5) return false;
  const long = all.filter((w) => w.length >= 4);
  return new Set(long).size < long.length;
}

/** An item fit to be shown: a plain statement of a few words, no noise. */
function showable(f: Fact, catalog: CatalogIndex): boolean {
  const n = words(f.text).length;
  return n >= 3 && n <= 16 && !f.noisy && !f.demo && !f.runOn && !UNSHOWABLE.test(f.text.trim()) && !POINTS_BACK.test(f.text.trim()) && !isJunk(f, catalog) && !shortSlip(f.text) && !saysTwice(f.text);
}

/** The names a profile's items must not say: the service's names and the words only its name has. */
function namesOf(subject: string, service: { name: string; short: string; acronyms: string[] }): string[] {
  return [subject, tidy(subject), service.name, service.short, ...service.acronyms].filter((n) => n.length >= 2);
}

/** What a profile asks for: the answer, its wrong options, the words of the question and the names the items must not say. */
interface Ask {
  answer: string;
  wrong: string[];
  /** What the stem asks for: "which AWS service" or "which of the following". */
  noun: string;
  names: string[];
  /** The answer's catalog id when it is a service. */
  service?: string;
  filler: boolean;
  /** Items the note lists for the wrong options: an item like one of them does not tell the answer apart. */
  rivals: string[];
}

/** The words of a name and, for a service, of its catalog entry: names, acronyms and aliases ("dns firewall" for Route 53). */
function entryWords(name: string, catalog: CatalogIndex): readonly string[] {
  const s = ownName(name, catalog);
  return s ? [...new Set([s.name, s.short, ...s.acronyms, ...s.aliases].flatMap(wordsOf))] : wordsOf(name);
}

/**
 * "In the context of DNS" over Route 53 beside CloudFront, VPC and ELB: a heading that only the
 * answer's catalog entry speaks of names the answer by itself.
 */
function framesAnswer(ctx: string, answer: string, wrong: string[], catalog: CatalogIndex): boolean {
  const answerWords = entryWords(answer, catalog);
  const wrongWords = wrong.map((w) => entryWords(w, catalog));
  return wordsOf(ctx).some((c) => answerWords.some((w) => related(c, w)) && !wrongWords.some((ws) => ws.some((w) => related(c, w))));
}

/** A service: other services of its family or catalog category, the ones the note names most first. */
function serviceAsk(head: Fact, subject: string, catalog: CatalogIndex, mentions: ReadonlyMap<string, number>, families: Family[]): Ask | undefined {
  const service = ownName(subject, catalog);
  if (!service) return undefined;
  const { terms, filler } = termDistractors({ ...head, subject, group: '' }, [], catalog, 8, mentions, families);
  const wrong = terms.map((t) => ownName(t, catalog)?.short ?? t);
  return { answer: service.short, wrong, noun: 'AWS service', names: namesOf(subject, service), service: service.id, filler, rivals: [] };
}

/**
 * A member of a curated family ("Dedicated Instances", "Network Load Balancer", "SSE-KMS"): the
 * members the note profiles beside it first, then the family's other members; never decoys.
 */
function familyAsk(subject: string, siblings: Map<string, Fact[]>, catalog: CatalogIndex, families: Family[]): Ask | undefined {
  const others = [...siblings.keys()].filter((s) => !sameThing(s, subject, catalog, false));
  const { members } = familyMembers(subject, others, families);
  if (members.length === 0) return undefined;
  const inFamily = (s: string) => members.some((m) => familyMates(s, m, families)) || familyMates(subject, s, families);
  const described = others.filter(inFamily);
  const wrong: string[] = [];
  for (const t of [...described, ...members].map(tidy)) if (!sameThing(t, subject, catalog, false) && !wrong.some((w) => sameThing(w, t, catalog, false))) wrong.push(t);
  const rivals = described.flatMap((s) => (siblings.get(s) ?? []).map((f) => f.text));
  return { answer: subject, wrong, noun: 'of the following', names: [subject, tidy(subject)], filler: false, rivals };
}

/**
 * A thing the note profiles beside at least three others of its kind, under one heading or as
 * lead-ins of one list ("Standard Queue", "FIFO Queue", "Delay Queue"): those others are the wrong
 * options, and no item may be like one of theirs. Services and labels ("Advantages") are neither.
 */
function siblingAsk(subject: string, siblings: Map<string, Fact[]>, catalog: CatalogIndex): Ask | undefined {
  const named = (s: string) => !weakName(s) && !NOT_A_PROFILE.test(s) && words(s).length <= 5 && serviceOf(s, catalog) === undefined;
  if (!named(subject)) return undefined;
  const others = [...siblings.keys()].filter((s) => named(s) && !sameThing(s, subject, catalog, false));
  if (others.length < 3) return undefined;
  const rivals = others.flatMap((s) => (siblings.get(s) ?? []).map((f) => f.text));
  return { answer: subject, wrong: others, noun: 'of the following', names: [subject], filler: false, rivals };
}

/** The service a name is, when it is the service's own name. */
function serviceOf(name: string, catalog: CatalogIndex): string | undefined {
  return ownName(name, catalog)?.id;
}

/**
 * "no direct connectivity to SaaS", "limited routing capability": what a thing lacks, most things
 * of its kind lack too, so it tells the answer from no wrong option.
 */
const LACK = /^(?:no|not|none|without|limited|lacks?|difficult|hard|cannot|can't|doesn't|does not|isn't|unable)\b/i;

/**
 * Profile questions for every list of at least two items about one AWS service or one member of a
 * curated family. Wrong options are of the answer's kind and never named by the shown items.
 */
export function profileDrafts(props: Fact[], catalog: CatalogIndex, out: Draft[], mentions: ReadonlyMap<string, number>, families: Family[]): void {
  const groups = groupBy(props, (f) => f.group);
  // The subjects profiled side by side (the lead-ins of one list, the headings under one heading).
  const byFamily = new Map<string, Map<string, Fact[]>>();
  for (const list of groups.values()) {
    const key = list[0].family ?? '';
    const subjects = byFamily.get(key) ?? new Map<string, Fact[]>();
    if (!subjects.has(tidy(list[0].subject))) subjects.set(tidy(list[0].subject), list);
    byFamily.set(key, subjects);
  }
  for (const list of groups.values()) {
    const head = list[0];
    const subject = tidy(head.subject);
    if (!subject || NOT_A_PROFILE.test(head.subject) || list.some((f) => f.demo)) continue;
    // A subject nested under another lead-in ("Send to: Amazon S3", "Customer responsibility: S3") is a
    // destination or an example there, and its items say what it does in that place only.
    if (!head.group.startsWith('head:') && head.context.length > head.source.headings.length) continue;
    const side = byFamily.get(head.family ?? '') ?? new Map<string, Fact[]>();
    const ask = serviceAsk(head, subject, catalog, mentions, families) ?? familyAsk(subject, side, catalog, families) ?? siblingAsk(subject, side, catalog);
    if (!ask) continue;
    let items = list
      .slice(0, SCAN)
      .filter((f) => showable(f, catalog) && !LACK.test(f.text) && !ask.names.some((n) => containsPhrase(f.text, n)) && !aboutOther(f.text, ask.service ?? '', ask.names, catalog));
    // Wrong options the items name are no wrong options ("integrates with RDS" beside "Amazon RDS").
    const said = new Set(items.flatMap((f) => servicesIn(catalog, f.text)));
    const wrong = ask.wrong.filter((t) => !said.has(ownName(t, catalog)?.id ?? '') && !items.some((f) => containsPhrase(f.text, t))).slice(0, 3);
    if (wrong.length < 3) continue;
    // An item sharing a word with the answer alone ("pay for data going through Firehose") gives it away;
    // one the note says of a wrong option too tells nothing apart.
    // "53 is a reference to the DNS port": a number the answer's name carries gives it away too.
    const numbers = ask.answer.match(/\d+/g) ?? [];
    items = items.filter(
      (f) =>
        !giveawayWord(f.text, [ask.answer], wrong, catalog) &&
        !ask.rivals.some((r) => similarity(r, f.text) > 0.3) &&
        !numbers.some((n) => new RegExp(`(?<![\\d.])${n}(?![\\d.])`).test(f.text)),
    );
    const ranked = [...items].sort((a, b) => specificity(b.text, catalog) - specificity(a.text, catalog) || words(b.text).length - words(a.text).length);
    const chosen = ranked.slice(0, MAX_ITEMS).sort((a, b) => a.source.line - b.source.line);
    if (chosen.length < MIN_ITEMS || specificity(chosen.map((f) => f.text).join(' '), catalog) === 0) continue;
    const shown = chosen.map((f) => decap(unstop(f.text)));
    const picked = pickContext(head.context, catalog, ask.names);
    const ctx = picked && ask.service && framesAnswer(picked, ask.answer, wrong, catalog) ? '' : picked;
    const lead = ctx ? `In the context of ${ctx}, which` : 'Which';
    const lines = chosen.map((f) => f.source.line);
    const fact: Fact = {
      ...head,
      kind: 'profile',
      subject,
      text: shown.join('; '),
      source: { ...head.source, line: Math.min(...lines), endLine: Math.max(...chosen.map((f) => f.source.endLine)) },
      excerpt: `${subject}: ${chosen.map((f) => unstop(f.text)).join('; ')}`,
    };
    out.push({
      kind: 'definition',
      stem: `${lead} ${ask.noun} matches all of these descriptions: "${shown.join('"; "')}"?`,
      // "Saving Plans" is shown as its family spells it; the explanation keeps the note's words.
      options: [ask.answer, ...wrong].map((t) => familySpelling(t, families)),
      correct: 1,
      fact,
      anchor: `${subject} profile`,
      names: ask.names,
      flags: ask.filler ? ['catalog-distractor'] : [],
    });
  }
}
