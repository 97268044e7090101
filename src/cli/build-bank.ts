/** The build: find notes, extract changed files, store each file in one transaction, re-classify. */
import { availableParallelism } from 'node:os';
import { dropLookupIndexes, ensureLookupIndexes, type Bank } from '../bank/db.js';
import { countQuestions, flushPendingLinks, listSources, reclassify, removeSource, replaceSource, type QuestionInput, type SourceRecord } from '../bank/questions.js';
import type { CertSpec, Question, Warning } from '../core/types.js';
import { getSetting, setSetting } from '../bank/settings.js';
import { createExtractPool, unpacked, workerScript, type PooledResult } from './extract-pool.js';
import { ruleSignatures, type RuleSignatures } from './rules.js';
import { discoverNotes, readNote, type NoteFile } from './notes.js';

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

/** Extraction as the build drives it: `window` files may be in flight at once. */
export interface Extractor {
  /** A result may carry its questions' placements already (worker threads classify too). */
  extract(text: string, path: string): PooledResult | Promise<PooledResult>;
  window: number;
  /**
   * Note text that may be in flight beyond `window` files (default 0): while a long note is
   * extracted, the notes after it keep the other workers busy (their results wait to be written in order).
   */
  aheadBytes?: number;
  /** Questions scoring at least this are exam-eligible. */
  qualityBar: number;
  close(): Promise<void>;
}

/** WAL pages between checkpoints during a build (SQLite's default is 1,000). */
const BUILD_CHECKPOINT_PAGES = 10_000;

/** Note text a worker pool may have in flight beyond its window of files: about two long notes. */
const AHEAD_BYTES = 1_000_000;

/**
 * Above this much text to extract, the build drops the lookup indexes while it writes and makes them
 * again at its end (see LOOKUP_INDEXES): for a 20 MB build that halves the writer's work, and making
 * them again costs about a second per 300,000 questions, which a small rebuild would not repay. It
 * also keeps the questions' topics and placements aside and writes them in one sorted pass at its
 * end (see flushPendingLinks): written file by file, each file's commit rewrote pages all over
 * their id-keyed tables.
 */
const BULK_BYTES = 4_000_000;

/** Above this much changed text, starting worker threads pays for itself. */
const POOL_THRESHOLD_BYTES = 1_500_000;

/** The pieces a build needs, injected so tests and worker pools can replace them. */
export interface BuildDeps {
  /** An extractor sized for this much text: in-process for a little, a worker pool for a lot. */
  extractor: (bytes: number) => Promise<Extractor>;
  classify: (q: Question) => QuestionInput['placements'];
  now: () => Date;
  onProgress?: (done: number, total: number, path: string) => void;
  /**
   * Signatures of the extraction and classification rules (default: both ''). A note built with
   * other extraction rules is extracted again; questions placed with other classification rules are
   * placed again, so improving the rules improves an existing bank.
   */
  rules?: RuleSignatures;
  /** Text to extract from which the lookup indexes are dropped while writing (default BULK_BYTES). */
  bulkBytes?: number;
}

/** The settings key holding the classification rules the bank's placements were made with. */
const CLASSIFY_RULES = 'classify-rules';

/** Default dependencies: the real extractor, catalog and exam specs (loaded on demand). */
export async function defaultBuildDeps(now: () => Date = () => new Date()): Promise<BuildDeps> {
  const [{ loadCatalog, loadCerts }, { classify }] = await Promise.all([import('../certs/data.js'), import('../certs/classify.js')]);
  const certs: CertSpec[] = loadCerts();
  return {
    extractor: async (bytes) => {
      const script = workerScript();
      const cores = availableParallelism();
      if (script && cores >= 2 && bytes >= POOL_THRESHOLD_BYTES) {
        const { extract, QUALITY_BAR } = await import('../extract/index.js');
        let catalog: ReturnType<typeof loadCatalog> | undefined;
        const local = (text: string, path: string) => extract(text, path, (catalog ??= loadCatalog()));
        // On two cores one worker extracts, and this thread extracts too between its writes: one
        // heap fewer than two workers beside the writer, in about the same time (see LOCAL_HEAP_FLAGS).
        const pool = createExtractPool(cores === 2 ? 1 : cores, script, {
          fallback: async (text, path) => local(text, path),
          ...(cores === 2 ? { local } : {}),
        });
        return { extract: pool.extract, window: cores * 3, aheadBytes: AHEAD_BYTES, qualityBar: QUALITY_BAR, close: pool.close };
      }
      // A no-op rebuild never loads the markdown parser at all.
      if (bytes === 0) return { extract: () => ({ questions: [], facts: 0, warnings: [] }), window: 1, qualityBar: 1, close: async () => {} };
      const { extract, QUALITY_BAR } = await import('../extract/index.js');
      const catalog = loadCatalog();
      return { extract: (text, path) => extract(text, path, catalog), window: 1, qualityBar: QUALITY_BAR, close: async () => {} };
    },
    classify: (q) => classify(q, certs),
    now,
    rules: ruleSignatures(),
  };
}

