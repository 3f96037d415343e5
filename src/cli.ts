// runCli(argv, io) → exit code. Parses options with commander, validates them once into a
// second record (a bad value is a usage error but the valid arguments are still processed,
// as ripgrep does), then streams documents to the writers. Never calls process.exit; never
// prints a stack trace unless --debug.
import { availableParallelism } from 'node:os';
import { planInputs, DEFAULT_MAX_BYTES } from './io/read-inputs.js';
import { openDataset, OutputDirError, type DatasetWriter } from './io/write-outputs.js';
import { writeParquetTables } from './io/write-parquet.js';
import { parseShard, readPathList, selectInputs, shardOf, type Shard } from './io/select-inputs.js';
import { writeFailures, type FailureRecord } from './io/write-failures.js';
import { planSince, previousDocuments } from './io/since.js';
import { toolStamp } from './io/tool-stamp.js';
import { toolVersion } from './io/tool-stamp.js';
import { whenDrained } from './io/drain.js';
import { runCorpusEncoded } from './run.js';
import { isKnownEncoding } from './stages/decode.js';
import { OUTPUT_FORMATS, TABLE_NAMES, streamFormat, type OutputFormat, type StreamFormat } from './format/stream-format.js';
import { addDocument, documentLine, emptyTotals, progressLine, summaryTable } from './format/summary.js';
import type { OutputSpec } from './format/encode-document.js';
import type { TableName } from './format/tables.js';
import type { Document } from './schema/records.js';
import { newCommand, runCommand } from './commands/program.js';

export const EXIT_OK = 0;
export const EXIT_SOME_FAILED = 1;
export const EXIT_USAGE = 2;

export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
}

const NAME = 'customs-extract';
/** Where a terminal run without -o writes its dataset. */
export const TERMINAL_OUTPUT_DIR = 'out';
const FAIL_ON = ['warning', 'error'] as const;
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
  parquet?: boolean;
  include?: string[];
  exclude?: string[];
  shard?: string;
  failures?: string;
  filesFrom?: string;
  root?: string;
  since?: string;
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
}

/** A repeatable option's values, in order. */
const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

const SIZE = /^(\d+)\s*([kmg]?)i?b?$/i;
const SIZE_FACTOR: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

