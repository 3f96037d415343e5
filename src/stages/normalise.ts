// Fullwidth ASCII → ASCII, odd spaces → space, CRLF/CR → LF, trailing spaces trimmed.
// Chinese punctuation (、。“”《》—) is left as it is.
import { charSet } from '../lib/char-set.js';
import { FULLWIDTH_OFFSET, INVISIBLE_CHARS, SPACE_CHARS } from '../rules/zh/normalise.js';

const FULLWIDTH_FIRST = 0xff01;
const FULLWIDTH_LAST = 0xff5e;
/** Trimmed where they end a line. */
const LINE_END_SPACE_CHARS = ' \t';

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
  return withoutLineEndSpace(foldUnits(text));
}

/**
 * `text` without the spaces and tabs that end a line or the text, read once: a regex `[ \t]+$` (m flag) tries
 * every position of a run of spaces that does not end its line, quadratic in the run (a page of 150,000
 * spaces and then a word took half a minute).
 */
function withoutLineEndSpace(text: string): string {
  let out = '';
  let kept = 0;
  for (let i = 0; i < text.length; ) {
    if (!ENDING_SPACE.has(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && ENDING_SPACE.has(text.charCodeAt(j))) j++;
    if (j === text.length || ENDS_LINE.has(text.charCodeAt(j))) {
      out += text.slice(kept, i);
      kept = j;
    }
    i = j;
  }
  return kept === 0 ? text : out + text.slice(kept);
}

const SPACE = charSet(SPACE_CHARS);

/**
 * The four folds of single units (CR and CRLF → LF, the fullwidth block, odd spaces, invisible
 * marks) in one pass: each changes only its own units into units none of the others touches, so
 * their order does not matter. Chinese text is full of fullwidth punctuation (，：；（）), which a
 * replace called back for one at a time.
 */
function foldUnits(text: string): string {
  let out = '';
  let from = 0;
  for (let i = FOLDED.indexIn(text); i >= 0; i = FOLDED.indexIn(text, from)) {
    out += text.slice(from, i);
    const c = text.charCodeAt(i);
    from = i + 1;
    if (c === CR) {
      out += '\n';
      if (text.charCodeAt(from) === LF) from++;
    } else if (c >= FULLWIDTH_FIRST && c <= FULLWIDTH_LAST) out += String.fromCharCode(c - FULLWIDTH_OFFSET);
    else if (SPACE.has(c)) out += ' ';
    // else an invisible mark, dropped
  }
  return from === 0 ? text : out + text.slice(from);
}
const CR = 13;
const LF = 10;
