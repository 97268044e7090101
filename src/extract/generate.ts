/** Facts -> question drafts of every kind, answers listed first (ids and order come later). */
import type { CatalogIndex } from '../core/catalog.js';
import { normalizeName } from '../core/catalog.js';
import { servicesIn, serviceNamed } from './lookup.js';
import type { QuestionKind, Service } from '../core/types.js';
import { definitionDistractors, neighbours, ownName, statementDistractors, termDistractors } from './distractors.js';
import { groupBy, type Fact } from './facts.js';
import { familyDescriptions, familyMates, familyMisfits, familyName, familySpelling, lookAlike, otherNames, type Family } from './families.js';
import { formatNumber, nearbyValues, rangeStart } from './numbers.js';
import { askWhich, cap, pickContext, saysService, tidy, unstop, weakContext } from './stems.js';
import { asideOf, BLANK, containsPhrase, contentWords, normalize, similarity, stems, unplural, withoutAside, words } from './text.js';
import { isJunk, productNamed, weakName } from './quality.js';
import { giveawayWord } from './giveaway.js';
import { profileDrafts } from './profiles.js';
import { bundledList } from './bundled.js';

/** A question before scoring: options start with the correct ones. */
export interface Draft {
  kind: QuestionKind;
  stem: string;
  options: string[];
  /** How many leading options are correct. */
  correct: number;
  fact: Fact;
  /** What the question asks about; with kind and headings it makes the id. */
  anchor: string;
  /** The answer's other names (acronym, expansion) that must not appear in the stem. */
  names: string[];
  /** Problems noticed while generating. */
  flags: string[];
  /** Options written by awsq (a family's curated descriptions): shown as written, never respelled like the note. */
  curated?: string[];
}

/** The first `n` facts of `pool` that pass `test`; stops early, so a long table or list stays linear. */
function firstOf(pool: Fact[], n: number, test: (f: Fact) => boolean, scan = Infinity): Fact[] {
  const out: Fact[] = [];
  let seen = 0;
  for (const f of pool) {
    if (out.length >= n || seen++ >= scan) break;
    if (test(f)) out.push(f);
  }
  return out;
}

function namesOf(fact: Fact, catalog: CatalogIndex): string[] {
  const names = [fact.subject, tidy(fact.subject)];
  if (fact.alias) names.push(fact.alias);
  const svc = serviceNamed(catalog, fact.subject);
  // "Systems Manager" gives away "SSM" as much as "AWS Systems Manager" does. "Backtrack", a catalog
  // alias of Aurora that does not say Aurora, is one part of it: Aurora is its context, not its name.
  if (svc && saysService(svc, fact.subject)) names.push(svc.name, svc.short, ...svc.acronyms, normalizeName(svc.name), normalizeName(svc.short));
  return names.filter((n) => n.length >= 2);
}

/** Does a heading hold every content word of a name, in any form ("Replaying ... Archives" for "Archive and Replay")? */
function inWordsOf(heading: string, name: string): boolean {
  const said = stems(heading);
  const own = stems(name);
  return own.size >= 2 && [...own].every((w) => said.has(w));
}

/** A lead-in naming the role its list's terms play for the service above. */
const ROLE_LIST = /^(?:(?:alarm|event|rule|supported|possible|available) )?(?:targets|actions|sources|destinations|triggers|integrations|consumers|producers|subscribers|event sources)$/i;

/** A service's own name shown as the catalog writes it ("AWS Lex" -> "Amazon Lex", "EBS" -> "Amazon EBS"). */
function display(term: string, catalog: CatalogIndex): string {
  return ownName(term, catalog)?.short ?? tidy(term);
}

/** How often each service is named in the note's facts. */
function mentionsOf(facts: Fact[], catalog: CatalogIndex): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of facts) for (const id of servicesIn(catalog, `${f.subject}\n${f.text}`)) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

/**
 * Identifiers that drop the dot their siblings keep ("StatesPermissions" beside "States.ALL") are
 * never options, and a question asking about one shows the slip as the name.
 */
function markMalformed(pool: Fact[]): void {
  const prefixes = new Set(pool.flatMap((f) => /^([A-Za-z]+)\.[A-Za-z]/.exec(f.subject)?.[1] ?? []));
  for (const f of pool) {
    if ([...prefixes].some((p) => new RegExp(`^${p}[A-Z][A-Za-z]*$`).test(f.subject))) f.junk = f.malformed = true;
  }
}

/** How far (in lines) a short list looks for other lists to borrow terms from. */
const BORROW_LINES = 30;

/**
 * A definition of another list close by at the same depth, named like a term ("Bursting" next to
 * "Provisioned"), that a short list may borrow as a wrong option.
 */
function near(a: Fact, b: Fact): boolean {
  return (
    b.group !== a.group &&
    b.value === undefined &&
    !b.junk &&
    Math.abs(b.source.line - a.source.line) <= BORROW_LINES &&
    b.context.length === a.context.length &&
    // A term nested under the answer ("Capacity Provider" under "ECS Cluster") is part of it, not an alternative.
    !b.context.includes(a.subject) &&
    !a.context.includes(b.subject) &&
    /^[A-Z0-9]/.test(b.subject) &&
    words(b.subject).length <= 4 &&
    words(b.text).length >= 3
  );
}

/** Words of many service names ("Elastic", "Simple"): a term named so is no part of one service. */
const PLAIN_NAME_WORD = /^(?:elastic|simple|managed|cloud|web|compute|storage|file|system|database|service|amazon|aws)$/i;

/** How much of what a term lists under it is kept to compare with its siblings. */
const MAX_DETAILS = 2_000;

/** Lists up to this long share one fingerprint. */
const SMALL_LIST = 8;

const KIND_PLURAL = /^([A-Za-z][A-Za-z0-9 &/-]{1,40}?)\s+(types|kinds|classes|models|strategies|modes|tiers|categories)$/i;
const SINGULAR: Record<string, string> = { types: 'type', kinds: 'kind', classes: 'class', models: 'model', strategies: 'strategy', modes: 'mode', tiers: 'tier', categories: 'category' };

/**
 * The kind a list's lead-in or heading names ("IAM Policy Types" -> "IAM policy type"), when it
 * is the nearest one and names none of the options; undefined otherwise.
 */
