/** `awsq build` end to end in a terminal: Ctrl-C stops a long build at once and keeps the files written. */
import { cpSync, existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBank } from '../../src/bank/db.js';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'awsq.js');
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const socket = `awsq-build-${process.pid}`;
let work = '';
let notes = '';
let files = 0;

function tmux(...args: string[]): string {
  return execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
}

async function until<T>(what: string, probe: () => T | undefined, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}:\n${tmux('capture-pane', '-p', '-J', '-t', 'build')}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe.skipIf(!hasTmux)('awsq build in a terminal', () => {
  beforeAll(() => {
    if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) throw new Error('run "npx tsc" first: this test drives dist/');
    work = mkdtempSync(join(tmpdir(), 'awsq-build-e2e-'));
    // Five copies of the bundled notes: 2.6 MB, enough for the worker pool and a few seconds of work.
    notes = join(work, 'notes');
    for (let i = 1; i <= 5; i++) cpSync(join(root, 'data', 'notes'), join(notes, `copy-${i}`), { recursive: true });
    const count = (dir: string): number => readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? count(join(dir, e.name)) : e.name.endsWith('.md') ? 1 : 0), 0);
    files = count(notes);
  });

  afterAll(() => {
    spawnSync('tmux', ['-L', socket, 'kill-server']);
  });

  it('stops at once on Ctrl-C while a spinner shows progress, and keeps every file written before it', async () => {
    const db = join(work, 'awsq.db');
    // A parent that ignores Ctrl-C itself reports how awsq ended (killed by SIGINT, as a shell expects).
    // The spinner (and so this test) needs a terminal and no CI variable, which turns it off.
    const runner = join(work, 'runner.mjs');
    writeFileSync(
      runner,
      `import { spawn } from 'node:child_process';
process.on('SIGINT', () => {});
spawn(process.execPath, ${JSON.stringify([bin, '--db', db, 'build', notes])}, { stdio: 'inherit' })
  .on('exit', (code, signal) => { console.log('AWSQ_END ' + (signal ?? code)); setTimeout(() => {}, 60_000); });
`,
    );
    tmux('new-session', '-d', '-s', 'build', '-x', '120', '-y', '10', `env -u CI NO_COLOR=1 AWSQ_HOME=${work} ${process.execPath} ${runner}`);
    await until('a few files built', () => (/Building ([3-9]|\d\d+)\/\d+ files/.test(tmux('capture-pane', '-p', '-J', '-t', 'build')) ? true : undefined));
    const sent = Date.now();
    tmux('send-keys', '-t', 'build', 'C-c');
    const how = await until('awsq to end', () => /AWSQ_END (\S+)/.exec(tmux('capture-pane', '-p', '-J', '-t', 'build'))?.[1]);
    const ms = Date.now() - sent;
    // The whole build takes several seconds more; Ctrl-C ends it well within one.
    expect({ how, soon: ms < 3_000 }).toEqual({ how: 'SIGINT', soon: true });
    const bank = openBank(db);
    let saved: number;
    try {
      saved = (bank.db.prepare('SELECT count(*) AS n FROM sources').get() as { n: number }).n;
      expect(bank.db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      bank.close();
    }
    expect(saved).toBeGreaterThanOrEqual(2);
    expect(saved).toBeLessThan(files);
    // The next build keeps what was written and extracts the rest.
    const again = spawnSync(process.execPath, [bin, '--db', db, 'build', notes, '--json'], { encoding: 'utf8', env: { ...process.env, AWSQ_HOME: work, NO_COLOR: '1' } });
    const summary = JSON.parse(again.stdout) as { unchanged: number; built: number; files: number };
    expect([again.status, summary.files, summary.unchanged, summary.built]).toEqual([0, files, saved, files - saved]);
  });
});
