// runCli(argv, io) → exit code. Parses options with commander, validates them once into a
// second record (a bad value is a usage error but the valid arguments are still processed,
// as ripgrep does), then streams documents to the writers. Never calls process.exit; never
// prints a stack trace unless --debug.
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { planInputs, DEFAULT_MAX_BYTES } from './io/read-inputs.js';
import type { InputList } from './io/input-list.js';
import { openDataset, OutputBusyError, OutputDirError, type DatasetWriter } from './io/write-outputs.js';
import { writeParquetTables } from './io/write-parquet.js';
import { parseShard, readPathList, selectInputs, shardOf, type Shard } from './io/select-inputs.js';
import { writeFailures, type FailureRecord } from './io/write-failures.js';
import { refuseArchiveIdClashes } from './io/archive-id-clashes.js';
import { toolStamp, toolVersion } from './io/tool-stamp.js';
import { LARGE_DOCUMENT, runCorpusEncoded } from './run.js';
import type { LargeDocument } from './process-entry.js';
import { encodingName, isKnownEncoding } from './stages/decode.js';
import { OUTPUT_FORMATS, TABLE_NAMES, streamFormat, type OutputFormat, type StreamFormat } from './format/stream-format.js';
import { addDocument, documentLine, emptyTotals, escapeControls, summaryLine, summaryTable } from './format/summary.js';
import { onStopSignals } from './commands/signals.js';
import { openStdout, type StdoutPrinter } from './commands/stdout.js';
import { watchClosed } from './commands/closed-stdout.js';
import { orderedStdout, type OrderedStdout } from './commands/ordered-stdout.js';
import { startProgress } from './commands/progress.js';
import type { DatasetChunk, OutputSpec } from './format/encode-document.js';
import type { TableName } from './format/tables.js';
import type { Document, TemplateFile } from './schema/records.js';
import { newCommand, runCommand } from './commands/program.js';
import { loadRecordsWithoutRequire } from './schema/document-schema.js';
import { EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, NAME, parseSize, reportPlanProblems, type CliIo } from './commands/shared.js';

// the shared parts live in commands/shared.ts; re-exported for the library and older imports
export { EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, parseSize, type CliIo } from './commands/shared.js';

/** Where a terminal run without -o writes its dataset. */
export const TERMINAL_OUTPUT_DIR = 'out';
const FAIL_ON = ['warning', 'error'] as const;
/** --fail-on names this many of the documents that failed the run, then counts the rest */
const FAIL_ON_SHOWN = 5;
type FailOn = (typeof FAIL_ON)[number];

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
  templates: () => import('./commands/templates.js'),
  merge: () => import('./commands/merge.js'),
};

/** Options as commander hands them over: strings, checked by validateOptions. */
interface RawOptions {
  output?: string;
  format?: string;
  table?: string;
  ndjson?: boolean;
  encoding?: string;
  stdinName?: string;
  maxBytes?: string;
  excel?: boolean;
  quiet?: boolean;
  verbose?: boolean;
  debug?: boolean;
  failOn?: string;
  jobs?: string;
  review?: boolean;
  allowEmpty?: boolean;
  follow?: boolean;
  templates?: string;
  parquet?: boolean;
  include?: string[];
  exclude?: string[];
  shard?: string;
  failures?: string;
  filesFrom?: string;
  root?: string;
  since?: string;
  splitSize?: string;
}

export interface MainOptions {
  output: string | null;
  /** null: not asked for; decided by whether stdout is a terminal */
  format: OutputFormat | null;
  table: TableName | null;
  encoding: string | null;
  stdinName: string | null;
  maxBytes: number;
  excel: boolean;
  quiet: boolean;
  verbose: boolean;
  debug: boolean;
  failOn: FailOn | null;
  jobs: number;
  review: boolean;
  /** write (or print) an empty dataset when no document was read, instead of failing */
  allowEmpty: boolean;
  /** follow links that lead out of a folder argument */
  follow: boolean;
  templates: string | null;
  /** -o DIR --parquet: a Parquet file per table beside the CSVs */
  parquet: boolean;
  include: string[];
  exclude: string[];
  /** --shard K/N */
  shard: Shard | null;
  /** --failures FILE */
  failures: string | null;
  /** --files-from FILE (- for stdin) */
  filesFrom: string | null;
  /** --root DIR */
  root: string | null;
  /** --since DIR */
  since: string | null;
  /** --split-size SIZE: documents.json past SIZE bytes becomes NDJSON parts of at most SIZE (null: the default, 1 GB) */
  splitSize: number | null;
}

