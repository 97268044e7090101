/** The exam screen: a custom inquirer prompt drawing the pure session and turning keys into its events. */
import { createPrompt, useEffect, useKeypress, useRef, useState } from '@inquirer/core';
import { safeLine, safeText } from '../core/text.js';
import { helpLine, keyToEvent } from '../exam/keys.js';
import { clock, type Paint } from '../exam/report.js';
import { isAnswered, reduce, remainingMs, tally, type SessionEvent, type SessionState } from '../exam/session.js';
import type { ExamItem } from '../exam/types.js';

/** What the exam screen shows and whom it tells about every change. */
export interface ExamScreenConfig {
  code: string;
  items: ExamItem[];
  state: SessionState;
  paint: Paint;
  /** Milliseconds now (monotonic enough for a countdown). */
  now: () => number;
  /** Called after every key event and every clock tick (event undefined) with the state before and after. */
  onChange: (before: SessionState, after: SessionState, event: SessionEvent | undefined) => void;
  /** Rows available for the review list (default 20). */
  rows?: number;
}

const COUNT_WORDS = ['', 'ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX'];

function header(c: ExamScreenConfig, s: SessionState): string {
  const left = remainingMs(s);
  const p = c.paint;
  const time = `Time left ${clock(left)}`;
  const timeShown = left < 5 * 60_000 ? p.red(p.bold(time)) : left < 10 * 60_000 ? p.yellow(p.bold(time)) : p.bold(time);
  const t = tally(s);
  return `${p.bold(c.code)}   Question ${s.current + 1} of ${s.picks.length}   ${timeShown}   Flagged ${t.flagged}   Answered ${t.answered}`;
}

function questionView(c: ExamScreenConfig, s: SessionState): string[] {
  const item = c.items[s.current];
  const p = c.paint;
  const pick = s.picks[s.current];
  const mine = s.selected[s.current];
  const lines = [safeText(item.stem).trim()];
  if (pick > 1 && !/\(choose \w+\.?\)/i.test(item.stem)) lines.push(p.bold(`(Choose ${COUNT_WORDS[pick] ?? pick}.)`));
  lines.push('');
  item.options.forEach((o, i) => {
    const on = mine.includes(i);
    const box = pick > 1 ? (on ? '[x]' : '[ ]') : on ? '(•)' : '( )';
    const pointer = i === s.cursor ? '❯' : ' ';
    const text = `${pointer} ${box} ${i + 1}. ${safeLine(o)}`;
    lines.push(i === s.cursor ? p.bold(text) : text);
  });
  if (s.flagged[s.current]) lines.push('', p.yellow('⚑ Flagged for review'));
  return lines;
}

function reviewView(c: ExamScreenConfig, s: SessionState): string[] {
  const p = c.paint;
  const n = s.picks.length;
  const rows = Math.max(5, c.rows ?? 20);
  const start = Math.max(0, Math.min(s.reviewCursor - Math.floor(rows / 2), n - rows));
  const t = tally(s);
  const lines = [p.bold('Review') + `  ${t.answered} answered, ${t.unanswered} unanswered, ${t.flagged} flagged`, ''];
  for (let i = start; i < Math.min(n, start + rows); i++) {
    const done = isAnswered(s, i);
    const mark = done ? p.green('answered  ') : p.yellow('unanswered');
    const flag = s.flagged[i] ? p.yellow('⚑') : ' ';
    const stem = safeLine(c.items[i].stem).slice(0, 60);
    const row = `${i === s.reviewCursor ? '❯' : ' '} ${String(i + 1).padStart(3)}  ${mark} ${flag}  ${stem}`;
    lines.push(i === s.reviewCursor ? p.bold(row) : row);
  }
  if (n > rows) lines.push(p.dim(`  (${start + 1}-${Math.min(n, start + rows)} of ${n})`));
  return lines;
}

function confirmView(c: ExamScreenConfig, s: SessionState): string[] {
  const t = tally(s);
  const p = c.paint;
  const warn = t.unanswered > 0 || t.flagged > 0 ? p.yellow(`${t.unanswered} unanswered and ${t.flagged} flagged. `) : '';
  return [p.bold('Submit the exam?'), '', `${warn}Unanswered questions count as wrong. Submit now? (y/n)`];
}

/** The prompt: resolves with the final state when the exam is submitted or time runs out. */
export const examScreen = createPrompt<SessionState, ExamScreenConfig>((config, done) => {
  const [state, setState] = useState<SessionState>(config.state);
  const ref = useRef({ state: config.state, last: config.now(), finished: false });

  const apply = (event: SessionEvent | undefined) => {
    const r = ref.current;
    if (r.finished) return;
    const before = r.state;
    const t = config.now();
    let next = reduce(before, { type: 'tick', ms: t - r.last });
    r.last = t;
    const count = config.items[next.current]?.options.length ?? 0;
    if (event && !next.ended) next = reduce(next, event, count);
    r.state = next;
    config.onChange(before, next, event);
    setState(next);
    if (next.ended) {
      r.finished = true;
      done(next);
    }
  };

  useEffect(() => {
    const timer = setInterval(() => apply(undefined), 1000);
    return () => clearInterval(timer);
  }, []);

  useKeypress((key) => {
    const ev = keyToEvent(ref.current.state.view, key);
    if (ev) apply(ev);
  });

  if (state.ended) return `${config.paint.bold(config.code)}  ${state.ended === 'expired' ? 'Time is up: the exam was submitted.' : 'Exam submitted.'}`;
  const body = state.view === 'review' ? reviewView(config, state) : state.view === 'confirm' ? confirmView(config, state) : questionView(config, state);
  const notice = state.notice ? ['', config.paint.yellow(state.notice)] : [];
  return [header(config, state), '', ...body, ...notice, '', config.paint.dim(helpLine(state.view))].join('\n');
});
