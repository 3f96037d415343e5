// How much text a string holds, as the article is found by it: characters other than white space,
// and the sentence punctuation among them. One measure for the page's blocks (page-text, counting
// as the page is read) and the page's lines (article, scoring them); the tables say what counts.
import { charSet } from '../lib/char-set.js';
import { SENTENCE_PUNCTUATION } from '../rules/article.js';
import { MEASURE_SPACE } from '../rules/zh/text-measure.js';

const SPACE = charSet(MEASURE_SPACE);
const PUNCTUATION = charSet(SENTENCE_PUNCTUATION);

/** Counts of text: characters other than white space, and the sentence punctuation among them. */
export interface TextMeasure {
  chars: number;
  punctuation: number;
}

/** Adds the measure of `text` to `into` (no object made per call); returns the characters it added. */
export function addMeasure(into: TextMeasure, text: string): number {
  let chars = 0;
  let punctuation = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (SPACE.has(c)) continue;
    chars++;
    if (PUNCTUATION.has(c)) punctuation++;
  }
  into.chars += chars;
  into.punctuation += punctuation;
  return chars;
}

/** The measure of `text`. */
export function measureText(text: string): TextMeasure {
  const m = { chars: 0, punctuation: 0 };
  addMeasure(m, text);
  return m;
}
