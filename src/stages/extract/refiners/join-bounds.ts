// `5%以上30%以下`, `1万元以上10万元以下`: a lower and an upper bound written one after the other,
// with the same unit, are one range (value the lower, valueMax the upper, raw both).
import type { Draft } from '../draft.js';

export function joinBounds(drafts: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const prev = out[out.length - 1];
    if (
      prev &&
      prev.source === 'text' &&
      d.source === 'text' &&
      prev.kind === 'quantity' &&
      d.kind === 'quantity' &&
      prev.qualifier === 'atLeast' &&
      d.qualifier === 'atMost' &&
      prev.unit === d.unit &&
      prev.end === d.start &&
      prev.change === null &&
      d.value > prev.value
    ) {
      out[out.length - 1] = { ...prev, end: d.end, extentEnd: d.extentEnd, qualifier: 'range', valueMax: d.value };
      continue;
    }
    out.push(d);
  }
  return out;
}
