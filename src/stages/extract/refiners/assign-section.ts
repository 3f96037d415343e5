// Section: the innermost section whose span holds the metric (null in an introduction or a
// closing text that no section holds). Sections nest, so the innermost is the holder with the
// shortest span.
import type { Section } from '../../../schema/records.js';
import type { Draft } from '../draft.js';

/** Section spans as flat arrays: the lookup runs once per metric over every section. */
interface SpanIndex {
  starts: Int32Array;
  ends: Int32Array;
}

function spanIndex(sections: readonly Section[]): SpanIndex {
  return { starts: Int32Array.from(sections, (s) => s.span[0]), ends: Int32Array.from(sections, (s) => s.span[1]) };
}

function innermostAt({ starts, ends }: SpanIndex, start: number, end: number): number {
  let best = -1;
  for (let i = 0; i < starts.length; i++) {
    if (starts[i]! <= start && end <= ends[i]! && (best < 0 || ends[i]! - starts[i]! < ends[best]! - starts[best]!)) best = i;
  }
  return best;
}

export function sectionAt(sections: readonly Section[], start: number, end: number): string | null {
  const i = innermostAt(spanIndex(sections), start, end);
  return i < 0 ? null : sections[i]!.id;
}

export function assignSection(drafts: readonly Draft[], sections: readonly Section[]): Draft[] {
  const index = spanIndex(sections);
  return drafts.map((d) => {
    const i = innermostAt(index, d.start, d.end);
    const section = i < 0 ? null : sections[i]!.id;
    // drafts are values: an unchanged one is passed on, not copied
    return section === d.section ? d : { ...d, section };
  });
}
