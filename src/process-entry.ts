// One input entry read and made into a document (or a failure that stays with its file), and what a
// worker thread is told and answers: the half of the run a worker needs. Its own module, so that a
// worker loads the pipeline, the reader and the encoder, not the run's planning, archives and
// ordering (run.ts: about 11 CPU ms of loading a worker, picomatch and select-inputs among them).
import type { TransferListItem } from 'node:worker_threads';
import { processDocument, processDocumentInParts, type PipelineOptions } from './pipeline.js';
import { readSource, type InputEntry } from './io/read-inputs.js';
import type { Document } from './schema/records.js';
import { ToolError } from './errors.js';
import { encodeInParts, type EncodedDocument, type OutputSpec } from './format/encode-document.js';
import type { CsvOptions } from './format/to-csv.js';

/** What reading and processing one entry take: the pipeline's options and the input size limit. */
export type EntryOptions = PipelineOptions & { maxBytes?: number };

export type FailedResult = { ok: false; entry: InputEntry; code: string; message: string; stack?: string };
export type DocumentResult = { ok: true; entry: InputEntry; document: Document } | FailedResult;
export type EncodedResult = { ok: true; entry: InputEntry; encoded: EncodedDocument } | FailedResult;

/**
 * A document of at least `inputBytes` is made in parts when only a dataset is written
 * (runCorpusEncoded): its metrics `partChars` of text at a time (extractMetricsInParts), encoded
 * and written as they are made, in this thread, so that its records never all sit in memory.
 */
export interface LargeDocument {
  inputBytes: number;
  partChars: number;
  /** a piece is handed to the writer once it holds this many UTF-16 units (encodeDatasetPieces) */
  pieceUnits: number;
}

function classify(error: unknown): { code: string; message: string } {
  const message = error instanceof Error ? error.message : String(error);
  // the tool's own errors carry their code and a one-line reason; anything else is a bug in a stage
  if (error instanceof ToolError) return { code: error.code, message };
  return { code: 'internal/crash', message: `internal error: ${message} (rerun with --debug for a stack trace)` };
}

/** The failure of one input, with the code of its error (a ToolError's own, else internal/crash). */
export function failedResult(entry: InputEntry, error: unknown): FailedResult {
  const stack = error instanceof Error ? error.stack : undefined;
  return { ok: false, entry, ...classify(error), ...(stack ? { stack } : {}) };
}

export async function processEntry(entry: InputEntry, options: EntryOptions = {}): Promise<DocumentResult> {
  try {
    const source = await readSource(entry, options.maxBytes);
    return { ok: true, entry, document: processDocument(source, options) };
  } catch (error) {
    return failedResult(entry, error);
  }
}

/** processEntry, then the document serialised by `encode` (documentEncoder); a throw fails this document only. */
export async function processEntryEncoded(entry: InputEntry, options: EntryOptions, encode: (doc: Document) => EncodedDocument): Promise<EncodedResult> {
  const result = await processEntry(entry, options);
  if (!result.ok) return result;
  try {
    return { ok: true, entry, encoded: encode(result.document) };
  } catch (error) {
    return failedResult(entry, error);
  }
}

/** processEntry for a large document: read and prepared now, its metrics made and encoded as its pieces are read (encodeInParts). */
export async function processEntryInParts(entry: InputEntry, options: EntryOptions, csv: CsvOptions, large: LargeDocument): Promise<EncodedResult> {
  try {
    const source = await readSource(entry, options.maxBytes);
    return { ok: true, entry, encoded: encodeInParts(processDocumentInParts(source, options, large.partChars), csv, large.pieceUnits) };
  } catch (error) {
    return failedResult(entry, error);
  }
}

/** What a result hands over by transfer instead of copying: the serialised dataset bytes. */
export function transferables(result: DocumentResult | EncodedResult): TransferListItem[] {
  const bytes = result.ok && 'encoded' in result ? result.encoded.dataset?.bytes : undefined;
  // allocated outside Node's buffer pool (encodeDatasetChunk), so the whole ArrayBuffer is this document's
  return bytes ? [bytes.buffer as ArrayBuffer] : [];
}

/** What a worker is started with: the pipeline options, and what to serialise (null: send whole documents). */
export interface WorkerSetup {
  options: EntryOptions;
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
