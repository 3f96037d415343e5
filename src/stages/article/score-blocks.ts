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
  return attrs
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z]+/)
    .filter((w) => w.length > 0)
    .map((w) => w.toLowerCase());
}

/** The summed weight of the hint words in a block's class and id, bounded to ±MAX_HINT (each word counted once). */
export function hintWeight(attrs: string): number {
  if (attrs.length === 0) return 0;
  let sum = 0;
  for (const word of new Set(attributeWords(attrs))) sum += ATTRIBUTE_HINTS[word] ?? 0;
  return Math.max(-MAX_HINT, Math.min(MAX_HINT, sum));
}

/**
 * A block's score: the value of its lines less LINK_COST times its link characters, then, when
 * positive, scaled by its hints (a `content` block's text counts more, a `nav` block's less). A
 * block with no text scores 0 whatever its name.
 */
export function blockScore(block: PageBlock, sums: Float64Array): number {
  const raw = sums[block.to]! - sums[block.from]! - LINK_COST * block.linkChars;
  return raw > 0 ? raw * (1 + hintWeight(block.attrs)) : raw;
}

/** Share of a block's characters inside links (0 for an empty block). */
export const linkDensity = (b: PageBlock): number => (b.chars > 0 ? b.linkChars / b.chars : 0);

/** Sentence punctuation marks per 100 characters. */
export const punctuationPer100 = (b: PageBlock): number => (b.chars > 0 ? (100 * b.punctuation) / b.chars : 0);
