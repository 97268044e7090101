/**
 * English words (the `word-list` package, about 274,000 lower-case words), to tell a misspelt
 * word ("guarentee", "inifinite") from a real one a note happens to write rarely. Kept as a table
 * of two 32-bit hashes per word rather than a set of strings: about 4 MB instead of 18 MB in each
 * extracting thread, built in one pass over the file without making a string per word.
 */
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

/** A set of words that answers whether a word is in it. */
export interface Dictionary {
  has(word: string): boolean;
  readonly size: number;
}

/** Two hashes of `text[start, end)`: FNV-1a and a multiplicative one, so a false match needs both to collide. */
function hashes(text: string, start: number, end: number): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x2f1a3c5d;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b + c, 0x9e3779b1) ^ (b >>> 15);
  }
  // 0 marks an empty slot.
  return [a | 1, b];
}

/** A dictionary of the words in `text`, one per line (blank lines and surrounding spaces ignored). */
export function dictionaryOf(text: string): Dictionary {
  const lines: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      let [s, e] = [start, i];
      while (s < e && text.charCodeAt(s) <= 32) s++;
      while (e > s && text.charCodeAt(e - 1) <= 32) e--;
      if (e > s) lines.push([s, e]);
      start = i + 1;
    }
  }
  // Open addressing at most half full, so a probe ends within a few slots.
  let slots = 1024;
  while (slots < lines.length * 2) slots *= 2;
  const mask = slots - 1;
  const table = new Int32Array(slots * 2);
  const find = (a: number, b: number): number => {
    let i = (a ^ (b >>> 7)) & mask;
    while (table[2 * i] !== 0 && (table[2 * i] !== a || table[2 * i + 1] !== b)) i = (i + 1) & mask;
    return i;
  };
  let size = 0;
  for (const [s, e] of lines) {
    const [a, b] = hashes(text, s, e);
    const i = find(a, b);
    if (table[2 * i] === 0) {
      table[2 * i] = a;
      table[2 * i + 1] = b;
      size++;
    }
  }
  return {
    has(word) {
      const [a, b] = hashes(word, 0, word.length);
      return table[2 * find(a, b)] !== 0;
    },
    size,
  };
}

let english: Dictionary | undefined;

/** The English dictionary, read on first use; empty when the word list cannot be read. */
export function englishWords(): Dictionary {
  if (!english) {
    let text = '';
    try {
      text = readFileSync(wordListPath, 'latin1');
    } catch {
      // No word list: no word is known, and no misspelling is found by it.
    }
    english = dictionaryOf(text);
  }
  return english;
}
