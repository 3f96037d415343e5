// Cleaned text → outline: sections, table of contents, 专栏 boxes. Spans are UTF-16 offsets
// into the cleaned text (finalise converts them). The order of the steps matters:
// boxes first (their lines are never headings), then the toc (its lines are never sections),
// then levels from the body's headings alone.
import type { Column, Section, Toc, TocEntry } from '../../schema/records.js';
import { TABLE_ROW, type MarkerKindId } from '../../rules/zh/headings.js';
import type { Outline } from '../types.js';
import { detectHeadings, type HeadingCandidate } from './detect-heading.js';
import { findColumns, type ColumnBlock } from './find-columns.js';
import { findConclusion } from './find-conclusion.js';
import { findToc, headingKey } from './find-toc.js';
import { lineIndexAt, lineText, splitLines } from './lines.js';
import { splitSections, type LeveledHeading } from './split-sections.js';
import { findTopicHeadings } from './topic-sentences.js';

/** Level of each marker kind in this document: the order in which the kinds first appear. */
export function levelsByFirstAppearance(candidates: readonly Pick<HeadingCandidate, 'kind'>[]): Map<MarkerKindId, number> {
  const levels = new Map<MarkerKindId, number>();
  for (const c of candidates) if (!levels.has(c.kind)) levels.set(c.kind, levels.size + 1);
  return levels;
}

export function segment(text: string): Outline {
  const lines = splitLines(text);
  const boxes = findColumns(text, lines);
  const inBox = new Set<number>();
  for (const b of boxes) for (let i = b.firstLine; i <= b.lastLine; i++) inBox.add(i);
  const skip = (i: number): boolean => inBox.has(i) || TABLE_ROW.test(lineText(text, lines[i]!));

  const candidates = detectHeadings(text, lines, skip);
  const tocRun = findToc(lines, candidates);
  const body = tocRun ? [...candidates.slice(0, tocRun.first), ...candidates.slice(tocRun.last + 1)] : candidates;

  let headings: LeveledHeading[];
  let keys: string[] = [];
  let lastHeadingLine: number;
  if (body.length > 0) {
    const levels = levelsByFirstAppearance(body);
    headings = body.map((c) => ({ level: levels.get(c.kind)!, marker: c.marker, number: c.number, title: c.title, start: c.start, bodyStart: c.bodyStart }));
    keys = body.map(headingKey);
    lastHeadingLine = body[body.length - 1]!.lineIndex;
  } else {
    const topics = findTopicHeadings(text, lines, (i) => skip(i) || (tocRun !== null && lineIndexAt(lines, tocRun.start) <= i && i <= lineIndexAt(lines, tocRun.end)));
    headings = topics.map((t) => ({ level: 1, marker: null, number: null, title: t.title, start: t.start, bodyStart: t.bodyStart }));
    lastHeadingLine = topics.length ? topics[topics.length - 1]!.lineIndex : lines.length;
  }

  let contentEnd = text.length;
  const conclusion = headings.length ? findConclusion(text, lines, lastHeadingLine, skip) : null;
  // the last section keeps at least its own paragraph
  if (conclusion !== null && conclusion > headings[headings.length - 1]!.bodyStart && text.slice(headings[headings.length - 1]!.bodyStart, conclusion).trim() !== '') contentEnd = conclusion;

  const excluded = boxes.map((b) => [b.start, b.end] as const);
  const sections = splitSections(text, headings, contentEnd, excluded);
  return { sections, toc: tocRun && buildToc(lines, candidates, tocRun, sections, keys), columns: boxes.map((b, i) => toColumn(b, i, sections)) };
}

function buildToc(
  lines: ReturnType<typeof splitLines>,
  candidates: readonly HeadingCandidate[],
  run: NonNullable<ReturnType<typeof findToc>>,
  sections: readonly Section[],
  sectionKeys: readonly string[],
): Toc {
  const fallbackLevels = levelsByFirstAppearance(candidates);
  const used = new Set<number>();
  const entries: TocEntry[] = candidates.slice(run.first, run.last + 1).map((c) => {
    const key = headingKey(c);
    const k = sectionKeys.findIndex((s, i) => s === key && !used.has(i));
    if (k !== -1) used.add(k);
    const section = k === -1 ? null : sections[k]!;
    return {
      level: section ? section.level : fallbackLevels.get(c.kind)!,
      marker: c.marker,
      number: c.number,
      title: c.title,
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
