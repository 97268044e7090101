/** `awsq doctor [--repair]`: check the bank; rebuild a damaged one beside the old file. */
import { existsSync, renameSync } from 'node:fs';
import { openBank } from '../../bank/db.js';
import { checkHealth, restoreHistory, salvage } from '../../bank/salvage.js';
import { SCHEMA_VERSION } from '../../bank/schema.js';
import { countQuestions } from '../../bank/questions.js';
import { bundledNotesDir } from '../../core/paths.js';
import { buildBank, defaultBuildDeps } from '../build-bank.js';
import type { Context } from '../context.js';
import { makeStyle } from '../style.js';

/** Options of `awsq doctor`. */
export interface DoctorOptions {
  repair?: boolean;
  json?: boolean;
}

/** Exit 0 when the bank is healthy (or was repaired), 1 when it is damaged and was not repaired. */
export async function run(options: DoctorOptions, ctx: Context): Promise<number> {
  const c = makeStyle(ctx.color);
  if (!existsSync(ctx.dbPath)) {
    const report = { path: ctx.dbPath, exists: false, ok: true, problems: [] as string[] };
    if (options.json) ctx.print(JSON.stringify(report, null, 2));
    else ctx.print(`No question bank at ${ctx.dbPath} yet; any command creates it from the bundled notes.`);
    return 0;
  }
  const health = checkHealth(ctx.dbPath);
  if (health.ok && health.version !== undefined && health.version > SCHEMA_VERSION) {
    health.ok = false;
    health.problems.push(`written by a newer awsq (schema ${health.version}; this awsq knows up to ${SCHEMA_VERSION})`);
  }
  if (health.ok || !options.repair) {
    if (options.json) {
      ctx.print(JSON.stringify({ path: ctx.dbPath, exists: true, ok: health.ok, version: health.version, problems: health.problems }, null, 2));
    } else if (health.ok) {
      ctx.print(`${c.green('ok')} ${ctx.dbPath} (schema version ${health.version})`);
    } else {
      ctx.print(`${c.red('damaged')} ${ctx.dbPath}`);
      for (const p of health.problems.slice(0, 10)) ctx.print(`  ${p}`);
      ctx.print('The file was left untouched. Run "awsq doctor --repair" to rebuild the bank and keep the history that can be read.');
    }
    return health.ok ? 0 : 1;
  }
  if (health.version !== undefined && health.version > SCHEMA_VERSION) {
    ctx.warn(`awsq: ${ctx.dbPath} is from a newer awsq; upgrade awsq instead of repairing it.`);
    return 1;
  }

  // Repair: read what we can, move the damaged file aside (never overwrite it), build a new bank.
  const saved = salvage(ctx.dbPath);
  const stamp = ctx.now().toISOString().replace(/[:.]/g, '-');
  const aside = `${ctx.dbPath}.damaged-${stamp}`;
  renameSync(ctx.dbPath, aside);
  for (const ext of ['-wal', '-shm']) if (existsSync(ctx.dbPath + ext)) renameSync(ctx.dbPath + ext, aside + ext);
  const bank = openBank(ctx.dbPath, { origin: ctx.dbOrigin });
  try {
    const roots = [bundledNotesDir, ...saved.noteRoots.filter((r) => r !== bundledNotesDir && existsSync(r))];
    const summary = await buildBank(bank, roots, await defaultBuildDeps(ctx.now));
    const restored = restoreHistory(bank.db, saved.tables);
    const report = {
      path: ctx.dbPath,
      damagedCopy: aside,
      problems: health.problems,
      rebuiltFrom: roots,
      questions: countQuestions(bank.db).eligible,
      restored,
      incomplete: saved.tables.filter((t) => !t.complete).map((t) => t.table),
      warnings: summary.warnings.length,
    };
    if (options.json) ctx.print(JSON.stringify(report, null, 2));
    else {
      ctx.print(`${c.green('repaired')} ${ctx.dbPath}: ${report.questions} exam-ready questions rebuilt from ${roots.length} note folder(s).`);
      ctx.print(`History kept: ${Object.entries(restored).map(([t, n]) => `${n} ${t}`).join(', ') || 'none could be read'}.`);
      if (report.incomplete.length > 0) ctx.print(`Partly unreadable: ${report.incomplete.join(', ')}.`);
      ctx.print(`The damaged file was kept as ${aside}. Imported questions need "awsq import" again.`);
    }
    return 0;
  } finally {
    bank.close();
  }
}
