// The dataset writer's ordering layer: documents reach the writer in input order (a tar's members
// as the tar holds them, an archive's members beside loose files of neighbouring ids), and every
// dataset lists them by id. Memory stays bounded whatever the number of documents:
//
// - The main run. A document whose id comes after the last one written goes straight into the
//   dataset's files (the common case, loose files planned in id order, costs nothing more), and
//   its id and part lengths into a small index file.
// - Any other document waits in a buffer of at most `bufferBytes`; a full buffer is sorted and
//   spilled to a run file (each record: its id, part lengths and parts).
// - At the end, when nothing waited, the dataset's files are done. Otherwise they are moved
//   aside and read back through the index as the main run, and the main run, the spilled runs
//   and the buffer are merged by id into fresh files. At most `fanIn` runs are read at once:
//   more are first merged, `fanIn` at a time, into longer runs (an external merge sort).
//
// Equal ids (which no plan makes) keep their arrival order, so the bytes never depend on how
// the runs fell. Spill files live in a folder beside the staging folder, removed at the end.
//
// stdout cannot be read back, so IdOrderedStream holds every document in the same buffer and
// runs until the caller says no later document can come before it (release(floor)).
import { createWriteStream, mkdirSync, promises as fs, renameSync, rmSync, type WriteStream } from 'node:fs';
import path from 'node:path';
import { compareIds } from '../format/id-order.js';
import type { DatasetChunk } from '../format/encode-document.js';
import { whenDrained } from './drain.js';
import { documentTexts, type DocumentsLayout } from './read-documents.js';

/** Where the ordering layer writes documents in id order: the dataset's files. */
export interface ChunkSink {
  append(chunk: DatasetChunk): Promise<void>;
  /** ends the files; says how to read them back */
  finish(): Promise<SinkLayout>;
  /** the files it wrote, relative to its folder (for moving them aside) */
  files(): string[];
}

export interface SinkLayout {
  documents: DocumentsLayout;
  /** per part of a chunk (DATASET_FILES order): the bytes before the first document's part (a CSV header) */
  headerBytes: number[];
}

export interface IdOrderOptions {
  /** the folder the sink writes (the staging folder) */
  dir: string;
  /** a folder of the ordering layer's own, created when first needed, removed by finish() */
  spillDir: string;
  /** bytes of waiting documents held in memory before a spill */
  bufferBytes?: number;
  /** runs read at once in a merge (at least 3) */
  fanIn?: number;
}

export const SORT_BUFFER_BYTES = 16 * 1024 * 1024;
export const MERGE_FAN_IN = 64;
/** read buffer of each run in a merge: fanIn × this is what a merge holds besides the documents */
const READ_CHUNK = 256 * 1024;

interface Item {
  id: string;
  chunk: DatasetChunk;
}

// ---- run files ---------------------------------------------------------------------------------
// A record: u32 id length, u32 part count, u32 flags (a piece's `more` and `rest`), u32 × part
// count lengths, the id (UTF-8), then, in a run file, the parts themselves (an index file holds
// no parts, and a document written in pieces has one record there, its pieces' lengths summed).

const MORE = 1;
const REST = 2;

function recordHead(id: string, lengths: readonly number[], chunk?: DatasetChunk | null): Buffer {
  const idBytes = Buffer.from(id, 'utf8');
  const head = Buffer.allocUnsafe(12 + 4 * lengths.length + idBytes.length);
  head.writeUInt32LE(idBytes.length, 0);
  head.writeUInt32LE(lengths.length, 4);
  head.writeUInt32LE((chunk?.more ? MORE : 0) | (chunk?.rest ? REST : 0), 8);
  lengths.forEach((n, i) => head.writeUInt32LE(n, 12 + 4 * i));
  idBytes.copy(head, 12 + 4 * lengths.length);
  return head;
}

class RunWriter {
  private failure: Error | null = null;
  private readonly stream: WriteStream;
  constructor(readonly file: string) {
    this.stream = createWriteStream(file);
    this.stream.on('error', (e) => void (this.failure ??= e));
  }
  async write(id: string, chunk: DatasetChunk | null, lengths: readonly number[]): Promise<void> {
    if (this.failure) throw this.failure;
    this.stream.write(recordHead(id, lengths, chunk));
    if (chunk && chunk.bytes.length) this.stream.write(chunk.bytes);
    await whenDrained(this.stream, () => !this.stream.writableNeedDrain || this.stream.destroyed);
  }
  close(): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.failure) return reject(this.failure);
      this.stream.once('error', reject);
      this.stream.end(resolve);
    });
  }
  destroy(): void {
    this.stream.destroy();
  }
}

