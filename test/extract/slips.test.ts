import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { familyMembers, type Family } from '../../src/extract/families.js';
import { related } from '../../src/extract/giveaway.js';
import { slipFinder } from '../../src/extract/slips.js';
import { slipOf } from '../../src/extract/text.js';
import { answersOf, catalog } from './helpers.js';

describe('slips of the keyboard', () => {
  it.each([
    ['scalibility', 'scalability', true],
    ['partiton', 'partition', true],
    ['partion', 'partition', false],
    ['craeted', 'created', true],
    ['invervalseconds', 'intervalseconds', true],
    ['instance', 'instances', false],
    ['deploys', 'deployed', false],
    ['encrypt', 'decrypt', false],
    ['queue', 'queues', false],
    ['sqs', 'sns', false],
    ['replication', 'replication', false],
  ])('%s against %s: %s', (a, b, expected) => {
    expect(slipOf(a, b)).toBe(expected);
    expect(slipOf(b, a)).toBe(expected);
  });

  it('finds a word written once whose near spelling the note uses elsewhere', () => {
    const find = slipFinder('IntervalSeconds sets the delay. IntervalSeconds defaults to 1. InvervalSeconds again.');
    expect(find('InvervalSeconds')).toEqual([['InvervalSeconds', 'IntervalSeconds']]);
    expect(find('IntervalSeconds')).toEqual([]);
  });

  it('finds nothing when the near spelling is written once too', () => {
    expect(slipFinder('Partition once, Partion once.')('Partion')).toEqual([]);
  });

  it('keeps a question whose answer is misspelt out of exams', () => {
    const note =
      '# Step Functions\n\n## Retry\n\n* **ErrorEquals** - the errors the retrier matches\n* **InvervalSeconds** - initial delay before the first retry\n* **MaxAttempts** - how many times to retry\n* **BackoffRate** - multiplies the delay after each retry\n\nIntervalSeconds and BackoffRate shape the wait; IntervalSeconds defaults to one second.\n';
    const q = extract(note, 'slips.md', catalog).questions.find((x) => x.kind === 'definition' && answersOf(x)[0] === 'InvervalSeconds');
    expect(q?.reasons).toContain('typo');
    const other = extract(note, 'slips.md', catalog).questions.find((x) => x.kind === 'definition' && answersOf(x)[0] === 'MaxAttempts');
    expect(other?.reasons ?? ['missing']).not.toContain('typo');
  });

  it('counts a misspelt answer word in the stem as a giveaway', () => {
    expect(related('scalability', 'scalibility')).toBe(true);
    expect(related('replication', 'placement')).toBe(false);
  });
});

describe('families of terms', () => {
  const families: Family[] = [
    { id: 'retrieval', members: ['Expedited', 'Standard', 'Bulk'], decoys: ['Accelerated'] },
    { id: 'elb-features', members: [['Sticky Sessions', 'Stickiness'], 'Cross-Zone Load Balancing', 'Connection Draining'] },
    { id: 'queues', members: ['Standard', 'FIFO'] },
  ];

  it('adds decoys after the real members run out', () => {
    expect(familyMembers('Bulk', ['Bulk', 'Expedited', 'Standard'], families)).toEqual(['Accelerated']);
  });

  it('lets a distinctive name pick its family without a sibling', () => {
    expect(familyMembers('Cross-Zone Load Balancing', ['Cross-Zone Load Balancing'], families)).toEqual(['Sticky Sessions', 'Connection Draining']);
  });

  it('never lets a plain word pick a family alone, however long', () => {
    expect(familyMembers('Stickiness', ['Stickiness'], families)).toEqual([]);
  });

  it('never lets a name found in two families pick one alone', () => {
    expect(familyMembers('Standard', ['Standard'], families)).toEqual([]);
  });

  it('never lets a short name pick a family alone', () => {
    expect(familyMembers('Bulk', ['Bulk'], families)).toEqual([]);
  });

  it('fills a definition question of a lone term from its family', () => {
    const note = '# Route 53\n\n## Records\n\n* **Geoproximity Routing Policy** - sends users to resources by location, with a bias that shifts more of them to one place\n';
    const q = extract(note, 'elb.md', catalog).questions.find((x) => x.kind === 'definition');
    expect(q?.options.length).toBe(4);
    expect(q?.reasons).not.toContain('few-options');
  });
});

