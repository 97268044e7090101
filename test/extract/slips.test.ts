import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { familyMembers, type Family } from '../../src/extract/families.js';
import { related } from '../../src/extract/giveaway.js';
import { habitSlip, plainSwap, slipFinder, withoutSlips } from '../../src/extract/slips.js';
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

  const retry =
    '# Step Functions\n\n## Retry\n\n* **ErrorEquals** - the errors the retrier matches\n* **InvervalSeconds** - initial delay before the first retry, taht is the first wait\n* **MaxAttempts** - how many times to retry\n* **BackoffRate** - multiplies the delay after each retry\n\nIntervalSeconds and BackoffRate shape the wait; IntervalSeconds defaults to one second. That is all that the retrier needs.\n';

  it('shows a misspelt answer the way the note spells it elsewhere', () => {
    const qs = extract(retry, 'slips.md', catalog).questions;
    const q = qs.find((x) => x.kind === 'definition' && x.stem.includes('initial delay'));
    expect(answersOf(q!)).toEqual(['IntervalSeconds']);
    expect(q?.reasons).not.toContain('typo');
    expect(q?.options.join(' ')).not.toMatch(/Inverval/);
    expect(qs.find((x) => x.kind === 'term' && x.stem.includes('IntervalSeconds'))).toBeDefined();
  });

  it('shows no slip of the note in a stem or a wrong option', () => {
    const qs = extract(retry, 'slips.md', catalog).questions;
    for (const q of qs) expect(`${q.stem} ${q.options.join(' ')}`).not.toMatch(/Inverval/);
    // The explanation quotes the note with the same slips mended; its line leads to the note as written.
    for (const q of qs) expect(q.explanation).not.toMatch(/Inverval/);
    expect(qs.some((q) => q.explanation.includes('IntervalSeconds'))).toBe(true);
  });

  it('keeps an answer one letter off a short word out of exams: it may be another real word', () => {
    const note =
      '# Cloud benefits\n\n* **Agility** - how fast new resources are available\n* **Elasticity** - scale with the load\n* **Durability** - data is not lost\n* **Scalability** - accommodate a larger load\n\nThe ability to scale and the ability to recover are both measured.\n';
    const q = extract(note, 'cloud.md', catalog).questions.find((x) => x.kind === 'definition' && answersOf(x)[0] === 'Agility');
    expect(q?.reasons).toContain('typo');
  });

  it.each([
    ['agility', 'ability', true],
    ['context', 'content', true],
    ['retreival', 'retrieval', false],
    ['Cluser', 'cluster', false],
    ['scalibility', 'scalability', false],
  ])('%s for %s is a plain one-letter change in a short word: %s', (a, b, expected) => {
    expect(plainSwap(a, b)).toBe(expected);
  });

  it('rewrites slips with the capitals they were written with', () => {
    const find = slipFinder('the cluster, a cluster, the retrieval, one retrieval. Aurora DB Cluser and retreival.');
    expect(withoutSlips('Aurora DB Cluser: ms retreival, RETREIVAL', find)).toBe('Aurora DB Cluster: ms retrieval, RETRIEVAL');
  });

  it('parts "the" from the short word it was run into, and leaves words that end in "the" alone', () => {
    const find = slipFinder('KMS is called upon viathe client. Ofthe keys, one. Breathe and bathe.');
    expect(withoutSlips('KMS is called upon viathe client, not S3', find)).toBe('KMS is called upon via the client, not S3');
    expect(withoutSlips('Ofthe keys', find)).toBe('Of the keys');
    expect(find('breathe, bathe, lathe, the, other')).toEqual([]);
  });

  it.each([
    ['reccomendations', 'recommendations', true],
    ['preffered', 'preferred', true],
    ['speeach', 'speech', true],
    ['distirbuted', 'distributed', true],
    ['forcast', 'forecast', true],
    ['modelling', 'modeling', false],
    ['behaviour', 'behavior', false],
    ['centres', 'centers', false],
    ['affected', 'effected', false],
    ['sharing', 'shaping', false],
    ['caches', 'cached', false],
  ])('habit slip %s against %s: %s', (a, b, expected) => {
    expect(habitSlip(a, b)).toBe(expected);
    expect(habitSlip(b, a)).toBe(expected);
  });

  it('finds a word misspelt twice beside a word written three times as often, plurals by their singular', () => {
    const note = 'Convert speeach to text. Speech in, speech out, speech again, speech, speech, speech. More speeach. Traffic forcasts; a forecast, the forecast, one forecast.';
    const find = slipFinder(note, new Map());
    expect(withoutSlips('convert speeach to text from traffic forcasts', find)).toBe('convert speech to text from traffic forecasts');
  });

  it('leaves a rarer word alone when other notes write it too, or when written as often', () => {
    // Written twice, so no one-off slip; six times "sharing" is three times as often.
    const note = 'Sharding splits data; sharding again. Sharing, sharing, sharing, sharing, sharing and sharing. Cheking twice, cheking; checking, checking.';
    expect(slipFinder(note, new Map([['sharding', 3]]))('Sharding')).toEqual([]);
    expect(slipFinder(note, new Map())('Sharding')).toEqual([['Sharding', 'sharing', true]]);
    expect(slipFinder(note, new Map())('cheking')).toEqual([]);
    // Once in this note, twice in the shipped vocabulary: other notes write it too.
    expect(slipFinder('Sharding splits data.', new Map([['sharing', 14], ['sharding', 2]]))('Sharding')).toEqual([]);
    expect(slipFinder('Shardding splits data.', new Map([['sharding', 14]]))('Shardding')).toEqual([['Shardding', 'sharding', true]]);
    // A word of the curated catalog is spelt as meant.
    expect(slipFinder(note, new Map(), new Set(['sharding']))('Sharding')).toEqual([]);
  });

  it('parts words always written as two ("upto") and writes "its not" as "it\'s not"', () => {
    const find = slipFinder('');
    expect(withoutSlips('Encrypt data upto 4 KB; Atleast one; its not available; its own key', find)).toBe("Encrypt data up to 4 KB; At least one; it's not available; its own key");
    expect(find('uptown, the notes not its, it\'s a')).toEqual([]);
  });

  it('writes "an" before a consonant as "a", but leaves "an hour", "an SQS queue" and "an sns topic"', () => {
    const find = slipFinder('');
    expect(withoutSlips('transfers an message; An queue', find)).toBe('transfers a message; A queue');
    expect(find('an hour, an SQS queue, an sns topic, an xml file, an event')).toEqual([]);
  });

  it('shows a wrong option without "the" run into the word before it', () => {
    const note =
      '# S3 encryption\n\n* **SSE-S3** - keys handled and managed by Amazon S3 itself\n* **SSE-KMS** - keys managed in the Key Management Service, with audit of their use\n* **SSE-C** - keys supplied by the customer with each request viathe headers\n* **Client-side encryption** - data encrypted before it is uploaded to Amazon S3\n';
    const qs = extract(note, 'glued.md', catalog).questions;
    expect(qs.some((q) => q.options.some((o) => o.includes('via the headers')))).toBe(true);
    for (const q of qs) expect(`${q.stem} ${q.options.join(' ')}`).not.toMatch(/viathe/);
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
    expect(familyMembers('Bulk', ['Bulk', 'Expedited', 'Standard'], families)).toEqual({ members: [], decoys: ['Accelerated'] });
  });

  it('lets a distinctive name pick its family without a sibling', () => {
    expect(familyMembers('Cross-Zone Load Balancing', ['Cross-Zone Load Balancing'], families).members).toEqual(['Sticky Sessions', 'Connection Draining']);
  });

  it('never lets a plain word pick a family alone, however long', () => {
    expect(familyMembers('Stickiness', ['Stickiness'], families).members).toEqual([]);
  });

  it('never lets a name found in two families pick one alone', () => {
    expect(familyMembers('Standard', ['Standard'], families).members).toEqual([]);
  });

  it('never lets a short name pick a family alone', () => {
    expect(familyMembers('Bulk', ['Bulk'], families).decoys).toEqual([]);
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

describe('decoys and borrowed terms', () => {
  it('use no decoy beside a real counterpart the question could not show', () => {
    // Push and poll are alternatives, but their note definitions say the same words: poll is left
    // out, and an invented third model would be easy to dismiss, so no decoy fills its place.
    const note =
      '# Lambda\n\n## Event sources\n\n* **Push-based** - the event source mapping is kept inside the event source\n* **Poll-based** - the event source mapping is kept inside the Lambda service\n';
    const q = extract(note, 'lambda.md', catalog).questions.find((x) => x.kind === 'definition' && answersOf(x)[0] === 'Push-based');
    expect(q?.options ?? []).not.toContain('Cache-based');
  });

  it('complete a full enumeration with a decoy', () => {
    const note =
      '# CodeDeploy\n\n## Traffic shifting\n\n* **Canary** - a share of traffic first, then the rest after a wait\n* **Linear** - traffic moves in equal steps at equal intervals\n* **All at once** - all traffic moves immediately\n';
    const q = extract(note, 'cd.md', catalog).questions.find((x) => x.kind === 'definition' && answersOf(x)[0] === 'Linear');
    expect(q?.options).toHaveLength(4);
  });

  it('borrow no term named unlike the answer\'s siblings from a neighbouring list', () => {
    const note =
      '# Integration\n\n## Styles\n\n* **Shared-database communication** - apps read and write one database\n* **File-transfer communication** - apps exchange files\n* **Direct communication** - one application calls another\n\n## Queues\n\n* **Access Controls** - who can send to and receive from a queue\n';
    const q = extract(note, 'int.md', catalog).questions.find((x) => x.kind === 'definition' && answersOf(x)[0] === 'Direct communication');
    expect(q?.options ?? []).not.toContain('Access Controls');
  });
});

describe('second blind review causes', () => {
  const defs = (note: string) => extract(note, 'r.md', catalog).questions.filter((x) => x.kind === 'definition');

  it('counts an answer that abbreviates a stem word as a giveaway ("Id" for "identifier")', () => {
    const note = '# IAM\n\n## Policy structure\n\n* **Version** - policy language version\n* **Id** - an identifier for the policy\n* **Statement** - one or more individual statements\n* **Principal** - the account or user the policy applies to\n';
    expect(defs(note).find((x) => answersOf(x)[0] === 'Id')?.reasons).toContain('giveaway');
  });

  it('counts a definition of generic words only as ambiguous', () => {
    const note = '# KMS\n\n## Keys\n\n* **AWS Managed Keys** - used by AWS services\n* **Customer Managed Keys** - created, owned and rotated by you\n* **Custom Key Stores** - keys kept in your own CloudHSM cluster\n* **Imported Keys** - key material you bring yourself\n';
    expect(defs(note).find((x) => answersOf(x)[0] === 'AWS Managed Keys')?.reasons).toContain('ambiguous');
  });

  it('asks no half of a pair of numbers ("1 & 3 years")', () => {
    const note = '# EC2\n\n## Purchasing\n\n* Reserved (1 & 3 years) for steady workloads\n';
    expect(extract(note, 'r.md', catalog).questions.some((x) => x.kind === 'numeric' && answersOf(x)[0] === '3 years')).toBe(false);
  });

  it('never offers a description that names what sets a sibling apart ("redis" beside Memcached)', () => {
    const note = '# ElastiCache\n\n## Parts\n\n* **Node** - a fixed-size chunk of network-attached RAM\n* **Shard** - a redis node group of up to 6 nodes\n* **Redis Cluster** - a group of redis shards\n* **Memcached Cluster** - a collection of cache nodes\n';
    const q = extract(note, 'r.md', catalog).questions.find((x) => x.kind === 'term' && x.stem.includes('Memcached Cluster'));
    expect((q?.options ?? []).some((o) => /redis/i.test(o))).toBe(false);
  });
});
