/** `awsq review [exam-id]`: reopen a past exam's report and go through its questions again. */
import { AwsqError, InterruptedError, UsageError } from '../../core/errors.js';
import { renderReport, type Paint, type ReviewFilter } from '../../exam/report.js';
import type { Context } from '../context.js';
import { printReview, resultJson, walkReview } from '../exam-review.js';
import { isPromptExit } from '../prompts.js';
import { openReadyBank } from '../ready.js';
import { makeStyle } from '../style.js';

/** Options of `awsq review`. */
export interface ReviewOptions {
  /** Positional arguments: the exam id, when given. */
  args?: unknown[];
  /** Which questions to show (default "incorrect"). */
  show?: ReviewFilter;
  json?: boolean;
}

function examIdArg(value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  const text = String(value).trim().replace(/^#/, '');
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(Number(text)) || Number(text) < 1) {
    throw new UsageError(`exam-id must be an exam number such as 3 (see "awsq stats"), not "${String(value)}"`);
  }
  return Number(text);
}

/** Print an exam's report and review (one question at a time on a terminal, plain text otherwise, JSON with --json). */
export async function run(options: ReviewOptions, ctx: Context): Promise<number> {
  const wanted = examIdArg(options.args?.[0]);
  const show: ReviewFilter = options.show ?? 'incorrect';
  const bank = await openReadyBank(ctx);
  try {
    const exams = await import('../../bank/exams.js');
    const exam = wanted !== undefined ? exams.getExam(bank.db, wanted) : exams.latestSubmitted(bank.db);
    if (!exam) {
      throw new AwsqError(wanted !== undefined ? `there is no exam #${wanted}; "awsq stats" lists past exams.` : 'no exam has been submitted yet; sit one with "awsq exam --cert dva".');
    }
    if (exam.status === 'active') throw new AwsqError(`exam #${exam.id} is still in progress; finish it with "awsq exam --resume".`);
    if (exam.status === 'abandoned' || !exam.result) throw new AwsqError(`exam #${exam.id} was abandoned before it was submitted, so it has no result to review.`);
    const loaded = exams.loadExam(bank.db, exam.id);
    if (!loaded) throw new AwsqError(`exam #${exam.id} is missing from the bank`);
    const src = { loaded, result: exam.result };
    if (options.json) {
      ctx.print(JSON.stringify(resultJson(src), null, 2));
      return 0;
    }
    const paint: Paint = makeStyle(ctx.color);
    ctx.print(renderReport(exam.result, paint) + '\n');
    if (!ctx.interactive) {
      printReview(ctx, src, show, paint);
      return 0;
    }
    try {
      await walkReview(ctx, src, paint, show);
    } catch (err) {
      if (!isPromptExit(err)) throw err;
      throw new InterruptedError('Review closed.');
    }
    return 0;
  } finally {
    bank.close();
  }
}