function kindNoun(fact: Fact, options: string[]): string | undefined {
  const heading = tidy(fact.context[fact.context.length - 1] ?? '').replace(/[*_:]+/g, '').trim();
  const m = KIND_PLURAL.exec(heading);
  if (!m || /\d|^(?:two|three|four|five|six|no|choice|differences?)\b/i.test(m[1])) return undefined;
  const phrase = `${m[1]} ${SINGULAR[m[2].toLowerCase()]}`
    .split(' ')
    .map((w) => (/[A-Z].*[A-Z]|\d/.test(w) ? w : w.toLowerCase()))
    .join(' ');
  if (words(phrase).length > 4 || options.some((o) => containsPhrase(phrase, o) || containsPhrase(o, phrase))) return undefined;
  return phrase;
}

/** A year ("2016"), the only part in which two descriptions of launches may differ. */
const YEAR = /\b(?:19[89]\d|20[0-4]\d)\b/g;

/** A description with its years left out, to compare descriptions that may differ by a year only. */
function yearless(text: string): string {
  return normalize(text.replace(YEAR, '#'));
}

/**
 * "v2, new generation, LB available from 2016" beside "... from 2017": when an offered sibling's
 * description differs from the answer's by a year only, the question tests a launch date, which is
 * trivia. (Two retrieval options "in 12 h" and "in 48 h" differ by what the exam asks, and stay.)
 */
function yearApart(fact: Fact, pool: Fact[], offered: string[]): boolean {
  const own = yearless(fact.text);
  return own !== normalize(fact.text) && pool.some((p) => p !== fact && offered.includes(p.subject) && p.text !== fact.text && yearless(p.text) === own);
}

/** Catalog categories whose services a learner weighs against each other (a queue against a stream). */
const KINDRED = [
  ['Compute', 'Containers'],
  ['Database', 'Storage'],
  ['Application Integration', 'Analytics'],
  ['Management & Governance', 'Security, Identity & Compliance'],
];

/**
 * A service's own description: a top-level definition of the service under a heading naming it
 * ("## Translate" over "**AWS Translate** - natural and accurate language translation"), complete
 * (not a lead-in to a list: "a distributed CDN with features like:").
 */
function ownSection(f: Fact, catalog: CatalogIndex): boolean {
  const service = ownName(f.subject, catalog);
  const heading = f.source.headings.at(-1);
  return (
    service !== undefined &&
    heading !== undefined &&
    f.context.length === f.source.headings.length &&
    serviceNamed(catalog, heading) === service &&
    !/(?:\blike|:)\s*$/i.test(f.text)
  );
}

/** Do two facts sit in sections under one parent heading ("## Transcribe" and "## Polly" under "# Machine Learning")? */
function sameParent(a: Fact, b: Fact): boolean {
  return a.source.headings.slice(0, -1).join('>') === b.source.headings.slice(0, -1).join('>');
}

/** How many services described in their own sections a service is compared with: more are never looked at. */
const PEERS = 32;

/** The services a note describes in their own sections, by catalog category. */
interface Described {
  has: (f: Fact) => boolean;
  byCategory: Map<string, Fact[]>;
}

function describedIn(defs: Fact[], catalog: CatalogIndex): Described {
  const own = defs.filter((f) => ownSection(f, catalog));
  // A service whose own description is kept out ("AWS WAF - the Web Application Firewall ...") is
  // still a service the note describes: its name, never its words, may be a wrong option.
  const set = new Set(own.filter((f) => !f.junk));
  return { has: (f) => set.has(f), byCategory: groupBy(own, (f) => ownName(f.subject, catalog)?.category ?? '') };
}

/** A fact kept out, offered by its name alone: the name of a service the note describes. */
function asName(f: Fact): Fact {
  return f.junk ? { ...f, junk: false } : f;
}

/**
 * The other services described in their own sections, in tiers: those of the service's own catalog
 * category, the ones of its own kind first (AWS WAF before Amazon Cognito beside AWS Shield), then
 * those of a kindred category (a stream beside queues).
 */
function describedPeers(fact: Fact, described: Described, catalog: CatalogIndex): Fact[][] {
  const service = ownName(fact.subject, catalog);
  if (!service || !described.has(fact)) return [];
  const kindred = (KINDRED.find((k) => k.includes(service.category)) ?? []).filter((c) => c !== service.category);
  const ownKind = (f: Fact) => service.kind !== undefined && ownName(f.subject, catalog)?.kind === service.kind;
  const of = (categories: string[]) => {
    const all = categories.flatMap((c) => described.byCategory.get(c) ?? []).filter((f) => f !== fact && ownName(f.subject, catalog) !== service);
    return [...all.filter(ownKind), ...all.filter((f) => !ownKind(f))].slice(0, PEERS);
  };
  return [of([service.category]), of(kindred)];
}

/** A lead-in that sets a condition its items complete: "autoscaling can be triggered if:", "only when:". */
const CONDITION_LEAD = /^(.{3,80}?\b(?:if|when|unless|once|only if|only when))\s*:\s*$/i;

/** The condition a fact's list completes, without its colon ("" when its lead-in sets none). */
function conditionLead(fact: Fact): string {
  const lead = fact.excerpt.endsWith(fact.text) ? fact.excerpt.slice(0, fact.excerpt.length - fact.text.length).trim() : '';
  return CONDITION_LEAD.exec(lead)?.[1].trim() ?? '';
}

