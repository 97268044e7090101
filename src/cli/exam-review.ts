/** Going through an exam's questions after it: one at a time on a terminal, all at once as plain text. */
import type { LoadedExam } from '../bank/exams.js';
import { renderItemReview, reviewPositions, type Paint, type ReviewFilter } from '../exam/report.js';
import type { ExamResult } from '../exam/score.js';
import type { Context } from './context.js';
import { select } from './prompts.js';

/** The parts of a submitted exam a review needs. */
export interface ReviewSource {
  loaded: LoadedExam;
  result: ExamResult;
}

function page(src: ReviewSource, i: number, paint: Paint): string {
  const { items, state } = src.loaded;
  return renderItemReview(items[i], i, items.length, state.selected[i], state.flagged[i], src.result.items[i], paint);
}

/** Print the chosen questions' reviews one after another (for non-terminals and pipes). */
export function printReview(ctx: Context, src: ReviewSource, show: ReviewFilter, paint: Paint): void {
  const positions = reviewPositions(src.result, src.loaded.state.flagged, show);
  if (positions.length === 0) ctx.print(`No ${show === 'all' ? '' : show + ' '}questions to review.`);
  for (const i of positions) ctx.print(page(src, i, paint) + '\n\n' + '-'.repeat(60) + '\n');
}

/** On a terminal: choose which questions to see (unless `show` is given), then page through them. */
export async function walkReview(ctx: Context, src: ReviewSource, paint: Paint, show?: ReviewFilter, signal?: AbortSignal): Promise<void> {
  const flagged = src.loaded.state.flagged;
  for (;;) {
    let which = show;
    if (!which) {
      const count = (f: ReviewFilter) => reviewPositions(src.result, flagged, f).length;
      const picked = await select<ReviewFilter | 'done'>(
        'Review your answers?',
        [
          { name: `Incorrect (${count('incorrect')})`, value: 'incorrect' },
          { name: `Flagged (${count('flagged')})`, value: 'flagged' },
          { name: `All (${count('all')})`, value: 'all' },
          { name: 'Done', value: 'done' },
        ],
        signal,
      );
      if (picked === 'done') return;
      which = picked;
    }
    const positions = reviewPositions(src.result, flagged, which);
    if (positions.length === 0) ctx.print(`No ${which === 'all' ? '' : which + ' '}questions to review.`);
    let k = 0;
    while (k >= 0 && k < positions.length) {
      ctx.print('\n' + page(src, positions[k], paint) + '\n');
      const next = await select<'next' | 'back' | 'done'>(
        `${k + 1} of ${positions.length}`,
        [
          ...(k + 1 < positions.length ? [{ name: 'Next', value: 'next' as const }] : []),
          ...(k > 0 ? [{ name: 'Previous', value: 'back' as const }] : []),
          { name: k + 1 < positions.length ? 'Stop reviewing' : 'Done', value: 'done' as const },
        ],
        signal,
      );
      if (next === 'done') break;
      k += next === 'next' ? 1 : -1;
    }
    if (show) return;
  }
}

/** The result as `--json` prints it: the summary, domains, and each question's outcome. */
export function resultJson(src: ReviewSource): object {
  const { items: _items, ...summary } = src.result;
  void _items;
  return {
    ...summary,
    questions: src.loaded.items.map((it, i) => ({
      position: i + 1,
      id: it.questionId,
      domain: it.domain,
      correct: src.result.items[i],
      selected: src.loaded.state.selected[i],
      answers: it.answers,
      flagged: src.loaded.state.flagged[i],
      ms: src.loaded.state.ms[i],
    })),
  };
}
