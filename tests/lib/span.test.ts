import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { codePointLength, codePointOffsets, hasAstral, sliceCodePoints } from '../../src/lib/span.js';

describe('codePointOffsets', () => {
  it('is the identity on BMP-only text', () => {
    const at = codePointOffsets('海关总署2024年');
    expect([0, 4, 9].map(at)).toEqual([0, 4, 9]);
  });
  it('counts a character outside the BMP as one', () => {
    const text = 'a𠮷b𠮷c'; // 𠮷 is two UTF-16 units
    const at = codePointOffsets(text);
    expect(at(text.indexOf('b'))).toBe(2);
    expect(at(text.indexOf('c'))).toBe(4);
    expect(at(text.length)).toBe(5);
  });
  it('slices by code points', () => {
    expect(sliceCodePoints('a𠮷b𠮷c', 1, 4)).toBe('𠮷b𠮷');
  });
});

describe('hasAstral', () => {
  it('finds a surrogate pair anywhere, and nothing in BMP-only text', () => {
    expect(hasAstral('')).toBe(false);
    expect(hasAstral('进出口总值41.8万亿元')).toBe(false);
    expect(hasAstral('𠮷')).toBe(true);
    expect(hasAstral(`${'海关'.repeat(1000)}𠮷`)).toBe(true);
  });
});

// hasAstral keeps its answer for the last long text; whatever the order of the calls, every
// answer must be the scan's, and codePointLength must count as [...s].length does.
describe('hasAstral and codePointLength, asked about texts in any order', () => {
  const scan = (s: string): boolean => /[\uD800-\uDBFF]/.test(s);
  it('answer as a fresh scan would, long and short texts, equal texts that are not the same string', () => {
    const long = '海关'.repeat(200);
    const texts = [long, `${long}𠮷`, `𠮷${long}`, `${long}\uD842`, `${long}\uDFB7`, long.slice(0, 255), long.slice(0, 256), '𠮷', '', 'a', [...long].join('')];
    for (let round = 0; round < 3; round++)
      for (const a of texts)
        for (const b of texts) {
          expect(hasAstral(a)).toBe(scan(a));
          expect(codePointLength(b)).toBe([...b].length);
          expect(codePointLength(a)).toBe([...a].length);
          expect(hasAstral(b)).toBe(scan(b));
        }
  });
  it('for any texts (fast-check)', () => {
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 600 }), fc.string({ unit: fc.constantFrom('中', '\uD842', '\uDFB7', '𠮷', 'a'), minLength: 250, maxLength: 600 }));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 8 }), (texts) => {
        for (const s of [...texts, ...texts.reverse()]) {
          expect(hasAstral(s)).toBe(scan(s));
          expect(codePointLength(s)).toBe([...s].length);
        }
      }),
      { numRuns: 100 },
    );
  });
});
