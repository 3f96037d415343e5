// `5%以上30%以下`, `1万元以上10万元以下`: a lower and an upper bound written one after the other,
// with the same unit, are one range (value the lower, valueMax the upper, raw both); so are two
// quantities of one unit joined by a range connector (`6个月至12个月`).
import type { Draft } from '../draft.js';
import { RANGE_CONNECTORS } from '../../../rules/zh/qualifiers.js';

function joinable(prev: Draft, d: Draft): boolean {
  return prev.source === 'text' && d.source === 'text' && prev.kind === 'quantity' && d.kind === 'quantity' && prev.unit === d.unit && prev.change === null && d.value > prev.value;
}

export function joinBounds(drafts: readonly Draft[], text: string): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const prev = out[out.length - 1];
    if (
      prev &&
      joinable(prev, d) &&
      prev.qualifier === 'exact' &&
      d.qualifier === 'exact' &&
      d.leadStart === d.start &&
      (RANGE_CONNECTORS as readonly string[]).includes(text.slice(prev.end, d.start))
    ) {
      out[out.length - 1] = { ...prev, end: d.end, extentEnd: d.extentEnd, qualifier: 'range', valueMax: d.value };
      continue;
    }
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
