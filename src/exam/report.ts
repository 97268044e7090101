/** The exam report and the per-question review as text (pure; colours come in as functions). */
import { safeLine, safeText } from '../core/text.js';
import { passFraction, type ExamResult } from './score.js';
import type { ExamItem } from './types.js';

/** Colour functions the report uses; identity functions give plain text. */
export interface Paint {
  bold(s: string): string;
  dim(s: string): string;
  green(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
}

/** Plain text paint. */
export const plain: Paint = { bold: (s) => s, dim: (s) => s, green: (s) => s, red: (s) => s, yellow: (s) => s };

/** "12:05" or "1:02:03" for a duration in ms (rounded down to the second). */
export function clock(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

/** A bar of `width` cells filled to `percent`. */
export function bar(percent: number, width = 20): string {
  const full = Math.round((Math.max(0, Math.min(100, percent)) / 100) * width);
  return '█'.repeat(full) + '░'.repeat(width - full);
}

/** The score report: scaled score against the pass score, domains as bars, time against the budget. */
export function renderReport(r: ExamResult, p: Paint = plain): string {
  const verdict = r.passed ? p.green(p.bold('PASS')) : p.red(p.bold('FAIL'));
  const barPct = Math.round(passFraction(r.passScore) * 100);
  const lines = [
    p.bold(`${r.cert} mock exam #${r.id}`) + (r.ended === 'expired' ? p.yellow('  (time ran out; submitted automatically)') : ''),
    '',
    `  Scaled score  ${p.bold(String(r.score))} / 1000   pass ${r.passScore}   ${verdict}`,
    `  Correct       ${r.correct} of ${r.total} (${r.total ? Math.round((100 * r.correct) / r.total) : 0}%); unanswered count as wrong`,
    p.dim(`  AWS publishes no raw-to-scaled conversion: this score is an approximation (100 + 900 x fraction correct).`),
    '',
    p.bold('  Domains') + p.dim(`  (meets competencies at ${barPct}% or more)`),
  ];
  const nameWidth = Math.min(48, Math.max(...r.domains.map((d) => d.name.length + 4), 10));
  for (const d of r.domains) {
    const name = `${d.id}. ${d.name}`.slice(0, nameWidth).padEnd(nameWidth);
    if (d.total === 0) {
      lines.push(`  ${name}  ${p.dim('no questions in this exam')}`);
      continue;
    }
    const mark = d.meets ? p.green('Meets competencies') : p.yellow('Needs improvement');
    const b = d.meets ? p.green(bar(d.percent)) : p.yellow(bar(d.percent));
    lines.push(`  ${name}  ${b} ${String(d.percent).padStart(3)}%  ${String(d.correct).padStart(2)}/${d.total}  ${mark}`);
  }
  lines.push(
    '',
    `  Time used     ${clock(r.timeUsedMs)} of ${clock(r.timeLimitMs)}`,
    `  Per question  ${clock(r.avgMsPerQuestion)} on average; budget ${clock(r.budgetMsPerQuestion)}` +
      (r.avgMsPerQuestion > r.budgetMsPerQuestion ? p.yellow('  (over budget)') : ''),
  );
  return lines.join('\n');
}

/** Which questions a review shows. */
export type ReviewFilter = 'incorrect' | 'all' | 'flagged';

/** Positions to review for a filter. */
export function reviewPositions(r: Pick<ExamResult, 'items'>, flagged: readonly boolean[], show: ReviewFilter): number[] {
  const out: number[] = [];
  r.items.forEach((ok, i) => {
    if (show === 'all' || (show === 'incorrect' && !ok) || (show === 'flagged' && flagged[i])) out.push(i);
  });
  return out;
}

function letters(sel: readonly number[]): string {
  return sel.map((s) => String.fromCharCode(65 + s)).join(', ');
}

/** One question reviewed: stem, options marked, your answer, the correct one, explanation and source. */
export function renderItemReview(
  item: ExamItem,
  position: number,
  total: number,
  selected: readonly number[] | null,
  flagged: boolean,
  correct: boolean,
  p: Paint = plain,
): string {
  const head = `Question ${position + 1} of ${total}` + (flagged ? '  [flagged]' : '') + '  ' + (correct ? p.green('Correct') : p.red('Incorrect'));
  const lines = [p.bold(head), '', safeText(item.stem).trim()];
  if (item.answers.length > 1 && !/\(choose \w+\.?\)/i.test(item.stem)) lines.push(`(Choose ${item.answers.length}.)`);
  lines.push('');
  item.options.forEach((o, i) => {
    const right = item.answers.includes(i);
    const mine = selected?.includes(i) ?? false;
    const mark = right ? p.green('✓') : mine ? p.red('✗') : ' ';
    lines.push(`  ${mark} ${String.fromCharCode(65 + i)}. ${safeLine(o)}${mine ? p.dim('  (your answer)') : ''}`);
  });
  lines.push(
    '',
    `  Your answer:    ${selected && selected.length > 0 ? letters(selected) : 'none'}`,
    `  Correct answer: ${letters(item.answers)}`,
    '',
    p.bold('  Explanation'),
    ...explained(item, p),
  );
  return lines.join('\n');
}

/** A question's explanation, indented, then its source note (file, line, headings): the same after an exam and in a drill. */
export function explained(item: Pick<ExamItem, 'explanation' | 'source'>, p: Paint = plain): string[] {
  const { path, line, headings } = item.source;
  return [
    ...safeText(item.explanation)
      .trim()
      .split('\n')
      .map((l) => `  ${l}`),
    '',
    p.dim(`  Source: ${safeLine(path)}:${line}` + (headings.length ? ` (${headings.map(safeLine).join(' > ')})` : '')),
  ];
}
