import { describe, expect, it } from 'vitest';
import { ankiField, toAnki } from '../../src/exporter/anki.js';
import { stored } from './helpers.js';

/** Split Anki's tab-separated text the way a CSV reader does: quoted fields may hold tabs, line breaks and doubled quotes. */
function records(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === '\t') row.push(field), (field = '');
    else if (c === '\n') row.push(field), rows.push(row), (row = []), (field = '');
    else field += c;
  }
  return rows;
}

const tricky = stored('t1', {
  stem: 'Which "tab\tseparated" service?\nSecond line',
  options: ['Amazon S3', '#hash first', 'Amazon EBS'],
  answers: [0, 2],
  explanation: 'Line one\nLine two',
  topics: ['s3', 'ebs'],
});

describe('anki export', () => {
  const text = toAnki([stored('a1'), tricky]);
  const lines = text.split('\n');

  it('starts with the header lines Anki reads', () => {
    expect(lines.slice(0, 6)).toEqual(['#separator:tab', '#html:false', '#notetype:Basic', '#columns:GUID\tFront\tBack\tTags', '#guid column:1', '#tags column:4']);
  });

  it('has four fields per note once quoted tabs and line breaks are read back', () => {
    const notes = records(lines.slice(6).join('\n'));
    expect(notes.map((r) => r.length)).toEqual([4, 4]);
  });

  it('puts the stem and lettered options on the front, the answers, explanation and source on the back', () => {
    const [, front, back] = records(lines.slice(6).join('\n'))[1];
    expect({ front, back }).toEqual({
      front: 'Which "tab\tseparated" service?\nSecond line\n(Choose 2.)\n\nA. Amazon S3\nB. #hash first\nC. Amazon EBS',
      back: 'Answers:\nA. Amazon S3\nC. Amazon EBS\n\nLine one\nLine two\n\nSource: bank.md:3 (Storage)',
    });
  });

  it('tags each note with awsq, its topics and its exams', () => {
    expect(records(lines.slice(6).join('\n'))[1][3]).toBe('awsq s3 ebs SAA-C03 CLF-C02');
  });

  it('gives each note a stable GUID from the question id', () => {
    expect(records(lines.slice(6).join('\n')).map((r) => r[0])).toEqual(['awsq-a1', 'awsq-t1']);
  });

  it('quotes a field that starts with # so Anki does not read it as a comment', () => {
    expect(ankiField('#1 pick')).toBe('"#1 pick"');
  });
});
