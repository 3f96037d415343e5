// Section: the innermost section whose span holds the metric (null in an introduction or a
// closing text that no section holds). Sections nest, so the innermost is the holder with the
// shortest span.
import type { Section } from '../../../schema/records.js';
import type { Draft } from '../draft.js';

export function sectionAt(sections: readonly Section[], start: number, end: number): string | null {
  let best: Section | null = null;
  for (const s of sections) {
    if (s.span[0] <= start && end <= s.span[1] && (!best || s.span[1] - s.span[0] < best.span[1] - best.span[0])) best = s;
  }
  return best ? best.id : null;
}

export function assignSection(drafts: readonly Draft[], sections: readonly Section[]): Draft[] {
  return drafts.map((d) => ({ ...d, section: sectionAt(sections, d.start, d.end) }));
}
