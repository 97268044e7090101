/** A pool of worker threads running the extractor, so parsing uses every core while one thread writes. */
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { Placement, Question, Warning } from '../core/types.js';
import type { ExtractResult } from '../extract/index.js';

/** An extraction with the exam placements of each question (empty when not eligible). */
export interface PlacedResult extends ExtractResult {
  placements?: Placement[][];
}

/**
 * A worker's result as it crosses threads: each question with its placements as one JSON text.
 * Results wait in the build's window until their turn to be written; as text they take a fraction
 * of the memory of the objects, and the writer makes each question's objects only as it writes
 * that question, so they never outlive it.
 */
export interface PackedResult {
  facts: number;
  warnings: Warning[];
  packed: string[];
}

/** What an extractor hands the build: a result as objects, or packed by a worker. */
export type PooledResult = PlacedResult | PackedResult;

/** A worker's side: pack a result for the trip to the writing thread. */
export function pack(result: PlacedResult): PackedResult {
  return { facts: result.facts, warnings: result.warnings, packed: result.questions.map((q, i) => JSON.stringify([q, result.placements?.[i]])) };
}

/** The writing thread's side: each question with its placements (undefined when the worker gave none), made one at a time. */
export function* unpacked(result: PooledResult): Generator<[Question, Placement[] | undefined]> {
  if ('packed' in result) {
    for (const text of result.packed) yield JSON.parse(text) as [Question, Placement[] | undefined];
  } else {
    for (let i = 0; i < result.questions.length; i++) yield [result.questions[i], result.placements?.[i]];
  }
}

/** Extraction spread over worker threads. */
export interface ExtractPool {
  extract(text: string, path: string): Promise<PooledResult>;
  close(): Promise<void>;
}

/** Options of a pool. */
export interface PoolOptions {
  /**
   * Old-generation heap of each worker in MB (default 160). A small heap makes the worker collect
   * garbage early, which keeps the build's peak memory low; a note too big for it is extracted on
   * the main thread instead (see `fallback`).
   */
  heapMb?: number;
  /** Extract on the calling thread: used for a job whose worker ran out of memory or crashed. */
  fallback: (text: string, path: string) => Promise<ExtractResult>;
  /**
   * Extract on the calling thread as one more worker (the thread that writes the bank): it takes a
   * waiting job when every worker holds all the jobs it may, and only one no longer than the text
   * each worker still has to extract, so no worker runs dry while this thread is busy.
   */
  local?: (text: string, path: string) => PooledResult;
}

interface Job {
  text: string;
  path: string;
  resolve(r: PooledResult): void;
  reject(e: Error): void;
}

interface Slot {
  worker: Worker;
  jobs: Map<number, Job>;
}

/** The worker script next to this module, or undefined when running from TypeScript sources (tests). */
export function workerScript(): URL | undefined {
  return import.meta.url.endsWith('.js') ? new URL('./extract-worker.js', import.meta.url) : undefined;
}

/**
 * Young-generation size of each worker in MB. Extraction allocates fast and keeps little: with 16 MB
 * and a 96 MB heap, building a 4 MB benchmark corpus took 63 s of CPU (mostly garbage collection
 * threads competing for 2 cores) against 48 s with these sizes, at about the same peak memory. With
 * 24 MB the 20 MB benchmark build peaked lower (371 and 381 MB against 391 to 458 MB) but took 1.71x
 * the bare parse instead of 1.39x to 1.49x, and 20 MB took more than 2.2x what 10 MB took.
 */
const YOUNG_MB = 48;

/**
 * Jobs a worker holds at once: the one it runs and the next, so it never waits for the main thread
 * between two notes. The rest wait in the pool, so a long note never holds short ones up behind it
 * while the other worker has nothing to do.
 */
const JOBS_PER_WORKER = 2;

/**
 * Each worker compiles the extractor's hot code for itself, so optimising compilation is paid once
 * per worker, and with inlining it cost about a quarter of a worker's CPU (many functions are
 * optimised again after a deoptimisation, each time with their callees inlined). Without inlining,
 * compiled code runs a few per cent slower but compiles far faster: on a 4 MB benchmark corpus two
 * workers took 27 s of CPU instead of 33 s, and 15 s instead of 18 s. The flag only changes how
 * V8 compiles, never what the code computes, and is read by each compile job as it starts.
 */
