/** `awsq exam`: assemble, sit (or resume) a timed mock exam, then score it and review the answers. */
import type Database from 'better-sqlite3';
import { listQuestions } from '../../bank/questions.js';
import { recordReviews } from '../../bank/reviews.js';
import { AwsqError, InterruptedError, UsageError } from '../../core/errors.js';
import { randomSeed, seededRng } from '../../core/random.js';
import type { CertSpec, Question } from '../../core/types.js';
import { assemble, describeShortfalls, makeItems, type Shortfall } from '../../exam/assemble.js';
import { clock, renderReport, type Paint } from '../../exam/report.js';
import { scoreExam, type ExamResult } from '../../exam/score.js';
import { changedItems, tally, type SessionState } from '../../exam/session.js';
import type { Context } from '../context.js';
import { resultJson, walkReview } from '../exam-review.js';
import { confirm, examScreen, isPromptExit, requireTerminal, select } from '../prompts.js';
import { openReadyBank } from '../ready.js';
import { makeStyle } from '../style.js';

/** Options of `awsq exam`. */
export interface ExamOptions {
  /** Exam alias or code. */
  cert?: string;
  /** Seed for a reproducible exam (default: random, shown). */
  seed?: number;
  /** Number of questions (default: the exam's). */
  count?: number;
  /** Time limit in minutes (default: the exam's, scaled with --count). */
  minutes?: number;
  resume?: boolean;
  abandon?: boolean;
  dryRun?: boolean;
  json?: boolean;
}

/** Milliseconds between clock saves while nothing else happens. */
const SAVE_EVERY_MS = 5000;

async function certSpec(value: string): Promise<CertSpec> {
  const { resolveCert } = await import('../../certs/data.js');
  return resolveCert(value);
}

/** Assemble an exam for `spec` from the bank (no writes). */
async function build(db: Database.Database, spec: CertSpec, options: ExamOptions, seed: number) {
  const { examPool } = await import('../../bank/exams.js');
  const rng = seededRng(seed);
  const assembly = assemble({
    spec,
    // An explicit --seed makes the same exam again whatever was answered since; otherwise fresh questions first.
    pool: examPool(db, spec.code, { history: options.seed === undefined }),
    rng,
    count: options.count,
    minutes: options.minutes,
  });
  const questions = listQuestions(db, { ids: assembly.picks.map((p) => p.id), eligibleOnly: false });
  const byId = new Map<string, Question>(questions.map((q) => [q.id, q]));
  return { assembly, items: makeItems(assembly.picks, byId, rng), shortfallLines: await shortfallLines(db, spec, assembly.shortfalls) };
}

/** Shortfall warnings naming the key services the short domains have no question on. */
async function shortfallLines(db: Database.Database, spec: CertSpec, shortfalls: Shortfall[]): Promise<string[]> {
  if (shortfalls.length === 0) return [];
  const { coverage } = await import('../../certs/coverage.js');
  const { domainCounts, domainTopics } = await import('../../bank/questions.js');
  const help = new Map(coverage(spec, domainCounts(db, spec.code), domainTopics(db, spec.code)).filter((c) => c.missingServices.length > 0).map((c) => [c.id, c.missingServices]));
  return describeShortfalls(shortfalls, help);
}

