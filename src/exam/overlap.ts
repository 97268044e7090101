/** Whether two questions of one exam overlap: one fact asked twice, or one question naming another's answer. */
import { contentWords, normalize, withoutAside } from '../extract/text.js';

/** What assembly needs of a question's text to tell whether it overlaps another. */
export interface QuestionText {
  stem: string;
  options: readonly string[];
  answers: readonly number[];
  explanation: string;
  topics: readonly string[];
  /** Where it came from: an imported question's answer may end any scenario, so one answer is not one fact. */
  origin?: 'extracted' | 'imported';
}

/** What a question shows and what it asks, normalised once. */
export interface Gist {
  /** The stem without its bracketed asides, as written, padded with spaces. */
  shows: string;
  /** The answer as written, padded with spaces: once answered, a learner knows it. */
  tells: string;
  /** Names of two words or more, as written, that would give the question away if another showed them: its answer, or the term its explanation leads with. */
  names: readonly string[];
  /** The correct options, normalised and joined. */
  answer: string;
  /** The correct options, normalised, one by one. */
  rights: readonly string[];
  /** Every option, normalised. */
  offers: ReadonlySet<string>;
  /** What the question is about, normalised: its answers, the term its explanation leads with, and the description its stem quotes. */
  about: readonly string[];
  /** The answer is a value ("4 KB", "24 hours") rather than a name. */
  value: boolean;
  /** Extracted from notes: its answer names what the question asks about. */
  extracted: boolean;
  /** The term its explanation leads with, normalised without its aside ("" when none). */
  lead: string;
  topics: readonly string[];
  /** Content words of the explanation: the statement the question was made from. */
  said: ReadonlySet<string>;
  /** The same without the answer's own words, which two statements of one answer always share. */
  besides: ReadonlySet<string>;
  /** Content words of what the question describes: its answer when that is a description, else its statement without the answer. */
  described: ReadonlySet<string>;
  /** Content words of each wrong option that is a description (DESCRIPTION_WORDS words or more). */
  wrongs: readonly ReadonlySet<string>[];
}

/** Two statements with the same answer that share this share of their words state one fact. */
const SAME_STATEMENT = 0.3;
/** Two descriptions with different answers that share this share of their words, and at least RESTATED_WORDS words, describe one thing. */
const RESTATED = 0.45;
const RESTATED_WORDS = 4;
/** An answer of this many content words or more is a description, not a name. */
const DESCRIPTION_WORDS = 4;

/** An answer that is a value: "4 KB", "24 hours", "99.99%", "$0.01". */
const VALUE = /^[$\d]/;
/** A leading word that names the service a term belongs to: "EC2 User Data", "S3 Object Lock". */
const SERVICE_WORD = /^(?:[A-Z][A-Z0-9]{1,5}|Amazon|AWS)\s+/;

/** An AWS service's name: "Amazon Cognito", "AWS CloudFormation" (the name after the maker's). */
const SERVICE_NAME = /^(?:Amazon|AWS) ([A-Z][A-Za-z0-9]+)$/;

/** A phrase as it is written, punctuation aside, padded with spaces: capitals kept, as they mark a name. */
const plain = (text: string) => ` ${text.replace(/[^A-Za-z0-9]+/g, ' ').trim()} `;

/**
 * The term an explanation states a fact about, when it leads it: "User Data : allows to enter
 * commands ...", "Bootstrap script - configure an EC2 instance ...". At most six words.
 */
function leadTerm(explanation: string): string | undefined {
  const m = /^([^:\n]{2,60}?)(?: - | ?: )/.exec(explanation);
  return m && m[1].trim().split(/\s+/).length <= 6 ? m[1].trim() : undefined;
}