function definitionDrafts(defs: Fact[], catalog: CatalogIndex, out: Draft[], mentions: Map<string, number>, families: Family[]): void {
  const sections = groupBy(defs, (f) => f.source.headings.join('>'));
  // Terms defined in two lists ("Bulk" under Flexible Retrieval and under Deep Archive) need the list's own parent to be told apart.
  const listsOf = new Map<string, Set<string>>();
  for (const f of defs) {
    const k = normalize(f.subject);
    listsOf.set(k, (listsOf.get(k) ?? new Set()).add(f.group));
  }
  // The terms each term lists under it: "EC2 Launch Type - Auto Scaling" offers an "ECS Cluster Capacity Provider".
  // What the details say in passing ("mitigate with Lazy Loading") is a relation, not an offer.
  const byName = groupBy(defs, (f) => normalize(f.subject));
  for (const f of defs) {
    if (f.context.length <= f.source.headings.length) continue;
    for (const parent of byName.get(normalize(f.context[f.context.length - 1])) ?? []) {
      if ((parent.details?.length ?? 0) < MAX_DETAILS) parent.details = parent.details ? `${parent.details}\n${f.subject}` : f.subject;
    }
  }
  const groups = groupBy(defs, (f) => f.group);
  const described = describedIn(defs, catalog);
  // Which terms a description is the note's own words for: found once, so a list of thousands stays linear.
  const describing = groupBy(defs, (f) => f.text);
  // Wrong descriptions made up to three from facts outside the answer's list, none like one already chosen.
  const topUp = (wrong: string[], fact: Fact, from: Fact[]) =>
    [...wrong, ...definitionDistractors(fact, [fact, ...from], catalog, 3, families).filter((w) => !wrong.includes(w) && wrong.every((x) => similarity(x, w) <= 0.5))].slice(0, 3);
  for (const list of groups.values()) {
    markMalformed(list);
    // A list too short for four options borrows the terms of other lists under the same heading.
    const pool = list.length >= 4 ? list : [...list, ...(sections.get(list[0].source.headings.join('>')) ?? []).filter((f) => near(list[0], f))];
    // The questions of a small list show each other's answers: the exam takes one of them.
    if (list.length >= 2 && list.length <= SMALL_LIST) {
      const key = list.map((f) => normalize(f.subject)).sort().join('|');
      for (const f of list) f.list = key;
    }
    // One term borrowed from a neighbouring list passes for a sibling; two or more make the
    // list's own members stand out (launch types beside placement strategies).
    const own = new Set(list.map((f) => f.subject));
    const listed: ListedTerm[] = [];
    // The list's descriptions by their words without years, found once per list and only when asked.
    let twins: Map<string, string[]> | undefined;
    const yearTwins = () => (twins ??= new Map([...groupBy(list, (f) => yearless(f.text))].map(([k, fs]) => [k, fs.map((f) => f.text)])));
    for (const fact of list) {
      const names = namesOf(fact, catalog);
      // "gateway Load Balancer - ..." for GWLB: a family's other spelling of the answer names it too.
      const otherSpellings = otherNames(fact.subject, families).filter((n) => n.length >= 3);
      const spelled = [...names, ...otherSpellings];
      // A service described in its own section is told apart from the note's other services of its
      // category so described, before its own section's parts or the catalog's services.
      const tiers = describedPeers(fact, described, catalog);
      const peers = tiers[0] ?? [];
      const amongServices = peers.length >= 3 ? termDistractors(fact, [fact, ...peers.map(asName)], catalog, 3, mentions, families) : undefined;
      const found = amongServices && amongServices.terms.length >= 3 && !amongServices.filler ? amongServices : termDistractors(fact, pool, catalog, 3, mentions, families);
      const { filler } = found;
      let { terms } = found;
      // A term of the answer's curated family is of its kind wherever the note lists it.
      const borrowed = terms.filter((t) => !own.has(t) && pool.some((f) => f.subject === t) && !familyMates(fact.subject, t, families)).length;
      const allServices = ownName(fact.subject, catalog) !== undefined && terms.every((t) => ownName(t, catalog));
      // Canonical service names only when every option is a service; a lone "AWS Fargate" among terms stands out.
      // "Price Classess" is shown as its family spells it; the note's spelling stays in the explanation.
      const show = (t: string) => (allServices ? display(t, catalog) : tidy(familySpelling(t, families)));
      const term = show(fact.subject);
      // Ids hang on the note's own spelling of the term, whatever name is shown.
      const anchor = tidy(fact.subject);
      // "Network ACL (NACL)": a context naming the aside ("NACL & Security Groups") names the term.
      const aside = asideOf(fact.subject);
      let ctx = pickContext(fact.context, catalog, aside && aside.length >= 2 ? [...names, aside] : names, fact.source.headings.length);
      const parent = fact.context.length > fact.source.headings.length ? tidy(fact.context[fact.context.length - 1]) : '';
      // "AWS GuardDuty (Amazon GuardDuty)": a parent naming the context's own service says it twice.
      const twice = (p: string) => {
        const svc = serviceNamed(catalog, p);
        return svc !== undefined && svc === serviceNamed(catalog, ctx);
      };
      // "Targets:" above "Auto Scaling - increase or decrease the desired count": the list says what
      // role its terms play, without which Auto Scaling is just the service.
      const role = ROLE_LIST.test(parent);
      if (role && parent && serviceNamed(catalog, ctx)?.short === ctx) {
        // Said after the service, with the part of it whose role it is: "Amazon CloudWatch alarm targets".
        const above = fact.context.length >= 2 ? tidy(fact.context[fact.context.length - 2]) : '';
        const part = above && words(above).length === 1 && !weakContext(above) && !serviceNamed(catalog, above) ? `${unplural(above).toLowerCase()} ` : '';
        ctx = `${ctx} ${part}${parent.toLowerCase()}`;
      } else if (((listsOf.get(normalize(fact.subject))?.size ?? 0) > 1 || role) && parent && !ctx.includes(parent) && words(parent).length <= 5 && !weakContext(parent) && !twice(parent)) {
        ctx = ctx ? `${parent} (${ctx})` : parent;
      }
      // "Replaying Events and EventBridge Archives" over Schema registry, beside "Archive and Replay":
      // a heading in the words of a wrong option points at it. A heading above it that points at no
      // option takes its place ("Amazon EventBridge"); with none, the heading stays.
      const pointsAtWrong = (c: string) => terms.some((t) => inWordsOf(c, t)) && !inWordsOf(c, fact.subject);
      if (ctx && pointsAtWrong(ctx)) {
        const kept = fact.context.filter((c) => !pointsAtWrong(c));
        const cut = fact.context.slice(0, fact.source.headings.length).filter((c) => !pointsAtWrong(c)).length;
        ctx = pickContext(kept, catalog, aside && aside.length >= 2 ? [...names, aside] : names, cut) || ctx;
      }
      // "Kubernetes" among EKS node types is the platform the context service runs, not a sibling.
      const ctxService = ctx ? serviceNamed(catalog, ctx) : undefined;
      if (ctxService) terms = terms.filter((t) => words(t).length > 1 || PLAIN_NAME_WORD.test(t.trim()) || !containsPhrase(ctxService.name, t));
      // A context naming an option ("Scalability & High Availability" over "Scalability") points at the
      // term asked for; asking what a term means, it only says where the term belongs.
      // "In the context of DNS" over Route 53 beside services of other sections frames the answer alone.
      const framesAll = found !== amongServices || peers.filter((p) => terms.includes(p.subject)).every((p) => sameParent(p, fact));
      const askedCtx = !framesAll || (ctx && [fact.subject, ...terms].some((t) => containsPhrase(ctx, tidy(t)))) ? '' : ctx;
      const isPort = fact.value !== undefined;
      if (isPort) {
        out.push({
          kind: 'definition',
          stem: `Which protocol or service uses port ${fact.value} by default?`,
          options: [term, ...terms.map(show)],
          correct: 1,
          fact,
          anchor,
          names,
          flags: [],
        });
        const ports = firstOf(pool, 16, (p) => !p.junk && p.value !== undefined && p.value !== fact.value).map((p) => p.value as string);
        out.push({
          kind: 'numeric',
          stem: `Which port does ${term} use by default?`,
          options: [fact.value as string, ...[...new Set(ports)].slice(0, 3)],
          correct: 1,
          fact,
          anchor: `port ${anchor}`,
          names: [fact.value as string],
          flags: [],
        });
        continue;
      }
      // "IAM Policy Types" above the list: "Which IAM policy type ...?" says what is asked better than "term".
      // The heading names the kind of its own list: options mostly from elsewhere (a family's S3
      // features beside "Lifecycle Rules" under "Storage Classes") may be of another kind.
      const ownKind = terms.filter((t) => own.has(t)).length * 2 >= terms.length;
      let kind = allServices || !ownKind ? undefined : kindNoun(fact, [term, ...terms]);
      if (kind && ctx && containsPhrase(kind, ctx)) ctx = '';
      // "In the context of AWS IAM, which IAM policy type": the context says it once.
      const lead = kind?.split(' ')[0] ?? '';
      if (kind && ctx && words(kind).length > 2 && containsPhrase(ctx, lead)) kind = kind.slice(lead.length + 1);
      out.push({
        kind: 'definition',
        stem: askWhich(allServices ? 'AWS service' : (kind ?? 'term'), fact.text, askedCtx),
        options: [term, ...terms.map(show)],
        correct: 1,
        fact,
        anchor,
        names: spelled,
        flags: [...(filler ? ['catalog-distractor'] : []), ...(borrowed >= 2 ? ['mixed-siblings'] : []), ...(yearApart(fact, pool, terms) ? ['trivial'] : [])],
      });
      // Descriptions of a neighbouring list are of another kind (use cases beside runtimes, shard
      // operations beside library versions): a term question takes its wrong options from its own list only.
      let wrong = definitionDistractors(fact, list, catalog, 3, families);
      if (!fact.junk) listed.push({ fact, term, ctx, wrong: [...wrong], more: () => definitionDistractors(fact, list, catalog, 8, families) });
      // A list short of descriptions may take one from another list of the note whose term is a
      // different member of the answer's family ("sc1" under another heading beside "st1").
      if (wrong.length === 2) {
        // The other list must itself be of the family: two of its terms are members, or the term is an
        // identifier only the family uses ("sc1"); "Lambda Functions" under API Gateway is not an Inspector target.
        // The two must be mates in the answer's family: a list of Firehose's stages shares "Producers"
        // with the Kinesis Data Streams concepts, but is not a list of them.
        const ofFamily = (f: Fact) =>
          /^[^\s\d]*\d\S*$/.test(f.subject.trim()) || (groups.get(f.group) ?? []).some((g) => g !== f && familyMates(f.subject, g.subject, families, fact.subject));
        const mates = defs.filter((f) => f.group !== fact.group && !f.junk && familyMates(fact.subject, f.subject, families) && ofFamily(f));
        wrong = topUp(wrong, fact, mates);
      }
      // A service described at the top of its own section ("## Translate") may be offered the top
      // descriptions of the note's other services of its category, each from its own section.
      let termCtx = ctx;
      const namesTerm = (text: string) => otherSpellings.some((n) => containsPhrase(text, n));
      if (wrong.length < 3) {
        for (const tier of tiers) {
          if (wrong.length >= 3) break;
          // "bridge between on-premise data and cloud data in S3" is plainly not what S3 is.
          const pool = tier.filter((f) => !names.some((n) => n.length >= 2 && containsPhrase(f.text, n)));
          wrong = topUp(wrong, fact, pool);
          if (pool.some((p) => wrong.includes(p.text) && !sameParent(p, fact))) termCtx = '';
        }
      }
      // A list of a curated family too short for three wrong descriptions takes the family's own
      // words for members the note does not describe beside it ("Layer 4 ... static IP" for NLB).
      let curated: string[] = [];
      if (wrong.length < 3) {
        const used = wrong.flatMap((w) => (describing.get(w) ?? []).map((d) => d.subject));
        // The nearest siblings tell the family (a list of thousands is not walked for every term).
        const siblings = neighbours(fact, list).map((f) => f.subject);
        // A written description stands in a fact of its own, which a description naming the answer never does.
        const asFact = ([subject, text]: [string, string]): Fact[] =>
          spelled.some((n) => n.length >= 2 && containsPhrase(text, n)) ? [] : [{ ...fact, subject, text, group: `family:${subject}`, alias: undefined, details: undefined, value: undefined, junk: false }];
        // A member whose own description is offered already is not described again, nor one such a
        // member's name names ("Simple / Step Scaling" names "Simple Scaling" and "Step Scaling"). A
        // sibling whose description could not be offered (too like another) is described in the family's words.
        const written = familyDescriptions(fact.subject, siblings, families, used)
          .filter(([name]) => contentWords(name).size < 2 || !used.some((u) => [...contentWords(name)].every((w) => contentWords(u).has(w))))
          .flatMap(asFact);
        const before = wrong;
        wrong = topUp(wrong, fact, written);
        // Then descriptions of the family's kind that fit no member at all.
        if (wrong.length < 3) wrong = topUp(wrong, fact, familyMisfits(fact.subject, siblings, families).flatMap((text, i) => asFact([`misfit ${i}`, text])));
        curated = wrong.filter((w) => !before.includes(w)).map((w) => cap(unstop(w)));
      }
      out.push({
        kind: 'term',
        stem: termCtx ? `In the context of ${termCtx}, what best describes ${term}?` : `What best describes ${term}?`,
        options: [cap(unstop(fact.text)), ...wrong.map((w) => cap(unstop(w)))],
        correct: 1,
        fact,
        anchor,
        names: [],
        flags: [
          // "V2, new generation, LB available from 2016" is told from NLB's "... 2017" by its year only,
          // whether or not NLB's own words are among the options.
          ...([...wrong, ...(yearTwins().get(yearless(fact.text)) ?? [])].some((w) => w !== fact.text && yearless(w) === yearless(fact.text)) ? ['trivial'] : []),
          // "What best describes GWLB?" answered by "Gateway Load Balancer - ...": the answer names the term.
          ...(namesTerm(fact.text) && !wrong.some(namesTerm) ? ['giveaway'] : []),
        ],
        ...(curated.length > 0 ? { curated } : {}),
      });
    }
    pairDraft(listed, catalog, out);
  }
}

