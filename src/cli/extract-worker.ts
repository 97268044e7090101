/**
 * Worker thread body: extract questions from the note texts the build sends, one at a time, and
 * place the exam-eligible ones in their exams here too, so the writing thread only writes.
 */
import { parentPort } from 'node:worker_threads';
import { classify } from '../certs/classify.js';
import { loadCatalog, loadCerts } from '../certs/data.js';
import { extract, QUALITY_BAR } from '../extract/index.js';
import { pack, type PlacedResult } from './extract-pool.js';

const catalog = loadCatalog();
const certs = loadCerts();

parentPort?.on('message', (job: { id: number; text: string; path: string }) => {
  try {
    const found = extract(job.text, job.path, catalog);
    const result: PlacedResult = { ...found, placements: found.questions.map((q) => (q.score >= QUALITY_BAR ? classify(q, certs, catalog) : [])) };
    parentPort?.postMessage({ id: job.id, result: pack(result) });
  } catch (err) {
    parentPort?.postMessage({ id: job.id, error: err instanceof Error ? err.message : String(err) });
  }
});
