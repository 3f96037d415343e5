// Table rows written as `a | b | c |` lines (text dumps, and <table> rows as the HTML stage
// writes them) → {header, rows}. A row's trailing `|` ends it (it is not an empty cell); empty
// cells inside are kept as ''; cell text is kept as written (`—` stays `—`).
import type { Table } from '../../schema/records.js';
import { STAT_HEADER } from '../../rules/zh/tables.js';
import { lineIndexAt, type Line } from './lines.js';

/** A Markdown alignment row (`|---|:--:|`). */
const SEPARATOR_CELL = /^:?-{2,}:?$/;

export function splitCells(line: string): string[] {
  const trimmed = line.trim();
  const cells = trimmed.split('|').map((c) => c.trim());
  if (trimmed.startsWith('|')) cells.shift();
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

const filled = (cells: string[]): number => cells.filter((c) => c !== '').length;

/**
 * Parses table lines; null when they do not form a table (fewer than two rows of two or more
 * cells). Leading caption rows (one filled cell, `专栏1 标题 | ||||`) are not the header.
 */
export function parseTable(lines: readonly string[]): Table | null {
  const rows = lines
    .filter((l) => l.trim() !== '')
    .map(splitCells)
    .filter((cells) => !(cells.length > 0 && cells.every((c) => SEPARATOR_CELL.test(c))));
  const firstReal = rows.findIndex((cells) => filled(cells) >= 2);
  if (firstReal === -1) return null;
  const body = rows.slice(firstReal);
  if (body.length < 2) return null;
  const [header, ...rest] = body;
  return { header: header!, rows: rest };
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
