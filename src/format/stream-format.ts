// What goes to stdout (and into documents.json): a document stream as JSON, NDJSON or CSV,
// made of pure start / item / end strings so that a writer can stream them in order.
// item() is split in two so that a worker thread can do the costly half: encode() serialises
// one document and depends on nothing else; frame() adds what depends on the documents before
// it (the `[` or `,` of a JSON array) and is all the main thread has left to do.
import type { Document } from '../schema/records.js';
import { csvHeader, csvRows, type CsvOptions } from './to-csv.js';
import { TABLES, type Cell, type Table, type TableName } from './tables.js';

export const OUTPUT_FORMATS = ['json', 'ndjson', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
export const TABLE_NAMES: readonly TableName[] = TABLES.map((t) => t.name);

/** One document serialised: its records' text, and how many records it holds. */
export interface EncodedItem {
  text: string;
  records: number;
}

export interface StreamFormat {
  start(): string;
  /** '' when the document gives no record (e.g. a document without metrics, for --table metrics) */
  item(doc: Document): string;
  /** the half of item() that needs only the document: pure, may run in a worker */
  encode(doc: Document): EncodedItem;
  /**
   * the other half: item(doc) === frame(encode(doc)); called in document order. It only puts a
   * prefix before the text (a JSON array's `[` or `,`), so frame({ text: '', records }) is that prefix.
   */
  frame(encoded: EncodedItem): string;
  end(): string;
  /**
   * Where each record is one whole document (JSON or NDJSON without --table), how a record
   * written in pieces (a large document's documents.json part, encodeDatasetPieces) is framed:
   * frame() of an empty text before its first piece (called in document order, as for any
   * record), `close` after its last, so that the prefix + the record + close ===
   * frame(encode(doc)). null for records of a table.
   */
  readonly wholeDocument: { close: string } | null;
}

export function tableByName(name: TableName): Table {
  const table = TABLES.find((t) => t.name === name);
  if (!table) throw new Error(`no table ${name}`);
  return table;
}

/** A table's rows as plain objects: the CSV columns, with their types, for jq and pandas. */
export function rowObjects(table: Table, doc: Document): Array<Record<string, Cell>> {
  return table.cells(doc).map((cells) => Object.fromEntries(table.fields.map((f, i) => [f.name, cells[i] ?? null])));
}

/** JSON array items: `[` before the first record, `,` before every other, one record a line. */
export function jsonArrayFramer(): { frame(encoded: EncodedItem): string; end(): string } {
  let count = 0;
  return {
    frame: ({ text, records }) => {
      if (records === 0) return '';
      const prefix = count === 0 ? '[\n' : ',\n';
      count += records;
      return prefix + text;
    },
    end: () => (count === 0 ? '[]\n' : '\n]\n'),
  };
}

/**
 * JSON: an array, one record a line between `[` and `]`. NDJSON: one record a line.
 * Records are whole documents, or the rows of `table` when one is named.
 */
export function streamFormat(format: OutputFormat, table: TableName | null, csv: CsvOptions = {}): StreamFormat {
  const withItem = (f: Omit<StreamFormat, 'item'>): StreamFormat => ({ ...f, item: (doc) => f.frame(f.encode(doc)) });
  const plain = ({ text }: EncodedItem): string => text;
  if (format === 'csv') {
    const t = tableByName(table ?? 'documents');
    return withItem({ start: () => (csv.excel ? '\uFEFF' : '') + csvHeader(t), encode: (doc) => ({ text: csvRows(t, doc, csv), records: 1 }), frame: plain, end: () => '', wholeDocument: null });
  }
  const records = (doc: Document): unknown[] => (table ? rowObjects(tableByName(table), doc) : [doc]);
  if (format === 'ndjson') {
    const encode = (doc: Document): EncodedItem => {
      const rs = records(doc);
      return { text: rs.map((r) => `${JSON.stringify(r)}\n`).join(''), records: rs.length };
    };
    return withItem({ start: () => '', encode, frame: plain, end: () => '', wholeDocument: table ? null : { close: '\n' } });
  }
  const framer = jsonArrayFramer();
  const encode = (doc: Document): EncodedItem => {
    const rs = records(doc);
    return { text: rs.map((r) => JSON.stringify(r)).join(',\n'), records: rs.length };
  };
  return withItem({ start: () => '', encode, frame: framer.frame, end: framer.end, wholeDocument: table ? null : { close: '' } });
}
