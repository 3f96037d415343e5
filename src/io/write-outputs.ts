// The only writer of the file system. A dataset is written into a temporary folder beside
// DIR and swapped in whole, so an interrupted run leaves the previous dataset intact.
import { createWriteStream, promises as fs, renameSync, rmSync, type WriteStream } from 'node:fs';
import path from 'node:path';
import type { Document } from '../schema/records.js';
import { csvHeader, csvRows, type CsvOptions } from '../format/to-csv.js';
import { streamFormat } from '../format/stream-format.js';
import { TABLES } from '../format/tables.js';
import { dataPackage, toDataPackageJson, type ToolStamp } from '../format/datapackage.js';
import { toolStamp } from './tool-stamp.js';

function writeChunk(stream: WriteStream, chunk: string): Promise<void> {
  return stream.write(chunk) ? Promise.resolve() : new Promise((resolve) => stream.once('drain', resolve));
}

function close(stream: WriteStream): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.once('error', reject);
    stream.end(resolve);
  });
}

export interface DatasetWriter {
  add(doc: Document): Promise<void>;
  /** Finishes every file, lets `beforeSwap` add to the finished folder, and swaps the dataset into place. */
  commit(beforeSwap?: (tempDir: string) => Promise<void>): Promise<void>;
  /** Removes the temporary folder; the previous dataset stays. Synchronous, so a signal handler can call it. */
  abort(): void;
  /** where the dataset is being written before commit() */
  readonly tempDir: string;
}

/** Files a dataset folder may hold; a folder with anything else is not replaced. */
const DATASET_MARKERS = ['datapackage.json', 'documents.json'];

/** Refused before anything is written: replacing DIR would delete files that are not a dataset. */
export class OutputDirError extends Error {
  readonly code = 'usage/not-a-dataset';
}

async function checkReplaceable(target: string): Promise<void> {
  let names: string[];
  try {
    names = await fs.readdir(target);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    if (code === 'ENOTDIR') throw new OutputDirError('is a file, not a folder; name a new or dataset folder for -o');
    throw e;
  }
  if (names.length > 0 && !DATASET_MARKERS.some((m) => names.includes(m)))
    throw new OutputDirError('is a folder that holds no dataset; -o replaces the folder whole, so name a new or dataset folder');
}

const tempPrefix = (target: string): string => `.${path.basename(target)}.tmp-`;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A run killed outright (SIGKILL, power loss) cannot clean up: its temporary folder, named with
 * its process id, is removed by the next run into the same DIR once that process is gone.
 */
async function removeStaleTemps(target: string): Promise<void> {
  const prefix = tempPrefix(target);
  const names = await fs.readdir(path.dirname(target)).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(/^(\d+)-/.exec(name.slice(prefix.length))?.[1]);
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && !isRunning(pid)) await fs.rm(path.join(path.dirname(target), name), { recursive: true, force: true });
  }
}

/** Opens a dataset in a temporary folder beside `dir`; nothing appears at `dir` until commit(). */
export async function openDataset(dir: string, options: CsvOptions & { tool?: ToolStamp } = {}): Promise<DatasetWriter> {
  const target = path.resolve(dir);
  await checkReplaceable(target);
  const tool = options.tool ?? (await toolStamp());
  await fs.mkdir(path.dirname(target), { recursive: true });
  await removeStaleTemps(target);
  const temp = await fs.mkdtemp(path.join(path.dirname(target), `${tempPrefix(target)}${process.pid}-`));
  await fs.chmod(temp, 0o755); // mkdtemp makes it private; a dataset is an ordinary folder
  const bom = options.excel ? '\uFEFF' : '';
  const json = createWriteStream(path.join(temp, 'documents.json'));
  const csv = TABLES.map((table) => ({ table, stream: createWriteStream(path.join(temp, `${table.name}.csv`)) }));
  for (const { table, stream } of csv) stream.write(bom + csvHeader(table));
  // A write error (disk full) surfaces at the next add() or commit(); after abort() none matters.
  let failure: Error | null = null;
  for (const stream of [json, ...csv.map((c) => c.stream)]) stream.on('error', (e) => void (failure ??= e));
  const check = (): void => {
    if (failure) throw failure;
  };
  // documents.json has the bytes `--format json` prints
  const documentsJson = streamFormat('json', null);
  const old = `${temp}.old`;
  let hadOld = false;
  let swapped = false;
  let aborted = false;
  const abort = (): void => {
    if (aborted) return;
    aborted = true;
    json.destroy();
    for (const { stream } of csv) stream.destroy();
    // before the swap the new dataset is dropped; after it, only the old one left to remove
    if (!swapped) rmSync(temp, { recursive: true, force: true });
    if (hadOld) rmSync(old, { recursive: true, force: true });
  };
  return {
    async add(doc) {
      check();
      await writeChunk(json, documentsJson.item(doc));
      for (const { table, stream } of csv) await writeChunk(stream, csvRows(table, doc, options));
    },
    async commit(beforeSwap) {
      check();
      json.write(documentsJson.end());
      await Promise.all([close(json), ...csv.map(({ stream }) => close(stream))]);
      await fs.writeFile(path.join(temp, 'datapackage.json'), toDataPackageJson(dataPackage(tool, { excel: options.excel ?? false })));
      if (beforeSwap) await beforeSwap(temp);
      // Swap: the old dataset is moved aside, the new one renamed in, the old one removed. The two
      // renames are synchronous so that no signal handler can run between them: DIR always
      // holds a whole dataset, the old or the new.
      try {
        renameSync(target, old);
        hadOld = true;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      }
      try {
        renameSync(temp, target);
      } catch (e) {
        if (hadOld) renameSync(old, target); // put the old dataset back
        hadOld = false;
        throw e;
      }
      swapped = true;
      if (hadOld) await fs.rm(old, { recursive: true, force: true });
    },
    abort,
    tempDir: temp,
  };
}
