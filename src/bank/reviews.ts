/** Answer history and spaced-repetition cards in the bank: recording answers, reading cards. */
import type Database from 'better-sqlite3';
import { createScheduler, gradeFor, parseCard, ratingNumber, type Scheduler, type StoredCard } from '../drill/scheduler.js';

/** One answered question for the spaced-repetition history. */
export interface ReviewRecord {
  questionId: string;
  correct: boolean;
  /** Time taken to answer, in ms. */
  ms: number;
  context: 'exam' | 'drill';
  /** The exam it was answered in (context "exam"). */
  examId?: number;
  /** When it was answered: the review's clock. */
  at: Date;
}

/** The card of a question, or undefined when it was never reviewed (a damaged card reads as never reviewed). */
export function getCard(db: Database.Database, questionId: string): StoredCard | undefined {
  const row = db.prepare('SELECT state FROM cards WHERE question_id = ?').get(questionId) as { state: string } | undefined;
  return row ? readCard(row.state) : undefined;
}

/** A stored card, or undefined when the JSON is damaged (the next review starts it afresh). */
export function readCard(json: string): StoredCard | undefined {
  try {
    return parseCard(json);
  } catch {
    return undefined;
  }
}

/**
 * Record answers: a `reviews` row each, and each question's card moved on by the scheduler
 * (wrong = Again, right = Good, or Easy for a quick drill answer), all in one transaction.
 * Inside another transaction (exam submission) it becomes part of that one. Returns the new cards.
 */
export function recordReviews(db: Database.Database, reviews: readonly ReviewRecord[], now: Date, scheduler: Scheduler = createScheduler()): StoredCard[] {
  const read = db.prepare('SELECT state FROM cards WHERE question_id = ?').pluck();
  const insert = db.prepare('INSERT INTO reviews (question_id, at, correct, rating, ms, context, exam_id) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const upsert = db.prepare(
    `INSERT INTO cards (question_id, due, state, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT(question_id) DO UPDATE SET due = excluded.due, state = excluded.state, updated_at = excluded.updated_at`,
  );
  const stamp = now.toISOString();
  return db.transaction(() =>
    reviews.map((r) => {
      const grade = gradeFor(r);
      const stored = read.get(r.questionId) as string | undefined;
      const card = scheduler.review(stored === undefined ? undefined : readCard(stored), grade, r.at);
      insert.run(r.questionId, r.at.toISOString(), r.correct ? 1 : 0, ratingNumber(grade), Math.max(0, Math.round(r.ms)), r.context, r.examId ?? null);
      upsert.run(r.questionId, card.due, JSON.stringify(card), stamp);
      return card;
    }),
  )();
}
