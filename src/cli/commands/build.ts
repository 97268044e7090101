/** `awsq build [paths...]`: extract questions from notes into the bank. */
import { existsSync } from 'node:fs';
import { UsageError } from '../../core/errors.js';
import { bundledNotesDir } from '../../core/paths.js';
import { safeLine } from '../../core/text.js';
import { buildBank, defaultBuildDeps, type BuildSummary } from '../build-bank.js';
import { openContextBank, type Context } from '../context.js';
import { startProgress } from '../progress.js';
import { makeStyle } from '../style.js';
import { table } from '../table.js';

/** Options of `awsq build`. */
export interface BuildOptions {
  args: string[];
  json?: boolean;
}

/** Build, then print the summary table or JSON. Exit 0 even with warnings. */
export async function run(options: BuildOptions, ctx: Context): Promise<number> {
  const paths = options.args.length > 0 ? options.args : [bundledNotesDir];
  // Check the paths before touching the bank, so a typo creates nothing.
  for (const p of paths) if (!existsSync(p)) throw new UsageError(`no such file or folder: ${p}`);
  const bank = await openContextBank(ctx);
  try {
    const progress = await startProgress(ctx, 'Reading notes...', !options.json);
    const deps = await defaultBuildDeps(ctx.now);
    deps.onProgress = (done, total, path) => progress.update(`Building ${done}/${total} files: ${path}`);
    let summary: BuildSummary;
    try {
      summary = await buildBank(bank, paths, deps);
    } finally {
      progress.stop();
    }
    if (options.json) ctx.print(JSON.stringify(toJson(summary), null, 2));
    else ctx.print(render(summary, ctx.color));
    return 0;
  } finally {
    bank.close();
  }
}

/** The `--json` shape: stable keys scripts can rely on. */
export function toJson(s: BuildSummary) {
  return {
    files: s.files,
    built: s.built,
    unchanged: s.unchanged,
    removed: s.removed,
    facts: s.facts,
    questions: s.questions,
    byKind: s.byKind,
    rejected: s.rejected,
    warnings: s.warnings.map((w) => `${w.path}:${w.line} ${w.message}`),
    ms: s.ms,
    sources: s.sources.map((x) => ({ path: x.path, status: x.status, questions: x.questions, warnings: x.warnings.length })),
  };
}

function render(s: BuildSummary, color: boolean): string {
  const c = makeStyle(color);
  const out: string[] = [];
  out.push(c.bold(`Built the question bank in ${(s.ms / 1000).toFixed(2)} s`));
  out.push(
    table(
      ['files', 'built', 'unchanged', 'removed', 'facts (built)', 'exam-ready questions'],
      [[s.files, s.built, s.unchanged, s.removed, s.facts, s.questions]],
    ),
  );
  const kinds = Object.entries(s.byKind).sort((a, b) => b[1] - a[1]);
  if (kinds.length > 0) {
    out.push('', c.bold('Exam-ready questions by kind'));
    out.push(table(['kind', 'questions'], kinds));
  }
  const rejected = Object.entries(s.rejected).sort((a, b) => b[1] - a[1]);
  if (rejected.length > 0) {
    out.push('', c.bold('Kept out of exams (files built this time), by main reason'));
    out.push(table(['reason', 'candidates'], rejected));
  }
  if (s.warnings.length > 0) {
    out.push('', c.yellow(c.bold(`Warnings (${s.warnings.length})`)));
    for (const w of s.warnings.slice(0, 20)) out.push(`  ${safeLine(w.path)}:${w.line} ${safeLine(w.message)}`);
    if (s.warnings.length > 20) out.push(`  ... and ${s.warnings.length - 20} more (see --json)`);
  }
  return out.join('\n');
}
