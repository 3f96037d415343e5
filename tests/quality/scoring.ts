// The project's scorers, once, for the quality tests (tests/quality/*.test.ts), matching
// score-metrics.mjs, score-structure.mjs and check-cleaning.mjs:
//   metrics   — a gold metric matches an unused extracted metric of the same document with the same
//               value (relative tolerance 1e-9) and a compatible unit (equal, or one starts with the
//               other); changes (attached or standalone) match on direction, value and unit; qualifier
//               accuracy and label score (character-bag F1) over the matched pairs; every span must
//               slice `raw` out of the cleaned text (code points).
//   structure — sections aligned by level|number|normalised title (longest common subsequence), extra
//               sections, parents through parentIndex, toc presence, 专栏 count, titles, items, tables.
//   cleaning  — title, metadata (loose), boilerplate gone, kept text present.
import { readFileSync } from 'node:fs';
import type { Document } from '../../src/schema/records.js';

export const readJsonl = <T>(file: string): T[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as T);

export interface GoldChange {
  direction: string;
  value: number;
  unit?: string | null;
}
export interface GoldMetric {
  doc: string;
  raw: string;
  value: number;
  unit?: string | null;
  qualifier?: string;
  valueMax?: number | null;
  kind: string;
  change?: GoldChange | null;
  direction?: string | null;
  label?: string | null;
}
export interface GoldSection {
  level: number;
  marker: string | null;
  number: number | null;
  title: string;
  parentIndex: number | null;
}
export interface GoldColumn {
  number: number;
  title: string;
  items: string[];
  table: { header: string[]; rows: string[][] } | null;
}
export interface GoldStructure {
  doc: string;
  title: string | null;
  metadata: Record<string, string | null>;
  boilerplate: string[];
  keep: string[];
  sections: GoldSection[];
  columns: GoldColumn[];
  toc: unknown;
}

type Scored = { value: number; unit: string | null; qualifier?: string; valueMax?: number | null; label?: string | null };
export const cpSlice = (t: string, a: number, b: number): string => [...t].slice(a, b).join('');
export const sameValue = (a: unknown, b: unknown): boolean =>
  typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
