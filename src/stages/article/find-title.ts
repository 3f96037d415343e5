// The document's title: what the page's markup says, else a title line opening the text.
// A title is never guessed from a body sentence: a first line that reads like prose gives none.
import { PAGE_TITLE_SPLIT } from '../../rules/zh/boilerplate.js';
import {
  DATE_OR_NUMBER_LINE,
  NOT_TITLE_ENDING,
  SECTION_MARKER_START,
  SENTENCE_PUNCTUATION,
  TITLE_MAX_CHARS,
  TITLE_MIN_CHARS,
} from '../../rules/zh/line-shapes.js';

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
export function splitPageTitle(pageTitle: string): { title: string; site: string | null } {
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
