// runCorpus: inputs in order, a failure stays in its file. Documents are processed in worker
// threads when the corpus is big enough to pay for starting them, with a small window of
// documents in flight, and always come out in input order: output bytes never depend on --jobs.
// runCorpusEncoded is the same run for the CLI: each document is serialised where it was made
// (encode-document.ts), so a worker sends bytes and a summary instead of the document.
import { Worker, type TransferListItem } from 'node:worker_threads';
import { processDocument, type PipelineOptions } from './pipeline.js';
import { readSource, type InputEntry } from './io/read-inputs.js';
import type { Document } from './schema/records.js';
import { DocumentError } from './stages/types.js';
import { documentEncoder, type EncodedDocument, type OutputSpec } from './format/encode-document.js';

export type FailedResult = { ok: false; entry: InputEntry; code: string; message: string; stack?: string };
export type DocumentResult = { ok: true; entry: InputEntry; document: Document } | FailedResult;
export type EncodedResult = { ok: true; entry: InputEntry; encoded: EncodedDocument } | FailedResult;

export interface RunOptions extends PipelineOptions {
  maxBytes?: number;
  /** worker threads to use; 1 processes in this thread */
  jobs?: number;
  /** below both thresholds the corpus is processed in this thread: starting workers costs more */
  workerThreshold?: { files: number; bytes: number };
  /** called once with the number of worker threads actually started (0: in this thread) */
  onPlan?: (workers: number) => void;
}

/** Starting a worker costs tens of milliseconds; a corpus this big pays for it. */
export const DEFAULT_WORKER_THRESHOLD = { files: 48, bytes: 4 * 1024 * 1024 };
/**
 * A worker's young generation (V8's default is sized for one busy main thread, tens of MB). A
 * document's garbage is short-lived, so a small one costs no measurable CPU, and each worker
 * holds less: on /tmp/c100 with --jobs 2, peak RSS 379 MB -> 311 MB (c10: ~290 -> ~258 MB, CPU
 * time the same within noise). It is not a limit: large objects and survivors go elsewhere.
 */
export const WORKER_YOUNG_GENERATION_MB = 8;
/** Documents in flight per job: enough to keep every worker busy, few enough to bound memory. */
export const IN_FLIGHT_PER_JOB = 3;

function classify(error: unknown): { code: string; message: string } {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof DocumentError) return { code: error.code, message };
  // readSource throws plain Errors with a one-line reason; anything else is a bug in a stage
  if (error instanceof Error && error.name === 'Error') return { code: 'read/failed', message };
  return { code: 'internal/crash', message: `internal error: ${message} (rerun with --debug for a stack trace)` };
}

function failed(entry: InputEntry, error: unknown): FailedResult {
  const stack = error instanceof Error ? error.stack : undefined;
  return { ok: false, entry, ...classify(error), ...(stack ? { stack } : {}) };
}

export async function processEntry(entry: InputEntry, options: RunOptions = {}): Promise<DocumentResult> {
  try {
    const source = await readSource(entry, options.maxBytes);
    return { ok: true, entry, document: processDocument(source, options) };
  } catch (error) {
    return failed(entry, error);
  }
}

/** processEntry, then the document serialised by `encode` (documentEncoder); a throw fails this document only. */
export async function processEntryEncoded(entry: InputEntry, options: RunOptions, encode: (doc: Document) => EncodedDocument): Promise<EncodedResult> {
  const result = await processEntry(entry, options);
  if (!result.ok) return result;
  try {
    return { ok: true, entry, encoded: encode(result.document) };
  } catch (error) {
    return failed(entry, error);
  }
}

/** What a result hands over by transfer instead of copying: the serialised dataset bytes. */
export function transferables(result: DocumentResult | EncodedResult): TransferListItem[] {
  const bytes = result.ok && 'encoded' in result ? result.encoded.dataset?.bytes : undefined;
  // allocated outside Node's buffer pool (encodeDatasetChunk), so the whole ArrayBuffer is this document's
  return bytes ? [bytes.buffer as ArrayBuffer] : [];
}

/** The compiled worker script; absent when running from TypeScript sources (tests of src/). */
function workerUrl(): URL | null {
  return import.meta.url.endsWith('.js') ? new URL('./workers/process-entry.js', import.meta.url) : null;
}

/** What a worker is started with: the pipeline options, and what to serialise (null: send whole documents). */
export interface WorkerSetup {
  options: PipelineOptions & { maxBytes?: number };
  outputs: OutputSpec | null;
}
export interface WorkerRequest {
  index: number;
  entry: InputEntry;
}
export interface WorkerReply<R = DocumentResult> {
  index: number;
  result: R;
}

interface Task<R> {
  index: number;
  entry: InputEntry;
  resolve: (r: R | FailedResult) => void;
}

