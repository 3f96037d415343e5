// Rows → RFC 4180 CSV, numbers without exponent. csv-stringify writes the header and defines the
// quoting; the rows are written by csvField, which makes the same bytes at a fraction of the
// cost (csv-stringify's per-field casting and option checks were most of a row's cost, and rows
// are written for every document), and which the tests check against csv-stringify.
import { stringify } from 'csv-stringify/sync';
import type { Document } from '../schema/records.js';
import type { Cell, Table } from './tables.js';

/**
 * Plain decimal notation for any finite number: String(1e21) and String(1e-7) use an exponent,
 * which spreadsheets and some CSV readers take as text. The digits are String(n)'s (the shortest
 * that round-trip), only the decimal point moves, so Number(formatNumber(n)) === n.
 */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return '';
  const s = String(n);
  const e = s.search(/e/i);
  if (e < 0) return s;
  const sign = s.startsWith('-') ? '-' : '';
  const mantissa = s.slice(sign.length, e);
  const exponent = Number(s.slice(e + 1));
  const dot = mantissa.indexOf('.');
  const digits = mantissa.replace('.', '');
  const point = (dot < 0 ? mantissa.length : dot) + exponent;
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

export interface CsvOptions {
  /** --excel: guard text cells against formula injection */
  excel?: boolean;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** null stays an empty unquoted field; an empty string is written as "" so the two stay apart. */
function cellText(cell: Cell, options: CsvOptions): string | null {
  if (cell === null) return null;
  if (typeof cell === 'number') return formatNumber(cell);
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  return options.excel && FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** The csv-stringify options the rows are written with: csvField's definition (and its test oracle). */
export const CSV_STRINGIFY_OPTIONS = { eof: true, record_delimiter: 'unix', quoted_match: [/^$/, /\r/] } as const;

export function csvHeader(table: Table): string {
  return stringify([table.fields.map((f) => f.name)], { eof: true, record_delimiter: 'unix' });
}

const NEEDS_QUOTES = /[",\n\r]/;

/**
 * One field as csv-stringify writes it with CSV_STRINGIFY_OPTIONS: null is an empty field; the
 * empty string is `""` (quoted_match /^$/); a field holding a comma, a quote, LF, or CR (quoted_match
 * /\r/) is quoted, with its quotes doubled; any other is written as it is.
 */
export function csvField(text: string | null): string {
  if (text === null) return '';
  if (text === '') return '""';
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** CSV lines (no header) for one document's rows of a table. */
export function csvRows(table: Table, doc: Document, options: CsvOptions = {}): string {
  let out = '';
  for (const cells of table.cells(doc)) {
    for (let i = 0; i < cells.length; i++) out += (i ? ',' : '') + csvField(cellText(cells[i]!, options));
    out += '\n';
  }
  return out;
}
