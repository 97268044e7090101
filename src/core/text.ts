/** Text helpers shared by every layer: terminal-safe text and small formatting. */

// ESC-introduced sequences: CSI (ESC [ ... final), OSC (ESC ] ... BEL or ESC \), DCS/SOS/PM/APC
// strings, and two-byte escapes; plus their 8-bit C1 forms. Each alternative is linear: no nested
// quantifiers, so a hostile line cannot make the match backtrack.
const ESCAPES =
  /\u001b\[[0-?]*[ -/]*[@-~]?|\u009b[0-?]*[ -/]*[@-~]?|[\u001b\u009d]\][^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u009d[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[PX^_][^\u001b\u009c]*(?:\u001b\\|\u009c)?|[\u0090\u0098\u009e\u009f][^\u001b\u009c]*(?:\u001b\\|\u009c)?|\u001b[ -~]?/g;
// Remaining C0 controls except tab and newline, DEL, C1 controls, and bidi overrides that can
// reorder what the learner sees.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Remove control characters and ANSI/OSC escape sequences so note text cannot drive the terminal. */
export function safeText(text: string): string {
  return text.replace(ESCAPES, '').replace(CONTROLS, '');
}

/** `safeText` and fold every run of whitespace (newlines included) to one space. */
export function safeLine(text: string): string {
  return safeText(text).replace(/\s+/g, ' ').trim();
}

/** "1 question" / "3 questions". */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}
