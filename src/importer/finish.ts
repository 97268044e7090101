/** Join answer keys to questions by number, check every rule, and turn candidates into clean questions. */
import { safeText } from '../core/text.js';
import type { Warning } from '../core/types.js';
import { chooseCount, refersToOptions } from './answers.js';
import { cleanInline } from './inline.js';
import { sameLetters, type Scan } from './scan.js';
import type { Candidate, ImportedDraft, Para, ParseResult, SkipReason } from './types.js';

/** Longest explanation kept, in characters. */
const MAX_EXPLANATION = 4000;

/** Give each answer-key entry to the question with its number: the nearest one before it, else the first after. */
function joinKeys(scan: Scan, path: string, warnings: Warning[]): void {
  const byNumber = new Map<number, Candidate[]>();
  for (const c of scan.candidates) {
    if (c.number === undefined) continue;
    const list = byNumber.get(c.number) ?? [];
    list.push(c);
    byNumber.set(c.number, list);
  }
  const keyed = new Set<Candidate>();
  for (const k of scan.keys) {
    const list = byNumber.get(k.number) ?? [];
    const before = list.filter((c) => c.line < k.line && !keyed.has(c));
    const target = before[before.length - 1] ?? list.find((c) => c.line > k.line && !keyed.has(c));
    if (!target) {
      warnings.push({ path, line: k.line, message: `answer key entry ${k.number} matches no question` });
      continue;
    }
    keyed.add(target);
    const answer = { letters: k.letters, line: k.line, via: 'answer key' as const };
    if (!target.answer) target.answer = answer;
    else if (!sameLetters(target.answer.letters, k.letters)) target.conflict ??= answer;
    target.explanation.push(...k.explanation);
    target.references.push(...k.references);
  }
}

function paragraphs(paras: Para[]): { text: string; image: boolean } {
  let image = false;
  const out: string[] = [];
  for (const p of paras) {
    if (p.code) {
      const code = safeText(p.text).trimEnd();
      if (code.trim()) out.push(code);
      continue;
    }
    const c = cleanInline(p.text);
    image ||= c.image;
    if (c.text) out.push(c.text);
  }
  return { text: out.join('\n'), image };
}

const LETTER_CODE = 65;

/** A question that passed every rule, or the reason it failed and the message to warn with. */
type Outcome = { ok: true; draft: ImportedDraft; notes: string[] } | { ok: false; reason: SkipReason; message: string; line: number };

function finish(c: Candidate): Outcome {
  const skip = (reason: SkipReason, message: string, line = c.line): Outcome => ({ ok: false, reason, message, line });
  // A "Question:" label before the stem is not part of it (an escaped one, "Q\\:", is).
  const first = c.stem[0];
  const paras = first && !first.code ? [{ ...first, text: first.text.replace(/^(?:\*\*|__)?(?:question|q)(?:\*\*|__)?\s*[:.](?:\*\*|__)?\s*/i, '') }, ...c.stem.slice(1)] : c.stem;
  const stem = paragraphs(paras);
  const stemText = stem.text;
  if (!stemText) return stem.image ? skip('image-stem', 'the question is only an image') : skip('empty-stem', 'options with no question text before them');
  const options = c.options.map((o) => ({ ...cleanInline(o.text), raw: o }));
  if (options.length < 2) return skip('too-few-options', `only ${options.length} option`);
  for (const o of options) {
    if (!o.text && o.image) return skip('image-option', 'an option is only an image', o.raw.line);
    if (!o.text) return skip('empty-option', 'an option has no text', o.raw.line);
  }
  // Letters of the options: as written, else by position.
  const letters = options.map((o, i) => o.raw.letter ?? String.fromCharCode(LETTER_CODE + i));
  const indexOf = (l: string) => letters.indexOf(l);
  const checked = c.options.flatMap((o, i) => (o.checked ? [i] : []));
  let answers: number[];
  if (c.answer) {
    const missing = c.answer.letters.filter((l) => indexOf(l) < 0);
    if (missing.length > 0) {
      return skip('unknown-letter', `answer ${missing.join(', ')} names no option (options ${letters[0]}-${letters[letters.length - 1]}; ${c.answer.via} on line ${c.answer.line})`);
    }
    answers = c.answer.letters.map(indexOf);
    if (checked.length > 0 && !sameSet(checked, answers)) {
      return skip('conflicting-answers', `the checked options (${checked.map((i) => letters[i]).join(', ')}) disagree with the ${c.answer.via} on line ${c.answer.line} (${c.answer.letters.join(', ')})`);
    }
  } else {
    answers = checked;
  }
  if (c.conflict) {
    return skip('conflicting-answers', `answers disagree: ${c.answer?.letters.join(', ')} and ${c.conflict.letters.join(', ')} (${c.conflict.via} on line ${c.conflict.line})`);
  }
  if (answers.length === 0) {
    if (c.unreadAnswer) return skip('no-answer', `cannot read the answer "${cleanInline(c.unreadAnswer.text).text.slice(0, 60)}" on line ${c.unreadAnswer.line}`);
    return skip('no-answer', 'no answer found (no [x] option, answer line or answer-key entry)');
  }
  answers = [...new Set(answers)].sort((a, b) => a - b);
  const choose = chooseCount(stemText);
  if (choose !== undefined && choose !== answers.length) {
    return skip('choose-mismatch', `the stem asks for ${choose} answer${choose === 1 ? '' : 's'} but ${answers.length} ${answers.length === 1 ? 'is' : 'are'} marked correct`);
  }
  const seen = new Set<string>();
  for (const o of options) {
    const k = o.text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
    if (seen.has(k)) return skip('duplicate-options', `two options read "${o.text.slice(0, 60)}"`, o.raw.line);
    seen.add(k);
  }
  const refers = options.find((o) => refersToOptions(o.text));
  if (refers) return skip('refers-to-other-options', `option "${refers.text.slice(0, 60)}" names other options, which are shuffled in exams`, refers.raw.line);

  const notes: string[] = [];
  if (stem.image) notes.push('an image in the question was left out');
  const explanation = paragraphs(c.explanation);
  const refs = [...new Set(c.references)];
  let text = explanation.text;
  if (text.length > MAX_EXPLANATION) text = `${text.slice(0, MAX_EXPLANATION - 1)}…`;
  if (refs.length > 0) text = [text, 'References:', ...refs].filter(Boolean).join('\n');
  return {
    ok: true,
    notes,
    draft: { stem: stemText, options: options.map((o) => o.text), answers, explanation: text, line: c.line, endLine: Math.max(c.endLine, c.line), headings: c.headings },
  };
}

function sameSet(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** Questions that pass, every skip counted by reason with a `file:line` warning. */
export function finishAll(scan: Scan, path: string, warnings: Warning[]): ParseResult {
  joinKeys(scan, path, warnings);
  const questions: ImportedDraft[] = [];
  const skipped: ParseResult['skipped'] = {};
  for (const c of scan.candidates) {
    const out = finish(c);
    if (out.ok) {
      questions.push(out.draft);
      for (const message of out.notes) warnings.push({ path, line: c.line, message });
    } else {
      skipped[out.reason] = (skipped[out.reason] ?? 0) + 1;
      warnings.push({ path, line: out.line, message: `question skipped: ${out.message}` });
    }
  }
  return { questions, warnings, skipped };
}
