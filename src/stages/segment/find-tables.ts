// Data tables outside 专栏 boxes: runs of consecutive table rows (`a | b | c |` lines, as the
// HTML stage writes <table> rows and Markdown writes its tables) that parse as a table. A box's
// own table is the box's; these are the statistics tables that stand in the running text.
import type { DataTable } from '../types.js';
import type { Line } from './lines.js';
import { NUMBER_CELL } from '../../rules/zh/tables.js';
import { filled, parseTable, splitCells } from './parse-table.js';
import { mapPacked } from '../../lib/packed.js';

const hasNumber = (cells: readonly string[]): boolean => cells.some((c) => NUMBER_CELL.test(c));

/**
 * Whether the row `cells` opens a table of its own after the row `before`: a header (two filled
 * cells or more, no number) right under a row of numbers, with another count of cells, and the row
 * under it (`after`, if any) as wide as it. Two tables a page sets one under the other (`产品 | 产量 |
 * 增长(%)` rows, then `指标 | 单位 | 绝对数 | 增长(%)` over rows of four) are written on consecutive
 * lines; the second's header is no row of the first. A sub-header of merged cells (`按地区分 | 金额`
 * over rows of three) is a row of its table.
 */
const opensTable = (before: readonly string[], cells: readonly string[], after: readonly string[] | null): boolean =>
  cells.length !== before.length && filled(cells) >= 2 && !hasNumber(cells) && hasNumber(before) && (after === null || after.length === cells.length);

/**
 * Tables made of the lines in `rows` (indices of table-row lines) that `inBox` does not hold. A
 * blank line or any other line ends a run, and so does a header under a row of numbers
 * (opensTable); a run that is not a table (one row) is no table.
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
    while (next !== null) {
      const after = cellsOf(last + 2);
      if (opensTable(cells, next, after)) break;
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
