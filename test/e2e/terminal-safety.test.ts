/**
 * Terminal safety: text from notes can carry escape sequences (clear the screen, set the window
 * title, paint a fake green "correct" mark). awsq shows such text with them removed, in plain
 * output and on the exam screen.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBank } from '../../src/bank/db.js';
import { replaceSource } from '../../src/bank/questions.js';
import { question, source, statement } from '../bank/helpers.js';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'awsq.js');
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const ESC = '\u001b';
const BEL = '\u0007';
const attacks = {
  title: `${ESC}]0;PWNED${BEL}`,
  clear: `${ESC}[2J${ESC}[H`,
  paint: `${ESC}[32m✓ correct${ESC}[0m`,
  cursor: `${ESC}[1A${ESC}[2K`,
  csi8bit: '\u009b31m',
  bidi: '\u202e',
};
/** Anything that can steer a terminal: C0 controls but tab and newline, DEL, C1 controls, bidi overrides. */
// eslint-disable-next-line no-control-regex
const steering = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const note = `# Amazon SQS

## Queue types

* **Standard queue** - delivers each message at least once with best-effort ordering ${attacks.title} across many consumers
* **FIFO queue** - processes each message exactly once in strict order ${attacks.clear} within a message group
* **Delay queue** - postpones delivery of new messages for a number of seconds ${attacks.paint} before consumers see them
* **Dead-letter queue** - receives messages that could not be processed after the maximum receives ${attacks.cursor}

## Limits

* Message retention defaults to 4 days and can be set up to 14 days ${attacks.cursor}
* Visibility timeout defaults to 30 seconds ${attacks.csi8bit} for each received message
* Long polling waits up to 20 seconds for messages ${attacks.bidi} to arrive
`;

let home = '';
let notes = '';

function awsq(...args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { env: { ...process.env, AWSQ_HOME: home, NO_COLOR: '1', CI: 'true' }, encoding: 'utf8' });
}

describe('text from notes cannot steer the terminal', () => {
  beforeAll(() => {
    if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) throw new Error('run "npx tsc" first: the end-to-end tests drive dist/');
    home = mkdtempSync(join(tmpdir(), 'awsq-safety-'));
    notes = mkdtempSync(join(tmpdir(), 'awsq-safety-notes-'));
    writeFileSync(join(notes, `sqs${ESC}[31m.md`), note);
    expect(awsq('build', notes).status).toBe(0);
  });

  it('keeps the hostile text in the bank (so the test means something)', () => {
    const stored = awsq('questions', '--json', '--rejected').stdout + awsq('questions', '--json').stdout;
    expect(stored).toContain('\\u001b');
  });

  it('prints questions, rejected ones and the build summary with every escape removed', () => {
    const outputs = [awsq('questions'), awsq('questions', '--rejected'), awsq('build', notes, '--json'), awsq('topics')];
    const rebuild = mkdtempSync(join(tmpdir(), 'awsq-safety-plain-'));
    writeFileSync(join(rebuild, `title${ESC}]0;PWNED${BEL}.md`), '');
    outputs.push(awsq('build', rebuild));
    for (const r of outputs) {
      expect(r.status).toBe(0);
      expect(steering.test(r.stdout)).toBe(false);
      expect(steering.test(r.stderr)).toBe(false);
    }
    expect(outputs[0].stdout).toMatch(/Long polling waits up to/);
  });
});

/** Words only case `i` has, so that its options are unlike every other case's. */
const own = (i: number) => `${i} ${['amber', 'birch', 'cedar', 'dune', 'ember', 'fjord'][i]} ${['gale', 'heath', 'isle', 'jade', 'kelp', 'loch'][i]} ${['moss', 'nook', 'oak', 'pine', 'quay', 'reef'][i]}`;

describe.skipIf(!hasTmux)('the exam screen with hostile questions', () => {
  const socket = `awsq-safety-${process.pid}`;
  const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
  let examHome = '';

  beforeAll(() => {
    examHome = mkdtempSync(join(tmpdir(), 'awsq-safety-exam-'));
    const bank = openBank(join(examHome, 'awsq.db'));
    const qs = [1, 1, 2, 3, 4, 1].map((domain, i) =>
      question(`h${i}`, {
        stem: `Which queue type ${attacks.title}${attacks.clear} matches case ${i}?`,
        // Options of their own: questions that offer each other's answers, or options alike, would settle each other.
        options: [`Standard queue ${attacks.paint} ${own(i)}`, `FIFO queue ${attacks.cursor} ${own(i)}`, `Delay queue ${attacks.csi8bit} ${own(i)}`, `Dead-letter queue ${attacks.bidi} ${own(i)}`],
        explanation: `${statement(i)} ${attacks.title}`,
        // One named answer twice is one fact asked twice, which an exam avoids.
        answers: [i % 4],
        placements: [{ cert: 'DVA-C02', domain }],
      }),
    );
    replaceSource(bank.db, source('/notes/hostile.md', { path: 'hostile.md' }), qs, new Date());
    bank.close();
  });

  afterAll(() => {
    spawnSync('tmux', ['-L', socket, 'kill-server']);
  });

  it('shows no colour, title, clearing or cursor movement that came from a note', async () => {
    const cmd = `cd ${root} && env AWSQ_HOME=${examHome} NO_COLOR=1 ${process.execPath} ${bin} exam --cert dva --count 3 --seed 2; sleep 60`;
    tmux('new-session', '-d', '-s', 'exam', '-x', '120', '-y', '40', cmd);
    const until = Date.now() + 20_000;
    let text = '';
    while (!/Question 1 of 3/.test(text)) {
      if (Date.now() > until) throw new Error(`no exam screen:\n${text}`);
      await new Promise((r) => setTimeout(r, 100));
      text = tmux('capture-pane', '-p', '-t', 'exam');
    }
    const withEscapes = tmux('capture-pane', '-p', '-e', '-t', 'exam');
    const title = tmux('display-message', '-p', '-t', 'exam', '#{pane_title}');
    tmux('send-keys', '-t', 'exam', 'C-c');
    expect({
      title: title.includes('PWNED'),
      green: withEscapes.includes(`${ESC}[32m`),
      headerKept: /Exam #1: DVA-C02/.test(text),
      options: /Standard queue ✓ correct/.test(text) && /Dead-letter queue/.test(text),
    }).toEqual({ title: false, green: false, headerKept: true, options: true });
  });
});
