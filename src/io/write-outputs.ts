// The writer of a dataset. Its files are written into a staging folder inside DIR and committed
// by dataset-dir.ts, which replaces only the files DIR's manifest lists: an interrupted run
// leaves the previous dataset, and files that are not the tool's stay.
import { createWriteStream, existsSync, mkdirSync, promises as fs, rmSync, type WriteStream } from 'node:fs';
import path from 'node:path';
import { whenDrained } from './drain.js';
import type { Document } from '../schema/records.js';
import { csvHeader, type CsvOptions } from '../format/to-csv.js';
import { jsonArrayFramer } from '../format/stream-format.js';
import { TABLES } from '../format/tables.js';
import { DATASET_FILES, encodeDatasetChunk, type DatasetChunk } from '../format/encode-document.js';
import { dataPackage, toDataPackageJson, type ToolStamp } from '../format/datapackage.js';
import { toolStamp } from './tool-stamp.js';
import { checkNotAnInput, checkWritable, commitStaging, finishCommit, makeStaging, removeIfEmpty, takeLock } from './dataset-dir.js';

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
  /**
   * Finishes every file, lets `beforeSwap` add to the finished folder (each file it adds must be
   * a registered output: registerOutput), and commits the dataset into place.
   */
  commit(beforeSwap?: (tempDir: string) => Promise<void>): Promise<void>;
  /** Removes the staging folder and the lock; the previous dataset stays. Synchronous, so a signal handler can call it. */
  abort(): void;
  /** the staging folder, where the dataset is written before commit() */
  readonly tempDir: string;
}

export { OutputDirError, OutputBusyError, registerOutput, MANIFEST_FILE } from './dataset-dir.js';

export interface OpenOptions extends CsvOptions {
  tool?: ToolStamp;
  /** the run's input arguments: DIR may not be, contain or sit inside one of them */
  inputs?: readonly string[];
}

/**
 * Opens a dataset in a staging folder inside `dir` (created if missing), holding dir's lock;
 * nothing in `dir` changes until commit(). Refuses (OutputDirError, OutputBusyError) before
 * writing anything when the manifest rule forbids `dir`, or another run holds it.
 */
export async function openDataset(dir: string, options: OpenOptions = {}): Promise<DatasetWriter> {
  const target = path.resolve(dir);
  if (options.inputs) checkNotAnInput(target, options.inputs);
  checkWritable(target);
  const tool = options.tool ?? (await toolStamp());
  const created = !existsSync(target);
  if (created) mkdirSync(target, { recursive: true });
  let release: () => void;
  try {
    release = takeLock(target);
  } catch (e) {
    if (created) removeIfEmpty(target);
    throw e;
  }
  let temp: string;
  try {
    finishCommit(target); // a commit a killed run left is finished first
    checkWritable(target);
    temp = makeStaging(target);
  } catch (e) {
    release();
    if (created) removeIfEmpty(target);
    throw e;
  }
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
  let committed = false;
  let aborted = false;
  const abort = (): void => {
    if (aborted) return;
    aborted = true;
    for (const stream of streams) stream.destroy();
    // before the commit point the staging folder is dropped and DIR is as it was; after it the
    // commit was finished synchronously, so there is nothing to undo
    if (!committed) rmSync(temp, { recursive: true, force: true });
    release();
    if (created && !committed) removeIfEmpty(target);
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
      if (aborted) return;
      // synchronous from here to the end: a signal handler cannot run in the middle
      commitStaging(target, temp);
      committed = true;
      release();
    },
    abort,
    tempDir: temp,
  };
}