/** A repeatable option's values, in order. */
const collect = (value: string, previous: string[] = []): string[] => [...previous, value];


/** --fail-on LEVEL: a document fails at `warning` with any warning, at `error` with an error-severity one. */
export function failsOn(doc: Pick<Document, 'warnings'>, level: FailOn): boolean {
  return doc.warnings.some((w) => level === 'warning' || w.severity === 'error');
}

/** Checks every option; a bad value is reported and replaced by its default. */
export function validateOptions(raw: RawOptions, cores = availableParallelism()): { options: MainOptions; problems: string[] } {
  const problems: string[] = [];
  const oneOf = <T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T | null => {
    if (value === undefined) return null;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    problems.push(`${flag}: "${value}" is not one of ${allowed.join(', ')}`);
    return null;
  };
  let format = oneOf('--format', raw.format, OUTPUT_FORMATS);
  if (raw.ndjson) {
    if (format && format !== 'ndjson') problems.push(`--ndjson: conflicts with --format ${format}`);
    else format = 'ndjson';
  }
  const table = oneOf('--table', raw.table, TABLE_NAMES);
  let maxBytes = DEFAULT_MAX_BYTES;
  if (raw.maxBytes !== undefined) {
    const n = parseSize(raw.maxBytes);
    if (n === null) problems.push(`--max-bytes: "${raw.maxBytes}" is not a size (e.g. 50000000, 800k, 50MB)`);
    else maxBytes = n;
  }
  let splitSize: number | null = null;
  if (raw.splitSize !== undefined) {
    const n = parseSize(raw.splitSize);
    if (n === null) problems.push(`--split-size: "${raw.splitSize}" is not a size (e.g. 1GB, 500MB, 64k)`);
    else splitSize = n;
  }
  let jobs = cores;
  if (raw.jobs !== undefined) {
    const n = Number(raw.jobs);
    if (!/^\d+$/.test(raw.jobs) || n < 1) problems.push(`--jobs: "${raw.jobs}" is not a positive whole number`);
    else jobs = n;
  }
  let encoding: string | null = null;
  if (raw.encoding !== undefined) {
    if (isKnownEncoding(raw.encoding)) encoding = encodingName(raw.encoding);
    else problems.push(`--encoding: unknown encoding "${raw.encoding}" (e.g. utf-8, gbk, gb18030, big5)`);
  }
  if (raw.stdinName !== undefined && (raw.stdinName === '' || raw.stdinName.startsWith('/') || raw.stdinName.split(/[\\/]/).includes('..')))
    problems.push(`--stdin-name: "${raw.stdinName}" must be a relative path without ..`);
  let shard: Shard | null = null;
  if (raw.shard !== undefined) {
    shard = parseShard(raw.shard);
    if (!shard) problems.push(`--shard: "${raw.shard}" is not K/N with 0 ≤ K < N (e.g. 0/4)`);
  }
  let quiet = raw.quiet ?? false;
  if (quiet && raw.verbose) {
    problems.push('--quiet and --verbose: choose one');
    quiet = false;
  }
  return {
    options: {
      output: raw.output ?? null,
      format,
      table,
      encoding,
      stdinName: raw.stdinName !== undefined && !problems.some((p) => p.startsWith('--stdin-name')) ? raw.stdinName : null,
      maxBytes,
      excel: raw.excel ?? false,
      quiet,
      verbose: raw.verbose ?? false,
      debug: raw.debug ?? false,
      failOn: oneOf('--fail-on', raw.failOn, FAIL_ON),
      jobs,
      review: raw.review ?? false,
      allowEmpty: raw.allowEmpty ?? false,
      follow: raw.follow ?? false,
      templates: raw.templates ?? null,
      parquet: raw.parquet ?? false,
      include: raw.include ?? [],
      exclude: raw.exclude ?? [],
      shard,
      failures: raw.failures ?? null,
      filesFrom: raw.filesFrom ?? null,
      root: raw.root ?? null,
      since: raw.since ?? null,
      splitSize,
    },
    problems,
  };
}

