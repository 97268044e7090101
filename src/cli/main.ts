/** The awsq program: every command declared in one place, each loaded on demand, one error handler. */
import { Command, CommanderError, Option } from 'commander';
import { AwsqError, DatabaseError, ExitCode } from '../core/errors.js';
import { intArg, choiceArg } from './args.js';
import { createContext, type Context, type GlobalOptions } from './context.js';

type Runner = (options: never, ctx: Context) => Promise<number | void>;

/** Load a command module only when it runs, so `awsq --help` stays fast. */
function lazy(load: () => Promise<{ run: Runner }>) {
  return async function (this: Command, ...args: unknown[]) {
    const cmd = args[args.length - 1] as Command;
    const positional = args.slice(0, -2).flat().filter((a) => a !== undefined) as string[];
    const opts = { ...cmd.optsWithGlobals(), args: positional } as GlobalOptions;
    const ctx = createContext(opts);
    const { run } = await load();
    let code: number | void;
    try {
      code = await run(opts as never, ctx);
    } catch (err) {
      throw bankError(err, ctx.dbPath) ?? err;
    }
    if (typeof code === 'number') process.exitCode = code;
  };
}

/** A SQLite error met while a command ran, said plainly with the bank's path; undefined for any other error. */
function bankError(err: unknown, path: string): DatabaseError | undefined {
  const code = (err as { code?: string } | undefined)?.code ?? '';
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return new DatabaseError(`the question bank ${path} stayed locked by another awsq; try again when it has finished.`, path);
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return new DatabaseError(
      `the question bank ${path} is damaged (${(err as Error).message}). It was left untouched; run "awsq doctor" to check it and "awsq doctor --repair" to rebuild it.`,
      path,
    );
  }
  return undefined;
}

function examples(lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
}

const count = (max: number) => intArg('--count', 1, max);

