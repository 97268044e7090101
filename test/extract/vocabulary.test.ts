import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { slipFinder, withoutSlips } from '../../src/extract/slips.js';
import { bundledVocabulary, intendedWord, keystrokeSlip, neighbourKeys, trustedWords, vocabularyOf } from '../../src/extract/vocabulary.js';
import { catalog } from './helpers.js';

describe('keystroke slips', () => {
  it.each([
    ['nased', 'based', true],
    ['objecy', 'object', true],
    ['encrupt', 'encrypt', true],
    ['incements', 'increments', true],
    ['distinc', 'distinct', true],
    ['chceck', 'check', true],
    ['sewnt', 'sent', true],
    ['untis', 'units', true],
    ['seperated', 'separated', true],
    ['compares', 'compared', false],
    ['writer', 'write', false],
    ['simply', 'simple', false],
    ['stable', 'table', false],
    ['leader', 'header', false],
    ['minimise', 'minimize', false],
    ['rust', 'rest', false],
    ['based', 'based', false],
  ])('%s for %s: %s', (written, known, expected) => {
    expect(keystrokeSlip(written, known)).toBe(expected);
  });

  it('knows which keys neighbour', () => {
    expect(neighbourKeys('n', 'b')).toBe(true);
    expect(neighbourKeys('r', 'f')).toBe(true);
    expect(neighbourKeys('t', 'y')).toBe(true);
    expect(neighbourKeys('l', 'h')).toBe(false);
    expect(neighbourKeys('q', 'p')).toBe(false);
  });

  const vocabulary = new Map([['based', 5], ['replay', 3], ['rely', 3], ['delay', 4], ['object', 9]]);
  const trusted = trustedWords(new Map(), vocabulary);

  it('names the intended word only when exactly one known word is a slip away', () => {
    expect(intendedWord('Nased', new Map(), vocabulary, trusted)).toBe('based');
    expect(intendedWord('Relay', new Map(), vocabulary, trusted)).toBeUndefined();
    // Written twice by the note: a spelling of its own, not a slip.
    expect(intendedWord('Nased', new Map([['nased', 2]]), vocabulary, trusted)).toBeUndefined();
    // Inner capitals make a name.
    expect(intendedWord('ObjecY', new Map(), vocabulary, trusted)).toBeUndefined();
  });

  it('corrects a keystroke slip on screen, keeping the capital', () => {
    const find = slipFinder('Nased on the alarm.', vocabulary);
    expect(withoutSlips('Nased on CloudWatch Alarm', find)).toBe('Based on CloudWatch Alarm');
    expect(withoutSlips('Relay the objecy', find)).toBe('Relay the object');
  });

  it('corrects options of extracted questions with the shipped vocabulary', () => {
    const note =
      '# ECS Service Auto Scaling\n\n' +
      '- **Target Tracking** - based on value for CloudWatch metric\n' +
      '- **Step Scaling** - Nased on CloudWatch Alarm\n' +
      '- **Scheduled Scaling** - based on specific date/time\n' +
      '- **Simple Scaling** - based on a single alarm with a cooldown\n';
    const shown = extract(note, 'ecs.md', catalog).questions.flatMap((q) => [q.stem, ...q.options]).join('\n');
    expect(shown).toMatch(/Based on CloudWatch Alarm/i);
    expect(shown).not.toMatch(/Nased/i);
  });
});

describe('the shipped vocabulary', () => {
  it('is the words the bundled notes write at least twice (npm run words)', () => {
    const dir = join(import.meta.dirname, '..', '..', 'data', 'notes');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(?:md|markdown)$/.test(f)).sort();
    const expected = vocabularyOf(files.map((f) => readFileSync(join(dir, f), 'utf8')));
    expect([...bundledVocabulary()]).toEqual(expected);
    expect(bundledVocabulary().get('based')).toBeGreaterThanOrEqual(3);
  });

  it('counts words case-blind and leaves out words written once', () => {
    expect(vocabularyOf(['Queue queue QUEUE once', 'queue twice twice'])).toEqual([['queue', 4], ['twice', 2]]);
  });
});

describe('a keystroke slip the note also spells right', () => {
  it('is corrected though the word is short enough to be another word', () => {
    const note = 'Encrypt data with KMS. Use envelope encryption to encrypt more. We encrypt often. Used if you want to encrupt data.';
    const find = slipFinder(note, new Map());
    expect(withoutSlips('you want to encrupt data', find)).toBe('you want to encrypt data');
  });
});
