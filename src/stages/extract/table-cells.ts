// Metrics from tables: every numeric cell is a metric. Two layouts:
// - indicators in rows (专栏 plan tables): labelled by the row's indicator cell (list marker and
//   unit parentheses removed), with the unit from those parentheses (`(个)`, `(%)`, `(亿元)` → 元
//   and the magnitude applied), the qualifier from the cell (`>90`, `≥60`), and the period from the
//   column header (`2025年` → `2025`; `年均` as written);
// - indicators in the header (statistics tables: `月份 | 进出口(亿元) | 同比(%) |`): labelled and
//   unitised by their column's header, the row label a period (`4月`) or part of the label
//   (`广东`), and a change column (`同比(%)`) read as the change of the value cell before it.
// `—` and words (`预期性`) are not metrics. Each cell's span is located in the text within the
// table's span. Tables in 专栏 boxes carry the box's id; data tables outside boxes, none.
import type { Basis, Column, Table } from '../../schema/records.js';
import type { DataTable } from '../types.js';
import { PREFIX_QUALIFIERS, SUFFIX_QUALIFIERS } from '../../rules/zh/qualifiers.js';
import { MAGNITUDES } from '../../locale/zh/numerals.js';
import { LABEL_UNIT_INTROS, UNIT_APPOSITIONS, UNIT_MATERIALS, UNITS } from '../../rules/zh/units.js';
import { LIST_MARKER } from '../../rules/zh/labels.js';
import { AMOUNT_HEADERS, DEFAULT_CHANGE_UNIT, NOTE_CURRENCY_AFTER, NOTE_CURRENCY_BEFORE, PERIOD_ROW_LABEL, SEQUENCE_HEADERS, SPREAD_CELL, UNIT_HEADER_SET, VALUE_MARKER_HEADERS, WHOLE_YEAR_LABEL } from '../../rules/zh/tables.js';
import { alternation } from '../../lib/pattern.js';
import { parseChineseNumber } from '../../locale/zh/parse-number.js';
import { newDraft, type Draft } from './draft.js';
import { findCandidates } from './find-candidates.js';
import { changeBasis, changeSubject } from './change-headers.js';
import { resolveMetric } from './resolve-metric.js';

const CELL_BAR = '|';
const INDICATOR_COLUMN = 0;
const PREFIX = new RegExp(`^${alternation(Object.keys(PREFIX_QUALIFIERS))}`);
const SUFFIX = new RegExp(`${alternation(Object.keys(SUFFIX_QUALIFIERS))}$`);
/** A cell's number: group 1 its minus sign (`-1.5`, a loss or a fall stated as a value), 2 the digits, 3 a rate sign. */
const CELL_NUMBER = /^([-−])?(\d+(?:,\d{3})*(?:\.\d+)?)(%|‰)?$/;
/** A rate sign written after the words without brackets (`增长%`, `城镇化率‰`): the unit. */
const BARE_RATE_UNIT = /[%‰]$/;
/** `(个)`, `(%)`, `(亿元)` at the end of an indicator, the unit's label before it or not (`(单位:万元)`, as annual reports' tables write it). */
const UNIT_PARENS = new RegExp(`\\((?:${alternation(LABEL_UNIT_INTROS)})?([^()]{1,6})\\)$`);
const HEADER_YEAR = /((?:19|20)\d{2})(?:\s*[—–\-~至到]\s*((?:19|20)\d{2}))?\s*年?/;
const MAGNITUDE_FIRST = new RegExp(`^(${alternation(MAGNITUDES)})(.+)$`);

interface CellValue {
  value: number;
  qualifier: Draft['qualifier'];
  unit: string | null;
}

/** A cell's number, qualifier and own unit; null for `—`, words and empty cells. */
export function readCell(cell: string, magnitude: string): CellValue | null {
  let s = cell.trim();
  let qualifier: Draft['qualifier'] = 'exact';
  const p = PREFIX.exec(s);
  if (p) {
    qualifier = PREFIX_QUALIFIERS[p[0]]!;
    s = s.slice(p[0].length).trim();
  }
  const q = SUFFIX.exec(s);
  if (q) {
    qualifier = SUFFIX_QUALIFIERS[q[0]]!;
    s = s.slice(0, -q[0].length).trim();
  }
  const m = CELL_NUMBER.exec(s);
  if (!m) return readWrittenCell(cell.trim());
  try {
    const value = parseChineseNumber(m[2]! + magnitude);
    return { value: m[1] ? -value : value, qualifier, unit: m[3] ?? null };
  } catch {
    return null;
  }
}

