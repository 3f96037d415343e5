// Data tables outside 专栏 boxes: runs of consecutive table rows (`a | b | c |` lines, as the
// HTML stage writes <table> rows and Markdown writes its tables) that parse as a table. A box's
// own table is the box's; these are the statistics tables that stand in the running text.
import type { DataTable } from '../types.js';
import type { Line } from './lines.js';
import { NUMBER_CELL, VALUE_CELL } from '../../rules/zh/tables.js';
import { filled, parseTable, splitCells } from './parse-table.js';
import { mapPacked } from '../../lib/packed.js';

const hasNumber = (cells: readonly string[]): boolean => cells.some((c) => NUMBER_CELL.test(c));

/**
 * Whether the row `cells` opens a table of its own after the row `before`, a row of numbers:
 * - a header (two filled cells or more, no number) with another count of cells, and the row under
 *   it (`after`, if any) as wide as it. Two tables a page sets one under the other (`产品 | 产量 |
 *   增长(%)` rows, then `指标 | 单位 | 绝对数 | 增长(%)` over rows of four) are written on consecutive
 *   lines; the second's header is no row of the first. A sub-header of merged cells (`按地区分 | 金额`
 *   over rows of three) is a row of its table;
 * - a caption (one filled cell, no number) over a header (no cell a value's: VALUE_CELL), as a table's title
 *   row (`表二 主要进口商品 |` over `商品名称 | 数量(吨) |`), or as the captions of tables a page writes in one
 *   `<table>` (`第二十条第(八)项 |  |  |` over `信息内容 | 本年收费金额(单位:万元) |  |`, as annual reports on
 *   information disclosure do). A group's label over rows (`二、按贸易方式分 |  |` over `市场采购 | — | — |` or
 *   `教育支出 | 3200万元 |`) stays a row of its table;
 * - a header that restates the table's own first cell (`headerFirst`: `信息内容 | 本年收费金额 |` under
 *   a table headed `信息内容 | 本年制发件数 | …`), whatever its width.
 */
function opensTable(before: readonly string[], cells: readonly string[], after: readonly string[] | null, headerFirst: string | null): boolean {
  if (hasNumber(cells) || !hasNumber(before)) return false;
  const n = filled(cells);
  if (n === 1) return after !== null && isHeaderRow(after) && !after.some((c) => VALUE_CELL.test(c.trim()));
  if (n < 2) return false;
  if (cells.length !== before.length && (after === null || after.length === cells.length)) return true;
  return headerFirst !== null && cells[0]!.trim() === headerFirst;
}

/** Two filled cells or more and no number: a header's shape. */
const isHeaderRow = (cells: readonly string[]): boolean => filled(cells) >= 2 && !hasNumber(cells);

/**
 * Tables made of the lines in `rows` (indices of table-row lines) that `inBox` does not hold. A
 * blank line or any other line ends a run, and so does a header or a caption under a row of
 * numbers (opensTable); a run that is not a table (one row) is no table.
 */
export function findTables(text: string, lines: readonly Line[], rows: ReadonlySet<number>, inBox: (i: number) => boolean): DataTable[] {
  const tables: DataTable[] = [];
  const isRow = (i: number): boolean => rows.has(i) && !inBox(i);
  const cellsOf = (i: number): string[] | null => (i < lines.length && isRow(i) ? splitCells(text.slice(lines[i]!.content, lines[i]!.end)) : null);
  for (let i = 0; i < lines.length; i++) {
    if (!isRow(i)) continue;
    let last = i;
    // each row's cells are split once: the row after next becomes the next row
    let cells = cellsOf(i)!;
    let next = cellsOf(i + 1);
    // the first cell of the run's header (its first row of two filled cells or more), once met
    let headerFirst = isHeaderRow(cells) ? cells[0]!.trim() || null : null;
    while (next !== null) {
      const after = cellsOf(last + 2);
      if (opensTable(cells, next, after, headerFirst)) break;
      if (headerFirst === null && isHeaderRow(next)) headerFirst = next[0]!.trim() || null;
      cells = next;
      next = after;
      last++;
    }
    const run = lines.slice(i, last + 1);
    const table = parseTable(mapPacked(run, (l) => text.slice(l.content, l.end)));
    if (table) tables.push({ span: [run[0]!.content, run[run.length - 1]!.end], table });
    i = last;
  }
  return tables;
}
