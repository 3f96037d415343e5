// A crawler's one-line page dump (a page's text with its line breaks lost, as a crawler's `content`
// field keeps it) opens with the page's <title>: `<title><site suffix> <menus, banner, breadcrumb>
// <title> <info line> <text>…`. The lead and the header up to the title's repeat are the page's, as a
// scraper's header is (strip-lines removes them, reading their fields); the repeat is the title.
import { CRAWLER_HEADER_FORBIDDEN, GLUED_SITE_SUFFIX, MAX_CRAWLER_HEADER_CHARS } from '../../rules/zh/boilerplate.js';
import { TITLE_MAX_CHARS } from '../../rules/zh/line-shapes.js';
import { isTitleShaped } from './find-title.js';

/** The lead's glued suffix is looked for in the tokens this far into the line (a title and its site). */
const MAX_LEAD_CHARS = TITLE_MAX_CHARS + 40;

export interface CrawlerLead {
  /** the lines with the flattened line cut: the lead, the header, the title, the text */
  lines: string[];
  /** index of the title's line: lines before it are the page's header */
  end: number;
  title: string;
}

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);

/** Where `title` stands again in `line` from `from` on as words of their own (spaces or the line's ends around it), or -1. */
function repeatAt(line: string, title: string, from: number): number {
  for (let at = line.indexOf(title, from); at >= 0; at = line.indexOf(title, at + 1)) {
    if (isSpace(line[at - 1]) && isSpace(line[at + title.length])) return at;
  }
  return -1;
}

/**
 * The page's title and where it repeats, read from a flattened line's lead: each token in reach
 * that ends in a glued site suffix (GLUED_SITE_SUFFIX) proposes the text before the suffix as the
 * title; the longest title-shaped one that the line repeats after the lead, with only a header
 * between (short, no full stop), is taken.
 */
function readLead(line: string): { title: string; leadEnd: number; at: number } | null {
  let best: { title: string; leadEnd: number; at: number } | null = null;
  for (let start = 0; start < Math.min(line.length, MAX_LEAD_CHARS); ) {
    while (start < line.length && isSpace(line[start])) start++;
    let end = start;
    while (end < line.length && !isSpace(line[end])) end++;
    if (start >= end) break;
    for (let q = start + 1; q < end; q++) {
      if (!GLUED_SITE_SUFFIX.test(line.slice(q, end))) continue;
      const title = line.slice(0, q).trim();
      if (best !== null && title.length <= best.title.length) continue;
      if (!isTitleShaped(title)) continue;
      const at = repeatAt(line, title, end);
      if (at < 0) continue;
      const header = line.slice(end, at);
      if (header.length > MAX_CRAWLER_HEADER_CHARS || CRAWLER_HEADER_FORBIDDEN.test(header)) continue;
      best = { title, leadEnd: end, at };
    }
    start = end;
  }
  return best;
}

/** The first non-blank line read as a crawler's flattened page (see readLead) and cut; null when it is none. */
export function crawlerLead(texts: readonly string[]): CrawlerLead | null {
  let i = 0;
  while (i < texts.length && texts[i]!.trim().length === 0) i++;
  if (i >= texts.length) return null;
  const line = texts[i]!.trim();
  const lead = readLead(line);
  if (lead === null) return null;
  const pieces = [line.slice(0, lead.leadEnd).trim(), line.slice(lead.leadEnd, lead.at).trim()].filter((p) => p.length > 0);
  const rest = line.slice(lead.at + lead.title.length).trim();
  const lines = [...texts.slice(0, i), ...pieces, lead.title, ...(rest.length > 0 ? [rest] : []), ...texts.slice(i + 1)];
  return { lines, end: i + pieces.length, title: lead.title };
}
