// A table that a text dump writes one cell a line, whose column header states each value column's
// unit in brackets (`项目` / `金额(万元)` / `节约率(` / `%` / `)` / `备注`, then rows `label` / `value` /
// `value`): which header cell a value alone on its line stands under, and that cell's unit.
//
// Bounded: from a value line at most CELL_ROW_REACH lines up to the header, the header at most
// CELL_HEADER_LINES lines, a row at most CELL_ROW_VALUES values.
import { alternation } from '../../lib/pattern.js';
import { MAGNITUDES } from '../../locale/zh/numerals.js';
import { LABEL_UNIT_INTROS, UNITS } from '../../rules/zh/units.js';
import { CELL_LIST_MARKERS, HEADER_CELL_MAX, NUMBER_CELL, SEQUENCE_HEADERS } from '../../rules/zh/tables.js';
import { SENTENCE_PUNCTUATION } from '../../rules/zh/line-shapes.js';

/** Where a header cell's unit stands in the text, and its magnitude if any. */
export interface HeaderUnit {
  unitStart: number;
  unitEnd: number;
  magnitudeStart: number | null;
}

interface Line {
  start: number;
  end: number;
  /** the line without its surrounding spaces */
  text: string;
}

/** How far up from a value its table's header is looked for. */
const CELL_ROW_REACH = 40;
/** How many lines a header may take. */
const CELL_HEADER_LINES = 16;
/** How many values a row may hold. */
const CELL_ROW_VALUES = 12;

/** A header cell ending with its unit in brackets (`金额(万元)`, `(元)`): group 1 the magnitude, group 2 the unit. */
const CELL_UNIT_END = new RegExp(`[(（](?:${alternation(LABEL_UNIT_INTROS)})?(${alternation(MAGNITUDES)})?(${alternation(UNITS)})[)）]$`);
/** A line that is a bracketed unit alone (`(元)`): the end of the header cell above it. */
const BRACKET_ONLY = /^[(（][^()（）]*[)）]$/;
/** A header cell's line: no digits, no punctuation but brackets, short. */
const HEADER_LINE_BAD = /[\d:：,，、;；。!?！？]/;
const SPACES = /[ \t\u3000]+/g;

function lineFrom(text: string, start: number): Line {
  const nl = text.indexOf('\n', start);
  const end = nl < 0 ? text.length : nl;
  return { start, end, text: text.slice(start, end).trim() };
}

/** The non-blank line above `line` (a few blank lines skipped), or null. */
function above(text: string, line: Line): Line | null {
  let start = line.start;
  for (let k = 0; k < 3 && start > 0; k++) {
    const prev = lineFrom(text, text.lastIndexOf('\n', start - 2) + 1);
    if (prev.text !== '') return prev;
    start = prev.start;
  }
  return null;
}

/** The non-blank line below `line`, or null. */
function below(text: string, line: Line): Line | null {
  let end = line.end;
  for (let k = 0; k < 3 && end < text.length; k++) {
    const next = lineFrom(text, end + 1);
    if (next.text !== '') return next;
    end = next.end;
  }
  return null;
}

const isNumber = (line: Line | null): boolean => line !== null && NUMBER_CELL.test(line.text);
const isMarker = (line: Line | null): boolean => line !== null && CELL_LIST_MARKERS.has(line.text);
const isHeaderLine = (line: Line): boolean =>
  !HEADER_LINE_BAD.test(line.text) && line.text.replace(SPACES, '').length <= HEADER_CELL_MAX;
const SMALL_INTEGER = /^\d{1,3}$/;

/** `1` / `.`: a list item's marker that the dump broke after its number, no value. */
function isSplitMarker(text: string, line: Line): boolean {
  return SMALL_INTEGER.test(line.text) && isMarker(below(text, line));
}

interface Cell {
  /** the cell's words without spaces */
  words: string;
  /** each character's place in the text */
  at: number[];
}

function addLine(cell: Cell, line: Line, text: string): void {
  for (let i = line.start; i < line.end; i++) {
    const ch = text[i]!;
    if (ch === ' ' || ch === '\t' || ch === '\u3000') continue;
    cell.words += ch;
    cell.at.push(i);
  }
}

/** The header's lines as cells: a bracketed unit alone joins the cell above, an open bracket takes the lines up to its close. */
function cells(text: string, lines: Line[]): Cell[] {
  const out: Cell[] = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    if (last && (BRACKET_ONLY.test(line.text) || unclosed(last.words))) addLine(last, line, text);
    else {
      const cell: Cell = { words: '', at: [] };
      addLine(cell, line, text);
      out.push(cell);
    }
  }
  return out;
}

function unclosed(words: string): boolean {
  const open = Math.max(words.lastIndexOf('('), words.lastIndexOf('（'));
  return open >= 0 && open > Math.max(words.lastIndexOf(')'), words.lastIndexOf('）'));
}

