// Stage: find the article in an HTML page by the page's structure, and cut the rest (kept as removed
// blocks, rule `article/outside`, so the metadata stage can still read what they state).
//
// The page text's blocks (PageBlock, recorded while the page was read: one parse) are scored as
// content extractors do (score-blocks.ts). The best block is taken with its siblings that continue
// it and the page's title line above it; the page's whole text is kept instead (today's path, the
// line rules alone) when the page is a fragment, has no block worth the name, or when the best
// block does not lead every block outside it by MIN_LEAD: the body is never lost to a close call.
import { ownJoin } from '../../lib/own-copy.js';
import { normalise } from '../normalise.js';
import {
  MAX_SIBLING_LINK_DENSITY,
  MAX_TITLE_GAP_LINES,
  MAX_TITLE_GAP_LINK_DENSITY,
  MIN_ARTICLE_SCORE,
  MIN_LEAD,
  MIN_SIBLING_PUNCTUATION,
  MIN_SIBLING_SCORE,
  SENTENCE_ENDS,
  EMPTY_LABEL,
  MAX_CLOSING_LINE_CHARS,
  MAX_CLOSING_LINES,
  SIGNATURE_DATE,
  LINK_LIST_DENSITY,
  LINK_LIST_KEPT,
  ATTACHMENT_ITEM,
  ATTACHMENT_WORD,
  MAX_ATTACHMENT_LIST_LINES,
  MIN_LINK_LIST_CHARS,
} from '../../rules/article.js';
import type { Article, ArticleCut, ArticleDecision, HeadingHint, PageBlock, PageText } from '../types.js';
import { blockScore, hintWeight, lineValueSums, linkDensity, punctuationPer100 } from './score-blocks.js';
import { isTailChromeLine } from './classify-lines.js';
import { headingTitle, normalisedHints } from './find-title.js';

export const OUTSIDE_RULE = 'article/outside';
export const LINK_LIST_RULE = 'article/link-list';

/**
 * The whole page is kept for the line rules, less the link lists after its last line of text
 * (trailingLinkLists), cut as removed blocks. `bestBlock` (a block index, -1: none) places the
 * article's start for the title finder.
 */
function keepPage(page: PageText, reason: string, read: PageLines, best = 0, runnerUp = 0, bestBlock = -1): Article {
  const { blocks, lines } = read;
  const titled = withHeadingTitle(page, lines, blocks, bestBlock >= 0 ? blocks[bestBlock]!.from : -1);
  const { to, lists } = trailingLinkLists(read, 0, lines.length);
  const decision: ArticleDecision = { kept: 'page', reason, best, runnerUp, from: 0, to: lists.length > 0 ? to : -1 };
  if (lists.length === 0) return articleOf(titled, titled.text, lines, titled.headings, [], [], decision);
  const headings = headingsWithin(page.headings, 0, to);
  const { after } = cuts(lines, blocks, 0, to, lists);
  const kept = lines.slice(0, to);
  return articleOf(titled, kept.join('\n'), kept, headings, [], after, decision);
}

/**
 * The article record: the page's fields, its text and headings as cut, and the cuts. Built whole
 * in one literal, every field in one order: V8 (Node 20) adds a field to a copy made by spreading
 * (`{ ...page, before }`) in its runtime, about 2 µs a record, where a literal costs some 60 ns.
 */
function articleOf(
  page: PageText,
  text: string,
  lines: readonly string[] | undefined,
  headings: readonly HeadingHint[] | undefined,
  before: ArticleCut[],
  after: ArticleCut[],
  decision: ArticleDecision,
): Article {
  return { text, lines, metadata: page.metadata, titleHints: page.titleHints, headings, blocks: page.blocks, fragment: page.fragment, before, after, decision };
}
const NO_BLOCKS: readonly PageBlock[] = [];

/** The page as the stage reads it: its lines and blocks, and each block's class/id weight (hintWeight), each worked out once. */
interface PageLines {
  lines: readonly string[];
  blocks: readonly PageBlock[];
  weights: Float64Array;
}

function pageLines(page: PageText): PageLines {
  const blocks = page.blocks ?? NO_BLOCKS;
  const weights = new Float64Array(blocks.length);
  for (let i = 0; i < blocks.length; i++) weights[i] = hintWeight(blocks[i]!.attrs);
  return { lines: page.text.split('\n'), blocks, weights };
}

/** Index just past the last descendant of block `i` (blocks are listed parent first, in document order). */
function subtreeEnd(blocks: readonly PageBlock[], i: number): number {
  let end = i + 1;
  while (end < blocks.length && blocks[end]!.depth > blocks[i]!.depth) end++;
  return end;
}

const hasLines = (b: PageBlock): boolean => b.to > b.from;

