import { describe, expect, it } from 'vitest';
import { definitionDistractors, termDistractors } from '../../src/extract/distractors.js';
import type { Family } from '../../src/extract/families.js';
import { mereNames } from '../../src/extract/text.js';
import type { Fact } from '../../src/extract/facts.js';
import { catalog } from './helpers.js';

/** A term of one list, on line `line`. */
function term(subject: string, text: string, line: number): Fact {
  return {
    kind: 'definition',
    subject,
    text,
    group: 'list:1',
    source: { path: 'note.md', line, endLine: line, headings: ['Pipelines'] },
    context: ['Pipelines'],
    excerpt: `${subject} - ${text}`,
  };
}

describe('definitionDistractors', () => {
  // The answer's description is 40 characters long; the siblings' differ from it by 0, 1, 2, 3 and 13, and one is too like it.
  const answer = term('Source Stage', 'pulls the latest commit from a code repo', 10);
  const siblings = [
    term('Build Stage', 'compiles the code and runs every unit check', 11), // 43 characters: 3 off
    term('Deploy Stage', 'pushes a release to the target servers', 12), // 38: 2 off
    term('Approval Stage', 'pulls the latest commit from a code repository', 13), // too like the answer
    term('Test Stage', 'runs integration suites on a staging copy', 14), // 41: 1 off
    term('Invoke Stage', 'calls a function with the pipeline state', 15), // 40: 0 off
    term('Cleanup Stage', 'removes temporary artifacts', 16), // 27: 13 off
  ];
  const pool = [answer, ...siblings];

  it('offers the descriptions nearest the answer in length, skipping one too like it', () => {
    expect(definitionDistractors(answer, pool, catalog, 3)).toEqual([
      'calls a function with the pipeline state',
      'runs integration suites on a staging copy',
      'pushes a release to the target servers',
    ]);
  });

  it('goes on down the lengths until it has as many as asked for', () => {
    expect(definitionDistractors(answer, pool, catalog, 5)).toEqual([
      'calls a function with the pipeline state',
      'runs integration suites on a staging copy',
      'pushes a release to the target servers',
      'compiles the code and runs every unit check',
      'removes temporary artifacts',
    ]);
  });

  it('never offers names alone beside a description that says something', () => {
    // 'Artifacts (kept for later pipeline runs)' is as long as the answer's description (40 characters).
    const named = [answer, term('Store Stage', 'Artifacts (kept for later pipeline runs)', 17), term('Policy Stage', 'Roles/Users only', 18), ...siblings];
    expect(definitionDistractors(answer, named, catalog, 3)).toEqual(definitionDistractors(answer, pool, catalog, 3));
  });

  it.each([
    ['users, User-Groups, Roles', true],
    ['Roles/Users only', true],
    ['Resources (principal to config user identity)', true],
    ['Name, Type, Value (useful for SQS and mobile push)', true],
    ['Resources', false],
    ['Boundary of Max. Permission', false],
    ['Artifacts (kept for later pipeline runs)', true],
    ['pulls the latest commit (from a repo)', false],
  ])('takes %s for names alone: %s', (text, expected) => {
    expect(mereNames(text)).toBe(expected);
  });

  it('picks the same whatever order the list is written in', () => {
    const reversed = [answer, ...[...siblings].reverse()];
    expect(definitionDistractors(answer, reversed, catalog, 3)).toEqual(definitionDistractors(answer, pool, catalog, 3));
  });
});

describe('termDistractors', () => {
  // A curated family of three members and a decoy; the note lists two of them.
  const families: Family[] = [{ id: 'pub-sub', members: [['Publisher', 'Event Publishers'], ['Subscriber', 'Event Subscribers'], ['Topic', 'SNS Topic']], decoys: ['Event Brokers'] }];
  const item = (subject: string, text: string, line: number): Fact => ({ ...term(subject, text, line), group: 'list:sns' });

  it('never offers a family member that the description names, nor a decoy beside the gap it leaves', () => {
    const answer = item('Event Publishers', 'send messages to one SNS topic', 20);
    const pool = [answer, item('Event Subscribers', 'receive every message of a topic they signed up to', 21)];
    const { terms } = termDistractors(answer, pool, catalog, 3, new Map(), families);
    expect(terms).toContain('Event Subscribers');
    expect(terms).not.toContain('SNS Topic');
    expect(terms).not.toContain('Event Brokers');
  });

  it('never offers a term the description names in the singular of its "-ies" plural', () => {
    const policy = (subject: string, text: string, line: number): Fact => ({ ...term(subject, text, line), group: 'list:iam' });
    const answer = policy('Custom Policies', 'you create and manage, built on the basis of a Managed Policy', 30);
    const pool = [answer, policy('Managed Policies', 'created and administered by AWS for common cases', 31), policy('Inline Policies', 'embedded within the user, group, or role', 32)];
    const { terms } = termDistractors(answer, pool, catalog, 3);
    expect(terms).toContain('Inline Policies');
    expect(terms).not.toContain('Managed Policies');
  });

  it('offers the members and then the decoy when the description names none of them', () => {
    const answer = item('Event Publishers', 'hand each message to a channel without knowing who reads it', 20);
    const pool = [answer, item('Event Subscribers', 'receive every message of a channel they signed up to', 21)];
    expect(termDistractors(answer, pool, catalog, 3, new Map(), families).terms).toEqual(['Event Subscribers', 'SNS Topic', 'Event Brokers']);
  });
});