/** Run `awsq exam`; resolves to the exit code. */
export async function run(options: ExamOptions, ctx: Context): Promise<number> {
  if (options.dryRun && (options.resume || options.abandon)) throw new UsageError('--dry-run cannot be combined with --resume or --abandon');
  if (options.resume && options.abandon) throw new UsageError('choose one of --resume and --abandon');
  // A mistyped exam is a usage error whatever else is wrong, so check it before the terminal.
  if (options.cert !== undefined) await certSpec(options.cert);
  if (options.dryRun) return dryRun(options, ctx);
  const abandonOnly = options.abandon && !options.cert;
  if (!abandonOnly) {
    requireTerminal(
      ctx,
      `to see an assembled exam without sitting it, run "awsq exam --cert ${options.cert ?? 'dva'} --dry-run --json"; to see a past result, run "awsq review --json".`,
    );
  }
  const paint: Paint = makeStyle(ctx.color);
  const bank = await openReadyBank(ctx);
  const exams = await import('../../bank/exams.js');
  const controller = new AbortController();
  try {
    const db = bank.db;
    let active = exams.activeExam(db);
    if (options.abandon) {
      if (active) {
        exams.abandonExam(db, active.id);
        ctx.warn(`Abandoned exam #${active.id} (${active.cert}).`);
        active = undefined;
      } else if (abandonOnly) ctx.warn('No exam in progress.');
      if (abandonOnly) return 0;
    }
    let examId: number;
    if (options.resume || (active && !options.cert)) {
      if (!active) throw new AwsqError('no exam in progress to resume; start one with "awsq exam --cert dva".');
      examId = active.id;
      ctx.warn(`Resuming exam #${examId} (${active.cert}).`);
    } else {
      if (active) {
        const loaded = exams.loadExam(db, active.id);
        const t = loaded ? tally(loaded.state) : { answered: 0 };
        const choice = await select<'resume' | 'abandon' | 'cancel'>(
          `Exam #${active.id} (${active.cert}, ${t.answered} of ${active.total} answered) is in progress.`,
          [
            { name: 'Resume it', value: 'resume' },
            { name: 'Abandon it and start a new exam', value: 'abandon' },
            { name: 'Cancel', value: 'cancel' },
          ],
          controller.signal,
        );
        if (choice === 'cancel') return 0;
        if (choice === 'abandon') exams.abandonExam(db, active.id);
        else return await sit(ctx, db, active.id, options, paint);
      }
      if (!options.cert) throw new UsageError('--cert is required to start an exam (e.g. --cert dva); "awsq certs" lists them.');
      const spec = await certSpec(options.cert);
      const seed = options.seed ?? randomSeed();
      const { assembly, items, shortfallLines: short } = await build(db, spec, options, seed);
      if (short.length > 0) {
        for (const line of short) ctx.warn(line);
        if (!(await confirm('Start the exam anyway?', true, controller.signal))) return 0;
      }
      examId = exams.createExam(db, { cert: spec.code, seed, limitMs: assembly.minutes * 60_000, passScore: spec.passScore }, items, ctx.now());
      ctx.warn(`Exam #${examId}: ${spec.code}, ${items.length} questions, ${assembly.minutes} minutes (seed ${seed}). Ctrl-C saves; resume with "awsq exam --resume".`);
    }
    return await sit(ctx, db, examId, options, paint);
  } catch (err) {
    if (isPromptExit(err)) throw new InterruptedError('Cancelled; nothing was started.');
    throw err;
  } finally {
    bank.close();
  }
}

/** Sit an exam (new or resumed) to its end, then submit, report and review. */
async function sit(ctx: Context, db: Database.Database, examId: number, options: ExamOptions, paint: Paint): Promise<number> {
  const exams = await import('../../bank/exams.js');
  const loaded = exams.loadExam(db, examId);
  if (!loaded) throw new AwsqError(`exam #${examId} is missing from the bank`);
  let latest: SessionState = loaded.state;
  let savedElapsed = latest.elapsedMs;
  const save = (before: SessionState, after: SessionState) => {
    exams.saveProgress(db, examId, after, changedItems(before, after), ctx.now());
    savedElapsed = after.elapsedMs;
  };
  let final: SessionState;
  if (latest.elapsedMs >= latest.limitMs) final = { ...latest, ended: 'expired' };
  else {
    try {
      final = await examScreen(
        {
          code: loaded.exam.cert,
          items: loaded.items,
          state: latest,
          paint,
          now: () => ctx.now().getTime(),
          rows: Math.max(5, (ctx.stdout.rows ?? 30) - 12),
          onChange: (before, after, event) => {
            latest = after;
            if (event || after.ended || changedItems(before, after).length > 0 || after.elapsedMs - savedElapsed >= SAVE_EVERY_MS) save(before, after);
          },
        },
        ctx.stdout,
      );
    } catch (err) {
      if (!isPromptExit(err)) throw err;
      save(latest, latest);
      const t = tally(latest);
      throw new InterruptedError(
        `Exam #${examId} saved at question ${latest.current + 1} of ${latest.picks.length} (${t.answered} answered, ${clock(latest.limitMs - latest.elapsedMs)} left; the clock is stopped). Resume with: awsq exam --resume`,
      );
    }
  }
  const result = await submit(ctx, db, loaded, final);
  const src = { loaded: { ...loaded, state: final }, result };
  if (options.json) {
    ctx.print(JSON.stringify(resultJson(src), null, 2));
    return 0;
  }
  ctx.print(renderReport(result, paint));
  ctx.print('');
  try {
    await walkReview(ctx, src, paint);
  } catch (err) {
    if (!isPromptExit(err)) throw err;
    ctx.print(`Review it again any time: awsq review ${examId}`);
  }
  return 0;
}