/** A term of a list with the wrong descriptions its own list offers for it. */
interface ListedTerm {
  fact: Fact;
  term: string;
  ctx: string;
  wrong: string[];
  /** More wrong descriptions than a term question needs, found only when asked. */
  more: () => string[];
}

/**
 * "Which statements are correct? (Choose TWO.)" over a list of terms: two terms with their own
 * descriptions, and three other terms each with a description that is a wrong option for it.
 */
function pairDraft(list: ListedTerm[], catalog: CatalogIndex, out: Draft[]): void {
  // Only the terms of a small list that are no services share one fingerprint, so that no exam
  // shows this question beside another on one of its terms, whose answer it would give away.
  const able = list.filter((r) => r.wrong.length >= 2 && r.fact.list !== undefined && serviceNamed(catalog, r.fact.subject) === undefined);
  if (able.length < 5) return;
  // A description that says a word of its own term ("Event Bus: a bus that ...") is a pair anyone
  // can match, and beside another term it is plainly not that term's ("Network: Linux, Windows,
  // Mac OS" beside an OS option).
  const namesOwn = new Set(list.filter((r) => giveawayWord(r.term, [r.fact.text], [], catalog) !== undefined).map((r) => r.fact.text));
  const shown: ListedTerm[] = [];
  for (const r of able) {
    if (shown.length === 2) break;
    if (!namesOwn.has(r.fact.text)) shown.push(r);
  }
  const [a, b] = shown;
  if (!a || !b) return;
  // Three other terms, each given a different description that is wrong for it and is neither of
  // the two shown rightly: a small search, as the first choice for one term may be the only one left for another.
  const rest = able.filter((r) => r !== a && r !== b);
  // A description alone beside a term is judged true or false without a better one beside it: one
  // that shares a word with the term or with what the note says of it ("route traffic to multiple
  // resources" beside Latency Routing, "route traffic to the lowest latency region") may well be true of it.
  const apart = (r: ListedTerm, d: string) => {
    const mine = new Set([...contentWords(r.fact.text), ...contentWords(r.term)]);
    return ![...contentWords(d)].some((w) => mine.has(w));
  };
  // The wrong options the term questions found first; more of them only when those do not suffice.
  const search = (choices: string[][]) => {
    const pick = (i: number, taken: Set<string>, chosen: string[]): string[] | undefined => {
      if (chosen.length === 3) return chosen;
      if (i >= rest.length) return undefined;
      for (const d of choices[i]) {
        if (taken.has(d)) continue;
        const found = pick(i + 1, new Set([...taken, d]), [...chosen, `${rest[i].term}: ${unstop(d)}`]);
        if (found) return found;
      }
      return pick(i + 1, taken, chosen);
    };
    return pick(0, new Set([a.fact.text, b.fact.text]), []);
  };
  const usable = (r: ListedTerm, d: string) => apart(r, d) && !namesOwn.has(d);
  const wrongPairs = search(rest.map((r) => r.wrong.filter((d) => usable(r, d)))) ?? search(rest.map((r) => r.more().filter((d) => usable(r, d))));
  if (!wrongPairs) return;
  const ctx = a.ctx;
  out.push({
    kind: 'multi',
    stem: ctx ? `In the context of ${ctx}, which statements are correct? (Choose TWO.)` : 'Which statements are correct? (Choose TWO.)',
    options: [`${a.term}: ${unstop(a.fact.text)}`, `${b.term}: ${unstop(b.fact.text)}`, ...wrongPairs],
    correct: 2,
    fact: a.fact,
    anchor: `${a.term} pairs`,
    names: [],
    flags: [],
  });
}

