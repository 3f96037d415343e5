// The page's own text again below its footer: a read-aloud widget's copy of the article on one line
// (`听全文` on a provincial CMS's pages), or a share teaser that cuts the lead with `…`. The tail scan
// met such a line first, from the bottom up, and stopped at it as at the article's last sentence,
// so the footer above it stayed (fixtures/article/reader-copy-at-foot.md). The share-teaser rule
// (classify-lines.ts) reads the page's first lines, which a reader dump's menus fill: these lines
// are compared with the article's first paragraph instead.
import { COPY_MAX_PER_ARTICLE_CHAR, COPY_OPENING_CHARS, MAX_COPY_LINES } from '../../rules/zh/line-shapes.js';

/** The characters of the lines [from, to). */
function charsBetween(trimmed: readonly string[], from: number, to: number): number {
  let n = 0;
  for (let j = from; j < to; j++) n += trimmed[j]!.length;
  return n;
}

/** An ellipsis closing a teaser (`…`, `……`, `...`). */
const TRAILING_ELLIPSIS = /(?:…+|\.{3,})$/;
const WHITESPACE = /\s+/g;
/**
 * Whether a trimmed line's last character may close TRAILING_ELLIPSIS (`…` or `.`): dropping its
 * spaces leaves that character last, so a line ending otherwise has no ellipsis.
 */
const endsInEllipsisMark = (s: string): boolean => s.endsWith('…') || s.endsWith('.');

/**
 * Marks (1) the lines among the last MAX_COPY_LINES non-blank ones, below the article's first
 * paragraph `first`, that copy it: a longer line holding the whole paragraph, no longer than
 * COPY_MAX_PER_ARTICLE_CHAR times the lines from the paragraph down (the article again on one line), or a
 * line cut with an ellipsis whose words open the paragraph (at least COPY_OPENING_CHARS of them). Spaces are
 * not compared (a copy drops the page's `自 1月1 日起` spaces). Null when no line is marked. A line that
 * only repeats the paragraph, or opens like it and goes on with other words, is the document's own; so is
 * a line far longer than what stands above it: a page whose lead (a teaser cut without an ellipsis), or
 * whose title and info line, stand above the whole page flattened onto one line has that line as its
 * article (fixtures/article/teaser-above-article.txt).
 */
export function articleCopyMarks(trimmed: readonly string[], first: number): Uint8Array | null {
  if (first < 0) return null;
  let paragraph: string | null = null;
  let marks: Uint8Array | null = null;
  for (let i = trimmed.length - 1, seen = 0; i > first && seen < MAX_COPY_LINES; i--) {
    const s = trimmed[i]!;
    if (s.length === 0) continue;
    seen++;
    paragraph ??= trimmed[first]!.replace(WHITESPACE, '');
    // a line copies the paragraph only when it ends in an ellipsis or is longer than the paragraph
    // (its spaces dropped, it is no longer): the others, most of a page's foot, are not read further
    if (!endsInEllipsisMark(s) && (s.length <= paragraph.length || paragraph.length < COPY_OPENING_CHARS)) continue;
    const line = s.replace(WHITESPACE, '');
    const cut = TRAILING_ELLIPSIS.exec(line);
    const copies = cut !== null
      ? cut.index >= COPY_OPENING_CHARS && paragraph.startsWith(line.slice(0, cut.index))
      : line.length > paragraph.length && paragraph.length >= COPY_OPENING_CHARS && line.includes(paragraph)
        && COPY_MAX_PER_ARTICLE_CHAR * charsBetween(trimmed, first, i) >= line.length;
    if (!copies) continue;
    marks ??= new Uint8Array(trimmed.length);
    marks[i] = 1;
  }
  return marks;
}
