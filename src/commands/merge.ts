// `customs-extract merge PART… -o DIR`: the datasets of shards (`--shard K/N`) merged into the
// one a single run over the same inputs writes, byte for byte: documents in id order (each part
// already is), each written again through the same writer. Parts are read one document at a
// time, in either form (documents.json or NDJSON parts). It refuses, in one line, parts made by
// another version or rulesHash than this tool's, or with other output-changing options (--excel,
// --encoding), and parts that share a document id.
import type { CliIo } from './shared.js';
import { OutputDirError, openDataset } from '../io/write-outputs.js';
import { readDatapackage, streamDocuments, DatasetReadError } from '../io/stream-dataset.js';
import { toolStamp } from '../io/tool-stamp.js';
import { writeParquetTables } from '../io/write-parquet.js';
import type { Document } from '../schema/records.js';
import { newCommand, runCommand } from './program.js';
import { compareIds } from '../format/id-order.js';
import { EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, NAME, parseSize } from './shared.js';

interface PartStamp {
  version: string | null;
  rulesHash: string | null;
  excel: boolean | null;
  /** --encoding: a name, null when none was given, undefined when the part does not say */
  encoding: string | null | undefined;
}

function stampOf(datapackage: unknown): PartStamp {
  const ce = (datapackage as { customs_extract?: Record<string, unknown> } | null)?.customs_extract ?? {};
  return {
    version: typeof ce.version === 'string' ? ce.version : null,
    rulesHash: typeof ce.rulesHash === 'string' ? ce.rulesHash : null,
    excel: typeof ce.excel === 'boolean' ? ce.excel : null,
    encoding: typeof ce.encoding === 'string' || ce.encoding === null ? ce.encoding : undefined,
  };
}

export async function run(args: string[], io: CliIo): Promise<number> {
  let exitCode = EXIT_OK;
  const program = newCommand(`${NAME} merge`, io)
    .description('Merge datasets written by --shard K/N runs into the dataset one run writes.')
    .argument('<parts...>', 'the dataset folders of the shards')
    .requiredOption('-o, --output <dir>', 'the merged dataset folder')
    .option('--parquet', 'also write the Parquet files, as -o DIR --parquet does')
    .option('--split-size <size>', 'documents.json past SIZE becomes NDJSON parts, as -o DIR --split-size does (default 1GB)')
    .addHelpText('after', `\nExamples:\n  $ for k in 0 1 2 3; do customs-extract corpus/ --shard $k/4 -o part-$k; done\n  $ customs-extract merge part-0 part-1 part-2 part-3 -o dataset\n`)
    .action(async (parts: string[], options: { output: string; parquet?: boolean; splitSize?: string }) => {
      const splitSize = options.splitSize === undefined ? null : parseSize(options.splitSize);
      if (options.splitSize !== undefined && splitSize === null) {
        say(io, `merge: --split-size: "${options.splitSize}" is not a size (e.g. 1GB, 500MB, 64k)`);
        exitCode = EXIT_USAGE;
        return;
      }
      exitCode = await merge(parts, options.output, options.parquet ?? false, splitSize, io);
    });
  return runCommand(program, args, () => exitCode, EXIT_OK, EXIT_USAGE);
}

const say = (io: CliIo, line: string): void => void io.stderr.write(`${NAME}: ${line}\n`);

async function merge(parts: string[], out: string, parquet: boolean, splitSize: number | null, io: CliIo): Promise<number> {
  const tool = await toolStamp();
  let excel: boolean | null = null;
  let encoding: string | null | undefined;
  for (const part of parts) {
    let stamp: PartStamp;
    try {
      stamp = stampOf(await readDatapackage(part));
    } catch (e) {
      say(io, e instanceof Error ? e.message : String(e));
      return EXIT_USAGE;
    }
    const refuse = (what: string): number => {
      say(io, `merge: ${part}: ${what}; merge only parts made by this tool's version and rules with the same options`);
      return EXIT_SOME_FAILED;
    };
    if (stamp.version !== tool.version) return refuse(`made by version ${stamp.version ?? 'unknown'}, this is ${tool.version}`);
    if (stamp.rulesHash !== tool.rulesHash) return refuse(`made with other rules (rulesHash ${stamp.rulesHash ?? 'unknown'})`);
    if (stamp.excel === null) return refuse('its datapackage.json does not say whether --excel was used');
    if (excel !== null && stamp.excel !== excel) return refuse(`written ${stamp.excel ? 'with' : 'without'} --excel, unlike ${parts[0]}`);
    excel = stamp.excel;
    if (stamp.encoding === undefined) return refuse('its datapackage.json does not say whether --encoding was used');
    if (encoding !== undefined && stamp.encoding !== encoding) return refuse(`written ${stamp.encoding === null ? 'without --encoding' : `with --encoding ${stamp.encoding}`}, unlike ${parts[0]} (${encoding === null ? 'without' : `--encoding ${encoding}`})`);
    encoding = stamp.encoding;
  }
  let writer;
  try {
    writer = await openDataset(out, { excel: excel ?? false, encoding: encoding ?? null, tool, ...(splitSize !== null ? { splitSize } : {}) });
  } catch (e) {
    if (!(e instanceof OutputDirError)) throw e;
    say(io, `${out}: ${e.message}`);
    return EXIT_USAGE;
  }
  try {
    // k-way merge: the part whose next document has the smallest id goes first
    const readers = parts.map((p) => ({ part: p, docs: streamDocuments(p), next: null as Document | null, last: null as string | null }));
    const advance = async (r: (typeof readers)[number]): Promise<void> => {
      const step = await r.docs.next();
      r.next = step.done ? null : step.value;
      if (r.next && r.last !== null && compareIds(r.next.id, r.last) <= 0) throw new DatasetReadError(`${r.part}: documents are not in id order ("${r.next.id}" after "${r.last}"); was it written by this version?`);
      if (r.next) r.last = r.next.id;
    };
    for (const r of readers) await advance(r);
    let previous: { id: string; part: string } | null = null;
    for (;;) {
      let best: (typeof readers)[number] | null = null;
      for (const r of readers) if (r.next && (!best || compareIds(r.next.id, best.next!.id) < 0)) best = r;
      if (!best) break;
      const doc = best.next!;
      if (previous && previous.id === doc.id) {
        writer.abort();
        say(io, `merge: document id "${doc.id}" is in both ${previous.part} and ${best.part}; parts of one run never share an id`);
        return EXIT_SOME_FAILED;
      }
      await writer.add(doc);
      previous = { id: doc.id, part: best.part };
      await advance(best);
    }
    const xl = excel ?? false;
    await writer.commit(parquet ? (dir) => writeParquetTables(dir, { excel: xl }).then(() => undefined) : undefined);
  } catch (e) {
    writer.abort();
    if (e instanceof DatasetReadError) {
      say(io, e.message);
      return EXIT_SOME_FAILED;
    }
    throw e;
  }
  return EXIT_OK;
}
