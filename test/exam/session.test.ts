import { describe, expect, it } from 'vitest';
import { changedItems, isAnswered, reduce, remainingMs, startSession, tally, type SessionEvent, type SessionState } from '../../src/exam/session.js';

/** Three items: single, Choose TWO, single; 10 minutes. */
const fresh = () => startSession([1, 2, 1], 600_000);

function run(events: SessionEvent[], state: SessionState = fresh()): SessionState {
  return events.reduce((s, e) => reduce(s, e, 4), state);
}

describe('the exam session', () => {
  it('starts at the first question with nothing answered', () => {
    expect(tally(fresh())).toEqual({ answered: 0, unanswered: 3, flagged: 0 });
  });

  it('records a single answer by number', () => {
    expect(run([{ type: 'choose', option: 2 }]).selected[0]).toEqual([2]);
  });

  it('replaces a single answer when another option is chosen', () => {
    expect(run([{ type: 'choose', option: 2 }, { type: 'choose', option: 0 }]).selected[0]).toEqual([0]);
  });

  it('toggles the option under the cursor with space', () => {
    expect(run([{ type: 'cursor', delta: 1 }, { type: 'toggle' }]).selected[0]).toEqual([1]);
  });

  it('keeps the cursor within the options', () => {
    expect(run([{ type: 'cursor', delta: -3 }]).cursor).toBe(0);
  });

  it('takes up to two options on a Choose TWO question', () => {
    const s = run([{ type: 'move', delta: 1 }, { type: 'choose', option: 3 }, { type: 'choose', option: 1 }, { type: 'choose', option: 0 }]);
    expect([s.selected[1], s.notice]).toEqual([[1, 3], 'Choose exactly 2: clear one first.']);
  });

  it('refuses to go on from a Choose TWO question with one option chosen', () => {
    const s = run([{ type: 'move', delta: 1 }, { type: 'choose', option: 3 }, { type: 'confirm' }]);
    expect([s.current, s.notice]).toEqual([1, 'Choose exactly 2.']);
  });

  it('counts a Choose TWO question as answered only with two options', () => {
    const s = run([{ type: 'move', delta: 1 }, { type: 'choose', option: 3 }]);
    expect(isAnswered(s, 1)).toBe(false);
  });

  it('goes on to the next question on enter', () => {
    expect(run([{ type: 'choose', option: 1 }, { type: 'confirm' }]).current).toBe(1);
  });

  it('lets a question be skipped with enter', () => {
    expect(run([{ type: 'confirm' }]).current).toBe(1);
  });

  it('flags and unflags the current question', () => {
    expect(run([{ type: 'flag' }, { type: 'flag' }, { type: 'move', delta: 1 }, { type: 'flag' }]).flagged).toEqual([false, true, false]);
  });

  it('keeps answers when moving back and forth', () => {
    const s = run([{ type: 'choose', option: 3 }, { type: 'move', delta: 1 }, { type: 'move', delta: -1 }]);
    expect([s.current, s.selected[0]]).toEqual([0, [3]]);
  });

  it('does not move before the first question', () => {
    expect(run([{ type: 'move', delta: -1 }]).current).toBe(0);
  });

  it('opens the review screen after the last question', () => {
    expect(run([{ type: 'confirm' }, { type: 'confirm' }, { type: 'confirm' }]).view).toBe('review');
  });

  it('opens the review screen on request at the current question', () => {
    const s = run([{ type: 'move', delta: 1 }, { type: 'review' }]);
    expect([s.view, s.reviewCursor]).toEqual(['review', 1]);
  });

  it('jumps to the question chosen on the review screen', () => {
    const s = run([{ type: 'review' }, { type: 'cursor', delta: 2 }, { type: 'confirm' }]);
    expect([s.view, s.current]).toEqual(['question', 2]);
  });

  it('flags the highlighted question on the review screen', () => {
    expect(run([{ type: 'review' }, { type: 'cursor', delta: 1 }, { type: 'flag' }]).flagged).toEqual([false, true, false]);
  });

  it('asks for confirmation before submitting', () => {
    const s = run([{ type: 'review' }, { type: 'submit' }]);
    expect([s.view, s.ended]).toEqual(['confirm', undefined]);
  });

  it('goes back to the review screen when submission is declined', () => {
    expect(run([{ type: 'review' }, { type: 'submit' }, { type: 'cancel' }]).view).toBe('review');
  });

  it('submits when confirmed', () => {
    expect(run([{ type: 'review' }, { type: 'submit' }, { type: 'confirm' }]).ended).toBe('submitted');
  });

  it('counts time on the clock and on the current question', () => {
    const s = run([{ type: 'tick', ms: 1000 }, { type: 'move', delta: 1 }, { type: 'tick', ms: 2500 }]);
    expect([s.elapsedMs, s.ms]).toEqual([3500, [1000, 2500, 0]]);
  });

  it('expires when the time runs out', () => {
    const s = run([{ type: 'tick', ms: 700_000 }]);
    expect([s.ended, remainingMs(s)]).toEqual(['expired', 0]);
  });

  it('expires on an expire event', () => {
    expect(run([{ type: 'expire' }]).ended).toBe('expired');
  });

  it('ignores every event once ended', () => {
    const ended = run([{ type: 'expire' }]);
    expect(run([{ type: 'choose', option: 1 }, { type: 'tick', ms: 5 }], ended)).toBe(ended);
  });

  it('lists the items whose answer or flag changed', () => {
    const a = fresh();
    const b = run([{ type: 'choose', option: 1 }, { type: 'move', delta: 2 }, { type: 'flag' }], a);
    expect(changedItems(a, b)).toEqual([0, 2]);
  });
});
