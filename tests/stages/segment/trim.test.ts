// Trimming helpers: the char-code whitespace test agrees with the regex it stands for.
import { describe, expect, it } from 'vitest';
import { isSpaceAt, trimEndChars, trimEndOffset } from '../../../src/stages/segment/trim.js';

describe('isSpaceAt', () => {
  it('agrees with /\\s/ on every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (isSpaceAt(ch, 0) !== /\s/.test(ch)) differ.push(c);
    }
    expect(differ).toEqual([]);
  });
  it('is false past the end of the text', () => {
    expect(isSpaceAt('a', 1)).toBe(false);
  });
});

describe('trimEndOffset', () => {
  it('drops the trailing characters of the set only', () => {
    expect(trimEndOffset('标题 | ||', 0, 7, ' |')).toBe(2);
    expect(trimEndChars('标题。。', '。')).toBe('标题');
  });
});
