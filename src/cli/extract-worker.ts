/** Worker thread body: extract questions from the note texts the build sends, one at a time. */
import { parentPort } from 'node:worker_threads';
import { loadCatalog } from '../certs/data.js';
import { extract } from '../extract/index.js';

const catalog = loadCatalog();

parentPort?.on('message', (job: { id: number; text: string; path: string }) => {
  try {
    parentPort?.postMessage({ id: job.id, result: extract(job.text, job.path, catalog) });
  } catch (err) {
    parentPort?.postMessage({ id: job.id, error: err instanceof Error ? err.message : String(err) });
  }
});
