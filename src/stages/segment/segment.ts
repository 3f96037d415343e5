// Cleaned text → outline: sections, table of contents, 专栏 boxes, and the data tables outside them. Spans are UTF-16 offsets
// into the cleaned text (finalise converts them). The order of the steps matters:
// boxes first (their lines are never headings), then the toc (its lines are never sections),
// then levels from the body's headings alone.
import type { Column, Section, Toc, TocEntry } from '../../schema/records.js';
import { MARKER_KINDS, RESUMING_OPENERS, TITLE_ENDS, TITLE_TRAILING, type MarkerKindId } from '../../rules/zh/headings.js';
import type { HeadingHint, Outline } from '../types.js';
import { detectHeadings, type HeadingCandidate } from './detect-heading.js';
import { findColumns, type ColumnBlock } from './find-columns.js';
import { findAppendices, findAttachmentLines, type Appendix } from './find-attachments.js';
import { findConclusion } from './find-conclusion.js';
import { findToc, headingKey, withoutPageNumber } from './find-toc.js';
import { findTables } from './find-tables.js';
import { isBlank, lineIndexAt, splitLines, type Line } from './lines.js';
import { flatTableRowLines, tableRowLines } from './parse-table.js';
import { splitSections, type LeveledHeading, type ResumePoint } from './split-sections.js';
import { findTopicHeadings } from './topic-sentences.js';
import { mapPacked } from '../../lib/packed.js';

const NAMED_KINDS = new Set(MARKER_KINDS.filter((k) => k.named).map((k) => k.id));

/**
 * Level of each marker kind in this document: the order in which the kinds first appear — except
 * that a named kind (编/章/节) first seen on a heading with no body of its own, followed at once by
 * a heading of a kind already seen, holds that kind and ranks just above it (`第一节 一般规定`
 * after the chapter's first 条s: fixtures/segment/regulation-chapters-articles.txt). Other kinds
 * never move: a one-sentence `1.` item before `(二)` is an item, not a container.
 */
export function levelsByFirstAppearance(candidates: readonly Pick<HeadingCandidate, 'kind' | 'bodyStart' | 'segmentEnd' | 'start'>[], text = ''): Map<MarkerKindId, number> {
  const order: MarkerKindId[] = [];
  candidates.forEach((c, i) => {
    if (order.includes(c.kind)) return;
    const next = candidates[i + 1];
    const bodyless = next !== undefined && NAMED_KINDS.has(c.kind) && text.slice(Math.min(c.bodyStart, next.start), next.start).trim() === '';
    const at = bodyless ? order.indexOf(next.kind) : -1;
    if (at === -1) order.push(c.kind);
    else order.splice(at, 0, c.kind);
  });
  return new Map(order.map((kind, i) => [kind, i + 1]));
}

/**
 * Each candidate's level: levelsByFirstAppearance over the document's own headings, and over each
 * appendix's apart (APPENDIX_HEADING), there one level below the appendix's heading: an appendix's
 * `一、` list is its own, not a second series beside the document's.
 */
function candidateLevels(body: readonly HeadingCandidate[], text: string, appendices: readonly Appendix[]): number[] {
  const parts: HeadingCandidate[][] = [[]];
  const partOf: number[] = [];
  let part = 0;
  for (const c of body) {
    while (part < appendices.length && appendices[part]!.heading.start < c.start) parts[++part] = [];
    parts[part]!.push(c);
    partOf.push(part);
  }
  const levels = mapPacked(parts, (p) => levelsByFirstAppearance(p, text));
  return mapPacked(body, (c, i) => levels[partOf[i]!]!.get(c.kind)! + (partOf[i]! > 0 ? 1 : 0));
}

/**
 * The markup's headings (Markdown `##`, setext) as sections, for a document without numbered
 * headings: levels rank the depths used (the shallowest is level 1), so `##` under a `#` title is 1.
 */
