// The only writer of the file system. A dataset is written into a temporary folder beside
// DIR and swapped in whole, so an interrupted run leaves the previous dataset intact.
import { createWriteStream, promises as fs, renameSync, rmSync, type WriteStream } from 'node:fs';
import path from 'node:path';
import { whenDrained } from './drain.js';
import type { Document } from '../schema/records.js';
import { csvHeader, type CsvOptions } from '../format/to-csv.js';
import { jsonArrayFramer } from '../format/stream-format.js';
import { TABLES } from '../format/tables.js';
import { DATASET_FILES, encodeDatasetChunk, type DatasetChunk } from '../format/encode-document.js';
import { dataPackage, toDataPackageJson, type ToolStamp } from '../format/datapackage.js';
import { toolStamp } from './tool-stamp.js';

/**
 * Documents' parts are gathered and written to each file in batches of about this many bytes:
 * one write per file per batch instead of one per document, which cost more than the bytes
 * (a stream write and an await per document per file).
 */
export const BATCH_BYTES = 1 << 20;

/** Resolves when the stream has written what it holds, or can no longer write (the error is kept elsewhere). */
const drained = (stream: WriteStream): Promise<void> => whenDrained(stream, () => !stream.writableNeedDrain || stream.destroyed);

function close(stream: WriteStream): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.once('error', reject);
    stream.end(resolve);
  });
}

export interface DatasetWriter {
  add(doc: Document): Promise<void>;
  /** a document already serialised by encodeDatasetChunk (e.g. in a worker thread); the same bytes as add(doc) */
  addChunk(chunk: DatasetChunk): Promise<void>;
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
  // one stream per file, in DATASET_FILES order: documents.json, then the tables' CSV
  const streams = DATASET_FILES.map((name) => createWriteStream(path.join(temp, name)));
  TABLES.forEach((table, i) => streams[i + 1]!.write(bom + csvHeader(table)));
  // A write error (disk full) surfaces at the next add() or commit(); after abort() none matters.
  let failure: Error | null = null;
  for (const stream of streams) stream.on('error', (e) => void (failure ??= e));
  const check = (): void => {
    if (failure) throw failure;
  };
  // documents.json has the bytes `--format json` prints
  const documentsJson = jsonArrayFramer();
  const batch: Uint8Array[][] = streams.map(() => []);
  let batchBytes = 0;
  const flush = async (): Promise<void> => {
    // The previous batch is waited for only now, so that it was written while this one was made.
    await Promise.all(streams.map(drained));
    check();
    streams.forEach((stream, i) => {
      const parts = batch[i]!;
      if (parts.length) stream.write(parts.length === 1 ? parts[0]! : Buffer.concat(parts));
      batch[i] = [];
    });
    batchBytes = 0;
  };
  const addChunk = async (chunk: DatasetChunk): Promise<void> => {
    check();
    let at = 0;
    chunk.lengths.forEach((length, i) => {
      if (i === 0) batch[0]!.push(Buffer.from(documentsJson.frame({ text: '', records: 1 })));
      if (length) batch[i]!.push(chunk.bytes.subarray(at, at + length));
      at += length;
    });
    batchBytes += at;
    if (batchBytes >= BATCH_BYTES) await flush();
  };
  const old = `${temp}.old`;
  let hadOld = false;
  let swapped = false;
  let aborted = false;
  const abort = (): void => {
    if (aborted) return;
    aborted = true;
    for (const stream of streams) stream.destroy();
    // before the swap the new dataset is dropped; after it, only the old one left to remove
    if (!swapped) rmSync(temp, { recursive: true, force: true });
    if (hadOld) rmSync(old, { recursive: true, force: true });
  };
  return {
    add: (doc) => addChunk(encodeDatasetChunk(doc, options)),
    addChunk,
    async commit(beforeSwap) {
      await flush();
      streams[0]!.write(documentsJson.end());
      await Promise.all(streams.map(close));
      check();
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
