// Rows → RFC 4180 CSV, numbers without exponent. csv-stringify defines the quoting; the header and
// the rows are written by csvField, which makes the same bytes at a fraction of the cost
// (csv-stringify's per-field casting and option checks were most of a row's cost, and rows are
// written for every document), and which the tests check against csv-stringify. csv-stringify is
// not loaded by the product (its eight modules cost a run about 12 ms of CPU for the headers alone).
import type { Document } from '../schema/records.js';
import type { Table } from './tables.js';

/**
 * Plain decimal notation for any finite number: String(1e21) and String(1e-7) use an exponent,
 * which spreadsheets and some CSV readers take as text. The digits are String(n)'s (the shortest
 * that round-trip), only the decimal point moves, so Number(formatNumber(n)) === n.
 */
export function formatNumber(n: number): string {
  // String(n) writes an exponent only when |n| >= 1e21 or 0 < |n| < 1e-6: any other number (every
  // integer and decimal a document holds) is String(n) as it is, without the search below.
  if ((n >= 1e-6 && n < 1e21) || (n <= -1e-6 && n > -1e21) || n === 0) return String(n);
  return plainDecimal(n);
}

/** formatNumber without its fast path: String(n) with any exponent turned into a moved decimal point ('' for NaN and ±Infinity). */
export function plainDecimal(n: number): string {
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

/** The csv-stringify options the rows are written with: csvField's definition (and its test oracle). */
export const CSV_STRINGIFY_OPTIONS = { eof: true, record_delimiter: 'unix', quoted_match: [/^$/, /\r/] } as const;

/** The header line: the fields' names as csv-stringify writes them (every name is a plain word, so csvField's quoting is csv-stringify's default). */
export function csvHeader(table: Table): string {
  return `${table.fields.map((f) => csvField(f.name)).join(',')}\n`;
}

// A regex, not a char-code loop or a CharSet: on these short fields V8's regex was measured the
// faster test (a loop made the metrics table 40% slower to write).
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

/**
 * CSV lines (no header) for one document's rows of a table, cells taken from the table's getters
 * row by row (not from table.cells(doc), whose arrays cost more than the text). A cell's text: null
 * stays an empty unquoted field; an empty string is written as "" so the two stay apart; a number
 * is formatNumber's; text starts with ' under --excel when it could be read as a formula.
 */
export function csvRows(table: Table, doc: Document, options: CsvOptions = {}): string {
  const rows = table.rows(doc);
  const getters = table.getters;
  const excel = options.excel === true;
  let out = '';
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    for (let i = 0; i < getters.length; i++) {
      const cell = getters[i]!(row, doc);
      if (i) out += ',';
      if (cell === null) continue;
      if (typeof cell === 'string') out += csvField(excel && FORMULA_START.test(cell) ? `'${cell}` : cell);
      else if (typeof cell === 'number') {
        // a number's text never holds a character that needs quotes; '' (not finite) is written as csvField('')
        const text = formatNumber(cell);
        out += text === '' ? '""' : text;
      } else out += cell ? 'true' : 'false';
    }
    out += '\n';
  }
  return out;
}
