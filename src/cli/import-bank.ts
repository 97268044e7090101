/** The import: read markdown banks, parse them, drop duplicates, store each file in one transaction. */
import type { Bank } from '../bank/db.js';
import { findSource, sourceSignature, stemLookup, type StemMatch } from '../bank/imports.js';
import { replaceSource, stemKey, type QuestionInput } from '../bank/questions.js';
import type { CatalogIndex } from '../core/catalog.js';
import type { CertSpec, Placement, Question, Warning } from '../core/types.js';
import type { SkipReason } from '../importer/types.js';
import { discoverNotes, readNote } from './notes.js';

/** One file's line of the import summary. */
export interface ImportedFile {
  path: string;
  /** `none`: no written questions found, and the file was left alone (never marked as an imported bank). */
  status: 'imported' | 'unchanged' | 'unreadable' | 'none';
  /** Questions of this file in the bank after the import. */
  questions: number;
  /** Questions new to the bank this time. */
  added: number;
  duplicates: number;
  skipped: number;
}

/** What an import did. */
export interface ImportSummary {
  files: number;
  /** Questions from the given files in the bank after the import. */
  imported: number;
  /** Of those, questions that were not in the bank before. */
  added: number;
  /** Questions left out because the bank (or an earlier question of the same files) already has them. */
  duplicates: number;
  /** Questions not imported, by reason. */
  skipped: Partial<Record<SkipReason, number>>;
  warnings: Warning[];
  ms: number;
  sources: ImportedFile[];
}

/** The pieces an import needs, injected so tests can replace them. */
export interface ImportDeps {
  catalog: CatalogIndex;
  /** Exams and domains of an imported question. */
  classify: (q: Question) => Placement[];
  now: () => Date;
}

/**
 * Placement rules for imported questions. Without an exam: the same classification as extracted
 * questions. With one (`--cert`): that exam only; a question it would not place (no service in its
 * scope) goes to the exam's fallback domain, since the learner said the questions are for it.
 */
export async function defaultImportDeps(cert: CertSpec | undefined, now: () => Date = () => new Date()): Promise<ImportDeps> {
  const [{ loadCatalog, loadCerts }, { classify }, { fallbackDomain }] = await Promise.all([
    import('../certs/data.js'),
    import('../certs/classify.js'),
    import('../certs/spec.js'),
  ]);
  const certs: CertSpec[] = cert ? [cert] : loadCerts();
  return {
    catalog: loadCatalog(),
    classify: (q) => {
      const placed = classify(q, certs);
      if (!cert || placed.length > 0) return placed;
      return [{ cert: cert.code, domain: fallbackDomain(cert) }];
    },
    now,
  };
}

function norm(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/** Stems this long are specific enough that the same stem is the same question; shorter ones must share their options too. */
const SPECIFIC_STEM_WORDS = 6;

/** Is `q` the question `m` (same normalised stem, and for a short stem the same options)? */
function sameQuestion(q: Question, key: string, options: string[]): boolean {
  if (key.split(' ').length >= SPECIFIC_STEM_WORDS) return true;
  const a = q.options.map(norm).sort();
  const b = options.map(norm).sort();
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The signature `sourceSignature` would give for these questions once stored. */
function signatureOf(inputs: QuestionInput[]): string {
  return [...inputs]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((q) =>
      [
        q.id, q.stem, JSON.stringify(q.options), JSON.stringify(q.answers), q.explanation, String(q.source.line), JSON.stringify(q.topics),
        [...q.placements].sort((x, y) => (x.cert < y.cert ? -1 : 1)).map((p) => `${p.cert}:${p.domain}`).join(','),
      ].join('\u001f'),
    )
    .join('\n');
}

/** Import markdown banks (files or folders). One bad file never aborts the import. */
export async function importBank(bank: Bank, paths: string[], deps: ImportDeps): Promise<ImportSummary> {
  const started = performance.now();
  const [{ parseBank }, { toQuestions }] = await Promise.all([import('../importer/parse.js'), import('../importer/questions.js')]);
  const { files } = discoverNotes(paths);
  const lookup = stemLookup(bank.db);
  const summary: ImportSummary = { files: files.length, imported: 0, added: 0, duplicates: 0, skipped: {}, warnings: [], ms: 0, sources: [] };
  /** Questions taken from earlier files of this import, by normalised stem. */
  const taken = new Map<string, StemMatch[]>();

  for (const file of files) {
    const content = readNote(file);
    if (!content.ok) {
      summary.warnings.push(content.warning);
      summary.sources.push({ path: file.path, status: 'unreadable', questions: 0, added: 0, duplicates: 0, skipped: 0 });
      continue;
    }
    const parsed = parseBank(content.text, file.path);
    const previous = findSource(bank.db, file.absPath);
    const own = previous?.id ?? -1;
    const kept: QuestionInput[] = [];
    let duplicates = 0;
    for (const q of toQuestions(parsed.questions, file.path, deps.catalog)) {
      const key = stemKey(q.stem);
      const earlier = [...lookup(key).filter((m) => m.sourceId !== own), ...(taken.get(key) ?? [])];
      if (earlier.some((m) => m.id === q.id || sameQuestion(q, key, m.options))) {
        duplicates++;
        continue;
      }
      kept.push({ ...q, eligible: true, placements: deps.classify(q) });
      const list = taken.get(key) ?? [];
      list.push({ id: q.id, sourceId: null, path: file.path, line: q.source.line, options: q.options });
      taken.set(key, list);
    }
    for (const [reason, n] of Object.entries(parsed.skipped) as Array<[SkipReason, number]>) summary.skipped[reason] = (summary.skipped[reason] ?? 0) + n;
    const skipped = Object.values(parsed.skipped).reduce((a, b) => a + (b ?? 0), 0);
    summary.warnings.push(...parsed.warnings);
    summary.duplicates += duplicates;
    summary.imported += kept.length;
    if (parsed.questions.length === 0 && skipped === 0 && previous?.kind !== 'import') {
      // A file of notes given by mistake must not become an imported bank that "awsq build" skips.
      summary.warnings.push({ path: file.path, line: 1, message: 'no written questions found; file left alone' });
      summary.sources.push({ path: file.path, status: 'none', questions: 0, added: 0, duplicates: 0, skipped: 0 });
      continue;
    }
    const before = previous ? sourceSignature(bank.db, previous.id) : '';
    const line: ImportedFile = { path: file.path, status: 'imported', questions: kept.length, added: 0, duplicates, skipped };
    if (previous && previous.kind === 'import' && previous.status === 'active' && previous.hash === content.hash && before === signatureOf(kept)) {
      line.status = 'unchanged';
    } else {
      if (previous?.kind === 'notes' && previous.status === 'active') {
        summary.warnings.push({ path: file.path, line: 1, message: 'was built as notes; it is now an imported bank and "awsq build" leaves it alone' });
      }
      const had = new Set(before.split('\n').map((s) => s.split('\u001f')[0]));
      line.added = kept.filter((q) => !had.has(q.id)).length;
      replaceSource(
        bank.db,
        { absPath: file.absPath, path: file.path, kind: 'import', hash: content.hash, size: content.size, facts: parsed.questions.length, warnings: parsed.warnings },
        kept,
        deps.now(),
      );
    }
    summary.added += line.added;
    summary.sources.push(line);
  }
  summary.ms = Math.round(performance.now() - started);
  return summary;
}
