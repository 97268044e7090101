/** `awsq stats`: exam history and trend, readiness per exam, weakest topics, reviews due, streak. */
import type Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { answersByCert, domainTallies, dueBy, examHistory, historyTotals, readMapped, studyDays, topicFigures } from '../../bank/history.js';
import { dataDir } from '../../core/paths.js';
import type { CertSpec } from '../../core/types.js';
import { FORGETTING_CURVE } from '../../drill/curve.js';
import { plain } from '../../exam/report.js';
import { endOfLocalDay } from '../../stats/calendar.js';
import { readiness, type Readiness } from '../../stats/readiness.js';
import { buildStats, type StatsReport, type WeakTopic } from '../../stats/report.js';
import { renderStats } from '../../stats/render.js';
import { weakestTopics } from '../../stats/topics.js';
import { openContextBank, type Context } from '../context.js';

/** Options of `awsq stats`. */
export interface StatsOptions {
  /** One exam only (alias or code). */
  cert?: string;
  json?: boolean;
}

/** How many exams get a readiness estimate without --cert: those sat, most recent first, at most 3. */
export const READINESS_EXAMS = 3;

/** Gather the report from the bank (read-only queries; the bank is never built or changed here). */
export async function gatherStats(db: Database.Database, options: StatsOptions, now: Date, offsetMinutes: number): Promise<StatsReport> {
  const { loadCerts, resolveCert } = await import('../../certs/data.js');
  const spec = options.cert ? resolveCert(options.cert) : undefined;
  const cert = spec?.code;
  const exams = examHistory(db, cert);
  const totals = historyTotals(db);
  const base = { now, offsetMinutes, cert: cert ?? null, exams, firstExam: spec?.alias };
  if (exams.length === 0 && totals.answers === 0) {
    return buildStats({ ...base, totals, studyDays: [], due: { today: 0, week: 0 }, readiness: [], weakest: [] });
  }
  const certs = spec ? [spec] : readinessCerts(loadCerts(), exams.map((e) => e.cert).reverse(), () => answersByCert(db));
  const ready: Readiness[] = certs.map((c) => readiness(c, domainTallies(db, c.code)));
  const [today, week] = dueBy(db, [endOfLocalDay(now, offsetMinutes).toISOString(), new Date(now.getTime() + 7 * 86_400_000).toISOString()], cert);
  return buildStats({
    ...base,
    totals,
    studyDays: studyDays(db, offsetMinutes),
    due: { today, week },
    readiness: ready,
    weakest: await weakTopics(db, cert, now),
  });
}

/** Exams to estimate: those sat (latest first), else the one with the most answers in scope. */
export function readinessCerts<T extends CertSpec>(known: readonly T[], satLatestFirst: readonly string[], answers: () => Map<string, number>): T[] {
  const byCode = new Map(known.map((c) => [c.code, c]));
  const sat = [...new Set(satLatestFirst)].map((code) => byCode.get(code)).filter((c): c is T => c !== undefined);
  if (sat.length > 0) return sat.slice(0, READINESS_EXAMS);
  const counts = answers();
  const best = known.filter((c) => c.status === 'current').reduce<T | undefined>((top, c) => ((counts.get(c.code) ?? 0) > (top ? counts.get(top.code) ?? 0 : 0) ? c : top), undefined);
  return best ? [best] : [];
}

async function weakTopics(db: Database.Database, cert: string | undefined, now: Date): Promise<WeakTopic[]> {
  const weakest = weakestTopics(topicFigures(db, now, FORGETTING_CURVE, cert));
  if (weakest.length === 0) return [];
  const names = serviceNames();
  // A catalog id always names its service to "awsq drill" (test/drill/topic.test.ts checks every one).
  return weakest.map((w) => ({ ...w, name: names.get(w.topic) ?? w.topic, command: `awsq drill ${w.topic}` }));
}

/** Short service names by catalog id, read straight from the bundled catalog (indexing it costs more than stats may). */
function serviceNames(): Map<string, string> {
  try {
    const services = JSON.parse(readFileSync(join(dataDir, 'catalog', 'services.json'), 'utf8')) as Array<{ id?: unknown; short?: unknown }>;
    return new Map(services.filter((s) => typeof s.id === 'string' && typeof s.short === 'string').map((s) => [s.id as string, s.short as string]));
  } catch {
    return new Map();
  }
}

/** Run `awsq stats`; resolves to the exit code (0 also with no history). */
export async function run(options: StatsOptions, ctx: Context): Promise<number> {
  const bank = await openContextBank(ctx);
  try {
    readMapped(bank.db);
    const now = ctx.now();
    const report = await gatherStats(bank.db, options, now, -now.getTimezoneOffset());
    // chalk is loaded only for colour: plain output (pipes, NO_COLOR) skips its start-up cost.
    const paint = options.json || !ctx.color ? plain : (await import('../style.js')).makeStyle(true);
    ctx.print(options.json ? JSON.stringify(report, null, 2) : renderStats(report, paint));
    return 0;
  } finally {
    bank.close();
  }
}