/** A cell that writes its own unit (`2.5万亿元`, `约35个`): read as running text would be. */
function readWrittenCell(cell: string): CellValue | null {
  const found = findCandidates(cell);
  if (found.length !== 1) return null;
  const d = resolveMetric(found[0]!);
  if (!d || d.start !== 0 || d.end !== cell.length || d.kind !== 'quantity') return null;
  return { value: d.value, qualifier: d.qualifier, unit: d.unit };
}

/** The column that holds each row's unit (`单位`): its rows are indicators; -1 when there is none. */
const unitColumnOf = (table: Table): number => table.header.findIndex((h) => UNIT_HEADER_SET.has(h.trim()));

/** A cell as its word: a spread-out one (SPREAD_CELL, `合    计`) without its spaces; any other trimmed. */
export const unspread = (cell: string): string => {
  const s = cell.trim();
  return SPREAD_CELL.test(s) ? s.replace(/\s+/g, '') : s;
};

/** The indicator's label and unit: `1.“一带一路”海关国际合作机制(个)` → label, `个`. */
export function readIndicator(cell: string): { label: string; unit: string | null; magnitude: string } {
  let label = unspread(cell).replace(LIST_MARKER, '');
  let unit: string | null = null;
  let magnitude = '';
  const bare = BARE_RATE_UNIT.exec(label);
  if (bare) return { label: label.slice(0, bare.index).trim(), unit: bare[0], magnitude };
  const u = UNIT_PARENS.exec(label);
  if (u) {
    label = label.slice(0, u.index).trim();
    unit = u[1]!.trim();
    const mm = MAGNITUDE_FIRST.exec(unit);
    if (mm) {
      magnitude = mm[1]!;
      unit = mm[2]!;
    }
  }
  return { label, unit, magnitude };
}

/** A header cell as a period: `2025年` → `2025`, `2021—2025年` → `2021-2025`, else as written. */
export function headerPeriod(header: string): string | null {
  const h = header.trim();
  if (!h) return null;
  const m = HEADER_YEAR.exec(h);
  if (m) return m[2] ? `${m[1]}-${m[2]}` : m[1]!;
  return h;
}

/** Cells of one text line with their offsets, as splitCells reads them. */
function lineCells(text: string, lineStart: number, lineEnd: number): { text: string; start: number; end: number }[] {
  const cells: { text: string; start: number; end: number }[] = [];
  let segStart = lineStart;
  for (let i = lineStart; i <= lineEnd; i++) {
    if (i === lineEnd || text[i] === CELL_BAR) {
      const seg = text.slice(segStart, i);
      const lead = seg.length - seg.trimStart().length;
      const trimmed = seg.trim();
      cells.push({ text: trimmed, start: segStart + lead, end: segStart + lead + trimmed.length });
      segStart = i + 1;
    }
  }
  const line = text.slice(lineStart, lineEnd).trim();
  if (line.endsWith(CELL_BAR) && cells.length > 0) cells.pop();
  return cells;
}

/**
 * A row line's cells as its table row holds them: the empty cell before a leading bar is dropped
 * when the row has one cell less (a Markdown row's opening bar), kept otherwise (an HTML row's
 * empty first cell; splitCells decides so for the table).
 */
function rowCells(text: string, line: readonly [number, number], row: readonly string[]): ReturnType<typeof lineCells> {
  const cells = lineCells(text, line[0], line[1]);
  if (cells.length > row.length && cells[0]!.text === '' && cells[0]!.start === cells[0]!.end) cells.shift();
  return cells;
}

export interface TableCells {
  drafts: Draft[];
  /** text ranges of the table lines: running-text candidates there are superseded */
  covered: [number, number][];
}

/** The line holding `first` between `from` and `to`, as `[lineStart, lineEnd)`. */
function rowLine(text: string, from: number, to: number, first: string): [number, number] | null {
  const at = text.indexOf(first, from);
  if (at < 0 || at >= to) return null;
  const lineStart = text.lastIndexOf('\n', at) + 1;
  let lineEnd = text.indexOf('\n', at);
  if (lineEnd < 0 || lineEnd > to) lineEnd = to;
  return [lineStart, lineEnd];
}

