import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/core/types.js';
import { extract } from '../../src/extract/index.js';
import { answersOf, catalog } from './helpers.js';

const all = (note: string): Question[] => extract(note, 'runtogether.md', catalog).questions;
/** The definition question whose answer is `answer`. */
const definitionOf = (note: string, answer: string) => all(note).find((q) => q.kind === 'definition' && answersOf(q)[0] === answer);

const list = (items: string[]) => items.map((i) => `* **${i.split(' - ')[0]}** - ${i.split(' - ').slice(1).join(' - ')}\n`).join('');
const note = (heading: string, first: string) =>
  `# ${heading}\n\n${list([
    first,
    'Point in time recovery - restore data at any second within the retention window',
    'Global tables - replicate tables across regions for low latency reads',
    'Streams - ordered log of item changes kept for twenty four hours',
  ])}`;

describe('run-together lines and personal shorthand', () => {
  // Two note lines glued together ("storage The NoSQL ...") read as a garbled stem; a capitalised
  // function word after a lower-case word gives them away. Names after a lower-case word stay.
  it.each([
    ['fragment', 'rejects a capitalised function word glued to a lower-case one', 'Tables - storage The item collections of your application data'],
    ['fragment', "rejects 'Max' glued to the line before", 'Tables - limit of 40000 rcu Max 400 KB per item in each table'],
    // Personal shorthand ("thx", "w/") is note wording, not exam wording.
    ['residue', "rejects 'thx'", 'Tables - store items safely thx to replication across three zones'],
    ['residue', "rejects 'w/'", 'Tables - store items w/ replication across three zones in a region'],
    ['fragment', 'rejects an article right before a verb', 'Tables - hold items only if the are written with a partition key'],
    ['residue', "rejects 'env'", 'Tables - store the items of each env of your application in a region'],
    ['residue', "rejects a price written '2$'", 'Tables - store items for a 2$ monthly fee per table in a region'],
  ])('%s: %s', (reason, _title, line) => {
    expect(definitionOf(note('DynamoDB', line), 'Tables')?.reasons).toContain(reason);
  });

  it.each([
    ['keeps a service name after a lower-case word', 'Tables - store items of your application using Amazon S3 exports'],
    ['keeps "the AWS Console" and a sentence after a full stop', 'Tables - collections of items. The AWS Console lists their size'],
    ['keeps "with" and "because" written out', 'Tables - store items with replication because of three zones'],
    ['keeps "AZ-a is" and "a" as a word', 'Tables - live in AZ-a is the default; a table is a collection of items'],
    ['keeps "environment" and a price written "$2"', 'Tables - store the items of each environment for a $2 monthly fee'],
  ])('%s', (_title, line) => {
    const q = definitionOf(note('DynamoDB', line), 'Tables');
    expect(q).toBeDefined();
    expect(q?.reasons.filter((r) => r === 'fragment' || r === 'residue')).toEqual([]);
  });
});

describe('acronym expansion paraphrased in the stem', () => {
  const dns = (line: string) =>
    `# DNS\n\n${list([
      line,
      'Name servers - resolve DNS queries for a hosted zone',
      'Zone file - contains the DNS records of a hosted zone',
      'DNS Records - map names to addresses and other values',
    ])}`;
  // "highest level domain" for TLD (Top Level Domain) shares two words of the expansion the note gives.
  it('rejects a stem sharing two words with the expansion', () => {
    expect(definitionOf(dns('TLD - Top Level Domain - highest level domain'), 'TLD')?.reasons).toContain('giveaway');
  });
  // One shared word ("domain") is the topic, not the name.
  it('keeps a stem sharing one word with the expansion', () => {
    expect(definitionOf(dns('TLD - Top Level Domain - suffix such as com or org of a domain name'), 'TLD')).toBeDefined();
    expect(definitionOf(dns('TLD - Top Level Domain - suffix such as com or org of a domain name'), 'TLD')?.reasons).not.toContain('giveaway');
  });
});

describe('Spot bidding', () => {
  const ec2 = (line: string) =>
    `# Amazon EC2\n\n${list([
      line,
      'On-Demand - pay by the second with no commitment for short workloads',
      'Reserved - one or three year commitment for a steady workload',
      'Dedicated Hosts - a physical server for your use with your own licences',
    ])}`;
  // Bidding was removed in 2017: Spot has a market price and an optional maximum price (data/catalog/changes.json).
  it('rejects Spot described as bidding as outdated', () => {
    expect(definitionOf(ec2('Spot - bid for unused EC2 capacity at a fluctuating price'), 'Spot')?.reasons).toContain('outdated');
  });
  it('keeps Spot described by its price', () => {
    const q = definitionOf(ec2('Spot - unused EC2 capacity at a fluctuating price, can be interrupted'), 'Spot');
    expect(q).toBeDefined();
    expect(q?.reasons).not.toContain('outdated');
  });
});