/** One file's fate in a build, decided before any extraction starts. */
type Plan =
  | { file: NoteFile; action: 'unchanged'; previous: SourceRecord }
  | { file: NoteFile; action: 'skip'; hash: string; size: number; warning: Warning }
  | { file: NoteFile; action: 'extract'; hash: string; size: number };

/** Build the bank from note files and folders. One bad file never aborts the build. */
export async function buildBank(bank: Bank, paths: string[], deps: BuildDeps): Promise<BuildSummary> {
  const started = performance.now();
  const { files, roots } = discoverNotes(paths);
  const known = new Map(listSources(bank.db).map((s) => [s.absPath, s]));
  const summary: BuildSummary = {
    files: files.length, built: 0, unchanged: 0, removed: 0, facts: 0, questions: 0,
    rejected: {}, byKind: {}, warnings: [], ms: 0, sources: [],
  };
  // Files imported as question banks belong to "awsq import": a build never extracts, replaces or retires them.
  const imported = new Set([...known.values()].filter((s) => s.kind === 'import').map((s) => s.absPath));
  const noteFiles = files.filter((f) => !imported.has(f.absPath));
  summary.files = noteFiles.length;
  const rules = deps.rules ?? { extract: '', classify: '' };
  const plans: Plan[] = noteFiles.map((file) => {
    const content = readNote(file);
    const previous = known.get(file.absPath);
    if (previous && previous.status === 'active' && previous.kind === 'notes' && previous.hash === content.hash && previous.rules === rules.extract) {
      return { file, action: 'unchanged', previous };
    }
    if (!content.ok) return { file, action: 'skip', hash: content.hash, size: content.size, warning: content.warning };
    // The text is read again when its turn to be extracted comes: a big build never holds every note at once.
    return { file, action: 'extract', hash: content.hash, size: content.size };
  });
  const extractBytes = plans.reduce((n, p) => n + (p.action === 'extract' ? p.size : 0), 0);
  const extractor = await deps.extractor(extractBytes);
  // Fewer, larger WAL checkpoints while a build writes (each one syncs the file): about 40 MB at a time.
  bank.db.pragma(`wal_autocheckpoint = ${BUILD_CHECKPOINT_PAGES}`);
  // Each question's upsert runs with a statement journal (it may abort on a constraint), which copies
  // every page the statement touches. Beyond 64 KB SQLite spills that journal to a temporary file by
  // default: two write calls per page, and half the writer's time on a large build. In memory it is
  // a copy only.
  bank.db.pragma('temp_store = MEMORY');
  const bulk = extractBytes > 0 && extractBytes >= (deps.bulkBytes ?? BULK_BYTES);
  if (bulk) dropLookupIndexes(bank.db);
  try {
    // Extraction runs ahead in a bounded window (in workers when there are any); writes stay in file order.
    const start = (plan: Plan): Promise<PooledResult | undefined> => {
      if (plan.action !== 'extract') return Promise.resolve(undefined);
      const content = readNote(plan.file);
      if (!content.ok) return Promise.resolve({ questions: [], facts: 0, warnings: [content.warning] });
      // Changed since it was planned: the stored hash is that of the text extracted.
      plan.hash = content.hash;
      plan.size = content.size;
      return Promise.resolve()
        .then(() => extractor.extract(content.text, plan.file.path))
        .catch((err: unknown) => ({
          // The extractor must not throw; if it does, the file is skipped, never the build.
          questions: [],
          facts: 0,
          warnings: [{ path: plan.file.path, line: 1, message: `could not extract: ${err instanceof Error ? err.message : String(err)}` }],
        }));
    };
    const window: Array<Promise<PooledResult | undefined>> = [];
    const sizes: number[] = [];
    let next = 0;
    let ahead = 0;
    const fill = () => {
      while (next < plans.length && (window.length < extractor.window || ahead < (extractor.aheadBytes ?? 0))) {
        const plan = plans[next++];
        const size = plan.action === 'extract' ? plan.size : 0;
        window.push(start(plan));
        sizes.push(size);
        ahead += size;
      }
    };
    fill();
    for (let i = 0; i < plans.length; i++) {
      const result = await window.shift();
      ahead -= sizes.shift() ?? 0;
      fill();
      store(bank, plans[i], result, extractor.qualityBar, deps, rules.extract, summary, bulk);
      deps.onProgress?.(i + 1, plans.length, plans[i].file.path);
    }
  } finally {
    await extractor.close();
    // Sorts that outgrow SQLite's cache go to temporary files again, not memory.
    bank.db.pragma('temp_store = DEFAULT');
    if (bulk) {
      // Topics and placements first, while their lookup indexes are still to be made.
      flushPendingLinks(bank.db);
      ensureLookupIndexes(bank.db);
    }
    bank.db.pragma('wal_autocheckpoint = 1000');
  }
  const seen = new Set(files.map((f) => f.absPath));
  // Files that were under a built folder and are gone now: retire their questions.
  for (const s of known.values()) {
    if (s.kind !== 'notes' || s.status !== 'active' || seen.has(s.absPath)) continue;
    if (!roots.some((r) => s.absPath.startsWith(r))) continue;
    removeSource(bank.db, s.absPath, deps.now());
    summary.removed++;
    summary.sources.push({ path: s.path, status: 'removed', questions: 0, warnings: [] });
  }
  // Questions placed with other classification rules than this awsq's are placed again. Questions
  // extracted in this build were placed with the current rules already, so a bank whose every note
  // was just (re)built needs no second pass.
  const extracted = new Set(plans.filter((p) => p.action !== 'unchanged').map((p) => p.file.absPath));
  const placedBefore = [...known.values()].some((s) => s.kind === 'notes' && s.status === 'active' && !extracted.has(s.absPath));
  if (getSetting(bank.db, CLASSIFY_RULES) !== rules.classify) {
    if (placedBefore) {
      // Imported questions keep the placements their import gave them (which honour "awsq import --cert").
      reclassify(bank.db, (q) => (q.origin === 'imported' ? q.placements : q.eligible && !q.retired ? deps.classify(q) : []));
    }
    setSetting(bank.db, CLASSIFY_RULES, rules.classify);
  }
  const counts = countQuestions(bank.db);
  summary.questions = counts.eligible;
  summary.byKind = counts.byKind;
  fillUnchangedCounts(bank, summary);
  summary.ms = Math.round(performance.now() - started);
  return summary;
}

