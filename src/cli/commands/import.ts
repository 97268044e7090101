/** `awsq import <paths...> [--cert CODE]`: written practice questions from markdown banks into the bank. */
import { existsSync } from 'node:fs';
import { UsageError } from '../../core/errors.js';
import { safeLine } from '../../core/text.js';
import type { Context } from '../context.js';
import { defaultImportDeps, importBank, type ImportSummary } from '../import-bank.js';
import { openReadyBank } from '../ready.js';
import { makeStyle } from '../style.js';
import { table } from '../table.js';

/** Options of `awsq import`. */
export interface ImportOptions {
  args: string[];
  /** Exam alias or code the questions are for: they are placed in that exam only. */
  cert?: string;
  json?: boolean;
}

/** Import, then print the summary table or JSON. Exit 0 even when questions were skipped. */
export async function run(options: ImportOptions, ctx: Context): Promise<number> {
  const paths = options.args ?? [];
  if (paths.length === 0) throw new UsageError('name at least one markdown file or folder to import');
  // Check everything before touching the bank, so a typo creates nothing.
  for (const p of paths) if (!existsSync(p)) throw new UsageError(`no such file or folder: ${p}`);
  const cert = options.cert ? (await import('../../certs/data.js')).resolveCert(options.cert) : undefined;
  const bank = await openReadyBank(ctx);
  try {
    const summary = await importBank(bank, paths, await defaultImportDeps(cert, ctx.now));
    if (options.json) ctx.print(JSON.stringify(toJson(summary), null, 2));
    else ctx.print(render(summary, ctx.color, cert?.code));
    return 0;
  } finally {
    bank.close();
  }
}

/** Questions skipped in all: the sum over reasons. */
function skippedTotal(s: ImportSummary): number {
  return Object.values(s.skipped).reduce((a, b) => a + (b ?? 0), 0);
}

/**
 * The `--json` shape: `imported` (questions from these files now in the bank), `added` (new this
 * time), `duplicates`, `skipped` as `{total, byReason}`, `warnings` as "file:line message" strings,
 * then per-file lines and the time taken.
 */
export function toJson(s: ImportSummary) {
  return {
    imported: s.imported,
    added: s.added,
    duplicates: s.duplicates,
    skipped: { total: skippedTotal(s), byReason: s.skipped },
    warnings: s.warnings.map((w) => `${w.path}:${w.line} ${w.message}`),
    files: s.files,
    sources: s.sources,
    ms: s.ms,
  };
}

function render(s: ImportSummary, color: boolean, cert: string | undefined): string {
  const c = makeStyle(color);
  const out: string[] = [];
  out.push(c.bold(`Imported ${s.files} file${s.files === 1 ? '' : 's'} in ${(s.ms / 1000).toFixed(2)} s${cert ? ` for ${cert}` : ''}`));
  out.push(table(['imported', 'new', 'duplicates', 'skipped', 'warnings'], [[s.imported, s.added, s.duplicates, skippedTotal(s), s.warnings.length]]));
  if (s.sources.length > 1) {
    out.push('', c.bold('By file'));
    out.push(table(['file', 'status', 'imported', 'new', 'duplicates', 'skipped'], s.sources.map((f) => [safeLine(f.path), f.status, f.questions, f.added, f.duplicates, f.skipped])));
  }
  const reasons = Object.entries(s.skipped).sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0)) as Array<[string, number]>;
  if (reasons.length > 0) {
    out.push('', c.bold('Skipped, by reason'));
    out.push(table(['reason', 'questions'], reasons));
  }
  if (s.warnings.length > 0) {
    out.push('', c.yellow(c.bold(`Warnings (${s.warnings.length})`)));
    for (const w of s.warnings.slice(0, 20)) out.push(`  ${safeLine(w.path)}:${w.line} ${safeLine(w.message)}`);
    if (s.warnings.length > 20) out.push(`  ... and ${s.warnings.length - 20} more (see --json)`);
  }
  return out.join('\n');
}
