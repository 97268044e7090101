import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openBank } from '../../src/bank/db.js';
import { createExam, submitExam } from '../../src/bank/exams.js';
import { replaceSource } from '../../src/bank/questions.js';
import { recordReviews } from '../../src/bank/reviews.js';
import { run } from '../../src/cli/commands/drill.js';
import { drillLoop } from '../../src/cli/drill-loop.js';
import { AwsqError } from '../../src/core/errors.js';
import { plain } from '../../src/exam/report.js';
import type { ExamItem } from '../../src/exam/types.js';
import { question, source } from '../bank/helpers.js';
import { testContext } from './context-helpers.js';

const t0 = new Date('2026-03-02T10:00:00Z');

/** A bank file with S3, SQS (two mention FIFO) and one SAA-only question. */
function bankFile(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'awsq-drill-')), 'awsq.db');
  const bank = openBank(path);
  replaceSource(bank.db, source('/n/a.md', { path: 'a.md' }), [
    question('s1', { topics: ['s3'] }),
    question('s2', { topics: ['s3'] }),
    question('g1', { topics: ['s3-glacier'], explanation: 'Glacier vaults' }),
    question('q1', { topics: ['sqs'], explanation: 'FIFO queues keep order.' }),
    question('q2', { topics: ['sqs'], stem: 'Which FIFO setting dedupes?', options: ['a', 'b', 'c', 'd'] }),
    question('q3', { topics: ['sqs'], explanation: 'Standard queues.' }),
    question('m1', { topics: ['sqs'], kind: 'multi', answers: [0, 1], explanation: 'Two of them.' }),
    question('x1', { topics: ['ec2'], placements: [{ cert: 'SAA-C03', domain: 1 }] }),
  ], t0);
  bank.close();
  return path;
}

/** A clock that moves `stepMs` each time it is read. */
function ticking(stepMs: number): () => Date {
  let t = t0.getTime();
  return () => new Date((t += stepMs));
}

/** Answer right (the item's answers) or wrong, as a function of the question id. */
function answering(right: (id: string) => boolean) {
  return async (item: ExamItem) => (right(item.questionId) ? item.answers : [(item.answers[0] + 1) % item.options.length]);
}

function rows(path: string, sql: string): unknown[] {
  const bank = openBank(path);
  try {
    return bank.db.prepare(sql).all();
  } finally {
    bank.close();
  }
}

async function drill(path: string, args: string[], ask: Parameters<typeof run>[2], over: { json?: boolean; count?: number; cert?: string; wrong?: boolean; stepMs?: number } = {}) {
  const ctx = testContext({ dbPath: path, now: ticking(over.stepMs ?? 20_000) });
  let code: number;
  let error = '';
  try {
    code = await run({ args, count: over.count ?? 20, json: over.json ?? true, cert: over.cert, wrong: over.wrong }, ctx, ask);
  } catch (err) {
    code = (err as AwsqError).exitCode ?? -1;
    error = (err as Error).message;
  }
  const json = ctx.out.length ? safeJson(ctx.out[ctx.out.length - 1]) : undefined;
  return { code, ctx, json, error };
}