/** Write one planned file (one transaction) and account for it in the summary. */
function store(bank: Bank, plan: Plan, result: PooledResult | undefined, bar: number, deps: BuildDeps, rules: string, summary: BuildSummary, bulk: boolean): void {
  const { file } = plan;
  if (plan.action === 'unchanged') {
    summary.unchanged++;
    summary.warnings.push(...plan.previous.warnings);
    summary.sources.push({ path: file.path, status: 'unchanged', questions: -1, warnings: plan.previous.warnings });
    return;
  }
  const base = { absPath: file.absPath, path: file.path, kind: 'notes' as const, hash: plan.hash, size: plan.size, rules };
  if (plan.action === 'skip' || !result) {
    const warnings = plan.action === 'skip' ? [plan.warning] : [];
    replaceSource(bank.db, { ...base, facts: 0, warnings }, [], deps.now(), { deferLinks: bulk });
    summary.warnings.push(...warnings);
    summary.sources.push({ path: file.path, status: 'skipped', questions: 0, warnings });
    return;
  }
  // Each question is unpacked as it is written and accounted for on the way.
  const found = result;
  let eligibleCount = 0;
  function* inputs(): Generator<QuestionInput> {
    for (const [q, placed] of unpacked(found)) {
      const eligible = q.score >= bar;
      if (eligible) eligibleCount++;
      else {
        const reason = q.reasons[0] ?? 'low-score';
        summary.rejected[reason] = (summary.rejected[reason] ?? 0) + 1;
      }
      yield { ...q, eligible, placements: eligible ? (placed ?? deps.classify(q)) : [] };
    }
  }
  replaceSource(bank.db, { ...base, facts: result.facts, warnings: result.warnings }, inputs(), deps.now(), { deferLinks: bulk });
  summary.built++;
  summary.facts += result.facts;
  summary.warnings.push(...result.warnings);
  summary.sources.push({ path: file.path, status: 'built', questions: eligibleCount, warnings: result.warnings });
}

/** Unchanged files report the eligible questions they already hold. */
function fillUnchangedCounts(bank: Bank, summary: BuildSummary): void {
  // Counted per source id over the covering index (source_id, eligible, retired), then named.
  const rows = bank.db
    .prepare(
      'SELECT s.path AS path, c.n AS n FROM (SELECT source_id, count(*) AS n FROM questions INDEXED BY questions_source WHERE eligible = 1 AND retired = 0 GROUP BY source_id) c JOIN sources s ON s.id = c.source_id',
    )
    .all() as Array<{ path: string; n: number }>;
  const counts = new Map(rows.map((r) => [r.path, r.n]));
  for (const s of summary.sources) {
    if (s.questions === -1) s.questions = counts.get(s.path) ?? 0;
  }
}
