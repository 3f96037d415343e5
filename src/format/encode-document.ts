// One document → everything the CLI writes of it: the dataset files' parts as UTF-8 bytes, the
// stdout records, and the summary the CLI prints. Done where the document was made (a worker
// thread, or the main thread with --jobs 1), so that the main thread is left with appending
// bytes in input order, and never receives, clones or serialises the document itself.
import type { Document, Metric } from '../schema/records.js';
import type { DocumentInParts } from '../pipeline.js';
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
  /**
   * A document written in pieces (encodeDatasetPieces): `more` on every piece but the last,
   * `rest` on every piece but the first. The pieces of one document are appended back to back,
   * in order: their parts together are the document's chunk.
   */
  more?: boolean;
  rest?: boolean;
}

export interface EncodedDocument {
  summary: DocumentSummary;
  dataset: DatasetChunk | null;
  /** stdout's records of the document, to be framed in order by the printer (StreamFormat.frame) */
  printed: EncodedItem | null;
  /** a large document's dataset chunk in pieces, made as they are read (dataset is then null); `summary` is known once they all were */
  pieces?: Iterable<DatasetChunk>;
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
 * encoded in, whose whole the chunk owns. A chunk `kept` in this thread is a view of a slab
 * instead (slabChunkOf).
 */
export function encodeDatasetChunk(doc: Document, csv: CsvOptions = {}, kept = false): DatasetChunk {
  const parts = [documentsJson.encode(doc).text];
  for (const table of TABLES) parts.push(csvRows(table, doc, csv));
  return kept ? slabChunkOf(parts) : chunkOf(parts);
}

/**
 * Where the chunks a thread keeps (`kept`: never transferred, e.g. the main thread's) are encoded:
 * a slab filled front to back, each chunk a view of its own bytes there, never written again; a
 * new slab when a document's most (3 bytes a UTF-16 unit) does not fit. A document saves the
 * ArrayBuffer of its own and the copy into it that a chunk to be transferred needs. A view keeps
 * its whole slab alive: the writer holds a chunk only until its batch is written, and copies
 * one it keeps waiting for its turn (id-order.ts).
 */
const SLAB_BYTES = 1 << 20;
let slab = Buffer.allocUnsafeSlow(0);
let slabAt = 0;

function slabChunkOf(parts: readonly string[]): DatasetChunk {
  let units = 0;
  for (const part of parts) units += part.length;
  const room = 3 * units;
  if (room > SLAB_BYTES) return chunkOf(parts);
  if (slab.length - slabAt < room) {
    slab = Buffer.allocUnsafeSlow(SLAB_BYTES);
    slabAt = 0;
  }
  const start = slabAt;
  const lengths: number[] = [];
  for (const part of parts) {
    const length = slab.write(part, slabAt, 'utf8');
    lengths.push(length);
    slabAt += length;
  }
  return { bytes: slab.subarray(start, slabAt), lengths };
}

/** Strings, one a dataset file, as one chunk of UTF-8 (see encodeDatasetChunk). */
function chunkOf(parts: readonly string[]): DatasetChunk {
  let units = 0;
  for (const part of parts) units += part.length;
  const room = 3 * units;
  const own = room > SCRATCH_MOST;
  if (!own && scratch.length < room) scratch = Buffer.allocUnsafeSlow(Math.min(SCRATCH_MOST, Math.max(room, 2 * scratch.length)));
  // a large chunk is measured first: its buffer is its exact size, not three times its characters
  const buffer = own ? Buffer.allocUnsafeSlow(parts.reduce((n, part) => n + Buffer.byteLength(part, 'utf8'), 0)) : scratch;
  const lengths: number[] = [];
  let at = 0;
  for (const part of parts) {
    const length = buffer.write(part, at, 'utf8');
    lengths.push(length);
    at += length;
  }
  if (own) return { bytes: buffer, lengths };
  const bytes = Buffer.allocUnsafeSlow(at);
  scratch.copy(bytes, 0, 0, at);
  return { bytes, lengths };
}

/** A piece is handed out once its strings reach about this many UTF-16 units. */
export const PIECE_UNITS = 1 << 18;
/** Sections, and a part's metrics, are serialised this many at a time: a batch's strings are all that is held besides the piece being filled. */
export const RECORD_BATCH = 512;

/** A document counted, not held: its `metrics` an array of the right length and no records (for the documents row and the summary). */
const counted = (head: Document, metrics: number): Document => ({ ...head, metrics: new Array<Metric>(metrics) });

/**
 * A document in parts (pipeline.ts, processDocumentInParts) as dataset chunk pieces, made as they
 * are read: the same bytes, file by file, as encodeDatasetChunk of the whole document. Its JSON
 * record is written as JSON.stringify writes it (`"key":value` in key order, arrays as their
 * items joined by commas), sections a batch at a time and metrics a part at a time; each table's
 * rows go with the records they come from, the documents row (which counts the metrics) last.
 * `onEnd` is told the document, counted, once the last piece was made; a piece is handed out
 * once it holds `pieceUnits` UTF-16 units (tests make it tiny).
 */
export function* encodeDatasetPieces(doc: DocumentInParts, csv: CsvOptions = {}, onEnd?: (counted: Document) => void, pieceUnits = PIECE_UNITS): Generator<DatasetChunk> {
  const { head } = doc;
  const table = (name: TableName): number => TABLES.findIndex((t) => t.name === name);
  const [sectionsAt, metricsAt, documentsAt] = [table('sections'), table('metrics'), table('documents')];
  let parts = DATASET_FILES.map(() => '');
  let first = true;
  const add = (json: string, rows: ReadonlyArray<[number, string]> = []): void => {
    parts[0] += json;
    for (const [i, text] of rows) parts[i + 1] += text;
  };
  const units = (): number => parts.reduce((n, p) => n + p.length, 0);
  const piece = (more: boolean): DatasetChunk => {
    const chunk = { ...chunkOf(parts), ...(more ? { more } : {}), ...(first ? {} : { rest: true }) };
    parts = DATASET_FILES.map(() => '');
    first = false;
    return chunk;
  };
  // the tables that read neither the sections, the metrics nor their count
  add('{', TABLES.flatMap((t, i) => ([sectionsAt, metricsAt, documentsAt].includes(i) ? [] : [[i, csvRows(t, head, csv)] as [number, string]])));
  let metrics = 0;
  let key = 0;
  for (const [name, value] of Object.entries(head)) {
    if (value === undefined) continue;
    add(`${key++ ? ',' : ''}${JSON.stringify(name)}:`);
    if (name === 'sections') {
      add('[');
      for (let i = 0; i < head.sections.length; i += RECORD_BATCH) {
        const batch = head.sections.slice(i, i + RECORD_BATCH);
        add(`${i ? ',' : ''}${batch.map((section) => JSON.stringify(section)).join(',')}`, [[sectionsAt, csvRows(TABLES[sectionsAt]!, { ...head, sections: batch }, csv)]]);
        if (units() >= pieceUnits) yield piece(true);
      }
      add(']');
    } else if (name === 'metrics') {
      add('[');
      for (const part of doc.metrics) {
        for (let i = 0; i < part.length; i += RECORD_BATCH) {
          const batch = part.slice(i, i + RECORD_BATCH);
          add(`${metrics ? ',' : ''}${batch.map((m) => JSON.stringify(m)).join(',')}`, [[metricsAt, csvRows(TABLES[metricsAt]!, { ...head, metrics: batch }, csv)]]);
          metrics += batch.length;
          if (units() >= pieceUnits) yield piece(true);
        }
      }
      add(']');
    } else if (typeof value === 'string' && value.length > pieceUnits) {
      // a long string (the text) in slices: each slice's JSON without its quotes, as JSON.stringify escapes it whole
      add('"');
      for (const [from, to] of slices(value, pieceUnits)) {
        add(JSON.stringify(value.slice(from, to)).slice(1, -1));
        if (units() >= pieceUnits) yield piece(true);
      }
      add('"');
    } else add(JSON.stringify(value));
  }
  const whole = counted(head, metrics);
  add('}', [[documentsAt, csvRows(TABLES[documentsAt]!, whole, csv)]]);
  yield piece(false);
  onEnd?.(whole);
}

/** `[from, to)` slices of `text` of about `size` UTF-16 units, never between the halves of a surrogate pair. */
export function slices(text: string, size: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let from = 0; from < text.length; ) {
    let to = Math.min(text.length, from + Math.max(1, size));
    const c = text.charCodeAt(to - 1);
    if (to < text.length && c >= 0xd800 && c <= 0xdbff) to++;
    out.push([from, to]);
    from = to;
  }
  return out;
}

