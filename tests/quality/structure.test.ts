// Scores the outline of every seed against tests/gold/structure the way the project's structure
// scorer does: sections aligned by level|number|normalised title (longest common subsequence),
// parents through the gold parentIndex, toc presence, 专栏 box count, titles, items and tables.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/pipeline.js';
import type { Document } from '../../src/schema/records.js';
import { GOLD, SEEDS } from '../helpers.js';
import { scoreStructure, type GoldStructure } from './scoring.js';

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
