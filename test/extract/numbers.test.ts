import { describe, expect, it } from 'vitest';
import { findNumbers, formatNumber, nearbyValues } from '../../src/extract/numbers.js';
import { extract } from '../../src/extract/index.js';
import { answersOf, catalog, eligible } from './helpers.js';

describe('numbers with units', () => {
  it.each([
    ['max 256KB per message', 256, 'KB'],
    ['retention of 14 days', 14, 'days'],
    ['99.99% availability', 99.99, '%'],
    ['timeout of 15 min', 15, 'minutes'],
    ['baseline of 3000 IOPS', 3000, 'IOPS'],
    ['replication across 3 AZs', 3, 'AZs'],
  ])('reads "%s"', (text, value, unit) => {
    expect(findNumbers(text).map((m) => [m.value, m.unit])).toEqual([[value, unit]]);
  });

  it('ignores numbers without a unit', () => {
    expect(findNumbers('version 2 of the API, 12 500 000 subscribers')).toEqual([]);
  });

  it('offers wrong values of the same unit that differ from the answer', () => {
    const wrong = nearbyValues(256, 'KB').slice(0, 3);
    expect(wrong.every((v) => v !== 256 && Number.isInteger(v))).toBe(true);
  });

  it('never offers 100% or more as a wrong percentage', () => {
    expect(nearbyValues(99.9, '%').some((v) => v >= 100)).toBe(false);
  });

  it('keeps every decimal the note wrote (99.999% is not 100%)', () => {
    expect(formatNumber(99.999, '%')).toBe('99.999%');
    expect(formatNumber(99.999999999, '%')).toBe('99.999999999%');
    expect(formatNumber(0.5, 'GB')).toBe('0.5 GB');
  });

  it('never keys 100% for a durability of five nines', () => {
    const note = '# EBS Volumes\n\n- Provisioned IOPS SSD (io2) 99.999% durability\n- General Purpose SSD (gp3) 99.8% durability\n';
    const q = extract(note, 'ebs.md', catalog).questions.find((x) => x.kind === 'numeric' && x.stem.includes('Provisioned'));
    expect(q ? answersOf(q) : ['missing']).toEqual(['99.999%']);
  });

  it('writes one unit in the singular', () => {
    expect(formatNumber(1, 'years')).toBe('1 year');
  });

  it('skips counts the note itself calls a snapshot', () => {
    const note = '# Regions\n\n- **Region** - a cluster of data centres\n  - currently there are 32 Regions and 102 AZs\n';
    expect(eligible(note).filter((q) => q.kind === 'numeric')).toEqual([]);
  });

  it('does not ask for a number the same sentence already shows', () => {
    const note = '# SQS\n\n- **FIFO** - first in first out\n  - deduplication interval 5 minutes: a message sent twice within 5 minutes is dropped\n';
    expect(eligible(note).filter((q) => q.kind === 'numeric').flatMap(answersOf)).toEqual([]);
  });
});
