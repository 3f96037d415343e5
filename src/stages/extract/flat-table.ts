// Metrics from a statistics table that lost its cell bars: a text dump writes each row as the
// indicator, its unit and its numbers with spaces between (`地区生产总值 亿元 178.73 2.1`), one row a
// line or every row on one line, often glued (`全社会用电量万千瓦时10100 51907 1.9`). Such a table is
// read only after its header, which names the unit column and the value columns after it
// (`指标 单位 本月 累计 比增(%)`, glued `指标单位本月累计比增(%)`): a row's unit stands right before its
// numbers, and the numbers fill the last columns of the header (an empty cell leaves no gap to
// count, and the first value column is the one a monthly table leaves empty). A change column's
// number is the change of the value before it, or a change record of its own when that cell is
// empty; a lone number on a row whose unit is a rate is the row's value. A row of more numbers
// than columns ends the table, as does anything that is not a row. An e-paper that flattens a table
// into one paragraph glues every cell (`原盐万吨141.1-3.1大米万吨118.4-1.2`): a value glued to its
// change splits at the change's sign, or, unsigned (`141.10.3`), where both numbers keep the same
// decimals; a lone number glued to the next row (`白酒千升793120.8卷烟`) has no split to trust and
// stays unread.
import { alternation } from '../../lib/pattern.js';
import { MAGNITUDES } from '../../locale/zh/numerals.js';
import { LEADING_CONNECTIVES, LIST_MARKER } from '../../rules/zh/labels.js';
import { CHANGE_HEADERS, DEFAULT_CHANGE_UNIT, NOTE_CURRENCY_AFTER, NOTE_CURRENCY_BEFORE, NUMBER_CELL, PERIOD_ROW_LABEL, UNIT_HEADER_SET, UNIT_HEADER_SOURCE, UNIT_HEADERS, VALUE_COLUMN_SOURCE, VALUE_MARKER_HEADERS } from '../../rules/zh/tables.js';
import { RATE_UNITS, UNITS } from '../../rules/zh/units.js';
import type { Basis } from '../../schema/records.js';
import { newDraft, type Draft } from './draft.js';
import { changeBasis } from './change-headers.js';
import { mergeCells, readCell, readChangeCell } from './table-cells.js';

/** A value column of a flat table's header: its words, and the basis when it holds changes (undefined: values). */
interface FlatColumn {
  words: string;
  change: Basis | null | undefined;
  period: boolean;
  /** a change column's own rate unit, from its bracket (`增减(百分点)`); `%` when it names none */
  changeUnit?: string;
}

/** The rate unit a change column's bracket names (`(百分点)`, `(‰)`); undefined for `%`, none or anything else. */
const changeUnitOf = (bracket: string | undefined): string | undefined => {
  const unit = bracket?.replace(/^[((]|[))]$/g, '');
  return unit !== undefined && unit !== DEFAULT_CHANGE_UNIT && RATE_UNIT_SET.has(unit) ? unit : undefined;
};
/** A column's fields, its change unit only where its bracket names one. */
function flatColumn(words: string, bracket: string | undefined): FlatColumn {
  const change = changeBasis(words);
  const changeUnit = change !== undefined ? changeUnitOf(bracket) : undefined;
  return { words, change, period: PERIOD_ROW_LABEL.test(words), ...(changeUnit !== undefined ? { changeUnit } : {}) };
}

const SPACE = '[ \\t\\u3000]';
/** One header column: its words and a bracketed unit (`比增(%)`). */
const COLUMN_RE = new RegExp(VALUE_COLUMN_SOURCE, 'y');
const UNIT_HEADER_RE = new RegExp(UNIT_HEADER_SOURCE, 'g');
const NUMBER = '[-−]?\\d+(?:\\.\\d+)?';
/** A value glued to its change: at the change's sign (`141.1-3.1`), or two decimals (`141.10.3`). */
const GLUED_PAIR = '\\d+(?:\\.\\d+)?[-−]\\d+(?:\\.\\d+)?|\\d+\\.\\d+\\.\\d+';
/** A character of a row's indicator (no digit, space or sentence punctuation), or a bracketed note (`电石(折300升/千克)`). */
const LABEL_PART = '(?:[^\\s\\d。,,;;!?!?|((]|[((][^()()\\n]{1,20}[))])';
/**
 * One row: the indicator (no digits, no sentence punctuation), its unit right before its numbers,
 * the numbers with spaces between. The indicator is the shortest that lets a unit end at the numbers.
 */
