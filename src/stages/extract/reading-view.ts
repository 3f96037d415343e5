// The text as the metric reading sees it: traditional characters folded to the simplified forms the
// rules are written in (src/rules/zh/script-forms.ts), one character for one, so spans keep their
// meaning. Raws and written units are taken from the text itself (draft.ts, toMetrics).
import { READING_FOLDS } from '../../rules/zh/script-forms.js';
import { charSet } from '../../lib/char-set.js';

const FOLDABLE = new RegExp(`[${Object.keys(READING_FOLDS).join('')}]`, 'g');
/**
 * The same characters as a lookup table: most texts hold none of them, and a table scan answers that
 * several times faster than the character class does on a two-byte string (about 18 ns a character).
 */
const FOLDABLE_CHARS = charSet(Object.keys(READING_FOLDS));

/** `text` with READING_FOLDS applied; `text` itself when it holds none of their characters. */
export function readingView(text: string): string {
  if (FOLDABLE_CHARS.indexIn(text) < 0) return text;
  FOLDABLE.lastIndex = 0;
  return text.replace(FOLDABLE, (c) => READING_FOLDS[c]!);
}
