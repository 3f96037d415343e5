// Keeps one record where mentions overlap: the one that starts first, or the longer at a tie
// (`2-3个` over the `3个` inside it).
import type { Draft } from '../draft.js';

export function removeOverlaps(drafts: readonly Draft[]): Draft[] {
  const sorted = [...drafts].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Draft[] = [];
  for (const d of sorted) {
    const last = out[out.length - 1];
    if (last && d.start < last.end) {
      // a table cell is authoritative over running text at the same place
      if (d.source === 'table' && last.source !== 'table') out[out.length - 1] = d;
      continue;
    }
    out.push(d);
  }
  return out;
}
