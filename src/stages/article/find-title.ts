// The document's title: what the page's markup says, else a title line opening the text.
// A title is never guessed from a body sentence: a first line that reads like prose gives none.
import { MAX_TITLE_LINES_INTO_ARTICLE, TITLE_HINT_WORDS } from '../../rules/article.js';
import { GLUED_TRANSLATION_TAIL, HOME_LED_HEADING, PAGE_TITLE_DANGLING_END, PAGE_TITLE_SPLIT, TRANSLATION_MIN_WORDS } from '../../rules/zh/boilerplate.js';
import {
  DATE_OR_NUMBER_LINE,
  NOT_TITLE_ENDING,
  SECTION_MARKER_START,
  SENTENCE_PUNCTUATION,
  TITLE_MAX_CHARS,
  TITLE_MIN_CHARS,
} from '../../rules/zh/line-shapes.js';
import type { PageBlock } from '../types.js';
import { attributeWords } from './score-blocks.js';
import { normalise } from '../normalise.js';

export function isTitleShaped(line: string): boolean {
  const s = line.trim();
  return (
    s.length >= TITLE_MIN_CHARS &&
    s.length <= TITLE_MAX_CHARS &&
    !SENTENCE_PUNCTUATION.test(s) &&
    !NOT_TITLE_ENDING.test(s) &&
    !SECTION_MARKER_START.test(s) &&
    !DATE_OR_NUMBER_LINE.test(s)
  );
}

/**
 * Splits a <title> such as `海关总署关于…的公告_海关总署` into the article title (the longest
 * part) and the site (the last part), when the separator is there.
 */
export function splitPageTitle(fullTitle: string): { title: string; site: string | null } {
  const pageTitle = fullTitle.replace(PAGE_TITLE_DANGLING_END, '');
  const split = pageTitle.split(PAGE_TITLE_SPLIT);
  const parts: string[] = [];
  for (let i = 0; i < split.length; i++) {
    const p = split[i]!.trim();
    if (p.length > 0) parts.push(p);
  }
  if (parts.length < 2) return { title: pageTitle.trim(), site: null };
  let longest = 0;
  for (let i = 1; i < parts.length; i++) if (parts[i]!.length > parts[longest]!.length) longest = i;
  const last = parts.length - 1;
  return { title: parts[longest]!, site: longest === last ? null : parts[last]! };
}

/**
 * A title without the English translation glued after it (GLUED_TRANSLATION_TAIL): the Chinese part, when that
 * part is title-shaped and the page shows it as a line of its own (`shown`: a bilingual heading broken by <br>,
 * which its <title> and meta tags run together); else the title as it is (an English name closing a Chinese
 * title, `…上线智能审图系统Smart Image Review System Pro`).
 */
export function withoutGluedTranslation(title: string, shown: (line: string) => boolean): string {
  const m = GLUED_TRANSLATION_TAIL.exec(title);
  if (m === null || m[1]!.trim().split(/\s+/).length < TRANSLATION_MIN_WORDS) return title;
  const chinese = title.slice(0, m.index).trim();
  return isTitleShaped(chinese) && shown(chinese) ? chinese : title;
}

const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** A block that sets a title: a heading element, or a class/id word such as `title` (TITLE_HINT_WORDS); one line, no link. */
function isHeadingBlock(b: PageBlock): boolean {
  if (b.to - b.from !== 1 || b.linkChars > 0) return false;
  return HEADING_TAGS.has(b.tag) || attributeWords(b.attrs).some((w) => TITLE_HINT_WORDS.has(w));
}

/** An exclamation closing a heading (`…成功举行!`): a news title may end so, a sentence inside it may not. */
const CLOSING_EXCLAMATION = /[!！]$/;

/** Whether a heading block's line may be the page's title: title-shaped but for a closing exclamation, and no location. */
function isHeadingTitleShaped(line: string): boolean {
  const s = line.trim();
  return isTitleShaped(s.replace(CLOSING_EXCLAMATION, '')) && !HOME_LED_HEADING.test(s);
}

/**
 * The title a page sets in a heading block when its <title> names only the site: the heading-like
 * block (isHeadingBlock, title-shaped) nearest the article's start line, above it or within its
 * first MAX_TITLE_LINES_INTO_ARTICLE lines, whatever block holds it (a `div#header` too): a logo's
 * `<h1>` at the page's top is farther. Null when there is none.
 */
export function headingTitle(lines: readonly string[], blocks: readonly PageBlock[], articleFrom: number): string | null {
  let found: PageBlock | null = null;
  for (const b of blocks) {
    if (b.from >= articleFrom + MAX_TITLE_LINES_INTO_ARTICLE || !isHeadingBlock(b) || !isHeadingTitleShaped(lines[b.from]!)) continue;
    if (found === null || b.from >= found.from) found = b;
  }
  return found === null ? null : lines[found.from]!.trim();
}

/**
 * The markup's title hints as the text reads them (normalised, trimmed), empty ones dropped: what the
 * article finder and the line stripper compare lines with. Built by push (one array shape whatever the hints).
 */
export function normalisedHints(titleHints: readonly string[]): string[] {
  const hints: string[] = [];
  for (let i = 0; i < titleHints.length; i++) {
    const h = normalise(titleHints[i]!).trim();
    if (h.length > 0) hints.push(h);
  }
  return hints;
}

