/** `awsq topics`: topics with their exam-eligible question counts. */
import { topicCounts } from '../../bank/questions.js';
import { loadCatalog } from '../../certs/data.js';
import type { Context } from '../context.js';
import { openReadyBank } from '../ready.js';
import { table } from '../table.js';

/** Options of `awsq topics`. */
export interface TopicsOptions {
  json?: boolean;
}

/** Print each topic (catalog service) with its question count, most first. */
export async function run(options: TopicsOptions, ctx: Context): Promise<number> {
  const bank = await openReadyBank(ctx);
  try {
    const catalog = loadCatalog();
    const rows = topicCounts(bank.db).map((r) => ({
      topic: r.topic,
      name: catalog.byId.get(r.topic)?.short ?? r.topic,
      questions: r.questions,
    }));
    if (options.json) {
      ctx.print(JSON.stringify(rows, null, 2));
    } else if (rows.length === 0) {
      ctx.print('No topics yet: build the bank with "awsq build".');
    } else {
      ctx.print(table(['topic', 'service', 'questions'], rows.map((r) => [r.topic, r.name, r.questions])));
      ctx.print(`\n${rows.length} topics. Drill one with "awsq drill <topic>".`);
    }
    return 0;
  } finally {
    bank.close();
  }
}