/** A verb, modal or predicate that makes a phrase a statement ("is guaranteed", "can occur", "limited"). */
const PREDICATE =
  /\b(?:is|are|was|were|be|been|can|cannot|can't|could|must|should|will|won't|would|may|might|has|have|had|does|do|don't|doesn't|needs?|allows?|provides?|supports?|requires?|returns?|runs?|scales?|creates?|sends?|gets?|keeps?|makes?|lets?|gives?|takes?|works?|handles?|offers?|enables?|ensures?|replicates?|deletes?|reads?|writes?|pays?|choose|specify|assign|define|defines|sets?|delivers?|triggers?|routes?|encrypts?|charges?|billed|charged|limited|unlimited|guaranteed|encrypted|replicated|managed|shared|retained|grouped|stored|required|allowed|supported|only|not|no|without|per|up to)\b/i;

/** Properties usable as options: whole statements of a sensible length with a predicate, not bare names. */
function usable(f: Fact): boolean {
  const n = words(f.text).length;
  return n >= 4 && n <= 22 && PREDICATE.test(f.text) && !LEANS_ON_SIBLING.test(f.text);
}

/** "billing per hour for other OS": other than what the item before says, which an option does not show. */
const LEANS_ON_SIBLING = /\b(?:for|on|with|in) (?:all )?(?:the )?others?(?:\s+\w+)?\s*[.)]?\s*$/i;

/** Heading subjects take part only when they name AWS services ("SQS" vs "SNS"). */
function comparable(f: Fact, catalog: CatalogIndex): boolean {
  return !f.group.startsWith('head:') || servicesIn(catalog, f.subject).length > 0;
}

/** The last word of a name, plural folded: "FIFO Queues" -> "queue". */
function headWord(name: string): string {
  const w = words(tidy(name));
  const last = w[w.length - 1] ?? '';
  return last.length > 3 ? last.replace(/s$/, '') : last;
}

/**
 * Two subjects are alike when they are two kinds of one thing: same head word, different
 * qualifier ("Standard Queue" and "FIFO Queue", "Public IP" and "Private IP").
 */
function alike(a: Fact, b: Fact, catalog: CatalogIndex): boolean {
  // Two services share too many true-of-both properties (managed, highly available, 3 AZs...).
  if (ownName(a.subject, catalog) || ownName(b.subject, catalog)) return false;
  const ha = headWord(a.subject);
  return ha.length > 1 && !/^\d+$/.test(ha) && ha === headWord(b.subject) && words(a.subject).length > 1 && words(b.subject).length > 1;
}

