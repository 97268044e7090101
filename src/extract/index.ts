/** The extractor: markdown note text -> scored questions with provenance. Pure: no I/O. */
import type { CatalogIndex } from '../core/catalog.js';
import { servicesIn } from './lookup.js';
import type { Question, Warning } from '../core/types.js';
import { toBlocks } from './blocks.js';
import { findFacts, type Fact } from './facts.js';
import { bundledFamilies } from './families.js';
import { generate, type Draft } from './generate.js';
import { bundledChanges, outdatedBy, type Change } from './changes.js';
import { assignIds, fingerprint } from './ids.js';
import { parseNote } from './parse.js';
import { problems, QUALITY_BAR as BAR, score } from './quality.js';
import { leftSlipFinder, plainSwap, slipFinder, withoutSlips, type Slip } from './slips.js';
import { shorthandFinder } from './shorthand.js';
import { hash } from './text.js';

/** What one note yields: every candidate question (rejected ones included), the fact count, warnings. */
export interface ExtractResult {
  questions: Question[];
  facts: number;
  warnings: Warning[];
}

/** Questions with `score >= QUALITY_BAR` are exam-eligible. */
export const QUALITY_BAR: number = BAR;

const MAX_EXPLANATION = 600;
const MAX_WARNINGS = 20;

/** Options in an order fixed by the question id, so rebuilds show the same order. */
function arrange(id: string, d: Draft): { options: string[]; answers: number[] } {
  const tagged = d.options.map((text, i) => ({ text, correct: i < d.correct, key: hash(id, text) }));
  tagged.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { options: tagged.map((t) => t.text), answers: tagged.flatMap((t, i) => (t.correct ? [i] : [])) };
}

/** The note's own words, with the slips the question's text has mended mended too ("encrupt" reads "encrypt"). */
function explanationOf(f: Fact, slips: (text: string) => Slip[]): string {
  const text = withoutSlips(f.excerpt, slips);
  return text.length > MAX_EXPLANATION ? `${text.slice(0, MAX_EXPLANATION - 1)}…` : text;
}

/** What toQuestion needs of a fact whatever the draft: a fact yields several drafts, and these texts are long. */
interface FactTexts {
  /** Services the fact is about, context and excerpt included. */
  about: string[];
  /** The fact's topics: the services its context, subject and text name. */
  topics: string[];
  /** Context and excerpt, where a retired service may be named. */
  surroundings: string;
  /** What the question explains itself with. */
  explanation: string;
}

/** The FactTexts of a fact, worked out on first use (facts no longer change once drafted). */
function factTexts(f: Fact, catalog: CatalogIndex, seen: Map<Fact, FactTexts>, slips: (text: string) => Slip[]): FactTexts {
  let t = seen.get(f);
  if (!t) {
    t = {
      about: servicesIn(catalog, [...f.context, f.subject, f.text, f.excerpt].join(' \n ')),
      topics: servicesIn(catalog, [...f.context, f.subject, f.text].join(' \n ')),
      surroundings: [...f.context, f.excerpt].join('\n'),
      explanation: explanationOf(f, slips),
    };
    seen.set(f, t);
  }
  return t;
}

/** A question whose fact or answer states something AWS has since changed is kept out of exams. */
function outdated(d: Draft, texts: FactTexts, changes: Change[]): boolean {
  const f = d.fact;
  const said = [f.subject, f.text, ...d.options.slice(0, d.correct)].join('\n');
  return outdatedBy(said, texts.about, changes, texts.surroundings) !== undefined;
}

function toQuestion(
  d: Draft,
  id: string,
  catalog: CatalogIndex,
  changes: Change[],
  slips: (text: string) => Slip[],
  leftover: (text: string) => boolean,
  shorthand: (text: string) => boolean,
  facts: Map<Fact, FactTexts>,
): Question {
  const texts = factTexts(d.fact, catalog, facts, slips);
  // Other slips ("taht", "Environmnet") are shown the way the note spells the word elsewhere, and
  // judged as shown: "traffic forcasts" gives "Predictive Scaling" away once it reads "forecasts".
  const shown = { ...d, stem: withoutSlips(d.stem, slips), options: d.options.map((o) => (d.curated?.includes(o) ? o : withoutSlips(o, slips))) };
  const reasons = problems(shown, catalog);
  if (outdated(d, texts, changes)) reasons.push('outdated');
  // A keyed answer with a one-letter change in a short word may be another real word: kept out.
  const keyed = d.options.slice(0, d.correct);
  if (keyed.some((o) => slips(o).some(([w, fix, keystroke]) => !keystroke && plainSwap(w, fix)))) reasons.push('typo');
  // "private key to eecrypt": a slip no rule could fix ("encrypt" and "decrypt" both fit) would show on screen.
  if (!reasons.includes('typo') && [shown.stem, ...shown.options].some(leftover)) reasons.push('typo');
  // "no HC, route traffic to single resource": the note's own abbreviation, never spelled out.
  if ([shown.stem, ...shown.options.slice(0, d.correct)].some(shorthand)) reasons.push('residue');
  const { options, answers } = arrange(id, shown);
  const f = d.fact;
  return {
    id,
    kind: d.kind,
    stem: shown.stem,
    options,
    answers,
    explanation: texts.explanation,
    source: { ...f.source, headings: [...f.source.headings] },
    topics: texts.topics,
    score: score(reasons),
    reasons,
    fingerprint: fingerprint(d, catalog),
    origin: 'extracted',
  };
}

/**
 * Extract questions from one note. `path` is the note's path relative to the notes root.
 * `changes` lists AWS facts that changed (default: data/catalog/changes.json).
 * Never throws: a failure becomes a warning and an empty result.
 */
export function extract(text: string, path: string, catalog: CatalogIndex, changes: Change[] = bundledChanges()): ExtractResult {
  try {
    const parsed = parseNote(typeof text === 'string' ? text : '');
    const blocks = toBlocks(parsed.chunks);
    const facts = findFacts(path, blocks);
    const drafts = generate(facts, catalog, bundledFamilies());
    const ids = assignIds(drafts);
    const slips = slipFinder(text);
    const leftover = leftSlipFinder(text);
    const shorthand = shorthandFinder(text, catalog);
    const seen = new Map<Fact, FactTexts>();
    const questions = drafts.map((d, i) => toQuestion(d, ids[i], catalog, changes, slips, leftover, shorthand, seen));
    const warnings = parsed.cut.slice(0, MAX_WARNINGS).map((line) => ({ path, line, message: 'line or paragraph too long; only its start was read' }));
    return { questions, facts: facts.length, warnings };
  } catch (err) {
    const message = `could not extract questions: ${err instanceof Error ? err.message : String(err)}`;
    return { questions: [], facts: 0, warnings: [{ path, line: 1, message }] };
  }
}
