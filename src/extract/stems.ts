/** Phrasing of stems: a readable context for a fact and a definition turned into a predicate. */
import type { CatalogIndex } from '../core/catalog.js';
import { nameKey } from '../core/catalog.js';
import type { Service } from '../core/types.js';
import { englishWords } from './dictionary.js';
import { servicesIn, serviceNamed } from './lookup.js';
import { containsPhrase, rememberedPer, words } from './text.js';

const WEAK_CONTEXT =
  /\b(?:tips?|notes?|summary|overview|introduction|intro|demo|labs?|misc|miscellaneous|questions?|contents|resources|links|whitepapers?|remember|important|examples?|others?|extras?|general|basics|terms?|terminology|glossary|need[- ]to[- ]know|cheat ?sheet|recap|concepts?|components?|features?|types?|options?|file|topics|domain \d+|how it works|following|usage|process)\b|:$|^(?:amazon web services|aws|services|aws services|cloud)$/i;

/** A heading too generic to name what a fact is about ("Usage Process", "Overview"). */
export function weakContext(text: string): boolean {
  return WEAK_CONTEXT.test(text);
}

/** Strip decoration from a heading or lead-in so it reads inside a sentence. */
export function tidy(text: string): string {
  return text
    .replace(/^[\s\-–:>#]+|[\s\-–:]+$/g, '')
    .replace(/\s*\([^()]*\)\s*$/, '')
    .trim();
}

/**
 * The deepest heading or lead-in that names what a fact is about and avoids the given words;
 * prefers one that names an AWS service. Other entries count only among the first `plainUpTo`
 * (the headings): a lead-in term above a list is often a sibling of the term, not its context.
 * '' when none fits.
 */
export function pickContext(context: string[], catalog: CatalogIndex, avoid: string[], plainUpTo = context.length): string {
  let fallback = '';
  for (let i = context.length - 1; i >= 0; i--) {
    const c = tidy(context[i]);
    if (!c || words(c).length > 6 || WEAK_CONTEXT.test(context[i]) || /[.?!]/.test(c)) continue;
    if (avoid.some((a) => a && (containsPhrase(c, a) || containsPhrase(a, c)))) continue;
    const svc = serviceNamed(catalog, c);
    if (svc) return featureOf(svc, c) ? unshouted(c) : svc.short;
    const named = servicesIn(catalog, c);
    // "Multi-AZ & Read Replicas" joins two parts of RDS without saying RDS: the service is the context.
    // "Lambda Limits and Best Practices" says it, and stays.
    const one = named.length === 1 && /\s(?:and|&)\s/i.test(c) ? catalog.byId.get(named[0]) : undefined;
    if (one && !saysService(one, c)) return one.short;
    if (named.length > 0) return unshouted(c);
    if (!fallback && i < plainUpTo) fallback = unshouted(c);
  }
  return fallback;
}

/**
 * What a service's own resources are called: "EC2 instances" and "Lambda functions" are the service
 * itself. "Standard" is its default ("Amazon S3 Standard" over One Zone-IA and Standard-IA in a note's
 * list of classes): the service, not one of its features, is the context there.
 */
const RESOURCE_WORDS = new Set(
  'instance instances function functions bucket buckets object objects volume volumes task tasks cluster clusters service services table tables queue queues topic topics repository repositories stream streams database databases api apis key keys user users group groups role roles policy policies standard'.split(' '),
);

/**
 * "Amazon S3 Intelligent Tiering" is a catalog alias of S3 that names one feature of it: as a
 * context it says which tiers are meant (S3 Standard-IA is not the Infrequent Access tier).
 * Only a name that starts with the service's own name keeps it ("CloudWatch Synthetics"); "Routing
 * Policies" or "FIFO Queue" alone would lose which service is meant, and a name that adds only
 * resource words ("EC2 instances") is the service itself.
 */
const featureOf: (svc: Service, name: string) => boolean = rememberedPer(isFeatureOf);

function isFeatureOf(svc: Service, name: string): boolean {
  const own = [svc.name, svc.short, ...svc.acronyms].map(bareKey);
  // The feature follows the name: "Kinesis Data Firehose" is a former name of Amazon Data Firehose, not a part of it.
  const bare = bareKey(name);
  const said = own.find((o) => o && bare.startsWith(`${o} `));
  if (!said) return false;
  return bare.slice(said.length + 1).split(' ').some((w) => !RESOURCE_WORDS.has(w));
}

/** A name as the catalog keys it, without "Amazon" or "AWS" in front ("Amazon S3 Standard" -> "s3 standard"). */
function bareKey(name: string): string {
  return nameKey(name).replace(/^(?:amazon|aws) /, '');
}

/** Does a name of a service say the service's own name, acronym or a respelling of one ("Route53", "Amazon SQS")? */
export const saysService: (svc: Service, name: string) => boolean = rememberedPer(namesItsService);

function namesItsService(svc: Service, name: string): boolean {
  // "Local Zone" says "AWS Local Zones": one word or many.
  const bare = (n: string) => bareKey(n).replace(/(?<=[a-z]{3})s\b/g, '');
  const key = bare(name);
  return [svc.name, svc.short, ...svc.acronyms].map(bare).some((o) => o !== '' && (containsPhrase(key, o) || containsPhrase(o, key) || key.replace(/ /g, '') === o.replace(/ /g, '')));
}

/** "AWS DATABASES" -> "AWS Databases": a heading's words in capitals read as shouting in a stem; acronyms stay. */
export function unshouted(text: string): string {
  if (!/[A-Z]{5}/.test(text)) return text;
  const english = englishWords();
  return text.replace(/\b[A-Z]{5,}\b/g, (w) => (english.has(w.toLowerCase()) ? w.charAt(0) + w.slice(1).toLowerCase() : w));
}

const VERBS = new Set(
  'allow provide move store help let enable run manage collect create give send deliver protect monitor track record connect route distribute scale host serve offer support process analyze analyse automate encrypt replicate cache deploy define control convert detect filter grant limit make perform prevent reduce retrieve return stream transfer trigger translate capture build orchestrate coordinate load query index search simulate log audit list identify issue generate publish push pull decouple improve'.split(
    ' ',
  ),
);

/** "move large data" -> "moves large data" when the first word is a known base-form verb. */
function thirdPerson(text: string): string | undefined {
  const [first, ...rest] = text.split(' ');
  // "create / update / delete across accounts": verbs given as alternatives stay a quoted description.
  if (rest[0] === '/' || rest[0] === 'or' || first.endsWith('/')) return undefined;
  const w = first.toLowerCase();
  if (VERBS.has(w)) return [/(?:s|sh|ch|x|z)$/.test(w) ? `${w}es` : /[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`, ...rest].join(' ');
  if (w.endsWith('s') && VERBS.has(w.replace(/e?s$/, '')) ) return text.charAt(0).toLowerCase() + text.slice(1);
  if (w.endsWith('ies') && VERBS.has(w.replace(/ies$/, 'y'))) return text.charAt(0).toLowerCase() + text.slice(1);
  return undefined;
}

/** Lower-case the first letter unless the first word is an acronym or a name. */
export function decap(text: string): string {
  const first = text.split(' ')[0] ?? '';
  if (/[A-Z].*[A-Z]/.test(first) || /\d/.test(first)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Upper-case the first letter. */
export function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const ARROW = /\s*(?:-->|->|=>|→)\s*/g;

/**
 * Note arrows as plain punctuation: "speech -> text" -> "speech to text" between two single
 * words, otherwise a colon ("HA -> replication across 3 AZ" -> "HA: replication across 3 AZ").
 */
export function dearrow(text: string): string {
  const pair = /^\s*([A-Za-z][\w-]*)\s*(?:-->|->|=>|→)\s*([A-Za-z][\w-]*)\s*$/.exec(text);
  if (pair) return `${pair[1]} to ${pair[2]}`;
  return text
    .replace(/\b([a-z]+)\s*(?:-->|->|=>|→)\s*([a-z]+)(?=\s*(?:$|[,.;)]))/gi, '$1 to $2')
    // "convert text -> speech using deep learning": a conversion reads "text to speech" mid-sentence too.
    .replace(/\b(convert\w*|translat\w*|from)\s+([a-z]+)\s*(?:-->|->|=>|→)\s*([a-z]+)\b/gi, '$1 $2 to $3')
    .replace(ARROW, (m, at: number) => (at === 0 ? '' : ': '))
    .replace(/:\s*:/g, ':');
}

/** Drop a trailing full stop, a leading bullet dash and surrounding space; arrows become plain punctuation (see `dearrow`). */
export function unstop(text: string): string {
  // "Scalability: - functions scale on demand": a dash left at the start is the note's bullet, not text.
  return dearrow(text).replace(/^[\s:]*[-–]\s+/, '').replace(/[\s.;,:]+$/, '').trim();
}

/** "Which <noun> <definition as predicate>?" */
export function askWhich(noun: string, definition: string, context: string): string {
  const d = decap(unstop(definition));
  const lead = context ? `In the context of ${context}, which` : 'Which';
  const quoted = `${lead} ${noun} matches this description: "${d}"?`;
  // "logs aggregation, live replication ...": a list read as a verb and its objects; "can trigger:
  // SNS, SQS" is a label and its list. Both stay a quoted description.
  if (d.includes(':') || /^\S+\s+[^,\s]+(?:\s+[^,\s]+)?,/.test(d)) return quoted;
  const verb = thirdPerson(d);
  if (verb) return `${lead} ${noun} ${verb}?`;
  const clause = /\b(?:is|are|was|were|might|may|can|could|will|would|should|must|has|have|does|do)\b/.test(d.split(' ').slice(1).join(' '));
  if (!clause && /^(?:a|an|the|one|used|designed|responsible|similar|able|based|built|ideal|best|great|good|useful|meant)\b/.test(d)) {
    return `${lead} ${noun} is ${d}?`;
  }
  // "Which term can handle greater loads?": a term does nothing itself; a service or a kind can.
  // "are attached to each instance": the noun asked for is singular.
  if (/^(?:is|are)\b/.test(d) || (noun !== 'term' && /^(?:can|has|does|gives|lets)\b/.test(d))) return `${lead} ${noun} ${d.replace(/^are\b/, 'is')}?`;
  return quoted;
}