function statementDrafts(props: Fact[], catalog: CatalogIndex, out: Draft[], families: Family[]): void {
  // Every item of a subject's list rules out wrong options, even items too short to be shown.
  const said = groupBy(props, (f) => f.group);
  const bySubject = groupBy(props.filter(usable), (f) => f.group);
  const heads = [...bySubject.values()].map((g) => g[0]);
  // Peers: two kinds of one thing side by side ("Standard Queue", "FIFO Queue"), or members of one
  // curated family listed side by side ("CloudFront Functions", "Lambda@Edge") that the family does
  // not mark as alike (what a note says of On-Demand billing fits Capacity Reservations too).
  for (const [group, truths] of bySubject) {
    const head = truths[0];
    const subject = tidy(head.subject);
    const kinds = (p: Fact) => comparable(head, catalog) && comparable(p, catalog) && alike(head, p, catalog);
    const mates = (p: Fact) => familyMates(subject, tidy(p.subject), families) && !lookAlike(subject, tidy(p.subject), families);
    const peers = heads.filter((p) => p.group !== group && p.family === head.family && (kinds(p) || mates(p)));
    if (peers.length === 0 || truths.length < 2) continue;
    // A peer's statement that names the peer ("a role is intended to be assumable by anyone" beside
    // IAM Users) is dismissed at a glance: it holds every word of the peer's name that neither the
    // subject's name nor its context holds ("S3" over SSE-S3 and SSE-KMS names no peer).
    const ownWords = new Set([...contentWords(subject), ...contentWords(head.context.join(' '))]);
    const namesItsPeer = (p: Fact, text: string) => {
      const own = [...contentWords(withoutAside(p.subject) || p.subject)].filter((w) => !ownWords.has(w));
      return own.length > 0 && own.every((w) => contentWords(text).has(w));
    };
    const others = peers.flatMap((p) => (bySubject.get(p.group) ?? []).filter((f) => !f.junk && !namesItsPeer(p, f.text))).map((f) => f.text);
    const known = (said.get(group) ?? truths).map((t) => t.text);
    const wrong = statementDistractors(known, others, 3);
    // A context that names a peer ("Lambda at Edge" over CloudFront Functions and Lambda@Edge) would
    // say the peer's statements are about the subject.
    const namesPeer = (c: string) => peers.some((p) => [...contentWords(c)].every((w) => contentWords(p.subject).has(w)));
    const ctx = pickContext(head.context.filter((c) => !namesPeer(c)), catalog, [subject]);
    const about = ctx ? `${subject} (${ctx})` : subject;
    if (wrong.length >= 3) {
      const ranked = [...truths].sort((a, b) => words(b.text).length - words(a.text).length).slice(0, 2);
      for (const t of ranked) {
        out.push({
          kind: 'statement',
          stem: `Which statement about ${about} is correct?`,
          options: [cap(unstop(t.text)), ...wrong.map((w) => cap(unstop(w)))],
          correct: 1,
          fact: t,
          anchor: `${subject} ${t.text}`,
          names: [],
          flags: [],
        });
      }
    }
    const wrong3 = statementDistractors(known, others, 3);
    if (wrong3.length >= 3 && truths.length >= 2) {
      const pair = [...truths].sort((a, b) => words(b.text).length - words(a.text).length).slice(0, 2);
      out.push({
        kind: 'multi',
        stem: `Which statements about ${about} are correct? (Choose TWO.)`,
        options: [...pair.map((p) => cap(unstop(p.text))), ...wrong3.map((w) => cap(unstop(w)))],
        correct: 2,
        fact: pair[0],
        anchor: `${subject} multi`,
        names: [],
        flags: [],
      });
    }
  }
}

/** A statement without its subject's name and separator in front ("Scale - 1000s of clients" -> "1000s of clients"). */
function leadless(statement: string, subject: string): string {
  const start = statement.trimStart();
  if (!subject || start.slice(0, subject.length).toLowerCase() !== subject.toLowerCase()) return statement;
  const m = /^\s*(?:->|-|–|:)\s*/.exec(start.slice(subject.length));
  if (!m) return statement;
  const rest = start.slice(subject.length + m[0].length);
  return words(rest.replace(BLANK, ' ')).length >= 2 ? rest : statement;
}

const DEFAULT = /\bdefaults?\b/i;

/** A value one sets as a goal ("so that CPU usage is around", "want it to stay at"), right before the number. */
const CHOSEN_TARGET = /\b(?:so that|such that|wants?|keep|stays?)\b[^.;]{0,60}\b(?:around|about|roughly|at)\s*~?\s*$/i;

/** A number fact's subject and value, to find one value said twice of one subject. */
function valueKey(f: Fact): string {
  return `${normalize(f.subject)}|${f.number?.value}|${f.number?.unit ?? ''}`;
}

/** A name of up to three words with a bracketed description running to the end: "Spot (Purchase ...)". */
const NAMED_ASIDE = /^([A-Z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2})\s*\(([^()]*)\)\s*$/;

/**
 * "TTL can be set between 0 and _____. Usually a 1 s cache helps": a sentence after the blank's
 * is another fact, not part of the statement; the explanation still quotes the whole line.
 * Sentences before it stay: they may say what the number is about.
 */
export function endAtBlankSentence(cloze: string): string {
  const at = cloze.indexOf(BLANK);
  if (at < 0) return cloze;
  const rest = cloze.slice(at + BLANK.length);
  const end = /(?<!\b(?:e\.g|i\.e|etc|vs|approx|ex))[.!?](?=\s+[A-Z])/.exec(rest);
  return end ? cloze.slice(0, at + BLANK.length) + rest.slice(0, end.index) : cloze;
}

