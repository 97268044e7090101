/** Questions -> markdown in the task-list convention, which `awsq import` reads back unchanged. */
import type { StoredQuestion } from '../core/types.js';
import { answerText, explanationText, isReferencesLabel, keyEntry, linkOnly, plainOf } from '../importer/answers.js';
import { escapeInline } from '../importer/inline.js';

const URL_LINE = /^https?:\/\/\S+$/;

/**
 * One line of stem or explanation text, escaped so the importer reads it back as the same text:
 * inline markdown, then anything at the start that would read as a list item, an option, a
 * heading, an answer, a key entry, a label or a lone link.
 */
export function escapeLine(text: string): string {
  let s = escapeInline(text.trim());
  s = s.replace(/^([-+=])/, '\\$1');
  s = s.replace(/^(\d{1,9})([.)])/, '$1\\$2');
  s = s.replace(/^(\(?[A-Za-z])([.):])/, '$1\\$2').replace(/^(question|q)(\s*)([.:])/i, '$1$2\\$3');
  const plain = plainOf(s);
  if (answerText(plain) !== undefined || explanationText(plain) !== undefined || keyEntry(plain) || isReferencesLabel(plain) || /^(?:hint|question|q)\s*:/i.test(plain)) {
    s = s.replace(/:/, '\\:').replace(/^([^:\\]*?)([-–=])/, '$1\\$2');
  }
  if (linkOnly(s)) s = s.replace(/:\/\//g, '\\://');
  return s;
}

/** The explanation as paragraphs; a trailing "References:" block of links is written as it is. */
function explanationLines(explanation: string): string[] {
  const lines = explanation.split('\n').map((l) => l.trim()).filter(Boolean);
  const at = lines.lastIndexOf('References:');
  const refs = at >= 0 && at < lines.length - 1 && lines.slice(at + 1).every((l) => URL_LINE.test(l)) ? at : lines.length;
  return [...lines.slice(0, refs).map(escapeLine), ...lines.slice(refs)];
}

/** One question: a "Question N" label heading, the stem, the task list and the explanation. */
export function questionMarkdown(q: StoredQuestion, n: number): string {
  const out = [`## Question ${n}`, ''];
  for (const line of q.stem.split('\n').map((l) => l.trim()).filter(Boolean)) out.push(escapeLine(line), '');
  for (const [i, o] of q.options.entries()) out.push(`- [${q.answers.includes(i) ? 'x' : ' '}] ${escapeLine(o.replace(/\s+/g, " "))}`);
  out.push('');
  for (const line of explanationLines(q.explanation)) out.push(line, '');
  const where = `${q.source.path}:${q.source.line}`.replace(/--/g, '- -');
  out.push(`<!-- awsq ${q.id} from ${where} -->`, '');
  return out.join('\n');
}

/** The whole bank as one markdown document. */
export function toMarkdown(questions: StoredQuestion[]): string {
  const head = ['# awsq questions', '', `${questions.length} question${questions.length === 1 ? '' : 's'} exported by awsq; import them again with "awsq import".`, ''];
  return [...head, ...questions.map((q, i) => questionMarkdown(q, i + 1))].join('\n');
}
