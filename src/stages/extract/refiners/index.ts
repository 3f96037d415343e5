// The refiners, in the order they run. Order matters:
// 1. dropNonMetrics works on candidates (it needs the numeral's own span and script);
// 2. mergeTableCells adds table cells (专栏 tables and data tables), which supersede running text on table lines,
//    and mergeFlatTableCells those of tables written without cell bars (flat-table.ts);
// 3. removeOverlaps, then joinBounds (`5%以上30%以下`), before attachChanges, so a range is one
//    record before changes look around;
// 4. attachChanges before attachLabels: an attached change is no record, so no label boundary;
// 5. attachLabels before assignPeriod (both read the clause; labels need final neighbours);
// 6. splitFromPairs after them: the earlier value of a from–to pair becomes a record of its own, with the pair's label;
// 7. section and column last: pure span containment.
import type { Metadata, Section, Column } from '../../../schema/records.js';
import type { Draft } from '../draft.js';
import type { DataTable } from '../../types.js';
import { mergeTableCells } from '../table-cells.js';
import { mergeFlatTableCells } from '../flat-table.js';
import { removeOverlaps } from './remove-overlaps.js';
import { joinBounds } from './join-bounds.js';
import { attachChanges } from './attach-changes.js';
import { attachLabels } from './attach-labels.js';
import { assignPeriod } from './assign-period.js';
import { splitFromPairs } from './split-from-pairs.js';
import { assignSection } from './assign-section.js';
import { assignColumn } from './assign-column.js';

export { dropNonMetrics } from './drop-non-metrics.js';

export interface RefineContext {
  text: string;
  sections: readonly Section[];
  columns: readonly Column[];
  /** data tables outside the boxes */
  tables: readonly DataTable[];
  metadata: Metadata;
}

export type Refiner = (drafts: readonly Draft[], context: RefineContext) => Draft[];

export const REFINERS: readonly (readonly [string, Refiner])[] = [
  ['mergeTableCells', (d, c) => mergeTableCells(d, c.text, c.columns, c.tables)],
  ['mergeFlatTableCells', (d, c) => mergeFlatTableCells(d, c.text)],
  ['removeOverlaps', (d) => removeOverlaps(d)],
  ['joinBounds', (d, c) => joinBounds(d, c.text)],
  ['attachChanges', (d, c) => attachChanges(d, c.text)],
  ['attachLabels', (d, c) => attachLabels(d, c.text)],
  ['assignPeriod', (d, c) => assignPeriod(d, c.text, c.metadata, c.sections)],
  ['splitFromPairs', (d, c) => splitFromPairs(d, c.text)],
  ['assignSection', (d, c) => assignSection(d, c.sections)],
  ['assignColumn', (d, c) => assignColumn(d, c.columns)],
];

export function refine(drafts: readonly Draft[], context: RefineContext): Draft[] {
  return REFINERS.reduce<Draft[]>((acc, [, r]) => r(acc, context), [...drafts]);
}
