// Rows → RFC 4180 CSV through csv-stringify, numbers without exponent.
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

export function csvHeader(table: Table): string {
  return stringify([table.fields.map((f) => f.name)], { eof: true, record_delimiter: 'unix' });
}

/** CSV lines (no header) for one document's rows of a table. */
export function csvRows(table: Table, doc: Document, options: CsvOptions = {}): string {
  const rows = table.cells(doc).map((cells) => cells.map((cell) => cellText(cell, options)));
  return rows.length ? stringify(rows, { eof: true, record_delimiter: 'unix', quoted_match: [/^$/, /\r/] }) : '';
}