const EXAMPLES = `
Examples:
  $ customs-extract seeds/                         in a terminal: writes out/ and prints a summary
  $ customs-extract seeds/ -o dataset              documents.json, CSV tables, datapackage.json
  $ customs-extract seeds/ -o dataset --review     … plus dataset/review.html (the review page)
  $ customs-extract seeds/ -o dataset --parquet    … plus one typed Parquet file per table
  $ customs-extract crawl.warc.gz -o dataset       each WARC response record is a document (also .zip, .tar, .tar.gz)
  $ customs-extract corpus/ --exclude '**/README.md' -o dataset   leave out what matches a glob
  $ customs-extract corpus/ --include '**/*.html' -o dataset      only what matches a glob
  $ find corpus -name '*.txt' | customs-extract --files-from - -o dataset   paths from a list
  $ customs-extract --root corpus corpus/2023 corpus/2024 -o dataset   ids 2023/… and 2024/…, no clash
  $ customs-extract corpus/ --since dataset -o dataset   re-extract only what changed
  $ customs-extract corpus/ --shard 0/4 -o part-0  one of four shards; merge: customs-extract merge part-* -o dataset
  $ customs-extract corpus/ -o ds --failures f.ndjson  failures listed in f.ndjson, exit 0
  $ customs-extract corpus/ -o ds --split-size 500MB   documents as NDJSON parts of 500 MB at most
  $ customs-extract seeds/ | jq '.[0].title'       JSON array on stdout when piped
  $ customs-extract seeds/ --format ndjson         one document a line, as soon as it is done
  $ customs-extract seeds/ --ndjson | head -1      (the same)
  $ customs-extract seeds/ --format csv --table metrics > metrics.csv
  $ customs-extract seeds/ --format ndjson --table metrics | jq .value
  $ customs-extract seeds/ -o dataset --excel      CSV with BOM and formula guard for Excel
  $ customs-extract page.html --encoding gbk       decode every input as GBK
  $ curl -s URL | customs-extract - --stdin-name notice.html
  $ customs-extract linked/ --follow               read links leading out of linked/ too
  $ customs-extract big/ --max-bytes 10MB          refuse files over 10 MB
  $ customs-extract big/ -o dataset --jobs 4       four threads, this one included (default: one a core)
  $ customs-extract seeds/ -o dataset --fail-on warning    CI: exit 1 on any warning
  $ customs-extract maybe-empty/ -o dataset --allow-empty   an empty dataset when no document is read
  $ customs-extract seeds/ -o dataset --quiet      print nothing but errors
  $ customs-extract seeds/ -o dataset --verbose    per file: removed blocks, sections, metrics
  $ customs-extract seeds/ --debug                 stack traces for internal errors
  $ customs-extract schema metric                  JSON Schema of a metric record
  $ customs-extract validate dataset               check a dataset written earlier
  $ customs-extract ./review                       a folder named like a subcommand

  $ customs-extract templates site/ -o site.templates.json   learn each folder's site template
  $ customs-extract site/ -o dataset --templates site.templates.json   … and remove it

Exit codes: 0 every document processed; 1 some input could not be processed (or --fail-on
matched); 2 usage error. Subcommands: outline, schema, validate, review, diff, templates, merge (--help on each).
`;

