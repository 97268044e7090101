/** Questions -> the JSON export: one object per question with answers as option indexes. */
import type { StoredQuestion } from '../core/types.js';

/** One question as `awsq export --format json` writes it. */
export interface ExportedQuestion {
  id: string;
  kind: string;
  origin: string;
  stem: string;
  options: string[];
  /** Indexes into `options` of the correct options. */
  answers: number[];
  explanation: string;
  source: { path: string; line: number; headings: string[] };
  topics: string[];
  /** Exams the question is placed in, each with its domain. */
  exams: Array<{ cert: string; domain: number }>;
}

/** The export shape of one question. */
export function toExported(q: StoredQuestion): ExportedQuestion {
  return {
    id: q.id,
    kind: q.kind,
    origin: q.origin,
    stem: q.stem,
    options: q.options,
    answers: q.answers,
    explanation: q.explanation,
    source: { path: q.source.path, line: q.source.line, headings: q.source.headings },
    topics: q.topics,
    exams: [...q.placements].sort((a, b) => (a.cert < b.cert ? -1 : a.cert > b.cert ? 1 : 0)),
  };
}

/** A JSON array of every question, pretty-printed, ending in a newline. */
export function toJsonExport(questions: StoredQuestion[]): string {
  return `${JSON.stringify(questions.map(toExported), null, 2)}\n`;
}