/** Reads a file front to back, in exact amounts, through a small buffer. */
class ByteReader {
  private buffer = Buffer.alloc(0);
  private at = 0;
  private eof = false;
  private constructor(
    private readonly handle: fs.FileHandle,
    readonly file: string,
  ) {}
  static async open(file: string): Promise<ByteReader> {
    return new ByteReader(await fs.open(file, 'r'), file);
  }
  /** `n` bytes; null when the file ended exactly here; throws when it ends within them */
  async read(n: number): Promise<Buffer | null> {
    while (this.buffer.length - this.at < n && !this.eof) {
      const want = Math.max(READ_CHUNK, n - (this.buffer.length - this.at));
      const fresh = Buffer.allocUnsafe(want);
      const { bytesRead } = await this.handle.read(fresh, 0, want, null);
      if (bytesRead === 0) this.eof = true;
      this.buffer = Buffer.concat([this.buffer.subarray(this.at), fresh.subarray(0, bytesRead)]);
      this.at = 0;
    }
    const left = this.buffer.length - this.at;
    if (left === 0 && n > 0) return null;
    if (left < n) throw new Error(`internal: ${this.file} ends within a record`);
    const out = this.buffer.subarray(this.at, this.at + n);
    this.at += n;
    return out;
  }
  async skip(n: number): Promise<void> {
    if (n > 0 && (await this.read(n)) === null) throw new Error(`internal: ${this.file} is shorter than its header`);
  }
  close(): Promise<void> {
    return this.handle.close();
  }
}

async function readHead(reader: ByteReader): Promise<{ id: string; lengths: number[]; flags: Pick<DatasetChunk, 'more' | 'rest'> } | null> {
  const fixed = await reader.read(12);
  if (!fixed) return null;
  const idLength = fixed.readUInt32LE(0);
  const parts = fixed.readUInt32LE(4);
  const bits = fixed.readUInt32LE(8);
  const rest = (await reader.read(4 * parts + idLength))!;
  const lengths = Array.from({ length: parts }, (_, i) => rest.readUInt32LE(4 * i));
  const flags = { ...(bits & MORE ? { more: true } : {}), ...(bits & REST ? { rest: true } : {}) };
  return { id: rest.toString('utf8', 4 * parts), lengths, flags };
}

/** A spilled run's documents, in the order they were written. */
async function* readRun(file: string): AsyncGenerator<Item> {
  const reader = await ByteReader.open(file);
  try {
    for (let head = await readHead(reader); head; head = await readHead(reader)) {
      const total = head.lengths.reduce((a, b) => a + b, 0);
      const bytes = total ? Buffer.from((await reader.read(total))!) : Buffer.alloc(0);
      yield { id: head.id, chunk: { bytes, lengths: head.lengths, ...head.flags } };
    }
  } finally {
    await reader.close();
  }
}

/** The main run read back from the sink's finished files, through its index. */
async function* readMain(dir: string, layout: SinkLayout, files: readonly string[], indexFile: string): AsyncGenerator<Item> {
  const index = await ByteReader.open(indexFile);
  // part 0 is the documents' records (documents.json or its NDJSON parts), one a record; the
  // other parts are the CSV tables, read by length after their header
  const records = documentTexts(dir, layout.documents)[Symbol.asyncIterator]();
  const tables: ByteReader[] = [];
  try {
    for (let i = 1; i < layout.headerBytes.length; i++) {
      const reader = await ByteReader.open(path.join(dir, files[i - 1]!));
      tables.push(reader);
      await reader.skip(layout.headerBytes[i]!);
    }
    for (let head = await readHead(index); head; head = await readHead(index)) {
      const next = await records.next();
      const value = next.done ? null : next.value;
      if (!value || !('text' in value)) throw new Error(`internal: the main run's documents end before its index (${value ? value.problem : 'end'})`);
      const record = Buffer.from(value.text, 'utf8');
      if (record.length !== head.lengths[0]) throw new Error(`internal: the main run's record of ${head.id} is ${record.length} bytes, its index says ${head.lengths[0]}`);
      const parts: Buffer[] = [record];
      for (let i = 1; i < head.lengths.length; i++) parts.push(head.lengths[i] ? (await tables[i - 1]!.read(head.lengths[i]!))! : Buffer.alloc(0));
      yield { id: head.id, chunk: { bytes: Buffer.concat(parts), lengths: head.lengths } };
    }
  } finally {
    await records.return?.(undefined);
    await index.close();
    for (const t of tables) await t.close();
  }
}

