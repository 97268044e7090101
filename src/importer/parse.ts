/** The importer's façade: markdown practice-question bank -> questions, warnings and skips. Pure: no I/O. */
import { finishAll } from './finish.js';
import { toLines } from './lines.js';
import { scan } from './scan.js';
import type { ParseResult } from './types.js';

/**
 * Read the written questions of one markdown bank. `path` names the file in warnings.
 * Recognises task-list options (`- [x]`), lettered options with an answer line (possibly in a
 * `<details>` block) and answer keys joined by question number. Never throws: any failure becomes
 * a warning and an empty result.
 */
export function parseBank(text: string, path: string): ParseResult {
  try {
    const { lines, warnings } = toLines(text, path);
    const result = finishAll(scan(lines), path, warnings);
    result.warnings.sort((a, b) => a.line - b.line);
    return result;
  } catch (err) {
    const message = `could not read questions: ${err instanceof Error ? err.message : String(err)}`;
    return { questions: [], warnings: [{ path, line: 1, message }], skipped: {} };
  }
}
