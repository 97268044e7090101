/** `awsq certs`: the exams awsq knows, with the bank's coverage of each domain. */
import { domainCounts, domainTopics } from '../../bank/questions.js';
import { coverage, type DomainCoverage } from '../../certs/coverage.js';
import { loadCerts } from '../../certs/data.js';
import type { CertSpec } from '../../core/types.js';
import type { Context } from '../context.js';
import { openReadyBank } from '../ready.js';
import { makeStyle } from '../style.js';
import { table } from '../table.js';

/** Options of `awsq certs`. */
export interface CertsOptions {
  json?: boolean;
}

/** One exam with its domain coverage, in the `--json` shape. */
export interface CertRow {
  code: string;
  alias: string;
  name: string;
  status: string;
  questions: number;
  minutes: number;
  passScore: number;
  domains: DomainCoverage[];
}

/** Build the rows from the specs and per-domain counts (pure). */
export function certRows(
  certs: CertSpec[],
  counts: (code: string) => Map<number, number>,
  topics: (code: string) => Map<number, Set<string>>,
): CertRow[] {
  return certs.map((c) => ({
    code: c.code,
    alias: c.alias,
    name: c.name,
    status: c.status === 'retired' ? `retired${c.statusNote ? ` (${c.statusNote})` : ''}` : 'current',
    questions: c.questions,
    minutes: c.minutes,
    passScore: c.passScore,
    domains: coverage(c, counts(c.code), topics(c.code)),
  }));
}

/** Print one row per exam and the coverage gaps per domain. */
export async function run(options: CertsOptions, ctx: Context): Promise<number> {
  const bank = await openReadyBank(ctx);
  try {
    const rows = certRows(loadCerts(), (code) => domainCounts(bank.db, code), (code) => domainTopics(bank.db, code));
    if (options.json) {
      ctx.print(JSON.stringify(rows, null, 2));
      return 0;
    }
    const c = makeStyle(ctx.color);
    ctx.print(
      table(
        ['exam', 'alias', 'name', 'status', 'questions', 'minutes', 'pass', 'bank: available/needed per domain'],
        rows.map((r) => [
          r.code, r.alias, r.name, r.status.split(' ')[0], r.questions, r.minutes, r.passScore,
          r.domains.map((d) => `${d.id}: ${d.available}/${d.needed}`).join('  '),
        ]),
      ),
    );
    ctx.print('');
    for (const r of rows) {
      for (const d of r.domains) {
        if (d.missingServices.length === 0 && d.available >= d.needed) continue;
        const short = d.available < d.needed ? c.yellow(` (${d.available} of ${d.needed} questions)`) : '';
        const missing = d.missingServices.length > 0 ? `: no questions on ${d.missingServices.join(', ')}` : '';
        ctx.print(`${r.code} domain ${d.id} ${d.name}${short}${missing}`);
      }
    }
    return 0;
  } finally {
    bank.close();
  }
}
