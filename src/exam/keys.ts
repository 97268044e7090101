/** Keys to session events, per screen; the help line for each screen. */
import type { SessionEvent, SessionView } from './session.js';

/** A key as the terminal reports it. */
export interface Key {
  name: string;
  ctrl?: boolean;
}

/** The event a key stands for on a screen, or undefined when the key does nothing there. */
export function keyToEvent(view: SessionView, key: Key): SessionEvent | undefined {
  if (key.ctrl) return undefined;
  const k = key.name;
  if (view === 'confirm') {
    if (k === 'y' || k === 'enter' || k === 'return') return { type: 'confirm' };
    if (k === 'n' || k === 'escape') return { type: 'cancel' };
    return undefined;
  }
  if (k === 'up' || k === 'k') return { type: 'cursor', delta: -1 };
  if (k === 'down' || k === 'j') return { type: 'cursor', delta: 1 };
  if (k === 'left' || k === 'p') return { type: 'move', delta: -1 };
  if (k === 'right' || k === 'n') return { type: 'move', delta: 1 };
  if (k === 'enter' || k === 'return') return { type: 'confirm' };
  if (k === 'f') return { type: 'flag' };
  if (view === 'review') {
    if (k === 's') return { type: 'submit' };
    if (k === 'escape' || k === 'r' || k === 'q') return { type: 'cancel' };
    return undefined;
  }
  if (k === 'space') return { type: 'toggle' };
  if (k === 'r') return { type: 'review' };
  if (/^[1-9]$/.test(k)) return { type: 'choose', option: Number(k) - 1 };
  return undefined;
}

/** The always-visible line of keys for a screen. */
export function helpLine(view: SessionView): string {
  if (view === 'confirm') return 'y/enter submit  n/esc go back';
  if (view === 'review') return '↑↓ choose  enter open  f flag  s submit  esc/r back';
  return '↑↓/1-9 choose  space toggle  enter confirm & next  ←→/p n move  f flag  r review  ctrl-c save & quit';
}
