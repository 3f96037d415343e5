// Scores the metrics of every seed against tests/gold/metrics exactly as the project's scorer
// (score-metrics.mjs) does: a gold metric matches an unmatched extracted metric of the same
// document with the same value (relative tolerance 1e-9) and a compatible unit (equal, or one
// starts with the other); changes match on (direction, value, unit), attached or standalone;
// qualifier accuracy and label character-F1 are averaged over the matched pairs.
// The floors are a ratchet: pinned a little under what the extractor achieves, only ever raised.
// Also: raw equals the text at span for every metric, and no gold non-metric is emitted.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/pipeline.js';
import { sliceCodePoints } from '../../src/lib/span.js';
import type { Document } from '../../src/schema/records.js';
import { GOLD, SEEDS } from '../helpers.js';
import { charF1, prf as f1, readJsonl, scoreMetrics, type GoldMetric, type MetricScore } from './scoring.js';

/** Floors (a ratchet: raise, never lower). Measured 2026-11-23: P 1.000, R 1.000, changes 1.000, qualifiers 1.000, labels 0.938. */
const FLOORS = { precision: 0.99, recall: 0.99, changesF1: 0.99, qualifiers: 0.99, labels: 0.93 };

interface GoldNonMetric {
  doc: string;
  raw: string;
  why: string;
}

const METRICS = path.join(GOLD, 'metrics');
const NONMETRICS = path.join(GOLD, 'nonmetrics');
const ids = readdirSync(METRICS)
  .filter((f) => f.endsWith('.jsonl'))
  .sort()
  .map((f) => f.replace(/\.jsonl$/, ''));

const cache = new Map<string, Document>();
function documentOf(id: string): Document {
  if (!cache.has(id)) {
    const file = readdirSync(SEEDS).find((f) => f.startsWith(`${id}.`))!;
    cache.set(id, processDocument({ path: file, id, bytes: readFileSync(path.join(SEEDS, file)), format: 'text' }));
  }
  return cache.get(id)!;
}

describe('metric quality on the seeds', () => {
  it('meets the floors over all seeds, as the scorer computes them', () => {
    const total: MetricScore = { gold: 0, got: 0, tp: 0, cg: 0, cgot: 0, ctp: 0, qual: 0, label: 0, spansBad: 0, misses: [] };
    for (const id of ids) {
      const s = scoreMetrics(readJsonl<GoldMetric>(path.join(METRICS, `${id}.jsonl`)), documentOf(id));
      for (const k of ['gold', 'got', 'tp', 'cg', 'cgot', 'ctp', 'qual', 'label', 'spansBad'] as const) total[k] += s[k];
      total.misses.push(...s.misses.map((m) => `${id} ${m}`));
    }
    const all = f1(total.tp, total.gold, total.got);
    const changes = f1(total.ctp, total.cg, total.cgot);
    const measured = {
      precision: all.p,
      recall: all.r,
      changesF1: changes.f1,
      qualifiers: total.qual / total.tp,
      labels: total.label / total.tp,
    };
    expect(total.gold).toBeGreaterThan(250);
    for (const [k, floor] of Object.entries(FLOORS)) {
      expect.soft(measured[k as keyof typeof measured], `${k} (misses: ${total.misses.slice(0, 20).join('; ')})`).toBeGreaterThanOrEqual(floor);
    }
  });

  it.each(ids)('%s: raw is the text at span for every metric, ids are doc#ordinal in text order', (id) => {
    const doc = documentOf(id);
    expect(doc.metrics.length).toBeGreaterThan(0);
    doc.metrics.forEach((m, i) => {
      expect(sliceCodePoints(doc.text, m.span[0], m.span[1])).toBe(m.raw);
      expect(m.id).toBe(`${id}#${i + 1}`);
      expect(m.doc).toBe(id);
      if (i > 0) expect(m.span[0]).toBeGreaterThanOrEqual(doc.metrics[i - 1]!.span[1]);
    });
  });

  it.each(ids)('%s: no gold non-metric is emitted as a metric at its place', (id) => {
    const doc = documentOf(id);
    const text = [...doc.text]; // code points, as spans count them
    const joined = doc.text;
    const offenders: string[] = [];
    for (const nm of readJsonl<GoldNonMetric>(path.join(NONMETRICS, `${id}.jsonl`))) {
      // every place the non-metric stands in the cleaned text (boilerplate the cleaner removed stands nowhere)
      for (let at = joined.indexOf(nm.raw); at >= 0; at = joined.indexOf(nm.raw, at + 1)) {
        // the same text as a token of its own: `1.` the marker, not the `1.` of `1.05`
        const before = joined[at - 1] ?? '';
        const after = joined[at + nm.raw.length] ?? '';
        if (/^\d/.test(nm.raw) && /[\d.]/.test(before)) continue;
        if (/[\d.]$/.test(nm.raw) && /\d/.test(after)) continue;
        const start = [...joined.slice(0, at)].length;
        const end = start + [...nm.raw].length;
        for (const m of doc.metrics) {
          const overlaps = m.span[0] < end && start < m.span[1];
          if (overlaps && (nm.raw.includes(m.raw) || m.raw.includes(nm.raw))) offenders.push(`${nm.raw} (${nm.why}) as ${m.raw}`);
        }
      }
    }
    expect(text.length).toBeGreaterThan(0);
    expect(offenders).toEqual([]);
  });

  it('the scorer can fail: a dropped metric and a wrong value lower recall and precision', () => {
    const id = ids[0]!;
    const gold = readJsonl<GoldMetric>(path.join(METRICS, `${id}.jsonl`));
    const got = documentOf(id).metrics;
    const broken = got.slice(1).map((m, i) => (i === 0 ? { ...m, value: m.value + 1 } : m));
    const s = scoreMetrics(gold, { text: documentOf(id).text, metrics: broken });
    expect(s.tp).toBeLessThan(gold.length - 1);
    expect(charF1('检出各类传染病', '检出各类传染病')).toBe(1);
    expect(charF1('abc', 'xyz')).toBe(0);
  });
});