export const unitOk = (a = '', b = ''): boolean => a === b || (a !== '' && b !== '' && (a.startsWith(b) || b.startsWith(a)));
export const charF1 = (a = '', b = ''): number => {
  const ca = [...a];
  const cb = [...b];
  if (!ca.length && !cb.length) return 1;
  const bag = new Map<string, number>();
  for (const c of cb) bag.set(c, (bag.get(c) ?? 0) + 1);
  let common = 0;
  for (const c of ca)
    if ((bag.get(c) ?? 0) > 0) {
      common++;
      bag.set(c, bag.get(c)! - 1);
    }
  if (!common) return 0;
  const p = common / ca.length;
  const r = common / cb.length;
  return (2 * p * r) / (p + r);
};
export interface FlatChange {
  direction: string | null | undefined;
  value: number;
  unit: string;
}
export const changesOf = (ms: ReadonlyArray<{ kind: string; change?: GoldChange | null; direction?: string | null; value: number; unit?: string | null }>): FlatChange[] => {
  const out: FlatChange[] = [];
  for (const m of ms) {
    if (m.change && typeof m.change === 'object') out.push({ direction: m.change.direction, value: m.change.value, unit: m.change.unit ?? '' });
    if (m.kind === 'change') out.push({ direction: m.direction, value: m.value, unit: m.unit ?? '' });
  }
  return out;
};
export function matchAll<G, E>(gold: readonly G[], got: readonly E[], eq: (g: G, e: E) => boolean): Array<[G, E]> {
  const used = new Array<boolean>(got.length).fill(false);
  const pairs: Array<[G, E]> = [];
  for (const g of gold) {
    const j = got.findIndex((e, k) => !used[k] && eq(g, e));
    if (j >= 0) {
      used[j] = true;
      pairs.push([g, got[j]!]);
    }
  }
  return pairs;
}
export const prf = (tp: number, nGold: number, nGot: number): { p: number; r: number; f1: number } => {
  const p = nGot ? tp / nGot : 0;
  const r = nGold ? tp / nGold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

export interface MetricScore {
  gold: number;
  got: number;
  tp: number;
  cg: number;
  cgot: number;
  ctp: number;
  qual: number;
  label: number;
  spansBad: number;
  misses: string[];
}
export function scoreMetrics(gold: readonly GoldMetric[], doc: Pick<Document, 'text' | 'metrics'>): MetricScore {
  const got = doc.metrics;
  let spansBad = 0;
  for (const m of got) if (cpSlice(doc.text, m.span[0], m.span[1]) !== m.raw) spansBad++;
  const pairs = matchAll<GoldMetric, Scored>(gold, got, (g, e) => sameValue(g.value, e.value) && unitOk(g.unit ?? '', e.unit ?? ''));
  const misses: string[] = [];
  const goldMatched = new Set(pairs.map(([g]) => g));
  const gotMatched = new Set(pairs.map(([, e]) => e));
  for (const g of gold) if (!goldMatched.has(g)) misses.push(`missed ${g.raw} (${g.value} ${g.unit ?? ''})`);
  for (const e of got) if (!gotMatched.has(e)) misses.push(`extra ${e.raw} (${e.value} ${e.unit ?? ''})`);
  let qual = 0;
  let label = 0;
  for (const [g, e] of pairs) {
    const ok = (g.qualifier ?? 'exact') === (e.qualifier ?? 'exact') && (g.qualifier !== 'range' || sameValue(g.valueMax, e.valueMax));
    if (ok) qual++;
    else misses.push(`qualifier ${g.raw}: ${e.qualifier ?? 'exact'}${e.valueMax != null ? ` max ${e.valueMax}` : ''}, want ${g.qualifier ?? 'exact'}`);
    label += charF1(e.label ?? '', g.label ?? '');
  }
  const gc = changesOf(gold);
  const ec = changesOf(got);
  const cpairs = matchAll(gc, ec, (g, e) => g.direction === e.direction && sameValue(g.value, e.value) && unitOk(g.unit, e.unit));
  return { gold: gold.length, got: got.length, tp: pairs.length, cg: gc.length, cgot: ec.length, ctp: cpairs.length, qual, label, spansBad, misses };
}

// ---------------------------------------------------------------------------------------------
// Structure scoring (score-structure.mjs)
// ---------------------------------------------------------------------------------------------
export const norm = (t: unknown): string =>
  String(t ?? '')
    .replace(/\s+/g, '')
    .replace(/[。.;;:：]+$/u, '');
export function scoreStructure(gold: Pick<GoldStructure, 'sections' | 'toc' | 'columns'>, doc: Pick<Document, 'sections' | 'toc' | 'columns'>): { got: number; total: number; problems: string[] } {
  let got = 0;
  let total = 0;
  const problems: string[] = [];
  const tally = (ok: boolean, what: string): void => {
    total++;
    if (ok) got++;
    else problems.push(what);
  };
  const key = (s: { level: number; number: number | null; title: string }): string => `${s.level}|${s.number ?? ''}|${norm(s.title)}`;
  const G = gold.sections ?? [];
  const E = doc.sections;
  const n = G.length;
  const m = E.length;
  const L = Array.from({ length: n + 1 }, () => new Int32Array(m + 1));
  for (let a = n - 1; a >= 0; a--) for (let b = m - 1; b >= 0; b--) L[a]![b] = key(G[a]!) === key(E[b]!) ? L[a + 1]![b + 1]! + 1 : Math.max(L[a + 1]![b]!, L[a]![b + 1]!);
  const pair = new Map<number, number>();
  for (let a = 0, b = 0; a < n && b < m; ) {
    if (key(G[a]!) === key(E[b]!)) pair.set(a++, b++);
    else if (L[a + 1]![b]! >= L[a]![b + 1]!) a++;
    else b++;
  }
  for (let i = 0; i < n; i++) tally(pair.has(i), `section not found: ${G[i]!.marker ?? ''}${G[i]!.title}`);
  for (let k = 0; k < Math.max(0, m - n); k++) tally(false, `${m - n} extra sections`);
  for (const [gi, ei] of pair) {
    const gp = G[gi]!.parentIndex;
    const ep = E[ei]!.parent ?? null;
    const want = gp === null || gp === undefined ? null : pair.has(gp) ? E[pair.get(gp)!]!.id : undefined;
    tally((want ?? null) === ep, `parent of ${G[gi]!.title} is ${ep}, want ${want}`);
  }
  tally(!!gold.toc === !!(doc.toc && doc.toc.entries.length), `toc ${gold.toc ? 'missing' : 'invented'}`);
  const cols = doc.columns;
  tally(cols.length === (gold.columns ?? []).length, `${cols.length} 专栏 boxes, want ${(gold.columns ?? []).length}`);
  for (const gc of gold.columns ?? []) {
    const c = cols.find((c) => Number(c.number) === Number(gc.number));
    tally(!!c && norm(c.title) === norm(gc.title), `专栏${gc.number} title ${c?.title}`);
    if (!c) continue;
    const items = c.items.map((it) => norm(it.title));
    tally(JSON.stringify(items) === JSON.stringify((gc.items ?? []).map(norm)), `专栏${gc.number} items differ (${items.length} vs ${(gc.items ?? []).length})`);
    if (gc.table) {
      const t = c.table ?? { header: [], rows: [] };
      tally(JSON.stringify(t.header.map(norm)) === JSON.stringify(gc.table.header.map(norm)), `专栏${gc.number} table header`);
      tally(JSON.stringify(t.rows.map((r) => r.map(norm))) === JSON.stringify(gc.table.rows.map((r) => r.map(norm))), `专栏${gc.number} table rows`);
    }
  }
  return { got, total, problems };
}

// ---------------------------------------------------------------------------------------------
// Cleaning checks (check-cleaning.mjs)
// ---------------------------------------------------------------------------------------------
export const loose = (s: unknown): string => String(s ?? '').replace(/[\s:\-/T年月日]/g, '');
export function checkCleaning(gold: GoldStructure, doc: Pick<Document, 'text' | 'title' | 'metadata'>): { pass: number; total: number; problems: string[] } {
  let pass = 0;
  let total = 0;
  const problems: string[] = [];
  const check = (ok: boolean, what: string): void => {
    total++;
    if (ok) pass++;
    else problems.push(what);
  };
  const text = doc.text;
  check((doc.title ?? null) === (gold.title ?? null) || loose(doc.title) === loose(gold.title), `title ${JSON.stringify(doc.title)} != ${JSON.stringify(gold.title)}`);
  for (const [k, v] of Object.entries(gold.metadata ?? {})) {
    if (v === null || v === undefined) continue;
    const got = (doc.metadata as Record<string, string | null | undefined>)[k];
    check(got !== undefined && (got === v || loose(got) === loose(v)), `metadata.${k} ${JSON.stringify(got)} != ${JSON.stringify(v)}`);
  }
  for (const b of gold.boilerplate ?? []) check(!text.includes(b), `boilerplate kept: ${b.slice(0, 40)}`);
  for (const k of gold.keep ?? []) check(text.includes(k), `text lost: ${k.slice(0, 40)}`);
  return { pass, total, problems };
}
