import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { describe, expect, it, vi } from 'vitest';
import { createExtractPool } from '../../src/cli/extract-pool.js';
import type { ExtractResult } from '../../src/extract/index.js';

// Compiler flags are process-wide: the test process records them instead of taking them.
vi.mock('node:v8', async (original) => ({ ...(await original<typeof import('node:v8')>()), setFlagsFromString: vi.fn() }));

/** A stand-in worker: answers with the path it was given, dies on 'crash', throws on 'throw'. */
function fakeWorker(): URL {
  const dir = mkdtempSync(join(tmpdir(), 'awsq-pool-'));
  const file = join(dir, 'worker.mjs');
  writeFileSync(
    file,
    `import { parentPort } from 'node:worker_threads';
parentPort.on('message', ({ id, text, path }) => {
  if (path === 'crash') process.exit(3);
  if (path === 'throw') { parentPort.postMessage({ id, error: 'bad note' }); return; }
  parentPort.postMessage({ id, result: { facts: [], candidates: [], warnings: [text + ':worker'] } });
});
`,
  );
  return pathToFileURL(file);
}

const fallback = async (text: string): Promise<ExtractResult> =>
  ({ facts: [], candidates: [], warnings: [text + ':fallback'] }) as unknown as ExtractResult;

describe('extract pool', () => {
  it('turns off inlining in the optimising compiler before its workers start', async () => {
    vi.mocked(setFlagsFromString).mockClear();
    const pool = createExtractPool(1, fakeWorker(), { fallback });
    try {
      expect(setFlagsFromString).toHaveBeenCalledWith('--no-turbo-inlining');
    } finally {
      await pool.close();
    }
  });

  it('spreads jobs over workers and returns each job its own result', async () => {
    const pool = createExtractPool(2, fakeWorker(), { fallback });
    try {
      const results = await Promise.all(['a', 'b', 'c', 'd', 'e'].map((t) => pool.extract(t, `${t}.md`)));
      expect(results.map((r) => r.warnings[0])).toEqual(['a:worker', 'b:worker', 'c:worker', 'd:worker', 'e:worker']);
    } finally {
      await pool.close();
    }
  });

  it('runs the jobs of a worker that died on the main thread and keeps working with a new worker', async () => {
    const pool = createExtractPool(1, fakeWorker(), { fallback });
    try {
      const crashed = await pool.extract('x', 'crash');
      expect(crashed.warnings[0]).toBe('x:fallback');
      const after = await pool.extract('y', 'y.md');
      expect(after.warnings[0]).toBe('y:worker');
    } finally {
      await pool.close();
    }
  });

  it('passes an extraction error on to the caller', async () => {
    const pool = createExtractPool(1, fakeWorker(), { fallback });
    try {
      await expect(pool.extract('z', 'throw')).rejects.toThrow('bad note');
    } finally {
      await pool.close();
    }
  });
});