function numericDrafts(nums: Fact[], catalog: CatalogIndex, out: Draft[], families: Family[]): void {
  // "by default Visibility Timeout is 30 seconds" then "not processed within 30 seconds ...": the
  // second line leaves out that 30 seconds is only the default of a setting, so other values fit it.
  const defaults = new Set(nums.filter((f) => f.number && DEFAULT.test(f.text)).map(valueKey));
  for (const fact of nums) {
    const m = fact.number;
    if (!m) continue;
    let before = fact.text.slice(0, m.index);
    const after = fact.text.slice(m.index + m.raw.length);
    // The upper end of a range is asked with its lower end shown: "memory allocation: 128 MB to _____".
    const range = rangeStart(before, m);
    // The lower end of a range, pairs ("1 & 3 years", "1 or 3 years") and ratios leave a half-number behind; skip them.
    // "No 24hrs or 7 days a week": a number joined to the next one by "or", "&" or "and" is half a pair too.
    if ((!range && /(?:[-–/&]|\bor)\s*$/.test(before)) || /^\s*[-–/]/.test(after) || /^\s*(?:[a-z]+\s+)?(?:or|&|and)\s*\d/i.test(after)) continue;
    // "100-200 ms latency", "3-5 years": ends this close are a typical value, not a setting's bounds.
    if (range && range.value * 4 > m.value) continue;
    if (range) {
      const lead = before.slice(0, range.index);
      before = `${lead}${range.raw} ${/\bbetween\s*$/i.test(lead) ? 'and' : 'to'} `;
    }
    const onlyDefault = !DEFAULT.test(fact.text) && defaults.has(valueKey(fact));
    // "scale so that average CPU usage is around 40%": a target one chooses, which any value fits.
    const chosenTarget = CHOSEN_TARGET.test(before);
    // A lower-case lead is a phrase ("small volumes"), unless it is an identifier such as "gp3".
    // A label for a part of the note ("The Basics", "Cost", "Summary") names nothing the number is about.
    const label = /^(?:(?:the )?basics|summary|overview|general|misc|notes?|costs?|pricing|scale|limits?)$/i.test(tidy(fact.subject));
    const subject = (/^[a-z]/.test(fact.subject) && !/^[a-z]+\d[\w.]*$/.test(fact.subject.trim())) || label ? '' : tidy(fact.subject);
    // "about Envelope Encryption: "Envelope Encryption - pattern used ..."": the stem names the subject
    // once, and a label is no part of the statement ("Cost : 5 minutes free metrics").
    let cloze = leadless(`${before}${BLANK}${after}`, subject || (label ? tidy(fact.subject) : ''));
    // "Spot (Purchase unused capacity at discount of _____ Prices)": a name with its description in
    // brackets says what the statement is about; the bracket is the statement.
    const named = NAMED_ASIDE.exec(cloze);
    // "Provisioned IOPS SSD (io1)": an identifier in the aside says which of a kind the number is of
    // (io2 allows ten times the IOPS per GiB), so the stem keeps it; the id hangs on the name alone.
    const code = subject ? asideOf(fact.subject) : undefined;
    // "Infrequent Access" under "Amazon S3 Standard" is S3 Standard-IA: a family's own name for a
    // member says which one is meant, where the note's shorthand fits a sibling too (One Zone-IA).
    let topic = subject ? familyName(subject, families) : subject;
    if (named && named[2].includes(BLANK) && words(named[2]).length >= 4) [topic, cloze] = [named[1], named[2].trim()];
    cloze = endAtBlankSentence(cloze);
    // "autoscaling can be triggered if:" above "6 hours have passed since last modification": an item
    // of a list of conditions is no statement without the condition it completes.
    const condition = conditionLead(fact);
    if (condition) cloze = `${condition} ${cloze}`;
    const ctx = pickContext(fact.context, catalog, []);
    // "SQS (Amazon SQS)" says one name twice.
    const same = topic !== '' && ctx !== '' && serviceNamed(catalog, topic)?.short === ctx;
    const bracketed = [
      code && topic === subject && /^[a-z]{1,4}\d[\w.]*$/.test(code) ? code : '',
      topic && ctx && !topic.includes(ctx) && !same ? ctx : '',
    ].filter(Boolean);
    const about = !topic ? ctx : bracketed.length > 0 ? `${topic} (${bracketed.join(', ')})` : topic;
    // "_____ Availability" under S3 Standard-IA is no statement: it says what the value measures.
    const measure = /^_____ (Availability|Durability)$/.exec(unstop(cloze));
    const answer = formatNumber(m.value, m.unit);
    // Values written elsewhere in the same sentence would confuse rather than test.
    // "sub 10 ms": any larger bound is true as well, so wrong options are smaller. "99.99% availability"
    // (the design) and "99.9%" (the SLA) are both said of one service: neither is offered beside the other.
    // "Making use of 2 AZs ensures your infra stays resilient": 3 AZs do too, so more is as true as
    // the value, and only fewer can be wrong.
    const atLeast = /^(?:AZs?|regions?|replicas?|copies|instances?)$/i.test(m.unit ?? '') && /\b(?:resilien\w*|surviv\w*|ensures?|fault[- ]toleran\w*)\b/i.test(fact.text);
    // "max execution time: < 1 ms": a "<" stands after a space, where no word boundary is.
    const upper = atLeast || /(?:\b(?:sub|under|less than|below|within|lower than)|<)\s*~?\s*$/i.test(before);
    const sla = m.unit === '%' && /availab/i.test(fact.text);
    const wrong = nearbyValues(m.value, m.unit)
      .filter((v) => !(fact.others ?? []).includes(v))
      .filter((v) => !upper || v < m.value)
      .filter((v) => !range || v > range.value)
      .filter((v) => !sla || !((v === 99.9 && m.value === 99.99) || (v === 99.99 && m.value === 99.9)))
      .slice(0, 3)
      .map((v) => formatNumber(v, m.unit));
    out.push({
      kind: 'numeric',
      stem: measure && about
        ? `What is the ${measure[1].toLowerCase()} of ${about}?`
        : about
          ? `Which value completes this statement about ${about}: "${unstop(cloze)}"?`
          : `Which value completes this statement: "${unstop(cloze)}"?`,
      options: [answer, ...wrong],
      correct: 1,
      fact,
      anchor: `${subject} ${answer}`,
      names: [],
      // "Lambda: 1 minute wait after 1st fail", "S3: 99.99% availability": a few words about a bare
      // service name say nothing of which of its features or classes the number belongs to.
      flags: [
        ...(productNamed(about, catalog) !== undefined && words(fact.text.replace(m.raw, ' ')).length <= 4 ? ['fragment'] : []),
        ...(onlyDefault ? ['ambiguous'] : []),
        ...(chosenTarget ? ['trivial'] : []),
      ],
    });
  }
}

function singular(header: string): string {
  return header.toLowerCase().replace(/ies$/, 'y').replace(/(?<![su])s$/, '');
}

const TABLE_SCAN = 48;

