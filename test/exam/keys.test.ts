import { describe, expect, it } from 'vitest';
import { helpLine, keyToEvent } from '../../src/exam/keys.js';

describe('keys', () => {
  it.each([
    ['question', 'down', { type: 'cursor', delta: 1 }],
    ['question', '3', { type: 'choose', option: 2 }],
    ['question', 'space', { type: 'toggle' }],
    ['question', 'enter', { type: 'confirm' }],
    ['question', 'f', { type: 'flag' }],
    ['question', 'left', { type: 'move', delta: -1 }],
    ['question', 'n', { type: 'move', delta: 1 }],
    ['question', 'r', { type: 'review' }],
    ['review', 's', { type: 'submit' }],
    ['review', 'escape', { type: 'cancel' }],
    ['confirm', 'y', { type: 'confirm' }],
    ['confirm', 'n', { type: 'cancel' }],
  ] as const)('on the %s screen, %s means %j', (view, name, event) => {
    expect(keyToEvent(view, { name })).toEqual(event);
  });

  it('ignores keys held with ctrl', () => {
    expect(keyToEvent('question', { name: 'f', ctrl: true })).toBeUndefined();
  });

  it('shows the flag and review keys in the help line', () => {
    expect(helpLine('question')).toMatch(/f flag.*r review/);
  });
});