/** Whether a sibling continues the article: same element, punctuated like prose, worth a line of it with a sentence end, not a link list. */
function continues({ lines, blocks, weights }: PageLines, k: number, best: PageBlock, sums: Float64Array): boolean {
  const sibling = blocks[k]!;
  if (sibling.tag !== best.tag || linkDensity(sibling) > MAX_SIBLING_LINK_DENSITY || punctuationPer100(sibling) < MIN_SIBLING_PUNCTUATION) return false;
  if (blockScore(sibling, sums, weights[k]) < MIN_SIBLING_SCORE) return false;
  for (let i = sibling.from; i < sibling.to; i++) if (SENTENCE_ENDS.test(lines[i]!)) return true;
  return false;
}

/** Whether a short block after the article closes it (a signature): no link, short lines, no empty label. */
function closes(block: PageBlock, lines: readonly string[]): boolean {
  if (block.linkChars > 0) return false;
  for (let i = block.from; i < block.to; i++) {
    const line = lines[i]!.trim();
    if (line.length > MAX_CLOSING_LINE_CHARS || EMPTY_LABEL.test(line)) return false;
  }
  return true;
}

/** Whether a block is the document's attachment list: links, every line an attachment item (ATTACHMENT_ITEM), one saying 附件 (ATTACHMENT_WORD). */
function attachmentList(block: PageBlock, lines: readonly string[]): boolean {
  if (block.linkChars === 0 || block.to - block.from > MAX_ATTACHMENT_LIST_LINES) return false;
  let items = 0;
  let named = false;
  for (let i = block.from; i < block.to; i++) {
    const line = lines[i]!.trim();
    if (line.length === 0) continue;
    if (!ATTACHMENT_ITEM.test(line)) return false;
    items++;
    // a list of files that never says 附件 is a sidebar of other documents (`2030年部门决算.pdf`, …), no attachment
    named ||= line.includes(ATTACHMENT_WORD);
  }
  return items > 0 && named;
}

/** The article's lines: the best block, widened over the siblings that continue it on either side and touch it. */
function withSiblings(read: PageLines, best: number, sums: Float64Array): { from: number; to: number } {
  const { lines, blocks } = read;
  const b = blocks[best]!;
  let { from, to } = b;
  const siblings: number[] = [];
  for (let i = 0; i < blocks.length; i++) if (blocks[i]!.parent === b.parent && hasLines(blocks[i]!)) siblings.push(i);
  const at = siblings.indexOf(best);
  let k = at + 1;
  for (; k < siblings.length; k++) {
    const s = blocks[siblings[k]!]!;
    if (s.from !== to || !continues(read, siblings[k]!, b, sums)) break;
    to = s.to;
  }
  // then the short blocks that close it (a signature), up to the last that gives a date
  let closing = 0;
  let end = to;
  for (; k < siblings.length; k++) {
    const s = blocks[siblings[k]!]!;
    closing += s.to - s.from;
    if (s.from !== end || closing > MAX_CLOSING_LINES || !closes(s, lines)) break;
    end = s.to;
    for (let i = s.from; i < s.to; i++) if (SIGNATURE_DATE.test(lines[i]!)) to = s.to;
  }
  // then the document's attachment list right after what the article now holds, beside it or beside the wrappers
  // that hold the same lines (`div#mainText` around `div.TRS_Editor`)
  let outer = b.parent;
  while (outer >= 0 && blocks[outer]!.from === b.from && blocks[outer]!.to === to && blocks[outer]!.parent >= 0) outer = blocks[outer]!.parent;
  for (let i = 0; i < blocks.length; i++) {
    const s = blocks[i]!;
    if (s.parent !== outer || !hasLines(s) || s.from < to) continue;
    if (s.from === to && attachmentList(s, lines)) to = s.to;
    break;
  }
  for (let k = at - 1; k >= 0; k--) {
    const s = blocks[siblings[k]!]!;
    if (s.to !== from || !continues(read, siblings[k]!, b, sums)) break;
    from = s.from;
  }
  return { from, to };
}

/** The same words, whitespace aside, or one holding the other where the shorter is most of the longer. */
function namesTitle(line: string, hint: string): boolean {
  const a = line.replace(/\s+/g, '');
  const h = hint.replace(/\s+/g, '');
  if (a.length === 0 || h.length === 0) return false;
  if (a === h) return true;
  const [short, long] = a.length < h.length ? [a, h] : [h, a];
  return short.length >= long.length * 0.6 && long.includes(short);
}

/** Whether the outermost blocks lying within the lines [from, to) are each mostly text, not links (a link list stops the article). */
function noLinkList(blocks: readonly PageBlock[], from: number, to: number): boolean {
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (!hasLines(b) || b.from < from || b.to > to) continue;
    const p = b.parent >= 0 ? blocks[b.parent]! : null;
    if (p !== null && p.from >= from && p.to <= to) continue; // judged with its parent
    if (linkDensity(b) > MAX_TITLE_GAP_LINK_DENSITY) return false;
  }
  return true;
}