/**
 * The unit of the header cell that the number alone on `valueLine` stands under, or null unless the
 * table reads plainly: header `[序号] label-column value-columns…`, the first value column the first
 * with a unit; the value the n-th number after its row's label, n within the value columns; no
 * sentence between. A row's sequence number (`2` after row `1`'s values) and a list marker broken
 * from its dot (`1` / `.`) are no values.
 */
export function headerUnitFor(text: string, valueStart: number): HeaderUnit | null {
  const value = lineFrom(text, valueStart);
  if (!NUMBER_CELL.test(value.text) || isSplitMarker(text, value)) return null;
  // the values before this one in its row, then the row's label
  let col = 0;
  let cur: Line | null = value;
  let label: Line | null = above(text, value);
  while (label && isNumber(label) && col < CELL_ROW_VALUES) {
    col++;
    cur = label;
    label = above(text, cur);
  }
  if (!label || isNumber(label) || isMarker(label) || SENTENCE_PUNCTUATION.test(label.text)) return null;
  // up to the header's cell that holds a unit
  let unitLine: Line | null = label;
  const rows: Line[] = [];
  for (let k = 0; unitLine && k < CELL_ROW_REACH; k++) {
    if (SENTENCE_PUNCTUATION.test(unitLine.text)) return null;
    if (CELL_UNIT_END.test(unitLine.text) || /^[)）]$/.test(unitLine.text)) break;
    rows.push(unitLine);
    unitLine = above(text, unitLine);
  }
  if (!unitLine || !isHeaderLine(unitLine) && !/^[)）]$/.test(unitLine.text)) return null;
  // the header's lines above that cell
  const head: Line[] = [unitLine];
  for (let line = above(text, unitLine); line && head.length < CELL_HEADER_LINES && isHeaderLine(line); line = above(text, line)) head.unshift(line);
  // and below it, up to the first row: all of them when that row opens with a sequence number or a
  // broken list marker, else all but the first row's label
  const tail: Line[] = [];
  let first = below(text, unitLine);
  while (first && !isNumber(first) && tail.length < CELL_HEADER_LINES) {
    if (!isHeaderLine(first) && !isMarker(first)) return null;
    tail.push(first);
    first = below(text, first);
  }
  if (!first) return null;
  const header = cells(text, head);
  const hasSequence = SEQUENCE_HEADERS.has(header[0]?.words ?? '');
  const opensRow = isSplitMarker(text, first) || (hasSequence && SMALL_INTEGER.test(first.text));
  if (!opensRow) tail.pop();
  if (tail.some((line) => isMarker(line))) return null;
  const all = cells(text, [...head, ...tail]);
  const headerEnd = tail.length > 0 ? tail[tail.length - 1]!.end : unitLine.end;
  if (label.start <= headerEnd) return null;
  // a sequence number: the number after the previous row's sequence number (`1` … `2`)
  if (hasSequence && col > 0 && SMALL_INTEGER.test(value.text)) {
    const seq = above(text, label);
    if (seq && SMALL_INTEGER.test(seq.text) && Number(seq.text) + 1 === Number(value.text)) return null;
  }
  const labelColumn = hasSequence ? 1 : 0;
  const units = all.map((c) => CELL_UNIT_END.exec(c.words));
  if (all.length <= labelColumn + 1 || units[labelColumn] || !units[labelColumn + 1] || units.findIndex((u) => u) !== labelColumn + 1) return null;
  // the row's values after this one (up to the next row's sequence number or list marker): a row
  // with more values than the header has value columns is read by another header (`批次 | 重量(吨)`
  // over `鱼类 | 16 | 2,196.6`: the label column's header is empty)
  let values = col + 1;
  for (let line = below(text, value); line && isNumber(line) && values <= CELL_ROW_VALUES; line = below(text, line)) {
    if (isSplitMarker(text, line) || (hasSequence && SMALL_INTEGER.test(line.text) && !isNumber(below(text, line)))) break;
    values++;
  }
  const valueColumns = all.length - labelColumn - 1;
  if (values > valueColumns) return null;
  // so with the rows above it
  let run = 0;
  for (const line of rows) {
    if (line.start <= headerEnd) break;
    if (!isNumber(line)) run = 0;
    else if (!isSplitMarker(text, line) && !(hasSequence && run === 0 && SMALL_INTEGER.test(line.text)) && ++run > valueColumns) return null;
  }
  const cell = all[labelColumn + 1 + col];
  const m = units[labelColumn + 1 + col];
  if (!cell || !m) return null;
  const unitEndIdx = m.index + m[0].length - 1;
  const unitStartIdx = unitEndIdx - m[2]!.length;
  const magnitudeIdx = m[1] ? unitStartIdx - m[1].length : unitStartIdx;
  // the unit and its magnitude as one run of the text, for the candidate's pieces
  if (cell.at[unitEndIdx - 1]! + 1 - cell.at[magnitudeIdx]! !== unitEndIdx - magnitudeIdx) return null;
  return {
    unitStart: cell.at[unitStartIdx]!,
    unitEnd: cell.at[unitEndIdx - 1]! + 1,
    magnitudeStart: m[1] ? cell.at[unitStartIdx - m[1].length]! : null,
  };
}
