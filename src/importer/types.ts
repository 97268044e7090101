/** Plain-data types of the importer: written questions as found in a markdown bank. */
import type { Warning } from '../core/types.js';

/** Why a written question was not imported; each skip also comes with a `file:line` warning. */
export type SkipReason =
  | 'no-answer' // no checked option, answer line or answer-key entry
  | 'unknown-letter' // an answer names a letter no option has
  | 'choose-mismatch' // "(Choose TWO.)" but another number of correct options
  | 'conflicting-answers' // two answers given (task list, answer line, answer key) disagree
  | 'too-few-options' // fewer than two options
  | 'image-option' // an option is only an image
  | 'image-stem' // the stem is only an image
  | 'empty-stem' // options with no question text before them
  | 'empty-option' // an option with no text
  | 'duplicate-options' // two options read the same
  | 'refers-to-other-options'; // "All of the above", "Both A and B": meaningless once options are shuffled

/** One option as written. */
export interface RawOption {
  text: string;
  /** `- [x]` in the task-list convention; undefined for lettered options. */
  checked?: boolean;
  /** The letter written before it ("A"), upper-cased; undefined when none. */
  letter?: string;
  line: number;
}

/** An answer as written: letters, the line they were on, and where they came from. */
export interface WrittenAnswer {
  letters: string[];
  line: number;
  via: 'answer line' | 'answer key';
}

/** A paragraph of raw markdown (or one code line), with the line it starts on. */
export interface Para {
  text: string;
  code: boolean;
  line: number;
}

/** A question as the scanner found it, before answers are joined and rules are checked. */
export interface Candidate {
  /** Question number ("12." / "Q12" / "Question 12"), for joining an answer key. */
  number?: number;
  stem: Para[];
  options: RawOption[];
  answer?: WrittenAnswer;
  /** A second answer that disagrees with the first, when one was given. */
  conflict?: WrittenAnswer;
  /** An answer line that named no letter and matched no option. */
  unreadAnswer?: { text: string; line: number };
  /** Text given after the options (no answer or reference lines). */
  explanation: Para[];
  references: string[];
  line: number;
  endLine: number;
  headings: string[];
}

/** One entry of an answer key: `Q12: A, C`, `**12. Correct Answer(s): A**`. */
export interface KeyEntry {
  number: number;
  letters: string[];
  line: number;
  explanation: Para[];
  references: string[];
}

/** A written question that passed every rule: clean text, answers as option indexes. */
export interface ImportedDraft {
  stem: string;
  options: string[];
  answers: number[];
  explanation: string;
  line: number;
  endLine: number;
  headings: string[];
}

/** What one markdown bank yields. */
export interface ParseResult {
  questions: ImportedDraft[];
  warnings: Warning[];
  /** Questions not imported, by reason. */
  skipped: Partial<Record<SkipReason, number>>;
}
