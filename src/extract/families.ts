/** Curated families of sibling terms (data/catalog/families.json): wrong options for short term lists. */
import { bundledList } from './bundled.js';
import { normalize } from './text.js';

/** A family of terms that are alternatives to each other; each member is a name or [name, ...other spellings]. */
export interface Family {
  id: string;
  members: (string | string[])[];
}

function key(name: string): string {
  return normalize(name).replace(/s\b/g, '');
}

function spellings(member: string | string[]): string[] {
  return (Array.isArray(member) ? member : [member]).map(key);
}

/** The shipped families. */
export function bundledFamilies(): Family[] {
  return bundledList('families').filter((f): f is Family => Array.isArray((f as Family)?.members));
}

/**
 * Other members of the family that `subject` and at least one of its `siblings` belong to (so a
 * lone "Standard" never picks a family), shown by their first name; members already among
 * `siblings` are left out.
 */
export function familyMembers(subject: string, siblings: string[], families: Family[]): string[] {
  const own = key(subject);
  const others = siblings.map(key);
  let best: { family: Family; overlap: number } | undefined;
  for (const family of families) {
    const names = family.members.map(spellings);
    if (!names.some((n) => n.includes(own))) continue;
    const overlap = others.filter((o) => o !== own && names.some((n) => n.includes(o))).length;
    if (overlap >= 1 && (!best || overlap > best.overlap)) best = { family, overlap };
  }
  if (!best) return [];
  return best.family.members
    .filter((m) => !spellings(m).some((n) => n === own || others.includes(n)))
    .map((m) => (Array.isArray(m) ? m[0] : m));
}
