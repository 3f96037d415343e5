// The library entry point: the same pipeline the CLI runs, importable with types.
//   import { extractDocument, extractCorpus, parseChineseNumber } from 'customs-extract';
import path from 'node:path';
import { processDocument, type PipelineOptions } from './pipeline.js';
import { planInputs } from './io/read-inputs.js';
import { selectInputs } from './io/select-inputs.js';
import { refuseArchiveIdClashes } from './io/archive-id-clashes.js';
import { runCorpus } from './run.js';
import { FORMAT_BY_EXTENSION, sniffFormat } from './rules/formats.js';
import type { Document, InputFormat } from './schema/records.js';
import { Document as DocumentRecord } from './schema/records.js';
import { documentSchemaLoaded } from './schema/document-schema.js';

// the library loads zod's records (it exports them): finalise's rejected documents are judged by them on any Node
documentSchemaLoaded(DocumentRecord);

export interface ExtractDocumentOptions {
  /** where the document came from; gives its id (path without extension) and, by extension, its format */
  path?: string;
  /** text, html or markdown; default: from the path's extension, else sniffed */
  format?: InputFormat;
  /** decode with this encoding instead of detecting it (bytes only) */
  encoding?: string;
}

/** Default path of a document given without one. */
export const UNNAMED_DOCUMENT = 'document';

/**
 * One document, from its bytes (decoded as the CLI does: BOM, declared charset, UTF-8, GB18030)
 * or from a string. Throws a DocumentError (with a stable `code`) when the input is not text.
 */
export function extractDocument(input: Uint8Array | string, options: ExtractDocumentOptions = {}): Document {
  const docPath = (options.path ?? UNNAMED_DOCUMENT).split(path.sep).join('/');
  const ext = path.posix.extname(docPath);
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const format = options.format ?? FORMAT_BY_EXTENSION[ext.toLowerCase()] ?? sniffFormat(bytes);
  const pipelineOptions: PipelineOptions = typeof input !== 'string' && options.encoding ? { encoding: options.encoding } : {};
  return processDocument({ path: docPath, id: ext ? docPath.slice(0, -ext.length) : docPath, bytes, format }, pipelineOptions);
}

export interface ExtractCorpusOptions {
  encoding?: string;
  /** refuse larger files (default 50 MB) */
  maxBytes?: number;
  /** threads for a big corpus, this one included (N - 1 workers; default 1: this thread only) */
  jobs?: number;
}

export type CorpusResult =
  | { kind: 'document'; path: string; document: Document }
  | { kind: 'failed'; path: string; code: string; message: string }
  /** not a document type by its extension (e.g. .jpg), a link leaving the folder, a file already read */
  | { kind: 'skipped'; path: string; reason: string };

/**
 * Files and folders (walked recursively, in sorted order) → one result per input, in order.
 * A file that cannot be processed gives `{ kind: 'failed', code, message }`; the rest go on.
 */
export async function* extractCorpus(paths: string[], options: ExtractCorpusOptions = {}): AsyncGenerator<CorpusResult> {
  const plan = await planInputs(paths);
  // documents in id order, as every dataset lists them
  // an archive's members whose id another input has are refused with it
  const chosen = await refuseArchiveIdClashes(selectInputs(plan.inputs));
  const inputs = chosen.entries;
  plan.failures.push(...chosen.failures);
  for (const m of plan.missing) yield { kind: 'failed', path: m.path, code: m.code, message: m.message };
  for (const f of plan.failures) yield { kind: 'failed', path: f.path, code: f.code, message: f.message };
  for (const s of plan.skipped) yield { kind: 'skipped', path: s.path, reason: s.reason };
  // an archive's members that are not documents are listed as skipped where they come
  const skipped: Array<{ path: string; reason: string }> = [];
  for await (const r of runCorpus(inputs, { ...options, onSkipped: (path, reason) => skipped.push({ path, reason }) })) {
    for (const s of skipped.splice(0)) yield { kind: 'skipped', path: s.path, reason: s.reason };
    yield r.ok ? { kind: 'document', path: r.entry.path, document: r.document } : { kind: 'failed', path: r.entry.path, code: r.code, message: r.message };
  }
  for (const s of skipped) yield { kind: 'skipped', path: s.path, reason: s.reason };
}

export {
  parseChineseNumber,
  parseChineseQuantity,
  NotANumberError,
  type ChineseQuantity,
  type QuantityQualifier,
} from './locale/zh/parse-number.js';
export { processDocument, type PipelineOptions } from './pipeline.js';
export { DocumentError, type SourceFile } from './stages/types.js';
export { runCli, type CliIo } from './cli.js';
export * from './schema/records.js';
