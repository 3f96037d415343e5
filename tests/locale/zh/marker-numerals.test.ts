import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readMarkerNumber } from '../../../src/locale/zh/marker-numerals.js';

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Writes 1…999 the way markers do: 十一, 二十三, 一百零五, 一百一十. */
function writeChinese(n: number): string {
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  let s = '';
  if (hundreds) s += `${DIGITS[hundreds]}百`;
  if (tens) s += `${hundreds === 0 && tens === 1 ? '' : DIGITS[tens]}十`;
  else if (hundreds && ones) s += '零';
  if (ones) s += DIGITS[ones];
  return s;
}

describe('readMarkerNumber', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十九', 19],
    ['二十三', 23],
    ['五十二', 52],
    ['九十九', 99],
    ['一百', 100],
    ['一百零五', 105],
    ['两', 2],
    ['〇', 0],
    ['二〇三五', 2035],
    ['12', 12],
    ['①', 1],
    ['⑳', 20],
    ['⑴', 1],
    ['⒉', 2],
    ['㉑', 21],
  ])('%s is %d', (numeral, value) => {
    expect(readMarkerNumber(numeral)).toBe(value);
  });

  it.each(['', '甲', '一a', '第一'])('%s is not a marker numeral', (numeral) => {
    expect(readMarkerNumber(numeral)).toBeNull();
  });

  it('reads back every number from 1 to 999 written in Chinese', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 999 }), (n) => readMarkerNumber(writeChinese(n)) === n));
  });
});
