// A table of contents: a run of heading-only lines that the body repeats later. It becomes the
// document's toc, and its lines are never read as sections.
import { TITLE_TRAILING } from '../../rules/zh/headings.js';
import type { HeadingCandidate } from './detect-heading.js';
import { isBlank, type Line } from './lines.js';

/** Fewest entries a run needs, and the share of them the body must repeat. */
export const MIN_TOC_ENTRIES = 3;
export const MIN_TOC_REPEATED_SHARE = 0.6;
/** A toc line's title is short; longer lines are body. */
const MAX_TOC_TITLE = 60;
/** Page numbers after leader dots or spaces: `总则 ……… 3`. */
const PAGE_NUMBER = /(?:[\s.…·]+)[0-9]+$/;

/** The key by which a toc entry and a body heading are the same heading. */
export function headingKey(c: Pick<HeadingCandidate, 'kind' | 'number' | 'title'>): string {
  return `${c.kind}|${c.number ?? ''}|${c.title.replace(PAGE_NUMBER, '').replace(TITLE_TRAILING, '').replace(/\s+/g, '')}`;
}

export interface TocRun {
  /** indices into the candidate list */
  first: number;
  last: number;
  start: number;
  end: number;
}

const headingOnly = (c: HeadingCandidate): boolean => c.atLineStart && c.bodyStart >= c.segmentEnd && c.title.length <= MAX_TOC_TITLE;

/** The first run of heading-only lines that the rest of the document repeats, if any. */
export function findToc(lines: readonly Line[], candidates: readonly HeadingCandidate[]): TocRun | null {
  let i = 0;
  while (i < candidates.length) {
    if (!headingOnly(candidates[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < candidates.length && headingOnly(candidates[j + 1]!) && onlyBlankBetween(lines, candidates[j]!.lineIndex, candidates[j + 1]!.lineIndex)) j++;
    const length = j - i + 1;
    if (length >= MIN_TOC_ENTRIES) {
      const later = new Set(candidates.slice(j + 1).map(headingKey));
      const repeated = candidates.slice(i, j + 1).filter((c) => later.has(headingKey(c))).length;
      if (repeated >= MIN_TOC_ENTRIES && repeated / length >= MIN_TOC_REPEATED_SHARE) {
        return { first: i, last: j, start: candidates[i]!.start, end: lines[candidates[j]!.lineIndex]!.end };
      }
    }
    i = j + 1;
  }
  return null;
}

function onlyBlankBetween(lines: readonly Line[], a: number, b: number): boolean {
  if (b <= a) return false;
  for (let k = a + 1; k < b; k++) if (!isBlank(lines[k]!)) return false;
  return true;
}
