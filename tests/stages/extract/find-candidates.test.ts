// src/stages/extract/find-candidates.ts: candidate kinds and spans, and linear time on
// pathological input (a 1 MB line of digits, 十 repeated 100k times, thousands of `|` cells).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findCandidates, NUMERAL_AT, scanNumeral } from '../../../src/stages/extract/find-candidates.js';
import { extract } from './extract-helpers.js';

/** Generous: catches quadratic behaviour (minutes), not a speed test. */
const BUDGET_MS = 3000;

function timed<T>(f: () => T): { value: T; ms: number } {
  const t = performance.now();
  const value = f();
  return { value, ms: performance.now() - t };
}

describe('findCandidates', () => {
  it('gives each candidate a kind and the spans of its pieces', () => {
    const text = '约320公斤、2-3个、一两个、百分之五、增长13.5%';
    const cs = findCandidates(text);
    expect(cs.map((c) => c.kind)).toEqual(['quantity', 'range', 'quantity', 'approxPair', 'proportion', 'change']);
    const [approx, range] = cs;
    expect(text.slice(approx!.start, approx!.end)).toBe('约320公斤');
    expect(approx!.prefix?.text).toBe('约');
    expect(approx!.unit?.text).toBe('公斤');
    expect(range!.kind === 'range' && range!.upper.text).toBe('3');
    const change = cs[5]!;
    expect(change.kind === 'change' && text.slice(change.verb.start, change.verb.end)).toBe('增长');
  });

  it('stays linear on a 1 MB line of digits', () => {
    const { value, ms } = timed(() => extract('1'.repeat(1_000_000)));
    expect(value).toEqual([]);
    expect(ms).toBeLessThan(BUDGET_MS);
  });

  it('stays linear on digits that almost make a unit, again and again', () => {
    const { ms } = timed(() => extract('12.3万'.repeat(100_000)));
    expect(ms).toBeLessThan(BUDGET_MS);
  });

  it('stays linear on 十 repeated 100k times', () => {
    const { value, ms } = timed(() => extract(`${'十'.repeat(100_000)}个`));
    expect(value).toEqual([]);
    expect(ms).toBeLessThan(BUDGET_MS);
  });

  it('stays linear on thousands of | cells', () => {
    const row = `指标 | ${Array.from({ length: 5000 }, (_, i) => String(i)).join(' | ')} |`;
    const { ms } = timed(() => extract(`${row}\n`.repeat(20)));
    expect(ms).toBeLessThan(BUDGET_MS);
  });

  it('stays linear on long clauses full of numbers', () => {
    const text = "查获枪支53支、".repeat(20_000);
    const { value, ms } = timed(() => extract(text));
    expect(value).toHaveLength(20_000);
    expect(ms).toBeLessThan(BUDGET_MS * 2);
  });
});

describe('scanNumeral', () => {
  // the characters numerals are made of, their separators, and a few others
  const alphabet = fc.constantFrom(...'0123456789,.一二三十百千万亿两零点分之成个元%', '的', 'a', ' ', '\n');

  it('reads at every place exactly what the NUMERAL_SOURCE regex matches there', () => {
    fc.assert(
      fc.property(fc.string({ unit: alphabet, maxLength: 40 }), (text) => {
        for (let s = 0; s < text.length; s++) {
          NUMERAL_AT.lastIndex = s;
          const m = NUMERAL_AT.exec(text);
          if (!m) continue; // not a numeral start: scanNumeral is not asked there
          const scanned = scanNumeral(text, s);
          expect(scanned.end).toBe(s + m[0].length);
          expect(scanned.proportionPrefix).toBe(/^(百分之|千分之)/.exec(m[0])?.[1] ?? null);
          expect(scanned.fraction).toBe(scanned.proportionPrefix === null && m[0].includes('分之'));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('reads the written forms of the spec', () => {
    const end = (t: string): number => scanNumeral(t, 0).end;
    expect(end('1,234.5万元')).toBe(7);
    expect(end('1,2345')).toBe(5); // a comma group is exactly three digits
    expect(end('3.个')).toBe(1);
    expect(end('百分之五点一')).toBe(6);
    expect(scanNumeral('百分之五点一', 0).proportionPrefix).toBe('百分之');
    expect(scanNumeral('三分之一', 0)).toEqual({ end: 4, proportionPrefix: null, fraction: true });
    expect(end('百分之')).toBe(1); // no digits after the prefix: only 百
    expect(end('五点')).toBe(1);
  });
});
