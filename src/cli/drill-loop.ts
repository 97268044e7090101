/** The drill's question loop, with asking and recording injected so tests can drive it. */
import type { ReviewRecord } from '../bank/reviews.js';
import type { DrillAnswerRecord } from '../drill/summary.js';
import { choiceNames, renderFeedback, renderQuestion } from '../drill/summary.js';
import { gradeFor, type StoredCard } from '../drill/scheduler.js';
import type { Paint } from '../exam/report.js';
import { isCorrect } from '../exam/score.js';
import type { ExamItem } from '../exam/types.js';
import { checkbox, isPromptExit, select } from './prompts.js';

/** What the loop needs from the outside world. */
export interface DrillLoopDeps {
  /** Ask one question; resolves with the chosen display indexes. Rejects with a prompt exit on Ctrl-C. */
  ask(item: ExamItem, choices: string[]): Promise<number[]>;
  /** Store one answer (its own transaction) and return the question's new card. */
  record(review: ReviewRecord): StoredCard;
  /** Write text for the learner. */
  show(text: string): void;
  now(): Date;
  paint: Paint;
  /** Why each question is asked ("due", "new", "weak"), by position; optional. */
  notes?: readonly string[];
}

/** The answers given, and whether the learner stopped early. */
export interface DrillLoopResult {
  answers: DrillAnswerRecord[];
  interrupted: boolean;
}

/** Ask each item in turn, recording each answer at once; Ctrl-C ends the loop with what was answered. */
export async function drillLoop(items: readonly ExamItem[], deps: DrillLoopDeps): Promise<DrillLoopResult> {
  const answers: DrillAnswerRecord[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    deps.show(renderQuestion(item, i, items.length, deps.notes?.[i] ?? '', deps.paint));
    const shown = deps.now().getTime();
    let selected: number[];
    try {
      selected = await deps.ask(item, choiceNames(item));
    } catch (err) {
      if (isPromptExit(err)) return { answers, interrupted: true };
      throw err;
    }
    const at = deps.now();
    const ms = Math.max(0, at.getTime() - shown);
    const correct = isCorrect(item.answers, selected);
    const card = deps.record({ questionId: item.questionId, correct, ms, context: 'drill', at });
    answers.push({ id: item.questionId, correct, grade: gradeFor({ correct, ms, context: 'drill' }), ms, due: card.due });
    deps.show(renderFeedback(item, selected, correct, card.due, at, deps.paint) + '\n');
  }
  return { answers, interrupted: false };
}

const WORDS: Record<number, string> = { 2: 'TWO', 3: 'THREE', 4: 'FOUR', 5: 'FIVE' };

/** The terminal's way of asking: a list for one answer, checkboxes for "Choose TWO". */
export function terminalAsk(signal?: AbortSignal): DrillLoopDeps['ask'] {
  return async (item, names) => {
    const choices = names.map((name, value) => ({ name, value }));
    const n = item.answers.length;
    if (n > 1) return checkbox(`Choose ${WORDS[n] ?? n} (space to tick, enter to answer)`, choices, n, signal);
    return [await select('Your answer', choices, signal)];
  };
}
