// Fullwidth ASCII → ASCII, odd spaces → space, CRLF/CR → LF, trailing spaces trimmed.
// Chinese punctuation (、。“”《》—) is left as it is.
import { charSet } from '../lib/char-set.js';
import { FULLWIDTH_OFFSET, INVISIBLE_CHARS, SPACE_CHARS } from '../rules/zh/normalise.js';

const FULLWIDTH_FIRST = 0xff01;
const FULLWIDTH_LAST = 0xff5e;
const FULLWIDTH = /[\uff01-\uff5e]/g;
const SPACES = new RegExp(`[${SPACE_CHARS}]`, 'g');
const INVISIBLE = new RegExp(`[${INVISIBLE_CHARS}]`, 'g');
/** Trimmed where they end a line. */
const LINE_END_SPACE_CHARS = ' \t';
const LINE_END_SPACE = new RegExp(`[${LINE_END_SPACE_CHARS}]+$`, 'gm');

/**
 * The characters the first four folds change wherever they stand (CR, the fullwidth block, odd
 * spaces, invisible marks); a space or a tab is changed only before a line terminator (`$` of
 * the `m` flag) or at the text's end.
 */
const FOLDED = charSet([
  '\r',
  ...Array.from({ length: FULLWIDTH_LAST - FULLWIDTH_FIRST + 1 }, (_, k) => String.fromCharCode(FULLWIDTH_FIRST + k)),
  ...SPACE_CHARS,
  ...INVISIBLE_CHARS,
]);
const ENDS_LINE = charSet('\n\r\u2028\u2029');
const ENDING_SPACE = charSet(LINE_END_SPACE_CHARS);

/** Whether no fold changes `text`: most short texts (a metadata value, a title) are left as they are without the five passes. */
function unchanged(text: string): boolean {
  let before = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (FOLDED.has(c) || (ENDS_LINE.has(c) && ENDING_SPACE.has(before))) return false;
    before = c;
  }
  return !ENDING_SPACE.has(before);
}

export function normalise(text: string): string {
  if (unchanged(text)) return text;
  return text
    .replace(/\r\n?/g, '\n')
    .replace(FULLWIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - FULLWIDTH_OFFSET))
    .replace(SPACES, ' ')
    .replace(INVISIBLE, '')
    .replace(LINE_END_SPACE, '');
}