/**
 * The page's title line above the article (a line naming one of the title hints), when at most
 * MAX_TITLE_GAP_LINES lines stand between and none of them is a link list: the article starts
 * there, so the title stays in the text as the text dumps have it. Else the article starts at its
 * block, and the title and what stands under it are cut (metadata still reads them).
 */
function titleAbove(lines: readonly string[], blocks: readonly PageBlock[], hints: readonly string[], from: number): number {
  if (hints.length === 0) return from;
  const top = Math.max(0, from - MAX_TITLE_GAP_LINES - 1);
  for (let t = from - 1; t >= top; t--) {
    if (!hints.some((h) => namesTitle(lines[t]!, h))) continue;
    return noLinkList(blocks, t + 1, from) ? t : from;
  }
  return from;
}

/** A link list (LINK_LIST_DENSITY, MIN_LINK_LIST_CHARS) that is not the document's attachments. */
function isLinkList(b: PageBlock, lines: readonly string[]): boolean {
  if (!hasLines(b) || b.linkChars < MIN_LINK_LIST_CHARS || linkDensity(b) <= LINK_LIST_DENSITY) return false;
  for (let i = b.from; i < b.to; i++) if (LINK_LIST_KEPT.test(lines[i]!)) return false;
  return true;
}

/**
 * The link lists that close the article's lines [from, to): walking up from its last line, each
 * outermost link list (isLinkList) is taken, over blank lines, the site's footer lines
 * (isTailChromeLine) and lines of furniture blocks (a negative class/id hint); the first other
 * line is the article's and ends the walk. Gives where the article now ends and the lists cut
 * (none when no such line is left above them: the article is never cut away).
 */
function trailingLinkLists({ lines, blocks, weights }: PageLines, from: number, to: number): { to: number; lists: PageBlock[] } {
  const listAt = linkListLines(lines, blocks);
  if (!anyMarked(listAt, from, to)) return { to, lists: [] };
  const furniture = furnitureLines(lines.length, blocks, weights);
  const lists: PageBlock[] = [];
  let end = to;
  let text = false;
  for (let i = to - 1; i >= from && !text; i--) {
    if (lines[i]!.trim().length === 0) continue;
    const list = listAt[i]! >= 0 ? blocks[listAt[i]!]! : null;
    if (list !== null && list.from <= from) break; // the article opens with this list
    if (list !== null) {
      lists.push(list);
      end = list.from;
      i = list.from;
    } else text = furniture[i] === 0 && !isTailChromeLine(lines[i]!.trim());
  }
  return text && lists.length > 0 ? { to: end, lists } : { to, lists: [] };
}

/**
 * For each line, the outermost link list holding it (its index in `blocks`, -1: none). One pass
 * over the blocks, in document order (a parent before what it holds): a block inside one already
 * marked is skipped, so each line is marked once.
 */
function linkListLines(lines: readonly string[], blocks: readonly PageBlock[]): Int32Array {
  const listAt = new Int32Array(lines.length).fill(-1);
  let listsTo = 0;
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k]!;
    if (b.from >= listsTo && isLinkList(b, lines)) {
      listAt.fill(k, b.from, b.to);
      listsTo = b.to;
    }
  }
  return listAt;
}

/** Whether a line of [from, to) is marked (linkListLines): else no link list can close the lines. */
function anyMarked(listAt: Int32Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (listAt[i]! >= 0) return true;
  return false;
}

/** For each line, whether a furniture block (a negative class/id hint, `weights` by block) holds it; one pass as linkListLines. */
function furnitureLines(lineCount: number, blocks: readonly PageBlock[], weights: Float64Array): Uint8Array {
  const furniture = new Uint8Array(lineCount);
  let furnitureTo = 0;
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k]!;
    if (hasLines(b) && b.from >= furnitureTo && weights[k]! < 0) {
      furniture.fill(1, b.from, b.to);
      furnitureTo = b.to;
    }
  }
  return furniture;
}

/**
 * The page with its title hint: when the markup gave none (its <title> names only the site), the
 * heading block nearest the article's start (headingTitle) is the title.
 */
function withHeadingTitle(page: PageText, lines: readonly string[], blocks: readonly PageBlock[], articleFrom: number): PageText {
  if (page.titleHints.length > 0 || articleFrom < 0) return page;
  const heading = headingTitle(lines, blocks, articleFrom);
  return heading === null ? page : { ...page, titleHints: [heading] };
}

/**
 * The cut lines as removed blocks: each outermost block lying wholly outside the article is one
 * (a menu, a footer), and the lines between such blocks one more. The lines of `lists` (link lists
 * after the article) are cut as rule `article/link-list`.
 */
