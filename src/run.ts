// runCorpus: inputs in order, one document at a time; a failure stays in its file.
import { processDocument, type PipelineOptions } from './pipeline.js';
import { readSource, type InputEntry } from './io/read-inputs.js';
import type { Document } from './schema/records.js';
import { DocumentError } from './stages/types.js';

export type DocumentResult =
  | { ok: true; entry: InputEntry; document: Document }
  | { ok: false; entry: InputEntry; code: string; message: string; error: unknown };

export interface RunOptions extends PipelineOptions {
  maxBytes?: number;
}

export async function processEntry(entry: InputEntry, options: RunOptions): Promise<DocumentResult> {
  try {
    const source = await readSource(entry, options.maxBytes);
    return { ok: true, entry, document: processDocument(source, options) };
  } catch (error) {
    const code = error instanceof DocumentError ? error.code : error instanceof Error && !(error instanceof TypeError) && !(error instanceof RangeError) ? 'read/failed' : 'internal/crash';
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, entry, code, message: code === 'internal/crash' ? `internal error: ${message} (rerun with --debug for a stack trace)` : message, error };
  }
}

/** Yields one result per entry, in entry order. */
export async function* runCorpus(entries: InputEntry[], options: RunOptions = {}): AsyncGenerator<DocumentResult> {
  for (const entry of entries) yield await processEntry(entry, options);
}
