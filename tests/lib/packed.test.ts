// mapPacked (src/lib/packed.ts): Array.prototype.map's result, built by push.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mapPacked } from '../../src/lib/packed.js';

describe('mapPacked', () => {
  it('gives what map gives: each item and its index, in order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), (items) => {
        const f = (x: number, i: number): string => `${x}@${i}`;
        expect(mapPacked(items, f)).toEqual(items.map(f));
      }),
    );
  });
  it('gives a new empty array for an empty one, and never the array it was given', () => {
    const empty: number[] = [];
    expect(mapPacked(empty, (x) => x)).toEqual([]);
    expect(mapPacked(empty, (x) => x)).not.toBe(empty);
    const items = [{ a: 1 }];
    const out = mapPacked(items, (x) => x);
    expect(out).not.toBe(items);
    expect(out[0]).toBe(items[0]);
  });
});
