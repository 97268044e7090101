/** Rules of the 25th stop: values in a label's short aside, limits equated with a tilde, names spaced apart, two letters dropped. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { loadCatalog } from '../../src/certs/data.js';
import { bundledFamilies, familySpelling, type Family } from '../../src/extract/families.js';
import { slipFinder, withoutSlips } from '../../src/extract/slips.js';
import { dropsTwo } from '../../src/extract/text.js';

const shipped = loadCatalog();
const questions = (note: string) => extract(note, 'review25.md', shipped).questions;
const numericAbout = (note: string, value: string) => questions(note).find((q) => q.kind === 'numeric' && q.answers.some((a) => q.options[a] === value));

describe('a numeric statement', () => {
  const pricing = (value: string) => `# Amazon EC2 pricing\n\n- Reserved Instances (Reserve capacity for 1-3 years with a big discount. Up to ${value})\n- On-Demand is billed by the second with no commitment\n`;
  it.each([
    // A value in a few words of aside after a bare label: the label says nothing of what it is.
    ['is a fragment with its value in a short aside after a bare label', '# Reserved Instances\n\n- Standard RIs (Claim 72% off)\n- Convertible RIs can change the instance family during the term\n', '72%', true, '(Claim _____ off)'],
    ['is a fragment with a bandwidth in the aside of "great network"', '# EC2 Placement Groups\n\n## Cluster\n\n- great network (10 Gbps bandwidth between instances)\n- all instances in one rack of one AZ\n', '10 Gbps', true, ''],
    ['is whole with its value in an aside that is a sentence of its own', pricing('72%'), '72%', false, ''],
    // "1k records/s ~ 1 MB/s" reads as if one limit were the other.
    ['is a fragment with two limits set side by side with a tilde', '# Kinesis Data Streams\n\n## Write Rate\n\n- per shard writes 1k records/s ~ 1 MB/s\n- producers send records with a partition key\n', '1 MB/s', true, ''],
    ['is whole with a tilde that means "about" ("Up to ~72%")', pricing('~72%'), '72%', false, ''],
  ])('%s', (_what, note, value, fragment, stem) => {
    const q = numericAbout(note, value);
    expect(q).toBeDefined();
    if (stem) expect(q?.stem).toContain(stem);
    if (fragment) expect(q?.reasons).toContain('fragment');
    else expect(q?.reasons ?? []).not.toContain('fragment');
  });
});

describe('a family member written with spaces the family does not write', () => {
  const families: Family[] = [{ id: 'volumes', members: [['st1', 'st 1', 'st 1 (HDD)'], ['sc1', 'sc1 (HDD)'], ['Cold Storage', 'Cold storage']] }];

  it('is shown as the family writes it, its aside kept for the stem to drop', () => {
    expect(familySpelling('st 1', families)).toBe('st1');
    expect(familySpelling('st 1 (HDD)', families)).toBe('st1 (HDD)');
  });

  it('keeps the note\'s capitals and the names no family lists', () => {
    expect(familySpelling('Cold storage', families)).toBe('Cold storage');
    expect(familySpelling('sc1 (HDD)', families)).toBe('sc1 (HDD)');
    expect(familySpelling('gp 3', families)).toBe('gp 3');
  });

  it('gives the bundled EBS questions "st1" as an option, never "st 1"', () => {
    const note = [
      '# Amazon EBS',
      '',
      '* volume types:',
      '    * *gp2 / gp3 (SSD)* - general purpose SSD volume that balances price and performance',
      '    * *io1 / io2 (SSD)* - highest-performance SSD, mission-critical low-latency workloads',
      '    * *st 1 (HDD)* - low cost HDD for frequently accessed, throughput-intensive workloads',
      '    * *sc1 (HDD)* - lowest cost HDD volume designed for less frequently accessed workloads',
      '',
    ].join('\n');
    const asked = questions(note).filter((q) => q.kind === 'definition' && q.options.length >= 4);
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) {
      expect(q.options).not.toContain('st 1');
      expect(q.options).toContain('st1');
    }
  });
});

describe('two neighbouring letters dropped', () => {
  it.each([
    ['partion', 'partition', true],
    ['relation', 'relaxation', true],
    ['rtition', 'partition', false],
    ['partiti', 'partition', false],
    ['partitio', 'partition', false],
    ['partition', 'partion', false],
  ])('%s from %s: %s', (short, long, expected) => {
    expect(dropsTwo(short, long)).toBe(expected);
  });

  it('shows a family member so misspelt as the family spells it ("Partion Key")', () => {
    expect(familySpelling('Partion Key', bundledFamilies())).toBe('Partition Key');
  });

  it('is a slip of a word the note writes three times as often, unless it is an English word', () => {
    const none = new Set<string>();
    const typo = slipFinder('Partition here, partition there, partition everywhere. Partion once.', undefined, none);
    expect(typo('Partion')).toEqual([['Partion', 'partition']]);
    expect(withoutSlips('Partion Key', typo)).toBe('Partition Key');
    const rare = slipFinder('Partition here, partition there. Partion once.', undefined, none);
    expect(rare('Partion')).toEqual([]);
    const english = slipFinder('Relaxation, relaxation and relaxation. One relation.', undefined, none);
    expect(english('relation')).toEqual([]);
  });
});

describe('a family of three members', () => {
  it('is completed by its decoys before a term of the level above ("Scale" among EFS throughput modes)', () => {
    const note = [
      '# Amazon EFS',
      '',
      '* performance and storage classes:',
      '    * **Scale** - 1000s of concurrent NFS clients, 10 GB+ throughput, grow to Petabyte-scale NFS automatically',
      '    * **Performance mode** - set at EFS creation time:',
      '        * *General purpose* (default) - latency-sensitive use cases (web server, CMS, etc...)',
      '        * *Max I/O* - higher latency, throughput, highly parallel (big data, media processing)',
      '    * **Throughput mode** set at EFS creation time:',
      '        * *Bursting* - 1 TB = 50MiB/s + burst of up to 100MiB/s, the more space you use the more throughput',
      '        * *Provisioned* -  set throughput regardless of storage size',
      '',
    ].join('\n');
    const q = questions(note).find((x) => x.kind === 'definition' && x.stem.includes('regardless of storage size'));
    expect(q).toBeDefined();
    expect(q?.options).not.toContain('Scale');
    expect(q?.options).toEqual(expect.arrayContaining(['Provisioned', 'Bursting', 'Elastic']));
  });
});

describe('a contraction written without its apostrophe', () => {
  it('is shown with it ("dont" as "don\'t", "DOESNT" as "DOESN\'T")', () => {
    const find = slipFinder('Consumers dont see it. It DOESNT scale.');
    expect(withoutSlips('consumers dont see it immediately', find)).toBe("consumers don't see it immediately");
    expect(withoutSlips('it doesnt scale as much as SQS', find)).toBe("it doesn't scale as much as SQS");
    expect(withoutSlips('IT DOESNT SCALE', find)).toBe("IT DOESN'T SCALE");
  });

  it('leaves "cant" and "wont", which are words, as written', () => {
    const find = slipFinder('A cant of the trade. As is his wont.');
    expect(withoutSlips('you cant and wont', find)).toBe('you cant and wont');
  });

  it('reaches the stem of a question', () => {
    const note = '# Amazon SQS\n\n## Delay Queue\n\n- delay a message, meaning consumers dont see it immediately, up to 15 minutes\n- set at the queue level or per message\n';
    const q = questions(note).find((x) => x.kind === 'numeric');
    expect(q?.stem).toContain("consumers don't see it");
  });
});
