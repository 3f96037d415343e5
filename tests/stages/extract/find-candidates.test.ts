// src/stages/extract/find-candidates.ts: candidate kinds and spans, and linear time on
// pathological input (a 1 MB line of digits, 十 repeated 100k times, thousands of `|` cells).
import { describe, expect, it } from 'vitest';
import { findCandidates } from '../../../src/stages/extract/find-candidates.js';
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
