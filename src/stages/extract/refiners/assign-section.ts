// Section: the innermost section whose span holds the metric (null in an introduction or a
// closing text that no section holds). Sections nest, so the innermost is the holder with the
// shortest span (the first in outline order among equally short ones).
import type { Section } from '../../../schema/records.js';
import { copyDraft, type Draft } from '../draft.js';
import { mapPacked } from '../../../lib/packed.js';

/** Section spans as flat arrays, with their indices in order of start (then outline order). */
interface SpanIndex {
  starts: Int32Array;
  ends: Int32Array;
  byStart: Int32Array;
}

function spanIndex(sections: readonly Section[]): SpanIndex {
  const n = sections.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  const byStart = new Int32Array(n);
  let sorted = true;
  for (let i = 0; i < n; i++) {
    starts[i] = sections[i]!.span[0];
    ends[i] = sections[i]!.span[1];
    byStart[i] = i;
    if (i > 0 && starts[i]! < starts[i - 1]!) sorted = false;
  }
  // the outline lists sections in text order, so the sort is rarely needed
  if (!sorted) byStart.sort((a, b) => starts[a]! - starts[b]! || a - b);
  return { starts, ends, byStart };
}

/**
 * The index of the shortest section holding [start, end), or -1. Walks back from the last
 * section starting at or before `start`: a section starting earlier is at least `end - its start`
 * long, so once that exceeds the best length found no earlier section can win.
 */
function innermostAt({ starts, ends, byStart }: SpanIndex, start: number, end: number): number {
  let lo = 0;
  let hi = byStart.length; // first position whose section starts after `start`
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[byStart[mid]!]! <= start) lo = mid + 1;
    else hi = mid;
  }
  let best = -1;
  let bestLength = Infinity;
  for (let k = lo - 1; k >= 0; k--) {
    const i = byStart[k]!;
    if (end - starts[i]! > bestLength) break;
    if (end > ends[i]!) continue;
    const length = ends[i]! - starts[i]!;
    if (length < bestLength || (length === bestLength && i < best)) {
      best = i;
      bestLength = length;
    }
  }
  return best;
}

export function sectionAt(sections: readonly Section[], start: number, end: number): string | null {
  const i = innermostAt(spanIndex(sections), start, end);
  return i < 0 ? null : sections[i]!.id;
}

export function assignSection(drafts: readonly Draft[], sections: readonly Section[]): Draft[] {
  if (sections.length === 0) {
    return mapPacked(drafts, (d) => {
      if (d.section === null) return d;
      const copy = copyDraft(d);
      copy.section = null;
      return copy;
    });
  }
  const index = spanIndex(sections);
  return mapPacked(drafts, (d) => {
    const i = innermostAt(index, d.start, d.end);
    const section = i < 0 ? null : sections[i]!.id;
    // drafts are values: an unchanged one is passed on, not copied
    if (section === d.section) return d;
    const copy = copyDraft(d);
    copy.section = section;
    return copy;
  });
}