function safeJson(text: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

describe('awsq drill <topic>', () => {
  it('asks the topic\'s questions and records each answer as a review and a card', async () => {
    const path = bankFile();
    const r = await drill(path, ['sqs'], answering(() => true));
    expect([r.code, r.json?.answered, r.json?.right, rows(path, `SELECT count(*) AS n FROM reviews WHERE context = 'drill'`), rows(path, 'SELECT count(*) AS n FROM cards')]).toEqual([
      0, 4, 4, [{ n: 4 }], [{ n: 4 }],
    ]);
  });

  it('narrows "sqs fifo" to the SQS questions that mention FIFO', async () => {
    const path = bankFile();
    const r = await drill(path, ['sqs', 'fifo'], answering(() => true));
    expect((r.json?.items as Array<{ id: string }>).map((i) => i.id).sort()).toEqual(['q1', 'q2']);
  });

  it('reaches S3 Glacier questions through "s3"', async () => {
    const path = bankFile();
    const r = await drill(path, ['S3'], answering(() => true));
    expect((r.json?.items as Array<{ id: string }>).map((i) => i.id).sort()).toEqual(['g1', 's1', 's2']);
  });

  it('grades a right answer under 8 seconds Easy and a slower one Good', async () => {
    const path = bankFile();
    await drill(path, ['s3'], answering(() => true), { stepMs: 3000, count: 1 });
    await drill(path, ['sqs'], answering(() => true), { stepMs: 20_000, count: 1 });
    expect(rows(path, 'SELECT rating FROM reviews ORDER BY id')).toEqual([{ rating: 4 }, { rating: 3 }]);
  });

  it('reports mastery before and after, and when the reviews come back', async () => {
    const path = bankFile();
    const r = await drill(path, ['sqs'], answering((id) => id !== 'q3'));
    const m = r.json?.mastery as { before: number; after: number };
    const next = r.json?.next as { next: string; day: number };
    expect([m.before, m.after > 0.5, r.json?.wrong, next.day]).toEqual([0, true, 1, 4]);
  });

  it('checks multi-answer questions as a whole set', async () => {
    const path = bankFile();
    const r = await drill(path, ['sqs'], async (item) => (item.answers.length > 1 ? [item.answers[0]] : item.answers));
    expect((r.json?.items as Array<{ id: string; correct: boolean }>).find((i) => i.id === 'm1')?.correct).toBe(false);
  });

  it('keeps every answer on Ctrl-C, prints the summary and exits 130', async () => {
    const path = bankFile();
    let asked = 0;
    const r = await drill(path, ['sqs'], async (item) => {
      if (++asked === 3) throw Object.assign(new Error('User force closed the prompt'), { name: 'ExitPromptError' });
      return item.answers;
    });
    expect([r.code, r.json?.answered, r.json?.interrupted, rows(path, 'SELECT count(*) AS n FROM reviews')]).toEqual([130, 2, true, [{ n: 2 }]]);
  });

  it('keeps to one exam\'s questions with --cert (EC2 is only in SAA here)', async () => {
    const path = bankFile();
    const r = await drill(path, ['ec2'], answering(() => true), { cert: 'dva' });
    expect([r.code, r.error]).toEqual([2, expect.stringMatching(/^there are no exam-ready questions on Amazon EC2 in DVA-C02;/)]);
  });

  it('exits 2 with suggestions for an unknown topic', async () => {
    const path = bankFile();
    const ctx = testContext({ dbPath: path });
    await expect(run({ args: ['s4'] }, ctx, answering(() => true))).rejects.toThrow(/Did you mean "s3"/);
  });

  it('refuses to run without a terminal (exit 2)', async () => {
    const ctx = testContext({ dbPath: bankFile(), interactive: false });
    await expect(run({ args: ['s3'] }, ctx)).rejects.toMatchObject({ exitCode: 2 });
  });
});

describe('awsq drill with no topic', () => {
  it('says when the next review is due when nothing is due, and exits 0', async () => {
    const path = bankFile();
    const bank = openBank(path);
    recordReviews(bank.db, [{ questionId: 's1', correct: true, ms: 20_000, context: 'drill', at: t0 }], t0);
    bank.close();
    const r = await drill(path, [], answering(() => true), { json: false, stepMs: 0 });
    expect([r.code, r.ctx.out.join('\n')]).toEqual([0, expect.stringMatching(/^Nothing is due\. The next review is due in 10 minutes/)]);
  });

  it('drills only what is due, oldest first', async () => {
    const path = bankFile();
    const bank = openBank(path);
    const before = new Date(t0.getTime() - 3600_000);
    recordReviews(bank.db, [
      { questionId: 'q1', correct: false, ms: 1, context: 'drill', at: new Date(before.getTime() + 60_000) },
      { questionId: 's1', correct: false, ms: 1, context: 'drill', at: before },
    ], before);
    bank.close();
    const r = await drill(path, [], answering(() => true));
    expect((r.json?.items as Array<{ id: string }>).map((i) => i.id)).toEqual(['s1', 'q1']);
  });
});

describe('awsq drill --wrong', () => {
  it('takes the questions missed in recent exams', async () => {
    const path = bankFile();
    const bank = openBank(path);
    const items = ['s1', 'q1', 'q3'].map((id) => ({ questionId: id, domain: 1, kind: 'definition' as const, stem: id, options: ['a', 'b'], answers: [0], order: [0, 1], explanation: '', source: { path: 'a.md', line: 1, endLine: 1, headings: [] }, fingerprint: id }));
    const id = createExam(bank.db, { cert: 'DVA-C02', seed: 1, limitMs: 60_000, passScore: 720 }, items, t0);
    submitExam(bank.db, id, { items: [true, false, false], score: 400, correct: 1, timeUsedMs: 1 } as never, t0);
    bank.close();
    const all = await drill(path, [], answering(() => true), { wrong: true });
    const sqsOnly = await drill(path, ['sqs'], answering(() => true), { wrong: true });
    expect([(all.json?.items as Array<{ id: string }>).map((i) => i.id), (sqsOnly.json?.items as Array<{ id: string }>).map((i) => i.id)]).toEqual([['q1', 'q3'], ['q1', 'q3']]);
  });

  it('says so when nothing was missed, and exits 0', async () => {
    const r = await drill(bankFile(), [], answering(() => true), { wrong: true, json: false });
    expect([r.code, r.ctx.out[0]]).toEqual([0, 'No questions were missed in the last 5 submitted exams.']);
  });
});

describe('drillLoop', () => {
  it('shows the correct answer, the explanation and the source after a wrong answer', async () => {
    const item: ExamItem = {
      questionId: 'a', domain: 0, kind: 'definition', stem: 'Which service queues?', options: ['SNS', 'SQS'], answers: [1], order: [0, 1],
      explanation: 'SQS queues messages.', source: { path: 'notes/x.md', line: 7, endLine: 7, headings: ['Messaging', 'SQS'] }, fingerprint: 'f',
    };
    const shown: string[] = [];
    const card = { due: '2026-03-02T10:01:00.000Z', stability: 1, difficulty: 1, scheduledDays: 0, learningSteps: 0, reps: 1, lapses: 0, state: 'learning' as const };
    await drillLoop([item], { ask: async () => [0], record: () => card, show: (t) => shown.push(t), now: () => t0, paint: plain });
    expect(shown[1]).toMatch(/✗ Incorrect {2}\(you chose A\)\n {2}Answer: B\. SQS\n\n {2}SQS queues messages\.\n\n {2}Source: notes\/x\.md:7 \(Messaging > SQS\)\n {2}Next review in 1 minute\./);
  });
});