async function* fromArray(items: Item[]): AsyncGenerator<Item> {
  yield* items;
}

/** Merges sources, each in id order, into one in id order; on equal ids the earlier source first. */
async function* mergeRuns(sources: Array<AsyncGenerator<Item>>): AsyncGenerator<Item> {
  // a binary heap of the sources' next items, keyed by (id, source rank)
  const heap: Array<{ item: Item; rank: number }> = [];
  const less = (a: (typeof heap)[number], b: (typeof heap)[number]): boolean => {
    const c = compareIds(a.item.id, b.item.id);
    return c < 0 || (c === 0 && a.rank < b.rank);
  };
  const up = (i: number): void => {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!less(heap[i]!, heap[p]!)) return;
      [heap[i], heap[p]] = [heap[p]!, heap[i]!];
      i = p;
    }
  };
  const down = (i: number): void => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && less(heap[l]!, heap[m]!)) m = l;
      if (r < heap.length && less(heap[r]!, heap[m]!)) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
  };
  try {
    for (let rank = 0; rank < sources.length; rank++) {
      const step = await sources[rank]!.next();
      if (!step.done) {
        heap.push({ item: step.value, rank });
        up(heap.length - 1);
      }
    }
    while (heap.length) {
      const top = heap[0]!;
      yield top.item;
      const step = await sources[top.rank]!.next();
      if (step.done) {
        const last = heap.pop()!;
        if (heap.length) {
          heap[0] = last;
          down(0);
        }
      } else {
        heap[0] = { item: step.value, rank: top.rank };
        down(0);
      }
    }
  } finally {
    for (const s of sources) await s.return(undefined);
  }
}

/**
 * Documents waiting for their turn: a buffer of at most `bufferBytes`, sorted (stably: equal ids
 * keep their order) and spilled to a run file when full.
 */
class Waiting {
  private buffer: Item[] = [];
  private buffered = 0;
  /** the smallest id in the buffer */
  private bufferLeast: string | null = null;
  /** the spilled runs, in the order they were written, each with its first (smallest) id */
  runs: Array<{ file: string; first: string }> = [];
  private runCount = 0;

  constructor(
    private readonly spillDir: string,
    private readonly bufferBytes: number,
    private readonly fanIn: number,
  ) {}

  /** a file in the spill folder, which is created when first needed */
  file(name: string): string {
    mkdirSync(this.spillDir, { recursive: true });
    return path.join(this.spillDir, name);
  }

  async add(id: string, chunk: DatasetChunk): Promise<void> {
    // a view of a much larger buffer (a slab of chunks, encodeDatasetChunk's `kept`) would keep all of it while it waits: a copy waits instead
    if (chunk.bytes.buffer.byteLength - chunk.bytes.byteLength > Buffer.poolSize) chunk = { ...chunk, bytes: Buffer.copyBytesFrom(chunk.bytes) };
    this.buffer.push({ id, chunk });
    this.buffered += chunk.bytes.length + 2 * id.length + 64;
    if (this.bufferLeast === null || compareIds(id, this.bufferLeast) < 0) this.bufferLeast = id;
    if (this.buffered >= this.bufferBytes) await this.writeRun(this.sorted());
  }

  /** Items in id order as a new run file (appended to the runs); nothing when there are none. */
  async writeRun(items: Iterable<Item> | AsyncIterable<Item>, at: 'end' | 'front' = 'end'): Promise<void> {
    const file = this.file(`run-${this.runCount++}`);
    const writer = new RunWriter(file);
    let first: string | null = null;
    try {
      for await (const { id, chunk } of items) {
        first ??= id;
        await writer.write(id, chunk, chunk.lengths);
      }
      await writer.close();
    } catch (e) {
      writer.destroy();
      throw e;
    }
    if (first === null) return rmSync(file, { force: true });
    if (at === 'end') this.runs.push({ file, first });
    else this.runs.unshift({ file, first });
  }

