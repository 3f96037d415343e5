// Held-out quality check: sixteen documents in styles the seeds do not cover (fixtures/holdout, see its
// README), scored against their gold the way the project's scorers score the seeds:
//   metrics   — as score-metrics.mjs: a gold metric matches an unused extracted metric of the same
//               document with the same value (relative tolerance 1e-9) and a compatible unit (equal, or
//               one starts with the other); changes (attached or standalone) match on direction, value
//               and unit; qualifier accuracy and label score (character-bag F1) over the matched pairs;
//               every span must slice `raw` out of the cleaned text (code points).
//   structure — as score-structure.mjs: sections aligned by level|number|normalised title (longest
//               common subsequence), extra sections, parents through parentIndex, toc presence, 专栏
//               count, titles, items and tables.
//   cleaning  — as check-cleaning.mjs: title, metadata (loose), boilerplate gone, kept text present.
// It prints a per-document table and asserts floors set just below what the code achieved at the end
// of the holdout work (a ratchet: raise them when the rules improve, never lower them to pass).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { planInputs, readSource } from '../../src/io/read-inputs.js';
import { processDocument } from '../../src/pipeline.js';
import { FIXTURES } from '../helpers.js';
import { checkCleaning, prf, scoreMetrics, scoreStructure, type GoldMetric, type GoldStructure, type MetricScore } from './scoring.js';

const HOLDOUT = path.join(FIXTURES, 'holdout');
const GOLD_STRUCTURE = path.join(HOLDOUT, 'gold', 'structure');
const GOLD_METRICS = path.join(HOLDOUT, 'gold', 'metrics');

// ---------------------------------------------------------------------------------------------
// Floors (ratchet), set on 2026-11-23 15:35 UTC just below what the code scored then (ratios that
// were 1.000 are held at 1.0 per document). Caution when reading these numbers: the documents sat in
// the shared working tree from 14:30 and rules were changed against them (14:55-15:28), so they are
// no longer held out. The first, unseen run (14:34) scored metrics P 0.920 R 0.969 F1 0.944,
// changes F1 1.000, qualifiers 0.960, labels 0.868, structure 1.000, cleaning 0.887 (141/159);
// that is the honest generalisation figure. i_ and j_ were written outside the tree and scored once
// before they were committed (15:33): P 1.000 R 1.000 on 30 metrics, qualifiers 0.933, labels 0.905.
// See fixtures/holdout/README.md.
// k_ to p_ (session 3, 2026-11-23) were written blind by a helper that read only the spec, the gold
// conventions and the scorers, and were scored once before anything was changed against them:
// metrics P 0.930 R 0.883 F1 0.906, changes F1 0.723, qualifiers 0.981, labels 0.911, structure
// 66/68, cleaning 132/148 (their gold's 成 then differed from the project's 成 → %: aligned since).
// Adding them lowered the overall floors; the rule changes that followed (tables outside boxes,
// the extraction and cleaning classes the run exposed) raised them again: metrics, structure and
// cleaning back to 1.000 on all sixteen (labels 0.922). They are no longer held out.
// ---------------------------------------------------------------------------------------------
const FLOORS = {
  overall: { precision: 0.99, recall: 0.99, f1: 0.99, changesF1: 0.99, qualifiers: 0.99, labels: 0.91, structure: 1.0, cleaning: 1.0 },
  /** per document: metric F1, structure score, fraction of cleaning checks that hold */
  docs: {
    a_gacc_announcement: { f1: 1.0, structure: 1.0, cleaning: 1.0 },
    b_trade_release: { f1: 1.0, structure: 1.0, cleaning: 1.0 },
    c_regulation_gbk: { f1: 1.0, structure: 1.0, cleaning: 1.0 },
    d_plan_table: { f1: 1.0, structure: 1.0, cleaning: 1.0 },
    e_yearbook_district: { f1: 1.0, structure: 1.0, cleaning: 1.0 },
    f_markdown_report: { f1: 1.0, structure: 1.0, cleaning: 1.0 },
    g_notice_lists: { f1: 1.0, structure: 1.0, cleaning: 1.0 },
    h_gb2312_page: { f1: 1.0, structure: 1.0, cleaning: 1.0 },
    i_trade_news_dump: { f1: 1.0, structure: 1.0, cleaning: 1.0 },
    j_work_summary_fragment: { f1: 1.0, structure: 1.0, cleaning: 1.0 },
    k_district_work_report: { f1: 1.0, structure: 1.0, cleaning: 1.0 },
    l_commerce_stats_table: { f1: 1.0, structure: 1.0, cleaning: 1.0 },
    m_news_markdown_fullwidth: { f1: 1.0, structure: 1.0, cleaning: 1.0 },
    n_plan_column_toc: { f1: 1.0, structure: 1.0, cleaning: 1.0 },
    o_stats_interpretation_gbk: { f1: 1.0, structure: 1.0, cleaning: 1.0 },
    p_policy_qa: { f1: 1.0, structure: 1.0, cleaning: 1.0 },
  } as Record<string, { f1: number; structure: number; cleaning: number }>,
};

