import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replaceSource } from '../../src/bank/questions.js';
import { recordReviews } from '../../src/bank/reviews.js';
import { gatherStats, readinessCerts, run } from '../../src/cli/commands/stats.js';
import { loadCerts } from '../../src/certs/data.js';
import type { StatsReport } from '../../src/stats/report.js';
import { memoryBank, question, source } from '../bank/helpers.js';
import { testContext } from './context-helpers.js';

const now = new Date('2026-03-02T10:00:00Z');
const day = 86_400_000;

/** Ten DVA questions over the four domains; two submitted exams and a drill. */
function bankWithHistory() {
  const bank = memoryBank();
  const domains = [1, 1, 1, 2, 2, 3, 3, 3, 4, 4];
  replaceSource(bank.db, source('/n/a.md'), domains.map((d, i) => question(`q${i}`, { topics: [i < 5 ? 's3' : 'sqs'], placements: [{ cert: 'DVA-C02', domain: d }] })), now);
  const insert = bank.db.prepare(`INSERT INTO exams (cert, seed, status, started_at, submitted_at, time_limit_ms, elapsed_ms, pass_score, score, correct, total)
    VALUES ('DVA-C02', 1, 'submitted', ?, ?, 1200000, ?, 720, ?, ?, 10)`);
  insert.run(new Date(now.getTime() - 3 * day).toISOString(), new Date(now.getTime() - 3 * day).toISOString(), 600_000, 550, 5);
  insert.run(new Date(now.getTime() - day).toISOString(), new Date(now.getTime() - day).toISOString(), 900_000, 820, 8);
  // Domain 1 all right, domain 2 half, domain 3 none right, domain 4 unanswered.
  const right = new Set(['q0', 'q1', 'q2', 'q3']);
  const at = new Date(now.getTime() - day);
  recordReviews(bank.db, domains.slice(0, 8).map((_, i) => ({ questionId: `q${i}`, correct: right.has(`q${i}`), ms: 20_000, context: 'drill' as const, at })), at);
  return bank;
}

describe('gatherStats', () => {
  it('lists the exam history with pass and fail', async () => {
    const r = await gatherStats(bankWithHistory().db, {}, now, 0);
    expect(r.exams.map((e) => [e.score, e.passed, e.timeUsedMs])).toEqual([[550, false, 600_000], [820, true, 900_000]]);
  });

  it('estimates readiness from the domain tallies and DVA\'s weights', async () => {
    const r = await gatherStats(bankWithHistory().db, {}, now, 0);
    // overall 4/8 = 0.5; estimates: d1 (3+2.5)/8, d2 (1+2.5)/7, d3 (0+2.5)/8, d4 0.5; weights 32/26/24/18.
    const fraction = (32 * (5.5 / 8) + 26 * (3.5 / 7) + 24 * (2.5 / 8) + 18 * 0.5) / 100;
    expect([r.readiness[0].cert, r.readiness[0].answers, r.readiness[0].predicted]).toEqual(['DVA-C02', 8, Math.round(100 + 900 * fraction)]);
  });

  it('names the weakest topic with its drill command', async () => {
    const r = await gatherStats(bankWithHistory().db, {}, now, 0);
    expect(r.weakest.map((w) => [w.topic, w.name, w.answers, w.command])).toEqual([['sqs', 'Amazon SQS', 3, 'awsq drill sqs'], ['s3', 'Amazon S3', 5, 'awsq drill s3']]);
  });

  it('counts the streak from yesterday\'s answers and the reviews due', async () => {
    const r = await gatherStats(bankWithHistory().db, {}, now, 0);
    expect([r.totals.streak, r.totals.answers, r.due.today]).toEqual([1, 8, 8]);
  });

  it('has no history on an empty bank and suggests the first exam', async () => {
    const r = await gatherStats(memoryBank().db, { cert: 'saa' }, now, 0);
    expect([r.hasHistory, r.firstStep, r.cert]).toEqual([false, 'awsq exam --cert saa --count 20', 'SAA-C03']);
  });

  it('rejects an unknown exam with exit code 2', async () => {
    await expect(gatherStats(memoryBank().db, { cert: 'xyz' }, now, 0)).rejects.toMatchObject({ exitCode: 2 });
  });
});

describe('readinessCerts', () => {
  it('estimates the exams sat, latest first, else the one with the most answers', () => {
    const certs = loadCerts();
    expect([
      readinessCerts(certs, ['SAA-C03', 'DVA-C02', 'SAA-C03'], () => new Map()).map((c) => c.code),
      readinessCerts(certs, [], () => new Map([['DVA-C02', 5], ['SOA-C03', 9]])).map((c) => c.code),
      readinessCerts(certs, [], () => new Map()),
    ]).toEqual([['SAA-C03', 'DVA-C02'], ['SOA-C03'], []]);
  });
});

describe('awsq stats (run)', () => {
  it('prints the report as one JSON object with --json', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'awsq-stats-'));
    const ctx = testContext({ dbPath: join(dir, 'awsq.db'), now });
    expect([await run({ json: true }, ctx), (JSON.parse(ctx.out.join('\n')) as StatsReport).firstStep]).toEqual([0, 'awsq exam --cert dva --count 20']);
  });
});

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'awsq.js');

describe.skipIf(!existsSync(join(root, 'dist', 'cli', 'main.js')))('the built binary', () => {
  const home = mkdtempSync(join(tmpdir(), 'awsq-stats-bin-'));
  const cli = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { env: { ...process.env, AWSQ_HOME: home, NO_COLOR: '1' }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

  it('prints stats as JSON on a fresh home and exits 0', () => {
    const r = cli('stats', '--json');
    expect([r.status, (JSON.parse(r.stdout) as StatsReport).hasHistory]).toEqual([0, false]);
  });

  it('greets a fresh home with the first step', () => {
    expect(cli('stats').stdout).toContain('awsq exam --cert dva --count 20');
  });

  it('refuses to drill without a terminal, exit 2, naming what to run instead', () => {
    const r = cli('drill', 's3');
    expect([r.status, /needs a terminal[\s\S]*awsq stats --json/.test(r.stderr)]).toEqual([2, true]);
  });

  it('exits 2 for an unknown exam', () => {
    expect(cli('stats', '--cert', 'nope').status).toBe(2);
  });

  it('reports an unknown exam to drill before the terminal check', () => {
    const r = cli('drill', '--cert', 'nope', 's3');
    expect([r.status, /unknown exam "nope"/.test(r.stderr)]).toEqual([2, true]);
  });
});
