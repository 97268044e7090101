/**
 * Signatures of the rules a bank was built with: a hash of the code and data that decide what a
 * note yields (extraction) and where a question goes (classification). When awsq is upgraded or
 * its data edited, the signature changes and the next build applies the new rules to the whole
 * bank; otherwise a rebuild redoes nothing for unchanged notes.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import wordListPath from 'word-list';
import { dataDir } from '../core/paths.js';

/** The two signatures a build compares with what the bank recorded. */
export interface RuleSignatures {
  extract: string;
  classify: string;
}

const codeDir = fileURLToPath(new URL('../', import.meta.url));

/** Hash of every file in the given folders (not recursive), by name and content; missing folders count as empty. */
export function folderHash(folders: string[], only?: (name: string) => boolean): string {
  const h = createHash('sha256');
  for (const folder of folders) {
    let names: string[];
    try {
      names = readdirSync(folder).filter((n) => !only || only(n)).sort();
    } catch {
      names = [];
    }
    for (const name of names) {
      h.update(`${folder}/${name}\0`);
      try {
        h.update(readFileSync(join(folder, name)));
      } catch {
        // A folder inside: not part of the rules.
      }
    }
  }
  return h.digest('hex').slice(0, 16);
}

/** Hash of one file's content ('' when it cannot be read). */
function fileHash(path: string): string {
  try {
    return createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 16);
  } catch {
    return '';
  }
}

/** Signatures of the installed awsq's extraction and classification rules. */
export function ruleSignatures(): RuleSignatures {
  const code = (name: string) => name.endsWith('.js') || name.endsWith('.ts');
  const json = (name: string) => name.endsWith('.json');
  return {
    // The English word list decides which misspellings are shown corrected.
    extract: `${folderHash([join(codeDir, 'extract'), join(codeDir, 'core')], code)}-${folderHash([join(dataDir, 'catalog')], json)}-${fileHash(wordListPath)}`,
    classify: `${folderHash([join(codeDir, 'certs'), join(codeDir, 'core')], code)}-${folderHash([join(dataDir, 'certs'), join(dataDir, 'catalog')], json)}`,
  };
}
