/** Plain-data types of an exam: the items as shown and the settings they were assembled with. */
import type { QuestionKind, SourceRef } from '../core/types.js';

/** One question as the learner sees it: options in display order, answers as display indexes. */
export interface ExamItem {
  questionId: string;
  domain: number;
  kind: QuestionKind;
  stem: string;
  /** Options in display order. */
  options: string[];
  /** Display indexes of the correct options. */
  answers: number[];
  /** Display index -> index in the stored question's options (the shuffle, kept). */
  order: number[];
  explanation: string;
  source: SourceRef;
  fingerprint: string;
}

/** How many options an item takes: 1 for single answer, 2 or more for "Choose TWO". */
export function pickCount(item: Pick<ExamItem, 'answers'>): number {
  return Math.max(1, item.answers.length);
}

/** The exam's fixed settings (what `exams` stores besides its items). */
export interface ExamSettings {
  cert: string;
  seed: number;
  limitMs: number;
  passScore: number;
}
