// runCorpus: inputs in order, a failure stays in its file. For --jobs N and a corpus big enough
// to pay for starting them, N - 1 worker threads and this thread process documents, with a
// bounded window of documents read ahead; results always come out in input order: output bytes
// never depend on --jobs.
// runCorpusEncoded is the same run for the CLI: each document is serialised where it was made
// (encode-document.ts), so a worker sends bytes and a summary instead of the document.
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { PipelineOptions } from './pipeline.js';
import path from 'node:path';
import { DEFAULT_MAX_BYTES, type InputEntry } from './io/read-inputs.js';
import { memberFormat, memberId, readArchive } from './io/read-archive.js';
import type { EntryList } from './io/input-list.js';
import { sortKey } from './io/select-inputs.js';
import type { Document } from './schema/records.js';
import { compareIds } from './format/id-order.js';
import { documentEncoder, PIECE_UNITS, type EncodedDocument, type OutputSpec } from './format/encode-document.js';
import {
  failedResult,
  processEntry,
  processEntryEncoded,
  processEntryInParts,
  type DocumentResult,
  type EncodedResult,
  type FailedResult,
  type LargeDocument,
  type WorkerReply,
  type WorkerRequest,
  type WorkerSetup,
} from './process-entry.js';

/** A result as a run yields it: every later result's id is at least `floor` (null: none comes after; partsInOrder). */
export type Floored = { floor: string | null };

export interface RunOptions extends PipelineOptions {
  maxBytes?: number;
  /** worker threads to use; 1 processes in this thread */
  jobs?: number;
  /** below both thresholds the corpus is processed in this thread: starting workers costs more */
  workerThreshold?: { files: number; bytes: number };
  /**
   * called once: with the number of worker threads when they are started (the first part of the
   * corpus big enough to pay for them), or with 0 at the end of a run processed in this thread
   */
  onPlan?: (workers: number) => void;
  /** starts one worker thread (default: `new Worker`); a run starts its workers once, whatever its archives */
  startWorker?: (url: URL, options: WorkerOptions) => Worker;
  /** an archive member that is not a document (another type, an archive inside the archive) */
  onSkipped?: (path: string, reason: string) => void;
  /** --since: the previous dataset's document for an entry marked `reuse`, asked for in id order */
  previous?: (id: string) => Promise<Document>;
  /** where a document is large (LARGE_DOCUMENT); tests make it tiny */
  largeDocument?: LargeDocument;
}

export const LARGE_DOCUMENT: LargeDocument = { inputBytes: 8 * 1024 * 1024, partChars: 1 << 20, pieceUnits: PIECE_UNITS };

/** Archive members are handed to the jobs in batches of about this many bytes (or ARCHIVE_BATCH_FILES members). */
export const ARCHIVE_BATCH_BYTES = 32 * 1024 * 1024;
export const ARCHIVE_BATCH_FILES = 512;

/** Starting a worker costs tens of milliseconds; a corpus this big pays for it. */
export const DEFAULT_WORKER_THRESHOLD = { files: 48, bytes: 4 * 1024 * 1024 };
/**
 * A worker's young generation (V8's default is sized for one busy main thread, tens of MB). A
 * document's garbage is short-lived, so a small one costs no measurable CPU, and each worker
 * holds less: on /tmp/c100 with --jobs 2, peak RSS 379 MB -> 311 MB (c10: ~290 -> ~258 MB, CPU
 * time the same within noise). It is not a limit: large objects and survivors go elsewhere.
 */
export const WORKER_YOUNG_GENERATION_MB = 8;
/** Documents sent to a worker at once: it never waits to be fed between two of them. */
export const QUEUED_PER_WORKER = 3;
/**
 * Documents read ahead of the one to be written next, per job. Documents differ in size, so the
 * jobs finish out of order; a window this deep lets them run on while one slow document holds up
 * the writer (with 3, the main thread sat idle a third of the time). Memory stays bounded: by
 * this count, and by READ_AHEAD_BYTES of input.
 */
