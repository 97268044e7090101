import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexCatalog } from '../../src/core/catalog.js';
import type { Question, Service } from '../../src/core/types.js';
import { answerStandsOut, everyday, membersOfLabel, nameList } from '../../src/extract/form.js';
import type { Draft } from '../../src/extract/generate.js';
import { extract } from '../../src/extract/index.js';
import { answersOf, catalog } from './helpers.js';

/** Options of one kind: rules from the third blind review (implausible distractors, trivial terms). */

const full = indexCatalog(JSON.parse(readFileSync(new URL('../../data/catalog/services.json', import.meta.url), 'utf8')) as Service[]);
const all = (note: string, cat = catalog): Question[] => extract(note, 'form.md', cat).questions;
const term = (note: string, anchor: string, cat = catalog) => all(note, cat).find((q) => q.kind === 'term' && q.stem.endsWith(`describes ${anchor}?`));
const definition = (note: string, answer: string, cat = catalog) => all(note, cat).find((q) => q.kind === 'definition' && answersOf(q)[0] === answer);

describe('wrong descriptions come from the answer\'s own list', () => {
  const lambda = (runtimes: string) =>
    `# Lambda\n\n* compatible languages:\n${runtimes}* integrated services:\n    * **Kinesis** - data transformations on the fly\n    * **SNS** - react to notifications in SNS\n    * **SQS** - process messages from SQS\n    * **Cognito** - react to AWS user actions\n`;

  it('rejects a term of a two-item list rather than borrow use cases of the next list', () => {
    const q = term(lambda('    * **Custom Runtime API** - community supported, like Rust\n    * **Container Image** - must implement the Lambda Runtime API\n'), 'Custom Runtime API');
    expect(q?.reasons).toContain('few-options');
  });

  it('keeps a term whose list has three siblings of its own', () => {
    const q = term(
      lambda(
        '    * **Custom Runtime API** - community supported, like Rust\n    * **Container Image** - packaged as an image that implements the Lambda Runtime API\n    * **Layers** - share libraries between several functions\n    * **Provided Runtime** - bootstrap file that runs your own language\n',
      ),
      'Custom Runtime API',
    );
    expect(q?.reasons).toEqual([]);
  });
});

describe('wrong terms from two lists', () => {
  const ecs = (launch: string) =>
    `# ECS\n\n* launch types:\n${launch}* placement strategies:\n    * **Binpack** - place tasks on the least available amount of CPU or memory\n    * **Random** - place tasks on instances picked at random\n    * **Spread** - place tasks evenly over the specified value such as AZ\n`;

  it('rejects a definition whose wrong options are mostly borrowed from a neighbouring list', () => {
    const q = definition(ecs('    * **Fargate Tasks** - ephemeral storage tied to the containers using it\n    * **EC2 Tasks** - storage tied to the lifecycle of the EC2 instance\n'), 'Fargate Tasks');
    expect(q?.reasons).toContain('mixed-siblings');
  });

  it('keeps one borrowed term beside two siblings of the answer\'s own list', () => {
    const q = definition(
      ecs('    * **Fargate Tasks** - ephemeral storage tied to the containers using it\n    * **EC2 Tasks** - storage tied to the lifecycle of the EC2 instance\n    * **External Tasks** - run on your own servers registered with ECS Anywhere\n'),
      'Fargate Tasks',
    );
    expect(q?.reasons).not.toContain('mixed-siblings');
  });
});

describe('a product among generic terms', () => {
  const cache = (engine: string) =>
    `# ElastiCache\n\n* **${engine}** - an in-memory data store with sub-millisecond latency at huge scale\n* **Node** - a fixed-size chunk of network-attached RAM\n* **Shard** - a group of up to 6 cache nodes\n* **Caching** - keep frequently read data in memory instead of on disk\n`;

  it('rejects "Amazon ElastiCache for Redis" among Node, Shard and Caching', () => {
    expect(definition(cache('Amazon ElastiCache for Redis'), 'Amazon ElastiCache for Redis', full)?.reasons).toContain('unlike-options');
  });

  it('keeps a generic term among generic terms', () => {
    expect(definition(cache('Cluster'), 'Cluster', full)?.reasons).not.toContain('unlike-options');
  });
});