function markupHeadings(text: string, lines: readonly Line[], hints: readonly HeadingHint[], skip: (i: number) => boolean): Array<LeveledHeading & { lineIndex: number }> {
  const used: HeadingHint[] = [];
  for (const h of hints) {
    const line = lines[h.line];
    if (line === undefined || isBlank(line) || skip(h.line)) continue;
    used.push(h);
  }
  const depthOf = slippedDepths(used, lines);
  const depths = [...new Set(depthOf)].sort((a, b) => a - b);
  return mapPacked(used, (h, i) => {
    const line = lines[h.line]!;
    const end = leadEnd(text, line, h) ?? line.end;
    return {
      level: depths.indexOf(depthOf[i]!) + 1,
      marker: null,
      number: null,
      title: leadTitle(text, line.content, end),
      start: line.content,
      bodyStart: end,
      boundary: line.start,
      lineIndex: h.line,
    };
  });
}

/**
 * The markup's whole-line headings (`##`, setext; no bold lead-ins) as the outline above numbered
 * items, for a Markdown document whose sections are marked up and whose numbered lines are items
 * inside them (a market round-up's `## 宏观` over `1、…`, `2、…`; a digest's `## 新闻摘要` over its
 * `1.…;` list): taken only when at least MIN_MARKUP_OUTLINE such headings stand in the body, none
 * of them is itself a numbered heading (then the numbers are the outline) and the first opens the
 * body before the first numbered line. Null otherwise: the numbered headings stand alone.
 */
const MIN_MARKUP_OUTLINE = 2;
function markupOutline(
  text: string,
  lines: readonly Line[],
  hints: readonly HeadingHint[],
  numbered: readonly Pick<HeadingCandidate, 'lineIndex' | 'start'>[],
  skip: (i: number) => boolean,
): Array<LeveledHeading & { lineIndex: number }> | null {
  const whole = hints.filter((h) => h.lead === undefined);
  const numberedLines = new Set(numbered.map((c) => c.lineIndex));
  if (whole.some((h) => numberedLines.has(h.line))) return null;
  const marked = markupHeadings(text, lines, whole, skip);
  if (marked.length < MIN_MARKUP_OUTLINE || numbered.length === 0 || marked[0]!.start > numbered[0]!.start) return null;
  return marked;
}

/**
 * Whether the numbered headings are items inside the markup's sections (markupOutline), so nest
 * under them: their numbering starts afresh (a first heading numbered 1) under at least
 * MIN_RESTARTED_SECTIONS markup headings (`## 宏观` 1、2、 `## 市场` 1、2、), or the one markup heading
 * it starts under is followed at once by its `1、`, with no body of its own: that heading's parent,
 * as a bodyless heading is (slippedDepths). One series after a markup heading's own text (`## 摘要`
 * text 一、二、三、 `## 名词解释`) is the document's outline: the markup headings stand beside it.
 */
const MIN_RESTARTED_SECTIONS = 2;
function restartsUnderMarkup(
  lines: readonly Line[],
  numbered: readonly Pick<HeadingCandidate, 'start' | 'number' | 'lineIndex'>[],
  marked: readonly Pick<LeveledHeading & { lineIndex: number }, 'start' | 'lineIndex'>[],
): boolean {
  let restarts = 0;
  let atOnce = true;
  let k = 0;
  for (let m = 0; m < marked.length; m++) {
    const end = marked[m + 1]?.start ?? Infinity;
    while (k < numbered.length && numbered[k]!.start < marked[m]!.start) k++;
    const first = numbered[k];
    if (first === undefined || first.start >= end || first.number !== 1) continue;
    restarts++;
    if (hasBodyBetween(lines, marked[m]!.lineIndex, first.lineIndex)) atOnce = false;
  }
  return restarts >= MIN_RESTARTED_SECTIONS || (restarts === 1 && atOnce);
}

/** Each numbered heading one level below the markup heading it stands under (markupOutline): levels shifted in place. */
function nestUnderMarkup(headings: LeveledHeading[], marked: readonly LeveledHeading[]): void {
  let k = -1;
  for (const h of headings) {
    while (k + 1 < marked.length && marked[k + 1]!.start < h.start) k++;
    h.level += marked[k]!.level;
  }
}

/**
 * Each markup heading's depth, a slipped one set back: a depth that one heading alone uses, shallower
 * than the heading before it, while a deeper depth serves at least MIN_PEER_HEADINGS headings, is the
 * scraper's slip among peers (a digest's `### story` … `## 【专题】story` … `### story`), not a parent
 * of the stories after it: it takes the depth of the heading before it. Only a heading with a body
 * of its own slips, as a story has: one followed at once by a deeper heading is that heading's
 * parent (`### 出口` `### 进口` `## 附录` `### 统计范围`: 附录 over 统计范围).
 */
