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

/**
 * The measure of `text`. Its own loop, the same as addMeasure's: V8's code for one loop fed both
 * the page writer's pieces (addMeasure: short, mostly one-byte) and the page's lines ran several
 * times slower on the lines than a loop that sees only lines.
 */
export function measureText(text: string): TextMeasure {
  let chars = 0;
  let punctuation = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (SPACE.has(c)) continue;
    chars++;
    if (PUNCTUATION.has(c)) punctuation++;
  }
  return { chars, punctuation };
}
