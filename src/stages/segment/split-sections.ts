// Headings with levels → the section tree: ids as paths (3.2), parents, title paths, each
// section's own body (not its subsections', not its boxes') and its span including subsections.
import type { Section } from '../../schema/records.js';

export interface LeveledHeading {
  level: number;
  marker: string | null;
  number: number | null;
  title: string;
  /** offset of the marker (or topic sentence) */
  start: number;
  /** offset where its own body starts */
  bodyStart: number;
  /** where the content before this heading ends (its line's start, before any indentation); default `start` */
  boundary?: number;
}

type Range = readonly [number, number];

function trimmedEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
}

/** The text of [from, to) without the excluded ranges (专栏 boxes), paragraphs kept apart. */
export function textWithout(text: string, from: number, to: number, excluded: readonly Range[]): string {
  const pieces: string[] = [];
  let at = from;
  for (const [s, e] of [...excluded].sort((a, b) => a[0] - b[0])) {
    if (e <= at || s >= to) continue;
    if (s > at) pieces.push(text.slice(at, s));
    at = Math.max(at, e);
  }
  if (at < to) pieces.push(text.slice(at, to));
  return pieces
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .join('\n');
}

/**
 * Builds sections from headings in document order. `contentEnd` is where the body of the
 * outline ends (the conclusion's start, or the text's end).
 */
export function splitSections(text: string, headings: readonly LeveledHeading[], contentEnd: number, excluded: readonly Range[] = []): Section[] {
  const sections: Section[] = [];
  const stack: Array<{ level: number; index: number; children: number }> = [];
  let topCount = 0;
  headings.forEach((h, i) => {
    while (stack.length && stack[stack.length - 1]!.level >= h.level) stack.pop();
    const parentEntry = stack[stack.length - 1];
    const parent = parentEntry ? sections[parentEntry.index]! : null;
    const ordinal = parentEntry ? ++parentEntry.children : ++topCount;
    const id = parent ? `${parent.id}.${ordinal}` : String(ordinal);

    let next = i + 1;
    while (next < headings.length && headings[next]!.level > h.level) next++;
    const boundaryOf = (k: number): number => headings[k]!.boundary ?? headings[k]!.start;
    const spanEnd = trimmedEnd(text, h.start, Math.min(next < headings.length ? boundaryOf(next) : contentEnd, contentEnd));
    const ownEnd = Math.min(i + 1 < headings.length ? boundaryOf(i + 1) : spanEnd, spanEnd);

    sections.push({
      id,
      level: h.level,
      marker: h.marker,
      number: h.number,
      title: h.title,
      parent: parent ? parent.id : null,
      path: parent ? [...parent.path, parent.title] : [],
      text: textWithout(text, Math.min(h.bodyStart, ownEnd), ownEnd, excluded),
      span: [h.start, Math.max(spanEnd, h.start)],
    });
    stack.push({ level: h.level, index: sections.length - 1, children: 0 });
  });
  return sections;
}
