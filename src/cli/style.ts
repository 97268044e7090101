/** Colours for terminal output, off when NO_COLOR is set, with --no-color, or when not a terminal. */
import { Chalk, type ChalkInstance } from 'chalk';

/** A chalk instance at level 0 (plain text) unless colour is allowed. */
export function makeStyle(color: boolean): ChalkInstance {
  return new Chalk({ level: color ? 2 : 0 });
}