const ROW_RE = new RegExp(
  `\\s*(${LABEL_PART}{1,40}?(?:${SPACE}${LABEL_PART}{1,40}?){0,3}?)${SPACE}*(${alternation(MAGNITUDES)})?(${alternation(UNITS)})${SPACE}*(${GLUED_PAIR}|${NUMBER}(?:${SPACE}+${NUMBER})*)(?![\\d.])`,
  'y',
);
const NUMBER_RE = new RegExp(NUMBER, 'g');
const RATE_UNIT_SET: ReadonlySet<string> = new Set(RATE_UNITS);
/** What may lead an indicator besides a list marker: `#` marks a 其中 row. */
const ROW_LEAD = /^[#＃]\s*/;

/**
 * A header on a line of its own, its cells between spaces (`单位 产量 比上年增长(%)`, the unit maybe on
 * the next line): any words, at most MAX_LINE_HEADER_CELLS cells, one of them a column word the
 * tables know (a value, change or period word). Null when the line is no such header.
 */
function readHeaderLine(text: string, at: number): { columns: FlatColumn[]; end: number } | null {
  let end = text.indexOf('\n', at);
  if (end < 0) end = text.length;
  const cells = text.slice(at, end).trim().split(/\s+/).filter((c) => c !== '');
  // a bracketed unit alone on the next line closes the last cell (`比上年增长` / `(%)`)
  const next = text.indexOf('\n', end + 1);
  const unitLine = end < text.length ? text.slice(end + 1, next < 0 ? text.length : next).trim() : '';
  if (UNIT_ONLY_LINE.test(unitLine) && cells.length > 0) end = next < 0 ? text.length : next;
  if (cells.length === 0 || cells.length > MAX_LINE_HEADER_CELLS || !cells.every((c) => HEADER_CELL.test(c))) return null;
  const columns = cells.map((c) => flatColumn(c.replace(CELL_UNIT, ''), CELL_UNIT.exec(c)?.[0]));
  return columns.some((c) => c.change !== undefined || c.period || COLUMN_WORD_RE.test(c.words)) ? { columns, end } : null;
}
const MAX_LINE_HEADER_CELLS = 6;
/** A header cell: words, maybe a bracketed unit, no sentence punctuation. */
const HEADER_CELL = /^[^\d。,;!?|]{1,12}(?:[((][^()()]{1,6}[))])?$|^\d{1,2}\s*[—–\-~至]\s*\d{1,2}月/;
const CELL_UNIT = /[((][^()()]{1,6}[))]$/;
const UNIT_ONLY_LINE = /^[((][^()()]{1,6}[))]$/;
const COLUMN_WORD_RE = new RegExp(`^${VALUE_COLUMN_SOURCE}$`);

/** The value columns a header names after its unit column, and where the header ends; null when none does. */
function readHeader(text: string, at: number): { columns: FlatColumn[]; end: number } | null {
  const line = readHeaderLine(text, at);
  if (line) return line;
  const columns: FlatColumn[] = [];
  let end = at;
  for (;;) {
    COLUMN_RE.lastIndex = end;
    const m = COLUMN_RE.exec(text);
    if (!m) break;
    columns.push(flatColumn(m[1]!.replace(/\s+/g, ''), m[2]));
    end = COLUMN_RE.lastIndex;
  }
  return columns.length > 0 ? { columns, end } : null;
}

/** A connective that leads a part-of row (`其中:工业投资`). */
const ROW_CONNECTIVE = new RegExp(`^${alternation(LEADING_CONNECTIVES)}[::]`);

/** The indicator as a label: list marker, `#`, a leading `其中:` and spaces aside. */
const rowLabel = (indicator: string): string => indicator.replace(/\s+/g, '').replace(ROW_LEAD, '').replace(LIST_MARKER, '').replace(ROW_CONNECTIVE, '');

export interface FlatTableCells {
  drafts: Draft[];
  covered: [number, number][];
}

/** The flat tables of `text`: each numeric cell a draft, each table's rows a covered range. */
export function flatTableCells(text: string): FlatTableCells {
  const drafts: Draft[] = [];
  const covered: [number, number][] = [];
  UNIT_HEADER_RE.lastIndex = 0;
  for (let h = UNIT_HEADER_RE.exec(text); h; h = UNIT_HEADER_RE.exec(text)) {
    const header = readHeader(text, h.index + h[0].length);
    if (!header) continue;
    const rows: Draft[] = [];
    const { end, count } = readRows(text, header.end, header.columns, rows);
    if (count >= MIN_ROWS) {
      drafts.push(...rows);
      covered.push([header.end, end]);
    }
    UNIT_HEADER_RE.lastIndex = Math.max(end, header.end);
  }
  noteUnitTables(text, drafts, covered);
  cellLineTables(text, drafts, covered);
  return { drafts, covered };
}

/**
 * Tables a dump wrote one cell a line (`指标` / `单位` / `绝对数` / `比上年增长(%)` / `地区生产总值` / `亿元` /
 * `356.2` / `5.6` / …): the header's cells, each alone on its line, are the indicator's (any words), the
 * unit column's (UNIT_HEADERS, maybe none) and value columns (COLUMN_WORD_RE, a bracketed unit allowed:
 * `本月(亿元)`); then each row is its indicator, its unit when the header has the column, and one line a
 * value column, a number or an empty cell's dash. A value's unit is its row's (the unit cell, or the
 * indicator's bracket: `用电量(万千瓦时)`), else its column's bracket; a change column's bracket is its
 * changes' unit, never a value's. A row of another shape ends the table; fewer than MIN_ROWS rows make
 * none. Before, the cells were read as running text: values without labels, changes as quantities of
 * their own.
 */
function cellLineTables(text: string, drafts: Draft[], covered: [number, number][]): void {
  // a table written one cell a line has a number alone on a line: a text without one has none (a cheap scan first)
  if (!NUMBER_CELL_LINE.test(text) || !COLUMN_CELL_LINE.test(text)) return;
  const lines = text.split('\n');
  const starts = new Array<number>(lines.length);
  for (let i = 0, at = 0; i < lines.length; at += lines[i]!.length + 1, i++) starts[i] = at;
  for (let i = 1; i < lines.length; i++) {
    const header = cellLineHeader(lines, i);
    if (header === null) continue;
    const rows: Draft[] = [];
    let j = header.end;
    let count = 0;
    for (;;) {
      const row = cellLineRow(lines, starts, j, header);
      if (row === null) break;
      readCellLineRow(row, header, rows);
      count++;
      j = row.end;
    }
    // a table whose cells gave nothing (no unit for any of them) leaves its lines to the other readers
    if (count < MIN_ROWS || rows.length === 0) continue;
    drafts.push(...rows);
    covered.push([starts[header.end]!, starts[j - 1]! + lines[j - 1]!.length]);
    i = j - 1;
  }
}

/** A number alone on its line (NUMBER_CELL), the first gate of cellLineTables. */
const NUMBER_CELL_LINE = /\n[-−+]?\d[\d,]*(?:\.\d+)?[%‰]?(?:\n|$)/;
/** A unit column's or a value column's header alone on its line (the gate of cellLineTables). */
const COLUMN_CELL_LINE = new RegExp(`^(?:${UNIT_HEADERS.join('|')}|${VALUE_COLUMN_SOURCE})$`, 'm');
/** A header cell alone on its line: words, maybe a bracketed unit (`比上年增长(%)`). */
const CELL_LINE = /^[^\d。,;!?|\s]{1,12}(?:[((][^()()]{1,6}[))])?$/;
/** A unit cell alone (`亿元`, `万吨`, `%`): group 1 the magnitude, group 2 the unit. */
const UNIT_CELL_RE = new RegExp(`^(${alternation(MAGNITUDES)})?(${alternation(UNITS)})$`);
/** An empty cell (`-`, `—`, `…`). */
const EMPTY_CELL = /^(?:[-—–…]{1,2}|\/)$/;

interface CellUnit {
  magnitude: string;
  unit: string;
}

/** A unit cell's magnitude and unit (`亿元` → 亿 元); null when the cell is no unit alone. */
function unitCell(cell: string): CellUnit | null {
  const m = UNIT_CELL_RE.exec(cell);
  return m ? { magnitude: m[1] ?? '', unit: m[2]! } : null;
}

/** A bracket's unit (`(亿元)` → 亿 元); null when it holds no unit alone. */
function bracketUnit(cell: string): CellUnit | null {
  const bracket = CELL_UNIT.exec(cell);
  return bracket ? unitCell(bracket[0].slice(1, -1)) : null;
}

interface CellLineHeader {
  /** a unit column after the indicator's */
  unitColumn: boolean;
  columns: FlatColumn[];
  /** each value column's own unit, from its bracket (`本月(亿元)`); null for a change column or one without */
  units: Array<CellUnit | null>;
  /** the first line after the header */
  end: number;
}

/** The header of a table written one cell a line whose indicator cell is line `i - 1`; null when none starts there. */
function cellLineHeader(lines: readonly string[], i: number): CellLineHeader | null {
  const first = lines[i]!.trim();
  const unitColumn = UNIT_HEADER_SET.has(first);
  if (!unitColumn && !COLUMN_WORD_RE.test(first.replace(CELL_UNIT, ''))) return null;
  const indicator = lines[i - 1]!.trim();
  if (!CELL_LINE.test(indicator) || UNIT_HEADER_SET.has(indicator) || COLUMN_WORD_RE.test(indicator.replace(CELL_UNIT, ''))) return null;
  const columns: FlatColumn[] = [];
  const units: Array<CellUnit | null> = [];
  let j = unitColumn ? i + 1 : i;
  for (; j < lines.length && columns.length < MAX_LINE_HEADER_CELLS; j++) {
    const cell = lines[j]!.trim();
    const words = cell.replace(CELL_UNIT, '');
    if (!CELL_LINE.test(cell) || !COLUMN_WORD_RE.test(words)) break;
    const column = flatColumn(words, CELL_UNIT.exec(cell)?.[0]);
    columns.push(column);
    units.push(column.change === undefined ? bracketUnit(cell) : null);
  }
  if (columns.length === 0) return null;
  return { unitColumn, columns, units, end: j };
}

interface CellLineRow {
  label: string;
  /** the row's own unit: its unit cell, or its indicator's bracket (`用电量(万千瓦时)`) */
  unit: CellUnit | null;
  /** each value column's number, null for an empty cell */
  numbers: Array<RowNumber | null>;
  end: number;
}

/** One row of such a table from line `at`: its label, own unit and numbers; null when the lines are no row. */
function cellLineRow(lines: readonly string[], starts: readonly number[], at: number, header: CellLineHeader): CellLineRow | null {
  const cells = (header.unitColumn ? 2 : 1) + header.columns.length;
  if (at + cells > lines.length) return null;
  const indicator = lines[at]!.trim();
  const words = indicator.replace(CELL_UNIT, '');
  if (words.length === 0 || indicator.length > 40 || /[\d。;!?]/.test(words.replace(LIST_MARKER, '')) || UNIT_CELL_RE.test(indicator)) return null;
  let unit = bracketUnit(indicator);
  if (header.unitColumn) {
    unit = unitCell(lines[at + 1]!.trim());
    if (unit === null) return null;
  }
  const numbers: Array<RowNumber | null> = [];
  const first = at + cells - header.columns.length;
  for (let k = 0; k < header.columns.length; k++) {
    const line = lines[first + k]!;
    const cell = line.trim();
    if (EMPTY_CELL.test(cell)) numbers.push(null);
    else if (NUMBER_CELL.test(cell)) numbers.push({ raw: cell, start: starts[first + k]! + line.indexOf(cell) });
    else return null;
  }
  return { label: rowLabel(unit !== null && !header.unitColumn ? words : indicator), unit, numbers, end: at + cells };
}

/**
 * A row's cells as drafts: each value column with the change columns after it, in the row's unit or else
 * the value column's (a value with neither gives none).
 */
function readCellLineRow(row: CellLineRow, header: CellLineHeader, drafts: Draft[]): void {
  const { columns } = header;
  for (let k = 0; k < columns.length; ) {
    let end = k + 1;
    while (end < columns.length && columns[end]!.change !== undefined) end++;
    const unit = row.unit ?? header.units[k] ?? null;
    const numbers: RowNumber[] = [];
    const groupColumns: FlatColumn[] = [];
    for (let c = k; c < end; c++) {
      const n = row.numbers[c];
      if (n === null || n === undefined) continue;
      numbers.push(n);
      groupColumns.push(columns[c]!);
    }
    if (unit !== null && numbers.length > 0) readRow(row.label, unit.magnitude, unit.unit, numbers, groupColumns, drafts);
    k = end;
  }
}

/**
 * A glued header with no unit column, a value marker then a change word (`指标及分类绝对数比上年增长`),
 * whose rows are each an indicator glued to its value and change (`一般贸易344.2-3.7`) and whose
 * unit a note right after the rows gives (`单位：亿元、%`).
 */
const NOTE_HEADER_RE = new RegExp(`(${alternation(VALUE_MARKER_HEADERS)})(${alternation(Object.keys(CHANGE_HEADERS).filter((w) => w.length > 1))})(?:[(（]%[)）])?`, 'g');
const UNITLESS_ROW_RE = new RegExp(`${SPACE}*(${LABEL_PART}{1,40}?)(${GLUED_PAIR})(?![\\d.])`, 'y');
const UNIT_NOTE_RE = new RegExp(`\\s*单位[:：]\\s*${NOTE_CURRENCY_BEFORE}(${alternation(MAGNITUDES)})?(${alternation(UNITS)})${NOTE_CURRENCY_AFTER}(?:[、,，]\\s*%)?`, 'y');

/** Reads the tables whose unit a note after the rows gives (NOTE_HEADER_RE) into `drafts` and `covered`. */
function noteUnitTables(text: string, drafts: Draft[], covered: [number, number][]): void {
  NOTE_HEADER_RE.lastIndex = 0;
  for (let h = NOTE_HEADER_RE.exec(text); h; h = NOTE_HEADER_RE.exec(text)) {
    const start = NOTE_HEADER_RE.lastIndex;
    const rows: { label: string; numbers: RowNumber[] | null }[] = [];
    let end = start;
    for (let m = matchAt(UNITLESS_ROW_RE, text, end); m; m = matchAt(UNITLESS_ROW_RE, text, end)) {
      end = UNITLESS_ROW_RE.lastIndex;
      rows.push({ label: rowLabel(m[1]!), numbers: rowNumbers(m[2]!, end - m[2]!.length) });
    }
    const note = matchAt(UNIT_NOTE_RE, text, end);
    if (rows.length < MIN_ROWS || !note) continue;
    const columns: FlatColumn[] = [
      { words: h[1]!, change: undefined, period: false },
      { words: h[2]!, change: changeBasis(h[2]!), period: false },
    ];
    for (const row of rows) if (row.numbers) readRow(row.label, note[1] ?? '', note[2]!, row.numbers, columns, drafts);
    covered.push([start, end]);
    NOTE_HEADER_RE.lastIndex = end;
  }
}

const matchAt = (re: RegExp, text: string, at: number): RegExpExecArray | null => {
  re.lastIndex = at;
  return re.exec(text);
};

/** A change cell of this or more is no rate: a value cell glued to its change by the page (`177934.6`). */
const MAX_CHANGE = 1000;

/** A header followed by fewer rows is no table (`各单位累计…` in running text). */
const MIN_ROWS = 2;

/** Reads rows from `at` while they read as rows of `columns`: where the last one ended, and how many. */
function readRows(text: string, at: number, columns: readonly FlatColumn[], drafts: Draft[]): { end: number; count: number } {
  let end = at;
  let count = 0;
  for (;;) {
    ROW_RE.lastIndex = end;
    const m = ROW_RE.exec(text);
    if (!m) return { end, count };
    const numbers = rowNumbers(m[4]!, ROW_RE.lastIndex - m[4]!.length);
    if (numbers !== null && numbers.length > columns.length) return { end, count };
    end = ROW_RE.lastIndex;
    if (numbers !== null && !(numbers.length === 1 && columns.length > 1 && gluedToNext(text, end))) {
      readRow(rowLabel(m[1]!), m[2] ?? '', m[3]!, numbers, columns.slice(columns.length - numbers.length), drafts);
    }
    count++;
  }
}

interface RowNumber {
  raw: string;
  start: number;
}

const GLUED_PAIR_RE = new RegExp(`^(?:${GLUED_PAIR})$`);
/** Two unsigned decimals glued, the first with as many decimals as the second (`184.8` `155.1`). */
const sameDecimalsSplit = (k: number): RegExp => new RegExp(`^(\\d+\\.\\d{${k}})((?:0|[1-9]\\d*)\\.\\d{${k}})$`);

/** A row's numbers as written from `start`: spaced, or a value glued to its change split; null when no split is sure. */
function rowNumbers(written: string, start: number): RowNumber[] | null {
  if (!GLUED_PAIR_RE.test(written)) return [...written.matchAll(NUMBER_RE)].map((n) => ({ raw: n[0], start: start + n.index }));
  const sign = written.search(/[-−]/);
  if (sign > 0) return [{ raw: written.slice(0, sign), start }, { raw: written.slice(sign), start: start + sign }];
  const split = sameDecimalsSplit(written.length - written.lastIndexOf('.') - 1).exec(written);
  return split ? [{ raw: split[1]!, start }, { raw: split[2]!, start: start + split[1]!.length }] : null;
}

/** A row's numbers run straight into the next row's words: the page dropped the cells' separators. */
const gluedToNext = (text: string, end: number): boolean => end < text.length && !/\s/.test(text[end]!);

const VALUE_MARKER_SET: ReadonlySet<string> = new Set(VALUE_MARKER_HEADERS);

function readRow(label: string, magnitude: string, unit: string, numbers: readonly RowNumber[], columns: readonly FlatColumn[], drafts: Draft[]): void {
  let previous: Draft | null = null;
  const rate = RATE_UNIT_SET.has(unit);
  numbers.forEach((n, i) => {
    const column = columns[i]!;
    const end = n.start + n.raw.length;
    if (column.change !== undefined && !(rate && numbers.length === 1)) {
      const read = readChangeCell(n.raw);
      if (read === null || read.value >= MAX_CHANGE) return;
      if (previous) {
        previous.change = { ...read, unit: column.changeUnit ?? DEFAULT_CHANGE_UNIT, basis: column.change, raw: n.raw };
        previous.extentEnd = end;
      } else {
        drafts.push(newDraft({ kind: 'change', start: n.start, end, value: read.value, unit: column.changeUnit ?? DEFAULT_CHANGE_UNIT, direction: read.direction, basis: column.change, label: label + column.words, source: 'table' }));
      }
      previous = null;
      return;
    }
    const read = readCell(n.raw, magnitude);
    previous = null;
    if (!read) return;
    previous = newDraft({
      start: n.start,
      end,
      value: read.value,
      unit: read.unit ?? unit,
      qualifier: read.qualifier,
      label: column.period || column.change !== undefined || VALUE_MARKER_SET.has(column.words) ? label : label + column.words,
      period: column.period ? column.words : null,
      source: 'table',
    });
    drafts.push(previous);
  });
}

/** Adds the flat tables' cells and drops running-text drafts in their rows. */
export function mergeFlatTableCells(drafts: readonly Draft[], text: string): Draft[] {
  const { drafts: cells, covered } = flatTableCells(text);
  return mergeCells(drafts, cells, covered);
}