/** A fixed set of workers, each doing one document at a time. */
class WorkerPool<R extends { entry: InputEntry }> {
  private readonly idle: Worker[] = [];
  private readonly queue: Array<Task<R>> = [];
  private readonly busy = new Map<Worker, Task<R>>();
  private closed = false;

  constructor(
    private readonly url: URL,
    private readonly setup: WorkerSetup,
    size: number,
  ) {
    for (let i = 0; i < size; i++) this.idle.push(this.spawn());
  }

  private spawn(): Worker {
    const worker = new Worker(this.url, { workerData: this.setup, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
    worker.on('message', (reply: WorkerReply<R>) => {
      const task = this.busy.get(worker);
      this.busy.delete(worker);
      task?.resolve({ ...reply.result, entry: task.entry });
      this.release(worker);
    });
    // A worker that dies takes only its current document with it.
    const fail = (error: unknown): void => {
      const task = this.busy.get(worker);
      this.busy.delete(worker);
      if (task) task.resolve(failed(task.entry, error));
      if (!this.closed) this.release(this.spawn());
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (!this.closed && this.busy.has(worker)) fail(new Error(`worker stopped with code ${code}`));
    });
    return worker;
  }

  private release(worker: Worker): void {
    const next = this.queue.shift();
    if (!next) {
      this.idle.push(worker);
      return;
    }
    this.busy.set(worker, next);
    worker.postMessage({ index: next.index, entry: next.entry } satisfies WorkerRequest);
  }

  run(index: number, entry: InputEntry): Promise<R | FailedResult> {
    return new Promise((resolve) => {
      this.queue.push({ index, entry, resolve });
      const worker = this.idle.pop();
      if (worker) this.release(worker);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const all = [...this.idle, ...this.busy.keys()];
    this.idle.length = 0;
    await Promise.all(all.map((w) => w.terminate()));
  }
}

function workersFor(entries: InputEntry[], options: RunOptions): number {
  const jobs = options.jobs ?? 1;
  if (jobs <= 1) return 0;
  const threshold = options.workerThreshold ?? DEFAULT_WORKER_THRESHOLD;
  const files = entries.filter((e) => e.location !== '-').length;
  const bytes = entries.reduce((n, e) => n + e.size, 0);
  if (files < threshold.files && bytes < threshold.bytes) return 0;
  return Math.min(jobs, files);
}

/** Yields one result per entry, in entry order. Stopping early (return()) stops the workers. */
export function runCorpus(entries: InputEntry[], options: RunOptions = {}): AsyncGenerator<DocumentResult> {
  return runInOrder<DocumentResult>(entries, options, null, (entry) => processEntry(entry, options));
}

/**
 * runCorpus for a writer: each document comes serialised as `outputs` asks, instead of whole.
 * With worker threads the serialising is done in the workers, and the dataset bytes are
 * transferred, not copied: the main thread, which all documents pass through, only writes.
 */
export function runCorpusEncoded(entries: InputEntry[], outputs: OutputSpec, options: RunOptions = {}): AsyncGenerator<EncodedResult> {
  let encode: ((doc: Document) => EncodedDocument) | null = null;
  return runInOrder<EncodedResult>(entries, options, outputs, (entry) => processEntryEncoded(entry, options, (encode ??= documentEncoder(outputs))));
}

async function* runInOrder<R extends DocumentResult | EncodedResult>(
  entries: InputEntry[],
  options: RunOptions,
  outputs: OutputSpec | null,
  inThisThread: (entry: InputEntry) => Promise<R>,
): AsyncGenerator<R> {
  const url = workerUrl();
  const workers = url ? workersFor(entries, options) : 0;
  options.onPlan?.(workers);
  if (workers === 0 || !url) {
    for (const entry of entries) yield await inThisThread(entry);
    return;
  }
  const pipelineOptions = { ...(options.encoding ? { encoding: options.encoding } : {}), ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}) };
  const pool = new WorkerPool<R>(url, { options: pipelineOptions, outputs }, workers);
  const window = workers * IN_FLIGHT_PER_JOB;
  const pending = new Map<number, Promise<R | FailedResult>>();
  let dispatched = 0;
  try {
    for (let i = 0; i < entries.length; i++) {
      while (dispatched < entries.length && dispatched < i + window) {
        const entry = entries[dispatched]!;
        // stdin can only be read by this thread
        pending.set(dispatched, entry.location === '-' ? inThisThread(entry) : pool.run(dispatched, entry));
        dispatched++;
      }
      const result = await pending.get(i)!;
      pending.delete(i);
      // a failure has the same shape in either kind of run
      yield result as R;
    }
  } finally {
    await pool.close();
  }
}