/** A document in parts, encoded for a dataset as its pieces are read; its summary is there once they all were. */
export function encodeInParts(doc: DocumentInParts, csv: CsvOptions, pieceUnits = PIECE_UNITS): EncodedDocument {
  let summary: DocumentSummary | null = null;
  return {
    get summary(): DocumentSummary {
      if (!summary) throw new Error('internal: a document in parts is summarised once its pieces were written');
      return summary;
    },
    dataset: null,
    printed: null,
    pieces: encodeDatasetPieces(doc, csv, (whole) => (summary = summariseDocument(whole)), pieceUnits),
  };
}

/**
 * The encoder for a spec: made once per thread, then called once per document. `kept`: the chunks
 * stay in this thread (the main thread), so they may be views of a shared slab; a worker's are
 * transferred, each its own ArrayBuffer.
 */
export function documentEncoder(spec: OutputSpec, kept = false): (doc: Document) => EncodedDocument {
  const printer = spec.printer ? streamFormat(spec.printer.format, spec.printer.table, spec.printer.csv) : null;
  return (doc) => ({
    summary: summariseDocument(doc),
    dataset: spec.dataset ? encodeDatasetChunk(doc, spec.dataset, kept) : null,
    printed: printer ? printer.encode(doc) : null,
  });
}
