/** Causes found by the blind reviews that followed review32.test.ts's, each as a rule over any note. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { shorthandFinder, spelledOutIn } from '../../src/extract/shorthand.js';
import { notADescription } from '../../src/extract/text.js';
import { loadCatalog } from '../../src/certs/data.js';

const shipped = loadCatalog();
const questions = (note: string) => extract(note, 'review33.md', shipped).questions;

const routing = [
  '# Route 53',
  '',
  '## Routing Policies',
  '',
  '* **Simple Routing Policy** - no HC, route traffic to single resource',
  '* **Weighted Routing Policy** - control the % of requests that go to each specific resource',
  '* **Latency Routing Policy** - redirect to the resource that has the least latency close to us',
  '* **Failover Routing Policy** - active-passive failover between a primary and a secondary record',
  '* **Geolocation Routing Policy** - routing based on the location of the user',
  '',
].join('\n');

describe("a note's own abbreviation that it never spells out", () => {
  const asked = (note: string) => questions(note).find((q) => q.kind === 'definition' && q.stem.includes('no HC'));

  it('keeps the question out of exams: "no HC, route traffic to single resource"', () => {
    expect(asked(routing)?.reasons).toContain('residue');
  });

  it('is fine once the note spells it out anywhere', () => {
    const spelled = routing.replace('## Routing Policies\n', '## Routing Policies\n\nHealth Checks (HC) watch the endpoints.\n');
    const q = asked(spelled);
    expect(q?.reasons).toEqual([]);
  });

  it('is told from units, protocols, service acronyms and words shouted in capitals', () => {
    const note = 'ENI - Elastic Network Interfaces\nFast Snapshot Restore (FSR) is set per AZ\n';
    const unknown = shorthandFinder(note, shipped);
    expect(unknown('resources created by ECB')).toBe(true);
    expect(unknown('fully featured ML service for DEVS/DS')).toBe(true);
    expect(unknown('attach an ENI, enable FSR')).toBe(false);
    expect(unknown('send JSON over HTTPS to SQS and KMS in 2 AZs')).toBe(false);
    expect(unknown('state changes to ALARM, then OK')).toBe(false);
  });

  it('leaves names spelled in mixed case alone: a MySQL and PostgreSQL compatible database, macOS, IPsec', () => {
    const unknown = shorthandFinder('', shipped);
    expect(unknown('a MySQL and PostgreSQL compatible cloud database')).toBe(false);
    expect(unknown('runs on macOS over an IPsec tunnel, stored on SSDs')).toBe(false);
    expect(unknown('no HCs')).toBe(true);
  });

  it('counts as spelled out in brackets after its words or with its words after it', () => {
    expect(spelledOutIn('Use Fast Snapshot Restore (FSR) for speed', 'FSR')).toBe(true);
    expect(spelledOutIn('* FSR: Fast Snapshot Restore', 'FSR')).toBe(true);
    expect(spelledOutIn('* FSR - only for new volumes', 'FSR')).toBe(false);
  });
});

const dns = [
  '# DNS',
  '',
  '* **Terminology**',
  '    * *Domain Registrar* - handles reservation of domain names and IP address assignments',
  '    * *DNS Records* - configure how the DNS server routes traffic',
  '    * *Zone file* - contains all DNS records',
  '    * *Name servers* - servers that resolve DNS queries',
  '    * *Top Level Domain* - the last label of a domain name, such as .com or .org',
  '    * *Root DNS Server* - managed by ICANN',
  '',
].join('\n');

describe('a description that says only who runs the thing ("managed by ICANN")', () => {
  it('is not asked: another option is run by the same', () => {
    const q = questions(dns).find((x) => x.kind === 'definition' && x.stem.includes('managed by ICANN'));
    expect(q?.reasons).toContain('fragment');
  });

  it('unlike a description that goes on to say what it is', () => {
    expect(notADescription('managed by ICANN')).toBe(true);
    expect(notADescription('managed by Domain Registrar')).toBe(true);
    expect(notADescription('managed service that runs containers by itself')).toBe(false);
  });
});

describe('a term whose description says it holds another term ("Zone file - contains all DNS records")', () => {
  it("is not offered the held term's description as a wrong option, which is partly true of it", () => {
    const q = questions(dns).find((x) => x.kind === 'term' && x.stem.endsWith('Zone file?'));
    expect(q?.options).toContain('Contains all DNS records');
    expect(q?.options).not.toContain('Configure how the DNS server routes traffic');
    expect(q?.options).toHaveLength(4);
  });
});

describe('"min" in a statement that asks for a time ("_____ min time consumers can request data")', () => {
  const kinesis = [
    '# Kinesis Data Streams',
    '',
    '## Consumers',
    '',
    '* Shared (Classic) Fan-out Consumer',
    '    * 200 ms min time consumers can request data',
    '    * 2 MB/s per shard shared across all consumers',
    '* Enhanced Fan-out Consumer',
    '    * 70 ms latency for each consumer',
    '',
  ].join('\n');

  it('reads as minutes as well as minimum: kept out', () => {
    const q = questions(kinesis).find((x) => x.kind === 'numeric' && x.stem.includes('min time'));
    expect(q?.reasons).toContain('ambiguous');
  });

  it('while a time asked without it is fine', () => {
    const q = questions(kinesis).find((x) => x.kind === 'numeric' && x.stem.includes('latency'));
    expect(q?.reasons).toEqual([]);
  });
});
