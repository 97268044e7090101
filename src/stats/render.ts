/** `awsq stats` as text: history with a trend, readiness with domain bars, weak topics, reviews, streak (pure). */
import { safeLine } from '../core/text.js';
import { bar, clock, plain, type Paint } from '../exam/report.js';
import type { Readiness } from './readiness.js';
import type { StatsReport } from './report.js';
import { scoreBar } from './trend.js';

function pct(x: number | null): string {
  return x === null ? '—' : `${Math.round(x * 100)}%`;
}

/** 1234567 -> "1,234,567" (without Intl, whose first use costs tens of milliseconds). */
export function thousands(x: number): string {
  return String(Math.round(x)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

const n = thousands;

/** How many of the latest exams the history lists. */
export const HISTORY_ROWS = 10;

function history(r: StatsReport, p: Paint): string[] {
  if (r.exams.length === 0) return [p.bold('Exams'), `  None submitted yet. Sit one: awsq exam --cert ${r.cert ? r.cert.split('-')[0].toLowerCase() : 'dva'} --count 20`];
  const shown = r.exams.slice(-HISTORY_ROWS);
  const lines = [p.bold('Exams') + p.dim(`  (${r.exams.length} submitted${r.exams.length > shown.length ? `, latest ${shown.length} shown` : ''}; scaled scores are approximate)`)];
  const idWidth = Math.max(...shown.map((e) => String(e.id).length)) + 1;
  for (const e of shown) {
    const verdict = e.passed ? p.green('PASS') : p.red('FAIL');
    lines.push(
      `  ${`#${e.id}`.padEnd(idWidth)}  ${e.date}  ${e.cert.padEnd(7)}  ${String(e.score).padStart(4)}  ${scoreBar(e.score, e.passScore)}  ${verdict}  ` +
        `${String(e.correct).padStart(3)}/${e.total}  ${clock(e.timeUsedMs)} of ${clock(e.timeLimitMs)}`,
    );
  }
  const t = r.trend;
  if (r.exams.length > 1) {
    lines.push(`  Trend  ${t.chart}  ${t.first} -> ${t.latest}, best ${t.best}; passed ${t.passes} of ${r.exams.length}`);
  }
  return lines;
}

function readinessLines(x: Readiness, p: Paint): string[] {
  const head = p.bold(`Readiness: ${x.cert}`) + p.dim(`  (pass ${x.passScore})`);
  if (x.predicted === null) return [head, `  No answers in this exam's scope yet. Start with: awsq exam --cert ${x.cert.split('-')[0].toLowerCase()} --count 20`];
  const verdict = x.predicted >= x.passScore ? p.green('on track to pass') : p.yellow(`${x.passScore - x.predicted} points short`);
  const lines = [
    head,
    `  Predicted ${p.bold(String(x.predicted))} ± ${x.margin} (${verdict}), from ${n(x.answers)} answers; overall ${pct(x.overall)} right`,
    p.dim('  Per domain: your latest 100 answers in exams and drills, weakest first; the estimate pulls thin domains toward your overall rate.'),
  ];
  const width = Math.min(44, Math.max(...x.domains.map((d) => `${d.id}. ${d.name}`.length)));
  const order = [...x.domains].sort((a, b) => a.estimate - b.estimate || a.id - b.id);
  for (const d of order) {
    const name = `${d.id}. ${safeLine(d.name)}`.slice(0, width).padEnd(width);
    const own = d.accuracy === null ? p.dim(`no answers yet (counts as ${pct(d.estimate)})`) : `${pct(d.accuracy).padStart(4)}  ${String(d.correct).padStart(3)}/${d.answers}`;
    const shade = d.estimate >= (x.passScore - 100) / 900 ? p.green : p.yellow;
    lines.push(`  ${name}  ${shade(bar(d.estimate * 100))}  ${own}  ${p.dim(`weight ${d.weight}%`)}`);
  }
  const lifts = x.lifts.slice(0, 2).map((d) => `${d.id}. ${safeLine(d.name)} (+${Math.round(d.lift)} if all right)`);
  if (lifts.length) lines.push(`  Lifts it most: ${lifts.join('; ')}`);
  return lines;
}

/** The whole report as text. */
export function renderStats(r: StatsReport, p: Paint = plain): string {
  if (!r.hasHistory) {
    return [
      p.bold(r.cert ? `No history for ${r.cert} yet.` : 'No history yet.'),
      '',
      'Sit a short mock exam to see where you stand:',
      `  ${r.firstStep}`,
      '',
      'or practise one topic with spaced repetition:',
      '  awsq drill s3',
    ].join('\n');
  }
  const lines: string[] = [...history(r, p), ''];
  for (const x of r.readiness) lines.push(...readinessLines(x, p), '');
  lines.push(p.bold('Weakest topics') + p.dim('  (latest 30 answers each; recall = chance of remembering its questions now)'));
  if (r.weakest.length === 0) lines.push('  Not enough answers yet (3 per topic).');
  const nameWidth = Math.max(0, ...r.weakest.map((w) => w.name.length));
  for (const w of r.weakest) {
    lines.push(`  ${safeLine(w.name).padEnd(nameWidth)}  ${pct(w.accuracy).padStart(4)} right of ${String(w.answers).padStart(2)}  recall ${pct(w.retrievability).padStart(4)}   ${p.bold(w.command)}`);
  }
  const t = r.totals;
  lines.push(
    '',
    `${p.bold('Reviews due')}  ${r.due.today} today, ${r.due.week} within 7 days` + (r.due.today > 0 ? p.dim('   run: awsq drill') : ''),
    `${p.bold('Streak')}       ${t.streak} day${t.streak === 1 ? '' : 's'} in a row; ${t.daysStudied} day${t.daysStudied === 1 ? '' : 's'} studied in all`,
    `${p.bold('Answered')}     ${n(t.answers)} answers (${n(t.examAnswers)} in exams, ${n(t.drillAnswers)} in drills) on ${n(t.questions)} questions`,
  );
  return lines.join('\n');
}