// ---------------------------------------------------------------------------------------------
// Gold
// ---------------------------------------------------------------------------------------------
const goldStructures: GoldStructure[] = readdirSync(GOLD_STRUCTURE)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(path.join(GOLD_STRUCTURE, f), 'utf8')) as GoldStructure);
const goldMetrics = new Map<string, GoldMetric[]>(
  readdirSync(GOLD_METRICS)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => [
      f.replace(/\.jsonl$/, ''),
      readFileSync(path.join(GOLD_METRICS, f), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as GoldMetric),
    ]),
);
const DOC_IDS = [...new Set([...goldStructures.map((g) => g.doc), ...goldMetrics.keys()])].sort();

// ---------------------------------------------------------------------------------------------
// Metric scoring (score-metrics.mjs)
// ---------------------------------------------------------------------------------------------
// ---------------------------------------------------------------------------------------------
// Run
// ---------------------------------------------------------------------------------------------
interface DocResult {
  id: string;
  metrics: MetricScore;
  structure: { got: number; total: number; problems: string[] };
  cleaning: { pass: number; total: number; problems: string[] };
}
const results = new Map<string, DocResult>();
const fmt = (x: number): string => x.toFixed(3);

describe('holdout: documents in styles the seeds do not cover', () => {
  beforeAll(async () => {
    const plan = await planInputs([HOLDOUT]);
    const entries = plan.inputs.toArray().filter((e) => DOC_IDS.includes(e.id));
    expect(entries.map((e) => e.id).sort()).toEqual(DOC_IDS);
    for (const entry of entries) {
      const doc = processDocument(await readSource(entry));
      const gs = goldStructures.find((g) => g.doc === doc.id);
      results.set(doc.id, {
        id: doc.id,
        metrics: scoreMetrics(goldMetrics.get(doc.id) ?? [], doc),
        structure: gs ? scoreStructure(gs, doc) : { got: 0, total: 0, problems: [] },
        cleaning: gs ? checkCleaning(gs, doc) : { pass: 0, total: 0, problems: [] },
      });
    }
    const rows = [...results.values()].sort((a, b) => a.id.localeCompare(b.id));
    const lines = ['doc                    gold  got   tp     P      R      F1   chg tp/gold/got  qual  label  struct  clean'];
    for (const r of rows) {
      const m = r.metrics;
      const s = prf(m.tp, m.gold, m.got);
      lines.push(
        `${r.id.padEnd(22)} ${String(m.gold).padStart(4)} ${String(m.got).padStart(4)} ${String(m.tp).padStart(4)}  ${fmt(s.p)}  ${fmt(s.r)}  ${fmt(s.f1)}  ${`${m.ctp}/${m.cg}/${m.cgot}`.padStart(10)}  ${String(m.qual).padStart(4)}  ${fmt(m.tp ? m.label / m.tp : 0)}  ${`${r.structure.got}/${r.structure.total}`.padStart(6)}  ${`${r.cleaning.pass}/${r.cleaning.total}`.padStart(5)}`,
      );
    }
    const t = totals();
    lines.push(
      `TOTAL metrics P=${fmt(t.p)} R=${fmt(t.r)} F1=${fmt(t.f1)} | changes F1=${fmt(t.changesF1)} | qualifiers ${fmt(t.qualifiers)} | labels ${fmt(t.labels)} | bad spans ${t.spansBad} | structure ${fmt(t.structure)} | cleaning ${fmt(t.cleaning)}`,
    );
    for (const r of rows) for (const p of [...r.metrics.misses, ...r.structure.problems, ...r.cleaning.problems]) lines.push(`  ${r.id}: ${p}`);
    console.log(lines.join('\n'));
  });

  function totals() {
    let gold = 0, got = 0, tp = 0, cg = 0, cgot = 0, ctp = 0, qual = 0, label = 0, spansBad = 0, sGot = 0, sTotal = 0, cPass = 0, cTotal = 0;
    for (const r of results.values()) {
      const m = r.metrics;
      gold += m.gold; got += m.got; tp += m.tp; cg += m.cg; cgot += m.cgot; ctp += m.ctp; qual += m.qual; label += m.label; spansBad += m.spansBad;
      sGot += r.structure.got; sTotal += r.structure.total; cPass += r.cleaning.pass; cTotal += r.cleaning.total;
    }
    const all = prf(tp, gold, got);
    return {
      ...all,
      changesF1: prf(ctp, cg, cgot).f1,
      qualifiers: tp ? qual / tp : 0,
      labels: tp ? label / tp : 0,
      spansBad,
      structure: sTotal ? sGot / sTotal : 0,
      cleaning: cTotal ? cPass / cTotal : 0,
    };
  }

  it('has gold for every holdout document, and a floor for each', () => {
    expect(DOC_IDS.length).toBe(16);
    expect(Object.keys(FLOORS.docs).sort()).toEqual(DOC_IDS);
  });

  it('every metric span slices its raw text out of the cleaned text', () => {
    expect(totals().spansBad).toBe(0);
  });

  it('overall metric, change, qualifier and label scores stay at or above their floors', () => {
    const t = totals();
    const o = FLOORS.overall;
    expect(t.p).toBeGreaterThanOrEqual(o.precision);
    expect(t.r).toBeGreaterThanOrEqual(o.recall);
    expect(t.f1).toBeGreaterThanOrEqual(o.f1);
    expect(t.changesF1).toBeGreaterThanOrEqual(o.changesF1);
    expect(t.qualifiers).toBeGreaterThanOrEqual(o.qualifiers);
    expect(t.labels).toBeGreaterThanOrEqual(o.labels);
  });

  it('overall structure and cleaning stay at or above their floors', () => {
    const t = totals();
    expect(t.structure).toBeGreaterThanOrEqual(FLOORS.overall.structure);
    expect(t.cleaning).toBeGreaterThanOrEqual(FLOORS.overall.cleaning);
  });

  it.each(Object.keys(FLOORS.docs).sort())('%s stays at or above its floors', (id) => {
    const r = results.get(id)!;
    const floor = FLOORS.docs[id]!;
    const f1 = prf(r.metrics.tp, r.metrics.gold, r.metrics.got).f1;
    expect({ id, f1: f1 >= floor.f1 ? 'ok' : f1 }).toEqual({ id, f1: 'ok' });
    const s = r.structure.total ? r.structure.got / r.structure.total : 1;
    expect({ id, structure: s >= floor.structure ? 'ok' : r.structure.problems }).toEqual({ id, structure: 'ok' });
    const c = r.cleaning.total ? r.cleaning.pass / r.cleaning.total : 1;
    expect({ id, cleaning: c >= floor.cleaning ? 'ok' : r.cleaning.problems }).toEqual({ id, cleaning: 'ok' });
  });
});
