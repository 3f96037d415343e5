// runCli(argv, io) → exit code. Parses options with commander, validates them once,
// then streams documents to the writers. Never calls process.exit; never prints a stack
// trace unless --debug.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { planInputs, DEFAULT_MAX_BYTES } from './io/read-inputs.js';
import { openDataset, type DatasetWriter } from './io/write-outputs.js';
import { runCorpus } from './run.js';
import { isKnownEncoding } from './stages/decode.js';
import type { Document } from './schema/records.js';

export const EXIT_OK = 0;
export const EXIT_SOME_FAILED = 1;
export const EXIT_USAGE = 2;

export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

const NAME = 'customs-extract';

/**
 * Subcommands win over a folder of the same name (write `./review` for such a folder).
 * Each module exports `run(args, io): Promise<number>` and parses its own options; they are
 * imported only when called, so the main job never loads them.
 */
const SUBCOMMANDS: Record<string, () => Promise<{ run: (args: string[], io: CliIo) => Promise<number> }>> = {
  outline: () => import('./commands/outline.js'),
  schema: () => import('./commands/schema.js'),
  validate: () => import('./commands/validate.js'),
  review: () => import('./commands/review.js'),
  diff: () => import('./commands/diff.js'),
};

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

function encodingName(value: string): string {
  if (!isKnownEncoding(value)) throw new InvalidArgumentError(`unknown encoding "${value}"`);
  return value;
}

interface MainOptions {
  output?: string;
  ndjson?: boolean;
  encoding?: string;
  stdinName?: string;
  maxBytes: number;
  quiet?: boolean;
  debug?: boolean;
  excel?: boolean;
}

export async function runCli(argv: string[], io: CliIo = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const subcommand = argv[0] !== undefined ? SUBCOMMANDS[argv[0]] : undefined;
  if (subcommand) return (await subcommand()).run(argv.slice(1), io);
  const say = (line: string): void => void io.stderr.write(`${NAME}: ${line}\n`);
  let exitCode = EXIT_OK;
  const program = new Command(NAME)
    .description('Turn scraped Chinese customs documents into clean, validated data.')
    .argument('[paths...]', 'files and folders of documents (- reads stdin)')
    .option('-o, --output <dir>', 'write the dataset (documents.json and CSV tables) to DIR')
    .option('--ndjson', 'write one document a line to stdout')
    .option('--encoding <name>', 'decode every input with this encoding', encodingName)
    .option('--stdin-name <name>', 'document path for stdin input', undefined)
    .addOption(new Option('--max-bytes <n>', 'refuse files larger than this').argParser(positiveInt).default(DEFAULT_MAX_BYTES))
    .option('--excel', 'CSV for Excel: UTF-8 BOM and formula-injection guard')
    .option('-q, --quiet', 'print nothing but errors')
    .option('--debug', 'print stack traces of internal errors')
    .exitOverride()
    .configureOutput({ writeOut: (s) => void io.stdout.write(s), writeErr: (s) => void io.stderr.write(s) })
    .showSuggestionAfterError(true)
    .action(async (paths: string[], options: MainOptions) => {
      exitCode = await runMain(paths, options, io, say);
    });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    throw e;
  }
  return exitCode;
}

async function runMain(paths: string[], options: MainOptions, io: CliIo, say: (line: string) => void): Promise<number> {
  if (paths.length === 0) {
    say('no input: name files or folders of documents (see --help)');
    return EXIT_USAGE;
  }
  const plan = await planInputs(paths, options.stdinName ? { stdinName: options.stdinName } : {});
  let exitCode: number = EXIT_OK;
  for (const m of plan.missing) {
    say(`${m.path}: ${m.message}`);
    exitCode = EXIT_USAGE;
  }
  for (const f of plan.failures) {
    say(`${f.path}: ${f.message}`);
    exitCode = Math.max(exitCode, EXIT_SOME_FAILED);
  }
  if (!options.quiet) for (const s of plan.skipped) say(`${s}: skipped (not a document type)`);
  const toStdout = !options.output && (options.ndjson || !io.stdout.isTTY);
  const outDir = options.output ?? (toStdout ? null : 'out');
  const dataset: DatasetWriter | null = outDir ? await openDataset(outDir, { excel: options.excel ?? false }) : null;
  let first = true;
  const emit = (doc: Document): void => {
    if (options.ndjson) io.stdout.write(`${JSON.stringify(doc)}\n`);
    else {
      io.stdout.write((first ? '[\n' : ',\n') + JSON.stringify(doc));
      first = false;
    }
  };
  try {
    for await (const result of runCorpus(plan.entries, { maxBytes: options.maxBytes, ...(options.encoding ? { encoding: options.encoding } : {}) })) {
      if (!result.ok) {
        say(`${result.entry.path}: ${result.message}`);
        if (options.debug && result.error instanceof Error && result.error.stack) io.stderr.write(`${result.error.stack}\n`);
        exitCode = Math.max(exitCode, EXIT_SOME_FAILED);
        continue;
      }
      if (dataset) await dataset.add(result.document);
      else if (toStdout) emit(result.document);
    }
    if (toStdout && !options.ndjson) io.stdout.write(first ? '[]\n' : '\n]\n');
    if (dataset) await dataset.commit();
  } catch (e) {
    dataset?.abort();
    throw e;
  }
  return exitCode;
}
