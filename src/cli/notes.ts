/** Finding and reading note files: folders recurse into .md/.markdown, bad files become warnings. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { UsageError } from '../core/errors.js';
import type { Warning } from '../core/types.js';

/** A note file found on disk. */
export interface NoteFile {
  absPath: string;
  /** Path shown to the learner: relative to the folder given, or the file name. */
  path: string;
}

/** What was found under the given paths, and the folders whose vanished files count as removed. */
export interface Discovery {
  files: NoteFile[];
  roots: string[];
}

const NOTE_EXT = /\.(md|markdown)$/i;

function walk(dir: string, root: string, out: NoteFile[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) walk(full, root, out);
    else if (e.isFile() && NOTE_EXT.test(e.name)) out.push({ absPath: full, path: relative(root, full).split(sep).join('/') });
  }
}

/** Expand files and folders; a missing path is a UsageError naming it. */
export function discoverNotes(paths: string[]): Discovery {
  const files: NoteFile[] = [];
  const roots: string[] = [];
  for (const p of paths) {
    const abs = resolve(p);
    let st;
    try {
      st = statSync(abs);
    } catch {
      throw new UsageError(`no such file or folder: ${p}`);
    }
    if (st.isDirectory()) {
      roots.push(abs.endsWith(sep) ? abs : abs + sep);
      walk(abs, abs, files);
    } else {
      files.push({ absPath: abs, path: basename(abs) });
    }
  }
  const seen = new Set<string>();
  return { files: files.filter((f) => !seen.has(f.absPath) && seen.add(f.absPath)), roots };
}

/** A note's bytes checked and decoded, or the reason it was skipped. */
export type NoteContent =
  | { ok: true; text: string; hash: string; size: number }
  | { ok: false; warning: Warning; hash: string; size: number };

/** Hash of a file's bytes, the key of change detection. */
export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Decode a note: empty, binary (NUL bytes) and non-UTF-8 files are skipped with a warning. */
export function decodeNote(path: string, bytes: Uint8Array): NoteContent {
  const hash = hashBytes(bytes);
  const size = bytes.length;
  const skip = (message: string): NoteContent => ({ ok: false, hash, size, warning: { path, line: 1, message } });
  if (size === 0 || bytes.every((b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09)) return skip('empty file skipped');
  const nul = bytes.subarray(0, 8192).indexOf(0);
  if (nul >= 0) {
    const line = 1 + bytes.subarray(0, nul).filter((b) => b === 0x0a).length;
    return { ok: false, hash, size, warning: { path, line, message: 'binary file skipped (contains NUL bytes)' } };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, text: text.replace(/^\uFEFF/, ''), hash, size };
  } catch {
    // Find the first line with an invalid sequence so the warning points at it.
    let line = 1;
    let start = 0;
    for (let i = 0; i <= bytes.length; i++) {
      if (i === bytes.length || bytes[i] === 0x0a) {
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start, i));
        } catch {
          break;
        }
        line++;
        start = i + 1;
      }
    }
    return { ok: false, hash, size, warning: { path, line, message: 'not valid UTF-8 text; file skipped' } };
  }
}

/** Read and decode one note file. */
export function readNote(file: NoteFile): NoteContent {
  try {
    return decodeNote(file.path, readFileSync(file.absPath));
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    return { ok: false, hash: '', size: 0, warning: { path: file.path, line: 1, message: `cannot read: ${msg}` } };
  }
}