export async function runCli(argv: string[], io: CliIo = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  // a closed stdout (`| head`, `| true`) is success for every command, its --help included
  watchClosed(io.stdout);
  const subcommand = argv[0] !== undefined ? SUBCOMMANDS[argv[0]] : undefined;
  if (subcommand) return (await subcommand()).run(argv.slice(1), io);
  await loadRecordsWithoutRequire();
  const say = (line: string): void => void io.stderr.write(`${NAME}: ${escapeControls(line)}\n`);
  let exitCode = EXIT_OK;
  const program = newCommand(NAME, io)
    .description('Turn scraped Chinese customs documents (text, HTML, Markdown; UTF-8 or GBK) into clean, validated data.')
    .usage('[options] <paths...>')
    .argument('[paths...]', 'files and folders of documents, folders walked in sorted order (- reads stdin)')
    .option('-o, --output <dir>', 'write the dataset to DIR: documents.json, documents/sections/columns/metrics.csv, datapackage.json')
    .option('-f, --format <format>', `what to print on stdout: ${OUTPUT_FORMATS.join(', ')} (default: json when stdout is not a terminal)`)
    .option('-t, --table <name>', `records to print: a table, ${TABLE_NAMES.join(', ')} (default: whole documents; csv: documents)`)
    .option('--ndjson', 'the same as --format ndjson: one record a line, streamed')
    .option('--encoding <name>', 'decode every input with this encoding instead of detecting it')
    .option('--follow', 'in a folder, also read links that lead outside it (default: listed as skipped)')
    .option('--stdin-name <name>', 'path (and so id and format) of the document read from - (default: stdin)')
    .option('--max-bytes <size>', 'refuse larger files (bytes, or 800k, 50MB)', '50MB')
    .option('--excel', 'CSV for Excel: UTF-8 BOM, and a leading \' on text cells starting with = + - @ tab CR')
    .option('-j, --jobs <n>', 'threads for a big corpus, this one included (default: number of cores)')
    .option('--fail-on <level>', 'exit 1 when any document has a warning, or an error: warning, error')
    .option('--review', 'with the dataset, write its review page (DIR/review.html)')
    .option('--allow-empty', 'when no document could be read, still write an empty dataset (default: exit 1, DIR unchanged)')
    .option('--templates <file>', 'remove the site-template lines learnt by `customs-extract templates` (head and tail only)')
    .option('--parquet', 'with the dataset, write each table as Parquet too (DIR/metrics.parquet …), typed')
    .option('--include <glob>', 'only inputs whose relative path matches (repeatable)', collect)
    .option('--exclude <glob>', 'not inputs whose relative path matches (repeatable)', collect)
    .option('--files-from <file>', 'read input paths from FILE, one a line (- for stdin)')
    .option('--root <dir>', 'paths and ids relative to DIR for every argument (default: each folder argument is its own root)')
    .option('--since <dir>', 'copy documents whose input, rules and options match the dataset in DIR instead of extracting them again')
    .option('--split-size <size>', 'documents.json past SIZE becomes numbered NDJSON parts of at most SIZE (default 1GB)')
    .option('--shard <k/n>', 'process shard K of N (0 ≤ K < N): inputs by a hash of their relative path')
    .option('--failures <file>', 'write each failed input to FILE as NDJSON; exit 0 when all are recorded there')
    .option('-q, --quiet', 'print nothing but errors')
    .option('-v, --verbose', 'per file: blocks removed, sections, 专栏 and metrics found; and the summary')
    .option('--debug', 'print stack traces of internal errors')
    .version(await toolVersion(), '-V, --version')
    .helpOption('-h, --help', 'show this help')
    .addHelpText('after', EXAMPLES)
    .allowUnknownOption(true)
    .showSuggestionAfterError(true)
    .action(async (paths: string[], raw: RawOptions) => {
      exitCode = await runMain(paths, raw, io, say);
    });
  return runCommand(program, argv, () => exitCode, EXIT_OK, EXIT_USAGE);
}

// The main job, in the order it runs: the command line checked (`parseRun`), the output folder
// opened and locked (`openOutput`), the inputs planned (`planRun`), the documents processed to
// the outputs (`processInputs`), the dataset committed (`commitDataset`), and the end reported
// (`reportEnd`). Each returns an exit code where the run stops there.

/** What the command line asks of a run, once checked. */
interface RunSetup {
  options: MainOptions;
  paths: string[];
  /** the dataset folder (-o DIR, or out/ at a terminal), or null when only printing */
  outDir: string | null;
  printed: OutputSpec['printer'];
  printer: StreamFormat | null;
  templates: TemplateFile | null;
  started: number;
}

/** What a run has found so far: its exit code, totals, failed inputs and --fail-on matches. */
interface RunState {
  exitCode: number;
  totals: ReturnType<typeof emptyTotals>;
  /** --failures FILE: every failure is also a record there, and then does not fail the run */
  failureRecords: FailureRecord[];
  /** --fail-on: how many documents matched, and the first few with their warnings' codes */
  failOnMatched: number;
  failOnShown: string[];
}

const raise = (state: RunState, code: number): void => void (state.exitCode = Math.max(state.exitCode, code));

