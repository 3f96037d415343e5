// `customs-extract diff OLD_DIR NEW_DIR`: what changed between two datasets.
// Exit 0 when equal, 1 when they differ, 2 when a dataset cannot be read (or a usage error),
// so CI can gate on it.
import { Option } from 'commander';
import { EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, type CliIo } from './shared.js';
import { diffDatasets, diffDocumentStreams, NotInIdOrderError, type DatasetDiff, type DatasetSide } from '../diff/diff-datasets.js';
import { DIFF_FORMATS, formatDiff, type DiffFormat } from '../diff/format-diff.js';
import { readDataset, readProvenance } from '../io/read-dataset.js';
import { openDocuments } from '../io/stream-dataset.js';
import { watchStdout } from './closed-stdout.js';
import { newCommand, runCommand } from './program.js';

// diff's statuses, as diff(1) and cmp(1) give them: equal, different, trouble
export const EXIT_EQUAL = EXIT_OK;
export const EXIT_DIFFERENT = EXIT_SOME_FAILED;
export const EXIT_UNREADABLE = EXIT_USAGE;

const NAME = 'customs-extract diff';

async function readSide(dir: string): Promise<DatasetSide> {
  const { documents, datapackage } = await readDataset(dir);
  return { documents, ...readProvenance(datapackage) };
}

/**
 * Both datasets compared a document at a time (each lists its documents in id order); a dataset
 * that does not (written before datasets were id-ordered, or by hand) is compared in memory.
 */
async function compare(oldDir: string, newDir: string): Promise<DatasetDiff> {
  const [older, newer] = [await openDocuments(oldDir), await openDocuments(newDir)];
  try {
    return await diffDocumentStreams(
      { documents: older.documents, ...readProvenance(older.datapackage) },
      { documents: newer.documents, ...readProvenance(newer.datapackage) },
    );
  } catch (e) {
    if (!(e instanceof NotInIdOrderError)) throw e;
    return diffDatasets(await readSide(oldDir), await readSide(newDir));
  }
}

export async function run(args: string[], io: CliIo): Promise<number> {
  let exitCode = EXIT_EQUAL;
  watchStdout(io); // a closed stdout is success: the exit code still says equal or different
  const program = newCommand(NAME, io)
    .description('Compare two datasets: documents, sections and metrics added, removed or changed, and whether the same rules made both.')
    .argument('<old>', 'the earlier dataset folder')
    .argument('<new>', 'the later dataset folder')
    .addOption(new Option('--format <format>', 'table: a short summary; json or md: the full diff').choices(DIFF_FORMATS).default('table'))
    .addHelpText('after', '\nExit code: 0 equal, 1 different, 2 a dataset cannot be read.\nExample: customs-extract diff out-main out-branch --format md > diff.md')
    .action(async (oldDir: string, newDir: string, options: { format: DiffFormat }) => {
      let diff: DatasetDiff;
      try {
        diff = await compare(oldDir, newDir);
      } catch (e) {
        io.stderr.write(`${NAME}: ${(e as Error).message}\n`);
        exitCode = EXIT_UNREADABLE;
        return;
      }
      io.stdout.write(formatDiff(diff, options.format));
      exitCode = diff.equal ? EXIT_EQUAL : EXIT_DIFFERENT;
    });
  return runCommand(program, args, () => exitCode, EXIT_EQUAL, EXIT_UNREADABLE);
}
