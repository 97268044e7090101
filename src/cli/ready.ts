/** Open the bank for a command, building it from the bundled notes first if it is empty. */
import type { Bank } from '../bank/db.js';
import { bundledNotesDir } from '../core/paths.js';
import { buildBank, defaultBuildDeps } from './build-bank.js';
import { openContextBank, type Context } from './context.js';

/** The bank, with questions: an empty bank is built from the bundled notes on first use. */
export async function openReadyBank(ctx: Context): Promise<Bank> {
  const bank = await openContextBank(ctx);
  const has = bank.db.prepare('SELECT 1 FROM sources LIMIT 1').get();
  if (!has) {
    ctx.warn('First run: building the question bank from the bundled notes...');
    const summary = await buildBank(bank, [bundledNotesDir], await defaultBuildDeps(ctx.now));
    ctx.warn(`Built ${summary.questions} exam-ready questions from ${summary.files} note files in ${(summary.ms / 1000).toFixed(1)} s.`);
  }
  return bank;
}
