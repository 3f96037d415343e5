// `customs-extract validate DIR`: checks a dataset written earlier, streaming (memory bounded by
// the largest document, whatever the dataset's size). Every record of documents.json (or of
// its NDJSON parts) against
// the zod schemas, every CSV against the Table Schema in
// datapackage.json (types, required fields, keys), and the keys between tables.
// Exit 0 valid, 1 invalid (the first problems listed), 2 usage.
import { EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, NAME, type CliIo } from './shared.js';
import { datasetFolder, readDatasetFile, streamDatasetFile } from '../io/read-dataset-files.js';
import { recoverDataset } from '../io/dataset-dir.js';
import { documentTexts, documentsLayout } from '../io/read-documents.js';
import { checkDataset, csvFilesOf, type DatasetProblem } from '../format/check-dataset.js';
import { watchStdout } from './closed-stdout.js';
import { newCommand, runCommand } from './program.js';

export async function run(args: string[], io: CliIo): Promise<number> {
  let exitCode = EXIT_OK;
  watchStdout(io); // a closed stdout is success: the exit code still says valid or not
  const program = newCommand(`${NAME} validate`, io)
    .description('Check a dataset written by -o DIR against its schemas and keys.')
    .argument('<dir>', 'the dataset folder')
    .option('--max-problems <n>', 'list at most this many problems', '20')
    .addHelpText('after', '\nExamples:\n  $ customs-extract seeds/ -o dataset && customs-extract validate dataset\n')
    .action(async (dir: string, options: { maxProblems: string }) => {
      const limit = Number(options.maxProblems);
      if (!Number.isInteger(limit) || limit < 1) {
        io.stderr.write(`${NAME}: validate: --max-problems: "${options.maxProblems}" is not a positive whole number\n`);
        exitCode = EXIT_USAGE;
        return;
      }
      exitCode = await validate(dir, limit, io);
    });
  return runCommand(program, args, () => exitCode, EXIT_OK, EXIT_USAGE);
}

async function validate(dir: string, limit: number, io: CliIo): Promise<number> {
  const kind = await datasetFolder(dir);
  if (kind !== 'folder') {
    io.stderr.write(`${NAME}: ${dir}: ${kind === 'missing' ? 'no such folder' : 'not a folder (a dataset is the folder written by -o DIR)'}\n`);
    return EXIT_USAGE;
  }
  // a run killed in its commit left the new dataset half moved: finish it before reading
  recoverDataset(dir);
  const problems: DatasetProblem[] = [];
  const datapackageText = await readDatasetFile(dir, 'datapackage.json');
  let datapackage: unknown = null;
  if (datapackageText === null) problems.push({ file: 'datapackage.json', message: 'missing' });
  else {
    try {
      datapackage = JSON.parse(datapackageText);
    } catch (e) {
      problems.push({ file: 'datapackage.json', message: `not valid JSON (${(e as Error).message})` });
    }
  }
  // every file is opened up front (a missing one is known), and read as the check goes
  const csv = new Map<string, AsyncIterable<string> | null>();
  for (const file of csvFilesOf(datapackage)) {
    // a resource path is a file inside the dataset, never elsewhere
    if (/^[\w.-]+$/.test(file)) csv.set(file, await streamDatasetFile(dir, file));
  }
  const layout = documentsLayout(datapackage);
  const documents = documentTexts(dir, layout);
  const documentsName = layout.form === 'json' ? 'documents.json' : `${layout.files.length} NDJSON parts`;
  const checked = await checkDataset({ documents, documentsName, datapackage, csv: (file) => csv.get(file) ?? null }, limit - problems.length);
  problems.push(...checked.problems);
  if (problems.length) {
    for (const p of problems.slice(0, limit)) io.stderr.write(`${NAME}: ${dir}/${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}\n`);
    io.stderr.write(`${NAME}: ${dir}: not a valid dataset (${problems.length >= limit ? `first ${limit} problems` : `${problems.length} problem${problems.length === 1 ? '' : 's'}`})\n`);
    return EXIT_SOME_FAILED;
  }
  const { counts } = checked;
  io.stdout.write(`${dir}: valid dataset: ${counts.documents} documents, ${counts.sections} sections, ${counts.columns} 专栏, ${counts.metrics} metrics\n`);
  return EXIT_OK;
}
