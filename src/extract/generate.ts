/** Facts -> question drafts of every kind, answers listed first (ids and order come later). */
import type { CatalogIndex } from '../core/catalog.js';
import { normalizeName } from '../core/catalog.js';
import { servicesIn, serviceNamed } from './lookup.js';
import type { QuestionKind } from '../core/types.js';
import { definitionDistractors, ownName, statementDistractors, termDistractors } from './distractors.js';
import type { Fact } from './facts.js';
import { formatNumber, nearbyValues } from './numbers.js';
import { askWhich, cap, pickContext, tidy, unstop } from './stems.js';
import { BLANK, words } from './text.js';
import { isJunk } from './quality.js';

/** A question before scoring: options start with the correct ones. */
export interface Draft {
  kind: QuestionKind;
  stem: string;
  options: string[];
  /** How many leading options are correct. */
  correct: number;
  fact: Fact;
  /** What the question asks about; with kind and headings it makes the id. */
  anchor: string;
  /** The answer's other names (acronym, expansion) that must not appear in the stem. */
  names: string[];
  /** Problems noticed while generating. */
  flags: string[];
}

function groupBy(facts: Fact[], key: (f: Fact) => string): Map<string, Fact[]> {
  const map = new Map<string, Fact[]>();
  for (const f of facts) {
    const k = key(f);
    const list = map.get(k);
    if (list) list.push(f);
    else map.set(k, [f]);
  }
  return map;
}

function namesOf(fact: Fact, catalog: CatalogIndex): string[] {
  const names = [fact.subject, tidy(fact.subject)];
  if (fact.alias) names.push(fact.alias);
  const svc = serviceNamed(catalog, fact.subject);
  // "Systems Manager" gives away "SSM" as much as "AWS Systems Manager" does.
  if (svc) names.push(svc.name, svc.short, ...svc.acronyms, normalizeName(svc.name), normalizeName(svc.short));
  return names.filter((n) => n.length >= 2);
}

function definitionDrafts(defs: Fact[], catalog: CatalogIndex, out: Draft[]): void {
  for (const pool of groupBy(defs, (f) => f.group).values()) {
    for (const fact of pool) {
      const names = namesOf(fact, catalog);
      const term = tidy(fact.subject);
      const ctx = pickContext(fact.context, catalog, names);
      const isPort = fact.value !== undefined;
      const { terms, filler } = termDistractors(fact, pool, catalog, 3);
      const allServices = ownName(fact.subject, catalog) !== undefined && terms.every((t) => ownName(t, catalog));
      if (isPort) {
        out.push({
          kind: 'definition',
          stem: `Which protocol or service uses port ${fact.value} by default?`,
          options: [term, ...terms.map(tidy)],
          correct: 1,
          fact,
          anchor: term,
          names,
          flags: [],
        });
        const ports = pool.filter((p) => !p.junk && p.value !== undefined && p.value !== fact.value).map((p) => p.value as string);
        out.push({
          kind: 'numeric',
          stem: `Which port does ${term} use by default?`,
          options: [fact.value as string, ...[...new Set(ports)].slice(0, 3)],
          correct: 1,
          fact,
          anchor: `port ${term}`,
          names: [fact.value as string],
          flags: [],
        });
        continue;
      }
      out.push({
        kind: 'definition',
        stem: askWhich(allServices ? 'AWS service' : 'term', fact.text, ctx),
        options: [term, ...terms.map(tidy)],
        correct: 1,
        fact,
        anchor: term,
        names,
        flags: filler ? ['catalog-distractor'] : [],
      });
      const wrong = definitionDistractors(fact, pool, catalog, 3);
      out.push({
        kind: 'term',
        stem: ctx ? `In the context of ${ctx}, what best describes ${term}?` : `What best describes ${term}?`,
        options: [cap(unstop(fact.text)), ...wrong.map((w) => cap(unstop(w)))],
        correct: 1,
        fact,
        anchor: term,
        names: [],
        flags: [],
      });
    }
  }
}