/** Score, store the result, and record every item for spaced repetition, in one transaction. */
export async function submit(ctx: Context, db: Database.Database, loaded: import('../../bank/exams.js').LoadedExam, final: SessionState): Promise<ExamResult> {
  const exams = await import('../../bank/exams.js');
  let domains: Array<{ id: number; name: string }>;
  try {
    domains = (await certSpec(loaded.exam.cert)).domains;
  } catch {
    domains = [...new Set(loaded.items.map((i) => i.domain))].sort((a, b) => a - b).map((id) => ({ id, name: `Domain ${id}` }));
  }
  const result = scoreExam({
    id: loaded.exam.id,
    cert: loaded.exam.cert,
    passScore: loaded.exam.passScore,
    domains,
    items: loaded.items,
    selected: final.selected,
    flagged: final.flagged,
    elapsedMs: final.elapsedMs,
    limitMs: final.limitMs,
    ended: final.ended ?? 'submitted',
  });
  const now = ctx.now();
  // Every item counts for spaced repetition: right is Good, wrong or unanswered is Again.
  const reviews = loaded.items.map((it, i) => ({
    questionId: it.questionId,
    correct: result.items[i],
    ms: Math.round(final.ms[i]),
    context: 'exam' as const,
    examId: loaded.exam.id,
    at: now,
  }));
  exams.submitExam(db, loaded.exam.id, result, now, () => void recordReviews(db, reviews, now));
  return result;
}

/** `--dry-run`: assemble and print the exam without storing or running it. */
async function dryRun(options: ExamOptions, ctx: Context): Promise<number> {
  if (!options.cert) throw new UsageError('--cert is required (e.g. --cert dva); "awsq certs" lists them.');
  const spec = await certSpec(options.cert);
  const seed = options.seed ?? randomSeed();
  const bank = await openReadyBank(ctx);
  try {
    const { assembly, items, shortfallLines: short } = await build(bank.db, spec, options, seed);
    for (const line of short) ctx.warn(line);
    if (options.json) {
      ctx.print(
        JSON.stringify(
          {
            cert: spec.code,
            seed,
            minutes: assembly.minutes,
            passScore: spec.passScore,
            questions: items.map((it) => ({ id: it.questionId, domain: it.domain, kind: it.kind, stem: it.stem, options: it.options, multi: it.answers.length > 1 })),
          },
          null,
          2,
        ),
      );
      return 0;
    }
    const { safeLine } = await import('../../core/text.js');
    ctx.print(`${spec.code}: ${items.length} questions, ${assembly.minutes} minutes, pass ${spec.passScore} (seed ${seed})`);
    items.forEach((it, i) => ctx.print(`${String(i + 1).padStart(3)}. [D${it.domain}${it.answers.length > 1 ? ', multi' : ''}] ${safeLine(it.stem)}`));
    return 0;
  } finally {
    bank.close();
  }
}
