// Table rows written as `a | b | c |` lines (text dumps, and <table> rows as the HTML stage
// writes them) → {header, rows}. A row's trailing `|` ends it (it is not an empty cell); empty
// cells inside are kept as ''; cell text is kept as written (`—` stays `—`).
import type { Table } from '../../schema/records.js';
import { NUMBER_CELL, STAT_HEADER } from '../../rules/zh/tables.js';
import { lineIndexAt, type Line } from './lines.js';

/** A Markdown alignment row (`|---|:--:|`). */
const SEPARATOR_CELL = /^:?-{2,}:?$/;

/**
 * A row's cells. A leading `|` opens a Markdown row (`| a | b |`); in a table whose rows do not all
 * open so (`markdown` false: the HTML stage's rows), it stands after an empty first cell (a
 * header's empty corner, ` | 2022年 | 2023年 |`), which is kept as ''.
 */
export function splitCells(line: string, markdown = true): string[] {
  const trimmed = line.trim();
  const cells = trimmed.split('|').map((c) => c.trim());
  if (trimmed.startsWith('|') && markdown) cells.shift();
  if (trimmed.endsWith('|') && cells.length > 0) cells.pop();
  return cells;
}

/** A line holding a cell bar: `标题 |` closes a one-cell row in the text dumps. */
export const isTableLine = (line: string): boolean => line.includes('|');

/** A line of two or more cells (`a | b |`): never a heading. */
export const isTableRow = (line: string): boolean => line.indexOf('|') !== line.lastIndexOf('|');

/** Indices of the lines that are table rows (isTableRow), from one pass over the text's bars. */
export function tableRowLines(text: string, lines: readonly Line[]): Set<number> {
  const rows = new Set<number>();
  let line = -1;
  let bars = 0;
  for (let at = text.indexOf('|'); at !== -1; at = text.indexOf('|', at + 1)) {
    // a line's indentation holds no bar, so its bars are those of its text from `content` on
    if (line === -1 || at >= lines[line]!.end) {
      line = lineIndexAt(lines, at);
      bars = 0;
    }
    if (++bars === 2) rows.add(line);
  }
  return rows;
}

/** How many of the cells hold something. */
export const filled = (cells: readonly string[]): number => cells.filter((c) => c !== '').length;

/**
 * Parses table lines; null when they do not form a table (fewer than two rows of two or more
 * cells). Leading caption rows (one filled cell, `专栏1 标题 | ||||`) are not the header.
 */
export function parseTable(lines: readonly string[]): Table | null {
  const written = lines.filter((l) => l.trim() !== '');
  // Markdown opens every row with a bar; the HTML stage's rows open with their first cell
  const markdown = written.every((l) => l.trimStart().startsWith('|'));
  const rows = written
    .map((l) => splitCells(l, markdown))
    .filter((cells) => !(cells.length > 0 && cells.every((c) => SEPARATOR_CELL.test(c))));
  const firstReal = rows.findIndex((cells) => filled(cells) >= 2);
  if (firstReal === -1) return null;
  const body = rows.slice(firstReal);
  if (body.length < 2) return null;
  const [top, ...rest] = body;
  let header = top!;
  // a second header row under cells that span columns (`6月 |  | 1-6月 |  |` over `绝对值 | 增长(%) | …`)
  while (rest.length > 1 && isSubHeader(header, underHeader(header, rest[0]!))) header = mergeHeader(header, underHeader(header, rest.shift()!));
  return { header, rows: rest };
}

/**
 * A row under the header, aligned to it: a row of fewer cells stands under the header's last
 * columns (the cells to its left span both rows: `指标` and `单位` over `绝对值 | 增长(%)`).
 */
const underHeader = (header: readonly string[], row: readonly string[]): string[] =>
  row.length < header.length ? [...new Array<string>(header.length - row.length).fill(''), ...row] : [...row];

/**
 * A row under the header that names the columns a header cell spans: two cells or more, none a
 * number, and one of them under an empty cell that follows a filled one (a span's padding).
 */
function isSubHeader(upper: readonly string[], lower: readonly string[]): boolean {
  if (filled(lower) < 2 || lower.some((c) => NUMBER_CELL.test(c))) return false;
  for (let i = 1; i < lower.length; i++) if (lower[i] !== '' && upper[i] === '' && upper.slice(0, i).some((c) => c !== '')) return true;
  return false;
}

/**
 * The header of two rows as one: each cell of the lower row under the upper cell that spans it
 * (the nearest filled cell at or before it), joined by a space (`6月 增长(%)`); a column the lower
 * row leaves empty keeps the upper cell.
 */
function mergeHeader(upper: readonly string[], lower: readonly string[]): string[] {
  const merged: string[] = [];
  let spanning = '';
  for (let i = 0; i < Math.max(upper.length, lower.length); i++) {
    const up = upper[i] ?? '';
    if (up !== '') spanning = up;
    const low = lower[i] ?? '';
    merged.push(low === '' ? up : spanning === '' ? low : `${spanning} ${low}`);
  }
  return merged;
}

/** A row of a table written without cell bars: words, then numbers with spaces between (`地区生产总值 亿元 178.73 2.1`). */
const FLAT_ROW_LINE = /^[^\d\s][^。,;!?]*?[^\d\s.][ \t\u3000]*-?\d+(?:\.\d+)?(?:[ \t\u3000]+-?\d+(?:\.\d+)?)*[ \t\u3000]*$/;
const STAT_HEADERS = new RegExp(STAT_HEADER.source, 'g');

/**
 * Indices of the lines that are rows of a table without cell bars: the lines after a statistics
 * table's header line (STAT_HEADER) that end in numbers (FLAT_ROW_LINE), up to the first that does not.
 */
export function flatTableRowLines(text: string, lines: readonly Line[]): Set<number> {
  const rows = new Set<number>();
  STAT_HEADERS.lastIndex = 0;
  for (let m = STAT_HEADERS.exec(text); m; m = STAT_HEADERS.exec(text)) {
    let i = lineIndexAt(lines, m.index) + 1;
    while (i < lines.length && FLAT_ROW_LINE.test(text.slice(lines[i]!.content, lines[i]!.end))) rows.add(i++);
    if (i < lines.length) STAT_HEADERS.lastIndex = Math.max(STAT_HEADERS.lastIndex, lines[i]!.start);
    else break;
  }
  return rows;
}
