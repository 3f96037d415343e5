// How much of the article a block of the page holds: its lines' prose against its links and short
// lines, weighed by what its class and id say (src/rules/article.ts). Reads hand-buildable records
// only (the page text's lines and PageBlock), so every measure can be tested on its own.
import { measureText, type TextMeasure } from '../measure-text.js';
import {
  ATTRIBUTE_HINTS,
  LINK_COST,
  MAX_HINT,
  PLAIN_LINE_WEIGHT,
  SHORT_LINE_CHARS,
  SHORT_LINE_COST,
} from '../../rules/article.js';
import type { PageBlock } from '../types.js';
import { LineMemo } from '../../lib/line-memo.js';

/** Characters other than white space, and the sentence punctuation among them (measureText). */
export const measureLine = (line: string): TextMeasure => measureText(line);

/**
 * A line's worth as article text: a line of prose (punctuated, not short) its characters; a short
 * line without punctuation (a menu item, a link, a widget) costs its characters and SHORT_LINE_COST
 * more; any other line (a title, a table row, a numbered heading) a share of its characters.
 */
export function lineValue(line: string): number {
  const { chars, punctuation } = measureLine(line);
  if (chars === 0) return 0;
  if (punctuation > 0 && chars >= SHORT_LINE_CHARS) return chars;
  if (punctuation === 0 && chars < SHORT_LINE_CHARS) return -(chars + SHORT_LINE_COST);
  return chars * PLAIN_LINE_WEIGHT;
}

/** Running sums of lineValue: the value of lines [from, to) is sums[to] - sums[from]. */
export function lineValueSums(lines: readonly string[]): Float64Array {
  const sums = new Float64Array(lines.length + 1);
  for (let i = 0; i < lines.length; i++) sums[i + 1] = sums[i]! + lineValue(lines[i]!);
  return sums;
}

/** The words of a class or id: split at spaces, `-`, `_`, digits and where a lower-case letter meets an upper-case one; lower-cased. */
export function attributeWords(attrs: string): string[] {
  // a scan, not replace/split/filter/map: the attributes of every block of every page are read
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i < attrs.length; i++) {
    const c = attrs.charCodeAt(i);
    const upper = c >= 65 && c <= 90;
    if (!upper && !(c >= 97 && c <= 122)) {
      if (start >= 0) words.push(attrs.slice(start, i).toLowerCase());
      start = -1;
    } else if (start < 0) start = i;
    else if (upper && isLowerAscii(attrs.charCodeAt(i - 1))) {
      words.push(attrs.slice(start, i).toLowerCase());
      start = i;
    }
  }
  if (start >= 0) words.push(attrs.slice(start).toLowerCase());
  return words;
}
const isLowerAscii = (c: number): boolean => c >= 97 && c <= 122;

/** The summed weight of the hint words in a block's class and id, bounded to ±MAX_HINT (each word counted once). */
export function hintWeight(attrs: string): number {
  return attrs.length === 0 ? 0 : hintWeights.get(attrs);
}

/**
 * The weights of the class and id attributes read so far, across pages (lib/line-memo.ts): a
 * site's pages repeat their blocks' names (10 MB corpus: 13,430 named blocks, 215 names).
 */
const hintWeights = new LineMemo<number>((attrs) => readHintWeight(attrs), 4096, 256);

function readHintWeight(attrs: string): number {
  const words = attributeWords(attrs);
  let sum = 0;
  for (let i = 0; i < words.length; i++) if (words.indexOf(words[i]!) === i) sum += ATTRIBUTE_HINTS[words[i]!] ?? 0;
  return Math.max(-MAX_HINT, Math.min(MAX_HINT, sum));
}

/**
 * A block's score: the value of its lines less LINK_COST times its link characters, then, when
 * positive, scaled by its hints (a `content` block's text counts more, a `nav` block's less). A
 * block with no text scores 0 whatever its name. `weight` is its hintWeight, when the caller has it.
 */
export function blockScore(block: PageBlock, sums: Float64Array, weight?: number): number {
  const raw = sums[block.to]! - sums[block.from]! - LINK_COST * block.linkChars;
  return raw > 0 ? raw * (1 + (weight ?? hintWeight(block.attrs))) : raw;
}

/** Share of a block's characters inside links (0 for an empty block). */
export const linkDensity = (b: PageBlock): number => (b.chars > 0 ? b.linkChars / b.chars : 0);

/** Sentence punctuation marks per 100 characters. */
export const punctuationPer100 = (b: PageBlock): number => (b.chars > 0 ? (100 * b.punctuation) / b.chars : 0);
