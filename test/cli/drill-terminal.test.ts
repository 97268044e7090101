/** `awsq drill` end to end: the real binary in tmux, answering, feedback, Ctrl-C keeping answers. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBank } from '../../src/bank/db.js';
import { replaceSource } from '../../src/bank/questions.js';
import { question, source } from '../bank/helpers.js';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'awsq.js');
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const socket = `awsq-drill-${process.pid}`;
let home = '';
let serial = 0;

function tmux(...args: string[]): string {
  return execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
}

function start(args: string): string {
  const name = `drill-${++serial}`;
  tmux('new-session', '-d', '-s', name, '-x', '110', '-y', '45', `cd ${root} && env AWSQ_HOME=${home} NO_COLOR=1 ${process.execPath} ${bin} ${args}; echo AWSQ_EXIT=$?; sleep 60`);
  return name;
}

async function waitFor(name: string, pattern: RegExp, ms = 20_000): Promise<string> {
  const until = Date.now() + ms;
  for (;;) {
    const text = tmux('capture-pane', '-p', '-J', '-S', '-200', '-t', name);
    if (pattern.test(text)) return text;
    if (Date.now() > until) throw new Error(`timed out waiting for ${pattern} in:\n${text}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function count(sql: string): number {
  const bank = openBank(join(home, 'awsq.db'));
  try {
    return (bank.db.prepare(sql).get() as { n: number }).n;
  } finally {
    bank.close();
  }
}

describe.skipIf(!hasTmux)('awsq drill in a terminal', () => {
  beforeAll(() => {
    if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) throw new Error('run "npx tsc" first: this test drives dist/');
    home = mkdtempSync(join(tmpdir(), 'awsq-drill-e2e-'));
    const bank = openBank(join(home, 'awsq.db'));
    replaceSource(bank.db, source('/notes/fixture.md', { path: 'fixture.md' }), [
      question('d1', { topics: ['sqs'], stem: 'Which queue type keeps order?', explanation: 'FIFO queues keep order.', source: { path: 'fixture.md', line: 4, endLine: 4, headings: ['Messaging', 'SQS'] } }),
      question('d2', { topics: ['sqs'], stem: 'Which setting hides a message?', explanation: 'The visibility timeout.' }),
      question('d3', { topics: ['sqs'], stem: 'Which queue keeps failed messages?', explanation: 'A dead-letter queue.' }),
    ], new Date());
    bank.close();
  });

  afterAll(() => {
    spawnSync('tmux', ['-L', socket, 'kill-server']);
  });

  it('asks, shows the answer with its explanation and source, and keeps answers on Ctrl-C (exit 130)', async () => {
    const s = start('drill sqs --count 3');
    await waitFor(s, /Question 1 of 3[\s\S]*Your answer/);
    tmux('send-keys', '-t', s, 'Enter');
    const first = await waitFor(s, /Next review in/);
    expect(first).toMatch(/Answer: [A-D]\. [\s\S]*Source: fixture\.md:\d+/);
    await waitFor(s, /Question 2 of 3[\s\S]*Your answer/);
    tmux('send-keys', '-t', s, 'C-c');
    const end = await waitFor(s, /AWSQ_EXIT=\d+/);
    expect([/AWSQ_EXIT=130/.test(end), /Answered\s+1 of 3/.test(end), count(`SELECT count(*) AS n FROM reviews WHERE context = 'drill'`)]).toEqual([true, true, 1]);
  });
});
