/** `awsq questions`: inspect the bank, including questions kept out of exams and why. */
import { listQuestions } from '../../bank/questions.js';
import { randomSeed, sample, seededRng } from '../../core/random.js';
import { safeLine } from '../../core/text.js';
import type { StoredQuestion } from '../../core/types.js';
import type { Context } from '../context.js';
import { openReadyBank } from '../ready.js';
import { makeStyle } from '../style.js';

/** Options of `awsq questions`. */
export interface QuestionsOptions {
  rejected?: boolean;
  topic?: string;
  source?: string;
  sample?: number;
  seed?: number;
  json?: boolean;
}

/** Print the matching questions (a seeded sample with --sample) as text or JSON. */
export async function run(options: QuestionsOptions, ctx: Context): Promise<number> {
  const bank = await openReadyBank(ctx);
  try {
    let qs = listQuestions(bank.db, {
      eligibleOnly: !options.rejected,
      topics: options.topic ? [options.topic.toLowerCase()] : undefined,
      sourcePrefix: options.source,
    });
    if (options.rejected) qs = qs.filter((q) => !q.eligible);
    const seed = options.seed ?? randomSeed();
    if (options.sample !== undefined) qs = sample(qs, options.sample, seededRng(seed));
    if (options.json) {
      ctx.print(JSON.stringify(qs.map(toJson), null, 2));
      return 0;
    }
    const c = makeStyle(ctx.color);
    qs.forEach((q, i) => ctx.print(render(q, i + 1, c) + '\n'));
    const what = options.rejected ? 'kept out of exams' : 'exam-ready';
    ctx.print(`${qs.length} ${what} question${qs.length === 1 ? '' : 's'}${options.sample !== undefined ? ` (sample, seed ${seed})` : ''}.`);
    return 0;
  } finally {
    bank.close();
  }
}

function toJson(q: StoredQuestion) {
  return {
    id: q.id,
    kind: q.kind,
    stem: q.stem,
    options: q.options,
    answers: q.answers,
    explanation: q.explanation,
    source: q.source,
    topics: q.topics,
    score: q.score,
    reasons: q.reasons,
    eligible: q.eligible,
    exams: q.placements,
  };
}

function render(q: StoredQuestion, n: number, c: ReturnType<typeof makeStyle>): string {
  const lines = [c.bold(`${n}. ${safeLine(q.stem)}`) + c.dim(`  [${q.kind}, score ${q.score.toFixed(2)}, ${q.id}]`)];
  q.options.forEach((o, i) => {
    const mark = q.answers.includes(i) ? c.green('*') : ' ';
    lines.push(`  ${mark} ${String.fromCharCode(65 + i)}. ${safeLine(o)}`);
  });
  lines.push(c.dim(`  source: ${safeLine(q.source.path)}:${q.source.line} (${q.source.headings.map(safeLine).join(' > ')})`));
  if (q.reasons.length > 0) lines.push(c.yellow(`  reasons: ${q.reasons.join(', ')}`));
  return lines.join('\n');
}
