/** `awsq drill [topic]`: untimed practice with spaced repetition; every answer is saved as it is given. */
import type Database from 'better-sqlite3';
import { drillCandidates, dueQuestionIds, missedInRecentExams, nextDue, topicRows, topicVocabulary, type DrillCandidate } from '../../bank/drill.js';
import { listQuestions } from '../../bank/questions.js';
import { recordReviews } from '../../bank/reviews.js';
import { loadCatalog, resolveCert } from '../../certs/data.js';
import { InterruptedError, UsageError } from '../../core/errors.js';
import { randomSeed, seededRng } from '../../core/random.js';
import type { Question } from '../../core/types.js';
import { dueOutlook, fromNow, mastery, planDrill, type PlannedQuestion } from '../../drill/plan.js';
import { createScheduler, type Scheduler, type StoredCard } from '../../drill/scheduler.js';
import { renderSummary, type DrillSummary } from '../../drill/summary.js';
import { resolveTopic, selectTopic } from '../../drill/topic.js';
import { makeItems } from '../../exam/assemble.js';
import type { Paint } from '../../exam/report.js';
import type { Context } from '../context.js';
import { drillLoop, terminalAsk, type DrillLoopDeps } from '../drill-loop.js';
import { requireTerminal } from '../prompts.js';
import { openReadyBank } from '../ready.js';
import { makeStyle } from '../style.js';

/** Options of `awsq drill`. */
export interface DrillOptions {
  /** The topic's words (positional). */
  args?: string[];
  /** Questions in this drill (default 20). */
  count?: number;
  /** Keep to one exam's scope (alias or code). */
  cert?: string;
  /** Questions missed in the recent exams. */
  wrong?: boolean;
  /** Print the summary as JSON at the end. */
  json?: boolean;
}

/** How many recent submitted exams `--wrong` looks at. */
export const RECENT_EXAMS = 5;

/** What a drill will ask, or why there is nothing to ask. */
export type DrillPlan =
  | { kind: 'drill'; topic: string; candidates: DrillCandidate[]; plan: PlannedQuestion[] }
  | { kind: 'nothing'; message: string; next?: string };

/** Work out the drill's questions from the options (no prompts, no writes). */
export function planFor(db: Database.Database, options: DrillOptions, now: Date, scheduler: Scheduler): DrillPlan {
  const cert = options.cert ? resolveCert(options.cert).code : undefined;
  const scope = { cert };
  const phrase = (options.args ?? []).join(' ').trim();
  const within = cert ? ` in ${cert}` : '';
  let ids: string[] | undefined;
  let topic = 'everything due' + within;
  if (phrase) {
    const query = resolveTopic(phrase, loadCatalog(), topicVocabulary(db));
    ids = selectTopic(query, topicRows(db, query, scope)).map((r) => r.id);
    topic = query.label + within;
    if (ids.length === 0) {
      const why = query.words.length ? ` that mention "${query.words.join(' ')}"` : '';
      throw new UsageError(`there are no exam-ready questions on ${query.label}${why}${within}; "awsq topics" lists the topics that have questions.`);
    }
  }
  if (options.wrong) {
    const missed = missedInRecentExams(db, RECENT_EXAMS, cert);
    if (ids) {
      const inTopic = new Set(ids);
      ids = missed.filter((id) => inTopic.has(id));
    } else ids = missed;
    topic = `missed in the last ${RECENT_EXAMS} exams` + (phrase ? `: ${topic}` : within);
    if (ids.length === 0) {
      return { kind: 'nothing', message: `No questions${phrase ? ` on ${phrase}` : ''} were missed in the last ${RECENT_EXAMS} submitted exams${within}.` };
    }
  }
  if (!ids) {
    ids = dueQuestionIds(db, now, scope);
    if (ids.length === 0) {
      const next = nextDue(db, now, scope);
      const when = next ? `The next review is due ${fromNow(next, now)} (${localStamp(new Date(next))}).` : 'No reviews are scheduled yet.';
      return { kind: 'nothing', message: `Nothing is due${within}. ${when} Drill a topic meanwhile, e.g. "awsq drill s3".`, next };
    }
  }
  const candidates = drillCandidates(db, ids);
  const plan = planDrill(candidates, now, options.count ?? 20, scheduler);
  if (plan.length === 0) return { kind: 'nothing', message: `No exam-ready questions to drill for ${topic}.` };
  return { kind: 'drill', topic, candidates, plan };
}

