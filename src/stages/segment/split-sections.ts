// Headings with levels → the section tree: ids as paths (s3.2), parents, title paths, each
// section's own body (not its subsections', not its boxes') and its span including subsections.
import type { Section } from '../../schema/records.js';
import { isSpaceAt } from './trim.js';
import { mapPacked } from '../../lib/packed.js';

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
  while (end > start && isSpaceAt(text, end - 1)) end--;
  return end;
}

/** The text of [from, to) without the excluded ranges (专栏 boxes), paragraphs kept apart. */
export function textWithout(text: string, from: number, to: number, excluded: readonly Range[]): string {
  const pieces: string[] = [];
  let at = from;
  // ranges usually come in order already: sorted (a copy) only when they do not
  const inOrder = excluded.every((r, k) => k === 0 || excluded[k - 1]![0] <= r[0]);
  for (const [s, e] of inOrder ? excluded : [...excluded].sort((a, b) => a[0] - b[0])) {
    if (e <= at || s >= to) continue;
    if (s > at) pieces.push(text.slice(at, s));
    at = Math.max(at, e);
  }
  if (at < to) pieces.push(text.slice(at, to));
  const kept: string[] = [];
  for (const p of pieces) {
    const trimmed = p.trim();
    if (trimmed !== '') kept.push(trimmed);
  }
  return kept.join('\n');
}

/** A paragraph where the text returns from a list item to its parent (`此外,…` after the last item). */
export interface ResumePoint {
  at: number;
  /** sections of this level and deeper that are open at `at` end there */
  level: number;
}

/**
 * Builds sections from headings in document order. `contentEnd` is where the body of the
 * outline ends (the conclusion's start, or the text's end). A section's own text is its span
 * without its title, its subsections and its boxes.
 */
export function splitSections(
  text: string,
  headings: readonly LeveledHeading[],
  contentEnd: number,
  excluded: readonly Range[] = [],
  resumes: readonly ResumePoint[] = [],
): Section[] {
  const sections: Section[] = [];
  const children: number[][] = mapPacked(headings, () => []);
  const stack: Array<{ level: number; index: number; children: number }> = [];
  const boundaryOf = (k: number): number => headings[k]!.boundary ?? headings[k]!.start;
  let topCount = 0;
  headings.forEach((h, i) => {
    while (stack.length && stack[stack.length - 1]!.level >= h.level) stack.pop();
    const parentEntry = stack[stack.length - 1];
    const parent = parentEntry ? sections[parentEntry.index]! : null;
    const ordinal = parentEntry ? ++parentEntry.children : ++topCount;
    if (parentEntry) children[parentEntry.index]!.push(i);

    let end = contentEnd;
    let next = i + 1;
    while (next < headings.length && headings[next]!.level > h.level) next++;
    if (next < headings.length) end = Math.min(end, boundaryOf(next));
    const resume = resumes.find((r) => r.at > h.start && r.level <= h.level && r.at < end);
    if (resume) end = resume.at;
    const spanEnd = Math.max(trimmedEnd(text, h.start, end), h.start);

    sections.push({
      // `s` + the path (s3.2): a letter, as 专栏 ids have, so no CSV reader takes `s1.10` for the number 1.1
      id: parent ? `${parent.id}.${ordinal}` : `s${ordinal}`,
      level: h.level,
      marker: h.marker,
      number: h.number,
      title: h.title,
      parent: parent ? parent.id : null,
      path: parent ? [...parent.path, parent.title] : [],
      text: '',
      span: [h.start, spanEnd],
    });
    stack.push({ level: h.level, index: sections.length - 1, children: 0 });
  });
  sections.forEach((s, i) => {
    const inChildren = mapPacked(children[i]!, (c) => [boundaryOf(c), sections[c]!.span[1]] as const);
    s.text = textWithout(text, Math.min(headings[i]!.bodyStart, s.span[1]), s.span[1], excluded.length === 0 ? inChildren : [...excluded, ...inChildren]);
  });
  return sections;
}
