/**
 * Crash safety of `awsq exam`: the real binary in tmux, answered and flagged at random and killed
 * with SIGKILL at random moments 20 times; every answer and flag the screen confirmed must come back
 * on resume, and the time left must never grow.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBank } from '../../src/bank/db.js';
import { replaceSource } from '../../src/bank/questions.js';
import { seededRng } from '../../src/core/random.js';
import { question, source, statement } from '../bank/helpers.js';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'awsq.js');
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const COUNT = 12;
const KILLS = 20;

let home = '';
let dbPath = '';
const sessions: string[] = [];
let serial = 0;

// A tmux server of this test's own, kept alive by an idle session so that ending one run never stops it.
const socket = `awsq-crash-${process.pid}`;

function tmux(...args: string[]): string {
  return execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
}

function start(args: string): string {
  const name = `awsq-crash-${process.pid}-${++serial}`;
  const cmd = `cd ${root} && env AWSQ_HOME=${home} NO_COLOR=1 ${process.execPath} ${bin} ${args}; echo AWSQ_EXIT=$?; sleep 60`;
  tmux('new-session', '-d', '-s', name, '-x', '120', '-y', '40', cmd);
  sessions.push(name);
  return name;
}

const screen = (name: string) => tmux('capture-pane', '-p', '-t', name);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor(name: string, test: (text: string) => boolean, what: string, ms = 20_000): Promise<string> {
  const until = Date.now() + ms;
  for (;;) {
    const text = screen(name);
    if (test(text)) return text;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what} in:\n${text}`);
    await sleep(40);
  }
}

/** The header's figures: position, time left in seconds, flagged and answered counts. */
function header(text: string): { position: number; left: number; flagged: number; answered: number } | undefined {
  const m = /Question (\d+) of \d+\s+Time left (\d+):(\d\d)\s+Flagged (\d+)\s+Answered (\d+)/.exec(text);
  if (!m) return undefined;
  return { position: Number(m[1]) - 1, left: Number(m[2]) * 60 + Number(m[3]), flagged: Number(m[4]), answered: Number(m[5]) };
}

/** Which option (0-based) the screen shows as chosen, or -1. */
function chosen(text: string): number {
  const m = /\(•\) (\d+)\./.exec(text);
  return m ? Number(m[1]) - 1 : -1;
}

interface Saved {
  selected: Array<number | undefined>;
  flagged: boolean[];
  elapsed: number;
}

function saved(): Saved {
  const bank = openBank(dbPath);
  try {
    const exam = bank.db.prepare(`SELECT id, elapsed_ms FROM exams WHERE status = 'active'`).get() as { id: number; elapsed_ms: number };
    const rows = bank.db.prepare('SELECT selected, flagged FROM exam_items WHERE exam_id = ? ORDER BY position').all(exam.id) as Array<{
      selected: string | null;
      flagged: number;
    }>;
    return {
      selected: rows.map((r) => (r.selected ? (JSON.parse(r.selected) as number[])[0] : undefined)),
      flagged: rows.map((r) => r.flagged === 1),
      elapsed: exam.elapsed_ms,
    };
  } finally {
    bank.close();
  }
}

function nodePid(name: string): number {
  const panePid = tmux('list-panes', '-t', name, '-F', '#{pane_pid}').trim();
  return Number(execFileSync('pgrep', ['-P', panePid], { encoding: 'utf8' }).trim().split('\n')[0]);
}

