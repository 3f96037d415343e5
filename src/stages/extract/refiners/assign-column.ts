// Column: the 专栏 box whose span holds the metric (table cells included).
import type { Column } from '../../../schema/records.js';
import type { Draft } from '../draft.js';

export function columnAt(columns: readonly Column[], start: number, end: number): string | null {
  for (const c of columns) if (c.span[0] <= start && end <= c.span[1]) return c.id;
  return null;
}

export function assignColumn(drafts: readonly Draft[], columns: readonly Column[]): Draft[] {
  return drafts.map((d) => ({ ...d, column: d.column ?? columnAt(columns, d.start, d.end) }));
}
