/** `awsq export [--format json|anki|markdown]`: exam-ready questions out to other tools, on stdout or to a file. */
import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { listQuestions } from '../../bank/questions.js';
import { AwsqError } from '../../core/errors.js';
import type { StoredQuestion } from '../../core/types.js';
import type { Context } from '../context.js';
import { openReadyBank } from '../ready.js';

/** Options of `awsq export`. */
export interface ExportOptions {
  /** Output format (default json). */
  format?: 'json' | 'anki' | 'markdown';
  /** Only questions placed in this exam (alias or code). */
  cert?: string;
  /** Only questions on this topic (service name, alias or catalog id). */
  topic?: string;
  /** Only questions whose source path starts with this. */
  source?: string;
  /** Write here (atomically) instead of stdout. */
  out?: string;
}

/** Render questions in a format (formatters are loaded on demand). */
export async function render(questions: StoredQuestion[], format: ExportOptions['format'] = 'json'): Promise<string> {
  switch (format) {
    case 'anki':
      return (await import('../../exporter/anki.js')).toAnki(questions);
    case 'markdown':
      return (await import('../../exporter/markdown.js')).toMarkdown(questions);
    default:
      return (await import('../../exporter/json.js')).toJsonExport(questions);
  }
}

/** Write a file whole or not at all: a temporary file beside it, then a rename. */
export function writeAtomically(path: string, text: string): void {
  const target = resolve(path);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, text, { flag: 'wx' });
    renameSync(temp, target);
  } catch (err) {
    rmSync(temp, { force: true });
    throw new AwsqError(`cannot write ${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** Export the exam-ready (eligible, not retired) questions that match the filters. */
export async function run(options: ExportOptions, ctx: Context): Promise<number> {
  const { loadCatalog, resolveCert } = await import('../../certs/data.js');
  const cert = options.cert ? resolveCert(options.cert).code : undefined;
  let topics: string[] | undefined;
  if (options.topic) {
    const { lookupService } = await import('../../core/catalog.js');
    topics = [lookupService(loadCatalog(), options.topic)?.id ?? options.topic.trim().toLowerCase()];
  }
  const bank = await openReadyBank(ctx);
  let questions: StoredQuestion[];
  try {
    questions = listQuestions(bank.db, { cert, topics, sourcePrefix: options.source });
  } finally {
    bank.close();
  }
  const text = await render(questions, options.format);
  if (options.out) {
    writeAtomically(options.out, text);
    ctx.warn(`Exported ${questions.length} question${questions.length === 1 ? '' : 's'} to ${options.out}.`);
  } else {
    ctx.stdout.write(text);
  }
  if (questions.length === 0) ctx.warn('No exam-ready questions match these filters.');
  return 0;
}