/** "2026-03-02 14:05" in local time. */
function localStamp(d: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** Summarise a drill from the topic's cards before and the answers' new cards. */
export function summarise(
  topic: string,
  candidates: readonly DrillCandidate[],
  planned: number,
  result: { answers: DrillSummary['items']; interrupted: boolean },
  after: ReadonlyMap<string, StoredCard>,
  start: Date,
  end: Date,
  scheduler: Scheduler,
): DrillSummary {
  const before = candidates.map((c) => c.card);
  const now = candidates.map((c) => after.get(c.id) ?? c.card);
  const right = result.answers.filter((a) => a.correct).length;
  return {
    topic,
    questions: candidates.length,
    planned,
    answered: result.answers.length,
    right,
    wrong: result.answers.length - right,
    interrupted: result.interrupted,
    mastery: { before: mastery(before, start, scheduler), after: mastery(now, end, scheduler) },
    next: dueOutlook(now, end),
    items: result.answers,
  };
}

/** Run `awsq drill`; resolves to the exit code. `ask` replaces the terminal prompts (tests). */
export async function run(options: DrillOptions, ctx: Context, ask?: DrillLoopDeps['ask']): Promise<number> {
  // An unknown exam is reported before the terminal check, as "awsq exam" does.
  if (options.cert) resolveCert(options.cert);
  if (!ask) {
    requireTerminal(ctx, 'a drill asks questions one at a time. To see what is due, run "awsq stats --json"; to list a topic\'s questions, run "awsq questions --topic s3 --json".');
  }
  const paint: Paint = makeStyle(ctx.color);
  const scheduler = createScheduler();
  const bank = await openReadyBank(ctx);
  try {
    const db = bank.db;
    const start = ctx.now();
    const planned = planFor(db, options, start, scheduler);
    if (planned.kind === 'nothing') {
      if (options.json) ctx.print(JSON.stringify({ topic: null, answered: 0, message: planned.message, nextDue: planned.next ?? null }, null, 2));
      else ctx.print(planned.message);
      return 0;
    }
    const ids = planned.plan.map((p) => p.id);
    const byId = new Map<string, Question>(listQuestions(db, { ids, eligibleOnly: false }).map((q) => [q.id, q]));
    const items = makeItems(
      planned.plan.filter((p) => byId.has(p.id)).map((p) => ({ id: p.id, domain: 0, fingerprint: '', multi: false })),
      byId,
      seededRng(randomSeed()),
    );
    const reasons = { due: 'due for review', new: 'new', weak: 'weakest' } as const;
    const notes = planned.plan.filter((p) => byId.has(p.id)).map((p) => reasons[p.reason]);
    ctx.print(paint.bold(`Drill: ${planned.topic}`) + paint.dim(`  ${items.length} questions, untimed. Ctrl-C stops; every answer is saved as you give it.`) + '\n');
    const after = new Map<string, StoredCard>();
    const result = await drillLoop(items, {
      ask: ask ?? terminalAsk(),
      record: (review) => {
        const [card] = recordReviews(db, [review], ctx.now(), scheduler);
        after.set(review.questionId, card);
        return card;
      },
      show: (text) => ctx.print(text),
      now: () => ctx.now(),
      paint,
      notes,
    });
    const end = ctx.now();
    const summary = summarise(planned.topic, planned.candidates, items.length, result, after, start, end, scheduler);
    if (options.json) ctx.print(JSON.stringify(summary, null, 2));
    else ctx.print(renderSummary(summary, end, paint));
    if (result.interrupted) throw new InterruptedError(`Drill stopped after ${result.answers.length} of ${items.length} questions; every answer given is saved.`);
    return 0;
  } finally {
    bank.close();
  }
}
