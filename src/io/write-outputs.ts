// The writer of a dataset. Its files are written into a staging folder inside DIR and committed
// by dataset-dir.ts, which replaces only the files DIR's manifest lists: an interrupted run
// leaves the previous dataset, and files that are not the tool's stay.
import { createWriteStream, existsSync, mkdirSync, promises as fs, rmSync, type WriteStream } from 'node:fs';
import path from 'node:path';
import { whenDrained } from './drain.js';
import type { Document } from '../schema/records.js';
import { csvHeader, type CsvOptions } from '../format/to-csv.js';
import { TABLES } from '../format/tables.js';
import { DATASET_FILES, encodeDatasetChunk, type DatasetChunk } from '../format/encode-document.js';
import { dataPackage, toDataPackageJson, type ToolStamp } from '../format/datapackage.js';
import { toolStamp } from './tool-stamp.js';
import { checkNotAnInput, checkWritable, commitStaging, finishCommit, makeStaging, removeIfEmpty, spillDirOf, takeLock } from './dataset-dir.js';
import { IdOrder, type ChunkSink } from './id-order.js';
import { DOCUMENTS_JSON, JSON_LAYOUT, documentTexts, documentsPart } from './read-documents.js';

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
  /** a document already serialised by encodeDatasetChunk (e.g. in a worker thread), with its id; the same bytes as add(doc) */
  addChunk(chunk: DatasetChunk, id: string): Promise<void>;
  /**
   * Finishes every file (documents in id order, whatever order they were added in), lets
   * `beforeSwap` add to the finished folder (each file it adds must be a registered output:
   * registerOutput), and commits the dataset into place.
   */
  commit(beforeSwap?: (tempDir: string) => Promise<void>): Promise<void>;
  /** Removes the staging folder and the lock; the previous dataset stays. Synchronous, so a signal handler can call it. */
  abort(): void;
  /** the staging folder, where the dataset is written before commit() */
  readonly tempDir: string;
}

export { OutputDirError, OutputBusyError, registerOutput, MANIFEST_FILE } from './dataset-dir.js';

/** documents.json past this many bytes becomes NDJSON parts of at most this many (--split-size) */
export const SPLIT_SIZE = 1024 ** 3;

export interface OpenOptions extends CsvOptions {
  tool?: ToolStamp;
  /** the run's input arguments: DIR may not be, contain or sit inside one of them */
  inputs?: readonly string[];
  /** --encoding, recorded in datapackage.json (null: detected per document) */
  encoding?: string | null;
  /** --split-size: the most bytes documents.json, or an NDJSON part of it, may hold (default SPLIT_SIZE) */
  splitSize?: number;
  /** the ordering layer's memory and merge width (id-order.ts); tests make them tiny */
  sortBufferBytes?: number;
  mergeFanIn?: number;
}

interface SinkOptions {
  bom: string;
  splitSize: number;
}

/**
 * The dataset's files in staging, written in the order chunks come (the ordering layer hands
 * them over in id order): documents.json, or NDJSON parts once it would pass the split size,
 * and a CSV file per table.
 */