/** A table and where it stands: a 专栏 box's (its id) or a data table's (no id). */
interface PlacedTable {
  column: string | null;
  span: readonly [number, number];
  table: Table;
}

/** A change column's number, signed (`-2.1` → down 2.1); `—` and words do not match. */
const SIGNED_CELL = /^([+\-−–])?\s*(\d+(?:\.\d+)?)%?$/;

/** A header cell: the indicator it names, and whether its column holds changes (the basis, or undefined). */
interface HeaderCell {
  label: string;
  unit: string | null;
  magnitude: string;
  change: Basis | null | undefined;
}

/** A header cell's words, its unit parentheses and spaces aside (`同比 (%)` → `同比`). */
const headerWords = (label: string): string => label.replace(/\s+/g, '');

/**
 * A header of two rows whose upper cell spans the lower ones and states their unit, as
 * parse-table merges it (`总量(亿元) 第一 产业`, `增长(%) 第一 产业`): group 1 the upper cell's
 * words, 2 the unit, 3 the lower cell's words (which state none of their own).
 */
const SPANNING_UNIT_HEADER = /^([^()\s]+)\s*\(([^()]{1,6})\)\s+([^()]+)$/;

/** A spanning header's upper words, unit and lower words; null for any other header cell. */
function spanningHeader(cell: string): { upper: string; unit: string; lower: string } | null {
  const m = SPANNING_UNIT_HEADER.exec(cell.trim());
  return m ? { upper: m[1]!, unit: m[2]!, lower: headerWords(m[3]!) } : null;
}

/**
 * A header cell's label, unit and magnitude: a spanning header's unit is its upper cell's, and its
 * label the words of both rows, a word that only marks values (`总量`) aside (`地区生产总值`).
 */
function headerIndicator(cell: string): ReturnType<typeof readIndicator> {
  const spanning = spanningHeader(cell);
  if (!spanning) return readIndicator(cell);
  const upper = readIndicator(`${spanning.upper}(${spanning.unit})`);
  const label = [upper.label, spanning.lower].filter((w) => !VALUE_MARKER_HEADERS.includes(w)).join('');
  return { ...upper, label };
}

/**
 * The change basis a header names (undefined: a value column): a spanning header's upper cell may
 * name it (`增长(%)` over `第一 产业`), else the header's words end with a change word.
 */
function headerChange(cell: string, label: string): Basis | null | undefined {
  const spanning = spanningHeader(cell);
  const upper = spanning ? changeBasis(headerWords(spanning.upper)) : undefined;
  return upper !== undefined ? upper : changeBasis(headerWords(label));
}

function readHeader(cell: string): HeaderCell | null {
  if (!cell.trim()) return null;
  const indicator = headerIndicator(cell);
  return { ...indicator, change: headerChange(cell, indicator.label) };
}

/**
 * A unit the unit tables know, alone or as the first of a rate (`立方米/日`, `人次/日`, `吨标准煤/万元`), with its
 * currency's name after it (`元人民币`: UNIT_APPOSITIONS) or the material it measures (`吨标准煤`: UNIT_MATERIALS);
 * not a word that merely opens with one (`台港澳`, `个人`, `项目`) nor a rank (`位次`, `名次`: SEQUENCE_HEADERS). A
 * data table may be any table of a page, so its parentheses name a unit only when they read as one; a 专栏's
 * indicator parentheses are always its unit.
 */
function isKnownUnit(unit: string | null): boolean {
  if (unit === null || SEQUENCE_HEADERS.has(unit)) return false;
  const slash = unit.indexOf('/');
  const head = slash < 0 ? unit : unit.slice(0, slash);
  for (const u of UNITS) {
    if (!head.startsWith(u)) continue;
    const rest = head.slice(u.length);
    if (rest === '' || (UNIT_APPOSITIONS as readonly string[]).includes(rest) || UNIT_MATERIALS.includes(rest)) return true;
  }
  return false;
}

