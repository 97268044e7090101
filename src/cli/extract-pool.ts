/** A pool of worker threads running the extractor, so parsing uses every core while one thread writes. */
import { Worker } from 'node:worker_threads';
import type { Placement } from '../core/types.js';
import type { ExtractResult } from '../extract/index.js';

/** A worker's result: the extraction, and the exam placements of each question (empty when not eligible). */
export interface PooledResult extends ExtractResult {
  placements?: Placement[][];
}

/** Extraction spread over worker threads. */
export interface ExtractPool {
  extract(text: string, path: string): Promise<PooledResult>;
  close(): Promise<void>;
}

/** Options of a pool. */
export interface PoolOptions {
  /**
   * Old-generation heap of each worker in MB (default 96). A small heap makes the worker collect
   * garbage early, which keeps the build's peak memory low; a note too big for it is extracted on
   * the main thread instead (see `fallback`).
   */
  heapMb?: number;
  /** Extract on the calling thread: used for a job whose worker ran out of memory or crashed. */
  fallback: (text: string, path: string) => Promise<ExtractResult>;
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

/** Young-generation size of each worker in MB: V8's default for a large machine is several times this, for little gain. */
const YOUNG_MB = 16;

/** Start `size` workers; jobs go to the least busy one; a worker that dies is replaced. */
export function createExtractPool(size: number, script: URL, options: PoolOptions): ExtractPool {
  const heapMb = options.heapMb ?? 96;
  let closed = false;
  let nextId = 0;

  const start = (): Slot => {
    const slot: Slot = { worker: new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: YOUNG_MB } }), jobs: new Map() };
    slot.worker.unref();
    slot.worker.on('message', (msg: { id: number; result?: PooledResult; error?: string }) => {
      const job = slot.jobs.get(msg.id);
      slot.jobs.delete(msg.id);
      if (!job) return;
      if (msg.error !== undefined) job.reject(new Error(msg.error));
      else job.resolve(msg.result as PooledResult);
    });
    // Out of memory or a crash: this worker's jobs run on the main thread; a fresh worker takes its place.
    const lost = () => {
      const jobs = [...slot.jobs.values()];
      slot.jobs.clear();
      const i = slots.indexOf(slot);
      if (i >= 0 && !closed) slots[i] = start();
      for (const job of jobs) options.fallback(job.text, job.path).then(job.resolve, job.reject);
    };
    slot.worker.on('error', lost);
    slot.worker.on('exit', (code) => {
      if (code !== 0 || slot.jobs.size > 0) lost();
    });
    return slot;
  };

  const slots: Slot[] = Array.from({ length: size }, start);
  return {
    extract(text, path) {
      const id = nextId++;
      const target = slots.reduce((a, b) => (b.jobs.size < a.jobs.size ? b : a));
      return new Promise<PooledResult>((resolve, reject) => {
        target.jobs.set(id, { text, path, resolve, reject });
        target.worker.postMessage({ id, text, path });
      });
    },
    async close() {
      closed = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
