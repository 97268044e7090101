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

const FNV_BASIS = 0x811c9dc5;
const MIX_BASIS = 0x2f1a3c5d;
/** One step of the two hashes: FNV-1a and a multiplicative one, so a false match needs both to collide. */
const stepA = (a: number, c: number) => Math.imul(a ^ c, 0x01000193);
const stepB = (b: number, c: number) => Math.imul(b + c, 0x9e3779b1) ^ (b >>> 15);

/**
 * A dictionary of the words in `text`, one per line; spaces and other control characters are not
 * part of a word, and blank lines are skipped.
 */
export function dictionaryOf(text: string): Dictionary {
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  // Open addressing at most about half full, so a probe ends within a few slots.
  let slots = 1024;
  while (slots * 2 < lines * 3) slots *= 2;
  const mask = slots - 1;
  const table = new Int32Array(slots * 2);
  // The slot holding the hashes (a, b), or the empty one where they would go; 0 marks an empty slot.
  const find = (a: number, b: number): number => {
    let i = (a ^ (b >>> 7)) & mask;
    while (table[2 * i] !== 0 && (table[2 * i] !== a || table[2 * i + 1] !== b)) i = (i + 1) & mask;
    return i;
  };
  let size = 0;
  let [a, b, length] = [FNV_BASIS, MIX_BASIS, 0];
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (c === 10) {
      if (length > 0) {
        const slot = find(a | 1, b);
        if (table[2 * slot] === 0) {
          table[2 * slot] = a | 1;
          table[2 * slot + 1] = b;
          size++;
        }
      }
      [a, b, length] = [FNV_BASIS, MIX_BASIS, 0];
    } else if (c > 32) {
      a = stepA(a, c);
      b = stepB(b, c);
      length++;
    }
  }
  return {
    has(word) {
      let [wa, wb] = [FNV_BASIS, MIX_BASIS];
      for (let i = 0; i < word.length; i++) {
        const c = word.charCodeAt(i);
        if (c <= 32) return false;
        wa = stepA(wa, c);
        wb = stepB(wb, c);
      }
      return word.length > 0 && table[2 * find(wa | 1, wb)] !== 0;
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