const MIN_PEER_HEADINGS = 3;
function slippedDepths(used: readonly HeadingHint[], lines: readonly Line[]): number[] {
  const count = new Map<number, number>();
  for (const h of used) count.set(h.depth, (count.get(h.depth) ?? 0) + 1);
  return mapPacked(used, (h, i) => {
    const prev = used[i - 1];
    if (prev === undefined || count.get(h.depth) !== 1 || prev.depth <= h.depth) return h.depth;
    const next = used[i + 1];
    if (next !== undefined && next.depth > h.depth && !hasBodyBetween(lines, h.line, next.line)) return h.depth;
    return (count.get(prev.depth) ?? 0) >= MIN_PEER_HEADINGS ? prev.depth : h.depth;
  });
}

/** Whether a non-blank line stands strictly between lines `from` and `to`. */
function hasBodyBetween(lines: readonly Line[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (!isBlank(lines[i]!)) return true;
  return false;
}

/** Where a bold lead-in's words end on its line, or null (no lead, or the line no longer opens with it). */
function leadEnd(text: string, line: Line, h: HeadingHint): number | null {
  if (h.lead === undefined || h.lead.length === 0 || !text.startsWith(h.lead, line.content)) return null;
  return Math.min(line.content + h.lead.length, line.end);
}

/** A heading's title written in [from, to): trailing marks dropped (`一是强化监管。` → `一是强化监管`). */
function leadTitle(text: string, from: number, to: number): string {
  let end = to;
  while (end > from && TITLE_TRAILING.includes(text[end - 1]!)) end--;
  return text.slice(from, end).trim();
}

/**
 * A numbered heading written as a bold lead-in (`<b>(三)加快项目建设</b>全年完成…`): its title ends
 * where the bold words end, not at the first sentence's end.
 */
function withBoldTitles(text: string, lines: readonly Line[], candidates: readonly HeadingCandidate[], bold: ReadonlyMap<number, HeadingHint>): HeadingCandidate[] {
  if (bold.size === 0) return candidates as HeadingCandidate[];
  return mapPacked(candidates, (c) => {
    const h = bold.get(c.lineIndex);
    if (h === undefined || !c.atLineStart) return c;
    const end = leadEnd(text, lines[c.lineIndex]!, h);
    // only a bold run ending before the title the text gives (its first sentence, its line) shortens it
    if (end === null || end <= c.titleStart || end >= c.bodyStart) return c;
    const title = leadTitle(text, c.titleStart, end);
    return title.length > 0 ? { ...c, title, bodyStart: end } : c;
  });
}

/**
 * Bold lead-ins without a number, in a document with numbered headings: each is a section one level
 * below the numbered heading before it, so a run of them between two numbered headings shares a
 * level. Above the first numbered heading none is taken (the title, a preamble's emphasis).
 */
function boldBelowNumbered(
  text: string,
  lines: readonly Line[],
  hints: readonly HeadingHint[],
  numbered: readonly Pick<LeveledHeading & { lineIndex: number }, 'level' | 'start' | 'lineIndex'>[],
  skip: (i: number) => boolean,
): Array<LeveledHeading & { lineIndex: number }> {
  const taken = new Set(numbered.map((h) => h.lineIndex));
  const out: Array<LeveledHeading & { lineIndex: number }> = [];
  let k = -1;
  for (const h of hints) {
    const line = lines[h.line];
    if (line === undefined || isBlank(line) || skip(h.line) || taken.has(h.line)) continue;
    const end = leadEnd(text, line, h);
    if (end === null) continue;
    while (k + 1 < numbered.length && numbered[k + 1]!.start < line.content) k++;
    // above the first numbered heading a bold line is the title's or the preamble's emphasis
    if (k < 0) continue;
    const title = leadTitle(text, line.content, end);
    if (title.length === 0) continue;
    out.push({ level: numbered[k]!.level + 1, marker: null, number: null, title, start: line.content, bodyStart: end, boundary: line.start, lineIndex: h.line });
  }
  return out;
}

/**
 * Headings with more merged in, in text order (a stable sort: a heading found first stays first at
 * one start); the toc keys follow their headings, '' for the added ones, when there is a toc.
 */
function mergedHeadings(headings: readonly LeveledHeading[], keys: readonly string[], added: readonly LeveledHeading[], withToc: boolean): { headings: LeveledHeading[]; keys: string[] } {
  const merged = [...mapPacked(headings, (h, i) => ({ heading: h, key: keys[i] ?? '' })), ...mapPacked(added, (h) => ({ heading: h, key: '' }))].sort((a, b) => a.heading.start - b.heading.start);
  return { headings: mapPacked(merged, (m) => m.heading), keys: withToc ? mapPacked(merged, (m) => m.key) : [...keys] };
}

/** @param markup headings the page's markup marks (ArticleLines.headings), used when no heading is numbered */
export function segment(text: string, markup: readonly HeadingHint[] = []): Outline {
  const lines = splitLines(text);
  const boxes = findColumns(text, lines);
  const inBox = new Set<number>();
  for (const b of boxes) for (let i = b.firstLine; i <= b.lastLine; i++) inBox.add(i);
  const attachments = findAttachmentLines(text, lines);
  const tableRows = tableRowLines(text, lines);
  for (const i of flatTableRowLines(text, lines)) tableRows.add(i);
  const skip = (i: number): boolean => inBox.has(i) || attachments.has(i) || tableRows.has(i);

  const boldHints = markup.filter((h) => h.lead !== undefined);
  const candidates = withBoldTitles(text, lines, detectHeadings(text, lines, skip), new Map(boldHints.map((h) => [h.line, h])));
  const tocRun = findToc(lines, candidates, text);
  const body = tocRun ? [...candidates.slice(0, tocRun.first), ...candidates.slice(tocRun.last + 1)] : candidates;

  let headings: LeveledHeading[];
  let keys: string[] = [];
  let lastHeadingLine: number;
  let resumes: ResumePoint[] = [];
  if (body.length > 0) {
    const appendices = findAppendices(text, lines);
    const levels = candidateLevels(body, text, appendices);
    headings = mapPacked(body, (c, i) => ({
      level: levels[i]!,
      marker: c.marker,
      number: c.number,
      title: c.title,
      start: c.start,
      bodyStart: c.bodyStart,
      boundary: c.atLineStart ? lines[c.lineIndex]!.start : c.start,
    }));
    // the keys match toc entries to sections: made only when there is a toc
    if (tocRun) keys = mapPacked(body, headingKey);
    lastHeadingLine = body[body.length - 1]!.lineIndex;
    const inToc = (i: number): boolean => tocRun !== null && lineIndexAt(lines, tocRun.start) <= i && i <= lineIndexAt(lines, tocRun.end);
    const outline = markupOutline(text, lines, markup, body, (i) => skip(i) || inToc(i));
    if (outline !== null && restartsUnderMarkup(lines, body, outline)) nestUnderMarkup(headings, outline);
    resumes = findResumes(text, lines, body, headings, skip);
    const above = mapPacked(headings, (h, i) => ({ level: h.level, start: h.start, lineIndex: body[i]!.lineIndex }));
    if (outline !== null) {
      ({ headings, keys } = mergedHeadings(headings, keys, outline, tocRun !== null));
      lastHeadingLine = Math.max(lastHeadingLine, outline[outline.length - 1]!.lineIndex);
      above.push(...outline.map((h) => ({ level: h.level, start: h.start, lineIndex: h.lineIndex })));
      above.sort((a, b) => a.start - b.start);
    }
    const bold = boldBelowNumbered(text, lines, boldHints, above, (i) => skip(i) || inToc(i));
    if (bold.length > 0) {
      ({ headings, keys } = mergedHeadings(headings, keys, bold, tocRun !== null));
      lastHeadingLine = Math.max(lastHeadingLine, bold[bold.length - 1]!.lineIndex);
    }
    if (appendices.length > 0) {
      ({ headings, keys } = mergedHeadings(headings, keys, mapPacked(appendices, (a) => a.heading), tocRun !== null));
      lastHeadingLine = Math.max(lastHeadingLine, appendices[appendices.length - 1]!.lastLine);
    }
  } else {
    const inToc = (i: number): boolean => tocRun !== null && lineIndexAt(lines, tocRun.start) <= i && i <= lineIndexAt(lines, tocRun.end);
    const marked = markupHeadings(text, lines, markup, (i) => skip(i) || inToc(i));
    if (marked.length > 0) {
      headings = marked;
      lastHeadingLine = marked[marked.length - 1]!.lineIndex;
    } else {
      const topics = findTopicHeadings(text, lines, (i) => skip(i) || inToc(i));
      headings = mapPacked(topics, (t) => ({ level: 1, marker: null, number: null, title: t.title, start: t.start, bodyStart: t.bodyStart }));
      lastHeadingLine = topics.length ? topics[topics.length - 1]!.lineIndex : lines.length;
    }
  }

  let contentEnd = text.length;
  const conclusion = headings.length ? findConclusion(text, lines, lastHeadingLine, skip) : null;
  if (conclusion !== null) {
    const last = headings[headings.length - 1]!;
    // an outlook paragraph right under a title-only heading is that heading's body
    const lastHasBody = conclusion.start > last.bodyStart && text.slice(last.bodyStart, conclusion.start).trim() !== '';
    if (conclusion.start > last.start && (conclusion.formula || lastHasBody)) contentEnd = conclusion.start;
  }

  const excluded = mapPacked(boxes, (b) => [b.start, b.end] as const);
  const sections = splitSections(text, headings, contentEnd, excluded, resumes.filter((r) => r.at < contentEnd));
  return {
    sections,
    toc: tocRun && buildToc(text, lines, candidates, tocRun, sections, keys),
    columns: mapPacked(boxes, (b, i) => toColumn(b, i, sections)),
    tables: findTables(text, lines, tableRows, (i) => inBox.has(i)),
  };
}

/**
 * Paragraphs that return from the last item of a list to its parent: a `此外,…` paragraph after
 * an item that is complete (its sentence ended on its line, or it has a body), when the next
 * heading is not another item of the list.
 */
function findResumes(text: string, lines: readonly Line[], body: readonly HeadingCandidate[], headings: readonly LeveledHeading[], skip: (i: number) => boolean): ResumePoint[] {
  const resumes: ResumePoint[] = [];
  body.forEach((c, i) => {
    const h = headings[i]!;
    const next = body[i + 1];
    if (h.level === 1 || (next !== undefined && headings[i + 1]!.level >= h.level)) return;
    const untilLine = next ? next.lineIndex : lines.length;
    const ownSentence = TITLE_ENDS.includes(text[h.bodyStart - 1] ?? '');
    for (let k = c.lineIndex + 1; k < untilLine; k++) {
      const line = lines[k]!;
      if (isBlank(line) || skip(k)) continue;
      if (RESUMING_OPENERS.some((w) => text.startsWith(w, line.content))) {
        if (ownSentence || text.slice(h.bodyStart, line.content).trim() !== '') resumes.push({ at: line.content, level: h.level });
        return;
      }
    }
  });
  return resumes;
}

function buildToc(
  text: string,
  lines: ReturnType<typeof splitLines>,
  candidates: readonly HeadingCandidate[],
  run: NonNullable<ReturnType<typeof findToc>>,
  sections: readonly Section[],
  sectionKeys: readonly string[],
): Toc {
  const fallbackLevels = levelsByFirstAppearance(candidates, text);
  const used = new Set<number>();
  const entries: TocEntry[] = mapPacked(candidates.slice(run.first, run.last + 1), (c) => {
    const key = headingKey(c);
    const k = sectionKeys.findIndex((s, i) => s === key && !used.has(i));
    if (k !== -1) used.add(k);
    const section = k === -1 ? null : sections[k]!;
    return {
      level: section ? section.level : fallbackLevels.get(c.kind)!,
      marker: c.marker,
      number: c.number,
      title: withoutPageNumber(c.title).trim(),
      section: section ? section.id : null,
      span: [c.start, lines[c.lineIndex]!.end],
    };
  });
  return { entries, span: [run.start, run.end] };
}

function toColumn(box: ColumnBlock, index: number, sections: readonly Section[]): Column {
  // innermost section holding the box: the last one, in document order, whose span holds it
  let section: string | null = null;
  for (const s of sections) if (s.span[0] <= box.start && box.start < s.span[1]) section = s.id;
  return { id: `c${index + 1}`, number: box.number, title: box.title, section, items: box.items, table: box.table, span: [box.start, box.end] };
}