/** A header or row label that names a period (`2022年(亿元)`, `4月`, `一季度`), the unit parentheses aside. */
const isPeriodCell = (cell: string): boolean => {
  const words = headerWords(readIndicator(cell).label);
  return words !== '' && (HEADER_YEAR.test(words) || PERIOD_ROW_LABEL.test(words));
};

/**
 * Indicators in the header: at least half of the header cells after the first name a unit, and
 * some do. A header that is a period (`2022年(亿元)`) names the column's time, not an indicator.
 */
function indicatorsInHeader(table: Table): boolean {
  // a change column (`增长(%)`) names the change of another column, no indicator of its own: neither counted
  // nor counting against (`月份 | 进出口(亿元) | 同比(%) | 环比(%)`, two changes of one value;
  // `fixtures/extract/table-two-change-columns`)
  const named = table.header.slice(1).filter((h) => h.trim() !== '' && !isPeriodCell(h) && readHeader(h)?.change === undefined);
  const withUnit = named.filter((h) => isKnownUnit(headerIndicator(h).unit)).length;
  return withUnit > 0 && withUnit * 2 >= named.length;
}

/**
 * The unit a table states for all its cells, on a line of its own above its header (a caption row
 * of the table, or a line at most TABLE_UNIT_LINES above the table) or closing its caption
 * (`单位:万元`, `表1 收入情况 单位:亿元`, `金额单位:万元`).
 */
function tableUnit(text: string, p: PlacedTable): { unit: string; magnitude: string } | null {
  const header = rowLine(text, p.span[0], p.span[1], p.table.header.find((h) => h.trim() !== '') ?? '');
  let start = p.span[0];
  for (let k = 0; k < TABLE_UNIT_LINES && start > 0; k++) start = text.lastIndexOf('\n', start - 2) + 1;
  const firstLineEnd = text.indexOf('\n', p.span[0]);
  const end = header ? header[1] : firstLineEnd < 0 ? p.span[1] : firstLineEnd;
  for (const line of text.slice(start, end).split('\n')) {
    const m = TABLE_UNIT_RE.exec(line);
    if (m) return { unit: m[2]!, magnitude: m[1] ?? '' };
  }
  return null;
}
const TABLE_UNIT_LINES = 2;
/** `单位:万元`, and `单位:亿元、%` (the rates' unit after the values'; a change column keeps its own). */
const TABLE_UNIT_RE = new RegExp(`(?:^|[\\s|])(?:金额|计量|货币)?单位\\s*[::]\\s*${NOTE_CURRENCY_BEFORE}(${alternation(MAGNITUDES)})?(${alternation(UNITS)})${NOTE_CURRENCY_AFTER}(?:\\s*[、,;/]\\s*[%‰])?[\\s|]*$`);

/** A data table's cell is a metric only with a known unit (from the cell, its indicator or header). */
const unitHolds = (p: PlacedTable, unit: string | null): boolean => p.column !== null || isKnownUnit(unit);

/** A header that names an amount (`数量`, `单价`, `中标金额`: AMOUNT_HEADERS), its unit parentheses aside. */
const namesAmount = (header: string | undefined): boolean => header !== undefined && AMOUNT_HEADERS.has(headerWords(readIndicator(header).label));

/**
 * The unit a data table's cell is read with, or undefined when the cell is no metric: a known unit
 * (the cell's, its column's or its row's), else none under a header that names an amount (`数量 |
 * 单价`: the page states no unit, and none is guessed).
 */
function cellUnit(p: PlacedTable, unit: string | null, header: string | undefined): string | null | undefined {
  if (unitHolds(p, unit)) return unit;
  return namesAmount(header) ? null : undefined;
}

/** A period as a table writes it: a whole year as its digits (`2021年` → `2021`), anything else as written (`2023年4月`). */
const periodOfLabel = (label: string): string => WHOLE_YEAR_LABEL.exec(label)?.[1] ?? label;

export function tableCells(text: string, columns: readonly Column[], tables: readonly DataTable[] = []): TableCells {
  const drafts: Draft[] = [];
  const covered: [number, number][] = [];
  const placed: PlacedTable[] = [];
  for (const column of columns) if (column.table) placed.push({ column: column.id, span: column.span, table: column.table });
  for (const t of tables) placed.push({ column: null, span: t.span, table: t.table });
  for (const p of placed) {
    // a 专栏's table is a plan's: indicators in its rows, as they always are there
    if (p.column === null && unitColumnOf(p.table) < 0 && indicatorsInHeader(p.table)) headerIndicatorCells(text, p, drafts, covered);
    else rowIndicatorCells(text, p, drafts, covered);
  }
  drafts.sort((a, b) => a.start - b.start);
  return { drafts, covered };
}

