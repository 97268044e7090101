import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openBank } from '../../src/bank/db.js';
import {
  abandonExam,
  activeExam,
  createExam,
  examPool,
  latestSubmitted,
  loadExam,
  saveProgress,
  submitExam,
} from '../../src/bank/exams.js';
import { replaceSource } from '../../src/bank/questions.js';
import { seededRng } from '../../src/core/random.js';
import { makeItems } from '../../src/exam/assemble.js';
import { scoreExam } from '../../src/exam/score.js';
import { changedItems, reduce, startSession, type SessionEvent, type SessionState } from '../../src/exam/session.js';
import { question, source } from '../bank/helpers.js';
import { pool, questionFor } from './fixtures.js';

const now = new Date('2026-01-05T10:00:00Z');
const settings = { cert: 'DVA-C02', seed: 4, limitMs: 360_000, passScore: 720 };

function items() {
  const picks = pool([2, 1, 0, 0], 2);
  return makeItems(picks, new Map(picks.map((c) => [c.id, questionFor(c)])), seededRng(4));
}

function tempBank() {
  const path = join(mkdtempSync(join(tmpdir(), 'awsq-exam-')), 'awsq.db');
  return { path, bank: openBank(path) };
}

/** Apply events one at a time, saving after each as the exam screen does. */
function play(db: Parameters<typeof saveProgress>[0], id: number, state: SessionState, events: SessionEvent[]): SessionState {
  for (const e of events) {
    const next = reduce(state, e, 4);
    saveProgress(db, id, next, changedItems(state, next), now);
    state = next;
  }
  return state;
}

describe('exams in the bank', () => {
  it('resume after a crash gives back every answer, flag, position and the time used', () => {
    const { path, bank } = tempBank();
    const its = items();
    const id = createExam(bank.db, settings, its, now);
    const played = play(bank.db, id, startSession(its.map((i) => i.answers.length), settings.limitMs), [
      { type: 'tick', ms: 4000 },
      { type: 'choose', option: 1 },
      { type: 'choose', option: 3 },
      { type: 'flag' },
      { type: 'confirm' },
      { type: 'tick', ms: 2500 },
      { type: 'choose', option: 2 },
      { type: 'move', delta: 1 },
      { type: 'tick', ms: 1000 },
    ]);
    // No close, no final save: the process dies here.
    const reopened = openBank(path);
    const loaded = loadExam(reopened.db, id);
    reopened.close();
    bank.close();
    const pick = (s: SessionState) => ({ selected: s.selected, flagged: s.flagged, current: s.current, elapsedMs: s.elapsedMs, ms: s.ms });
    expect(pick(loaded!.state)).toEqual(pick(played));
  });

  it('gives back the items exactly as shown', () => {
    const { bank } = tempBank();
    const its = items();
    const id = createExam(bank.db, settings, its, now);
    expect(loadExam(bank.db, id)!.items).toEqual(its);
  });

  it('allows only one exam in progress', () => {
    const { bank } = tempBank();
    createExam(bank.db, settings, items(), now);
    expect(() => createExam(bank.db, settings, items(), now)).toThrow(/already in progress/);
  });

  it('allows a new exam once the old one is abandoned', () => {
    const { bank } = tempBank();
    const first = createExam(bank.db, settings, items(), now);
    abandonExam(bank.db, first);
    const second = createExam(bank.db, settings, items(), now);
    expect(activeExam(bank.db)!.id).toBe(second);
  });

  it('stores the result and runs the review recording in the same transaction on submit', () => {
    const { bank } = tempBank();
    const its = items();
    const id = createExam(bank.db, settings, its, now);
    const state = startSession(its.map((i) => i.answers.length), settings.limitMs);
    const result = scoreExam({ id, cert: 'DVA-C02', passScore: 720, domains: [], items: its, selected: state.selected, flagged: state.flagged, elapsedMs: 1000, limitMs: settings.limitMs, ended: 'submitted' });
    submitExam(bank.db, id, result, now, () => {
      bank.db.prepare(`INSERT INTO reviews (question_id, at, correct, context, exam_id) VALUES ('x', ?, 0, 'exam', ?)`).run(now.toISOString(), id);
    });
    expect([latestSubmitted(bank.db)?.result?.correct, bank.db.prepare('SELECT count(*) AS n FROM reviews').get()]).toEqual([0, { n: 1 }]);
  });

  it('rolls the submission back when recording reviews fails', () => {
    const { bank } = tempBank();
    const its = items();
    const id = createExam(bank.db, settings, its, now);
    const result = scoreExam({ id, cert: 'DVA-C02', passScore: 720, domains: [], items: its, selected: [[], [], []], flagged: [false, false, false], elapsedMs: 0, limitMs: 1, ended: 'submitted' });
    expect(() => submitExam(bank.db, id, result, now, () => { throw new Error('boom'); })).toThrow('boom');
    expect(activeExam(bank.db)?.id).toBe(id);
  });

  it('gives the in-scope ids per domain and only eligible questions\' details', () => {
    const { bank } = tempBank();
    replaceSource(bank.db, source('/n/a.md'), [
      question('a'),
      question('b', { answers: [0, 2], kind: 'multi', placements: [{ cert: 'DVA-C02', domain: 2 }] }),
      question('c', { placements: [{ cert: 'SAA-C03', domain: 1 }] }),
      question('d', { eligible: false }),
    ], now);
    bank.db.prepare(`INSERT INTO reviews (question_id, at, correct, context) VALUES ('a', ?, 1, 'drill')`).run(now.toISOString());
    const pool = examPool(bank.db, 'DVA-C02');
    const details = (id: string) => {
      const d = pool.get(id);
      return d && { fingerprint: d.fingerprint, multi: d.multi, lastSeen: d.lastSeen };
    };
    expect([[...pool.ids.entries()], details('a'), details('b'), details('d')]).toEqual([
      [[1, ['a', 'd']], [2, ['b']]],
      { fingerprint: 'fp-a', multi: false, lastSeen: now.getTime() },
      { fingerprint: 'fp-b', multi: true, lastSeen: undefined },
      undefined,
    ]);
  });

  it("gives each drawn question's gist, so an exam keeps overlapping questions apart", () => {
    const { bank } = tempBank();
    const stored = question('a', { stem: 'Which term matches this description: "script launch on first start up of instance"?', options: ['EC2 User Data', 'Security Groups', 'Key Pair', 'SSH'], answers: [0] });
    replaceSource(bank.db, source('/n/a.md'), [stored], now);
    expect(examPool(bank.db, 'DVA-C02').get('a')?.gist?.names).toEqual([' EC2 User Data ', ' User Data ']);
  });

  it('leaves history out when asked, so a seed alone fixes the exam', () => {
    const { bank } = tempBank();
    replaceSource(bank.db, source('/n/a.md'), [question('a')], now);
    bank.db.prepare(`INSERT INTO reviews (question_id, at, correct, context) VALUES ('a', ?, 1, 'drill')`).run(now.toISOString());
    expect(examPool(bank.db, 'DVA-C02', { history: false }).get('a')?.lastSeen).toBeUndefined();
  });
});