describe.skipIf(!hasTmux)('an exam killed at random moments', () => {
  beforeAll(() => {
    if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) throw new Error('run "npx tsc" first: the end-to-end tests drive dist/');
    home = mkdtempSync(join(tmpdir(), 'awsq-crash-'));
    dbPath = join(home, 'awsq.db');
    const bank = openBank(dbPath);
    // More than enough in every domain, so the exam starts without asking about shortfalls.
    const domains = [1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4];
    const qs = domains.map((domain, i) =>
      question(`c${i}`, { stem: `Crash question number ${i}: which service fits?`, options: [`Store ${i} one`, `Store ${i} two`, `Store ${i} three`, `Store ${i} four`], explanation: statement(i), placements: [{ cert: 'DVA-C02', domain }] }),
    );
    replaceSource(bank.db, source('/notes/crash.md', { path: 'crash.md' }), qs, new Date());
    bank.close();
    tmux('new-session', '-d', '-s', 'keeper', 'sleep 600');
  });

  afterAll(() => {
    spawnSync('tmux', ['-L', socket, 'kill-server']);
  });

  it(`keeps every confirmed answer and flag through ${KILLS} SIGKILLs, and the clock never goes back`, { timeout: 170_000 }, async () => {
    const rng = seededRng(20261123);
    const pick = (n: number) => Math.floor(rng() * n);
    // The model of what the screen has confirmed: position -> option, flags.
    const model: Saved = { selected: Array(COUNT).fill(undefined), flagged: Array(COUNT).fill(false), elapsed: 0 };
    let lastLeft = Infinity;
    let lastElapsed = 0;
    let confirmedActions = 0;

    for (let round = 0; round < KILLS; round++) {
      const name = start(round === 0 ? `exam --cert dva --count ${COUNT} --seed 4` : 'exam --resume');
      let text = await waitFor(name, (t) => header(t) !== undefined, 'the exam screen');
      let h = header(text)!;
      await sleep(100); // the first frame is drawn just before the keyboard is read
      // What came back is what was confirmed before the kill.
      expect({ round, answered: h.answered, flagged: h.flagged }).toEqual({
        round,
        answered: model.selected.filter((s) => s !== undefined).length,
        flagged: model.flagged.filter(Boolean).length,
      });
      expect(h.left).toBeLessThanOrEqual(lastLeft);
      lastLeft = h.left;

      // A few confirmed actions: choose an option, flag, or move; each waits until the screen shows it.
      const actions = 1 + pick(3);
      for (let a = 0; a < actions; a++) {
        const kind = pick(3);
        const pos = h.position;
        if (kind === 0) {
          // Pressing the chosen option again clears it, so choose another one.
          const option = (model.selected[pos] ?? -1) === -1 ? pick(4) : (model.selected[pos]! + 1 + pick(3)) % 4;
          tmux('send-keys', '-t', name, String(option + 1));
          text = await waitFor(name, (t) => chosen(t) === option, `option ${option + 1} chosen (round ${round}, action ${a})`);
          model.selected[pos] = option;
        } else if (kind === 1) {
          const want = !model.flagged[pos];
          tmux('send-keys', '-t', name, 'f');
          text = await waitFor(name, (t) => header(t)?.flagged === model.flagged.filter(Boolean).length + (want ? 1 : -1), 'the flag count');
          model.flagged[pos] = want;
        } else {
          const key = pos === COUNT - 1 || (pos > 0 && pick(2) === 0) ? 'p' : 'n';
          tmux('send-keys', '-t', name, key);
          const target = pos + (key === 'n' ? 1 : -1);
          text = await waitFor(name, (t) => header(t)?.position === target, `question ${target + 1}`);
        }
        confirmedActions++;
        h = header(text)!;
      }

      // Then one more key that may or may not land before the kill, at a random moment.
      const pending = h.position;
      const option = pick(4);
      tmux('send-keys', '-t', name, pick(2) === 0 ? String(option + 1) : 'f');
      await sleep(pick(60));
      process.kill(nodePid(name), 'SIGKILL');
      await waitFor(name, (t) => /AWSQ_EXIT=137/.test(t), 'the killed process');

      const after = saved();
      for (let i = 0; i < COUNT; i++) {
        if (i === pending) continue; // the unconfirmed key may or may not have been saved
        expect({ round, i, selected: after.selected[i], flagged: after.flagged[i] }).toEqual({
          round,
          i,
          selected: model.selected[i],
          flagged: model.flagged[i],
        });
      }
      expect(after.elapsed).toBeGreaterThanOrEqual(lastElapsed);
      lastElapsed = after.elapsed;
      model.selected[pending] = after.selected[pending];
      model.flagged[pending] = after.flagged[pending];
      tmux('kill-session', '-t', name);
    }
    expect(confirmedActions).toBeGreaterThanOrEqual(KILLS);
    const abandon = spawnSync(process.execPath, [bin, 'exam', '--abandon'], { env: { ...process.env, AWSQ_HOME: home }, encoding: 'utf8' });
    expect(abandon.status).toBe(0);
  });
});
