import { describe, expect, it } from 'vitest';
import { codePointOffsets, hasAstral, sliceCodePoints } from '../../src/lib/span.js';

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
