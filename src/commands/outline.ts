// `customs-extract outline FILE…`: each document's outline as an indented tree on stdout.
// Failures are reported per file (`customs-extract: PATH: reason`) and the others still print.
import { InvalidArgumentError } from 'commander';
import { EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, parseSize, reportPlanProblems, type CliIo } from './shared.js';
import { DEFAULT_MAX_BYTES, planInputs } from '../io/read-inputs.js';
import { toOutline } from '../format/to-outline.js';
import { runCorpus } from '../run.js';
import { isKnownEncoding } from '../stages/decode.js';
import { watchStdout } from './closed-stdout.js';
import { newCommand, runCommand } from './program.js';

const NAME = 'customs-extract';

interface OutlineOptions {
  encoding?: string;
  maxBytes?: number;
  ids?: boolean;
  stdinName?: string;
}

function encodingName(value: string): string {
  if (!isKnownEncoding(value)) throw new InvalidArgumentError(`unknown encoding "${value}"`);
  return value;
}

function size(value: string): number {
  const n = parseSize(value);
  if (n === null) throw new InvalidArgumentError('expected a size such as 800k or 50MB');
  return n;
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const say = (line: string): void => void io.stderr.write(`${NAME}: ${line}\n`);
  let exitCode: number = EXIT_OK;
  const program = newCommand(`${NAME} outline`, io)
    .description("Print each document's outline: sections as an indented tree, its 专栏 boxes and table of contents.")
    .argument('<paths...>', 'files and folders of documents (- reads stdin)')
    .option('--ids', 'show each section id (s3.2)')
    .option('--encoding <name>', 'decode every input with this encoding instead of detecting it', encodingName)
    .option('--stdin-name <name>', 'path (and so format) of the document read from -')
    .option('--max-bytes <size>', 'refuse larger files (bytes, or 800k, 50MB)', size)
    .action(async (paths: string[], options: OutlineOptions) => {
      exitCode = await outline(paths, options, io, say);
    });
  return runCommand(program, args, () => exitCode, EXIT_OK, EXIT_USAGE);
}

async function outline(paths: string[], options: OutlineOptions, io: CliIo, say: (line: string) => void): Promise<number> {
  let exitCode: number = EXIT_OK;
  const plan = await planInputs(paths, options.stdinName ? { stdinName: options.stdinName } : {});
  if (reportPlanProblems(plan, say).length > 0) exitCode = EXIT_SOME_FAILED;
  // A closed stdout (`| head`) ends the run early, and is not an error.
  const stdoutClosed = watchStdout(io);
  let first = true;
  const runOptions = { jobs: 1, maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES, ...(options.encoding ? { encoding: options.encoding } : {}) };
  for await (const result of runCorpus(plan.inputs, runOptions)) {
    if (stdoutClosed()) break;
    if (!result.ok) {
      say(`${result.entry.path}: ${result.message}`);
      exitCode = EXIT_SOME_FAILED;
      continue;
    }
    io.stdout.write((first ? '' : '\n') + toOutline(result.document, { ids: options.ids ?? false }));
    first = false;
  }
  return exitCode;
}
