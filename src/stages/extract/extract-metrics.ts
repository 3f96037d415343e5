// Cleaned text + outline → metrics: find candidates, drop the non-metrics, resolve each to a
// value, unit and qualifier, then refine (table cells, overlaps, changes, labels, period,
// section, column) and number them in text order. Pure.
// A long text is read in parts (extractMetricsInParts): windows that start where a section
// starts, outside every 专栏 box and data table, each at least `partChars` long; a window's
// records are made, numbered after the windows before it, and handed out before the next
// window is read, so that a document's records never all sit in memory at once.
import type { Metric } from '../../schema/records.js';
import type { ExtractContext } from '../types.js';
import { findCandidates } from './find-candidates.js';
import { resolveMetric } from './resolve-metric.js';
import { dropNonMetrics, refine } from './refiners/index.js';
import { toMetrics, type Draft } from './draft.js';
import { readingView } from './reading-view.js';

export function extractMetrics(context: ExtractContext): Metric[] {
  return extractWindow(context, readingView(context.text), 0, context.text.length, 0);
}

/** The metrics of `context`, window by window; their concatenation is extractMetrics(context). */
export function* extractMetricsInParts(context: ExtractContext, partChars: number): Generator<Metric[]> {
  let before = 0;
  const view = readingView(context.text);
  for (const [from, to] of windows(context, partChars)) {
    const metrics = extractWindow(context, view, from, to, before);
    before += metrics.length;
    yield metrics;
  }
}

/**
 * The records whose numeral starts in `[from, to)`, read with the whole text, and the boxes and tables
 * that start there. They are read in `view` (readingView: the text's traditional characters folded, spans
 * unchanged); raws and written units come from the text.
 */
function extractWindow(context: ExtractContext, view: string, from: number, to: number, before: number): Metric[] {
  const { text, outline } = context;
  const whole = from === 0 && to === text.length;
  const starts = (item: { span: readonly [number, number] }): boolean => item.span[0] >= from && item.span[0] < to;
  const columns = whole ? outline.columns : outline.columns.filter(starts);
  const tables = whole ? outline.tables : outline.tables.filter(starts);
  const candidates = dropNonMetrics(findCandidates(view, from, to), view);
  const drafts: Draft[] = [];
  for (const c of candidates) {
    const d = resolveMetric(c);
    if (d !== null) drafts.push(d);
  }
  const refined = refine(drafts, { text: view, sections: outline.sections, columns, tables, metadata: context.metadata });
  return toMetrics(context.docId, text, refined, before, view);
}

/**
 * `[from, to)` windows covering the text: each ends where a section starts, at least `partChars`
 * after its own start, and never inside a 专栏 box or a data table (whose cells are read whole).
 */
export function windows(context: ExtractContext, partChars: number): Array<[number, number]> {
  const { text, outline } = context;
  const blocks = [...outline.columns, ...outline.tables].map((b) => b.span);
  const inBlock = (at: number): boolean => blocks.some(([s, e]) => s < at && at < e);
  const cuts = [...new Set(outline.sections.map((s) => s.span[0]))].sort((a, b) => a - b);
  const out: Array<[number, number]> = [];
  let from = 0;
  for (const at of cuts) {
    if (at - from < partChars || at >= text.length || inBlock(at)) continue;
    out.push([from, at]);
    from = at;
  }
  out.push([from, text.length]);
  return out;
}
