/** One pass over a bank's lines: question candidates (stem, options, answer, explanation) and answer-key entries. */
import { answerText, chooseCount, explanationText, isReferencesLabel, keyEntry, linkOnly, plainOf, readLetters } from './answers.js';
import { cleanInline } from './inline.js';
import type { Line } from './lines.js';
import type { Candidate, KeyEntry, Para, RawOption } from './types.js';

/** What the scanner found, in file order. */
export interface Scan {
  candidates: Candidate[];
  keys: KeyEntry[];
}

const HEADING = /^(#{1,6})(?:[ \t]+(.*))?$/;
const TASK = /^(?:[-*+]|\d{1,9}[.)]) {1,4}\[([ xX])\](?:[ \t]+(.*))?$/;
const LETTERED = /^(?:[-*+] {1,4})?(?:\*\*|__)?(?:\(([A-Ha-h])\)|([A-Ha-h])[.):])(?:\*\*|__)?[ \t]+(\S.*)$/;
const NUMBERED = /^(?:\*\*|__)?(?:(Q|Question) ?#? ?)?(\d{1,4})(?:\*\*|__)?([.):])?(?:\*\*|__)?(?:[ \t]+(.*))?$/i;
const BULLET = /^[-*+][ \t]+(\S.*)$/;
const LEADING_LETTER = /^(?:\*\*|__)?(?:\(([A-H])\)|([A-H])[.):])(?:\*\*|__)?[ \t]+(\S.*)$/;
const RULE = /^(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
/** Longer paragraphs cannot be a question's stem. */
const MAX_STEM = 20_000;
/** How far ahead to look for options when a list item might start a new question. */
const LOOKAHEAD = 40;

type Start = 'heading' | 'label' | 'numbered' | 'bullet' | 'paragraph';

interface Current extends Candidate {
  start: Start;
  /** The heading's own markdown, when a heading started the question. */
  title?: string;
  indent: number;
  phase: 'stem' | 'options' | 'after';
  style?: 'task' | 'letter';
  optIndent: number;
  awaitingAnswer: boolean;
}

/** A numbered line: "12. text", "Q12: text", "**12.** text", "Question 12" (a label). */
function numbered(text: string): { number: number; rest: string } | undefined {
  const m = NUMBERED.exec(text);
  if (!m) return undefined;
  const rest = (m[4] ?? '').trim();
  if (!m[1] && (!m[3] || rest === '')) return undefined;
  return { number: Number(m[2]), rest };
}

function isTask(text: string): boolean {
  return TASK.test(text);
}

function lettered(text: string): { letter: string; text: string } | undefined {
  const m = LETTERED.exec(text);
  if (!m) return undefined;
  return { letter: (m[1] ?? m[2]).toUpperCase(), text: m[3] };
}

/** Append a line to paragraphs: a blank line or code starts a new paragraph. */
function append(paras: Para[], text: string, line: number, blank: boolean, code = false): void {
  const last = paras[paras.length - 1];
  if (!code && last && !last.code && !blank) last.text += ` ${text}`;
  else paras.push({ text, code, line });
}

/** Scan a bank's lines. Linear: every look-ahead is bounded. */
export function scan(lines: Line[]): Scan {
  const candidates: Candidate[] = [];
  const keys: KeyEntry[] = [];
  const headings: Array<{ level: number; text: string; line: number }> = [];
  let cur: Current | undefined;
  let key: KeyEntry | undefined;
  /** Text outside any question: it may turn out to be the stem of options that follow. */
  let loose: Para | undefined;
  let blank = false;
  /** The paragraph a list item inside a stem or explanation started, and the item's indentation. */
  let item: { para: Para; indent: number } | undefined;

  /** Stem or explanation text: each list item on a line of its own, without its marker. */
  const addText = (paras: Para[], text: string, line: Line, wasBlank: boolean) => {
    const marker = /^(?:[-*+]|\d{1,4}[.)])[ \t]+/.exec(text);
    if (marker) {
      const body = text.slice(marker[0].length);
      paras.push({ text: /\d/.test(marker[0]) ? `${marker[0].trim()} ${body}` : body, code: false, line: line.n });
      item = { para: paras[paras.length - 1], indent: line.indent };
      return;
    }
    const last = paras[paras.length - 1];
    const afterItem = item !== undefined && last === item.para && line.indent <= item.indent;
    append(paras, text, line.n, wasBlank || afterItem);
  };

  const headingPath = () => headings.map((h) => h.text);
  const close = () => {
    if (cur && cur.options.length > 0) {
      if (cur.start === 'heading' && cur.title) {
        // A heading that asks is the stem; one that names a section ("Storage") is context for the paragraph below it.
        const t = plainOf(cur.title);
        if (cur.stem.length === 0 || /[?:]$/.test(t) || chooseCount(t) !== undefined) cur.stem.unshift({ text: cur.title, code: false, line: cur.line });
        else cur.headings = [...cur.headings, cleanInline(cur.title).text];
      }
      // A heading that was the question (or its label) is no section for the questions after it.
      const own = headings.findIndex((x) => x.line === cur!.line);
      if (own >= 0 && !(cur.start === 'heading' && cur.headings.length > own)) headings.splice(own, 1);
      const { start: _s, title: _t, indent: _i, phase: _p, style: _y, optIndent: _o, awaitingAnswer: _a, ...candidate } = cur;
      candidates.push(candidate);
    }
    cur = undefined;
  };
  const open = (start: Start, line: Line, stem: Para[], number?: number, title?: string) => {
    close();
    key = undefined;
    loose = undefined;
    cur = {
      start, title, number, stem, options: [], explanation: [], references: [], line: line.n, endLine: line.n,
      headings: headingPath(), indent: line.indent, phase: 'stem', optIndent: 0, awaitingAnswer: false,
    };
  };

  /** Do options follow line `i` before another question or section starts? */
  const optionsFollow = (i: number, isNumbered: boolean): boolean => {
    const indent = lines[i].indent;
    for (let j = i + 1; j < Math.min(lines.length, i + 1 + LOOKAHEAD); j++) {
      const l = lines[j];
      if (l.code || l.text === '') continue;
      if (isTask(l.text) || lettered(l.text)) return true;
      if (HEADING.test(l.text)) return false;
      const plain = plainOf(l.text);
      if (keyEntry(plain) || answerText(plain) !== undefined) return false;
      // A numbered question may hold a bulleted list in its stem; a bullet question may not.
      if ((numbered(l.text) || (!isNumbered && BULLET.test(l.text))) && l.indent <= indent) return false;
    }
    return false;
  };

  /** Options met with no question in its stem phase: the last paragraph may be their stem. */
  const paragraphStem = (line: Line, task: boolean, letter?: string): boolean => {
    let para: Para | undefined;
    if (cur && cur.phase === 'after') {
      const last = cur.explanation[cur.explanation.length - 1];
      if (last && !last.code) para = last;
    } else if (!cur) {
      para = loose;
    }
    if (!para || para.text.length > MAX_STEM) return false;
    if (!task) {
      if (letter !== 'A') return false;
      // Lettered options after a question's explanation are usually the explanation's own list.
      const end = plainOf(para.text.slice(-200));
      if (!(cur ? /\?$/.test(end) : /[?:)]$/.test(end))) return false;
    }
    if (cur && para === cur.explanation[cur.explanation.length - 1]) cur.explanation.pop();
    open('paragraph', { ...line, n: para.line, indent: line.indent }, [para]);
    return true;
  };

  const addOption = (line: Line, option: RawOption, style: 'task' | 'letter') => {
    if (!cur) return;
    cur.phase = 'options';
    cur.style = style;
    cur.optIndent = line.indent;
    cur.options.push(option);
    cur.endLine = line.n;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const text = line.text;
    if (line.code) {
      if (cur) {
        if (cur.phase === 'stem') append(cur.stem, text, line.n, blank, true);
        else {
          cur.phase = 'after';
          append(cur.explanation, text, line.n, blank, true);
        }
        cur.endLine = line.n;
      } else if (key) append(key.explanation, text, line.n, blank, true);
      blank = false;
      continue;
    }
    if (text === '') {
      blank = true;
      continue;
    }
    if (RULE.test(text)) {
      // A thematic break ends the question above it.
      close();
      loose = undefined;
      blank = true;
      continue;
    }
    const wasBlank = blank;
    blank = false;

    // Headings: a section, a question, a question label ("Question 12") or an answer-key entry.
    const h = HEADING.exec(text);
    if (h) {
      close();
      key = undefined;
      loose = undefined;
      const raw = (h[2] ?? '').replace(/[ \t]+#+[ \t]*$/, '').trim();
      const plain = plainOf(raw);
      const entry = keyEntry(plain);
      while (headings.length > 0 && headings[headings.length - 1].level >= h[1].length) headings.pop();
      if (entry) {
        key = { number: entry.number, letters: entry.letters, line: line.n, explanation: [], references: [] };
        if (entry.tail) key.explanation.push({ text: entry.tail, code: false, line: line.n });
        keys.push(key);
        continue;
      }
      const num = numbered(raw);
      if (num && num.rest === '') open('label', line, [], num.number);
      else if (num) open('numbered', line, [{ text: num.rest, code: false, line: line.n }], num.number);
      else open('heading', line, [], undefined, raw);
      headings.push({ level: h[1].length, text: cleanInline(raw).text, line: line.n });
      continue;
    }

    if (cur && cur.awaitingAnswer) {
      cur.awaitingAnswer = false;
      const letters = readLetters(plainOf(text));
      if (letters) {
        setAnswer(cur, letters.letters, line.n);
        if (letters.tail) append(cur.explanation, letters.tail, line.n, true);
        continue;
      }
    }

    // Options: a task list item or a lettered line.
    const task = TASK.exec(text);
    if (task) {
      // A task item that can belong to no question (a to-do list) is left out.
      if (!(cur && (cur.phase === 'stem' || (cur.phase === 'options' && cur.style === 'task'))) && !paragraphStem(line, true)) continue;
      const body = task[2] ?? '';
      const lead = LEADING_LETTER.exec(body);
      addOption(line, { text: lead ? lead[3] : body, checked: task[1] !== ' ', letter: lead ? lead[1] ?? lead[2] : undefined, line: line.n }, 'task');
      continue;
    }
    const opt = lettered(text);
    if (opt && !(cur && cur.phase === 'options' && cur.style === 'letter' && line.indent > cur.optIndent + 1)) {
      const fits = cur && (cur.phase === 'stem' || (cur.phase === 'options' && cur.style === 'letter'));
      if (fits || paragraphStem(line, false, opt.letter)) {
        addOption(line, { text: opt.text, letter: opt.letter, line: line.n }, 'letter');
        continue;
      }
    }

    const plain = plainOf(text);
    // Answer lines belong to the question whose options came before.
    if (cur && cur.phase !== 'stem') {
      const answer = answerText(plain);
      if (answer !== undefined) {
        cur.phase = 'after';
        cur.endLine = line.n;
        if (answer === '') {
          cur.awaitingAnswer = true;
          continue;
        }
        const letters = readLetters(answer);
        if (letters) {
          setAnswer(cur, letters.letters, line.n);
          if (letters.tail) append(cur.explanation, letters.tail, line.n, true);
        } else {
          const byText = optionByText(cur.options, answer);
          if (byText) setAnswer(cur, [byText], line.n);
          else cur.unreadAnswer ??= { text: answer, line: line.n };
        }
        continue;
      }
    }

    // Answer-key entries end any question and collect the explanation that follows them.
    const entry = keyEntry(plain);
    if (entry) {
      close();
      loose = undefined;
      key = { number: entry.number, letters: entry.letters, line: line.n, explanation: [], references: [] };
      if (entry.tail) key.explanation.push({ text: entry.tail, code: false, line: line.n });
      keys.push(key);
      continue;
    }

    // A numbered line or a bullet may start a question.
    const num = numbered(text);
    const bullet = num ? undefined : BULLET.exec(text);
    if (num || bullet) {
      if (startsQuestion(cur, line, Boolean(num), () => optionsFollow(i, Boolean(num)))) {
        if (num) open(num.rest === '' ? 'label' : 'numbered', line, num.rest ? [{ text: num.rest, code: false, line: line.n }] : [], num.number);
        else open('bullet', line, [{ text: bullet![1], code: false, line: line.n }]);
        continue;
      }
    }

    // Everything else is text: stem, option continuation, explanation, references or key explanation.
    const target = cur ?? key;
    if (target && target !== cur) {
      const links = linkOnly(text);
      if (links) key!.references.push(...links);
      else if (!isReferencesLabel(plain)) addText(key!.explanation, explanationText(plain) ?? text, line, wasBlank);
      continue;
    }
    if (!cur) {
      if (/^hint\s*:/i.test(plain)) continue;
      if (num || bullet || wasBlank || !loose || loose.text.length > MAX_STEM) loose = { text, code: false, line: line.n };
      else loose.text += ` ${text}`;
      continue;
    }
    cur.endLine = line.n;
    if (cur.phase === 'stem') {
      if (/^hint\s*:/i.test(plain)) continue;
      if (linkOnly(text)) continue;
      addText(cur.stem, text, line, wasBlank);
      continue;
    }
    const explained = explanationText(plain);
    if (cur.phase === 'options' && explained === undefined && !wasBlank && line.indent > cur.optIndent && !num && !bullet) {
      cur.options[cur.options.length - 1].text += ` ${text}`;
      continue;
    }
    cur.phase = 'after';
    const links = linkOnly(text);
    if (links) cur.references.push(...links);
    else if (isReferencesLabel(plain) || /^hint\s*:/i.test(plain)) continue;
    else if (explained !== undefined) {
      if (explained) append(cur.explanation, explained, line.n, true);
    } else addText(cur.explanation, text, line, wasBlank);
  }
  close();
  return { candidates, keys };
}

