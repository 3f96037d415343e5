// Every expectation of tests/gold/structure/*.json about title, metadata, boilerplate and kept
// text, checked on the pipeline's output for the seed bytes (the rules of check-cleaning.mjs).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/pipeline.js';
import { GOLD, SEEDS } from '../helpers.js';

interface StructureGold {
  doc: string;
  title: string | null;
  metadata?: Record<string, string | null>;
  boilerplate?: string[];
  keep?: string[];
}

/** The checker's loose comparison: dates and times may be written either way. */
const loose = (s: unknown): string => String(s ?? '').replace(/[\s:\-/T年月日]/g, '');

const goldDir = path.join(GOLD, 'structure');
const golds: StructureGold[] = readdirSync(goldDir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(path.join(goldDir, f), 'utf8')) as StructureGold);

function documentFor(id: string) {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(`${id}.`))!;
  return processDocument({ path: file, id, bytes: readFileSync(path.join(SEEDS, file)), format: 'text' });
}

describe('cleaning gold (tests/gold/structure)', () => {
  it('has a gold file for every seed', () => {
    expect(golds.length).toBe(readdirSync(SEEDS).length);
  });
  for (const gold of golds) {
    describe(gold.doc, () => {
      const doc = documentFor(gold.doc);
      it('title', () => {
        const same = (doc.title ?? null) === (gold.title ?? null) || loose(doc.title) === loose(gold.title);
        expect(same, `${doc.title} vs ${gold.title}`).toBe(true);
      });
      for (const [key, value] of Object.entries(gold.metadata ?? {})) {
        if (value === null) continue;
        it(`metadata.${key}`, () => {
          expect(doc.metadata[key], key).toBeDefined();
          expect(loose(doc.metadata[key])).toBe(loose(value));
        });
      }
      for (const [key, value] of Object.entries(gold.metadata ?? {})) {
        if (value !== null) continue;
        it(`metadata.${key} is stated as absent (null)`, () => expect(doc.metadata[key]).toBeNull());
      }
      it('boilerplate is gone and recorded', () => {
        for (const b of gold.boilerplate ?? []) {
          expect(doc.text, b).not.toContain(b);
          expect(
            doc.removed.some((r) => r.text.includes(b)),
            `no removed block holds ${b}`,
          ).toBe(true);
        }
      });
      it('kept text stays', () => {
        for (const k of gold.keep ?? []) expect(doc.text, k).toContain(k);
      });
      it('records every removal at an offset inside the text, in order', () => {
        const length = [...doc.text].length;
        let last = 0;
        for (const r of doc.removed) {
          expect(r.at).toBeGreaterThanOrEqual(last);
          expect(r.at).toBeLessThanOrEqual(length);
          last = r.at;
        }
      });
    });
  }
});
