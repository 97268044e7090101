import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { examScreen } from '../../src/cli/exam-screen.js';
import { plain } from '../../src/exam/report.js';
import { startSession, type SessionState } from '../../src/exam/session.js';
import type { ExamItem } from '../../src/exam/types.js';

function item(i: number, stem = `Stem ${i}?`): ExamItem {
  return {
    questionId: `q${i}`,
    domain: 1,
    kind: 'definition',
    stem,
    options: ['one', 'two', 'three', 'four'],
    answers: [0],
    order: [0, 1, 2, 3],
    explanation: '',
    source: { path: 'a.md', line: 1, endLine: 1, headings: [] },
    fingerprint: `f${i}`,
  };
}

/** Run the screen on fake streams, typing `keys` one at a time; returns the final state, the saves and the output. */
async function drive(items: ExamItem[], keys: string[], now: () => number = () => 0) {
  const input = new PassThrough();
  let out = '';
  const output = new Writable({ write: (chunk, _enc, cb) => ((out += String(chunk)), cb()) });
  const changes: SessionState[] = [];
  const done = examScreen(
    { code: 'DVA-C02', items, state: startSession(items.map(() => 1), 600_000), paint: plain, now, onChange: (_b, a) => void changes.push(a) },
    { input: input as unknown as NodeJS.ReadStream, output },
  );
  for (const k of keys) {
    await new Promise((r) => setImmediate(r));
    input.write(k);
  }
  const final = await done;
  return { final, changes, out };
}

describe('the exam screen', () => {
  it('turns keys into answers and flags and resolves on a confirmed submit', async () => {
    const { final } = await drive([item(0), item(1)], ['2', '\r', 'f', 'r', 's', 'y']);
    expect([final.ended, final.selected, final.flagged]).toEqual(['submitted', [[1], []], [false, true]]);
  });

  it('reports every key event for saving', async () => {
    const { changes } = await drive([item(0), item(1)], ['2', '\r', 'f', 'r', 's', 'y']);
    expect(changes.length).toBeGreaterThanOrEqual(6);
  });

  it('shows the header, the options and the keys', async () => {
    const { out } = await drive([item(0)], ['r', 's', 'y']);
    expect(out).toMatch(/DVA-C02 +Question 1 of 1 +Time left 10:00[\s\S]*\( \) 1\. one[\s\S]*f flag/);
  });

  it('submits by itself when the time is up', async () => {
    let t = 0;
    const { final } = await drive([item(0)], ['1'], () => (t += 700_000));
    expect(final.ended).toBe('expired');
  });

  it('never lets note text send escape sequences to the terminal', async () => {
    const { out } = await drive([item(0, 'Evil \u001b]0;owned\u0007 stem?')], ['r', 's', 'y']);
    expect(out.includes('\u001b]0;owned')).toBe(false);
  });
});
