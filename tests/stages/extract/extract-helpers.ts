// Shared by the extraction tests: run extractMetrics on a snippet and check one metric by its raw.
import { describe, expect, it } from 'vitest';
import { extractMetrics } from '../../../src/stages/extract/extract-metrics.js';
import type { Metadata, Metric } from '../../../src/schema/records.js';
import type { Outline } from '../../../src/stages/types.js';

export function extract(text: string, metadata: Metadata = {}, outline: Partial<Outline> = {}): Metric[] {
  return extractMetrics({ docId: 'doc', text, outline: { sections: [], toc: null, columns: [], tables: [], ...outline }, metadata });
}

export interface Expected {
  text: string;
  raw: string;
  value: number;
  unit: string | null;
  /** the unit's normal form; when not given, the unit itself */
  unitNormal?: string | null;
  qualifier?: Metric['qualifier'];
  valueMax?: number | null;
  kind?: Metric['kind'];
}

/** The metric whose raw is `e.raw` has the expected fields, and its span is where `raw` stands. */
export function expectMetric(e: Expected): Metric {
  const metrics = extract(e.text);
  const m = metrics.find((x) => x.raw === e.raw);
  expect(m, `${e.raw} in ${e.text}: got ${JSON.stringify(metrics.map((x) => x.raw))}`).toBeDefined();
  const at = e.text.indexOf(e.raw);
  expect(m!.span).toEqual([at, at + e.raw.length]);
  expect(e.text.slice(m!.span[0], m!.span[1])).toBe(m!.raw);
  expect(m!.value).toBeCloseTo(e.value, 9);
  expect(m!.unit).toBe(e.unit);
  expect(m!.unitNormal).toBe(e.unitNormal === undefined ? e.unit : e.unitNormal);
  expect(m!.qualifier).toBe(e.qualifier ?? 'exact');
  if (e.valueMax !== undefined) expect(m!.valueMax).toBe(e.valueMax);
  if (e.kind) expect(m!.kind).toBe(e.kind);
  return m!;
}

/** No metric overlaps `fragment` where it stands in `text`. */
export function expectNoMetricAt(text: string, fragment: string): void {
  const at = text.indexOf(fragment);
  expect(at, `${fragment} in ${text}`).toBeGreaterThanOrEqual(0);
  const hits = extract(text).filter((m) => m.span[0] < at + fragment.length && at < m.span[1]);
  expect(hits.map((m) => m.raw), `${fragment} in ${text}`).toEqual([]);
}

/** One describe per class of metric language, one case per sentence: each gives the expected metric. */
export function describeClasses(classes: Record<string, Expected[]>): void {
  for (const [name, rows] of Object.entries(classes)) {
    describe(name, () => {
      it.each(rows)('$raw in $text', (e) => {
        expectMetric(e);
      });
    });
  }
}