describe('descriptions of the service itself', () => {
  it('never offers the service\'s own description or a statement about it as a part\'s', () => {
    const note =
      '# S3\n\n* **S3** - Simple Cloud Storage, infinitely scaling storage\n* **Buckets** - directories containing objects\n* **Objects** - files within buckets\n* **Static Website Hosting** - S3 can host static websites\n* **Replication** - copy objects across buckets in the same or another region\n* **Versioning** - keep every version of an object in one bucket\n';
    const q = term(note, 'Buckets', full);
    expect(q?.options.filter((o) => /Simple Cloud Storage|S3 can/.test(o))).toEqual([]);
  });
});

describe('everyday words and labels that list their members', () => {
  const ec2 = (name: string, text: string) =>
    `# EC2\n\n* **${name}** - ${text}\n* **Security Groups** - firewall rules attached to the instance\n* **User Data** - script run on the first start of the instance\n* **Instance Role** - permissions given to the instance through IAM\n`;

  it.each([['CPU'], ['RAM'], ['Storage'], ['Network']])('rejects "%s" as trivial', (name) => {
    expect(term(ec2(name, 'how much power and cores the instance gets'), name)?.reasons).toContain('trivial');
  });

  // "Good metrics" (to scale on) is advice, not one of the scaling strategies listed beside it.
  it('rejects an advice label ("Good metrics") as a weak term', () => {
    expect(term(ec2('Good metrics', 'CPU utilization and request count per target'), 'Good metrics')?.reasons).toContain('weak-term');
  });

  it('keeps an AWS term of the same list', () => {
    expect(term(ec2('Placement Group', 'how instances are placed on the underlying hardware'), 'Placement Group')?.reasons).not.toContain('trivial');
  });

  it.each([
    ['Parameter Types', 'String, StringList, SecureString', true],
    ['Lambda metrics', 'Invocation, Performance, Concurrency', true],
    ['Parameter Types', 'decide how a value is stored and whether it is encrypted', false],
    ['Identity Based', 'Users, User-Groups, Roles', false],
  ])('%s: "%s" lists the members of a label: %s', (name, text, expected) => {
    expect(membersOfLabel(name, text)).toBe(expected);
  });

  it.each([['CPU', true], ['Operating System', true], ['CPU Credits', false], ['Memcached', false]])('"%s" is an everyday word: %s', (name, expected) => {
    expect(everyday(name)).toBe(expected);
  });
});

describe('an answer that stands out by its form', () => {
  const draft = (options: string[]): Draft => ({ kind: 'term', stem: 'In the context of X, what best describes Y?', options, correct: 1, fact: {} as Draft['fact'], anchor: 'Y', names: [], flags: [] });

  it.each([
    [['The customer can NOT update DNS records', 'Managed by ICANN', 'Managed by Domain Registrar', 'Assigned by your ISP'], 'the only negated option'],
    [['Boundary of Max. Permission', 'Users, User-Groups, Roles', 'Roles/Users only', 'Resources (principal to identity)'], 'a statement among lists of names'],
    [['On-Demand, Spot, Reserved, Dedicated Host', 'Script run on first start', 'Start a terminal on port 22', 'Firewall of the instance'], 'the only list of names'],
    [
      ['By default limits the steady-state request rate to 10000 rps and 5000 concurrent requests across all APIs in the account', 'Snapshot of the API', 'Set capacity, encryption, TTL', 'Metrics of API calls and latency'],
      'three times longer',
    ],
  ])('rejects %j (%s)', (options) => {
    expect(answerStandsOut(draft(options))).toBe(true);
  });

  it.each([
    [['Initial delay before retrying', 'Specify kind of error', 'Multiply the delay after each retry', 'How many times to retry, set to 0 to never retry'], 'a negation late in a wrong option'],
    [['The customer can update DNS records', 'Managed by ICANN', 'The customer can NOT update DNS records', 'Assigned by your ISP'], 'negation in a wrong option'],
    [['Face detection, labeling, celeb recognition', 'Translate text between languages', 'Build chat bots', 'Speech to text'], 'lower-case features are no list of names'],
  ])('keeps %j (%s)', (options) => {
    expect(answerStandsOut(draft(options))).toBe(false);
  });

  it.each([['Users, User-Groups, Roles', true], ['On-Demand, Spot, Reserved', true], ['Based on value for CloudWatch metric', false], ['Lambda, HTTP Endpoints, other AWS services', false]])(
    '"%s" is a list of names: %s',
    (text, expected) => {
      expect(nameList(text)).toBe(expected);
    },
  );
});