/** Properties usable as options: whole statements of a sensible length. */
function usable(f: Fact): boolean {
  const n = words(f.text).length;
  return n >= 3 && n <= 22;
}

/** Heading subjects take part only when they name AWS services ("SQS" vs "SNS"). */
function comparable(f: Fact, catalog: CatalogIndex): boolean {
  return !f.group.startsWith('head:') || servicesIn(catalog, f.subject).length > 0;
}

/** The last word of a name, plural folded: "FIFO Queues" -> "queue". */
function headWord(name: string): string {
  const w = words(tidy(name));
  const last = w[w.length - 1] ?? '';
  return last.length > 3 ? last.replace(/s$/, '') : last;
}

/**
 * Two subjects are alike when they are two kinds of one thing: same head word, different
 * qualifier ("Standard Queue" and "FIFO Queue", "Public IP" and "Private IP").
 */
function alike(a: Fact, b: Fact, catalog: CatalogIndex): boolean {
  // Two services share too many true-of-both properties (managed, highly available, 3 AZs...).
  if (ownName(a.subject, catalog) || ownName(b.subject, catalog)) return false;
  const ha = headWord(a.subject);
  return ha.length > 1 && !/^\d+$/.test(ha) && ha === headWord(b.subject) && words(a.subject).length > 1 && words(b.subject).length > 1;
}

function statementDrafts(props: Fact[], catalog: CatalogIndex, out: Draft[]): void {
  const bySubject = groupBy(props.filter(usable), (f) => f.group);
  const heads = [...bySubject.values()].map((g) => g[0]).filter((f) => comparable(f, catalog));
  const families = groupBy(heads, (f) => f.family ?? '');
  for (const [group, truths] of bySubject) {
    const head = truths[0];
    if (!comparable(head, catalog)) continue;
    const peers = (families.get(head.family ?? '') ?? []).filter((p) => p.group !== group && alike(head, p, catalog));
    if (peers.length === 0 || truths.length < 2) continue;
    const others = peers.flatMap((p) => bySubject.get(p.group) ?? []).filter((f) => !f.junk).map((f) => f.text);
    const wrong = statementDistractors(truths.map((t) => t.text), others, 3);
    const subject = tidy(head.subject);
    const ctx = pickContext(head.context, catalog, [subject]);
    const about = ctx ? `${subject} (${ctx})` : subject;
    if (wrong.length >= 3) {
      const ranked = [...truths].sort((a, b) => words(b.text).length - words(a.text).length).slice(0, 2);
      for (const t of ranked) {
        out.push({
          kind: 'statement',
          stem: `Which statement about ${about} is correct?`,
          options: [cap(unstop(t.text)), ...wrong.map((w) => cap(unstop(w)))],
          correct: 1,
          fact: t,
          anchor: `${subject} ${t.text}`,
          names: [],
          flags: [],
        });
      }
    }
    const wrong3 = statementDistractors(truths.map((t) => t.text), others, 3);
    if (wrong3.length >= 3 && truths.length >= 2) {
      const pair = [...truths].sort((a, b) => words(b.text).length - words(a.text).length).slice(0, 2);
      out.push({
        kind: 'multi',
        stem: `Which statements about ${about} are correct? (Choose TWO.)`,
        options: [...pair.map((p) => cap(unstop(p.text))), ...wrong3.map((w) => cap(unstop(w)))],
        correct: 2,
        fact: pair[0],
        anchor: `${subject} multi`,
        names: [],
        flags: [],
      });
    }
  }
}