/**
 * Finds each row's line after the header's, in order: `visit` gets the row and its located cells.
 * A box's table lines are its own: running text there is superseded line by line. A data table
 * may be a page's layout table holding prose, so there only the cells read as metrics (`cover`)
 * supersede what running text found in them.
 */
function eachRowLine(text: string, p: PlacedTable, covered: [number, number][], visit: (row: string[], cells: ReturnType<typeof lineCells>) => void): void {
  const wholeLines = p.column !== null;
  let cursor = p.span[0];
  const headerLine = rowLine(text, cursor, p.span[1], p.table.header.find((h) => h.trim() !== '') ?? '');
  if (headerLine) {
    if (wholeLines) covered.push(headerLine);
    cursor = headerLine[1];
  }
  for (const row of p.table.rows) {
    // the row's line is found by its first written cell (an HTML row may open with an empty one)
    const first = row.find((c) => c.trim() !== '') ?? '';
    if (!first.trim()) continue;
    const line = rowLine(text, cursor, p.span[1], first.trim());
    if (!line) continue;
    if (wholeLines) covered.push(line);
    cursor = line[1];
    visit(row, rowCells(text, line, row));
  }
}

/** A cell read from a data table supersedes running text in it (a box's whole lines already do). */
function cover(p: PlacedTable, covered: [number, number][], cell: { start: number; end: number }): void {
  if (p.column === null) covered.push([cell.start, cell.end]);
}

/** The located cell `i` of a row, when it holds the row's cell text (else the row was not found as written). */
const locate = (located: ReturnType<typeof lineCells>, i: number, cell: string): { start: number; end: number } | null =>
  located[i] && located[i]!.text === cell.trim() ? located[i]! : null;

/**
 * What a header cell says of its column in a table with indicators in its rows: its period (a
 * 专栏's header is its years and frames, as written; a data table's, only a header that reads as
 * a period), the unit its parentheses name (`2022年(亿元)`), and, in a data table, the words of a
 * header that is no period (`金额(万元)`), which the label takes after the row's.
 */
function rowTableHeader(p: PlacedTable, header: string): RowTableHeader {
  const { label, unit, magnitude } = readIndicator(header);
  if (p.column !== null) return { period: headerPeriod(header), unit, magnitude, words: '', change: undefined };
  // a header of two rows is `upper lower` (`6月 增长(%)`): a part may be the period, the last the
  // change; an upper cell that states the unit gives it to the lower ones (`2023年(亿元) 本月`)
  const spanning = spanningHeader(header);
  const own = spanning ? headerIndicator(header) : { unit, magnitude };
  const parts = (spanning ? `${spanning.upper} ${spanning.lower}` : label).split(' ').filter((w) => w !== '');
  const periodPart = parts.find((w) => isPeriodCell(w));
  const last = headerWords(parts[parts.length - 1] ?? '');
  const change = spanning ? headerChange(header, last) : parts.length > 0 ? changeBasis(last) : undefined;
  const words = parts.filter((w) => w !== periodPart && !VALUE_MARKER_HEADERS.includes(w)).join('');
  return {
    period: periodPart !== undefined ? headerPeriod(periodPart) : null,
    unit: isKnownUnit(own.unit) ? own.unit : null,
    magnitude: isKnownUnit(own.unit) ? own.magnitude : '',
    words: change !== undefined ? '' : words,
    change,
  };
}

interface RowTableHeader {
  period: string | null;
  unit: string | null;
  magnitude: string;
  words: string;
  /** a column of changes of the value cell before it: the basis (null: none named); undefined for values */
  change: Basis | null | undefined;
}

const NO_HEADER: RowTableHeader = { period: null, unit: null, magnitude: '', words: '', change: undefined };

/** Indicators in rows (专栏 plan tables): label and unit from the row, period from the header. */
/**
 * A column's words, unit aside: what a change header may name (`进出口`); a spanning header's lower
 * words (`2023年(亿元) 本月` → `本月`), which its change columns name (`增长(%) 本月`).
 */
