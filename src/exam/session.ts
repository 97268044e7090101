/** The exam session as a pure state machine: events in, new state out; the screen only draws it. */

/** Which screen is showing. */
export type SessionView = 'question' | 'review' | 'confirm';

/** Why the session ended. */
export type SessionEnd = 'submitted' | 'expired';

/** Everything about a running exam that changes; serialisable, saved after every event. */
export interface SessionState {
  /** Options each item takes (1 = single answer). */
  picks: number[];
  /** Display indexes chosen per item (empty = unanswered). */
  selected: number[][];
  flagged: boolean[];
  /** Milliseconds spent on each item. */
  ms: number[];
  current: number;
  /** Highlighted option on the question screen. */
  cursor: number;
  /** Highlighted row on the review screen. */
  reviewCursor: number;
  view: SessionView;
  elapsedMs: number;
  limitMs: number;
  /** Set once the exam is over. */
  ended?: SessionEnd;
  /** A one-off notice for the learner ("Choose exactly 2."). */
  notice?: string;
}

/** Things that can happen during an exam. */
export type SessionEvent =
  | { type: 'cursor'; delta: number }
  | { type: 'choose'; option: number }
  | { type: 'toggle' }
  | { type: 'confirm' }
  | { type: 'flag' }
  | { type: 'move'; delta: number }
  | { type: 'goto'; index: number }
  | { type: 'review' }
  | { type: 'submit' }
  | { type: 'cancel' }
  | { type: 'tick'; ms: number }
  | { type: 'expire' };

/** A fresh session for items taking `picks` options each. */
export function startSession(picks: number[], limitMs: number): SessionState {
  return {
    picks: picks.slice(),
    selected: picks.map(() => []),
    flagged: picks.map(() => false),
    ms: picks.map(() => 0),
    current: 0,
    cursor: 0,
    reviewCursor: 0,
    view: 'question',
    elapsedMs: 0,
    limitMs,
  };
}

/** Whether item `i` counts as answered (exactly as many options as it takes). */
export function isAnswered(state: SessionState, i: number): boolean {
  return state.selected[i].length === state.picks[i];
}

/** Counts for the header and the submit confirmation. */
export function tally(state: SessionState): { answered: number; unanswered: number; flagged: number } {
  let answered = 0;
  let flagged = 0;
  state.picks.forEach((_, i) => {
    if (isAnswered(state, i)) answered++;
    if (state.flagged[i]) flagged++;
  });
  return { answered, unanswered: state.picks.length - answered, flagged };
}

/** Milliseconds left on the clock (never negative). */
export function remainingMs(state: SessionState): number {
  return Math.max(0, state.limitMs - state.elapsedMs);
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, n));
}

function at(state: SessionState, index: number): SessionState {
  const current = clamp(index, 0, state.picks.length - 1);
  return { ...state, current, cursor: 0, view: 'question', notice: undefined };
}

function choose(state: SessionState, option: number, count: number): SessionState {
  if (option < 0 || option >= count) return state;
  const i = state.current;
  const pick = state.picks[i];
  const mine = state.selected[i];
  let next: number[];
  if (pick === 1) next = mine.length === 1 && mine[0] === option ? [] : [option];
  else if (mine.includes(option)) next = mine.filter((o) => o !== option);
  else if (mine.length >= pick) return { ...state, cursor: option, notice: `Choose exactly ${pick}: clear one first.` };
  else next = [...mine, option].sort((a, b) => a - b);
  const selected = state.selected.slice();
  selected[i] = next;
  return { ...state, selected, cursor: option, notice: undefined };
}

/**
 * Apply one event. `optionCount` is how many options the current item shows (for cursor bounds).
 * Once the session has ended, every event is ignored.
 */
export function reduce(state: SessionState, event: SessionEvent, optionCount = 4): SessionState {
  if (state.ended) return state;
  const n = state.picks.length;
  switch (event.type) {
    case 'tick': {
      const ms = state.ms.slice();
      ms[state.current] += Math.max(0, event.ms);
      const next = { ...state, ms, elapsedMs: state.elapsedMs + Math.max(0, event.ms) };
      return next.elapsedMs >= next.limitMs ? { ...next, elapsedMs: next.limitMs, ended: 'expired' } : next;
    }
    case 'expire':
      return { ...state, elapsedMs: Math.max(state.elapsedMs, state.limitMs), ended: 'expired' };
    case 'cursor':
      if (state.view === 'review') return { ...state, reviewCursor: clamp(state.reviewCursor + event.delta, 0, n - 1) };
      if (state.view === 'question') return { ...state, cursor: clamp(state.cursor + event.delta, 0, optionCount - 1) };
      return state;
    case 'choose':
      return state.view === 'question' ? choose(state, event.option, optionCount) : state;
    case 'toggle':
      return state.view === 'question' ? choose(state, state.cursor, optionCount) : state;
    case 'flag': {
      const i = state.view === 'review' ? state.reviewCursor : state.current;
      if (state.view === 'confirm') return state;
      const flagged = state.flagged.slice();
      flagged[i] = !flagged[i];
      return { ...state, flagged };
    }
    case 'move':
      if (state.view === 'review') return { ...state, reviewCursor: clamp(state.reviewCursor + event.delta, 0, n - 1) };
      if (state.view !== 'question') return state;
      if (state.current + event.delta >= n) return { ...state, view: 'review', reviewCursor: state.current, notice: undefined };
      return at(state, state.current + event.delta);
    case 'goto':
      return at(state, event.index);
    case 'confirm': {
      if (state.view === 'review') return at(state, state.reviewCursor);
      if (state.view === 'confirm') return { ...state, ended: 'submitted', notice: undefined };
      const i = state.current;
      const got = state.selected[i].length;
      if (got > 0 && got !== state.picks[i]) return { ...state, notice: `Choose exactly ${state.picks[i]}.` };
      if (i + 1 >= n) return { ...state, view: 'review', reviewCursor: i, notice: undefined };
      return at(state, i + 1);
    }
    case 'review':
      return { ...state, view: 'review', reviewCursor: state.current, notice: undefined };
    case 'submit':
      return { ...state, view: 'confirm', notice: undefined };
    case 'cancel':
      if (state.view === 'confirm') return { ...state, view: 'review' };
      if (state.view === 'review') return at(state, state.current);
      return state;
  }
}

/** Item positions whose answer or flag differs between two states (what must be saved). */
export function changedItems(before: SessionState, after: SessionState): number[] {
  const out: number[] = [];
  for (let i = 0; i < after.picks.length; i++) {
    const a = before.selected[i];
    const b = after.selected[i];
    if (a !== b && (a.length !== b.length || a.some((v, k) => v !== b[k]))) out.push(i);
    else if (before.flagged[i] !== after.flagged[i]) out.push(i);
  }
  return out;
}
