// Trimming by character set, in linear time (an end-anchored `[…]+$` regex backtracks
// quadratically on a long run of those characters that does not reach the end).
import { charSet, JS_WHITESPACE } from '../../lib/char-set.js';

/** Offset just past the last character of [start, end) that is not in `chars`. */
export function trimEndOffset(text: string, start: number, end: number, chars: string): number {
  while (end > start && chars.includes(text[end - 1]!)) end--;
  return end;
}

/** `text` without the trailing characters in `chars`. */
export const trimEndChars = (text: string, chars: string): string => text.slice(0, trimEndOffset(text, 0, text.length, chars));

export const WHITESPACE = ' \t\n\r\f\v';

const SPACES = charSet(JS_WHITESPACE);

/** Whether the character at `i` is one `/\s/` matches, by char code rather than a regex test per character. */
export function isSpaceAt(text: string, i: number): boolean {
  return SPACES.has(text.charCodeAt(i));
}