const columnKey = (header: string): string => spanningHeader(header)?.lower ?? headerWords(headerIndicator(header).label);

/**
 * The value column a change header names: the words before its change words (`进出口同比(%)` →
 * `进出口`), or a spanning change header's lower words (`增长(%) 第一 产业` → `第一产业`).
 */
function columnSubject(header: string, key: string): string {
  const spanning = spanningHeader(header);
  return spanning && changeBasis(headerWords(spanning.upper)) !== undefined ? spanning.lower : changeSubject(key);
}

/** Each column's words and, for a change column, the value column it names (`进出口同比(%)` → `进出口`): read once a table. */
function columnNames(header: readonly string[]): { keys: string[]; subjects: string[] } {
  const keys = header.map(columnKey);
  return { keys, subjects: header.map((h, i) => columnSubject(h, keys[i]!)) };
}

/**
 * The value a change cell belongs to: the row's value in the column its header names (`subject`,
 * `进出口` for `进出口同比(%)`), else the value just before it.
 */
function changeOwner(byColumn: ReadonlyMap<string, Draft>, subject: string | undefined, previous: Draft | null): Draft | null {
  const named = subject === undefined || subject === '' ? undefined : byColumn.get(subject);
  return named !== undefined && named.change === null ? named : previous;
}

function rowIndicatorCells(text: string, p: PlacedTable, drafts: Draft[], covered: [number, number][]): void {
  const table = p.table;
  const heads = table.header.map((h) => rowTableHeader(p, h));
  const names = columnNames(table.header);
  const unitColumn = unitColumnOf(table);
  // the indicator stands right before the unit column (`类别 | 指标 | 单位 |`): columns before it group the rows
  const indicatorColumn = unitColumn > 0 ? unitColumn - 1 : INDICATOR_COLUMN;
  const stated = p.column === null ? tableUnit(text, p) : null;
  eachRowLine(text, p, covered, (row, located) => {
    const offset = p.column === null ? spannedCells(table.header, row) : 0;
    const indicatorCell = row[Math.max(indicatorColumn - offset, 0)]!;
    const indicator = readIndicator(indicatorCell);
    // a bracket that names no unit (`辽宁省(不含大连市)`, the row's scope) is part of the label: the table's stated unit holds
    if (stated !== null && !isKnownUnit(indicator.unit)) Object.assign(indicator, stated, { label: unspread(indicatorCell).replace(LIST_MARKER, '') });
    const unitCell = unitColumn > 0 ? row[unitColumn - offset]?.trim() : undefined;
    if (unitCell) {
      Object.assign(indicator, readIndicator(`(${unitCell})`), { label: indicator.label });
      // a unit cell is no running text (`千升` would read as 1000 升)
      const loc = locate(located, unitColumn - offset, unitCell);
      if (loc) cover(p, covered, loc);
    }
    let previous: Draft | null = null;
    // the value a run of change columns follows: a second change of it (`同比(%) | 环比(%)`) is a record of its own
    let changed: Draft | null = null;
    // the row's values by their column's words: a change header may name its column (`进出口同比(%)`)
    const byColumn = new Map<string, Draft>();
    // whether the last value cell before a change cell was empty or a dash (no value stated: the change stands alone)
    let valueMissing = false;
    for (let i = 0; i < row.length; i++) {
      // the header's column of this cell
      const j = i + offset;
      if (j <= indicatorColumn || j === unitColumn) continue;
      const cell = row[i]!;
      // a row may have more cells than its header
      const head = heads[j] ?? NO_HEADER;
      if (head.change !== undefined) {
        const loc = locate(located, i, cell);
        const target = changeOwner(byColumn, names.subjects[j], previous);
        if (target && loc && attachChangeCell(target, cell, head.unit, head.change)) cover(p, covered, loc);
        const own = !target && loc && valueMissing ? changeCellRecord(cell, loc, head.unit, head.change, indicator.label || null, head.period, p.column) : null;
        if (own) {
          cover(p, covered, loc!);
          drafts.push(own);
        }
        previous = null;
        continue;
      }
      previous = null;
      valueMissing = isBlankCell(cell);
      // the cell's own unit, else its column's (金额(万元)), else its row's
      const unit = head.unit ?? indicator.unit;
      const read = readCell(cell, head.unit !== null ? head.magnitude : indicator.magnitude);
      const loc = read && locate(located, i, cell);
      const cellsUnit = read ? cellUnit(p, read.unit ?? unit, table.header[j]) : undefined;
      if (!read || !loc || cellsUnit === undefined) continue;
      cover(p, covered, loc);
      previous = newDraft({
        start: loc.start,
        end: loc.end,
        value: read.value,
        unit: cellsUnit,
        qualifier: read.qualifier,
        label: indicator.label + head.words || null,
        period: head.period,
        column: p.column,
        source: 'table',
      });
      drafts.push(previous);
      if (j < names.keys.length) byColumn.set(names.keys[j]!, previous);
    }
  });
}

