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

/** A stand-in worker: answers with the path it was given (after `delayMs`), dies on 'crash', throws on 'throw'. */
function fakeWorker(delayMs = 0): URL {
  const dir = mkdtempSync(join(tmpdir(), 'awsq-pool-'));
  const file = join(dir, 'worker.mjs');
  writeFileSync(
    file,
    `import { parentPort } from 'node:worker_threads';
parentPort.on('message', ({ id, text, path }) => {
  if (path === 'crash') process.exit(3);
  if (path === 'throw') { parentPort.postMessage({ id, error: 'bad note' }); return; }
  setTimeout(() => parentPort.postMessage({ id, result: { facts: [], candidates: [], warnings: [text + ':worker'] } }), ${delayMs});
});
`,
  );
  return pathToFileURL(file);
}

const fallback = async (text: string): Promise<ExtractResult> =>
  ({ facts: [], candidates: [], warnings: [text + ':fallback'] }) as unknown as ExtractResult;

/** This thread's extraction as a stand-in: marks its results and records the texts it was given. */
function localExtractor() {
  const texts: string[] = [];
  const local = (text: string): ExtractResult => {
    if (text === 'boom') throw new Error('local failure');
    texts.push(text);
    return { questions: [], facts: 0, warnings: [{ path: 'x', line: 1, message: text + ':local' }] };
  };
  return { texts, local };
}

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

  it('lets V8 grow heaps by half at most once this thread extracts too, and only then', async () => {
    vi.mocked(setFlagsFromString).mockClear();
    const plain = createExtractPool(1, fakeWorker(), { fallback });
    await plain.close();
    expect(setFlagsFromString).not.toHaveBeenCalledWith('--heap-growing-percent=50');
    const withLocal = createExtractPool(1, fakeWorker(), { fallback, local: localExtractor().local });
    await withLocal.close();
    expect(setFlagsFromString).toHaveBeenCalledWith('--heap-growing-percent=50');
  });

  it('runs a job on this thread only while the worker is full, and none longer than the text the worker holds', async () => {
    const { texts, local } = localExtractor();
    const pool = createExtractPool(1, fakeWorker(150), { fallback, local });
    try {
      // The worker takes "aaaa" and "bbbb" (8 characters); this thread takes "cc", then "e", never the 10 "d"s.
      const jobs = ['aaaa', 'bbbb', 'cc', 'dddddddddd', 'e'];
      const results = await Promise.all(jobs.map((t) => pool.extract(t, `${t}.md`)));
      const said = results.map((r) => String((r.warnings[0] as unknown as { message?: string }).message ?? r.warnings[0]));
      expect(said).toEqual(['aaaa:worker', 'bbbb:worker', 'cc:local', 'dddddddddd:worker', 'e:local']);
      expect(texts).toEqual(['cc', 'e']);
    } finally {
      await pool.close();
    }
  });

  it('never runs a job on this thread without the local option', async () => {
    const pool = createExtractPool(1, fakeWorker(50), { fallback });
    try {
      const results = await Promise.all(['a', 'b', 'c', 'd'].map((t) => pool.extract(t, `${t}.md`)));
      expect(results.map((r) => r.warnings[0])).toEqual(['a:worker', 'b:worker', 'c:worker', 'd:worker']);
    } finally {
      await pool.close();
    }
  });

  it('passes an error of this thread\'s extraction on to that job alone', async () => {
    const { local } = localExtractor();
    const pool = createExtractPool(1, fakeWorker(150), { fallback, local });
    try {
      const [a, b, boom] = [pool.extract('aaaa', 'a.md'), pool.extract('bbbb', 'b.md'), pool.extract('boom', 'boom.md')];
      await expect(boom).rejects.toThrow('local failure');
      expect((await a).warnings[0]).toBe('aaaa:worker');
      expect((await b).warnings[0]).toBe('bbbb:worker');
      const after = await pool.extract('c', 'c.md');
      expect(after.warnings[0]).toBeDefined();
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
