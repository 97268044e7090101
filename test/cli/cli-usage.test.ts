/** Bad command lines: every one gets a one-line message and exit 2 (runs the built binary). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'awsq.js');
const home = mkdtempSync(join(tmpdir(), 'awsq-usage-'));

function awsq(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    env: { ...process.env, AWSQ_HOME: home, NO_COLOR: '1', CI: 'true' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('bad command lines exit 2 with a message', () => {
  it.each([
    [['frobnicate'], /unknown command/],
    [['exam', '--count', '0'], /--count must be a whole number from 1/],
    [['exam', '--minutes', '-5'], /--minutes must be a whole number from 1/],
    [['exam', '--seed', 'abc'], /--seed must be a whole number/],
    [['exam', '--bogus'], /unknown option/],
    [['drill', '--count', '0'], /--count must be a whole number from 1/],
    [['questions', '--sample', 'x'], /--sample must be a whole number/],
    [['review', '--show', 'some'], /Allowed choices are incorrect, all, flagged/],
    [['export', '--format', 'csv'], /Allowed choices are json, anki, markdown/],
    [['import'], /missing required argument/],
    [['build', '/no/such/folder'], /no such file or folder: \/no\/such\/folder/],
    [['--db', '/no/such/folder/bank.db', 'topics'], /--db: no such folder: \/no\/such\/folder/],
    [['exam', '--cert', 'xyz'], /unknown exam "xyz"; valid: clf \(CLF-C02\)/],
    [['stats', '--cert', 'nope'], /unknown exam "nope"/],
    [['drill', 's3', '--cert', 'nope'], /unknown exam "nope"/],
    [['export', '--cert', 'nope'], /unknown exam "nope"/],
    [['drill', '--count', '501'], /--count must be a whole number from 1 to 500/],
    [['questions', '--sample', '0'], /--sample must be a whole number from 1/],
    [['certs', '--cert', 'dva'], /unknown option '--cert'/],
  ])('awsq %j', (args, message) => {
    const r = awsq(...(args as string[]));
    expect({ code: r.code, stderr: r.stderr }).toMatchObject({ code: 2, stderr: expect.stringMatching(message) });
  });
});

describe('help', () => {
  it('shows examples for every command', () => {
    for (const cmd of ['build', 'topics', 'questions', 'certs', 'exam', 'review', 'drill', 'stats', 'import', 'export', 'doctor']) {
      const r = awsq(cmd, '--help');
      expect({ cmd, code: r.code, examples: r.stdout.includes('Examples:') }).toEqual({ cmd, code: 0, examples: true });
    }
  });
});

describe('a reader that stops early', () => {
  it('ends awsq quietly with exit 0 when the pipe closes', () => {
    const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${bin}" questions | head -c 10 > /dev/null`], {
      env: { ...process.env, AWSQ_HOME: home, NO_COLOR: '1' },
      encoding: 'utf8',
    });
    expect({ code: r.status, stderr: r.stderr.replace(/^(First run|Built).*\n/gm, '') }).toEqual({ code: 0, stderr: '' });
  }, 60_000);
});
