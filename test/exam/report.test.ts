import { describe, expect, it } from 'vitest';
import { bar, clock, renderItemReview, renderReport, reviewPositions } from '../../src/exam/report.js';
import { scoreExam } from '../../src/exam/score.js';
import type { ExamItem } from '../../src/exam/types.js';

const result = scoreExam({
  id: 3,
  cert: 'DVA-C02',
  passScore: 720,
  domains: [
    { id: 1, name: 'Development' },
    { id: 2, name: 'Security' },
  ],
  items: [
    { answers: [1], domain: 1 },
    { answers: [0, 2], domain: 2 },
  ],
  selected: [[1], [0]],
  flagged: [false, true],
  elapsedMs: 150_000,
  limitMs: 240_000,
  ended: 'submitted',
});

const item: ExamItem = {
  questionId: 'q1',
  domain: 2,
  kind: 'multi',
  stem: 'Which TWO \u001b[31mservices\u001b[0m store objects?',
  options: ['S3', 'EBS', 'Glacier', 'EFS'],
  answers: [0, 2],
  order: [0, 1, 2, 3],
  explanation: 'S3 and Glacier hold objects.',
  source: { path: 'notes/storage.md', line: 12, endLine: 14, headings: ['Storage', 'S3'] },
  fingerprint: 'f',
};

describe('the report', () => {
  it('formats durations as clocks', () => {
    expect([clock(0), clock(61_999), clock(3_723_000)]).toEqual(['0:00', '1:01', '1:02:03']);
  });

  it('draws bars in proportion', () => {
    expect(bar(50, 10)).toBe('█████░░░░░');
  });

  it('shows the scaled score with the pass score', () => {
    expect(renderReport(result)).toMatch(/Scaled score\s+550 \/ 1000\s+pass 720\s+FAIL/);
  });

  it('says the scaled score is an approximation', () => {
    expect(renderReport(result)).toMatch(/approximation/);
  });

  it('marks each domain', () => {
    expect(renderReport(result)).toMatch(/1\. Development.*100%.*Meets competencies[\s\S]*2\. Security.*0%.*Needs improvement/);
  });

  it('shows time used against the budget', () => {
    expect(renderReport(result)).toMatch(/Time used\s+2:30 of 4:00[\s\S]*1:15 on average; budget 2:00/);
  });

  it('picks incorrect, flagged or all questions to review', () => {
    expect([reviewPositions(result, [false, true], 'incorrect'), reviewPositions(result, [true, false], 'flagged'), reviewPositions(result, [false, false], 'all')]).toEqual([[1], [0], [0, 1]]);
  });

  it('shows your answer, the correct one, the explanation and its source', () => {
    expect(renderItemReview(item, 1, 2, [0], true, false)).toMatch(
      /Question 2 of 2 {2}\[flagged\] {2}Incorrect[\s\S]*Your answer: +A\n +Correct answer: A, C[\s\S]*S3 and Glacier hold objects\.[\s\S]*Source: notes\/storage\.md:12 \(Storage > S3\)/,
    );
  });

  it('strips terminal escapes from note text', () => {
    expect(renderItemReview(item, 0, 1, null, false, false)).not.toMatch(/\u001b/);
  });
});
