import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getQuestion, listQuestions, listSources } from '../../src/bank/questions.js';
import { buildBank, type BuildDeps } from '../../src/cli/build-bank.js';
import type { Question } from '../../src/core/types.js';
import { memoryBank } from '../bank/helpers.js';

/** A stand-in extractor: one question per "- Q: name" line; "- BOOM" throws. */
function fakeDeps(calls: string[] = [], rules?: BuildDeps['rules'], domain = 1, placed: string[] = []): BuildDeps {
  const extract = (text: string, path: string) => {
    calls.push(path);
    if (text.includes('BOOM')) throw new Error('extractor bug');
    const questions: Question[] = [];
    text.split('\n').forEach((line, i) => {
      const m = /^- Q: (\w+)/.exec(line);
      if (!m) return;
      questions.push({
        id: `id-${m[1]}`, kind: 'definition', stem: `Which thing is ${m[1]}?`, options: ['a', 'b', 'c', 'd'], answers: [0],
        explanation: line, source: { path, line: i + 1, endLine: i + 1, headings: [] }, topics: [], score: m[1].startsWith('bad') ? 0.1 : 0.9,
        reasons: m[1].startsWith('bad') ? ['fragment'] : [], fingerprint: `fp-${m[1]}`, origin: 'extracted',
      });
    });
    return { questions, facts: questions.length, warnings: [] };
  };
  return {
    extractor: async () => ({ extract, window: 1, qualityBar: 0.5, close: async () => {} }),
    classify: (q) => {
      placed.push(q.id);
      return [{ cert: 'DVA-C02', domain }];
    },
    now: () => new Date('2026-01-01T00:00:00Z'),
    rules,
  };
}