function numericDrafts(nums: Fact[], catalog: CatalogIndex, out: Draft[]): void {
  for (const fact of nums) {
    const m = fact.number;
    if (!m) continue;
    const before = fact.text.slice(0, m.index);
    const after = fact.text.slice(m.index + m.raw.length);
    // Ranges ("3-5 hours") and ratios leave a half-number behind; skip them.
    if (/[-–/]\s*$/.test(before) || /^\s*[-–/]/.test(after)) continue;
    const cloze = `${before}${BLANK}${after}`;
    const subject = /^[a-z]/.test(fact.subject) ? '' : tidy(fact.subject);
    const ctx = pickContext(fact.context, catalog, []);
    const about = subject && ctx && !subject.includes(ctx) ? `${subject} (${ctx})` : subject || ctx;
    const answer = formatNumber(m.value, m.unit);
    // Values written elsewhere in the same sentence would confuse rather than test.
    const wrong = nearbyValues(m.value, m.unit)
      .filter((v) => !(fact.others ?? []).includes(v))
      .slice(0, 3)
      .map((v) => formatNumber(v, m.unit));
    out.push({
      kind: 'numeric',
      stem: about ? `Which value completes this statement about ${about}: "${unstop(cloze)}"?` : `Which value completes this statement: "${unstop(cloze)}"?`,
      options: [answer, ...wrong],
      correct: 1,
      fact,
      anchor: `${subject} ${answer}`,
      names: [],
      flags: [],
    });
  }
}

function singular(header: string): string {
  return header.toLowerCase().replace(/ies$/, 'y').replace(/(?<![su])s$/, '');
}

function tableDrafts(rows: Fact[], out: Draft[]): void {
  for (const pool of groupBy(rows, (f) => f.group).values()) {
    for (const fact of pool) {
      const others = pool.filter((p) => !p.junk && p.subject !== fact.subject && p.text !== fact.text);
      if (others.length < 3) continue;
      const pick = others.slice(0, 3);
      const rowNoun = singular(fact.rowHeader ?? 'item');
      const column = fact.column ?? '';
      const colNoun = /[A-Z]{2}/.test(column) ? column : column.toLowerCase();
      const these = /s$/.test(colNoun) && !/[A-Z]{2}/.test(column) ? 'these' : 'this';
      out.push({
        kind: 'table',
        stem: `Which ${rowNoun} matches ${these} ${colNoun}: ${unstop(fact.text)}?`,
        options: [fact.subject, ...pick.map((p) => p.subject)],
        correct: 1,
        fact,
        anchor: `${fact.subject} ${fact.column}`,
        names: [fact.subject],
        flags: [],
      });
      out.push({
        kind: 'table',
        stem: `For the ${fact.subject} ${rowNoun}, which ${/[A-Z]{2}/.test(column) ? column : singular(column)} applies?`,
        options: [fact.text, ...pick.map((p) => p.text)],
        correct: 1,
        fact,
        anchor: `${fact.column} of ${fact.subject}`,
        names: [],
        flags: [],
      });
    }
  }
}

function stepDrafts(steps: Fact[], catalog: CatalogIndex, out: Draft[]): void {
  for (const fact of steps) {
    const items = (fact.items ?? []).map(unstop);
    const subject = tidy(fact.subject) || pickContext(fact.context, catalog, []);
    if (!subject) continue;
    for (let i = 0; i + 1 < items.length && i < 2; i++) {
      const wrong = items.filter((_, j) => j !== i + 1 && j !== i).slice(0, 3);
      out.push({
        kind: 'steps',
        stem: `In ${subject}, which step comes right after "${items[i]}"?`,
        options: [items[i + 1], ...wrong],
        correct: 1,
        fact,
        anchor: `${subject} step ${items[i]}`,
        names: [],
        flags: [],
      });
    }
  }
}

/** Every question draft the facts support. */
export function generate(facts: Fact[], catalog: CatalogIndex): Draft[] {
  const out: Draft[] = [];
  // Noise (todo, links, remarks, click-steps) still yields candidates, rejected later, but never a wrong option.
  for (const f of facts) f.junk = isJunk(f);
  definitionDrafts(facts.filter((f) => f.kind === 'definition'), catalog, out);
  statementDrafts(facts.filter((f) => f.kind === 'property'), catalog, out);
  numericDrafts(facts.filter((f) => f.kind === 'number'), catalog, out);
  tableDrafts(facts.filter((f) => f.kind === 'row'), out);
  stepDrafts(facts.filter((f) => f.kind === 'steps'), catalog, out);
  return out;
}
