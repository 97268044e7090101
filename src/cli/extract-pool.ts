/** A pool of worker threads running the extractor, so parsing uses every core while one thread writes. */
import { Worker } from 'node:worker_threads';
import type { ExtractResult } from '../extract/index.js';

/** Extraction spread over worker threads. */
export interface ExtractPool {
  extract(text: string, path: string): Promise<ExtractResult>;
  close(): Promise<void>;
}

interface Pending {
  resolve(r: ExtractResult): void;
  reject(e: Error): void;
}

/** The worker script next to this module, or undefined when running from TypeScript sources (tests). */
export function workerScript(): URL | undefined {
  return import.meta.url.endsWith('.js') ? new URL('./extract-worker.js', import.meta.url) : undefined;
}

/** Start `size` workers; jobs go to the least busy one. */
export function createExtractPool(size: number, script: URL): ExtractPool {
  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(script);
    worker.unref();
    return { worker, busy: 0 };
  });
  const pending = new Map<number, Pending>();
  let nextId = 0;
  for (const w of workers) {
    w.worker.on('message', (msg: { id: number; result?: ExtractResult; error?: string }) => {
      w.busy--;
      const p = pending.get(msg.id);
      pending.delete(msg.id);
      if (!p) return;
      if (msg.error !== undefined) p.reject(new Error(msg.error));
      else p.resolve(msg.result as ExtractResult);
    });
    w.worker.on('error', (err) => {
      for (const p of pending.values()) p.reject(err);
      pending.clear();
    });
  }
  return {
    extract(text, path) {
      const id = nextId++;
      const target = workers.reduce((a, b) => (b.busy < a.busy ? b : a));
      target.busy++;
      return new Promise<ExtractResult>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        target.worker.postMessage({ id, text, path });
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.worker.terminate()));
    },
  };
}
