/** Slips of the keyboard in a note ("InvervalSeconds" once, "IntervalSeconds" elsewhere) found so that no answer shows them. */
import { slipOf } from './text.js';

const TOKEN = /[A-Za-z][A-Za-z0-9]{5,}/g;

/** How often the note writes a word, with the spelling it uses most. */
interface Usage {
  count: number;
  spelling: string;
  spellings: Map<string, number>;
}

function usageOf(text: string): Map<string, Usage> {
  const out = new Map<string, Usage>();
  for (const m of text.matchAll(TOKEN)) {
    const lower = m[0].toLowerCase();
    let u = out.get(lower);
    if (!u) out.set(lower, (u = { count: 0, spelling: m[0], spellings: new Map() }));
    u.count++;
    const n = (u.spellings.get(m[0]) ?? 0) + 1;
    u.spellings.set(m[0], n);
    if (n > (u.spellings.get(u.spelling) ?? 0)) u.spelling = m[0];
  }
  return out;
}

/**
 * A function that finds the slips of one note in a text: words the note writes once whose only
 * near spelling (one letter off, see `slipOf`) the note writes at least twice, as pairs of the
 * word as written and that spelling. Real words one letter apart ("masking" / "making") are found
 * too, so a slip is a reason to keep a question out, never to rewrite it.
 */
export function slipFinder(note: string): (text: string) => [string, string][] {
  const usage = usageOf(note);
  // Frequent words by first letter and length, so a lookup scans a handful of words.
  const frequent = new Map<string, string[]>();
  for (const [word, u] of usage) {
    if (u.count < 2) continue;
    for (const len of [word.length - 1, word.length, word.length + 1]) {
      const k = `${word[0]}${len}`;
      frequent.set(k, [...(frequent.get(k) ?? []), word]);
    }
  }
  const memo = new Map<string, string | null>();
  const slipped = (token: string): string | null => {
    const lower = token.toLowerCase();
    if ((usage.get(lower)?.count ?? 0) > 1) return null;
    let found = memo.get(lower);
    if (found === undefined) {
      const near = (frequent.get(`${lower[0]}${lower.length}`) ?? []).filter((w) => slipOf(lower, w));
      found = near.length === 1 ? (usage.get(near[0])?.spelling ?? near[0]) : null;
      memo.set(lower, found);
    }
    return found;
  };
  return (text) => {
    const out: [string, string][] = [];
    for (const m of text.matchAll(TOKEN)) {
      const fix = slipped(m[0]);
      if (fix) out.push([m[0], fix]);
    }
    return out;
  };
}
