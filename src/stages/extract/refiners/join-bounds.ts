// `5%以上30%以下`, `1万元以上10万元以下`: a lower and an upper bound written one after the other,
// with the same unit, are one range (value the lower, valueMax the upper, raw both); so are two
// quantities of one unit joined by a range connector (`6个月至12个月`), and a change whose upper
// end carries the unit again (`降低10%~15%`: one change, 10 to 15 %). A dash between two amounts
// that was read as the upper end's minus sign (`5万元-10万元`, `16080元/年-39144元/年`) joins them too, and so
// does 与/和 between two amounts that 之间 closes (`介于100亿元与200亿元之间`).
import { copyDraft, type Draft } from '../draft.js';
import { BETWEEN_JOINERS, RANGE_CONNECTORS, RANGE_SUFFIXES } from '../../../rules/zh/qualifiers.js';
import { CHANGE_RANGE_CONNECTORS } from '../../../rules/zh/changes.js';

function joinable(prev: Draft, d: Draft): boolean {
  return prev.source === 'text' && d.source === 'text' && prev.kind === 'quantity' && d.kind === 'quantity' && prev.unit === d.unit && prev.change === null && d.value > prev.value;
}

/** A change, then the upper end in its unit after a dash or tilde (`降低10%~15%`). */
function changeRange(prev: Draft, d: Draft, text: string): boolean {
  return (
    prev.source === 'text' &&
    d.source === 'text' &&
    prev.kind === 'change' &&
    !prev.respectively &&
    d.kind === 'quantity' &&
    prev.unit === d.unit &&
    d.value > prev.value &&
    prev.qualifier === 'exact' &&
    d.qualifier === 'exact' &&
    d.leadStart === d.start &&
    (CHANGE_RANGE_CONNECTORS as readonly string[]).includes(text.slice(prev.end, d.start))
  );
}

/** `5万元-10万元`: the upper end's minus sign, right after the lower end's unit, is the range's dash. */
function dashReadAsSign(prev: Draft, d: Draft, text: string): boolean {
  return (
    prev.source === 'text' &&
    d.source === 'text' &&
    prev.kind === 'quantity' &&
    d.kind === 'quantity' &&
    prev.unit !== null &&
    prev.unit === d.unit &&
    prev.change === null &&
    prev.qualifier === 'exact' &&
    d.qualifier === 'exact' &&
    prev.end === d.start &&
    d.value < 0 &&
    -d.value > prev.value &&
    (CHANGE_RANGE_CONNECTORS as readonly string[]).includes(text[d.start]!)
  );
}

/** `100亿元与200亿元之间`: the two ends joined by 与/和/及 (BETWEEN_JOINERS), the upper end's mention closed by 之间. */
function betweenJoined(text: string, prevEnd: number, d: Draft): boolean {
  return (BETWEEN_JOINERS as readonly string[]).includes(text.slice(prevEnd, d.start)) && RANGE_SUFFIXES.some((w) => text.startsWith(w, d.end - w.length));
}

/** `prev` and `d` as one range record: `prev`'s value to `upper` (by default `d`'s). */
function joined(prev: Draft, d: Draft, upper = d.value): Draft {
  const range = copyDraft(prev);
  range.end = d.end;
  range.extentEnd = d.extentEnd;
  range.qualifier = 'range';
  range.valueMax = upper;
  return range;
}

export function joinBounds(drafts: readonly Draft[], text: string): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const prev = out[out.length - 1];
    if (prev && changeRange(prev, d, text)) {
      out[out.length - 1] = joined(prev, d);
      continue;
    }
    if (prev && dashReadAsSign(prev, d, text)) {
      out[out.length - 1] = joined(prev, d, -d.value);
      continue;
    }
    if (
      prev &&
      joinable(prev, d) &&
      prev.qualifier === 'exact' &&
      d.qualifier === 'exact' &&
      d.leadStart === d.start &&
      ((RANGE_CONNECTORS as readonly string[]).includes(text.slice(prev.end, d.start)) || betweenJoined(text, prev.end, d))
    ) {
      out[out.length - 1] = joined(prev, d);
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
      out[out.length - 1] = joined(prev, d);
      continue;
    }
    out.push(d);
  }
  return out;
}
