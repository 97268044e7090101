/** Causes found by the blind reviews that followed review27.test.ts's, each as a rule over any note. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { leftSlipFinder } from '../../src/extract/slips.js';
import { saysNothing } from '../../src/extract/text.js';
import { loadCatalog } from '../../src/certs/data.js';

const shipped = loadCatalog();
const questions = (note: string) => extract(note, 'review31.md', shipped).questions;

describe('items under a lead-in to criteria ("Pick a region based on")', () => {
  const items = [
    '- Compliance - the app might be restricted to one region by data governance law',
    '- Latency - servers should be close to the end-users of the business',
    '- Pricing - what a service costs differs from one region to another',
    '- Availability - not all services are offered in every region',
  ];
  const intro = (lead: string) => ['# Global Infrastructure', '', `**AWS Regions** - a region is a cluster of data centers. ${lead}`, '', ...items, ''].join('\n');

  it('name what a choice weighs: "what best describes Compliance?" is a weak term', () => {
    const asked = questions(intro('Pick a region based on')).filter((q) => q.kind === 'term' && /describes (?:Compliance|Latency)/.test(q.stem));
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.reasons).toContain('weak-term');
  });

  it('and which criterion a reason belongs to is not asked either: the stem cannot say what choice they weigh', () => {
    const q = questions(intro('Pick a region based on')).find((x) => x.kind === 'definition' && x.stem.includes('close to the end-users'));
    expect(q).toBeDefined();
    expect(q?.reasons).toContain('weak-term');
  });

  it('are terms to define under any other lead-in', () => {
    const q = questions(intro('Each region has these traits:')).find((x) => x.kind === 'term' && x.stem.includes('describes Compliance'));
    expect(q).toBeDefined();
    expect(q?.reasons).not.toContain('weak-term');
  });
});

describe('a description whose only telling words are its headings\' ("a key that represents a parameter of the DNS")', () => {
  it('says nothing beside those headings', () => {
    expect(saysNothing('a key that represents a parameter of the DNS', ['DNS', 'Route 53'])).toBe(true);
    expect(saysNothing('a key that represents a parameter of the DNS')).toBe(false);
    expect(saysNothing('how long resolvers cache the record', ['DNS', 'Route 53'])).toBe(false);
  });

  const note = [
    '# DNS',
    '',
    '## Route 53',
    '',
    '- Record Type - a key that represents a parameter of the DNS',
    '- Value - the IP address or name that the record resolves to',
    '- TTL - how long DNS resolvers cache the record before asking again',
    '- Domain Name - the name of the domain or subdomain the record is for',
    '',
  ].join('\n');

  it('is ambiguous as a question; a telling description beside it is not', () => {
    const qs = questions(note);
    const vague = qs.filter((q) => q.kind === 'definition' && q.stem.includes('a key that represents'));
    expect(vague.length).toBeGreaterThan(0);
    for (const q of vague) expect(q.reasons).toContain('ambiguous');
    const ttl = qs.find((q) => q.kind === 'definition' && q.stem.includes('how long DNS resolvers cache'));
    expect(ttl).toBeDefined();
    expect(ttl?.reasons).not.toContain('ambiguous');
  });
});

describe('a console page named as a term ("Dashboard")', () => {
  const note = [
    '# API Gateway',
    '',
    '- Stages -> dev, prod and beta environments, each with its own settings and variables',
    '- Caching -> set capacity, encryption, TTL and per-key invalidation of responses',
    '- Dashboard -> API calls, Latency, Integration Latency, 4xx and 5xx Errors',
    '- Throttling -> limits the steady-state request rate of an account to 10000 rps',
    '',
  ].join('\n');

  it('is a weak term: asked for, it names a screen, not a feature', () => {
    const q = questions(note).find((x) => x.kind === 'definition' && x.stem.includes('API calls, Latency'));
    expect(q).toBeDefined();
    expect(q?.reasons).toContain('weak-term');
  });

  it('while the features beside it stay sound terms', () => {
    const q = questions(note).find((x) => x.kind === 'definition' && x.stem.includes('per-key invalidation'));
    expect(q).toBeDefined();
    expect(q?.reasons).not.toContain('weak-term');
  });
});

describe('a setting identifier in a neighbouring list ("OnUnauthenticatedRequest")', () => {
  const note = [
    '# Cognito',
    '',
    '* **Integrations**:',
    '    * `ALB`',
    '        * can securely authenticate users to the load balancer',
    '        * auth users through:',
    '            * `Identity Provider(IdP)` -> any OpenID Connect compliant identity provider',
    '            * `Cognito User Pools` -> for social IdPs (like Amazon, Facebook, Google) or corporate identities using SAML',
    '        * `Listener Rule` -> must use an HTTPS listener to set authenticate-oidc and authenticate-cognito rules',
    '        * `OnUnauthenticatedRequest` -> authenticate (the default), deny, or allow',
    '',
  ].join('\n');

  it('is never a wrong option beside spaced names', () => {
    const asked = questions(note).filter((q) => q.kind === 'definition' && q.options.includes('Cognito User Pools'));
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.options).not.toContain('OnUnauthenticatedRequest');
  });
});

describe('a definition asked by names alone ("users, User-Groups, Roles")', () => {
  const note = [
    '# Security',
    '',
    '**IAM Policy Types**',
    '',
    '- Identity Based : Users, User-Groups, Roles',
    '- Resource Based : attached to a resource and names the principals that may use it',
    '- Permission Boundaries : the most permissions an identity-based policy can grant a user or role',
    '- Service Control Policies : the most permissions any account of an organization unit can use',
    '',
  ].join('\n');

  it('is a fragment: the names never say how they relate to the term', () => {
    const q = questions(note).find((x) => x.kind === 'definition' && /users, User-Groups, Roles/i.test(x.stem));
    expect(q).toBeDefined();
    expect(q?.reasons).toContain('fragment');
  });

  it('while a description in words is asked', () => {
    const q = questions(note).find((x) => x.kind === 'definition' && x.stem.includes('names the principals'));
    expect(q).toBeDefined();
    expect(q?.reasons).not.toContain('fragment');
  });
});

describe('a term named for logs ("Log Streams")', () => {
  const note = [
    '# Compute',
    '',
    'Components of AWS Lambda',
    '',
    '- Lambda Function : the code you upload that Lambda runs for you',
    '- Event Sources : AWS services that can be used to trigger a Lambda function',
    '- Downstream Resources : resources that are required while your Lambda function runs',
    '- Log Streams : helps to identify issues and troubleshoot your Lambda functions',
    '',
  ].join('\n');

  it('is given away by the only answer that speaks of troubleshooting', () => {
    const q = questions(note).find((x) => x.kind === 'term' && x.stem.includes('describes Log Streams'));
    expect(q).toBeDefined();
    expect(q?.reasons).toContain('giveaway');
  });

  it('while its siblings are not', () => {
    const q = questions(note).find((x) => x.kind === 'term' && x.stem.includes('describes Event Sources'));
    expect(q).toBeDefined();
    expect(q?.reasons).not.toContain('giveaway');
  });
});

describe('a description with its words out of place ("Abruptly resources deploy the application")', () => {
  const note = [
    '# Elastic Beanstalk',
    '',
    'Deployment Options',
    '',
    '- All at once : Abruptly resources deploy the application',
    '- Rolling : deploys the new version in batches, two versions run at a time',
    '- Immutable : creates a new set of instances in a temporary Auto Scaling group',
    '- Blue/Green : creates a new environment and swaps the URLs when it is ready',
    '',
  ].join('\n');

  const scrambledText = (t: string) => /abruptly resources/i.test(t);

  it('is residue where it is asked', () => {
    const asked = questions(note).filter((q) => scrambledText(q.stem) || q.answers.some((a) => scrambledText(q.options[a])));
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.reasons).toContain('residue');
  });

  it('is never offered as a wrong description, while its term stays a wrong option', () => {
    const qs = questions(note);
    expect(qs.filter((q) => q.options.some((o, i) => scrambledText(o) && !q.answers.includes(i)))).toEqual([]);
    expect(qs.some((q) => q.kind === 'definition' && q.options.includes('All at once') && !q.answers.some((a) => q.options[a] === 'All at once'))).toBe(true);
  });

  it('while an adverb before a verb is plain English', () => {
    const qs = questions(note.replace('Abruptly resources deploy the application', 'Automatically deploys the new version to every instance at once'));
    expect(qs.some((q) => [q.stem, ...q.options].some((t) => /automatically deploys/i.test(t)))).toBe(true);
  });
});

describe('a note error the catalog knows ("TLD DNS Server - managed by IANA")', () => {
  const note = [
    '# DNS',
    '',
    '- `Root DNS Server` - the servers at the top of the DNS hierarchy that answer for the root zone',
    '- `TLD DNS Server` - managed by IANA (branch of ICANN)',
    '- `SLD DNS Server` - managed by the domain registrar you bought the domain from',
    '- `Local DNS Server` - assigned and managed by your company or your ISP',
    '',
  ].join('\n');

  it('is outdated wherever TLD is answered by it', () => {
    const asked = questions(note).filter((q) => q.answers.some((a) => q.options[a] === 'TLD DNS Server') || q.stem.includes('describes TLD'));
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.reasons).toContain('outdated');
  });

  it('while the other servers are asked', () => {
    const q = questions(note).find((x) => x.kind === 'term' && x.stem.includes('describes SLD DNS Server'));
    expect(q).toBeDefined();
    expect(q?.reasons).not.toContain('outdated');
  });
});

describe('a slip no rule can fix ("private key to eecrypt": encrypt or decrypt?)', () => {
  it('is a word no dictionary, vocabulary or second use knows, one letter from an English word', () => {
    const found = leftSlipFinder('Use public key to encrypt and private key to eecrypt');
    expect(found('Use public key to encrypt and private key to eecrypt')).toBe(true);
    expect(found('Use public key to encrypt and private key to decrypt')).toBe(false);
    // A word the note writes twice is the note's own word, and names and code keep their spelling.
    expect(leftSlipFinder('eecrypt twice: eecrypt')('then eecrypt it')).toBe(false);
    expect(found('call eeCrypt or Eecrypt.run')).toBe(false);
  });

  const note = [
    '# AWS Security & Encryption',
    '',
    '## KMS',
    '',
    '- Symmetric (AES-256 keys) - single encryption key that is used to Encrypt and Decrypt',
    '- Asymmetric (RSA & ECC key pairs) - use public key to encrypt and private key to eecrypt',
    '- HMAC keys - generate and verify hash-based message authentication codes for messages',
    '- Password-derived keys - a key derived from the password of a user each time it is needed',
    '',
  ].join('\n');

  it('keeps out every question that would show it', () => {
    const shown = questions(note).filter((q) => [q.stem, ...q.options].some((t) => t.includes('eecrypt')));
    expect(shown.length).toBeGreaterThan(0);
    for (const q of shown) expect(q.reasons).toContain('typo');
  });

  it('while the same list spelt right is asked', () => {
    const qs = questions(note.replace('eecrypt', 'decrypt'));
    const q = qs.find((x) => x.kind === 'term' && x.stem.includes('describes Symmetric'));
    expect(q).toBeDefined();
    expect(q?.reasons).not.toContain('typo');
  });
});
