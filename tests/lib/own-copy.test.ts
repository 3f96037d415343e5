import fc from 'fast-check';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ownCopy, ownJoin } from '../../src/lib/own-copy.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Heap bytes still held, after a full collection, by what `keep` keeps of a 16 MB two-byte string. */
function heldBy(keep: (big: string) => string): { kept: string; bytes: number } {
  gc();
  const before = process.memoryUsage().heapUsed;
  let big: string | null = '海关总署'.repeat(2_000_000) + String(Math.random());
  const kept = keep(big);
  big = null;
  gc();
  return { kept, bytes: process.memoryUsage().heapUsed - before };
}

describe('ownCopy', () => {
  it('is the same characters, lone surrogates included (fast-check)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.nat(), (text, from) => {
        const piece = text.slice(from % (text.length + 1));
        expect(ownCopy(piece)).toBe(piece);
      }),
    );
    expect(ownCopy('\uD842x\uDFB7'.repeat(10))).toBe('\uD842x\uDFB7'.repeat(10));
  });

  it('keeps a piece of a long string without the string (a plain slice keeps it all)', () => {
    const MB = 1 << 20;
    const viewed = heldBy((big) => big.slice(1000, 1100));
    const copied = heldBy((big) => ownCopy(big.slice(1000, 1100)));
    expect(copied.kept).toBe(viewed.kept);
    // the slice is a view into the 16 MB string (V8's SlicedString): the control that the measure measures
    expect(viewed.bytes).toBeGreaterThan(12 * MB);
    expect(copied.bytes).toBeLessThan(2 * MB);
  });
});

describe('ownJoin', () => {
  it('is the lines joined by newlines', () => {
    expect(ownJoin(['甲', '乙乙', ''])).toBe('甲\n乙乙\n');
    expect(ownJoin(['一行'])).toBe('一行');
    expect(ownJoin([])).toBe('');
  });

  it('holds no page it was cut from, whether of one line or of several', () => {
    const MB = 1 << 20;
    // pieces of a 16 MB page, each long enough to be a view into it (13 units or more)
    const one = heldBy((big) => ownJoin([big.slice(1000, 1100)]));
    const several = heldBy((big) => ownJoin([big.slice(1000, 1100), big.slice(2000, 2100)]));
    expect(one.kept).toBe('海关总署'.repeat(25));
    expect(several.kept).toBe(`${'海关总署'.repeat(25)}\n${'海关总署'.repeat(25)}`);
    expect(one.bytes).toBeLessThan(2 * MB);
    expect(several.bytes).toBeLessThan(2 * MB);
    // (the control that a piece alone is a view holding the page: ownCopy's test above)
  });
});
