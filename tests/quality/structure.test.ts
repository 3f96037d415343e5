// Scores the outline of every seed against tests/gold/structure the way the project's structure
// scorer does: sections aligned by level|number|normalised title (longest common subsequence),
// parents through the gold parentIndex, toc presence, 专栏 box count, titles, items and tables.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/pipeline.js';
import type { Document } from '../../src/schema/records.js';
import { GOLD, SEEDS } from '../helpers.js';

interface GoldSection {
  level: number;
  marker: string | null;
  number: number | null;
  title: string;
  parentIndex: number | null;
}
interface GoldColumn {
  number: number;
  title: string;
  items: string[];
  table: { header: string[]; rows: string[][] } | null;
}
interface GoldStructure {
  doc: string;
  sections: GoldSection[];
  toc: unknown;
  columns: GoldColumn[];
}

const norm = (t: unknown): string =>
  String(t ?? '')
    .replace(/\s+/g, '')
    .replace(/[。.;;:：]+$/u, '');

/** Facts that hold and the problems found, for one document. */
export function scoreStructure(gold: GoldStructure, doc: Pick<Document, 'sections' | 'toc' | 'columns'>): { got: number; total: number; problems: string[] } {
  let got = 0;
  let total = 0;
  const problems: string[] = [];
  const tally = (ok: boolean, what: string): void => {
    total++;
    if (ok) got++;
    else problems.push(what);
  };
  const key = (s: { level: number; number: number | null; title: string }): string => `${s.level}|${s.number ?? ''}|${norm(s.title)}`;
  const G = gold.sections;
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
    const want = gp === null ? null : pair.has(gp) ? E[pair.get(gp)!]!.id : undefined;
    tally((want ?? null) === E[ei]!.parent, `parent of ${G[gi]!.title} is ${E[ei]!.parent}, want ${want}`);
  }
  tally(!!gold.toc === !!(doc.toc && doc.toc.entries.length), `toc ${gold.toc ? 'missing' : 'invented'}`);
  tally(doc.columns.length === gold.columns.length, `${doc.columns.length} 专栏 boxes, want ${gold.columns.length}`);
  for (const gc of gold.columns) {
    const c = doc.columns.find((x) => x.number === gc.number);
    tally(!!c && norm(c.title) === norm(gc.title), `专栏${gc.number} title ${c?.title}`);
    if (!c) continue;
    tally(JSON.stringify(c.items.map((it) => norm(it.title))) === JSON.stringify(gc.items.map(norm)), `专栏${gc.number} items differ`);
    if (gc.table) {
      tally(JSON.stringify((c.table?.header ?? []).map(norm)) === JSON.stringify(gc.table.header.map(norm)), `专栏${gc.number} table header`);
      tally(JSON.stringify((c.table?.rows ?? []).map((r) => r.map(norm))) === JSON.stringify(gc.table.rows.map((r) => r.map(norm))), `专栏${gc.number} table rows`);
    }
  }
  return { got, total, problems };
}

const STRUCTURE = path.join(GOLD, 'structure');
const golds = readdirSync(STRUCTURE)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(path.join(STRUCTURE, f), 'utf8')) as GoldStructure);

function documentOf(id: string): Document {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(`${id}.`))!;
  return processDocument({ path: file, id, bytes: readFileSync(path.join(SEEDS, file)), format: 'text' });
}

describe('structure quality on the seeds', () => {
  let got = 0;
  let total = 0;
  it.each(golds.map((g) => [g.doc, g] as const))('%s matches its gold outline', (_id, gold) => {
    const score = scoreStructure(gold, documentOf(gold.doc));
    got += score.got;
    total += score.total;
    expect(score.problems).toEqual([]);
  });

  it('scores 1.000 over all seeds', () => {
    expect(total).toBeGreaterThan(0);
    expect(got / total).toBe(1);
  });

  it('gives the 十四五 plan a toc of 62 entries, each linked to its section, and no duplicated sections', () => {
    const doc = documentOf('001_9d526fd28d09da4d');
    expect(doc.toc?.entries).toHaveLength(62);
    expect(doc.toc!.entries.every((e) => e.section !== null)).toBe(true);
    const titles = doc.sections.map((s) => `${s.marker}${s.title}`);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('scores a wrong outline below 1 (the scorer can fail)', () => {
    const gold = golds.find((g) => g.doc.startsWith('000'))!;
    const doc = documentOf(gold.doc);
    const broken = { ...doc, sections: doc.sections.map((s, i) => (i === 3 ? { ...s, title: `${s.title}x` } : s)), toc: { entries: [], span: [0, 0] as [number, number] } };
    const score = scoreStructure(gold, broken);
    expect(score.got).toBeLessThan(score.total);
  });
});
