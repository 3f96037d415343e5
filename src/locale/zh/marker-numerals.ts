// Numerals as they appear in heading markers: 一…九十九, 一百二十三, 〇/零, 两, ASCII digits,
// and the enclosed forms ①…⑳ / ⑴…⒇ / ⒈…⒛. Markers never need more; the full number parser
// (./parse-number.ts) and this reader share the digit and place tables of ./numerals.ts.
import { DIGIT_VALUES, UNIT_POWERS } from './numerals.js';
import { wordMap } from '../../lib/word-map.js';

/** Chinese digits a marker may use, by value: the numeral parser's own table. */
export const CHINESE_MARKER_DIGITS: Readonly<Record<string, number>> = DIGIT_VALUES;

/** Chinese place units a marker may use. */
export const CHINESE_MARKER_UNITS: Readonly<Record<string, number>> = Object.fromEntries(
  Object.entries(UNIT_POWERS).map(([unit, power]) => [unit, 10 ** power]),
);

/** Enclosed numerals: first code point of each run and the value it stands for. */
export const ENCLOSED_NUMERAL_RUNS: ReadonlyArray<{ first: number; last: number; value: number }> = [
  { first: 0x2460, last: 0x2473, value: 1 }, // ①…⑳
  { first: 0x2474, last: 0x2487, value: 1 }, // ⑴…⒇
  { first: 0x2488, last: 0x249b, value: 1 }, // ⒈…⒛
  { first: 0x3251, last: 0x325f, value: 21 }, // ㉑…㉟
  { first: 0x32b1, last: 0x32bf, value: 36 }, // ㊱…㊿
];

/** Characters of the Chinese numerals a marker may contain (for building patterns). */
export const CHINESE_MARKER_NUMERAL_CHARS = [...Object.keys(CHINESE_MARKER_DIGITS), ...Object.keys(CHINESE_MARKER_UNITS)].join('');

/** The two tables as Maps (wordMap), looked up for every character of a marker's numeral. */
const MARKER_DIGIT = wordMap(CHINESE_MARKER_DIGITS);
const MARKER_UNIT = wordMap(CHINESE_MARKER_UNITS);

/** `^[0-9]+$`, by char codes (this runs for every marker). */
function isAsciiDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return s.length > 0;
}

/** Reads the number a marker's numeral spells; null when it is not one. */
export function readMarkerNumber(numeral: string): number | null {
  if (numeral === '') return null;
  if (isAsciiDigits(numeral)) return Number(numeral);
  const cp = numeral.codePointAt(0)!;
  // one code point (counted without spreading the string: this runs for every marker)
  if (numeral.length === (cp > 0xffff ? 2 : 1)) {
    for (const run of ENCLOSED_NUMERAL_RUNS) if (cp >= run.first && cp <= run.last) return run.value + cp - run.first;
  }
  let total = 0;
  let digit: number | null = null;
  let sawUnit = false;
  let positional = '';
  for (const ch of numeral) {
    const d = MARKER_DIGIT.get(ch);
    const unit = MARKER_UNIT.get(ch);
    if (d !== undefined) {
      digit = d;
      positional += String(d);
    } else if (unit !== undefined) {
      sawUnit = true;
      total += (digit ?? 1) * unit;
      digit = null;
    } else return null;
  }
  // 二〇三五: digits written one by one, no place units
  if (!sawUnit) return Number(positional);
  return total + (digit ?? 0);
}