async function runMain(args: string[], raw: RawOptions, io: CliIo, say: (line: string) => void): Promise<number> {
  const setup = await parseRun(args, raw, io, say);
  if (typeof setup === 'number') return setup;
  const { options } = setup;

  // The output folder is checked and locked before any input is read.
  const opened = await openOutput(setup, say);
  if (typeof opened === 'number') return opened;
  let dataset = opened;

  // Ctrl-C, a closed terminal or a kill while the dataset is being written: remove the staging
  // folder and the lock, leave the previous dataset in place, then die of the same signal.
  const removeSignalHandlers = dataset ? onStopSignals(() => dataset?.abort()) : (): void => {};

  const state: RunState = { exitCode: EXIT_OK, totals: emptyTotals(), failureRecords: [], failOnMatched: 0, failOnShown: [] };
  let planned: Awaited<ReturnType<typeof planRun>>;
  try {
    planned = await planRun(setup, state, say);
  } catch (e) {
    dataset?.abort();
    removeSignalHandlers();
    throw e;
  }
  if (typeof planned === 'number') {
    dataset?.abort();
    removeSignalHandlers();
    return planned;
  }

  // A closed stdout (`| head`) ends the run early, and is not an error.
  const stdout = openStdout(io, setup.printer !== null);
  try {
    await processInputs(setup, planned, state, dataset, stdout, io, say);
    // a shard may hold no input at all: its empty part still merges
    if (state.totals.documents === 0 && !options.allowEmpty && options.shard === null && !stdout.closed) {
      // a typo or an unreadable corpus must not replace a good dataset with an empty one; on
      // stdout the line is needed only when no failed input has said why already
      if (dataset || state.exitCode === EXIT_OK) say(`no document could be read${dataset ? `; ${setup.outDir} is left as it was` : ''} (--allow-empty writes an empty dataset)`);
      dataset?.abort();
      dataset = null;
      raise(state, EXIT_SOME_FAILED);
    }
    if (dataset) await commitDataset(dataset, options, state, io, say);
  } catch (e) {
    dataset?.abort();
    throw e;
  } finally {
    removeSignalHandlers();
    stdout.dispose();
  }
  state.totals.milliseconds = Date.now() - setup.started;
  return reportEnd(setup, state, stdout.closed, io, say);
}