describe('terms defined in two lists', () => {
  it('name the list they come from', () => {
    const note =
      '# Storage\n\n* **Amazon S3 Glacier** - archive storage\n    * **Flexible Retrieval** - minutes to hours\n        * Expedited -> retrieval in 1 to 5 min\n        * Standard -> retrieval in 3 to 5 h\n        * Bulk -> retrieval in 5 to 12 h\n    * **Deep Archive** - lowest cost\n        * Standard -> retrieval in 12 h\n        * Bulk -> retrieval in 48 h\n';
    const qs = extract(note, 'glacier.md', catalog).questions.filter((x) => x.kind === 'definition');
    const deep = qs.find((x) => x.stem.includes('48 h'));
    expect(deep?.stem).toContain('Deep Archive');
    const flexible = qs.find((x) => x.stem.includes('5 to 12 h'));
    expect(flexible?.stem).toContain('Flexible Retrieval');
    const once = qs.find((x) => x.stem.includes('1 to 5 min'));
    expect(once?.stem).not.toContain('Flexible Retrieval (');
  });
});

describe('names with alternatives', () => {
  it('never offers "Simple Scaling" beside "Simple / Step Scaling"', () => {
    const note =
      '# EC2 Auto Scaling\n\n## Dynamic Scaling\n\n* *Target Tracking Scaling* - keeps average CPU usage around 40%\n* *Simple / Step Scaling* - when an alarm is triggered add or remove n units\n* *Scheduled Scaling* - anticipates scaling from known usage patterns\n';
    const q = extract(note, 'asg.md', catalog).questions.find((x) => x.kind === 'definition' && answersOf(x)[0] === 'Simple / Step Scaling');
    expect(q?.options.length).toBe(4);
    expect(q?.options).not.toContain('Simple Scaling');
    expect(q?.options).not.toContain('Step Scaling');
  });
});

describe('numbers given away', () => {
  it('rejects a numeric question whose stem writes the value without its unit', () => {
    const note = '# Availability\n\n* **High Availability** - running your application in at least 2 data centers (2 AZs)\n';
    const q = extract(note, 'ha.md', catalog).questions.find((x) => x.kind === 'numeric');
    expect(q?.reasons).toContain('giveaway');
  });
});

describe('descriptions from another list of the family', () => {
  const note =
    '# Amazon EBS\n\n## Volume types\n\n* **gp2 / gp3** - general purpose SSD that balances price and performance\n* **io1 / io2** - highest performance SSD for mission-critical low-latency workloads\n* **st1** - low cost HDD for frequently accessed throughput-intensive workloads\n\n## Cold data\n\n* **sc1** - lowest cost HDD volume for less frequently accessed workloads\n\n## S3\n\n* **Standard** - for frequently accessed files in many zones\n';
  const term = (answer: string) => extract(note, 'ebs.md', catalog).questions.find((x) => x.kind === 'term' && x.stem.includes(`describes ${answer}?`));

  it('lets a three-option term question take one description of a family mate elsewhere in the note', () => {
    const q = term('gp2 / gp3');
    expect(q?.options).toHaveLength(4);
    expect(q?.options).toContain('Lowest cost HDD volume for less frequently accessed workloads');
  });

  it('never takes one from a term that only shares a plain name with the family', () => {
    expect(term('gp2 / gp3')?.options).not.toContain('For frequently accessed files in many zones');
  });

  it('offers family members the catalog files under one service (sc1 and st1 under EBS)', () => {
    const q = extract(note, 'ebs.md', catalog).questions.find((x) => x.kind === 'definition' && x.stem.includes('general purpose SSD'));
    expect(q?.options.slice().sort()).toEqual(['gp2 / gp3', 'io1 / io2', 'sc1', 'st1']);
  });
});

describe('remarks about where a note came from', () => {
  it('never asks "from CSAA course" as a definition', () => {
    const note = '# Networking\n\n- Subnet - a range of IP addresses in the VPC\n- Route Table - rules that decide where traffic goes\n- VPC endpoints - from CSAA course\n- Internet Gateway - connects the VPC to the internet\n';
    const q = extract(note, 'vpc.md', catalog).questions.find((x) => x.kind === 'definition' && x.stem.includes('CSAA'));
    expect(q?.reasons).toContain('first-person');
  });
});

describe('family names in the notes', () => {
  it('match with a trailing aside and by an acronym alone', () => {
    const note = '# Load Balancing\n\n## Old\n\n* **CLB** - v1, old generation, retired load balancer for EC2-Classic\n\n## Security\n\n* **Network ACL (NACL)** - a firewall which controls traffic from and to a subnet\n* **Security Groups** - a firewall at the instance level\n';
    const defs = extract(note, 'lb.md', catalog).questions.filter((x) => x.kind === 'definition');
    expect(defs.find((x) => answersOf(x)[0] === 'CLB')?.options).toHaveLength(4);
    expect(defs.find((x) => answersOf(x)[0] === 'Network ACL')?.options).toHaveLength(4);
  });
});
