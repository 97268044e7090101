/** Shared helpers for extractor tests: the small fixture catalog and fixture notes. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { indexCatalog, type CatalogIndex } from '../../src/core/catalog.js';
import type { Service } from '../../src/core/types.js';
import { extract, QUALITY_BAR } from '../../src/extract/index.js';
import type { Question } from '../../src/core/types.js';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** A catalog of about 45 services, enough for distractors and topics. */
export const catalog: CatalogIndex = indexCatalog(
  JSON.parse(readFileSync(here('../fixtures/notes/catalog.json'), 'utf8')) as Service[],
);

/** The text of a fixture note. */
export function fixture(name: string): string {
  return readFileSync(here(`../fixtures/notes/${name}`), 'utf8');
}

/** Exam-eligible questions of a note text. */
export function eligible(text: string, path = 'note.md'): Question[] {
  return extract(text, path, catalog).questions.filter((q) => q.score >= QUALITY_BAR);
}

/** The text of a question's correct options. */
export function answersOf(q: Question): string[] {
  return q.answers.map((i) => q.options[i]);
}

/** The folder of the bundled notes. */
export const bundledRoot = here('../../data/notes');

/** Paths of the markdown notes under `dir` (default: the bundled notes), at any depth. */
export function notePaths(dir = bundledRoot): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? notePaths(p) : p.endsWith('.md') ? [p] : [];
  });
}