export const IN_FLIGHT_PER_JOB = 16;
/** Input bytes read ahead at most (one document more than this is always allowed). */
export const READ_AHEAD_BYTES = 64 * 1024 * 1024;

/** The compiled worker script; absent when running from TypeScript sources (tests of src/). */
function workerUrl(): URL | null {
  return import.meta.url.endsWith('.js') ? new URL('./workers/process-entry.js', import.meta.url) : null;
}

interface Task<R> {
  index: number;
  entry: InputEntry;
  resolve: (r: R | FailedResult) => void;
}

/**
 * A fixed set of workers. Each is sent up to `perWorker` documents at once and answers them in
 * order: it never waits for this thread between two documents, and this thread, which may be
 * busy with a document of its own, is woken once per answer.
 */
class WorkerPool<R extends { entry: InputEntry }> {
  private readonly sent = new Map<Worker, Array<Task<R>>>();
  private readonly queue: Array<Task<R>> = [];
  private closed = false;

  constructor(
    private readonly url: URL,
    private readonly setup: WorkerSetup,
    readonly size: number,
    private readonly perWorker: number,
    private readonly start: (url: URL, options: WorkerOptions) => Worker,
  ) {
    for (let i = 0; i < size; i++) this.spawn();
  }

  private spawn(): void {
    const worker = this.start(this.url, { workerData: this.setup, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
    const tasks: Array<Task<R>> = [];
    this.sent.set(worker, tasks);
    worker.on('message', (reply: WorkerReply<R>) => {
      const task = tasks.shift();
      task?.resolve({ ...reply.result, entry: task.entry });
      this.feed();
    });
    // A worker that dies takes only its current document with it; the ones queued behind it go to another.
    let dead = false;
    const fail = (error: unknown): void => {
      if (dead) return;
      dead = true;
      this.sent.delete(worker);
      const [current, ...queued] = tasks;
      if (current) current.resolve(failedResult(current.entry, error));
      this.queue.unshift(...queued);
      if (!this.closed) {
        this.spawn();
        this.feed();
      }
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (!this.closed && tasks.length > 0) fail(new Error(`worker stopped with code ${code}`));
    });
  }

  /** Sends queued documents to the workers with the fewest outstanding, up to perWorker each. */
  private feed(): void {
    while (this.queue.length > 0) {
      let target: Worker | null = null;
      let least = this.perWorker;
      for (const [worker, tasks] of this.sent) {
        if (tasks.length < least) {
          least = tasks.length;
          target = worker;
        }
      }
      if (!target) return;
      const task = this.queue.shift()!;
      this.sent.get(target)!.push(task);
      target.postMessage({ index: task.index, entry: task.entry } satisfies WorkerRequest);
    }
  }

  /** Whether a worker could take a document now (nothing waits in the queue). */
  hasRoom(): boolean {
    if (this.queue.length > 0) return false;
    for (const tasks of this.sent.values()) if (tasks.length < this.perWorker) return true;
    return false;
  }

  run(index: number, entry: InputEntry): Promise<R | FailedResult> {
    return new Promise((resolve) => {
      this.queue.push({ index, entry, resolve });
      this.feed();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const all = [...this.sent.keys()];
    this.sent.clear();
    await Promise.all(all.map((w) => w.terminate()));
  }
}

/**
 * The one pool of a run: started the first time a part of the corpus (the loose files, or a batch
 * of an archive's members) is big enough to pay for it, then used by every later part, and closed
 * when the run ends. Starting a pool per part made each new worker load and compile the pipeline
 * again: over a 1 GB archive, two jobs spent 2.2–2.4× the CPU of one.
 */
class RunPool<R extends { entry: InputEntry }> {
  private pool: WorkerPool<R> | null = null;

  constructor(
    private readonly url: URL | null,
    private readonly options: RunOptions,
    private readonly outputs: OutputSpec | null,
  ) {}

  /** The pool for a part of the corpus: the run's, started now if its `counted` entries pay for it; null: this thread alone. */
  for(entries: EntryList, counted: (entry: InputEntry) => boolean): WorkerPool<R> | null {
    if (this.pool || !this.url) return this.pool;
    const workers = workersFor(entries, counted, this.options);
    if (workers === 0) return null;
    const { encoding, maxBytes, templates } = this.options;
    const pipelineOptions = { ...(encoding ? { encoding } : {}), ...(maxBytes ? { maxBytes } : {}), ...(templates ? { templates } : {}) };
    const start = this.options.startWorker ?? ((url: URL, options: WorkerOptions) => new Worker(url, options));
    this.pool = new WorkerPool<R>(this.url, { options: pipelineOptions, outputs: this.outputs }, workers, QUEUED_PER_WORKER, start);
    this.options.onPlan?.(workers);
    return this.pool;
  }

  async close(): Promise<void> {
    if (this.pool) await this.pool.close();
    else this.options.onPlan?.(0);
  }
}

/**
 * Worker threads to start for `--jobs N`: N - 1, because this thread processes documents too
 * (N threads in all, so N cores are kept busy without a thread more than there are jobs); none
 * for a corpus too small to pay for starting one.
 */
function workersFor(entries: EntryList, counted: (entry: InputEntry) => boolean, options: RunOptions): number {
  const jobs = options.jobs ?? 1;
  if (jobs <= 1) return 0;
  const threshold = options.workerThreshold ?? DEFAULT_WORKER_THRESHOLD;
  let files = 0;
  let bytes = 0;
  for (let i = 0; i < entries.length; i++) {
    const e = entries.at(i)!;
    if (!counted(e)) continue;
    if (e.location !== '-') files++;
    bytes += e.size;
  }
  if (files < threshold.files && bytes < threshold.bytes) return 0;
  return Math.min(jobs - 1, files);
}

/** Yields one result per entry, in entry order. Stopping early (return()) stops the workers. */
export function runCorpus(entries: EntryList, options: RunOptions = {}): AsyncGenerator<DocumentResult & Floored> {
  return runInOrder<DocumentResult>(entries, options, null, (entry) => processEntry(entry, options), (entry, document) => ({ ok: true, entry, document }), () => false);
}

/**
 * runCorpus for a writer: each document comes serialised as `outputs` asks, instead of whole.
 * With worker threads the serialising is done in the workers, and the dataset bytes are
 * transferred, not copied: the main thread, which all documents pass through, only writes.
 */
export function runCorpusEncoded(entries: EntryList, outputs: OutputSpec, options: RunOptions = {}): AsyncGenerator<EncodedResult & Floored> {
  let encode: ((doc: Document) => EncodedDocument) | null = null;
  const large = options.largeDocument ?? LARGE_DOCUMENT;
  const inParts = (entry: InputEntry): boolean => entry.size >= large.inputBytes && takesPieces(outputs);
  // a document in pieces makes every dataset file's part; with no dataset, only its record is printed
  const csv = outputs.dataset ?? outputs.printer?.csv ?? {};
  return runInOrder<EncodedResult>(
    entries,
    options,
    outputs,
    (entry) => (inParts(entry) ? processEntryInParts(entry, options, csv, large) : processEntryEncoded(entry, options, (encode ??= documentEncoder(outputs, true)))),
    (entry, document) => ({ ok: true, entry, encoded: (encode ??= documentEncoder(outputs, true))(document) }),
    inParts,
  );
}

/**
 * Whether a large document may be written in pieces: to a dataset, and to stdout only where a
 * record is the whole document (JSON or NDJSON without --table: its documents.json part); a
 * table's rows on stdout are made from the whole document.
 */
function takesPieces(outputs: OutputSpec): boolean {
  const printer = outputs.printer;
  if (printer === null) return outputs.dataset !== null;
  return printer.table === null && (printer.format === 'json' || printer.format === 'ndjson');
}

/** Every part of the run (partsInOrder) through the run's one pool (RunPool), closed when the run ends or is stopped. */
async function* runInOrder<R extends DocumentResult | EncodedResult>(
  entries: EntryList,
  options: RunOptions,
  outputs: OutputSpec | null,
  inThisThread: (entry: InputEntry) => Promise<R>,
  copied: (entry: InputEntry, document: Document) => R,
  thisThreadOnly: (entry: InputEntry) => boolean,
): AsyncGenerator<R & Floored> {
  const pool = new RunPool<R>(workerUrl(), options, outputs);
  try {
    // a document processed in this thread (a large one) never pays for a worker: alone, it would leave one idle (an isolate, 15-30 MB)
    yield* partsInOrder(entries, options, copied, (part) => runEntries(part, pool.for(part, (e) => !thisThreadOnly(e)), inThisThread, thisThreadOnly));
  } finally {
    await pool.close();
  }
}

const isLoose = (entry: InputEntry): boolean => !entry.archive && !entry.reuse;

/** entries[from, to) as a list of its own, no entry made until asked for. */
function rangeOf(entries: EntryList, from: number, to: number): EntryList {
  return from === 0 && to === entries.length ? entries : { length: to - from, at: (i) => (i >= 0 && i < to - from ? entries.at(from + i) : undefined) };
}

/**
 * The run's parts in order: each run of loose files (a range of `entries`: the plan's entries are
 * made as they are dispatched), and each archive's members in batches of entries that carry their
 * bytes (memory holds a batch, whatever the archive's size), each part through `run`; a reused
 * document and an archive's failed member come out between them.
 * `entries` are in id order (selectInputs), so each result says its `floor`: every result after
 * it has an id of at least that (null: none comes after), which lets stdout be written in id
 * order as the results come (IdOrderedStream). After a loose file, the next input's sort key;
 * after a zip's or a WARC's member (read in id order), its own id or the next input's key,
 * whichever is smaller; after a tar's member, the tar's key (its members come in any order).
 */
async function* partsInOrder<R extends DocumentResult | EncodedResult>(
  entries: EntryList,
  options: RunOptions,
  copied: (entry: InputEntry, document: Document) => R,
  run: (part: EntryList) => AsyncGenerator<R>,
): AsyncGenerator<R & Floored> {
  const keyAfter = (i: number): string | null => (i + 1 < entries.length ? sortKey(entries.at(i + 1)!) : null);
  const floored = (r: R, floor: string | null): R & Floored => Object.assign(r, { floor });
  for (let i = 0; i < entries.length; ) {
    let end = i;
    while (end < entries.length && isLoose(entries.at(end)!)) end++;
    if (end > i) {
      // results come in entry order: the k-th is entries[i + k]'s
      let k = i;
      for await (const r of run(rangeOf(entries, i, end))) yield floored(r, keyAfter(k++));
      i = end;
      continue;
    }
    const index = i++;
    const entry = entries.at(index)!;
    if (entry.reuse && options.previous) {
      yield floored(copied(entry, await options.previous(entry.id)), keyAfter(index));
      continue;
    }
    const next = keyAfter(index);
    const memberFloor = (r: R): string | null => {
      if (entry.archive === 'tar' || entry.archive === 'tar.gz') return sortKey(entry);
      return next !== null && compareIds(next, r.entry.id) < 0 ? next : r.entry.id;
    };
    let batch: InputEntry[] = [];
    let batchBytes = 0;
    async function* batchResults(): AsyncGenerator<R & Floored> {
      const part = batch;
      batch = [];
      batchBytes = 0;
      for await (const r of run(part)) yield floored(r, memberFloor(r));
    }
    for await (const item of archiveEntries(entry, options.maxBytes ?? DEFAULT_MAX_BYTES)) {
      if ('skipped' in item) {
        options.onSkipped?.(item.skipped, item.reason);
        continue;
      }
      if (!('location' in item)) {
        if (batch.length) yield* batchResults();
        yield floored(item as R, memberFloor(item as R));
        continue;
      }
      batch.push(item);
      batchBytes += item.size;
      if (batchBytes >= ARCHIVE_BATCH_BYTES || batch.length >= ARCHIVE_BATCH_FILES) yield* batchResults();
    }
    if (batch.length) yield* batchResults();
  }
}

/** An archive's members as entries carrying their bytes, in archive order; what is not a document is skipped or failed. */
export async function* archiveEntries(archive: InputEntry, maxBytes: number): AsyncGenerator<InputEntry | FailedResult | { skipped: string; reason: string }> {
  for await (const item of readArchive(archive.location, archive.archive!, { maxBytes })) {
    const memberPath = item.path ? `${archive.path}/${item.path}` : archive.path;
    const id = item.path ? memberId(archive.id, item.path) : archive.id;
    const at: InputEntry = { location: `${archive.location}#${item.path}`, path: memberPath, id, format: null, size: 0 };
    if (item.kind === 'skipped') {
      yield { skipped: memberPath, reason: item.reason };
      continue;
    }
    // refused before the run (archive-id-clashes.ts): its id is another input's too
    const clash = item.path ? archive.refused?.get(('url' in item ? item.url : undefined) ?? item.path) : undefined;
    if (clash !== undefined) {
      yield { ok: false, entry: at, code: 'read/id-clash', message: clash };
      continue;
    }
    if (item.kind === 'failed') {
      yield { ok: false, entry: at, code: item.code, message: item.message };
      continue;
    }
    const format = memberFormat(item.path, item.mediaType);
    if (format !== null && typeof format === 'object') {
      yield { skipped: memberPath, reason: format.skipped };
      continue;
    }
    yield { ...at, format, size: item.bytes.byteLength, bytes: item.bytes, ...(item.charset ? { charset: item.charset } : {}), ...(item.url ? { url: item.url } : {}) };
  }
}

/** One part's results in order: with a pool, its workers and this thread take documents ahead; without, this thread alone. */
async function* runEntries<R extends DocumentResult | EncodedResult>(
  entries: EntryList,
  pool: WorkerPool<R> | null,
  inThisThread: (entry: InputEntry) => Promise<R>,
  thisThreadOnly: (entry: InputEntry) => boolean,
): AsyncGenerator<R> {
  if (!pool) {
    for (let i = 0; i < entries.length; i++) yield await inThisThread(entries.at(i)!);
    return;
  }
  // every job, this thread included, may hold IN_FLIGHT_PER_JOB documents
  const window = (pool.size + 1) * IN_FLIGHT_PER_JOB;
  const pending = new Map<number, Promise<R | FailedResult>>();
  const settled = new Map<number, R | FailedResult>();
  let dispatched = 0;
  // input bytes of the documents dispatched and not yet yielded
  let aheadBytes = 0;
  // the entry to dispatch next, made once (an InputList makes a new one each time it is asked)
  let upcoming: InputEntry | null = null;
  const next = (): InputEntry => (upcoming ??= entries.at(dispatched)!);
  const take = (): InputEntry => {
    const entry = next();
    aheadBytes += entry.size;
    upcoming = null;
    dispatched++;
    return entry;
  };
  const roomAhead = (i: number): boolean => dispatched < entries.length && dispatched < i + window && (dispatched === i || aheadBytes + next().size <= READ_AHEAD_BYTES);
  const dispatch = (index: number, entry: InputEntry): void => {
    const job = pool.run(index, entry);
    pending.set(index, job);
    void job.then((r) => settled.set(index, r));
  };
  for (let i = 0; i < entries.length; i++) {
    // Documents ahead are handed out while the one to yield next is not done: to the workers
    // while they have room, else this thread takes one itself. stdin is read by this thread
    // only, and a large document is made in parts here, as the writer reads them.
    for (;;) {
      while (roomAhead(i) && pool.hasRoom() && next().location !== '-' && !thisThreadOnly(next())) {
        const index = dispatched;
        dispatch(index, take());
      }
      if (settled.has(i) || !roomAhead(i)) break;
      const index = dispatched;
      settled.set(index, await inThisThread(take()));
      // let the workers' answers in (a turn of the event loop), so that they are fed again
      await new Promise((resolve) => setImmediate(resolve));
    }
    const result = settled.get(i) ?? (await pending.get(i)!);
    aheadBytes -= result.entry.size;
    settled.delete(i);
    pending.delete(i);
    // a failure has the same shape in either kind of run
    yield result as R;
  }
}
