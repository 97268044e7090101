/** Questions -> a tab-separated text file for Anki's File > Import (plain text, one note per line). */
import type { StoredQuestion } from '../core/types.js';

/**
 * Header lines Anki (2.1.55+) reads before the notes: the separator, plain text (Anki escapes it
 * and keeps line breaks), the Basic note type, named columns, a stable GUID column so importing a
 * newer export updates the same notes, and the tags column.
 */
const HEADER = ['#separator:tab', '#html:false', '#notetype:Basic', '#columns:GUID\tFront\tBack\tTags', '#guid column:1', '#tags column:4'];

const letter = (i: number): string => String.fromCharCode(65 + i);

/**
 * One field: a field holding a tab, a line break or a quote, or starting with `#` (a comment line
 * to Anki), is quoted with its quotes doubled, as Anki's CSV reader expects.
 */
export function ankiField(text: string): string {
  const clean = text.replace(/\r\n?/g, '\n');
  return /[\t\n"]/.test(clean) || clean.startsWith('#') ? `"${clean.replace(/"/g, '""')}"` : clean;
}

/** An Anki tag: no spaces (they separate tags), nothing Anki treats specially. */
function tag(text: string): string {
  return text.trim().replace(/[\s"]+/g, '_');
}

/** Front: the stem and the lettered options. Back: the answer, the explanation and the source. */
export function ankiCard(q: StoredQuestion): { guid: string; front: string; back: string; tags: string } {
  const options = q.options.map((o, i) => `${letter(i)}. ${o}`).join('\n');
  const picks = q.answers.length > 1 && !/\(choose \w+\.?\)/i.test(q.stem) ? `\n(Choose ${q.answers.length}.)` : '';
  const front = `${q.stem}${picks}\n\n${options}`;
  const picked = q.answers.map((i) => `${letter(i)}. ${q.options[i]}`);
  const answer = picked.length > 1 ? `Answers:\n${picked.join('\n')}` : `Answer: ${picked[0] ?? ''}`;
  const where = `Source: ${q.source.path}:${q.source.line}${q.source.headings.length ? ` (${q.source.headings.join(' > ')})` : ''}`;
  const back = [answer, q.explanation.trim(), where].filter(Boolean).join('\n\n');
  const tags = ['awsq', ...q.topics, ...q.placements.map((p) => p.cert)].map(tag).filter(Boolean);
  return { guid: `awsq-${q.id}`, front, back, tags: [...new Set(tags)].join(' ') };
}

/** The whole file: header lines, then one tab-separated note per line. */
export function toAnki(questions: StoredQuestion[]): string {
  const rows = questions.map((q) => {
    const c = ankiCard(q);
    return [c.guid, c.front, c.back, c.tags].map(ankiField).join('\t');
  });
  return `${[...HEADER, ...rows].join('\n')}\n`;
}