const COMPILER_FLAGS = '--no-turbo-inlining';

/**
 * How far V8 lets a heap grow past what its last full collection kept, once this thread extracts
 * too. The main thread's heap has no limit, so V8 lets it grow up to four times what it keeps: a
 * 20 MB benchmark build peaked at 458 and 472 MB that way, against 366 and 368 MB with 50% (and 77
 * to 79 s against 72 to 73 s). The flag is read at each collection, by every thread's heap.
 */
const LOCAL_HEAP_FLAGS = '--heap-growing-percent=50';

/**
 * Start `size` workers (at least one); a worker with room takes the oldest waiting job; a worker
 * that dies is replaced. With `local`, this thread takes jobs too when the workers are full.
 */
export function createExtractPool(size: number, script: URL, options: PoolOptions): ExtractPool {
  setFlagsFromString(COMPILER_FLAGS);
  if (options.local) setFlagsFromString(LOCAL_HEAP_FLAGS);
  const heapMb = options.heapMb ?? 160;
  let closed = false;
  let nextId = 0;
  const waiting: Array<{ id: number; job: Job }> = [];

  let localBusy = false;

  /** Run a job on this thread once the event loop is free (so results already in are written first). */
  const runLocal = (job: Job, local: NonNullable<PoolOptions['local']>) => {
    localBusy = true;
    setImmediate(() => {
      try {
        job.resolve(local(job.text, job.path));
      } catch (err) {
        job.reject(err instanceof Error ? err : new Error(String(err)));
      } finally {
        localBusy = false;
        dispatch();
      }
    });
  };

  /** Hand waiting jobs to the workers with room, least busy first, then maybe one to this thread. */
  const dispatch = () => {
    while (waiting.length > 0) {
      const target = slots.reduce((a, b) => (b.jobs.size < a.jobs.size ? b : a));
      if (target.jobs.size >= JOBS_PER_WORKER) break;
      const { id, job } = waiting.shift() as { id: number; job: Job };
      target.jobs.set(id, job);
      target.worker.postMessage({ id, text: job.text, path: job.path });
    }
    if (waiting.length === 0 || !options.local || localBusy || closed) return;
    // Every worker is full. The note text each still has to extract is that of its unanswered jobs.
    const queued = Math.min(...slots.map((s) => [...s.jobs.values()].reduce((n, j) => n + j.text.length, 0)));
    const at = waiting.findIndex((w) => w.job.text.length <= queued);
    if (at >= 0) runLocal(waiting.splice(at, 1)[0].job, options.local);
  };

  const start = (): Slot => {
    const slot: Slot = { worker: new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: YOUNG_MB } }), jobs: new Map() };
    slot.worker.unref();
    slot.worker.on('message', (msg: { id: number; result?: PooledResult; error?: string }) => {
      const job = slot.jobs.get(msg.id);
      slot.jobs.delete(msg.id);
      dispatch();
      if (!job) return;
      if (msg.error !== undefined) job.reject(new Error(msg.error));
      else job.resolve(msg.result as PooledResult);
    });
    // Out of memory or a crash: this worker's jobs run on the main thread; a fresh worker takes its place.
    const lost = () => {
      const jobs = [...slot.jobs.values()];
      slot.jobs.clear();
      const i = slots.indexOf(slot);
      if (i >= 0 && !closed) {
        slots[i] = start();
        dispatch();
      }
      for (const job of jobs) options.fallback(job.text, job.path).then(job.resolve, job.reject);
    };
    slot.worker.on('error', lost);
    slot.worker.on('exit', (code) => {
      if (code !== 0 || slot.jobs.size > 0) lost();
    });
    return slot;
  };

  const slots: Slot[] = Array.from({ length: Math.max(1, size) }, start);
  return {
    extract(text, path) {
      return new Promise<PooledResult>((resolve, reject) => {
        waiting.push({ id: nextId++, job: { text, path, resolve, reject } });
        dispatch();
      });
    },
    async close() {
      closed = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
