/** The build: find notes, extract changed files, store each file in one transaction, re-classify. */
import type { Bank } from '../bank/db.js';
import { listSources, reclassify, removeSource, replaceSource, countQuestions, type QuestionInput } from '../bank/questions.js';
import type { CertSpec, Question, Warning } from '../core/types.js';
import type { ExtractResult } from '../extract/index.js';
import { discoverNotes, readNote } from './notes.js';

/** Per-file line of the build summary. */
export interface SourceSummary {
  path: string;
  status: 'built' | 'unchanged' | 'skipped' | 'removed';
  questions: number;
  warnings: Warning[];
}

/** What a build did. */
export interface BuildSummary {
  files: number;
  built: number;
  unchanged: number;
  removed: number;
  facts: number;
  /** Exam-eligible questions in the bank after the build. */
  questions: number;
  /** Candidates kept out of exams in the files built, by reason. */
  rejected: Record<string, number>;
  /** Exam-eligible questions in the bank by kind. */
  byKind: Record<string, number>;
  warnings: Warning[];
  ms: number;
  sources: SourceSummary[];
}

/** The pieces a build needs, injected so tests and worker pools can replace them. */
export interface BuildDeps {
  extract: (text: string, path: string) => ExtractResult | Promise<ExtractResult>;
  qualityBar: number;
  classify: (q: Question) => QuestionInput['placements'];
  now: () => Date;
  onProgress?: (done: number, total: number, path: string) => void;
}

/** Default dependencies: the real extractor, catalog and exam specs (loaded on demand). */
export async function defaultBuildDeps(now: () => Date = () => new Date()): Promise<BuildDeps> {
  const [{ extract, QUALITY_BAR }, { loadCatalog, loadCerts }, { classify }] = await Promise.all([
    import('../extract/index.js'),
    import('../certs/data.js'),
    import('../certs/classify.js'),
  ]);
  const catalog = loadCatalog();
  const certs: CertSpec[] = loadCerts();
  return {
    extract: (text, path) => extract(text, path, catalog),
    qualityBar: QUALITY_BAR,
    classify: (q) => classify(q, certs),
    now,
  };
}

/** Build the bank from note files and folders. One bad file never aborts the build. */
export async function buildBank(bank: Bank, paths: string[], deps: BuildDeps): Promise<BuildSummary> {
  const started = performance.now();
  const { files, roots } = discoverNotes(paths);
  const known = new Map(listSources(bank.db).map((s) => [s.absPath, s]));
  const summary: BuildSummary = {
    files: files.length, built: 0, unchanged: 0, removed: 0, facts: 0, questions: 0,
    rejected: {}, byKind: {}, warnings: [], ms: 0, sources: [],
  };
  const seen = new Set<string>();
  let done = 0;
  for (const file of files) {
    seen.add(file.absPath);
    const content = readNote(file);
    const previous = known.get(file.absPath);
    if (previous && previous.status === 'active' && previous.hash === content.hash && previous.kind === 'notes') {
      summary.unchanged++;
      summary.warnings.push(...previous.warnings);
      summary.sources.push({ path: file.path, status: 'unchanged', questions: -1, warnings: previous.warnings });
    } else if (!content.ok) {
      replaceSource(bank.db, { absPath: file.absPath, path: file.path, kind: 'notes', hash: content.hash, size: content.size, facts: 0, warnings: [content.warning] }, [], deps.now());
      summary.warnings.push(content.warning);
      summary.sources.push({ path: file.path, status: 'skipped', questions: 0, warnings: [content.warning] });
    } else {
      let result: ExtractResult;
      try {
        result = await deps.extract(content.text, file.path);
      } catch (err) {
        // The extractor must not throw; if it does, the file is skipped, never the build.
        const warning = { path: file.path, line: 1, message: `could not extract: ${err instanceof Error ? err.message : String(err)}` };
        result = { questions: [], facts: 0, warnings: [warning] };
      }
      const inputs: QuestionInput[] = result.questions.map((q) => ({
        ...q,
        eligible: q.score >= deps.qualityBar,
        placements: q.score >= deps.qualityBar ? deps.classify(q) : [],
      }));
      replaceSource(bank.db, { absPath: file.absPath, path: file.path, kind: 'notes', hash: content.hash, size: content.size, facts: result.facts, warnings: result.warnings }, inputs, deps.now());
      summary.built++;
      summary.facts += result.facts;
      for (const q of inputs) {
        if (q.eligible) continue;
        const reason = q.reasons[0] ?? 'low-score';
        summary.rejected[reason] = (summary.rejected[reason] ?? 0) + 1;
      }
      summary.warnings.push(...result.warnings);
      summary.sources.push({ path: file.path, status: 'built', questions: inputs.filter((q) => q.eligible).length, warnings: result.warnings });
    }
    deps.onProgress?.(++done, files.length, file.path);
  }
  // Files that were under a built folder and are gone now: retire their questions.
  for (const s of known.values()) {
    if (s.kind !== 'notes' || s.status !== 'active' || seen.has(s.absPath)) continue;
    if (!roots.some((r) => s.absPath.startsWith(r))) continue;
    removeSource(bank.db, s.absPath, deps.now());
    summary.removed++;
    summary.sources.push({ path: s.path, status: 'removed', questions: 0, warnings: [] });
  }
  // Classification rules may have changed since the bank was written: place every question again.
  if (summary.unchanged > 0 || summary.removed > 0) {
    reclassify(bank.db, (q) => (q.eligible && !q.retired ? deps.classify(q) : []));
  }
  const counts = countQuestions(bank.db);
  summary.questions = counts.eligible;
  summary.byKind = counts.byKind;
  fillUnchangedCounts(bank, summary);
  summary.ms = Math.round(performance.now() - started);
  return summary;
}

/** Unchanged files report the eligible questions they already hold. */
function fillUnchangedCounts(bank: Bank, summary: BuildSummary): void {
  const stmt = bank.db.prepare('SELECT count(*) AS n FROM questions WHERE path = ? AND eligible = 1 AND retired = 0');
  for (const s of summary.sources) {
    if (s.questions === -1) s.questions = (stmt.get(s.path) as { n: number }).n;
  }
}
