// Trimming by character set, in linear time (an end-anchored `[…]+$` regex backtracks
// quadratically on a long run of those characters that does not reach the end).

/** Offset just past the last character of [start, end) that is not in `chars`. */
export function trimEndOffset(text: string, start: number, end: number, chars: string): number {
  while (end > start && chars.includes(text[end - 1]!)) end--;
  return end;
}

/** `text` without the trailing characters in `chars`. */
export const trimEndChars = (text: string, chars: string): string => text.slice(0, trimEndOffset(text, 0, text.length, chars));

export const WHITESPACE = ' \t\n\r\f\v';

/**
 * Whether the character at `i` is one `/\s/` matches (ECMAScript WhiteSpace and LineTerminator:
 * the Zs spaces, tab, VT, FF, LF, CR, U+2028/9, BOM), by char code rather than a regex test per
 * character. tests/stages/segment/trim.test.ts checks it against `/\s/` over every code unit.
 */
export function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
