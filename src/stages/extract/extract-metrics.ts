// Cleaned text + outline → metrics: find candidates, drop the non-metrics, resolve each to a
// value, unit and qualifier, then refine (table cells, overlaps, changes, labels, period,
// section, column) and number them in text order. Pure.
import type { Metric } from '../../schema/records.js';
import type { ExtractContext } from '../types.js';
import { findCandidates } from './find-candidates.js';
import { resolveMetric } from './resolve-metric.js';
import { dropNonMetrics, refine } from './refiners/index.js';
import { toMetrics, type Draft } from './draft.js';

export function extractMetrics(context: ExtractContext): Metric[] {
  const { text, outline } = context;
  const candidates = dropNonMetrics(findCandidates(text), text);
  const drafts = candidates.map(resolveMetric).filter((d): d is Draft => d !== null);
  const refined = refine(drafts, { text, sections: outline.sections, columns: outline.columns, tables: outline.tables, metadata: context.metadata });
  return toMetrics(context.docId, text, refined);
}
