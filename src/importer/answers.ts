/** Reading answers as written: "Answer: B", "Correct answer: B, E", "BCD", answer-key entries, "(Choose TWO.)". */

/** A line with emphasis, code marks and list markers removed and whitespace folded, for matching. */
export function plainOf(text: string): string {
  return text
    .replace(/<\/?[A-Za-z][^<>]{0,200}>/g, ' ')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^(?:[-+] )+/, '')
    .trim();
}

/** Letters and what follows them, or undefined when `text` does not start with answer letters. */
export interface Letters {
  letters: string[];
  tail: string;
}

const isLetter = (c: string): boolean => c >= 'A' && c <= 'H';
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9]/.test(c);

/**
 * Answer letters at the start of `text`: "B", "B, E", "B and E", "BCD", "(B)", "Options B and D".
 * Upper-case letters may be followed by punctuation and an explanation ("B. Because ..."); lower-case
 * ones only stand alone ("b, d"). Anything else ("A company ...") is not an answer.
 */
export function readLetters(input: string): Letters | undefined {
  let text = input.trim().replace(/^options? /i, '');
  const lower = /^[a-h](?:(?:, ?| and | ?& ?| ?\/ ?| )[a-h])*\.?$/.test(text);
  if (lower) text = text.toUpperCase();
  const letters: string[] = [];
  let i = 0;
  for (;;) {
    const paren = text[i] === '(';
    let j = paren ? i + 1 : i;
    const start = j;
    while (j < text.length && isLetter(text[j])) j++;
    if (j === start || isWordChar(text[j])) break;
    if (paren) {
      if (text[j] !== ')') break;
      j++;
    }
    for (const c of text.slice(start, paren ? j - 1 : j)) if (!letters.includes(c)) letters.push(c);
    i = j;
    const sep = /^(?:\s*,\s*|\s*;\s*|\s*&\s*|\s*\/\s*|\s+and\s+|\s+(?=\(?[A-H](?![A-Za-z0-9])))/.exec(text.slice(i, i + 12));
    if (!sep) break;
    i += sep[0].length;
  }
  if (letters.length === 0) return undefined;
  const rest = text.slice(i).trim();
  if (rest === '' || rest === '.') return { letters, tail: '' };
  // After the letters only punctuation may start an explanation: "B. Amazon S3 ...", "B - because".
  const tail = /^[.):;,\-–—]\s*(.*)$/.exec(rest);
  if (!tail) return undefined;
  return { letters, tail: tail[1] };
}

const ANSWER = /^(?:✅ ?|✔️? ?)?(?:the )?(?:correct |right )?(?:answers?|ans\.?|solutions?)(?: ?\(s\))?(?: (?:is|are))? ?[:=\-–] ?(.*)$/i;
const ANSWER_LABEL = /^(?:✅ ?)?(?:the )?(?:correct |right )?(?:answers?|ans\.?|solutions?)(?: ?\(s\))? ?:?$/i;

/** "Answer: B" and its variants: the text after the label, or undefined. A label alone gives ''. */
export function answerText(plain: string): string | undefined {
  const m = ANSWER.exec(plain);
  if (m) return m[1];
  return ANSWER_LABEL.test(plain) ? '' : undefined;
}

const KEY = /^(?:Q(?:uestion)? ?#? ?)?(\d{1,4}) ?[.):\-–] ?(?:(?:the )?(?:correct |right )?(?:answers?|ans\.?)(?: ?\(s\))? ?[:=\-–]? ?)?(.+)$/i;
const KEY_ROW = /^\|? ?(?:Q(?:uestion)? ?)?(\d{1,4}) ?\| ?([A-Ha-h][A-Ha-h ,&]{0,30}?) ?\|/;

/** An answer-key entry: "Q12: A, C", "12. B", "**12. Correct Answer(s): A**", "| 12 | A |". */
export function keyEntry(plain: string): { number: number; letters: string[]; tail: string } | undefined {
  const row = KEY_ROW.exec(plain);
  if (row) {
    const letters = readLetters(row[2]);
    return letters && letters.tail === '' ? { number: Number(row[1]), letters: letters.letters, tail: '' } : undefined;
  }
  const m = KEY.exec(plain);
  if (!m) return undefined;
  const letters = readLetters(m[2]);
  if (!letters) return undefined;
  return { number: Number(m[1]), letters: letters.letters, tail: letters.tail };
}

const WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
const CHOOSE = /\b(?:choose|select|pick|mark)\s+(one|two|three|four|five|six|[1-6])\b/i;

/** The number of answers a stem asks for ("(Choose TWO.)", "Select THREE"), or undefined. */
export function chooseCount(stem: string): number | undefined {
  const m = CHOOSE.exec(stem);
  if (!m) return undefined;
  const w = m[1].toLowerCase();
  return WORDS[w] ?? Number(w);
}

const URL = /https?:\/\/[^\s)<>\]"']{1,2000}/g;

/** The URLs of a line that holds nothing but links ("https://…", "[docs](https://…)", "- <https://…>"), else undefined. */
export function linkOnly(text: string): string[] | undefined {
  const urls = text.match(URL);
  if (!urls) return undefined;
  const rest = text
    .replace(/\[[^\]]{0,1000}\]\([^)]{0,2000}\)/g, ' ')
    .replace(URL, ' ')
    .replace(/^(?:[-*+]|\d{1,4}[.)])\s/, ' ')
    .replace(/^\s*(?:references?|sources?|see(?: also)?|docs?|documentation|links?|read more|more info(?:rmation)?)\s*:/i, ' ');
  if (/[A-Za-z0-9]/.test(rest.replace(/[<>[\](),;|*_]/g, ' '))) return undefined;
  return urls.map((u) => u.replace(/[.,;:]+$/, ''));
}

/** "References:", "Sources", "See also:": a label that introduces links. */
export function isReferencesLabel(plain: string): boolean {
  return /^(?:references?|sources?|see also|links?|documentation|further reading|read more|more info(?:rmation)?)\s*:?$/i.test(plain);
}

const EXPLANATION = /^(?:explanations?|reason(?:ing)?|rationale|why|notes?)(?: ?\(s\))? ?[:\-–] ?(.*)$/i;

/** "Explanation: text" -> "text"; undefined when the line has no such label. A label alone gives ''. */
export function explanationText(plain: string): string | undefined {
  const m = EXPLANATION.exec(plain);
  if (m) return m[1];
  return /^(?:explanations?|reason(?:ing)?|rationale)\s*:?$/i.test(plain) ? '' : undefined;
}

const REFERS = /^(?:all|none|both|neither) of (?:the )?(?:above|these|those|the options|the answers)|^(?:all|none) of them|^(?:both|only|either|neither) \(?[A-H]\)? (?:and|or|nor) \(?[A-H]\)?|^\(?[A-H]\)?(?:, \(?[A-H]\)?)* and \(?[A-H]\)?\.?$/i;

/** True when an option names other options ("All of the above", "Both A and B") and so cannot be shuffled. */
export function refersToOptions(option: string): boolean {
  return REFERS.test(option.trim());
}