  /** The buffer, sorted, and emptied. */
  sorted(): Item[] {
    const items = this.buffer.sort((a, b) => compareIds(a.id, b.id));
    this.buffer = [];
    this.buffered = 0;
    this.bufferLeast = null;
    return items;
  }

  /** Whether any document waits. */
  get any(): boolean {
    return this.runs.length > 0 || this.buffer.length > 0;
  }

  /** The smallest id waiting (null: none). */
  smallest(): string | null {
    let min = this.bufferLeast;
    for (const { first } of this.runs) if (min === null || compareIds(first, min) < 0) min = first;
    return min;
  }

  /** Merges the runs, `fanIn` at a time, until at most `most` remain. */
  async narrow(most: number): Promise<void> {
    while (this.runs.length > Math.max(1, most)) {
      const group = this.runs.splice(0, this.fanIn);
      // the merged run goes where its group was, so that equal ids keep their arrival order
      await this.writeRun(mergeRuns(group.map((r) => readRun(r.file))), 'front');
      for (const r of group) rmSync(r.file, { force: true });
    }
  }

  /** Every waiting document as sources in id order, earlier arrivals first: the runs, then the buffer. */
  sources(): Array<AsyncGenerator<Item>> {
    return [...this.runs.map((r) => readRun(r.file)), fromArray(this.sorted())];
  }

  cleanUp(): void {
    rmSync(this.spillDir, { recursive: true, force: true });
  }
}

const bufferOf = (options: IdOrderOptions): number => options.bufferBytes ?? SORT_BUFFER_BYTES;
// at least 3: the last merge reads the spilled runs, the main run and the buffer together
const fanInOf = (options: IdOrderOptions): number => Math.max(3, options.fanIn ?? MERGE_FAN_IN);

export class IdOrder {
  private last: string | null = null;
  /** the lengths so far of a document whose pieces go to the main run, while more are to come */
  private piecesToMain: number[] | null = null;
  /** whether the pieces of the document being added go to the main run */
  private piecesMain = false;
  private index: RunWriter | null = null;
  private readonly waiting: Waiting;
  private readonly fanIn: number;

  constructor(
    private sink: ChunkSink,
    private readonly openSink: () => ChunkSink,
    private readonly options: IdOrderOptions,
  ) {
    this.fanIn = fanInOf(options);
    this.waiting = new Waiting(options.spillDir, bufferOf(options), this.fanIn);
  }

  /**
   * A document's chunk, or one of its pieces (DatasetChunk.more / rest): the pieces of a document
   * are added one after another, and go where its first went: all into the main run, back to
   * back, or all into the buffer, where equal ids keep their order through spills and merges.
   */
  async add(id: string, chunk: DatasetChunk): Promise<void> {
    const main = chunk.rest ? this.piecesMain : this.last === null || compareIds(id, this.last) > 0;
    if (chunk.more) this.piecesMain = main;
    if (main) {
      const lengths = chunk.more || chunk.rest ? this.summed(chunk) : chunk.lengths;
      this.index ??= new RunWriter(this.waiting.file('main.index'));
      if (lengths) await this.index.write(id, null, lengths);
      await this.sink.append(chunk);
      this.last = id;
      return;
    }
    await this.waiting.add(id, chunk);
  }

  /** A piece's lengths added to its document's; the document's when this is its last piece, else null. */
  private summed(chunk: DatasetChunk): number[] | null {
    const sum = chunk.rest && this.piecesToMain ? this.piecesToMain : chunk.lengths.map(() => 0);
    chunk.lengths.forEach((n, i) => (sum[i]! += n));
    this.piecesToMain = chunk.more ? sum : null;
    return chunk.more ? null : sum;
  }

  /** Whether documents arrived out of id order, so that finish() has a merge to do. */
  get disordered(): boolean {
    return this.waiting.any;
  }