/** A question's gist. */
export function gistOf(q: QuestionText): Gist {
  const answers = q.answers.map((a) => q.options[a] ?? '');
  const value = answers.length > 0 && answers.every((a) => VALUE.test(a));
  const names = new Set<string>();
  const lead = leadTerm(q.explanation);
  for (const a of [...answers, ...(value || lead === undefined ? [] : [lead])]) {
    if (VALUE.test(a)) continue;
    for (const n of [a, a.replace(SERVICE_WORD, '')]) {
      const written = plain(n);
      if (written.trim().includes(' ')) names.add(written);
    }
    // A service's own name is a name however short: "Cognito User Pools" in a stem names Amazon Cognito.
    const service = SERVICE_NAME.exec(a.trim());
    if (service) names.add(plain(service[1]));
  }
  // Asides in brackets name the service around ("Shared consumption mode (Kinesis Data Streams)"); the
  // stem's lead ("In the context of CloudWatch Synthetics,") counts: it names what it is about.
  const stem = q.stem.replace(/\([^()]*\)/g, ' ');
  const said = contentWords(q.explanation);
  const own = contentWords(answers.join(' '));
  const besides = new Set([...said].filter((w) => !own.has(w)));
  const rights = answers.map(normalize);
  const quoted = [...q.stem.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
  return {
    shows: plain(stem),
    tells: plain(answers.join(' \n ')),
    names: [...names],
    answer: rights.join(' | '),
    rights,
    offers: new Set(q.options.map(normalize)),
    about: [...answers, ...(lead === undefined ? [] : [lead, withoutAside(lead)]), ...quoted].map(normalize).filter(Boolean),
    value,
    extracted: q.origin !== 'imported',
    lead: lead === undefined ? '' : normalize(withoutAside(lead)),
    topics: q.topics,
    said,
    besides,
    described: own.size >= DESCRIPTION_WORDS ? own : besides,
    wrongs: q.options
      .filter((_, i) => !q.answers.includes(i))
      .map((o) => contentWords(o))
      .filter((w) => w.size >= DESCRIPTION_WORDS),
  };
}

function likeness(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  if (x.size === 0 || y.size === 0) return 0;
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  return common / (x.size + y.size - common);
}

/** Does `b` (with another answer) give `a` away, in its stem or in its answer? A value counts only beside a statement about the same thing. */
function named(a: Gist, b: Gist): boolean {
  if (a.value) {
    const about = a.topics.some((t) => b.topics.includes(t)) || likeness(a.said, b.said) >= SAME_STATEMENT;
    return about && squeeze(`${b.shows} ${b.tells}`).includes(` ${squeeze(a.answer)} `);
  }
  return a.names.some((n) => b.shows.includes(n) || b.tells.includes(n));
}

/** Short forms of time units, so "5 min" and "5 minutes" read alike. */
const UNITS: Array<[RegExp, string]> = [
  [/(\d)(?:minutes?|mins?)\b/g, '$1min'],
  [/(\d)(?:hours?|hrs?|h)\b/g, '$1h'],
  [/(\d)(?:seconds?|secs?)\b/g, '$1s'],
  [/(\d)(?:days?)\b/g, '$1d'],
];
/** Lower case, a number joined to its unit, time units short: "4 KB" and "4KB", "5 min" and "5 minutes" read alike. */
function squeeze(text: string): string {
  let out = text.toLowerCase().replace(/(\d) (?=[a-z])/g, '$1');
  for (const [re, short] of UNITS) out = out.replace(re, short);
  return out;
}

/**
 * Do two questions overlap? They do when they ask one fact: two from notes with the same named
 * answer ("S3 Analytics" twice, Amazon Cognito twice) or the same value about one service ("15
 * minutes" for Lambda in two notes); any two with the same answer and statements much alike
 * ("Standard: max 4 KB parameter size", "Standard: 10K parameters, size max 4KB"); one description
 * under two names; one term described twice. They do too when each offers what the other is about as a wrong option, or when one
 * names the other's answer, in its stem or its own answer ("configure an EC2 instance at launch
 * through EC2 User Data" beside a question whose answer is EC2 User Data, or one that asks what User
 * Data is; "In the context of CloudWatch Synthetics" beside one whose answer is CloudWatch Synthetics).
 */
export function overlap(a: Gist, b: Gist): boolean {
  if (a.answer === b.answer) {
    if (a.extracted && b.extracted && (!a.value || a.topics.some((t) => b.topics.includes(t)))) return true;
    return likeness(a.besides, b.besides) >= SAME_STATEMENT;
  }
  // One term described twice ("Producers" of Data Streams and of Firehose): answering one tells the other.
  // Values are left out: "SQS: retention 4 days" and "SQS: message size 1 MiB" are two facts.
  if (a.extracted && b.extracted && !a.value && !b.value && sameTerm(a, b)) return true;
  return mirrored(a, b) || restated(a, b) || offered(a, b) || offered(b, a) || named(a, b) || named(b, a);
}

/**
 * Does `b` offer what `a` describes as a wrong option? "What best describes StackSets?" offering the
 * description that "which term is a JSON document that defines the update actions allowed ...?" asks
 * about: once that one is answered, the option is ruled out, and one fact is shown twice.
 */
function offered(a: Gist, b: Gist): boolean {
  return b.wrongs.some((w) => {
    let common = 0;
    for (const x of w) if (a.described.has(x)) common++;
    return common >= RESTATED_WORDS && likeness(w, a.described) >= RESTATED;
  });
}

/**
 * Do two leads name one term: the same words ("Producers" twice), or, about one service, one the
 * other with a qualifier before it ("Groups" and "User Groups" in IAM)?
 */
function sameTerm(a: Gist, b: Gist): boolean {
  if (a.lead === '' || b.lead === '') return false;
  if (a.lead === b.lead) return true;
  const [short, long] = a.lead.length < b.lead.length ? [a.lead, b.lead] : [b.lead, a.lead];
  return long.endsWith(` ${short}`) && a.topics.some((t) => b.topics.includes(t));
}

/**
 * Each offers what the other is about as a wrong option ("what best describes Network ACL?" offering
 * Security Groups' description, beside "which term is a firewall for a subnet?" offering Security
 * Groups): answering one settles the other.
 */
function mirrored(a: Gist, b: Gist): boolean {
  return a.about.some((x) => b.offers.has(x)) && b.about.some((x) => a.offers.has(x));
}

/**
 * One description under two names: "Cache Behaviors - allows setting different origins/origin groups
 * based on the content type or path pattern", "Multiple Origin - route to different kind of origins
 * based on content type or path pattern".
 */
function restated(a: Gist, b: Gist): boolean {
  let common = 0;
  for (const w of a.described) if (b.described.has(w)) common++;
  return common >= RESTATED_WORDS && likeness(a.described, b.described) >= RESTATED;
}
