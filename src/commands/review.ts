// `customs-extract review DIR`: writes DIR/review.html, a page to look at what was extracted.
import path from 'node:path';
import { EXIT_OK, EXIT_USAGE, type CliIo } from './shared.js';
import { readProvenance } from '../io/read-dataset.js';
import { openDocuments } from '../io/stream-dataset.js';
import { writeFileAtomic } from '../io/write-file-atomic.js';
import { addToManifest } from '../io/dataset-dir.js';
import { ReviewBuilder } from '../review/render-review.js';
import { watchStdout } from './closed-stdout.js';
import { newCommand, runCommand } from './program.js';

export const REVIEW_FILE = 'review.html';
/** an unreadable dataset is a usage error: the folder named is not one */
const EXIT_UNREADABLE = EXIT_USAGE;
const NAME = 'customs-extract review';

/**
 * Reads the dataset in `datasetDir` a document at a time and writes `datasetDir/review.html` (the
 * path reviewFile gives): each document is compressed into the page as it is read, so memory
 * holds the compressed page and the corpus table, not the documents.
 */
export async function writeReview(datasetDir: string): Promise<void> {
  const { documents, datapackage } = await openDocuments(datasetDir);
  const builder = new ReviewBuilder();
  // ids key the page's links and rows: a dataset repeating one is refused, as readDataset does
  const seen = new Map<string, number>();
  for await (const d of documents) {
    const first = seen.get(d.id);
    if (first !== undefined) throw new Error(`${path.join(datasetDir, 'documents.json')}: document ${seen.size}: duplicate id "${d.id}" (document ${first} has it too)`);
    seen.set(d.id, seen.size);
    builder.add(d);
  }
  seen.clear();
  const lines = builder.finish(readProvenance(datapackage));
  await writeFileAtomic(reviewFile(datasetDir), lines.map((line, i) => (i < lines.length - 1 ? `${line}\n` : line)));
}

export const reviewFile = (datasetDir: string): string => path.join(datasetDir, REVIEW_FILE);

export async function run(args: string[], io: CliIo): Promise<number> {
  let exitCode = EXIT_OK;
  watchStdout(io); // --help to a closed stdout is success
  const program = newCommand(NAME, io)
    .description('Write DIR/review.html: one self-contained page showing every document, section, 专栏 and metric of the dataset.')
    .argument('<dir>', 'a dataset folder written by customs-extract -o DIR')
    .option('-q, --quiet', 'print nothing but errors')
    .addHelpText('after', '\nExample: customs-extract seeds/ -o out && customs-extract review out && open out/review.html')
    .action(async (dir: string, options: { quiet?: boolean }) => {
      try {
        await writeReview(dir);
        // the page is the tool's file now: the next -o DIR run replaces it instead of keeping it as the user's
        addToManifest(dir, [REVIEW_FILE]);
        if (!options.quiet) io.stderr.write(`${NAME}: wrote ${reviewFile(dir)}\n`);
      } catch (e) {
        io.stderr.write(`${NAME}: ${(e as Error).message}\n`);
        exitCode = EXIT_UNREADABLE;
      }
    });
  return runCommand(program, args, () => exitCode, EXIT_OK, EXIT_UNREADABLE);
}
