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
 * Where a document's parts are encoded before being copied into the chunk: sized by UTF-8's
 * most, 3 bytes a UTF-16 unit (a surrogate pair's 4 bytes are 2 units), so that each part is
 * encoded in one pass, without measuring it first (Buffer.byteLength read every part twice).
 * One a thread, grown as needed up to SCRATCH_MOST; never handed out.
 */
let scratch = Buffer.allocUnsafeSlow(1 << 16);
/** a larger document is encoded into a buffer of its own, which becomes its chunk: the scratch is not kept that large */
const SCRATCH_MOST = 1 << 23;

/**
 * One buffer for all parts, allocated outside Node's shared pool: a worker hands it to the main
 * thread by transfer (no copy), which a slice of the pool could not be. It is a copy of the
 * scratch buffer's front, exactly the parts' size (the copy costs less than the second encoding
 * pass it replaces), or for a document too large for the scratch, the front of the buffer it was
 * encoded in, whose whole the chunk owns.
 */
export function encodeDatasetChunk(doc: Document, csv: CsvOptions = {}): DatasetChunk {
  const parts = [documentsJson.encode(doc).text];
  for (const table of TABLES) parts.push(csvRows(table, doc, csv));
  let units = 0;
  for (const part of parts) units += part.length;
  const room = 3 * units;
  const own = room > SCRATCH_MOST;
  if (!own && scratch.length < room) scratch = Buffer.allocUnsafeSlow(Math.min(SCRATCH_MOST, Math.max(room, 2 * scratch.length)));
  const buffer = own ? Buffer.allocUnsafeSlow(room) : scratch;
  const lengths: number[] = [];
  let at = 0;
  for (const part of parts) {
    const length = buffer.write(part, at, 'utf8');
    lengths.push(length);
    at += length;
  }
  // a buffer of its own is the chunk's whole, and its unused end is only memory
  if (own) return { bytes: buffer.subarray(0, at), lengths };
  const bytes = Buffer.allocUnsafeSlow(at);
  scratch.copy(bytes, 0, 0, at);
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
