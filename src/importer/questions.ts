/** Imported drafts -> questions: stable ids, topics from the service catalog, marked as imported. */
import { findServices, type CatalogIndex } from '../core/catalog.js';
import type { Question } from '../core/types.js';
import { hash } from '../extract/text.js';
import type { ImportedDraft } from './types.js';

function norm(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/** Stable id of an imported question: its stem and its set of options; file, line and option order play no part. */
export function importedId(stem: string, options: string[]): string {
  return `imp-${hash('imported', norm(stem), ...options.map(norm).sort())}`;
}

/** Catalog ids a question is about: services named in the stem, then in the correct options, headings, explanation. */
export function importedTopics(d: ImportedDraft, catalog: CatalogIndex): string[] {
  const texts = [d.stem, ...d.answers.map((i) => d.options[i]), d.headings.join('\n')];
  const found: string[] = [];
  for (const t of texts) for (const id of findServices(catalog, t)) if (!found.includes(id)) found.push(id);
  if (found.length === 0) found.push(...findServices(catalog, d.explanation));
  return found;
}

/** Questions from a bank's drafts; `path` is the file as shown to the learner. Imported questions score 1. */
export function toQuestions(drafts: ImportedDraft[], path: string, catalog: CatalogIndex): Question[] {
  return drafts.map((d) => {
    const id = importedId(d.stem, d.options);
    return {
      id,
      kind: 'imported',
      stem: d.stem,
      options: [...d.options],
      answers: [...d.answers],
      explanation: d.explanation,
      source: { path, line: d.line, endLine: d.endLine, headings: [...d.headings] },
      topics: importedTopics(d, catalog),
      score: 1,
      reasons: [],
      fingerprint: hash('imported', norm(d.stem)),
      origin: 'imported',
    };
  });
}
