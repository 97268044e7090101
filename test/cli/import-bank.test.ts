import { copyFileSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Bank } from '../../src/bank/db.js';
import { listQuestions, listSources, replaceSource } from '../../src/bank/questions.js';
import { buildBank, type BuildDeps } from '../../src/cli/build-bank.js';
import { defaultImportDeps, importBank } from '../../src/cli/import-bank.js';
import { resolveCert } from '../../src/certs/data.js';
import { toMarkdown } from '../../src/exporter/markdown.js';
import { memoryBank, question, source } from '../bank/helpers.js';
import { fixture } from '../importer/helpers.js';

const FIXTURES = ['task-list.md', 'lettered.md', 'answer-key.md', 'messy.md', 'crlf.md', 'skips.md'];

function folder(files: Record<string, string> = {}, copies: string[] = FIXTURES): string {
  const dir = mkdtempSync(join(tmpdir(), 'awsq-import-'));
  for (const f of copies) copyFileSync(fixture(f), join(dir, f));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const at = (iso: string) => () => new Date(iso);

/** Everything an import writes, timestamps included. */
function dump(bank: Bank): unknown {
  return {
    sources: bank.db.prepare('SELECT * FROM sources ORDER BY id').all(),
    questions: bank.db.prepare('SELECT * FROM questions ORDER BY id').all(),
    placements: bank.db.prepare('SELECT * FROM placements ORDER BY question_id, cert').all(),
    topics: bank.db.prepare('SELECT * FROM question_topics ORDER BY question_id, topic').all(),
  };
}

describe('importBank', () => {
  it('imports the fixtures as exam-eligible imported questions and counts skips by reason', async () => {
    const bank = memoryBank();
    const s = await importBank(bank, [folder()], await defaultImportDeps(undefined, at('2026-01-01T00:00:00Z')));
    const qs = listQuestions(bank.db, { origin: 'imported' });
    expect({
      imported: s.imported, added: s.added, duplicates: s.duplicates, skipped: s.skipped,
      stored: qs.length, kinds: [...new Set(qs.map((q) => `${q.kind}/${q.origin}/${q.score}/${q.eligible}`))],
    }).toEqual({
      imported: 17, added: 17, duplicates: 0,
      skipped: { 'choose-mismatch': 1, 'no-answer': 1, 'unknown-letter': 1, 'image-option': 1, 'refers-to-other-options': 1, 'conflicting-answers': 1, 'duplicate-options': 1 },
      stored: 17, kinds: ['imported/imported/1/true'],
    });
  });

  it('places imported questions in exams like extracted ones', async () => {
    const bank = memoryBank();
    await importBank(bank, [fixture('lettered.md')], await defaultImportDeps(undefined));
    const sts = listQuestions(bank.db).find((q) => q.topics.includes('sts'));
    expect(sts?.placements.map((p) => p.cert)).toContain('DVA-C02');
  });

  it('changes nothing when the same files are imported twice', async () => {
    const bank = memoryBank();
    const dir = folder();
    await importBank(bank, [dir], await defaultImportDeps(undefined, at('2026-01-01T00:00:00Z')));
    const before = dump(bank);
    const again = await importBank(bank, [dir], await defaultImportDeps(undefined, at('2026-02-01T00:00:00Z')));
    expect({ dump: dump(bank), added: again.added, statuses: [...new Set(again.sources.map((f) => f.status))] }).toEqual({
      dump: before, added: 0, statuses: ['unchanged'],
    });
  });

  it('counts a question already imported from another file as a duplicate', async () => {
    const bank = memoryBank();
    const dir = folder({ 'zz/again.md': '# Copy\n\n## Which AWS service stores objects in buckets?\n\n- [x] Amazon S3\n- [ ] Amazon EBS\n' });
    const s = await importBank(bank, [dir], await defaultImportDeps(undefined));
    expect({ duplicates: s.duplicates, copy: s.sources.find((f) => f.path === 'zz/again.md')?.questions }).toEqual({ duplicates: 1, copy: 0 });
  });

  it('keeps short stems that are the same but have other options', async () => {
    const bank = memoryBank();
    const text = '## Which is correct?\n- [x] Amazon S3 is object storage\n- [ ] Amazon S3 is block storage\n\n## Which is correct?\n- [x] SQS is a queue\n- [ ] SQS is a database\n';
    const s = await importBank(bank, [folder({ 'short.md': text }, [])], await defaultImportDeps(undefined));
    expect({ imported: s.imported, duplicates: s.duplicates }).toEqual({ imported: 2, duplicates: 0 });
  });

  it('counts a question the notes already yield as a duplicate', async () => {
    const bank = memoryBank();
    const stem = 'Which AWS service provides durable object storage in buckets?';
    replaceSource(bank.db, source('/notes/s3.md'), [question('x1', { stem })], new Date());
    const s = await importBank(bank, [folder({ 'q.md': `## ${stem}\n- [x] Amazon S3\n- [ ] Amazon EBS\n` }, [])], await defaultImportDeps(undefined));
    expect({ imported: s.imported, duplicates: s.duplicates }).toEqual({ imported: 0, duplicates: 1 });
  });

  it('with --cert places every question in that exam only, in its fallback domain when nothing else fits', async () => {
    const bank = memoryBank();
    const text = '## Which statement about the cloud is true?\n- [x] You pay for what you use\n- [ ] You buy servers up front\n';
    await importBank(bank, [folder({ 'g.md': text }, ['lettered.md'])], await defaultImportDeps(resolveCert('dva')));
    const qs = listQuestions(bank.db);
    const generic = qs.find((q) => q.stem.startsWith('Which statement'));
    expect({ certs: [...new Set(qs.flatMap((q) => q.placements.map((p) => p.cert)))], generic: generic?.placements.length }).toEqual({ certs: ['DVA-C02'], generic: 1 });
  });

  it('leaves a file with no written questions alone', async () => {
    const bank = memoryBank();
    const s = await importBank(bank, [folder({ 'notes.md': '# S3\n\nAmazon S3 stores objects.\n' }, [])], await defaultImportDeps(undefined));
    expect({ status: s.sources[0].status, sources: listSources(bank.db).length, warnings: s.warnings.map((w) => w.message) }).toEqual({
      status: 'none', sources: 0, warnings: ['no written questions found; file left alone'],
    });
  });
});

/** A build with a stand-in extractor (one question per "- Q: name" line) that places everything in DVA domain 1. */
function buildDeps(): BuildDeps {
  const extract = (text: string, path: string) => ({
    questions: [...text.matchAll(/^- Q: (\w+)/gm)].map((m) => ({
      id: `id-${m[1]}`, kind: 'definition' as const, stem: `Which thing is ${m[1]}?`, options: ['a', 'b'], answers: [0], explanation: '',
      source: { path, line: 1, endLine: 1, headings: [] }, topics: [], score: 0.9, reasons: [], fingerprint: `fp-${m[1]}`, origin: 'extracted' as const,
    })),
    facts: 1,
    warnings: [],
  });
  return {
    extractor: async () => ({ extract, window: 1, qualityBar: 0.5, close: async () => {} }),
    classify: () => [{ cert: 'DVA-C02', domain: 1 }],
    now: () => new Date('2026-01-02T00:00:00Z'),
  };
}

describe('awsq build beside imported banks', () => {
  it('never extracts, replaces or retires an imported file under a built folder, and keeps its placements', async () => {
    const bank = memoryBank();
    const dir = folder({ 'notes/a.md': '- Q: alpha\n' }, ['task-list.md']);
    await importBank(bank, [join(dir, 'task-list.md')], await defaultImportDeps(resolveCert('saa')));
    const before = listQuestions(bank.db, { origin: 'imported' });
    await buildBank(bank, [dir], buildDeps());
    const second = await buildBank(bank, [dir], buildDeps());
    const after = listQuestions(bank.db, { origin: 'imported' });
    expect({
      unchanged: second.unchanged,
      kinds: listSources(bank.db).map((s) => `${s.path}:${s.kind}:${s.status}`),
      same: after.map((q) => [q.id, q.placements, q.retired]),
    }).toEqual({ unchanged: 1, kinds: ['notes/a.md:notes:active', 'task-list.md:import:active'], same: before.map((q) => [q.id, q.placements, q.retired]) });
  });

  it('does not retire imported questions when their file disappears from a built folder', async () => {
    const bank = memoryBank();
    const dir = folder({}, ['crlf.md']);
    await importBank(bank, [join(dir, 'crlf.md')], await defaultImportDeps(undefined));
    const { rmSync } = await import('node:fs');
    rmSync(join(dir, 'crlf.md'));
    const s = await buildBank(bank, [dir], buildDeps());
    expect({ removed: s.removed, imported: listQuestions(bank.db, { origin: 'imported' }).length }).toEqual({ removed: 0, imported: 2 });
  });

  it('takes over a file that was built as notes; later builds leave it alone', async () => {
    const bank = memoryBank();
    const dir = folder({ 'bank.md': '- Q: alpha\n\n## Which service is a CDN?\n- [x] Amazon CloudFront\n- [ ] Amazon SQS\n' }, []);
    await buildBank(bank, [dir], buildDeps());
    const s = await importBank(bank, [join(dir, 'bank.md')], await defaultImportDeps(undefined));
    await buildBank(bank, [dir], buildDeps());
    expect({
      warning: s.warnings.some((w) => w.message.includes('was built as notes')),
      origins: listQuestions(bank.db, { includeRetired: true }).map((q) => q.origin),
    }).toEqual({ warning: true, origins: ['imported'] });
  });
});

describe('round trip', () => {
  it('export as markdown, import into a fresh bank: same stems, options, answers and explanations', async () => {
    const first = memoryBank();
    await importBank(first, [folder()], await defaultImportDeps(undefined));
    const exported = listQuestions(first.db);
    const dir = folder({ 'export.md': toMarkdown(exported) }, []);
    const fresh = memoryBank();
    const s = await importBank(fresh, [dir], await defaultImportDeps(undefined));
    const shape = (qs: typeof exported) => qs.map((q) => ({ stem: q.stem, options: q.options, answers: q.answers, explanation: q.explanation, id: q.id }));
    expect({ questions: shape(listQuestions(fresh.db)), warnings: s.warnings, skipped: s.skipped }).toEqual({ questions: shape(exported), warnings: [], skipped: {} });
  });
});
