// The writer of a dataset. Its files are written into a staging folder inside DIR and committed
// by dataset-dir.ts, which replaces only the files DIR's manifest lists: an interrupted run
// leaves the previous dataset, and files that are not the tool's stay.
import { createReadStream, createWriteStream, existsSync, mkdirSync, promises as fs, rmSync, type WriteStream } from 'node:fs';
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
  /**
   * A record whose documents part is `length` bytes: the split size judged, framed, and its
   * parts batched (the documents part from `pieceFile` instead, when it came in pieces).
   */
  const appendRecord = async (length: number, chunk: DatasetChunk, pieceFile?: string): Promise<void> => {
    if (form === 'json' && documentBytes + 2 + length + 3 > options.splitSize) await toParts();
    if (form === 'ndjson' && documentBytes > 0 && documentBytes + length + 1 > options.splitSize) await nextPart();
    let at = 0;
    if (form === 'json') batch[0]!.push(JSON_FRAME[records === 0 ? 0 : 1]!);
    if (pieceFile) {
      await flush();
      await copyInto(pieceFile, streams[0]!);
    }
    chunk.lengths.forEach((n, i) => {
      if (n && !(pieceFile && i === 0)) batch[i]!.push(chunk.bytes.subarray(at, at + n));
      at += n;
    });
    if (form === 'ndjson') batch[0]!.push(NEWLINE);
    documentBytes += length + (form === 'json' ? 2 : 1);
    records++;
    batchBytes += at;
    if (batchBytes >= BATCH_BYTES) await flush();
  };
  // A record in pieces: its documents part goes to a file of its own until its last piece, when
  // its length is known and it is placed as a whole record is (the split size judged by its
  // whole length); its table rows are batched as they come.
  const pieceFile = path.join(temp, PIECE_FILE);
  let piece: { stream: WriteStream; bytes: number } | null = null;
  const appendPiece = async (chunk: DatasetChunk): Promise<void> => {
    if (!chunk.rest || !piece) {
      piece = { stream: createWriteStream(pieceFile), bytes: 0 };
      watch(piece.stream);
    }
    const length = chunk.lengths[0]!;
    piece.stream.write(chunk.bytes.subarray(0, length));
    piece.bytes += length;
    await drained(piece.stream);
    check();
    const tables = chunk.bytes.subarray(length);
    if (chunk.more) {
      let at = 0;
      chunk.lengths.slice(1).forEach((n, i) => {
        if (n) batch[i + 1]!.push(tables.subarray(at, at + n));
        at += n;
      });
      batchBytes += at;
      if (batchBytes >= BATCH_BYTES) await flush();
      return;
    }
    await close(piece.stream);
    const total = piece.bytes;
    piece = null;
    await appendRecord(total, { bytes: tables, lengths: [0, ...chunk.lengths.slice(1)] }, pieceFile);
    rmSync(pieceFile, { force: true });
  };
  return {
    async append(chunk) {
      check();
      if (chunk.more || chunk.rest) return appendPiece(chunk);
      await appendRecord(chunk.lengths[0]!, chunk);
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
      piece?.stream.destroy();
    },
  };
}

/** the bytes before a record in documents.json: the array's opening, or the comma after the previous record */
const JSON_FRAME = [Buffer.from('[\n'), Buffer.from(',\n')];
/** where the documents part of a record in pieces waits for its last piece, in the staging folder */
const PIECE_FILE = '.record-in-pieces';

/** Appends a file's bytes to a stream, a read buffer at a time. */
async function copyInto(file: string, stream: WriteStream): Promise<void> {
  for await (const bytes of createReadStream(file, { highWaterMark: 1 << 20 })) if (!stream.write(bytes)) await drained(stream);
}
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
    // made in this thread and never transferred: a view of the slab of kept chunks
    add: (doc) => order.add(doc.id, encodeDatasetChunk(doc, options, true)),
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
