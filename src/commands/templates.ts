// `customs-extract templates PATHS -o FILE`: learns each group's site template (the lines standing
// at the top or bottom of most of its documents) and writes them as JSON for `--templates FILE`.
// The file depends only on the inputs: groups and lines are sorted, documents counted once per sha256.
import { InvalidArgumentError } from 'commander';
import { EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, parseSize, reportPlanProblems, type CliIo } from './shared.js';
import { DEFAULT_MAX_BYTES, planInputs, readSource, type InputEntry } from '../io/read-inputs.js';
import { archiveEntries } from '../run.js';
import type { FailedResult } from '../process-entry.js';
import { writeFileAtomic } from '../io/write-file-atomic.js';
import { mayWriteTemplates } from '../io/read-templates.js';
import { templateEvidence } from '../pipeline.js';
import { learnTemplates, TEMPLATE_EDGE_LINES, TEMPLATE_MIN_DOCUMENTS, TEMPLATE_MIN_SHARE, type TemplateEvidence } from '../stages/article/templates.js';
import { isKnownEncoding } from '../stages/decode.js';
import { newCommand, runCommand } from './program.js';

const NAME = 'customs-extract';

interface TemplatesOptions {
  output?: string;
  encoding?: string;
  maxBytes?: number;
  edgeLines?: number;
  minShare?: number;
  minDocuments?: number;
}

const positiveInt = (value: string): number => {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError('expected a positive whole number');
  return Number(value);
};
const share = (value: string): number => {
  const n = Number(value);
  if (!(n > 0 && n <= 1)) throw new InvalidArgumentError('expected a share in (0, 1]');
  return n;
};
const size = (value: string): number => {
  const n = parseSize(value);
  if (n === null) throw new InvalidArgumentError('expected a size such as 800k or 50MB');
  return n;
};
const encodingName = (value: string): string => {
  if (!isKnownEncoding(value)) throw new InvalidArgumentError(`unknown encoding "${value}"`);
  return value;
};

export async function run(args: string[], io: CliIo): Promise<number> {
  const say = (line: string): void => void io.stderr.write(`${NAME}: ${line}\n`);
  let exitCode: number = EXIT_OK;
  const program = newCommand(`${NAME} templates`, io)
    .description(
      "Learn each group's site template: the lines in the first or last lines of most of its documents. " +
        'A group is the host a WARC record was crawled from, else the folder the documents stand in. Use the file with `customs-extract PATHS --templates FILE`.',
    )
    .argument('<paths...>', 'files and folders of documents')
    .requiredOption('-o, --output <file>', 'write the templates (JSON) to FILE')
    .option('--edge-lines <n>', `lines counted at each end of a document (default ${TEMPLATE_EDGE_LINES})`, positiveInt)
    .option('--min-share <x>', `share of a group's documents a line must stand in (default ${TEMPLATE_MIN_SHARE})`, share)
    .option('--min-documents <n>', `documents (distinct sha256) a group needs (default ${TEMPLATE_MIN_DOCUMENTS})`, positiveInt)
    .option('--encoding <name>', 'decode every input with this encoding instead of detecting it', encodingName)
    .option('--max-bytes <size>', 'refuse larger files (bytes, or 800k, 50MB)', size)
    .action(async (paths: string[], options: TemplatesOptions) => {
      exitCode = await learn(paths, options, say);
    });
  return runCommand(program, args, () => exitCode, EXIT_OK, EXIT_USAGE);
}

async function learn(paths: string[], options: TemplatesOptions, say: (line: string) => void): Promise<number> {
  let exitCode: number = EXIT_OK;
  if (paths.includes('-')) {
    say('-: templates are learnt from files, not stdin');
    return EXIT_USAGE;
  }
  if (!mayWriteTemplates(options.output!)) {
    say(`${options.output}: exists and is not a templates file; not overwritten`);
    return EXIT_USAGE;
  }
  const plan = await planInputs(paths);
  if (reportPlanProblems(plan, say).length > 0) exitCode = EXIT_SOME_FAILED;
  const evidence: TemplateEvidence[] = [];
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  for await (const entry of documentEntries(plan.inputs, maxBytes)) {
    if ('ok' in entry) {
      say(`${entry.entry.path}: ${entry.message}`);
      exitCode = EXIT_SOME_FAILED;
      continue;
    }
    try {
      const source = await readSource(entry, maxBytes);
      // only the edge lines are kept: memory grows with the documents' count, not their size
      const e = templateEvidence(source, options.encoding ? { encoding: options.encoding } : {});
      evidence.push({ ...e, lines: edgeOnly(e.lines, options.edgeLines ?? TEMPLATE_EDGE_LINES) });
    } catch (error) {
      say(`${entry.path}: ${error instanceof Error ? error.message : String(error)}`);
      exitCode = EXIT_SOME_FAILED;
    }
  }
  const file = learnTemplates(evidence, {
    ...(options.edgeLines !== undefined ? { edgeLines: options.edgeLines } : {}),
    ...(options.minShare !== undefined ? { minShare: options.minShare } : {}),
    ...(options.minDocuments !== undefined ? { minDocuments: options.minDocuments } : {}),
  });
  try {
    await writeFileAtomic(options.output!, `${JSON.stringify(file, null, 2)}\n`);
  } catch (e) {
    say(`${options.output}: cannot write: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
    return EXIT_SOME_FAILED;
  }
  return exitCode;
}

/**
 * The documents to learn from: loose files, and each archive's members (a WARC record's group is
 * its URI's host: see templateGroup). A member the archive cannot give is a failure; one that is
 * no document is passed over, as the main job skips it.
 */
async function* documentEntries(entries: Iterable<InputEntry>, maxBytes: number): AsyncGenerator<InputEntry | FailedResult> {
  for (const entry of entries) {
    if (entry.archive === undefined) {
      yield entry;
      continue;
    }
    for await (const item of archiveEntries(entry, maxBytes)) if (!('skipped' in item)) yield item;
  }
}

/** The non-blank lines in the first and last `n` (in order; a line in both windows once). */
function edgeOnly(lines: readonly string[], n: number): string[] {
  const keep: number[] = [];
  for (let i = 0, seen = 0; i < lines.length && seen < n; i++) if (lines[i]!.trim().length > 0) (keep.push(i), seen++);
  const tail: number[] = [];
  for (let i = lines.length - 1, seen = 0; i >= 0 && seen < n; i--) if (lines[i]!.trim().length > 0) (tail.push(i), seen++);
  const all = [...new Set([...keep, ...tail.reverse()])].sort((a, b) => a - b);
  return all.map((i) => lines[i]!);
}