function cuts(lines: readonly string[], blocks: readonly PageBlock[], from: number, to: number, lists: readonly PageBlock[] = NO_BLOCKS): { before: ArticleCut[]; after: ArticleCut[] } {
  const bounds = new Set<number>([from, to]);
  for (const l of lists) {
    bounds.add(l.from);
    bounds.add(l.to);
  }
  const outside = (b: PageBlock): boolean => b.to <= from || b.from >= to;
  for (const b of blocks) {
    if (!hasLines(b) || !outside(b)) continue;
    const p = b.parent >= 0 ? blocks[b.parent]! : null;
    if (p !== null && hasLines(p) && outside(p)) continue;
    bounds.add(b.from);
    bounds.add(b.to);
  }
  const before: ArticleCut[] = [];
  const after: ArticleCut[] = [];
  const sorted = [...bounds].filter((x) => x > 0 && x < lines.length).sort((a, b) => a - b);
  let start = 0;
  for (const end of [...sorted, lines.length]) {
    if (end > start && (end <= from || start >= to)) {
      // a cut is kept to the document's end: it must not hold the page text it was cut from
      const text = ownJoin(lines.slice(start, end));
      const rule = lists.some((l) => start >= l.from && end <= l.to) ? LINK_LIST_RULE : OUTSIDE_RULE;
      if (text.trim().length > 0) (end <= from ? before : after).push({ rule, text });
    }
    start = end;
  }
  return { before, after };
}

/** Remaps heading hints to the article's lines. */
function headingsWithin(headings: readonly HeadingHint[] | undefined, from: number, to: number): HeadingHint[] | undefined {
  if (headings === undefined) return undefined;
  return headings.filter((h) => h.line >= from && h.line < to).map((h) => ({ ...h, line: h.line - from }));
}

/**
 * Each block's score (blockScore; -Infinity for a block without lines), in a typed array: an
 * array of numbers that starts with small integers changes its elements kind when a fraction or
 * -Infinity arrives, and the optimised findArticle read it with the old kind (a deoptimisation
 * and a recompile of the stage each run).
 */
function blockScores(blocks: readonly PageBlock[], sums: Float64Array, weights: Float64Array): Float64Array {
  const scores = new Float64Array(blocks.length);
  for (let i = 0; i < blocks.length; i++) scores[i] = hasLines(blocks[i]!) ? blockScore(blocks[i]!, sums, weights[i]) : Number.NEGATIVE_INFINITY;
  return scores;
}


export function findArticle(page: PageText): Article {
  const blocks = page.blocks;
  // without blocks there is no link list to cut, nor a heading block to title it: the page as it is, unsplit
  if (blocks === undefined || blocks.length === 0) return articleOf(page, page.text, undefined, page.headings, [], [], { kept: 'page', reason: 'no blocks', best: 0, runnerUp: 0, from: 0, to: -1 });
  const read = pageLines(page);
  if (page.fragment) return keepPage(page, `fragment: ${page.fragment}`, read);
  const { lines, weights } = read;
  const sums = lineValueSums(lines);
  const scores = blockScores(blocks, sums, weights);
  let best = -1;
  for (let i = 0; i < blocks.length; i++) if (best < 0 || scores[i]! > scores[best]!) best = i;
  const bestScore = scores[best]!;
  if (!(bestScore >= MIN_ARTICLE_SCORE)) return keepPage(page, 'no article block', read, Math.max(0, bestScore));
  let { from, to: blockTo } = withSiblings(read, best, sums);
  // the runner-up: the best block neither around the article nor inside it
  const ancestors = new Set<number>();
  for (let p = blocks[best]!.parent; p >= 0; p = blocks[p]!.parent) ancestors.add(p);
  const inside = subtreeEnd(blocks, best);
  let runnerUp = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (ancestors.has(i) || !hasLines(b) || (b.from >= from && b.to <= blockTo)) continue;
    if (i > best && i < inside) continue;
    runnerUp = Math.max(runnerUp, scores[i]!);
  }
  if (bestScore < MIN_LEAD * runnerUp) return keepPage(page, 'no clear lead', read, bestScore, runnerUp, best);
  const titled = withHeadingTitle(page, lines, blocks, from);
  const hints = normalisedHints(titled.titleHints);
  from = titleAbove(lines, blocks, hints, from);
  if (from === 0 && blockTo === lines.length) return keepPage(page, 'the article is the page', read, bestScore, runnerUp, best);
  const { to, lists } = trailingLinkLists(read, from, blockTo);
  const { before, after } = cuts(lines, blocks, from, to, lists);
  const kept = lines.slice(from, to);
  const text = kept.join('\n');
  const decision: ArticleDecision = { kept: 'block', reason: `best block <${blocks[best]!.tag}>`, best: bestScore, runnerUp, from, to };
  return articleOf(titled, text, kept, headingsWithin(page.headings, from, to), before, after, decision);
}
