// Data tables outside 专栏 boxes: runs of consecutive table rows (`a | b | c |` lines, as the
// HTML stage writes <table> rows and Markdown writes its tables) that parse as a table. A box's
// own table is the box's; these are the statistics tables that stand in the running text.
import type { DataTable } from '../types.js';
import type { Line } from './lines.js';
import { parseTable } from './parse-table.js';

/**
 * Tables made of the lines in `rows` (indices of table-row lines) that `inBox` does not hold. A
 * blank line or any other line ends a run; a run that is not a table (one row) is no table.
 */
export function findTables(text: string, lines: readonly Line[], rows: ReadonlySet<number>, inBox: (i: number) => boolean): DataTable[] {
  const tables: DataTable[] = [];
  const isRow = (i: number): boolean => rows.has(i) && !inBox(i);
  for (let i = 0; i < lines.length; i++) {
    if (!isRow(i)) continue;
    let last = i;
    while (last + 1 < lines.length && isRow(last + 1)) last++;
    const run = lines.slice(i, last + 1);
    const table = parseTable(run.map((l) => text.slice(l.content, l.end)));
    if (table) tables.push({ span: [run[0]!.content, run[run.length - 1]!.end], table });
    i = last;
  }
  return tables;
}