/**
 * How many leading cells a data row lacks because cells above it span its rows (rowspan: a group
 * label `工业` over two rows): a row shorter than the header whose last cell is a number stands under
 * the header's last columns. 0 for any other row.
 */
function spannedCells(header: readonly string[], row: readonly string[]): number {
  if (row.length >= header.length || row.length < 2) return 0;
  return SIGNED_CELL.test(row[row.length - 1]!.trim()) || readCell(row[row.length - 1]!, '') !== null ? header.length - row.length : 0;
}

/**
 * Indicators in the header (statistics tables): label and unit from the column, a change column
 * read as the change of the value before it. The columns before the first indicator label the
 * row (`商品名称`), one that numbers the rows (`序号`, or only integers) aside; a row label that
 * is a period (`4月`, `2021`) is the period instead.
 */
function headerIndicatorCells(text: string, p: PlacedTable, drafts: Draft[], covered: [number, number][]): void {
  const heads = p.table.header.map(readHeader);
  const names = columnNames(p.table.header);
  const stated = tableUnit(text, p);
  // a header that is a period (`2023年(亿元)`) gives its column's period, not words of the label
  const headPeriods = p.table.header.map((h) => (isPeriodCell(h) ? headerPeriod(readIndicator(h).label) : null));
  // a column that names an amount (`数量` before `金额(元)`) is an indicator too, no label of the row
  const isIndicator = (h: HeaderCell | null, i: number): boolean => h !== null && (h.change !== undefined || isKnownUnit(h.unit) || namesAmount(p.table.header[i]));
  const first = Math.max(1, heads.findIndex(isIndicator));
  const labelColumns: number[] = [];
  for (let i = 0; i < first; i++) {
    const header = p.table.header[i]!.trim();
    const numbersRows = SEQUENCE_HEADERS.has(header) || (i < first - 1 && p.table.rows.every((r) => /^\d*$/.test((r[i] ?? '').trim())));
    if (!numbersRows) labelColumns.push(i);
  }
  eachRowLine(text, p, covered, (row, located) => {
    let rowLabel = '';
    let period: string | null = null;
    for (const i of labelColumns) {
      const cell = unspread(row[i] ?? '').replace(LIST_MARKER, '');
      if (period === null && PERIOD_ROW_LABEL.test(cell)) period = periodOfLabel(cell);
      else rowLabel += cell;
    }
    let previous: Draft | null = null;
    // the value a run of change columns follows: a second change of it (`同比(%) | 环比(%)`) is a record of its own
    let changed: Draft | null = null;
    // the row's values by their column's words: a change header may name its column (`进出口同比(%)`)
    const byColumn = new Map<string, Draft>();
    // whether the last value cell before a change cell was empty or a dash (no value stated: the change stands alone)
    let valueMissing = false;
    for (let i = first; i < row.length; i++) {
      const head = heads[i];
      const cell = row[i]!;
      if (!head) continue;
      if (head.change !== undefined) {
        const loc = locate(located, i, cell);
        const target = changeOwner(byColumn, names.subjects[i], previous);
        if (target && loc && attachChangeCell(target, cell, head.unit, head.change)) cover(p, covered, loc);
        const own =
          !target && loc && valueMissing
            ? changeCellRecord(cell, loc, head.unit, head.change, rowLabel || null, headPeriods[i] ?? period, p.column)
            : !target && loc && changed
              ? changeCellRecord(cell, loc, head.unit, head.change, changed.label, changed.period, p.column)
              : null;
        if (own) {
          cover(p, covered, loc!);
          drafts.push(own);
        }
        if (target) changed = target;
        previous = null;
        continue;
      }
      changed = null;
      valueMissing = isBlankCell(cell);
      // a column without a unit takes the table's (`单位:万元` above it)
      const own = head.unit !== null || stated === null ? head : stated;
      const read = readCell(cell, own.magnitude);
      const loc = read && locate(located, i, cell);
      previous = null;
      const cellsUnit = read ? cellUnit(p, read.unit ?? own.unit, p.table.header[i]) : undefined;
      if (!read || !loc || cellsUnit === undefined) continue;
      cover(p, covered, loc);
      previous = newDraft({
        start: loc.start,
        end: loc.end,
        value: read.value,
        unit: cellsUnit,
        qualifier: read.qualifier,
        label: rowLabel + (headPeriods[i] === null ? head.label : '') || null,
        period: headPeriods[i] ?? period,
        column: p.column,
        source: 'table',
      });
      drafts.push(previous);
      byColumn.set(names.keys[i]!, previous);
    }
  });
}

