// Removes website chrome, keeps what it states as metadata, records every removal.
// Chrome lives around the article: rules act only in the head zone (above the first line of
// prose) and the tail zone (below the last), so a line of the document itself is never removed.
import type { Metadata, RemovedBlock } from '../../schema/records.js';
import { BANNER_SPLIT, MAX_BANNER_CHARS, MAX_BANNER_LINE_INDEX, TITLE_ENDINGS } from '../../rules/zh/boilerplate.js';
import { GENERIC_CRUMBS, HOME_CRUMBS } from '../../rules/zh/metadata.js';
import {
  DOC_NUMBER,
  MAX_HEAD_GAP,
  MAX_SHORT_LINE_CHARS,
  MAX_TAIL_GAP,
  MAX_TITLE_CANDIDATES,
  SECTION_MARKER_START,
  PROSE_PUNCTUATION,
} from '../../rules/zh/line-shapes.js';
import { normalise } from '../normalise.js';
import type { Cleaned, PageText } from '../types.js';
import { classifyLines, PRIORITY, type LineClassifier, type LineMatch, type Statement } from './classify-lines.js';
import { findPeriod } from './find-period.js';
import { findPreamble } from './find-preamble.js';
import { isTitleShaped } from './find-title.js';
import { sameLine } from './lines.js';

const isBlank = (s: string): boolean => s.trim().length === 0;
/** A line that says something in sentences, or opens a section: the article has begun. */
const isArticleLine = (s: string): boolean =>
  PROSE_PUNCTUATION.test(s) || s.trim().length > MAX_SHORT_LINE_CHARS || SECTION_MARKER_START.test(s);

const allowsHead = (m: LineMatch | null): boolean => m !== null && (m.zone === 'head' || m.zone === 'edge');
const allowsTail = (m: LineMatch | null): boolean => m !== null && (m.zone === 'tail' || m.zone === 'edge');

/** Index just past the last chrome line above the article (0: no head chrome). */
function headZoneEnd(texts: readonly string[], matchAt: LineClassifier): number {
  let end = 0;
  let gap = 0;
  for (let i = 0; i < texts.length; i++) {
    if (isBlank(texts[i]!)) continue;
    if (allowsHead(matchAt(i))) {
      end = i + 1;
      gap = 0;
      continue;
    }
    if (isArticleLine(texts[i]!) || ++gap > MAX_HEAD_GAP) break;
  }
  return end;
}

/** Index of the first chrome line below the article (texts.length: no tail chrome). */
function tailZoneStart(texts: readonly string[], matchAt: LineClassifier, headEnd: number): number {
  let start = texts.length;
  let gap = 0;
  for (let i = texts.length - 1; i >= headEnd; i--) {
    if (isBlank(texts[i]!)) continue;
    if (allowsTail(matchAt(i))) {
      start = i;
      gap = 0;
      continue;
    }
    if (isArticleLine(texts[i]!) || ++gap > MAX_TAIL_GAP) break;
  }
  return start;
}

function normaliseMetadata(metadata: Metadata): Statement[] {
  return Object.entries(metadata).map(([key, value]) => ({
    key,
    value: value === null || value === undefined ? null : normalise(value).trim(),
    priority: PRIORITY.markup,
  }));
}

