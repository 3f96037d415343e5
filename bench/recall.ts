// Recall against the seeds' gold metrics (tests/gold/metrics/*.jsonl), for our metric stage and
// for the recognizers-text peers alike, so that speed is never compared without accuracy.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface GoldMetric {
  doc: string;
  raw: string;
  value: number;
  unit: string | null;
}

/** What an extractor found: a value, and a unit when the extractor emits one. */
export interface Found {
  value: number;
  /** undefined: the extractor emits no unit, so it is matched on value alone */
  unit?: string | null;
}

export interface Recall {
  matched: number;
  gold: number;
  /** mentions emitted on the gold documents (for context: recall alone rewards emitting everything) */
  emitted: number;
}

export function loadGold(goldDir: string, docId: string): GoldMetric[] {
  const file = path.join(goldDir, `${docId}.jsonl`);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldMetric);
}

/** Relative tolerance for comparing values computed by different decimal routines. */
const VALUE_TOLERANCE = 1e-9;

function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= VALUE_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}

function sameUnit(a: string | null, b: string | null): boolean {
  return (a ?? '') === (b ?? '');
}

/**
 * Counts gold metrics matched by distinct found mentions of the same document: same value, and
 * same unit unless the extractor emits none. Order and spans are not compared (the peers'
 * offsets are in another text model), so this is recall of the figures stated.
 */
export function matchCount(gold: GoldMetric[], found: Found[]): number {
  const used = new Array<boolean>(found.length).fill(false);
  let matched = 0;
  for (const g of gold) {
    // Prefer a mention that agrees on the unit as well, so a unit-less match never steals it.
    let pick = found.findIndex((f, i) => !used[i] && sameValue(f.value, g.value) && f.unit !== undefined && sameUnit(f.unit, g.unit));
    if (pick < 0) pick = found.findIndex((f, i) => !used[i] && sameValue(f.value, g.value) && f.unit === undefined);
    if (pick >= 0) {
      used[pick] = true;
      matched++;
    }
  }
  return matched;
}

export function addRecall(a: Recall, b: Recall): Recall {
  return { matched: a.matched + b.matched, gold: a.gold + b.gold, emitted: a.emitted + b.emitted };
}
