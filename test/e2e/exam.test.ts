/** `awsq exam` end to end: the real binary in tmux through a short exam, Ctrl-C, kill -9 and resume. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openBank } from '../../src/bank/db.js';
import { replaceSource } from '../../src/bank/questions.js';
import { question, source, statement } from '../bank/helpers.js';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'awsq.js');
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
if (!hasTmux) console.warn('skipping the exam end-to-end tests: tmux is not installed');

let home = '';
let dbPath = '';
const sessions: string[] = [];
let serial = 0;

function tmux(...args: string[]): string {
  return execFileSync('tmux', args, { encoding: 'utf8' });
}

/** Start awsq in a fresh 120x40 tmux session; the pane stays after it exits to show the exit code. */
function start(args: string): string {
  const name = `awsq-e2e-${process.pid}-${++serial}`;
  const cmd = `cd ${root} && env AWSQ_HOME=${home} NO_COLOR=1 ${process.execPath} ${bin} ${args}; echo AWSQ_EXIT=$?; sleep 120`;
  tmux('new-session', '-d', '-s', name, '-x', '120', '-y', '40', cmd);
  sessions.push(name);
  return name;
}

function screen(name: string): string {
  return tmux('capture-pane', '-p', '-t', name);
}

async function waitFor(name: string, pattern: RegExp, ms = 20_000): Promise<string> {
  const until = Date.now() + ms;
  for (;;) {
    const text = screen(name);
    if (pattern.test(text)) return text;
    if (Date.now() > until) throw new Error(`timed out waiting for ${pattern} in:\n${text}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function keys(name: string, ...k: string[]): void {
  tmux('send-keys', '-t', name, ...k);
}

/** Answer whatever the current question asks: option 1, and 2 as well on a "Choose TWO" question. */
async function answer(name: string, question: number): Promise<void> {
  const text = await waitFor(name, new RegExp(`Question ${question} of 3`));
  keys(name, '1');
  if (/\(Choose TWO\.\)/.test(text)) keys(name, '2');
  await waitFor(name, /\(•\)|\[x\][\s\S]*\[x\]/);
}

function sql<T>(query: string): T {
  const bank = openBank(dbPath);
  try {
    return bank.db.prepare(query).get() as T;
  } finally {
    bank.close();
  }
}

function cli(...args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { env: { ...process.env, AWSQ_HOME: home, NO_COLOR: '1' }, encoding: 'utf8' });
}

describe.skipIf(!hasTmux)('awsq exam in a terminal', () => {
  beforeAll(() => {
    if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) throw new Error('run "npx tsc" first: the end-to-end tests drive dist/');
    home = mkdtempSync(join(tmpdir(), 'awsq-exam-e2e-'));
    dbPath = join(home, 'awsq.db');
    const bank = openBank(dbPath);
    const qs = [1, 1, 1, 2, 2, 3, 3, 4].map((domain, i) =>
      question(`q${i}`, {
        stem: `Question text number ${i}: which service fits?`,
        // Answers and statements of their own: one answer twice, or statements alike, would be one fact asked twice.
        options: [`Store ${i} one`, `Store ${i} two`, `Store ${i} three`, `Store ${i} four`],
        explanation: statement(i),
        placements: [{ cert: 'DVA-C02', domain }],
        ...(i === 3 ? { kind: 'multi' as const, answers: [0, 1], stem: 'Which TWO services store data?' } : {}),
      }),
    );
    replaceSource(bank.db, source('/notes/fixture.md', { path: 'fixture.md' }), qs, new Date());
    bank.close();
  });

  afterEach(() => {
    for (const s of sessions.splice(0)) spawnSync('tmux', ['kill-session', '-t', s]);
  });

  afterAll(() => {
    for (const s of sessions.splice(0)) spawnSync('tmux', ['kill-session', '-t', s]);
  });

  it('refuses to run without a terminal and points to --dry-run --json', () => {
    const r = cli('exam', '--cert', 'dva', '--count', '3');
    expect([r.status, /--dry-run --json/.test(r.stderr)]).toEqual([2, true]);
  });

  it('prints an assembled exam with --dry-run --json', () => {
    const r = cli('exam', '--cert', 'dva', '--count', '3', '--seed', '7', '--dry-run', '--json');
    const exam = JSON.parse(r.stdout) as { cert: string; minutes: number; passScore: number; questions: unknown[] };
    expect([exam.cert, exam.minutes, exam.passScore, exam.questions.length]).toEqual(['DVA-C02', 6, 720, 3]);
  });

  it('runs a short exam to its report: answer, flag, move back, review, submit', async () => {
    const s = start('exam --cert dva --count 3 --seed 7');
    await answer(s, 1);
    keys(s, 'f');
    await waitFor(s, /Flagged 1/);
    keys(s, 'Enter');
    await answer(s, 2);
    keys(s, 'Enter');
    await waitFor(s, /Question 3 of 3/);
    keys(s, 'p');
    const back = await waitFor(s, /Question 2 of 3/);
    expect(back).toMatch(/\(•\)|\[x\]/);
    keys(s, 'r');
    await waitFor(s, /Review {2}2 answered, 1 unanswered, 1 flagged/);
    keys(s, 's');
    await waitFor(s, /1 unanswered and 1 flagged/);
    keys(s, 'y');
    const report = await waitFor(s, /Review your answers\?/);
    expect(report).toMatch(/Scaled score\s+\d+ \/ 1000\s+pass 720/);
    keys(s, 'Up', 'Up', 'Up', 'Down', 'Down', 'Down', 'Enter');
    await waitFor(s, /AWSQ_EXIT=0/);
    expect(sql<{ status: string; n: number }>(`SELECT status, (SELECT count(*) FROM exam_items WHERE exam_id = exams.id AND selected IS NOT NULL) AS n FROM exams ORDER BY id DESC LIMIT 1`)).toEqual({ status: 'submitted', n: 2 });
  });

  it('reopens the last exam as plain text and as JSON', () => {
    const text = cli('review', '--show', 'all');
    const json = JSON.parse(cli('review', '--json').stdout) as { total: number; passScore: number; domains: unknown[] };
    expect([text.status, /Correct answer:/.test(text.stdout), json.total, json.passScore]).toEqual([0, true, 3, 720]);
  });

  it('saves on Ctrl-C and on kill -9, and resumes where it stopped', async () => {
    const a = start('exam --cert dva --count 3 --seed 8');
    await answer(a, 1);
    keys(a, 'Enter');
    await waitFor(a, /Question 2 of 3/);
    keys(a, 'C-c');
    expect(await waitFor(a, /AWSQ_EXIT=130/)).toMatch(/awsq exam --resume/);

    const b = start('exam --resume');
    await waitFor(b, /Question 2 of 3[\s\S]*Answered 1/);
    keys(b, 'f');
    await waitFor(b, /Flagged 1/);
    const panePid = tmux('list-panes', '-t', b, '-F', '#{pane_pid}').trim();
    const nodePid = execFileSync('pgrep', ['-P', panePid], { encoding: 'utf8' }).trim().split('\n')[0];
    process.kill(Number(nodePid), 'SIGKILL');
    await waitFor(b, /AWSQ_EXIT=137/);

    const c = start('exam --resume');
    await waitFor(c, /Question 2 of 3[\s\S]*Flagged 1[\s\S]*Answered 1/);
    keys(c, 'C-c');
    await waitFor(c, /AWSQ_EXIT=130/);
    const abandon = cli('exam', '--abandon');
    expect([abandon.status, /Abandoned exam/.test(abandon.stderr)]).toEqual([0, true]);
  });
});
