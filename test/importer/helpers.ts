/** Helpers for importer tests: read a fixture and parse it. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseBank } from '../../src/importer/parse.js';
import type { ParseResult } from '../../src/importer/types.js';

/** Absolute path of a fixture under test/fixtures/import. */
export function fixture(name: string): string {
  return fileURLToPath(new URL(`../fixtures/import/${name}`, import.meta.url));
}

/** Parse a fixture file as the importer would. */
export function parseFixture(name: string): ParseResult {
  return parseBank(readFileSync(fixture(name), 'utf8'), name);
}

/** Questions as [stem, options with `*` before correct ones] pairs, for compact expectations. */
export function brief(r: ParseResult): Array<[string, string[]]> {
  return r.questions.map((q) => [q.stem, q.options.map((o, i) => (q.answers.includes(i) ? `*${o}` : o))]);
}

/** Warnings as "file:line message". */
export function warned(r: ParseResult): string[] {
  return r.warnings.map((w) => `${w.path}:${w.line} ${w.message}`);
}
