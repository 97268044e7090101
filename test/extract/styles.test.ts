import { describe, expect, it } from 'vitest';
import { toBlocks } from '../../src/extract/blocks.js';
import { findFacts } from '../../src/extract/facts.js';
import { parseNote } from '../../src/extract/parse.js';
import { fixture } from './helpers.js';

const facts = findFacts('styles.md', toBlocks(parseNote(fixture('styles.md')).chunks));
const definitions = facts.filter((f) => f.kind === 'definition');

describe('marking styles of term and definition', () => {
  it.each([
    ['**Term** - def', 'Amazon Athena', 'serverless query service to analyze data in S3 using SQL'],
    ['**Term :** def', 'Users', 'Identity object that represents a real person or an application'],
    ['**Term** : def', 'Shard', 'contains a sequence of data records in a stream'],
    ['*Term* - def', 'Security Group', 'a virtual firewall that controls inbound and outbound traffic'],
    ['Term: def', 'Credential Report', 'lists the users and the status of their credentials'],
    ['Term -> def', 'Deployments', 'snapshot of the API resources and methods'],
    ['`22` = **SSH**', 'SSH', '(Secure Shell) - log into a Linux instance'],
    ['__Term__ - def', 'Elastic IP', 'a static public IPv4 address that you can remap between instances'],
  ])('recognises %s', (_style, term, text) => {
    expect(definitions.find((f) => f.subject === term)?.text).toBe(text);
  });

  it('keeps the value of a code = bold line', () => {
    expect(definitions.find((f) => f.subject === 'SSH')?.value).toBe('22');
  });

  it('gives each fact its 1-based line and heading path', () => {
    const athena = definitions.find((f) => f.subject === 'Amazon Athena');
    expect(athena?.source).toEqual({ path: 'styles.md', line: 5, endLine: 5, headings: ['Marking styles', 'Bold dash'] });
  });
});

describe('other kinds of facts', () => {
  const all = (name: string) => findFacts(name, toBlocks(parseNote(fixture(name)).chunks));

  it('reads items under a bold lead-in as properties of that thing', () => {
    const fifo = all('messaging.md').filter((f) => f.kind === 'property' && f.subject === 'FIFO Queue');
    expect(fifo.map((f) => f.text)).toContain('ordering of messages is guaranteed');
  });

  it('reads table rows as facts about their first cell', () => {
    const graph = all('databases.md').find((f) => f.kind === 'row' && f.subject === 'Graph' && f.column === 'AWS Service');
    expect(graph?.text).toBe('Amazon Neptune');
  });

  it('reads numbers with their unit', () => {
    const n = all('limits.md').find((f) => f.kind === 'number' && f.number?.unit === 'minutes');
    expect(n?.number?.value).toBe(15);
  });

  it('reads ordered lists as steps in order', () => {
    const steps = all('steps.md').find((f) => f.kind === 'steps');
    expect(steps?.items?.[1]).toBe('Run smoke tests against the green environment');
  });

  it('offsets line numbers of chunks after the first top-level heading', () => {
    const text = `# One\n\n* **Alpha** - first thing\n\n# Two\n\n* **Beta** - second thing\n`;
    const beta = findFacts('x.md', toBlocks(parseNote(text).chunks)).find((f) => f.subject === 'Beta');
    expect(beta?.source.line).toBe(7);
  });

  it('does not split inside a code fence that contains a top-level heading', () => {
    const text = '# One\n\n```\n# not a heading\n```\n\n* **Alpha** - first thing\n';
    const alpha = findFacts('x.md', toBlocks(parseNote(text).chunks)).find((f) => f.subject === 'Alpha');
    expect(alpha?.source.headings).toEqual(['One']);
  });
});