function notesDir(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'awsq-build-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

describe('buildBank', () => {
  it('stores eligible and rejected questions and summarises them', async () => {
    const bank = memoryBank();
    const dir = notesDir({ 'a/one.md': '- Q: alpha\n- Q: badbeta\n', 'two.md': '- Q: gamma\n' });
    const s = await buildBank(bank, [dir], fakeDeps());
    expect({ files: s.files, built: s.built, questions: s.questions, rejected: s.rejected }).toEqual({
      files: 2, built: 2, questions: 2, rejected: { fragment: 1 },
    });
    expect(listQuestions(bank.db).map((q) => q.source.path)).toEqual(['a/one.md', 'two.md']);
  });

  it('re-extracts only files whose content changed', async () => {
    const bank = memoryBank();
    const dir = notesDir({ 'one.md': '- Q: alpha\n', 'two.md': '- Q: gamma\n' });
    await buildBank(bank, [dir], fakeDeps());
    writeFileSync(join(dir, 'two.md'), '- Q: gamma\n- Q: delta\n');
    const calls: string[] = [];
    const s = await buildBank(bank, [dir], fakeDeps(calls));
    expect({ calls, unchanged: s.unchanged, questions: s.questions }).toEqual({ calls: ['two.md'], unchanged: 1, questions: 3 });
  });

  it('skips empty, binary and non-UTF-8 files with file:line warnings and builds the rest', async () => {
    const bank = memoryBank();
    const dir = notesDir({
      'empty.md': '',
      'binary.md': Buffer.from([0x41, 0x00, 0x42]),
      'latin1.md': Buffer.from([0x2d, 0x20, 0xe9, 0x0a]),
      'good.md': '- Q: alpha\n',
    });
    const s = await buildBank(bank, [dir], fakeDeps());
    expect(s.warnings.map((w) => `${w.path}:${w.line}`).sort()).toEqual(['binary.md:1', 'empty.md:1', 'latin1.md:1']);
    expect(s.questions).toBe(1);
  });

  it('extracts a note as it reads when its turn comes, and stores the hash of that text', async () => {
    const bank = memoryBank();
    const dir = notesDir({ 'one.md': '- Q: alpha\n' });
    const deps = fakeDeps();
    const make = deps.extractor;
    // The note changes after the build planned it and before its extraction starts.
    deps.extractor = async (bytes) => {
      writeFileSync(join(dir, 'one.md'), '- Q: alpha\n- Q: beta\n');
      return make(bytes);
    };
    const s = await buildBank(bank, [dir], deps);
    expect(s.questions).toBe(2);
    const calls: string[] = [];
    const again = await buildBank(bank, [dir], fakeDeps(calls));
    expect({ calls, unchanged: again.unchanged }).toEqual({ calls: [], unchanged: 1 });
  });

  it('writes results a worker packed as text the same as results given as objects', async () => {
    const { pack } = await import('../../src/cli/extract-pool.js');
    const bank = memoryBank();
    const dir = notesDir({ 'one.md': '- Q: alpha\n- Q: badbeta\n' });
    const deps = fakeDeps();
    const make = deps.extractor;
    deps.extractor = async (bytes) => {
      const inner = await make(bytes);
      return { ...inner, extract: async (text: string, path: string) => pack({ ...(await inner.extract(text, path)), placements: [[{ cert: 'SAA-C03', domain: 2 }], []] }) };
    };
    const s = await buildBank(bank, [dir], deps);
    expect({ questions: s.questions, rejected: s.rejected }).toEqual({ questions: 1, rejected: { fragment: 1 } });
    expect(getQuestion(bank.db, 'id-alpha')).toMatchObject({ stem: 'Which thing is alpha?', placements: [{ cert: 'SAA-C03', domain: 2 }] });
  });

  it('keeps building when the extractor throws on one file', async () => {
    const bank = memoryBank();
    const dir = notesDir({ 'bad.md': '- BOOM\n', 'good.md': '- Q: alpha\n' });
    const s = await buildBank(bank, [dir], fakeDeps());
    expect({ questions: s.questions, warning: s.warnings[0]?.message }).toEqual({ questions: 1, warning: 'could not extract: extractor bug' });
  });

  it('retires the questions of a deleted file that have history and deletes the others', async () => {
    const bank = memoryBank();
    const dir = notesDir({ 'one.md': '- Q: alpha\n- Q: beta\n', 'two.md': '- Q: gamma\n' });
    await buildBank(bank, [dir], fakeDeps());
    bank.db.prepare("INSERT INTO reviews (question_id, at, correct, context) VALUES ('id-alpha', '2026-01-01', 1, 'drill')").run();
    rmSync(join(dir, 'one.md'));
    const s = await buildBank(bank, [dir], fakeDeps());
    expect(s.removed).toBe(1);
    expect(getQuestion(bank.db, 'id-alpha')?.retired).toBe(true);
    expect(getQuestion(bank.db, 'id-beta')).toBeUndefined();
    expect(listSources(bank.db).find((x) => x.path === 'one.md')?.status).toBe('removed');
  });

  it('keeps question ids when a note moves to another file', async () => {
    const bank = memoryBank();
    const dir = notesDir({ 'one.md': '- Q: alpha\n' });
    await buildBank(bank, [dir], fakeDeps());
    bank.db.prepare("INSERT INTO reviews (question_id, at, correct, context) VALUES ('id-alpha', '2026-01-01', 1, 'drill')").run();
    rmSync(join(dir, 'one.md'));
    writeFileSync(join(dir, 'moved.md'), '# moved\n- Q: alpha\n');
    await buildBank(bank, [dir], fakeDeps());
    expect(getQuestion(bank.db, 'id-alpha')).toMatchObject({ retired: false, source: { path: 'moved.md' } });
  });

  it('redoes nothing for unchanged notes while the rules are the same', async () => {
    const bank = memoryBank();
    const dir = notesDir({ 'one.md': '- Q: alpha\n', 'two.md': '- Q: gamma\n' });
    const rules = { extract: 'e1', classify: 'c1' };
    await buildBank(bank, [dir], fakeDeps([], rules));
    const calls: string[] = [];
    const placed: string[] = [];
    const s = await buildBank(bank, [dir], fakeDeps(calls, rules, 1, placed));
    expect({ calls, placed, unchanged: s.unchanged, questions: s.questions }).toEqual({ calls: [], placed: [], unchanged: 2, questions: 2 });
    expect(s.sources.map((x) => x.questions)).toEqual([1, 1]);
  });

  it('extracts every note again when the extraction rules changed', async () => {
    const bank = memoryBank();
    const dir = notesDir({ 'one.md': '- Q: alpha\n', 'two.md': '- Q: gamma\n' });
    await buildBank(bank, [dir], fakeDeps([], { extract: 'e1', classify: 'c1' }));
    const calls: string[] = [];
    const s = await buildBank(bank, [dir], fakeDeps(calls, { extract: 'e2', classify: 'c1' }));
    expect({ calls: calls.sort(), built: s.built, unchanged: s.unchanged }).toEqual({ calls: ['one.md', 'two.md'], built: 2, unchanged: 0 });
    const again: string[] = [];
    await buildBank(bank, [dir], fakeDeps(again, { extract: 'e2', classify: 'c1' }));
    expect(again).toEqual([]);
  });

  it('places every question again when the classification rules changed, and only then', async () => {
    const bank = memoryBank();
    const dir = notesDir({ 'one.md': '- Q: alpha\n', 'two.md': '- Q: gamma\n' });
    await buildBank(bank, [dir], fakeDeps([], { extract: 'e1', classify: 'c1' }, 1));
    const placed: string[] = [];
    await buildBank(bank, [dir], fakeDeps([], { extract: 'e1', classify: 'c2' }, 3, placed));
    expect(placed.sort()).toEqual(['id-alpha', 'id-gamma']);
    expect(getQuestion(bank.db, 'id-alpha')?.placements).toEqual([{ cert: 'DVA-C02', domain: 3 }]);
    const again: string[] = [];
    await buildBank(bank, [dir], fakeDeps([], { extract: 'e1', classify: 'c2' }, 4, again));
    expect(again).toEqual([]);
    expect(getQuestion(bank.db, 'id-alpha')?.placements).toEqual([{ cert: 'DVA-C02', domain: 3 }]);
  });

  it('keeps the placements an extractor already made (worker threads classify) and classifies the rest', async () => {
    const bank = memoryBank();
    const dir = notesDir({ 'one.md': '- Q: alpha\n', 'two.md': '- Q: gamma\n' });
    const placed: string[] = [];
    const deps = fakeDeps([], undefined, 1, placed);
    const inner = await deps.extractor(0);
    deps.extractor = async () => ({
      ...inner,
      extract: async (text, path) => {
        const r = await inner.extract(text, path);
        return path === 'one.md' ? { ...r, placements: r.questions.map(() => [{ cert: 'SAA-C03', domain: 2 }]) } : r;
      },
    });
    await buildBank(bank, [dir], deps);
    expect(placed).toEqual(['id-gamma']);
    expect(getQuestion(bank.db, 'id-alpha')?.placements).toEqual([{ cert: 'SAA-C03', domain: 2 }]);
    expect(getQuestion(bank.db, 'id-gamma')?.placements).toEqual([{ cert: 'DVA-C02', domain: 1 }]);
  });

  it('takes a retired question out of every exam', async () => {
    const bank = memoryBank();
    const dir = notesDir({ 'one.md': '- Q: alpha\n', 'two.md': '- Q: gamma\n' });
    await buildBank(bank, [dir], fakeDeps());
    bank.db.prepare("INSERT INTO reviews (question_id, at, correct, context) VALUES ('id-alpha', '2026-01-01', 1, 'drill')").run();
    rmSync(join(dir, 'one.md'));
    await buildBank(bank, [dir], fakeDeps());
    const n = bank.db.prepare("SELECT count(*) AS n FROM placements WHERE question_id = 'id-alpha'").get() as { n: number };
    expect(n.n).toBe(0);
    expect(getQuestion(bank.db, 'id-gamma')?.placements).toEqual([{ cert: 'DVA-C02', domain: 1 }]);
  });

  it('does not retire files outside the folders being built', async () => {
    const bank = memoryBank();
    const a = notesDir({ 'one.md': '- Q: alpha\n' });
    const b = notesDir({ 'two.md': '- Q: beta\n' });
    await buildBank(bank, [a], fakeDeps());
    const s = await buildBank(bank, [b], fakeDeps());
    expect({ removed: s.removed, questions: s.questions }).toEqual({ removed: 0, questions: 2 });
  });
});

describe('the lookup indexes during a build', () => {
  const lookups = (bank: ReturnType<typeof memoryBank>) =>
    (bank.db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name IN ('question_topics_topic', 'placements_cert', 'questions_fingerprint', 'questions_stem_key') ORDER BY name").all() as Array<{ name: string }>).map((r) => r.name);
  /** fakeDeps whose extractor records the lookup indexes there are when each note is extracted. */
  const watching = (bank: ReturnType<typeof memoryBank>, seen: string[][], bulkBytes?: number): BuildDeps => {
    const deps = fakeDeps();
    const made = deps.extractor;
    return {
      ...deps,
      bulkBytes,
      extractor: async (bytes) => {
        const x = await made(bytes);
        return { ...x, extract: (text: string, path: string) => (seen.push(lookups(bank)), x.extract(text, path)) };
      },
    };
  };
  const placements = (bank: ReturnType<typeof memoryBank>) => bank.db.prepare('SELECT question_id, cert, domain FROM placements ORDER BY question_id').all();

  it('are dropped while a large build writes and made again at its end, with the same placements as a small build', async () => {
    const dir = notesDir({ 'one.md': '- Q: alpha\n- Q: beta\n', 'two.md': '- Q: gamma\n' });
    const [large, small] = [memoryBank(), memoryBank()];
    const seen: string[][] = [];
    await buildBank(large, [dir], watching(large, seen, 1));
    await buildBank(small, [dir], fakeDeps());
    expect(seen[0]).toEqual([]);
    expect(lookups(large)).toEqual(['placements_cert', 'question_topics_topic', 'questions_fingerprint', 'questions_stem_key']);
    expect(placements(large)).toEqual(placements(small));
    expect(placements(large)).toHaveLength(3);
    // Topics too, kept aside while the large build wrote and written at its end.
    const topics = (bank: ReturnType<typeof memoryBank>) => bank.db.prepare('SELECT question_id, topic FROM question_topics ORDER BY 1, 2').all();
    expect(topics(large)).toEqual(topics(small));
    expect(large.db.prepare('SELECT count(*) AS n FROM pending_links').get()).toEqual({ n: 0 });
    rmSync(dir, { recursive: true, force: true });
  });

  it('stay while a small build writes', async () => {
    const dir = notesDir({ 'one.md': '- Q: alpha\n' });
    const bank = memoryBank();
    const seen: string[][] = [];
    await buildBank(bank, [dir], watching(bank, seen));
    expect(seen[0]).toEqual(['placements_cert', 'question_topics_topic', 'questions_fingerprint', 'questions_stem_key']);
    rmSync(dir, { recursive: true, force: true });
  });
});
