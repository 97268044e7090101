#!/usr/bin/env node
/**
 * `npm run bench`: performance figures of awsq, each measured against a baseline in the same run.
 * Not a test: it prints a table (and JSON with --json) for the README. Uses dist/, so build first.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeCorpus } from './corpus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = join(root, 'bin', 'awsq.js');
const work = join(tmpdir(), `awsq-bench-${process.pid}`);
const quick = process.argv.includes('--quick');
const json = process.argv.includes('--json');
const MB = 1_000_000;
const sizeBig = quick ? 4 * MB : 20 * MB;
const sizeHalf = sizeBig / 2;
const rows = [];

function log(msg) {
  if (!json) process.stderr.write(`${msg}\n`);
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Wall time of a command, median of `runs`. */
function timeCommand(cmd, args, runs, env = {}) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = spawnSync(cmd, args, { env: { ...process.env, NO_COLOR: '1', ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    times.push(performance.now() - t);
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  }
  return median(times);
}

/** Run `awsq build` in a child that reports its own peak memory; returns ms, peak MB and the summary. */
function build(db, dir) {
  const script = join(work, 'build-child.mjs');
  writeFileSync(
    script,
    `const { main } = await import(${JSON.stringify(pathToFileURL(join(root, 'dist', 'cli', 'main.js')).href)});
const t = performance.now();
const code = await main(['node', 'awsq', '--db', ${JSON.stringify(db)}, 'build', ${JSON.stringify(dir)}, '--json']);
process.stderr.write(JSON.stringify({ ms: performance.now() - t, rss: process.resourceUsage().maxRSS, code }) + '\\n');
`,
  );
  const r = spawnSync(process.execPath, [script], { env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 256 * MB });
  const lines = r.stderr.toString().trim().split('\n');
  let stats;
  try {
    stats = JSON.parse(lines[lines.length - 1]);
  } catch {
    throw new Error(`build child ended with status ${r.status} signal ${r.signal}: ${r.stderr.toString().slice(-2000)}`);
  }
  if (stats.code !== 0) throw new Error(`build failed: ${r.stderr}`);
  return { ms: stats.ms, peakMb: stats.rss / 1024, summary: JSON.parse(r.stdout.toString()) };
}

/** Bare remark-parse + remark-gfm over the same files on one thread (the floor). */
async function bareParse(files) {
  const { unified } = await import('unified');
  const { default: remarkParse } = await import('remark-parse');
  const { default: remarkGfm } = await import('remark-gfm');
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  const processor = unified().use(remarkParse).use(remarkGfm);
  processor.parse('# warm up\n\n- a\n');
  const t = performance.now();
  for (const text of texts) processor.parse(text);
  return performance.now() - t;
}

function row(what, value, baseline, ratio, target, ok) {
  rows.push({ what, value, baseline, ratio, target, ok });
  log(`${ok ? 'ok  ' : 'MISS'} ${what}: ${value} (${baseline}; ${ratio}) target ${target}`);
}

const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
try {
  log(`Generating corpora (${sizeHalf / MB} MB and ${sizeBig / MB} MB) in ${work} ...`);
  const half = writeCorpus(join(work, 'half'), sizeHalf, 2);
  const big = writeCorpus(join(work, 'big'), sizeBig, 1);

  log('Bare parse (one thread) ...');
  const bare = await bareParse(big.files);

  log('Building the big corpus ...');
  const bigDb = join(work, 'big.db');
  const b = build(bigDb, join(work, 'big'));
  row(`build ${(big.bytes / MB).toFixed(1)} MB (${big.files.length} files, ${b.summary.questions} questions)`, fmt(b.ms), `bare parse ${fmt(bare)}`, `${(b.ms / bare).toFixed(2)}x`, '<= 0.8x', b.ms / bare <= 0.8);
  row('peak memory of that build', `${b.peakMb.toFixed(0)} MB`, '-', '-', '< 400 MB', b.peakMb < 400);

  log('Building the half corpus ...');
  const h = build(join(work, 'half.db'), join(work, 'half'));
  row(`build ${(half.bytes / MB).toFixed(1)} MB vs ${(big.bytes / MB).toFixed(1)} MB`, fmt(b.ms), fmt(h.ms), `${(b.ms / h.ms).toFixed(2)}x`, '<= 2.2x', b.ms / h.ms <= 2.2);

  log('No-op rebuild ...');
  const noop = build(bigDb, join(work, 'big'));
  row('no-op rebuild', fmt(noop.ms), '-', '-', '< 1 s', noop.ms < 1000);

  log('Rebuild after one changed file ...');
  const changed = big.files[3];
  appendFileSync(changed, '\n- **Extra term** - an added definition for the rebuild benchmark\n');
  const one = build(bigDb, join(work, 'big'));
  const alone = build(join(work, 'one.db'), changed);
  row('rebuild after one file changed', fmt(one.ms), `that file alone ${fmt(alone.ms)}`, `+${fmt(one.ms - alone.ms)}`, '< 1 s + that file', one.ms - alone.ms < 1000);

  log('Per-byte cost: one 500 KB file with a 6,000-item list vs small files ...');
  const { extract } = await import(join(root, 'dist', 'extract', 'index.js'));
  const { loadCatalog } = await import(join(root, 'dist', 'certs', 'data.js'));
  const catalog = loadCatalog();
  const items = [];
  for (let i = 0; i < 6000; i++) items.push(`- **Term ${i} of the list** - a definition of item ${i} with some ${i % 7} words`);
  const listText = ['# One long list', '', ...items].join('\n');
  // The same items as 60 small files of 100: what one long file costs beyond its content.
  const sameItems = [];
  for (let k = 0; k < 60; k++) sameItems.push([`# One long list, part ${k + 1}`, '', ...items.slice(k * 100, (k + 1) * 100)].join('\n'));
  const smallTexts = big.files.slice(0, 40).map((f) => readFileSync(f, 'utf8'));
  // Milliseconds per MB of extracting `texts`, one after another on this thread.
  const msPerMb = (texts) => {
    const bytes = texts.reduce((n, s) => n + s.length, 0);
    const t = performance.now();
    for (const s of texts) extract(s, 'note.md', catalog);
    return (performance.now() - t) / (bytes / MB);
  };
  // Each set once to warm up, then three rounds in turn; the median of each (the compiler has seen all three).
  const sets = { list: [listText], small: smallTexts, same: sameItems };
  const perMb = { list: [], small: [], same: [] };
  for (const texts of Object.values(sets)) msPerMb(texts);
  for (let round = 0; round < 3; round++) for (const [k, texts] of Object.entries(sets)) perMb[k].push(msPerMb(texts));
  const [listMsPerMb, smallMsPerMb, sameMsPerMb] = [median(perMb.list), median(perMb.small), median(perMb.same)];
  const listKb = (listText.length / 1000).toFixed(0);
  row(`${listKb} KB single list vs the corpus's small files, per MB`, fmt(listMsPerMb), `40 small files ${fmt(smallMsPerMb)}`, `${(listMsPerMb / smallMsPerMb).toFixed(2)}x`, '<= 1x', listMsPerMb <= smallMsPerMb);
  row(`${listKb} KB single list vs its items in 60 files, per MB`, fmt(listMsPerMb), `60 files ${fmt(sameMsPerMb)}`, `${(listMsPerMb / sameMsPerMb).toFixed(2)}x`, '<= 1x', listMsPerMb <= sameMsPerMb);

  log('Start-up: awsq --help and awsq stats against node -e 0 ...');
  const runs = quick ? 5 : 15;
  const nodeMs = timeCommand(process.execPath, ['-e', '0'], runs);
  const helpMs = timeCommand(process.execPath, [bin, '--help'], runs);
  row('awsq --help', fmt(helpMs), `node -e 0 ${fmt(nodeMs)}`, `${(helpMs / nodeMs).toFixed(2)}x`, '<= 1.5x', helpMs / nodeMs <= 1.5);

  log('A bank of 100,000 questions ...');
  const { openBank } = await import(join(root, 'dist', 'bank', 'db.js'));
  const { replaceSource } = await import(join(root, 'dist', 'bank', 'questions.js'));
  const largeDb = join(work, 'large.db');
  const bank = openBank(largeDb);
  const now = new Date('2026-01-01T00:00:00Z');
  for (let f = 0; f < 100; f++) {
    const qs = [];
    for (let i = 0; i < 1000; i++) {
      const n = f * 1000 + i;
      qs.push({
        id: `q${n}`, kind: n % 8 === 0 ? 'multi' : 'definition', stem: `Which AWS service matches synthetic fact number ${n}?`,
        // Each fact has answers of its own, as notes give: one answer in two questions is one fact, asked once per exam.
        options: (n % 8 === 0 ? ['A', 'B', 'C', 'D', 'E'] : ['A', 'B', 'C', 'D']).map((o) => `Option ${o} of fact ${n}`),
        answers: n % 8 === 0 ? [0, 2] : [n % 4], explanation: `Synthetic fact ${n}.`,
        source: { path: `file-${f}.md`, line: i + 1, endLine: i + 1, headings: ['Synthetic', `Part ${f}`] },
        topics: [['s3', 'sqs', 'lambda', 'dynamodb', 'kms'][n % 5]], score: 0.9, reasons: [], fingerprint: `fp${n}`, origin: 'extracted',
        eligible: true, placements: [{ cert: 'DVA-C02', domain: 1 + (n % 4) }, { cert: 'SAA-C03', domain: 1 + (n % 4) }],
      });
    }
    replaceSource(bank.db, { absPath: `/bench/file-${f}.md`, path: `file-${f}.md`, kind: 'notes', hash: `h${f}`, size: 1, facts: 1000, warnings: [] }, qs, now);
  }
  bank.close();
  const statsMs = timeCommand(process.execPath, [bin, '--db', largeDb, 'stats'], runs);
  row('awsq stats, 100,000-question bank', fmt(statsMs), `node -e 0 ${fmt(nodeMs)}`, `${(statsMs / nodeMs).toFixed(2)}x`, '<= 2.5x', statsMs / nodeMs <= 2.5);

  const dryMs = timeCommand(process.execPath, [bin, '--db', largeDb, 'exam', '--cert', 'dva', '--seed', '1', '--dry-run', '--json'], runs);
  const examInProcess = await measureAssembly(largeDb);
  row('exam assembly, 100,000-question bank', fmt(examInProcess), `whole dry-run command ${fmt(dryMs)}`, '-', '< 100 ms', examInProcess < 100);
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** Time assembling one DVA-C02 exam from the bank (reading the candidate pool included), median of 7. */
async function measureAssembly(db) {
  const { openBank } = await import(join(root, 'dist', 'bank', 'db.js'));
  const { examPool } = await import(join(root, 'dist', 'bank', 'exams.js'));
  const { assemble } = await import(join(root, 'dist', 'exam', 'assemble.js'));
  const { resolveCert } = await import(join(root, 'dist', 'certs', 'data.js'));
  const { seededRng } = await import(join(root, 'dist', 'core', 'random.js'));
  const spec = resolveCert('dva');
  const bank = openBank(db);
  try {
    const times = [];
    for (let i = 0; i < 7; i++) {
      const t = performance.now();
      const a = assemble({ spec, pool: examPool(bank.db, spec.code, { history: true }), rng: seededRng(i + 1) });
      times.push(performance.now() - t);
      if (a.picks.length !== spec.questions) throw new Error(`assembled ${a.picks.length} questions, not ${spec.questions}`);
    }
    return median(times);
  } finally {
    bank.close();
  }
}

const cpu = cpus()[0]?.model ?? 'unknown CPU';
const machine = `${cpus().length} cores (${cpu.trim()}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
if (json) {
  process.stdout.write(JSON.stringify({ machine, rows }, null, 2) + '\n');
} else {
  process.stdout.write(`\nMachine: ${machine}\n\n| measure | awsq | baseline | ratio | target | met |\n|---|---|---|---|---|---|\n`);
  for (const r of rows) process.stdout.write(`| ${r.what} | ${r.value} | ${r.baseline} | ${r.ratio} | ${r.target} | ${r.ok ? 'yes' : 'no'} |\n`);
}