/** Merges statements: a stated value beats a stated absence; among values, the lower priority number wins. */
function mergeStatements(statements: readonly Statement[]): Metadata {
  const best = new Map<string, Statement>();
  for (const s of statements) {
    const held = best.get(s.key);
    if (!held || (held.value === null && s.value !== null) || (s.value !== null && s.priority < held.priority)) best.set(s.key, s);
  }
  const metadata: Metadata = {};
  for (const [key, s] of [...best.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) metadata[key] = s.value;
  return metadata;
}

/** Category (deepest crumb that is not the title) and site (a named root) from a breadcrumb. */
function breadcrumbStatements(match: LineMatch, title: string | null): Statement[] {
  const crumbs = (match.crumbs ?? []).filter((c) => !HOME_CRUMBS.has(c));
  const out: Statement[] = [];
  const named = match.crumbs ?? [];
  if (!match.prefixed && named.length >= 3 && !HOME_CRUMBS.has(named[0]!)) {
    out.push({ key: 'site', value: named[0]!, priority: PRIORITY.breadcrumb });
  }
  const inner = crumbs.filter((c, i) => !(i === 0 && out.length > 0) && !GENERIC_CRUMBS.has(c) && !(title !== null && sameLine(c, title)));
  const category = inner[inner.length - 1];
  if (category !== undefined) out.push({ key: 'category', value: category, priority: PRIORITY.breadcrumb });
  return out;
}

export function stripBoilerplate(page: PageText): Cleaned {
  const texts = page.text.split('\n');
  const hints = page.titleHints.map((h) => normalise(h).trim()).filter((h) => h.length > 0);
  const matchAt = classifyLines(texts);
  const headEnd = headZoneEnd(texts, matchAt);
  const tailStart = tailZoneStart(texts, matchAt, headEnd);

  // What each line becomes: removed by a rule, or kept. Only lines in the zones are looked up
  // (the zone scans classified them): a line between them is the article's.
  const removedBy: Array<string | null> = texts.map((_, i) => {
    if (i < headEnd) return allowsHead(matchAt(i)) ? matchAt(i)!.rule : null;
    if (i >= tailStart) return allowsTail(matchAt(i)) ? matchAt(i)!.rule : null;
    return null;
  });
  // the match of a removed line (classified when its zone was scanned)
  const matchOfRemoved = (i: number): LineMatch | null => (removedBy[i] ? matchAt(i) : null);

  // Title lines: the short lines opening what is left, before the first line of the article.
  const candidates: number[] = [];
  for (let i = 0; i < texts.length && candidates.length < MAX_TITLE_CANDIDATES; i++) {
    if (removedBy[i] || isBlank(texts[i]!)) continue;
    if (isArticleLine(texts[i]!)) break;
    candidates.push(i);
  }
  const crumbLines: LineMatch[] = [];
  for (let i = 0; i < texts.length; i++) {
    const m = matchOfRemoved(i);
    if (m?.rule === 'breadcrumb') crumbLines.push(m);
  }
  const lastCrumbs = crumbLines.map((m) => m.crumbs?.[m.crumbs.length - 1]).filter((c): c is string => c !== undefined);

  // Site banner: short lines standing above the site's navigation at the very top of the page.
  const firstNavigation = removedBy.findIndex((_, i) => matchOfRemoved(i)?.role === 'navigation');
  const statements: Statement[] = normaliseMetadata(page.metadata);
  // Only when a title line follows the navigation: otherwise the line above it may be the title.
  const titleBelowNavigation = candidates.some((i) => i > firstNavigation && isTitleShaped(texts[i]!));
  if (firstNavigation > 0 && titleBelowNavigation) {
    let nonBlank = 0;
    for (let i = 0; i < firstNavigation; i++) {
      const s = texts[i]!.trim();
      if (!s) continue;
      if (nonBlank++ > MAX_BANNER_LINE_INDEX) break;
      if (removedBy[i] || s.length > MAX_BANNER_CHARS || TITLE_ENDINGS.test(s) || isArticleLine(s)) continue;
      if (hints.some((h) => sameLine(h, s)) || lastCrumbs.some((c) => sameLine(c, s))) continue;
      removedBy[i] = 'site-banner';
      const site = s.split(BANNER_SPLIT)[0]!.trim();
      if (!statements.some((st) => st.key === 'site' && st.priority === PRIORITY.banner)) {
        statements.push({ key: 'site', value: site, priority: PRIORITY.banner });
      }
      const at = candidates.indexOf(i);
      if (at >= 0) candidates.splice(at, 1);
    }
  }

  // A page whose markup names its title: the short lines above that title's line are the page's
  // header (site name, menus), unless they carry a document number (`署发〔2024〕1号`).
  if (hints.length > 0) {
    const markupTitleLine = texts.findIndex((t, i) => !removedBy[i] && sameLine(t, hints[0]!));
    const above = texts.slice(0, Math.max(markupTitleLine, 0));
    if (markupTitleLine > 0 && !above.some((t, i) => !removedBy[i] && isArticleLine(t))) {
      above.forEach((t, i) => {
        if (removedBy[i] || isBlank(t) || DOC_NUMBER.test(t)) return;
        removedBy[i] = 'page-header';
        const at = candidates.indexOf(i);
        if (at >= 0) candidates.splice(at, 1);
      });
      if (!candidates.includes(markupTitleLine)) candidates.unshift(markupTitleLine);
    }
  }

  // The title: the markup's, else a stated title field, else the title line opening the text.
  const statedTitle = statements.find((s) => s.key === 'title' && s.value)?.value ?? null;
  let title: string | null = hints[0] ?? statedTitle;
  let titleLine = title === null ? -1 : (candidates.find((i) => sameLine(texts[i]!, title!)) ?? -1);
  if (title === null) {
    const byCrumb = candidates.find((i) => lastCrumbs.some((c) => sameLine(c, texts[i]!)));
    const first = candidates[0];
    titleLine = byCrumb ?? (first !== undefined && isTitleShaped(texts[first]!) ? first : -1);
    title = titleLine >= 0 ? texts[titleLine]!.trim() : null;
  }
  // Copies of the title line (scrapers repeat it) go; the first stays as the document's own line.
  if (title !== null) {
    let seen = titleLine >= 0;
    for (const i of candidates) {
      if (i === titleLine || !sameLine(texts[i]!, title)) continue;
      if (seen) removedBy[i] = 'repeated-title';
      else {
        seen = true;
        titleLine = i;
      }
    }
  }

  // Assemble the text; blank lines before the article and after it go silently.
  // The article's first line: the first kept line that is not a title line.
  let bodyStart = -1;
  let lastKept = -1;
  for (let i = 0; i < texts.length; i++) {
    if (removedBy[i] || isBlank(texts[i]!)) continue;
    if (bodyStart < 0 && !candidates.includes(i)) bodyStart = i;
    lastKept = i;
  }
  if (bodyStart < 0) bodyStart = lastKept;
  const out: string[] = [];
  let length = 0;
  const removed: RemovedBlock[] = [];
  const pending: Array<{ rule: string; texts: string[]; lastIndex: number }> = [];
  const flush = (at: number): void => {
    for (const p of pending) removed.push({ rule: p.rule, text: p.texts.join('\n'), at });
    pending.length = 0;
  };
  // Kept lines that stand together in the page (the usual case) are the page's text from the first
  // to the last: that stretch is sliced out instead of joining a copy of every line.
  let lineStart = 0;
  let keptFrom = -1;
  let keptTo = -1;
  let together = true;
  for (let i = 0; i < texts.length; lineStart += texts[i]!.length + 1, i++) {
    const rule = removedBy[i];
    if (rule) {
      const open = pending[pending.length - 1];
      const onlyBlankBetween = open !== undefined && texts.slice(open.lastIndex + 1, i).every(isBlank);
      if (open && open.rule === rule && onlyBlankBetween) {
        open.texts.push(texts[i]!);
        open.lastIndex = i;
      } else pending.push({ rule, texts: [texts[i]!], lastIndex: i });
      const m = matchAt(i);
      if (m?.rule === 'breadcrumb') statements.push(...breadcrumbStatements(m, title));
      else if (m && m.rule === rule) statements.push(...m.statements);
      continue;
    }
    if (isBlank(texts[i]!) && (i < bodyStart || i > lastKept)) continue;
    if (out.length > 0) length += 1;
    flush(length);
    if (out.length === 0) keptFrom = lineStart;
    else if (keptTo !== lineStart - 1) together = false;
    out.push(texts[i]!);
    length += texts[i]!.length;
    keptTo = lineStart + texts[i]!.length;
  }
  const text = out.length > 0 && together ? page.text.slice(keptFrom, keptTo) : out.join('\n');
  flush(text.length);

  if (title !== null) statements.push({ key: 'title', value: title, priority: PRIORITY.markup });
  const keptTitleIndex = titleLine >= 0 && !removedBy[titleLine] ? out.indexOf(texts[titleLine]!) : -1;
  statements.push(...findPreamble(out.slice(keptTitleIndex + 1)));
  const metadata = mergeStatements(statements);
  if (metadata.period === undefined) {
    const period = findPeriod(out.slice(keptTitleIndex + 1), metadata.pageDate ?? metadata.publishDate, text);
    if (period !== null) metadata.period = period;
  }
  return { text, title, metadata, removed, warnings: [] };
}