export function parseSize(text: string): number | null {
  const m = SIZE.exec(text.trim());
  if (!m) return null;
  const n = Number(m[1]) * SIZE_FACTOR[m[2]!.toLowerCase()]!;
  return n > 0 && Number.isSafeInteger(n) ? n : null;
}

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
  let jobs = cores;
  if (raw.jobs !== undefined) {
    const n = Number(raw.jobs);
    if (!/^\d+$/.test(raw.jobs) || n < 1) problems.push(`--jobs: "${raw.jobs}" is not a positive whole number`);
    else jobs = n;
  }
  let encoding: string | null = null;
  if (raw.encoding !== undefined) {
    if (isKnownEncoding(raw.encoding)) encoding = raw.encoding;
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
      parquet: raw.parquet ?? false,
      include: raw.include ?? [],
      exclude: raw.exclude ?? [],
      shard,
      failures: raw.failures ?? null,
      filesFrom: raw.filesFrom ?? null,
      root: raw.root ?? null,
      since: raw.since ?? null,
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
  $ customs-extract seeds/ | jq '.[0].title'       JSON array on stdout when piped
  $ customs-extract seeds/ --format ndjson         one document a line, as soon as it is done
  $ customs-extract seeds/ --ndjson | head -1      (the same)
  $ customs-extract seeds/ --format csv --table metrics > metrics.csv
  $ customs-extract seeds/ --format ndjson --table metrics | jq .value
  $ customs-extract seeds/ -o dataset --excel      CSV with BOM and formula guard for Excel
  $ customs-extract page.html --encoding gbk       decode every input as GBK
  $ curl -s URL | customs-extract - --stdin-name notice.html
  $ customs-extract big/ --max-bytes 10MB          refuse files over 10 MB
  $ customs-extract big/ -o dataset --jobs 4       four threads, this one included (default: one a core)
  $ customs-extract seeds/ -o dataset --fail-on warning    CI: exit 1 on any warning
  $ customs-extract seeds/ -o dataset --quiet      print nothing but errors
  $ customs-extract seeds/ -o dataset --verbose    per file: removed blocks, sections, metrics
  $ customs-extract seeds/ --debug                 stack traces for internal errors
  $ customs-extract schema metric                  JSON Schema of a metric record
  $ customs-extract validate dataset               check a dataset written earlier
  $ customs-extract ./review                       a folder named like a subcommand

Exit codes: 0 every document processed; 1 some input could not be processed (or --fail-on
matched); 2 usage error. Subcommands: outline, schema, validate, review, diff, merge (--help on each).
`;

export async function runCli(argv: string[], io: CliIo = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const subcommand = argv[0] !== undefined ? SUBCOMMANDS[argv[0]] : undefined;
  if (subcommand) return (await subcommand()).run(argv.slice(1), io);
  const say = (line: string): void => void io.stderr.write(`${NAME}: ${line}\n`);
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
    .option('--stdin-name <name>', 'path (and so id and format) of the document read from - (default: stdin)')
    .option('--max-bytes <size>', 'refuse larger files (bytes, or 800k, 50MB)', '50MB')
    .option('--excel', 'CSV for Excel: UTF-8 BOM, and a leading \' on text cells starting with = + - @ tab CR')
    .option('-j, --jobs <n>', 'threads for a big corpus, this one included (default: number of cores)')
    .option('--fail-on <level>', 'exit 1 when any document has a warning, or an error: warning, error')
    .option('--review', 'with the dataset, write its review page (DIR/review.html)')
    .option('--parquet', 'with the dataset, write each table as Parquet too (DIR/metrics.parquet …), typed')
    .option('--include <glob>', 'only inputs whose relative path matches (repeatable)', collect)
    .option('--exclude <glob>', 'not inputs whose relative path matches (repeatable)', collect)
    .option('--files-from <file>', 'read input paths from FILE, one a line (- for stdin)')
    .option('--since <dir>', 'copy documents whose input, rules and options match the dataset in DIR instead of extracting them again')
    .option('--root <dir>', 'paths and ids relative to DIR for every argument (default: each folder argument is its own root)')
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

/**
 * A closed pipe (EPIPE) can be reported after the run has moved on, even after its last write:
 * so the listener stays on the stream for good (one per stream), and tells whoever is running.
 */
const closedStreams = new WeakMap<NodeJS.WritableStream, Set<() => void>>();
function watchClosed(stream: NodeJS.WritableStream): void {
  if (closedStreams.has(stream)) return;
  const listeners = new Set<() => void>();
  closedStreams.set(stream, listeners);
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE' && e.code !== 'ERR_STREAM_DESTROYED') throw e;
    for (const l of listeners) l();
  });
}

async function runMain(args: string[], raw: RawOptions, io: CliIo, say: (line: string) => void): Promise<number> {
  const started = Date.now();
  const { options, problems } = validateOptions(raw);
  let exitCode: number = EXIT_OK;
  // allowUnknownOption passes unknown flags through as arguments: each is a usage error
  const paths: string[] = [];
  for (const arg of args) {
    if (arg.startsWith('-') && arg !== '-') problems.push(`${arg}: unknown option (see --help)`);
    else paths.push(arg);
  }
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
  for (const p of problems) say(p);
  if (problems.length) exitCode = EXIT_USAGE;
  if (paths.length === 0) {
    say('no input: name files or folders of documents, or - for stdin (see --help)');
    return EXIT_USAGE;
  }
  const plan = await planInputs(paths, { ...(options.stdinName ? { stdinName: options.stdinName } : {}), ...(options.root !== null ? { root: options.root } : {}) });
  for (const m of plan.missing) {
    say(`${m.path}: ${m.message}`);
    exitCode = EXIT_USAGE;
  }
  const inShard = (p: string): boolean => !options.shard || shardOf(p, options.shard.count) === options.shard.index;
  // --failures FILE: every failure is also a record there
  const failureRecords: FailureRecord[] = [];
  for (const f of plan.failures) {
    if (!inShard(f.path)) continue;
    say(`${f.path}: ${f.message}`);
    failureRecords.push(f);
    if (options.failures === null) exitCode = Math.max(exitCode, EXIT_SOME_FAILED);
  }
  if (!options.quiet) for (const s of plan.skipped) if (inShard(s)) say(`${s}: skipped (not a document type)`);
  plan.entries = selectInputs(plan.entries, { include: options.include, exclude: options.exclude, shard: options.shard });
  let previous: ((id: string) => Promise<Document>) | undefined;
  if (options.since !== null) {
    try {
      const since = await planSince(options.since, plan.entries, await toolStamp(), { excel: options.excel, encoding: options.encoding });
      if (since.incompatible) say(`--since ${options.since}: nothing copied: ${since.incompatible}`);
      else {
        if (!options.quiet) say(`--since ${options.since}: ${since.reused} of ${plan.entries.length} inputs unchanged, copied`);
        if (since.reused) previous = previousDocuments(options.since);
      }
    } catch (e) {
      say(`--since: ${e instanceof Error ? e.message : String(e)}`);
      return EXIT_USAGE;
    }
  }

  const toStdout = options.format !== null || options.table !== null || (!options.output && !io.stdout.isTTY);
  const outDir = options.output ?? (toStdout ? null : TERMINAL_OUTPUT_DIR);
  const printed = toStdout ? { format: options.format ?? (options.table ? 'csv' : 'json'), table: options.table, csv: { excel: options.excel } } : null;
  const printer: StreamFormat | null = printed ? streamFormat(printed.format, printed.table, printed.csv) : null;
  if (options.review && !outDir) {
    say('--review: needs a dataset folder (-o DIR); ignored');
    exitCode = EXIT_USAGE;
  }
  if (options.parquet && !outDir) {
    say('--parquet: needs a dataset folder (-o DIR); ignored');
    exitCode = EXIT_USAGE;
  }

  let dataset: DatasetWriter | null = null;
  if (outDir) {
    try {
      dataset = await openDataset(outDir, { excel: options.excel });
    } catch (e) {
      if (!(e instanceof OutputDirError)) throw e;
      say(`${outDir}: ${e.message}`);
      return EXIT_USAGE;
    }
  }

  // A closed stdout (`| head`) ends the run early, and is not an error.
  let stdoutClosed = false;
  if (printer) watchClosed(io.stdout);
  const onStdoutClosed = (): void => void (stdoutClosed = true);
  if (printer) closedStreams.get(io.stdout)?.add(onStdoutClosed);
  const print = async (chunk: string): Promise<void> => {
    if (!chunk || stdoutClosed) return;
    // resolves when stdout can take more, or once it is closed (a closed pipe)
    if (!io.stdout.write(chunk)) await whenDrained(io.stdout, () => stdoutClosed);
  };

  // Ctrl-C or a kill while the dataset is being written: remove the temporary folder, leave the
  // previous dataset in place, then die of the same signal.
  const onSignal = (signal: NodeJS.Signals): void => {
    dataset?.abort();
    removeSignalHandlers();
    process.kill(process.pid, signal);
  };
  const removeSignalHandlers = (): void => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
  if (dataset) {
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  }

  const showProgress = Boolean(io.stderr.isTTY) && !options.quiet && !options.verbose;
  const totals = emptyTotals();
  totals.skipped = plan.skipped.length;
  totals.failed = plan.failures.length;
  let lastDraw = 0;
  let drawn = false;
  const draw = (done: number, force = false): void => {
    const now = Date.now();
    if (!showProgress || (!force && now - lastDraw < 100)) return;
    lastDraw = now;
    io.stderr.write(progressLine(done, plan.entries.length, io.stderr.columns || 80));
    drawn = true;
  };
  const clearProgress = (): void => {
    if (!drawn) return;
    io.stderr.write(`\r${' '.repeat(Math.min(79, (io.stderr.columns || 80) - 1))}\r`);
    drawn = false;
  };
  let failOnMatched = false;
  let done = 0;
  try {
    await print(printer?.start() ?? '');
    // Documents come serialised, by whichever thread made them (a worker, or this one between
    // writes): here their bytes are appended in input order and their summaries added up.
    const outputs: OutputSpec = { dataset: dataset ? { excel: options.excel } : null, printer: printed };
    const results = runCorpusEncoded(plan.entries, outputs, {
      maxBytes: options.maxBytes,
      jobs: options.jobs,
      ...(options.encoding ? { encoding: options.encoding } : {}),
      onPlan: (workers) => {
        if (options.verbose && workers > 0) say(`processing ${plan.entries.length} files in ${workers + 1} threads`);
      },
      ...(previous ? { previous } : {}),
      onSkipped: (skippedPath, reason) => {
        if (!options.quiet) {
          clearProgress();
          say(`${skippedPath}: ${reason}`);
        }
      },
    });
    for await (const result of results) {
      done++;
      if (!result.ok) {
        clearProgress();
        say(`${result.entry.path}: ${result.message}`);
        failureRecords.push({ path: result.entry.path, code: result.code, message: result.message });
        if (options.debug && result.stack) io.stderr.write(`${result.stack}\n`);
        totals.failed++;
        if (options.failures === null) exitCode = Math.max(exitCode, EXIT_SOME_FAILED);
        draw(done);
        continue;
      }
      const { summary: doc, dataset: chunk, printed: item } = result.encoded;
      addDocument(totals, doc);
      if (options.verbose) say(documentLine(doc));
      if (!options.quiet && doc.warnings.length) {
        clearProgress();
        for (const w of doc.warnings) say(`${doc.path}: ${w.severity}: ${w.message} (${w.code})`);
      }
      if (options.failOn && failsOn(doc, options.failOn)) failOnMatched = true;
      if (dataset && chunk) await dataset.addChunk(chunk);
      if (printer && item) await print(printer.frame(item));
      // leaving the loop stops the workers; a dataset being written is finished all the same
      if (stdoutClosed && !dataset) break;
      draw(done);
    }
    draw(done, true);
    clearProgress();
    if (!stdoutClosed) await print(printer?.end() ?? '');
    if (dataset) {
      const writeReview = options.review ? await loadReviewWriter(say) : null;
      if (options.review && !writeReview) exitCode = Math.max(exitCode, EXIT_SOME_FAILED);
      // the review page is written into the finished dataset before it is swapped in; if it
      // fails, the dataset is still written
      // so is each Parquet file, from the finished CSVs
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
                  exitCode = Math.max(exitCode, EXIT_SOME_FAILED);
                }
              }
            }
          : undefined,
      );
    }
  } catch (e) {
    dataset?.abort();
    throw e;
  } finally {
    removeSignalHandlers();
    closedStreams.get(io.stdout)?.delete(onStdoutClosed);
  }
  totals.milliseconds = Date.now() - started;
  if (options.failures !== null) {
    try {
      // every failed input is on record there, and does not fail the run (anything else still does)
      await writeFailures(options.failures, failureRecords);
    } catch (e) {
      say(`--failures: cannot write ${options.failures}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
      exitCode = Math.max(exitCode, EXIT_SOME_FAILED);
    }
  }
  if (failOnMatched) exitCode = Math.max(exitCode, EXIT_SOME_FAILED);
  const showSummary = !options.quiet && (options.verbose || Boolean(io.stderr.isTTY)) && !stdoutClosed;
  if (showSummary) io.stderr.write(summaryTable(totals, outDir));
  return exitCode;
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
