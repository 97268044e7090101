#!/usr/bin/env node
/** `npm run words`: rewrites data/catalog/words.json, the spellings the bundled notes use at least twice. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { vocabularyOf } from '../../dist/extract/vocabulary.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const notes = readdirSync(join(root, 'data', 'notes'), { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.(?:md|markdown)$/.test(f))
  .sort();
const words = vocabularyOf(notes.map((f) => readFileSync(join(root, 'data', 'notes', f), 'utf8')));
writeFileSync(join(root, 'data', 'catalog', 'words.json'), `[\n${words.map((w) => JSON.stringify(w)).join(',\n')}\n]\n`);
process.stdout.write(`${words.length} spellings from ${notes.length} notes\n`);