  /** Writes whatever waits, in id order, and finishes the sink; returns the finished sink's layout. */
  async finish(): Promise<SinkLayout> {
    if (!this.disordered) {
      const layout = await this.sink.finish();
      await this.index?.close();
      this.cleanUp();
      return layout;
    }
    await this.index!.close();
    // runs beyond what one merge reads at once (with the main run and the buffer) are merged into longer ones first
    await this.waiting.narrow(this.fanIn - 2);
    // the main run's files move aside, and the dataset is written afresh in id order
    const layout = await this.sink.finish();
    const aside = this.waiting.file('main');
    mkdirSync(aside, { recursive: true });
    const names = this.sink.files();
    for (const name of names) renameSync(path.join(this.options.dir, name), path.join(aside, name));
    const tableFiles = names.filter((n) => !layout.documents.files.includes(n));
    this.sink = this.openSink();
    const sources = [readMain(aside, layout, tableFiles, path.join(this.options.spillDir, 'main.index')), ...this.waiting.sources()];
    for await (const { chunk } of mergeRuns(sources)) await this.sink.append(chunk);
    const merged = await this.sink.finish();
    this.cleanUp();
    return merged;
  }

  /** Removes the spill folder (also after an abort). */
  cleanUp(): void {
    this.index?.destroy();
    this.waiting.cleanUp();
  }
}

/** Where IdOrderedStream hands documents over in id order: a stream that cannot be read back (stdout). */
export interface ChunkStream {
  append(chunk: DatasetChunk): Promise<void>;
}

/**
 * The ordering layer for a stream (stdout): a document is handed over only once no later one can
 * come before it. The caller adds each document, then says (`release(floor)`) that every document
 * it adds later has an id of at least `floor`: every waiting document below it is handed over, in
 * id order. Documents that come in id order (loose files, a zip's members) pass at once; a tar's
 * members wait, in at most `bufferBytes` of memory and spilled runs, until the tar is read.
 * Equal ids keep their arrival order, as in IdOrder.
 */
export class IdOrderedStream {
  private readonly waiting: Waiting;
  private readonly fanIn: number;

  constructor(
    private readonly stream: ChunkStream,
    options: Pick<IdOrderOptions, 'spillDir' | 'bufferBytes' | 'fanIn'>,
  ) {
    this.fanIn = fanInOf(options as IdOrderOptions);
    this.waiting = new Waiting(options.spillDir, bufferOf(options as IdOrderOptions), this.fanIn);
  }

  add(id: string, chunk: DatasetChunk): Promise<void> {
    return this.waiting.add(id, chunk);
  }

  /** Hands over every waiting document whose id is below `floor` (null: every one), in id order. */
  async release(floor: string | null): Promise<void> {
    const smallest = this.waiting.smallest();
    if (smallest === null || (floor !== null && compareIds(smallest, floor) >= 0)) return;
    const below = (id: string): boolean => floor === null || compareIds(id, floor) < 0;
    if (this.waiting.runs.length === 0) {
      const items = this.waiting.sorted();
      let i = 0;
      for (; i < items.length && below(items[i]!.id); i++) await this.stream.append(items[i]!.chunk);
      for (const { id, chunk } of items.slice(i)) await this.waiting.add(id, chunk);
      return;
    }
    // the runs and the buffer merged: what is below the floor is handed over, the rest is one run again
    await this.waiting.narrow(this.fanIn - 1);
    const sources = this.waiting.sources();
    const runs = this.waiting.runs;
    this.waiting.runs = [];
    const merged = mergeRuns(sources);
    // stepped by hand: leaving a for-await loop would close the merge
    let step = await merged.next();
    for (; !step.done && below(step.value.id); step = await merged.next()) await this.stream.append(step.value.chunk);
    if (!step.done) await this.waiting.writeRun(prepend(step.value, merged));
    for (const r of runs) rmSync(r.file, { force: true });
  }

  /** Hands over everything that waits, and removes the spill folder. */
  async finish(): Promise<void> {
    await this.release(null);
    this.cleanUp();
  }

  /** Removes the spill folder (also when the run stops early). */
  cleanUp(): void {
    this.waiting.cleanUp();
  }
}

async function* prepend(first: Item, rest: AsyncGenerator<Item>): AsyncGenerator<Item> {
  yield first;
  yield* rest;
}
