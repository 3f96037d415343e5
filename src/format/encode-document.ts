// One document → everything the CLI writes of it: the dataset files' parts as UTF-8 bytes, the
// stdout records, and the summary the CLI prints. Done where the document was made (a worker
// thread, or the main thread with --jobs 1), so that the main thread is left with appending
// bytes in input order, and never receives, clones or serialises the document itself.
import type { Document } from '../schema/records.js';
import { csvRows, type CsvOptions } from './to-csv.js';
import { TABLES, type TableName } from './tables.js';
import { streamFormat, type EncodedItem, type OutputFormat } from './stream-format.js';
import { summariseDocument, type DocumentSummary } from './summary.js';

/** What the CLI writes; plain data, so that it can be handed to a worker thread. */
export interface OutputSpec {
  /** -o DIR: the dataset files, CSV with these options; null: no dataset */
  dataset: CsvOptions | null;
  /** stdout: null when nothing is printed */
  printer: { format: OutputFormat; table: TableName | null; csv: CsvOptions } | null;
}

/** The dataset files a document adds to, in DatasetChunk order: documents.json, then each table's CSV. */
export const DATASET_FILES: readonly string[] = ['documents.json', ...TABLES.map((t) => `${t.name}.csv`)];

/** One document's part of every dataset file, as UTF-8. */
export interface DatasetChunk {
  /** the parts back to back, in DATASET_FILES order; documents.json's part is the record alone, without the array's `[` or `,` */
  bytes: Uint8Array;
  /** byte length of each part */
  lengths: number[];
}

export interface EncodedDocument {
  summary: DocumentSummary;
  dataset: DatasetChunk | null;
  /** stdout's records of the document, to be framed in order by the printer (StreamFormat.frame) */
  printed: EncodedItem | null;
}

const documentsJson = streamFormat('json', null);

/**
 * One buffer for all parts, allocated outside Node's shared pool: a worker hands it to the main
 * thread by transfer (no copy), which a slice of the pool could not be.
 */
export function encodeDatasetChunk(doc: Document, csv: CsvOptions = {}): DatasetChunk {
  const parts = [documentsJson.encode(doc).text, ...TABLES.map((table) => csvRows(table, doc, csv))];
  const lengths = parts.map((p) => Buffer.byteLength(p, 'utf8'));
  const bytes = Buffer.allocUnsafeSlow(lengths.reduce((a, b) => a + b, 0));
  let at = 0;
  for (const part of parts) at += bytes.write(part, at, 'utf8');
  return { bytes, lengths };
}

/** The encoder for a spec: made once per thread, then called once per document. */
export function documentEncoder(spec: OutputSpec): (doc: Document) => EncodedDocument {
  const printer = spec.printer ? streamFormat(spec.printer.format, spec.printer.table, spec.printer.csv) : null;
  return (doc) => ({
    summary: summariseDocument(doc),
    dataset: spec.dataset ? encodeDatasetChunk(doc, spec.dataset) : null,
    printed: printer ? printer.encode(doc) : null,
  });
}
