/** Inline markdown and HTML -> plain text: links to their text, images noted and dropped, emphasis and tags gone. */
import { safeText } from '../core/text.js';

/** Plain text of an inline fragment, and whether it held an image. */
export interface CleanText {
  text: string;
  image: boolean;
}

// Every pattern below is bounded and stops at its closing character, so no input can make it backtrack.
const ESCAPED = /\\([!-/:-@[-`{-~])/g;
const CODE = /`([^`]{1,2000})`/g;
const IMAGE = /!\[[^\]]{0,1000}\](?:\([^)]{0,2000}\)|\[[^\]]{0,200}\])/g;
const IMG_TAG = /<img(?:\s[^<>]{0,2000})?\/?>/gi;
const LINK = /\[([^\]]{0,1000})\]\(([^)\s]{0,2000})(?:\s[^)]{0,500})?\)/g;
const REF_LINK = /\[([^\]]{1,1000})\]\[[^\]]{0,200}\]/g;
const AUTOLINK = /<((?:https?|mailto):[^<>\s]{1,2000})>/gi;
const BR = /<br\s{0,5}\/?>/gi;
const TAG = /<\/?[A-Za-z][A-Za-z0-9-]{0,30}(?:\s[^<>]{0,2000})?\/?>/g;
const STRONG = /\*\*|__/g;
const STAR = /(^|[\s(["'])\*(?=[^\s*])([^*\n]{0,300}?[^\s*])\*(?=$|[\s).,;:!?"'\]])/g;
const UNDERSCORE = /(^|[\s(["'])_(?=[^\s_])([^_\n]{0,300}?[^\s_])_(?=$|[\s).,;:!?"'\]])/g;
const STRIKE = /~~([^~]{1,1000})~~/g;
const ENTITY = /&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi;
const PROTECTED = /[\uE000-\uE07F]/g;

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“' };

/** A character kept literally: hidden from the markdown passes in the Private Use Area. */
function protect(c: string): string {
  const code = c.charCodeAt(0);
  return code < 0x80 ? String.fromCharCode(0xe000 + code) : c;
}

function protectAll(s: string): string {
  return s.replace(/[!-/:-@[-`{-~]/g, protect);
}

function entity(m: string, name: string): string {
  if (name[0] === '#') {
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    if (code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)) return protectAll(String.fromCodePoint(code));
    return '';
  }
  const named = NAMED[name.toLowerCase()];
  return named === undefined ? m : protectAll(named);
}

/**
 * Clean one inline fragment: escapes and code spans are kept literally, links become their text,
 * images are dropped (and reported), emphasis, strike-through and HTML tags are removed, entities
 * decoded, control characters stripped and whitespace folded. Tolerant of any input.
 */
export function cleanInline(input: string): CleanText {
  if (typeof input !== 'string' || input.length === 0) return { text: '', image: false };
  let image = false;
  let s = input.replace(PROTECTED, '');
  s = s.replace(ESCAPED, (_m, c: string) => protect(c));
  s = s.replace(CODE, (_m, inner: string) => protectAll(inner));
  s = s.replace(IMAGE, () => {
    image = true;
    return ' ';
  });
  s = s.replace(IMG_TAG, () => {
    image = true;
    return ' ';
  });
  s = s.replace(LINK, (_m, label: string, url: string) => (label.trim() ? label : url));
  s = s.replace(REF_LINK, '$1');
  s = s.replace(AUTOLINK, (_m, url: string) => protectAll(url));
  s = s.replace(BR, ' ').replace(TAG, '');
  s = s.replace(ENTITY, entity);
  s = s.replace(STRONG, '').replace(STRIKE, '$1');
  s = s.replace(STAR, '$1$2').replace(UNDERSCORE, '$1$2');
  s = s.replace(PROTECTED, (c) => String.fromCharCode(c.charCodeAt(0) - 0xe000));
  return { text: safeText(s).replace(/\s+/g, ' ').trim(), image };
}

/** Escape text so that `cleanInline` gives it back unchanged (used by the markdown export). */
export function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>&~!|#]/g, (c) => `\\${c}`);
}