/** Whether a numbered line or bullet starts a new question, given the question being read. */
function startsQuestion(cur: Current | undefined, line: Line, isNumbered: boolean, optionsFollow: () => boolean): boolean {
  if (!cur) return optionsFollow();
  if (cur.phase === 'stem') {
    switch (cur.start) {
      // Lists inside a numbered or labelled question's stem ("The company needs: - ...") stay in the stem.
      case 'label':
        return false;
      case 'numbered':
        return isNumbered && line.indent <= cur.indent;
      case 'bullet':
        return line.indent <= cur.indent;
      default:
        return optionsFollow();
    }
  }
  if (cur.phase === 'options' && line.indent > cur.optIndent) return false;
  return optionsFollow();
}

function setAnswer(cur: Current, letters: string[], line: number): void {
  const answer = { letters, line, via: 'answer line' as const };
  if (!cur.answer) cur.answer = answer;
  else if (!sameLetters(cur.answer.letters, letters)) cur.conflict ??= answer;
}

/** Two letter lists naming the same set. */
export function sameLetters(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** "Answer: Amazon S3": the letter of the one option reading exactly that, if any. */
function optionByText(options: RawOption[], answer: string): string | undefined {
  const want = norm(cleanInline(answer).text);
  if (!want) return undefined;
  const hits = options.map((o, i) => ({ o, i })).filter(({ o }) => norm(cleanInline(o.text).text) === want);
  if (hits.length !== 1) return undefined;
  return hits[0].o.letter ?? String.fromCharCode(65 + hits[0].i);
}

function norm(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}
