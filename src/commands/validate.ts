// `customs-extract validate DIR`: checks a dataset written earlier. Every record of
// documents.json against the zod schemas (readDataset), every CSV against the Table Schema in
// datapackage.json (types, required fields, keys), and the keys between tables.
// Exit 0 valid, 1 invalid (the first problems listed), 2 usage.
import type { CliIo } from '../cli.js';
import { readDataset, type Dataset } from '../io/read-dataset.js';
import { readDatasetFile } from '../io/read-dataset-files.js';
import { checkDataset, csvFilesOf, type DatasetProblem } from '../format/check-dataset.js';
import { watchStdout } from './closed-stdout.js';
import { newCommand, runCommand } from './program.js';

const NAME = 'customs-extract';

export async function run(args: string[], io: CliIo): Promise<number> {
  let exitCode = 0;
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
        exitCode = 2;
        return;
      }
      exitCode = await validate(dir, limit, io);
    });
  return runCommand(program, args, () => exitCode, 0, 2);
}

async function validate(dir: string, limit: number, io: CliIo): Promise<number> {
  const problems: DatasetProblem[] = [];
  let dataset: Dataset | null = null;
  try {
    dataset = await readDataset(dir);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (/no such folder|not a folder/.test(message)) {
      io.stderr.write(`${NAME}: ${message}\n`);
      return 2;
    }
    problems.push({ file: 'documents.json', message: message.replace(/^[^:]*documents\.json: /, '') });
  }
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
  if (datapackage !== null) {
    const csv: Record<string, string | null> = {};
    for (const file of csvFilesOf(datapackage)) {
      // a resource path is a file inside the dataset, never elsewhere
      csv[file] = /^[\w.-]+$/.test(file) ? await readDatasetFile(dir, file) : null;
    }
    problems.push(...checkDataset({ documents: dataset?.documents ?? null, datapackage, csv }, limit));
  }
  if (problems.length) {
    for (const p of problems.slice(0, limit)) io.stderr.write(`${NAME}: ${dir}/${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}\n`);
    io.stderr.write(`${NAME}: ${dir}: not a valid dataset (${problems.length >= limit ? `first ${limit} problems` : `${problems.length} problem${problems.length === 1 ? '' : 's'}`})\n`);
    return 1;
  }
  const docs = dataset?.documents ?? [];
  const count = (f: (d: (typeof docs)[number]) => number): number => docs.reduce((n, d) => n + f(d), 0);
  io.stdout.write(`${dir}: valid dataset: ${docs.length} documents, ${count((d) => d.sections.length)} sections, ${count((d) => d.columns.length)} 专栏, ${count((d) => d.metrics.length)} metrics\n`);
  return 0;
}
