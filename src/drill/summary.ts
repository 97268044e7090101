/** A drill's feedback after each answer and its closing summary, as plain text or JSON (pure). */
import { safeLine, safeText } from '../core/text.js';
import { explained, type Paint } from '../exam/report.js';
import type { ExamItem } from '../exam/types.js';
import { fromNow, type DueOutlook } from './plan.js';
import type { Grade } from './scheduler.js';

/** One answered drill question. */
export interface DrillAnswerRecord {
  id: string;
  correct: boolean;
  grade: Grade;
  ms: number;
  /** When the question is due next (ISO). */
  due: string;
}

/** What a drill did, as `--json` prints it. */
export interface DrillSummary {
  /** The topic as resolved ("Amazon S3"), or what was drilled without one ("everything due"). */
  topic: string;
  /** Questions in the topic (the set mastery is measured over). */
  questions: number;
  planned: number;
  answered: number;
  right: number;
  wrong: number;
  /** Stopped with Ctrl-C before the last question. */
  interrupted: boolean;
  /** Mean probability of recall a day later over the topic's questions (unseen = 0), before and after. */
  mastery: { before: number; after: number };
  /** The topic's cards by when they are due next. */
  next: DueOutlook;
  items: DrillAnswerRecord[];
}

function letter(i: number): string {
  return String.fromCharCode(65 + i);
}

/** The question as shown before the answer prompt. */
export function renderQuestion(item: ExamItem, position: number, total: number, note: string, p: Paint): string {
  const lines = [p.bold(`Question ${position + 1} of ${total}`) + (note ? p.dim(`  (${note})`) : ''), safeText(item.stem).trim()];
  if (item.answers.length > 1 && !/\(choose \w+\.?\)/i.test(item.stem)) lines.push(`(Choose ${item.answers.length}.)`);
  return lines.join('\n');
}

/** The answer choices: "A. option" each, on one line. */
export function choiceNames(item: ExamItem): string[] {
  return item.options.map((o, i) => `${letter(i)}. ${safeLine(o)}`);
}

/** After an answer: right or wrong, the correct answer, the explanation and its source, when it comes back. */
export function renderFeedback(item: ExamItem, selected: readonly number[], correct: boolean, due: string, now: Date, p: Paint): string {
  const answer = item.answers.map((a) => `${letter(a)}. ${safeLine(item.options[a])}`).join('; ');
  const lines = [
    correct ? p.green(p.bold('✓ Correct')) : p.red(p.bold('✗ Incorrect')) + `  (you chose ${selected.length ? selected.map(letter).join(', ') : 'nothing'})`,
    `  Answer: ${answer}`,
    '',
    ...explained(item, p),
    p.dim(`  Next review ${fromNow(due, now)}.`),
  ];
  return lines.join('\n');
}

function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}

/** The closing summary: right and wrong, mastery before and after, the next reviews. */
export function renderSummary(s: DrillSummary, now: Date, p: Paint): string {
  const lines = [
    p.bold(`Drill: ${safeLine(s.topic)}`) + (s.interrupted ? p.yellow('  (stopped early; every answer given is saved)') : ''),
    `  Answered   ${s.answered} of ${s.planned}: ${p.green(`${s.right} right`)}, ${s.wrong ? p.red(`${s.wrong} wrong`) : '0 wrong'}`,
    `  Mastery    ${pct(s.mastery.before)} -> ${p.bold(pct(s.mastery.after))}` +
      p.dim(`  (chance of recalling each of its ${s.questions} questions tomorrow; unseen count 0)`),
  ];
  const n = s.next;
  if (n.next || n.now > 0) {
    const parts: string[] = [];
    if (n.now > 0) parts.push(`${n.now} due now`);
    if (n.next) parts.push(`next ${fromNow(n.next, now)}`);
    parts.push(`${n.day} within a day`, `${n.week} within a week`);
    lines.push(`  Reviews    ${parts.join(', ')}`);
  } else {
    lines.push('  Reviews    none scheduled yet');
  }
  return lines.join('\n');
}
