import { describe, expect, it } from 'vitest';
import { dictionaryOf, englishWords } from '../../src/extract/dictionary.js';
import { slipFinder, withoutSlips } from '../../src/extract/slips.js';

describe('the English dictionary', () => {
  it('knows the words of its list and no others', () => {
    const words = dictionaryOf('guarantee\n  infinite \n\nvariety\r\n');
    expect(words.size).toBe(3);
    expect(['guarantee', 'infinite', 'variety'].map((w) => words.has(w))).toEqual([true, true, true]);
    expect(['guarentee', 'infinit', 'varietys', '', 'guarantee infinite'].map((w) => words.has(w))).toEqual([false, false, false, false, false]);
  });

  it('is empty without a word list, and then spells nothing against it', () => {
    const none = dictionaryOf('');
    expect(none.size).toBe(0);
    expect(none.has('guarantee')).toBe(false);
    expect(slipFinder('guarentee, guarentee and guarentee', new Map(), new Set(), none)('guarentee')).toEqual([]);
  });

  it('counts a word listed twice once', () => {
    expect(dictionaryOf('queue\nqueue\nqueues').size).toBe(2);
  });

  it('holds the shipped list of English words', () => {
    const english = englishWords();
    expect(english.size).toBeGreaterThan(200_000);
    expect(['guarantee', 'programmatically', 'accommodate', 'throughput'].every((w) => english.has(w))).toBe(true);
    expect(['guarentee', 'programatically', 'accomodate'].some((w) => english.has(w))).toBe(false);
  });
});

describe('words no dictionary knows', () => {
  const english = dictionaryOf(
    ['guarantee', 'guaranteed', 'infinite', 'variety', 'accommodate', 'always', 'alway', 'back', 'end', 'backed', 'sign', 'signing', 'preferred', 'proffered', 'separate', 'superate', 'lexia', 'alexia'].join('\n'),
  );
  const find = (note: string) => slipFinder(note, new Map(), new Set(), english);

  it('are shown as the one English word a slip away, however often the note writes them', () => {
    const note = 'AWS guarentee: a guarentee of uptime; guarentee again; guarentee always. Inifinite items.';
    expect(withoutSlips('they guarentee inifinite items', find(note))).toBe('they guarantee infinite items');
  });

  it('are spelt right when the note misspells its own usual misspelling ("guarentess" beside "guarentees")', () => {
    const note = 'ordering guarentees on FIFO; no guarentees; ordering guarentess only on FIFO';
    const dict = dictionaryOf('guarantees\nordering');
    expect(withoutSlips('ordering guarentess only on FIFO', slipFinder(note, new Map(), new Set(), dict))).toBe('ordering guarantees only on FIFO');
  });

  it('that join two words are spelt only when the notes write the neighbour more than twice as often', () => {
    const dict = dictionaryOf('met\nrices\nmetrics\nsign\nsigning');
    const often = 'metrices once; metrics, metrics, metrics; signin, signin; signing, signing, signing';
    const find = slipFinder(often, new Map(), new Set(), dict);
    expect(withoutSlips('free metrices', find)).toBe('free metrics');
    // "signin" twice beside "signing" three times: a word of the trade.
    expect(find('the signin page')).toEqual([]);
  });

  it('never rewrite an English word as the note\'s misspelling of it', () => {
    const note = 'Indexies here, Indexies there, and indexes once.';
    const find = slipFinder(note, new Map(), new Set(), dictionaryOf('indexes\nindex'));
    expect(find('global indexes')).toEqual([]);
  });

  it('are spelt at the start of a text, capitals kept', () => {
    expect(withoutSlips('Accomodate the load', find('accomodate the load'))).toBe('Accommodate the load');
  });

  it('are left alone when capitalised inside a text (names) or before an apostrophe', () => {
    // The note writes "alexia", so a lower-case "alexa" would be taken for it.
    expect(find('Amazon Alexa skills; alexia')('Amazon Alexa skills')).toEqual([]);
    expect(find("it guarentee'd")("it guarentee'd")).toEqual([]);
  });

  it('are left alone when they join two words ("backend", "signin")', () => {
    // The note writes "backed" and "signing", a slip away from each.
    expect(find('the backend and the signin page, backed up, signing in')('the backend and the signin page')).toEqual([]);
  });

  it('take of several English words the one the notes write, and a short rare one never', () => {
    // "seperate" is a slip of both "separate" and "superate"; the note writes "separate".
    expect(withoutSlips('seperate keys', find('separate accounts, seperate keys'))).toBe('separate keys');
    expect(find('seperate keys')('seperate keys')).toEqual([]);
    // "alwasy" is a slip of "alway" only (the dictionary here lacks nothing else); too short and unwritten.
    expect(find('alwasy on')('alwasy on')).toEqual([]);
  });

  it('take the moved double letter into account ("preffered" may be "preferred" or "proffered")', () => {
    expect(find('preffered region')('preffered region')).toEqual([]);
    expect(withoutSlips('preffered region', find('the preferred region, preffered region'))).toBe('preferred region');
  });
});