/** Words too common in table cells to tell two rows apart ("gaming applications", "fleet management"). */
const CELL_FILLER = new Set('application applications app apps system systems management service services data high based amazon aws for and with of the a an'.split(' '));

/**
 * Two cells that name one item alike ("e-commerce" in the relational and the key-value rows):
 * either would answer a question on the other, so they never sit in one question.
 */
function cellsOverlap(a: string, b: string): boolean {
  const mine = new Set(words(a).filter((w) => !CELL_FILLER.has(w)));
  return words(b).some((w) => !CELL_FILLER.has(w) && mine.has(w));
}

/** Pairs of table row labels one item may fit both of (data/catalog/overlaps.json), lower-cased. */
function overlappingLabels(): Set<string> {
  const out = new Set<string>();
  for (const entry of bundledList('overlaps')) {
    const labels = (entry as { labels?: unknown }).labels;
    if (!Array.isArray(labels)) continue;
    for (const pair of labels) {
      if (!Array.isArray(pair) || pair.length !== 2) continue;
      const [a, b] = pair.map((x) => String(x).toLowerCase());
      out.add(`${a}\n${b}`).add(`${b}\n${a}`);
    }
  }
  return out;
}

function tableDrafts(rows: Fact[], out: Draft[]): void {
  const overlaps = overlappingLabels();
  // "Key-value" beside an answer "Document" for DynamoDB: both are true.
  const exclusive = (a: string, b: string) => !overlaps.has(`${a.trim().toLowerCase()}\n${b.trim().toLowerCase()}`);
  for (const pool of groupBy(rows, (f) => f.group).values()) {
    for (const fact of pool) {
      // Rows alike enough to overlap may fill a long table: look at the first few dozen only.
      const pick = firstOf(pool, 3, (p) => !p.junk && p.subject !== fact.subject && p.text !== fact.text && !cellsOverlap(p.text, fact.text) && exclusive(p.subject, fact.subject), TABLE_SCAN);
      if (pick.length < 3) continue;
      const rowNoun = singular(fact.rowHeader ?? 'item');
      const column = fact.column ?? '';
      const colNoun = /[A-Z]{2}/.test(column) ? column : column.toLowerCase();
      const these = /s$/.test(colNoun) && !/[A-Z]{2}/.test(column) ? 'these' : 'this';
      out.push({
        kind: 'table',
        stem: `Which ${rowNoun} matches ${these} ${colNoun}: ${unstop(fact.text)}?`,
        options: [fact.subject, ...pick.map((p) => p.subject)],
        correct: 1,
        fact,
        anchor: `${fact.subject} ${fact.column}`,
        names: [fact.subject],
        flags: [],
      });
      out.push({
        kind: 'table',
        stem: `For the ${fact.subject} ${rowNoun}, which ${/[A-Z]{2}/.test(column) ? column : singular(column)} applies?`,
        options: [fact.text, ...pick.map((p) => p.text)],
        correct: 1,
        fact,
        anchor: `${fact.column} of ${fact.subject}`,
        names: [],
        flags: [],
      });
    }
  }
}

/** Words any two steps may share without one building on the other. */
const STEP_FILLER = new Set(['aws', 'amazon', 'service', 'console', 'new', 'all', 'each']);

/** A step that names what it waits for. */
const WAITS = /\b(?:once|after|when|until|if)\b/i;

function stepDrafts(steps: Fact[], catalog: CatalogIndex, out: Draft[]): void {
  for (const fact of steps) {
    const items = (fact.items ?? []).map(unstop);
    // "Usage Process" says nothing of whose process it is: the heading above names it.
    const own = tidy(fact.subject);
    const subject = own && !weakContext(own) ? own : pickContext(fact.context, catalog, []);
    if (!subject) continue;
    for (let i = 0; i + 1 < items.length && i < 2; i++) {
      const wrong = items.filter((_, j) => j !== i + 1 && j !== i).slice(0, 3);
      // "Build the image" then "Push the image": a step that works on what the one before made can
      // only come after it. "Create a VPC" then "Install kubectl" could come in either order.
      const mine = contentWords(items[i]);
      const buildsOn = (step: string) => [...contentWords(step)].some((w) => mine.has(w) && !STEP_FILLER.has(w));
      // "Build the image", then "Push the image" or "Run the image": a later step that works on the
      // same thing could come right after too (the note's list is one way through, not the only one),
      // unless it says what it waits for ("Move all traffic once the green environment is healthy").
      const rival = items.slice(i + 2).some((step) => buildsOn(step) && !WAITS.test(step));
      const follows = buildsOn(items[i + 1]) && !rival;
      out.push({
        kind: 'steps',
        stem: `In ${subject}, which step comes right after "${items[i]}"?`,
        options: [items[i + 1], ...wrong],
        correct: 1,
        fact,
        anchor: `${subject} step ${items[i]}`,
        names: [],
        flags: follows ? [] : ['ambiguous'],
      });
    }
  }
}

/** Every question draft the facts support; `families` are curated sibling terms for short lists. */
export function generate(facts: Fact[], catalog: CatalogIndex, families: Family[] = []): Draft[] {
  const out: Draft[] = [];
  // Noise (todo, links, remarks, click-steps) still yields candidates, rejected later, but never a wrong option.
  // A capitalised word that is usually a label ("Pricing", "Security") is a name where a curated
  // family lists it beside a sibling of its list (the factors for choosing a Region, the
  // Well-Architected pillars). A phrase in lower case ("encryption at rest using KMS") stays a phrase.
  const lists = groupBy(facts, (f) => f.group);
  const familyNamed = (f: Fact) => /^[A-Z]/.test(f.subject.trim()) && (lists.get(f.group) ?? []).some((g) => g !== f && familyMates(f.subject, g.subject, families));
  for (const f of facts) f.junk = isJunk(f, catalog) || (f.kind === 'definition' && weakName(f.subject) && !familyNamed(f));
  const mentions = mentionsOf(facts, catalog);
  definitionDrafts(facts.filter((f) => f.kind === 'definition'), catalog, out, mentions, families);
  profileDrafts(facts.filter((f) => f.kind === 'property'), catalog, out, mentions, families);
  statementDrafts(facts.filter((f) => f.kind === 'property'), catalog, out, families);
  numericDrafts(facts.filter((f) => f.kind === 'number'), catalog, out, families);
  tableDrafts(facts.filter((f) => f.kind === 'row'), out);
  stepDrafts(facts.filter((f) => f.kind === 'steps'), catalog, out);
  return out;
}