/** Build the commander program (exported for tests that inspect the command surface). */
export function buildProgram(): Command {
  const program = new Command('awsq')
    .description('Turn your AWS study notes into a question bank; sit timed mock exams, drill topics, track progress.')
    .version('0.1.0', '-V, --version')
    .option('--db <file>', 'question bank file (default: $AWSQ_HOME/awsq.db)')
    .option('--no-color', 'plain output (NO_COLOR is respected too)')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText(
      'after',
      examples(['awsq exam --cert dva', 'awsq drill s3', 'awsq stats', 'awsq build ~/notes/aws', 'awsq certs']),
    );

  program
    .command('build')
    .description('extract questions from markdown notes into the bank (default: the bundled notes)')
    .argument('[paths...]', 'note files or folders (.md, .markdown)')
    .option('--json', 'print the summary as JSON')
    .addHelpText('after', examples(['awsq build', 'awsq build ~/notes/aws notes/extra.md', 'awsq build --json']))
    .action(lazy(() => import('./commands/build.js')));

  program
    .command('topics')
    .description('list topics with their exam-eligible question counts')
    .option('--json', 'print as JSON')
    .addHelpText('after', examples(['awsq topics', 'awsq topics --json']))
    .action(lazy(() => import('./commands/topics.js')));

  program
    .command('questions')
    .description('inspect questions in the bank, including those kept out of exams')
    .option('--rejected', 'show questions below the quality bar, with their reasons')
    .option('--topic <topic>', 'only questions on this topic')
    .option('--source <path>', 'only questions from notes whose path starts with this')
    .option('--sample <n>', 'a random sample of this many', intArg('--sample', 1, 100000))
    .option('--seed <n>', 'seed for --sample', intArg('--seed', 0, 2 ** 31 - 1))
    .option('--json', 'print as JSON')
    .addHelpText('after', examples(['awsq questions --topic sqs', 'awsq questions --rejected --sample 20', 'awsq questions --sample 50 --seed 7 --json']))
    .action(lazy(() => import('./commands/questions.js')));

  program
    .command('certs')
    .description('list the exams awsq knows, with the bank\'s coverage of each domain')
    .option('--json', 'print as JSON')
    .addHelpText('after', examples(['awsq certs', 'awsq certs --json']))
    .action(lazy(() => import('./commands/certs.js')));

  program
    .command('exam')
    .description('sit a timed mock exam')
    .option('--cert <exam>', 'exam alias or code (clf, saa, dva, soa, dbs, dea, aif, sap, dop)')
    .option('--seed <n>', 'make the same exam again', intArg('--seed', 0, 2 ** 31 - 1))
    .option('--count <n>', 'number of questions (time scales with it)', count(500))
    .option('--minutes <m>', 'time limit in minutes', intArg('--minutes', 1, 600))
    .option('--resume', 'continue the exam in progress')
    .option('--abandon', 'abandon the exam in progress')
    .option('--dry-run', 'assemble the exam and print it without running it')
    .option('--json', 'print JSON (with --dry-run, --resume, or after submitting)')
    .addHelpText(
      'after',
      examples(['awsq exam --cert dva', 'awsq exam --cert dva --count 20', 'awsq exam --resume', 'awsq exam --cert saa --seed 42 --dry-run --json']),
    )
    .action(lazy(() => import('./commands/exam.js')));

  program
    .command('review')
    .description('review a past exam question by question (default: the latest)')
    .argument('[exam-id]', 'exam number from "awsq stats"')
    .addOption(new Option('--show <which>', 'which questions').choices(['incorrect', 'all', 'flagged']).default('incorrect'))
    .option('--json', 'print the exam result as JSON')
    .addHelpText('after', examples(['awsq review', 'awsq review 3 --show all', 'awsq review --json']))
    .action(lazy(() => import('./commands/review.js')));

  program
    .command('drill')
    .description('practise a topic with spaced repetition (no topic: everything due)')
    .argument('[topic...]', 'service or heading words, e.g. s3, "sqs fifo", glacier')
    .option('--count <n>', 'questions in this drill', count(500), 20)
    .option('--cert <exam>', 'keep to one exam\'s scope')
    .option('--wrong', 'questions missed in recent exams')
    .option('--json', 'print the summary as JSON')
    .addHelpText('after', examples(['awsq drill s3', 'awsq drill sqs fifo --count 10', 'awsq drill --wrong', 'awsq drill']))
    .action(lazy(() => import('./commands/drill.js')));

  program
    .command('stats')
    .description('exam history, domain accuracy, weakest topics, reviews due, readiness')
    .option('--cert <exam>', 'one exam only')
    .option('--json', 'print as JSON')
    .addHelpText('after', examples(['awsq stats', 'awsq stats --cert dva', 'awsq stats --json']))
    .action(lazy(() => import('./commands/stats.js')));

  program
    .command('import')
    .description('import written practice questions from markdown files or folders')
    .argument('<paths...>', 'markdown files or folders')
    .option('--cert <exam>', 'exam the questions are for: place them in that exam only')
    .option('--json', 'print the summary as JSON')
    .addHelpText('after', examples(['awsq import ~/practice/dva-set-1.md --cert dva', 'awsq import ./banks --json']))
    .action(lazy(() => import('./commands/import.js')));

  program
    .command('export')
    .description('export the exam-ready questions (eligible, not retired) as JSON, an Anki text file or markdown')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'anki', 'markdown']).default('json'))
    .option('--cert <exam>', 'only questions in this exam\'s scope')
    .option('--topic <topic>', 'only questions on this topic')
    .option('--source <path>', 'only questions from notes whose path starts with this')
    .option('--out <file>', 'write to this file (atomically) instead of stdout')
    .addHelpText('after', examples(['awsq export --format anki --cert dva --out dva.txt', 'awsq export --format markdown --topic s3']))
    .action(lazy(() => import('./commands/export.js')));

  program
    .command('doctor')
    .description('check the question bank; --repair rebuilds questions and keeps readable history')
    .option('--repair', 'rebuild a damaged bank beside the old one, keeping the history that can be read')
    .option('--json', 'print the findings as JSON')
    .addHelpText('after', examples(['awsq doctor', 'awsq doctor --repair']))
    .action(lazy(() => import('./commands/doctor.js')));

  void choiceArg;
  return program;
}

/** Run awsq with argv; resolves to the exit code. */
export async function main(argv: string[] = process.argv): Promise<number> {
  const program = buildProgram();
  program.exitOverride();
  program.configureOutput({ writeErr: (s) => process.stderr.write(s) });
  for (const cmd of program.commands) cmd.exitOverride();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : ExitCode.ok;
  } catch (err) {
    return handleError(err);
  }
}

/** The one error handler: map error kinds to messages and exit codes. */
export function handleError(err: unknown): number {
  if (err instanceof CommanderError) {
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return ExitCode.ok;
    // Commander has already printed its message; a bad invocation is a usage error.
    return ExitCode.usage;
  }
  if (err instanceof AwsqError) {
    process.stderr.write(`awsq: ${err.message}\n`);
    return err.exitCode;
  }
  const e = err as { code?: string; message?: string };
  if (e && (e.code === 'SQLITE_BUSY' || e.code === 'SQLITE_LOCKED')) {
    process.stderr.write('awsq: the question bank stayed locked by another awsq; try again when it has finished.\n');
    return ExitCode.failure;
  }
  process.stderr.write(`awsq: unexpected error: ${e?.message ?? String(err)}\n`);
  if (process.env.AWSQ_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
  return ExitCode.failure;
}
