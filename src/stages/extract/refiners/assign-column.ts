// Column: the 专栏 box whose span holds the metric (table cells included).
import type { Column } from '../../../schema/records.js';
import { copyDraft, type Draft } from '../draft.js';
import { mapPacked } from '../../../lib/packed.js';

export function columnAt(columns: readonly Column[], start: number, end: number): string | null {
  for (const c of columns) if (c.span[0] <= start && end <= c.span[1]) return c.id;
  return null;
}

export function assignColumn(drafts: readonly Draft[], columns: readonly Column[]): Draft[] {
  if (columns.length === 0) return [...drafts];
  return mapPacked(drafts, (d) => {
    const column = d.column ?? columnAt(columns, d.start, d.end);
    // drafts are values: an unchanged one is passed on, not copied
    if (column === d.column) return d;
    const copy = copyDraft(d);
    copy.column = column;
    return copy;
  });
}