/** The command line checked: a usage error (each problem one line) writes nothing and returns exit 2. */
async function parseRun(args: string[], raw: RawOptions, io: CliIo, say: (line: string) => void): Promise<RunSetup | number> {
  const started = Date.now();
  const { options, problems } = validateOptions(raw);
  // allowUnknownOption passes unknown flags through as arguments: each is a usage error
  const paths: string[] = [];
  for (const arg of args) {
    if (arg.startsWith('-') && arg !== '-') problems.push(`${arg}: unknown option (see --help)`);
    else paths.push(arg);
  }
  const toStdout = options.format !== null || options.table !== null || (!options.output && !io.stdout.isTTY);
  const outDir = options.output ?? (toStdout ? null : TERMINAL_OUTPUT_DIR);
  const printed = toStdout ? { format: options.format ?? (options.table ? 'csv' : 'json'), table: options.table, csv: { excel: options.excel } } : null;
  const printer: StreamFormat | null = printed ? streamFormat(printed.format, printed.table, printed.csv) : null;
  if (options.review && !outDir) problems.push('--review: needs a dataset folder (-o DIR)');
  if (options.parquet && !outDir) problems.push('--parquet: needs a dataset folder (-o DIR)');
  if (options.filesFrom !== null) {
    if (options.filesFrom === '-' && paths.includes('-')) problems.push('--files-from -: stdin holds the list, so - cannot also be a document');
    else {
      try {
        paths.push(...(await readPathList(options.filesFrom)));
      } catch (e) {
        problems.push(`--files-from: cannot read ${options.filesFrom}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
      }
    }
  }
  if (options.root !== null) {
    const root = path.resolve(options.root);
    for (const p of paths) {
      const rel = path.relative(root, path.resolve(p));
      if (p !== '-' && (rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel))) problems.push(`${p}: is outside --root ${options.root}`);
    }
  }
  // a usage error writes nothing: the command as typed is not what the user meant
  if (problems.length) {
    for (const p of problems) say(p);
    return EXIT_USAGE;
  }
  if (paths.length === 0) {
    say('no input: name files or folders of documents, or - for stdin (see --help)');
    return EXIT_USAGE;
  }

  let templates: TemplateFile | null = null;
  if (options.templates !== null) {
    try {
      // imported here: it loads zod (the template file's schema), which a run without --templates never needs
      const { readTemplates } = await import('./io/read-templates.js');
      templates = readTemplates(options.templates);
    } catch (e) {
      say(`${options.templates}: ${(e as Error).message}`);
      return EXIT_USAGE;
    }
  }
  return { options, paths, outDir, printed, printer, templates, started };
}

/** The output folder opened and locked (null when only printing), or the exit code of its refusal. */
async function openOutput(setup: RunSetup, say: (line: string) => void): Promise<DatasetWriter | null | number> {
  if (!setup.outDir) return null;
  try {
    return await openDataset(setup.outDir, { excel: setup.options.excel, encoding: setup.options.encoding, inputs: setup.paths, ...(setup.options.splitSize !== null ? { splitSize: setup.options.splitSize } : {}) });
  } catch (e) {
    if (!(e instanceof OutputDirError || e instanceof OutputBusyError)) throw e;
    say(`${setup.outDir}: ${e.message}`);
    return e.exitStatus;
  }
}

/**
 * The inputs planned: paths that do not exist and inputs refused before reading reported (each a
 * failed input, the others still processed), skipped files listed, --include/--exclude/--shard
 * applied, and --since's reusable documents found. Returns the exit code when --since is unusable.
 */
async function planRun(setup: RunSetup, state: RunState, say: (line: string) => void): Promise<{ entries: InputList; previous?: (id: string) => Promise<Document> } | number> {
  const { options, paths } = setup;
  const plan = await planInputs(paths, { follow: options.follow, ...(options.stdinName ? { stdinName: options.stdinName } : {}), ...(options.root !== null ? { root: options.root } : {}) });
  // a path that does not exist is an input that failed: the others are still written
  const inShard = (p: string): boolean => !options.shard || shardOf(p, options.shard.count) === options.shard.index;
  plan.failures = plan.failures.filter((f) => inShard(f.path));
  plan.skipped = plan.skipped.filter((s) => inShard(s.path));
  // an archive's members are compared with the other inputs' ids once the run's inputs are chosen
  const chosen = await refuseArchiveIdClashes(selectInputs(plan.inputs, { include: options.include, exclude: options.exclude, shard: options.shard }));
  const entries = chosen.entries;
  plan.failures.push(...chosen.failures);
  for (const f of reportPlanProblems(plan, say)) {
    state.failureRecords.push(f);
    if (options.failures === null) raise(state, EXIT_SOME_FAILED);
  }
  if (!options.quiet) for (const s of plan.skipped) say(`${s.path}: skipped (${s.reason})`);
  state.totals.skipped = plan.skipped.length;
  state.totals.failed = plan.failures.length + plan.missing.length;
  if (options.since === null) return { entries };
  try {
    // imported here: reading the previous dataset loads zod, which a run without --since never needs
    const { planSince, previousDocuments } = await import('./io/since.js');
    const since = await planSince(options.since, entries, await toolStamp(), { excel: options.excel, encoding: options.encoding });
    if (since.incompatible) say(`--since ${options.since}: nothing copied: ${since.incompatible}`);
    else {
      if (!options.quiet) say(`--since ${options.since}: ${since.reused} of ${entries.length} inputs unchanged, copied`);
      if (since.reused) return { entries, previous: previousDocuments(options.since) };
    }
  } catch (e) {
    say(`--since: ${e instanceof Error ? e.message : String(e)}`);
    return EXIT_USAGE;
  }
  return { entries };
}

/**
 * Every input processed, in input order, to the dataset and stdout: documents come serialised by
 * whichever thread made them (a worker, or this one between writes); here their bytes are
 * appended and their summaries added up, failures and warnings said, and progress drawn. Both
 * outputs list the documents in id order (the dataset's IdOrder, stdout's OrderedStdout).
 */
async function processInputs(
  setup: RunSetup,
  planned: { entries: InputList; previous?: (id: string) => Promise<Document> },
  state: RunState,
  dataset: DatasetWriter | null,
  stdout: ReturnType<typeof openStdout>,
  io: CliIo,
  say: (line: string) => void,
): Promise<void> {
  const { options, printer } = setup;
  const { entries, previous } = planned;
  const print = stdout.print;
  const showProgress = Boolean(io.stderr.isTTY) && !options.quiet && !options.verbose;
  const progress = startProgress(io, showProgress, entries.length, entries.totalSize(), setup.started);
  await print(printer?.start() ?? '');
  // stdout lists documents in id order too, as the dataset does
  const ordered = printer ? orderedStdout(printer, print) : null;
  try {
    await processResults(setup, entries, previous, state, dataset, stdout, ordered, progress, say, io);
    if (!stdout.closed) await ordered?.finish();
  } finally {
    ordered?.cleanUp();
  }
  progress.draw(true);
  progress.clear();
  if (!stdout.closed) await print(printer?.end() ?? '');
}

/** The results of the run, in input order, to the dataset, the ordered stdout and the summary. */
async function processResults(
  setup: RunSetup,
  entries: InputList,
  previous: ((id: string) => Promise<Document>) | undefined,
  state: RunState,
  dataset: DatasetWriter | null,
  stdout: ReturnType<typeof openStdout>,
  ordered: OrderedStdout | null,
  progress: ReturnType<typeof startProgress>,
  say: (line: string) => void,
  io: CliIo,
): Promise<void> {
  const { options } = setup;
  const totals = state.totals;
  const outputs: OutputSpec = { dataset: dataset ? { excel: options.excel } : null, printer: setup.printed };
  const large = largeDocumentOf(process.env);
  const results = runCorpusEncoded(entries, outputs, {
    ...(large ? { largeDocument: large } : {}),
    maxBytes: options.maxBytes,
    jobs: options.jobs,
    ...(options.encoding ? { encoding: options.encoding } : {}),
    ...(setup.templates ? { templates: setup.templates } : {}),
    onPlan: (workers) => {
      if (options.verbose && workers > 0) say(`processing ${entries.length} files in ${workers + 1} threads`);
    },
    ...(previous ? { previous } : {}),
    onSkipped: (skippedPath, reason) => {
      totals.skipped++;
      if (!options.quiet) {
        progress.clear();
        say(`${skippedPath}: ${reason}`);
      }
    },
  });
  for await (const result of results) {
    progress.finished(result.entry.path, result.entry.size);
    if (!result.ok) {
      progress.clear();
      say(`${result.entry.path}: ${result.message}`);
      state.failureRecords.push({ path: result.entry.path, code: result.code, message: result.message });
      if (options.debug && result.stack) io.stderr.write(`${result.stack}\n`);
      totals.failed++;
      if (options.failures === null) raise(state, EXIT_SOME_FAILED);
      await ordered?.release(result.floor);
      progress.draw();
      continue;
    }
    // a large document's pieces are made as they are written; its summary is known after them
    if (result.encoded.pieces && !(await writePieces(result.encoded.pieces, result.entry.id, dataset, ordered, stdout))) break;
    const { summary: doc, dataset: chunk, printed: item } = result.encoded;
    addDocument(totals, doc);
    if (options.verbose) say(documentLine(doc));
    if (!options.quiet && doc.warnings.length) {
      progress.clear();
      for (const w of doc.warnings) say(`${doc.path}: ${w.severity}: ${w.message} (${w.code})`);
    }
    if (options.failOn && failsOn(doc, options.failOn)) {
      state.failOnMatched++;
      if (state.failOnShown.length < FAIL_ON_SHOWN) state.failOnShown.push(`${doc.path} (${[...new Set(doc.warnings.filter((w) => options.failOn === 'warning' || w.severity === 'error').map((w) => w.code))].join(', ')})`);
    }
    if (dataset && chunk) await dataset.addChunk(chunk, result.entry.id);
    if (ordered && item && !stdout.closed) await ordered.add(result.entry.id, item);
    await ordered?.release(result.floor);
    // leaving the loop stops the workers; a dataset being written is finished all the same
    if (stdout.closed && !dataset) break;
    progress.draw();
  }
}

/**
 * A large document's pieces, each to the dataset and to the ordered stdout (which prints their
 * record parts back to back, the same bytes as the whole record, where a record is the whole
 * document). Returns false when the output ended first (stdout closed and no dataset), the rest
 * not made.
 */
async function writePieces(pieces: Iterable<DatasetChunk>, id: string, dataset: DatasetWriter | null, ordered: OrderedStdout | null, stdout: StdoutPrinter): Promise<boolean> {
  for (const piece of pieces) {
    if (ordered && !stdout.closed) await ordered.addPiece(id, piece);
    if (dataset) await dataset.addChunk(piece, id);
    else if (stdout.closed) return false;
  }
  return true;
}

/**
 * CUSTOMS_EXTRACT_LARGE_DOCUMENT=INPUT_BYTES:PART_CHARS[:PIECE_UNITS]: where a document is made in
 * parts, and how (run.ts, LARGE_DOCUMENT), for tests and for machines with less memory; null when
 * unset or not positive integers.
 */
export function largeDocumentOf(env: NodeJS.ProcessEnv): LargeDocument | null {
  const m = /^(\d+):(\d+)(?::(\d+))?$/.exec(env.CUSTOMS_EXTRACT_LARGE_DOCUMENT ?? '');
  if (!m || Number(m[1]) <= 0 || Number(m[2]) <= 0 || (m[3] !== undefined && Number(m[3]) <= 0)) return null;
  return { inputBytes: Number(m[1]), partChars: Number(m[2]), pieceUnits: m[3] ? Number(m[3]) : LARGE_DOCUMENT.pieceUnits };
}

/**
 * The dataset committed, with its review page and Parquet files written into it first: if one of
 * those fails, the dataset is still written (and the run exits 1).
 */
async function commitDataset(dataset: DatasetWriter, options: MainOptions, state: RunState, io: CliIo, say: (line: string) => void): Promise<void> {
  const writeReview = options.review ? await loadReviewWriter(say) : null;
  if (options.review && !writeReview) raise(state, EXIT_SOME_FAILED);
  const extras: Array<[string, (dir: string) => Promise<unknown>]> = [];
  if (writeReview) extras.push(['--review: the review page could not be written', writeReview]);
  if (options.parquet) extras.push(['--parquet: the Parquet files could not be written', (dir) => writeParquetTables(dir, { excel: options.excel })]);
  await dataset.commit(
    extras.length
      ? async (dir) => {
          for (const [what, write] of extras) {
            try {
              await write(dir);
            } catch (e) {
              say(`${what}: ${e instanceof Error ? e.message : String(e)}`);
              if (options.debug && e instanceof Error && e.stack) io.stderr.write(`${e.stack}\n`);
              raise(state, EXIT_SOME_FAILED);
            }
          }
        }
      : undefined,
  );
}

/** The end of a run: --failures written, the --fail-on line, the summary; returns the exit code. */
async function reportEnd(setup: RunSetup, state: RunState, stdoutClosed: boolean, io: CliIo, say: (line: string) => void): Promise<number> {
  const { options } = setup;
  if (options.failures !== null) {
    try {
      // every failed input is on record there, and does not fail the run (anything else still does)
      await writeFailures(options.failures, state.failureRecords);
    } catch (e) {
      say(`--failures: cannot write ${options.failures}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
      raise(state, EXIT_SOME_FAILED);
    }
  }
  if (state.failOnMatched) {
    raise(state, EXIT_SOME_FAILED);
    const shown = state.failOnShown;
    const more = state.failOnMatched > shown.length ? `, and ${state.failOnMatched - shown.length} more` : '';
    say(`--fail-on ${options.failOn}: ${state.failOnMatched} ${state.failOnMatched === 1 ? 'document has' : 'documents have'} ${options.failOn === 'warning' ? 'warnings' : 'errors'}: ${shown.join(', ')}${more}`);
  }
  if (!options.quiet && !stdoutClosed) {
    // a terminal (or --verbose) gets the table; a log gets one line
    if (options.verbose || io.stderr.isTTY) io.stderr.write(summaryTable(state.totals, setup.outDir));
    else io.stderr.write(summaryLine(state.totals, setup.outDir));
  }
  return state.exitCode;
}

/** `--review`: the review module is loaded only when asked for. */
async function loadReviewWriter(say: (line: string) => void): Promise<((dir: string) => Promise<void>) | null> {
  const review = (await import('./commands/review.js')) as { writeReview?: (datasetDir: string) => Promise<void> };
  if (typeof review.writeReview !== 'function') {
    say('--review: the review page is not available in this build; the dataset is written without it');
    return null;
  }
  return review.writeReview;
}