function openSink(temp: string, options: SinkOptions): ChunkSink & { destroy(): void } {
  const headers = TABLES.map((table) => Buffer.from(options.bom + csvHeader(table)));
  const tableNames = DATASET_FILES.slice(1);
  // stream 0 is the current documents file; then one stream per table, in DATASET_FILES order
  const streams: WriteStream[] = [createWriteStream(path.join(temp, DOCUMENTS_JSON)), ...tableNames.map((name) => createWriteStream(path.join(temp, name)))];
  headers.forEach((header, i) => streams[i + 1]!.write(header));
  // A write error (disk full) surfaces at the next append() or finish(); after destroy() none matters.
  let failure: Error | null = null;
  const watch = (stream: WriteStream): void => void stream.on('error', (e) => void (failure ??= e));
  streams.forEach(watch);
  const check = (): void => {
    if (failure) throw failure;
  };
  let form: 'json' | 'ndjson' = 'json';
  const parts: string[] = [];
  /** bytes in the current documents file, framing included */
  let documentBytes = 0;
  let records = 0;
  const batch: Uint8Array[][] = streams.map(() => []);
  let batchBytes = 0;
  const flush = async (): Promise<void> => {
    // The previous batch is waited for only now, so that it was written while this one was made.
    await Promise.all(streams.map(drained));
    check();
    streams.forEach((stream, i) => {
      const pieces = batch[i]!;
      if (pieces.length) stream.write(pieces.length === 1 ? pieces[0]! : Buffer.concat(pieces));
      batch[i] = [];
    });
    batchBytes = 0;
  };
  const nextPart = async (): Promise<void> => {
    await flush();
    await close(streams[0]!);
    parts.push(documentsPart(parts.length + 1));
    streams[0] = createWriteStream(path.join(temp, parts.at(-1)!));
    watch(streams[0]);
    documentBytes = 0;
  };
  /** documents.json so far becomes the first NDJSON part: the same records, one a line. */
  const toParts = async (): Promise<void> => {
    await flush();
    streams[0]!.write(records === 0 ? '[]\n' : '\n]\n');
    await close(streams[0]!);
    check();
    form = 'ndjson';
    const json = path.join(temp, DOCUMENTS_JSON);
    parts.push(documentsPart(1));
    streams[0] = createWriteStream(path.join(temp, parts[0]!));
    watch(streams[0]);
    documentBytes = 0;
    for await (const record of documentTexts(temp, JSON_LAYOUT)) {
      if (!('text' in record)) throw new Error(`internal: documents.json could not be read back: ${record.problem}`);
      const line = Buffer.from(`${record.text}\n`, 'utf8');
      documentBytes += line.length;
      if (!streams[0].write(line)) await drained(streams[0]);
    }
    rmSync(json, { force: true });
  };
  return {
    async append(chunk) {
      check();
      const length = chunk.lengths[0]!;
      // A document in pieces is framed around its first and last piece, and the split size is
      // judged at its first (the records are whole in each file, so the last may pass it).
      const [first, last] = [!chunk.rest, !chunk.more];
      if (first && form === 'json' && documentBytes + 2 + length + 3 > options.splitSize) await toParts();
      if (first && form === 'ndjson' && documentBytes > 0 && documentBytes + length + 1 > options.splitSize) await nextPart();
      let at = 0;
      chunk.lengths.forEach((n, i) => {
        if (i === 0 && form === 'json' && first) batch[0]!.push(JSON_FRAME[records === 0 ? 0 : 1]!);
        if (n) batch[i]!.push(chunk.bytes.subarray(at, at + n));
        if (i === 0 && form === 'ndjson' && last) batch[0]!.push(NEWLINE);
        at += n;
      });
      documentBytes += length + (form === 'json' ? (first ? 2 : 0) : last ? 1 : 0);
      if (first) records++;
      batchBytes += at;
      if (batchBytes >= BATCH_BYTES) await flush();
    },
    async finish() {
      await flush();
      if (form === 'json') streams[0]!.write(records === 0 ? '[]\n' : '\n]\n');
      await Promise.all(streams.map(close));
      check();
      return { documents: form === 'json' ? JSON_LAYOUT : { form, files: [...parts] }, headerBytes: [0, ...headers.map((h) => h.length)] };
    },
    files: () => [...(form === 'json' ? [DOCUMENTS_JSON] : parts), ...tableNames],
    destroy() {
      for (const stream of streams) stream.destroy();
    },
  };
}

/** the bytes before a record in documents.json: the array's opening, or the comma after the previous record */
const JSON_FRAME = [Buffer.from('[\n'), Buffer.from(',\n')];
const NEWLINE = Buffer.from('\n');

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
  const sinkOptions: SinkOptions = { bom: options.excel ? '\uFEFF' : '', splitSize: options.splitSize ?? SPLIT_SIZE };
  let sink = openSink(temp, sinkOptions);
  const order = new IdOrder(sink, () => (sink = openSink(temp, sinkOptions)), {
    dir: temp,
    spillDir: spillDirOf(temp),
    ...(options.sortBufferBytes !== undefined ? { bufferBytes: options.sortBufferBytes } : {}),
    ...(options.mergeFanIn !== undefined ? { fanIn: options.mergeFanIn } : {}),
  });
  let committed = false;
  let aborted = false;
  const abort = (): void => {
    if (aborted) return;
    aborted = true;
    sink.destroy();
    order.cleanUp();
    // before the commit point the staging folder is dropped and DIR is as it was; after it the
    // commit was finished synchronously, so there is nothing to undo
    if (!committed) rmSync(temp, { recursive: true, force: true });
    release();
    if (created && !committed) removeIfEmpty(target);
  };
  const settings = { excel: options.excel ?? false, encoding: options.encoding ?? null };
  return {
    add: (doc) => order.add(doc.id, encodeDatasetChunk(doc, options)),
    addChunk: (chunk, id) => order.add(id, chunk),
    async commit(beforeSwap) {
      const layout = await order.finish();
      await fs.writeFile(path.join(temp, 'datapackage.json'), toDataPackageJson(dataPackage(tool, settings, undefined, layout.documents.form === 'ndjson' ? layout.documents.files : null)));
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
