// What goes to stdout (and into documents.json): a document stream as JSON, NDJSON or CSV,
// made of pure start / item / end strings so that a writer can stream them in order.
import type { Document } from '../schema/records.js';
import { csvHeader, csvRows, type CsvOptions } from './to-csv.js';
import { TABLES, type Cell, type Table, type TableName } from './tables.js';

export const OUTPUT_FORMATS = ['json', 'ndjson', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
export const TABLE_NAMES: readonly TableName[] = TABLES.map((t) => t.name);

export interface StreamFormat {
  start(): string;
  /** '' when the document gives no record (e.g. a document without metrics, for --table metrics) */
  item(doc: Document): string;
  end(): string;
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

/**
 * JSON: an array, one record a line between `[` and `]`. NDJSON: one record a line.
 * Records are whole documents, or the rows of `table` when one is named.
 */
export function streamFormat(format: OutputFormat, table: TableName | null, csv: CsvOptions = {}): StreamFormat {
  if (format === 'csv') {
    const t = tableByName(table ?? 'documents');
    return { start: () => (csv.excel ? '\uFEFF' : '') + csvHeader(t), item: (doc) => csvRows(t, doc, csv), end: () => '' };
  }
  const records = (doc: Document): unknown[] => (table ? rowObjects(tableByName(table), doc) : [doc]);
  if (format === 'ndjson') return { start: () => '', item: (doc) => records(doc).map((r) => `${JSON.stringify(r)}\n`).join(''), end: () => '' };
  let count = 0;
  return {
    start: () => '',
    item: (doc) =>
      records(doc)
        .map((r) => (count++ === 0 ? '[\n' : ',\n') + JSON.stringify(r))
        .join(''),
    end: () => (count === 0 ? '[]\n' : '\n]\n'),
  };
}