/**
 * A change column's cell read (`-2.1` → down 2.1); null for `—`, words and 0 (持平 has no
 * direction: the value keeps no change).
 */
export function readChangeCell(cell: string): { direction: 'up' | 'down'; value: number } | null {
  const m = SIGNED_CELL.exec(cell.trim());
  const value = m ? Number(m[2]) : 0;
  if (value === 0) return null;
  return { direction: m![1] !== undefined && m![1] !== '+' ? 'down' : 'up', value };
}

/** A change column's cell as the change of the value before it (`-2.1` → down 2.1 %); false when it reads as none. */
function attachChangeCell(previous: Draft, cell: string, unit: string | null, basis: Basis | null): boolean {
  const read = readChangeCell(cell);
  if (read === null) return false;
  previous.change = { ...read, unit: unit ?? DEFAULT_CHANGE_UNIT, basis, raw: cell.trim() };
  return true;
}

/** An empty value cell or a dash (`—`, `-`, `--`): no value stated. */
const BLANK_CELL = /^[\s—–\-－]*$/;
const isBlankCell = (cell: string): boolean => BLANK_CELL.test(cell);

/**
 * A change column's cell with no value of its row to belong to (`固定资产投资 | 亿元 | — | -3.4`: the value
 * column's cell is empty or a dash): a change record of its own (`-3.4` → down 3.4 %), or null when the cell
 * reads as no change.
 */
function changeCellRecord(
  cell: string,
  loc: { start: number; end: number },
  unit: string | null,
  basis: Basis | null,
  label: string | null,
  period: string | null,
  column: string | null,
): Draft | null {
  const read = readChangeCell(cell);
  if (read === null) return null;
  return newDraft({
    kind: 'change',
    start: loc.start,
    end: loc.end,
    value: read.value,
    unit: unit ?? DEFAULT_CHANGE_UNIT,
    direction: read.direction,
    basis,
    label,
    period,
    column,
    source: 'table',
  });
}

/** Adds the table cells and drops running-text drafts on table lines. */
export function mergeTableCells(drafts: readonly Draft[], text: string, columns: readonly Column[], tables: readonly DataTable[] = []): Draft[] {
  const { drafts: cells, covered } = tableCells(text, columns, tables);
  return mergeCells(drafts, cells, covered);
}

/** Adds table cells to running-text drafts, dropping the drafts that start in a covered range. */
export function mergeCells(drafts: readonly Draft[], cells: readonly Draft[], covered: readonly [number, number][]): Draft[] {
  if (cells.length === 0 && covered.length === 0) return [...drafts];
  const isCovered = coverage(covered);
  const kept = drafts.filter((d) => !isCovered(d.start));
  return [...kept, ...cells].sort((a, b) => a.start - b.start);
}

/** Whether an offset lies in one of the ranges: merged and searched, so that a table of thousands of cells stays linear-logarithmic. */
function coverage(ranges: readonly [number, number][]): (at: number) => boolean {
  const merged: [number, number][] = [];
  for (const [s, e] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return (at) => {
    let lo = 0;
    let hi = merged.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [s, e] = merged[mid]!;
      if (at < s) hi = mid - 1;
      else if (at >= e) lo = mid + 1;
      else return true;
    }
    return false;
  };
}
