// Attaches changes to the quantities they follow and settles change lists:
// - `11997.04亿元,比上年下降5.1%`, `263只、增长42.8倍`: the change becomes the quantity's `change`;
// - `分别增长12.5%、7%、30.2%`: the bare numbers after a change inherit it, and 分别 distributes
//   the list over as many quantities right before it, when there are as many;
// - `由35%提升至60%`: one record, value 60, from 35;
// - `占比提升1.3个百分点至53.5%`: the change belongs to the level it reaches;
// - a change that follows no quantity stays a record of its own (`企业申报效率提升40%`).
import type { Draft } from '../draft.js';
import { CHANGE_ATTACH_SEPARATORS, CHANGE_UNITS, FROM_MARKERS, TARGET_LINKS } from '../../../rules/zh/changes.js';
import { crossesSentence } from './attach-labels.js';

/** What may stand between items of one list (`12.5%、7%`). */
const LIST_JOINERS = new Set(['、', '和', '及']);

function onlySeparators(s: string): boolean {
  return [...s].every((ch) => CHANGE_ATTACH_SEPARATORS.includes(ch));
}

function asChange(d: Draft, text: string): NonNullable<Draft['change']> {
  return { direction: d.direction!, value: d.value, unit: d.unit, basis: d.basis, raw: text.slice(d.leadStart, d.end) };
}

export function attachChanges(drafts: readonly Draft[], text: string): Draft[] {
  const list = drafts.map((d) => ({ ...d }));
  // 1. bare numbers right after a change, joined by 、, are changes too (`增长12.5%、7%`)
  for (let i = 1; i < list.length; i++) {
    const prev = list[i - 1]!;
    const d = list[i]!;
    if (d.kind !== 'quantity' || prev.kind !== 'change' || d.source !== 'text') continue;
    if (d.unit === null || !CHANGE_UNITS.has(d.unit) || d.leadStart !== d.start) continue;
    const between = text.slice(prev.end, d.start);
    if (between.length === 1 && LIST_JOINERS.has(between)) {
      Object.assign(d, { kind: 'change', direction: prev.direction, basis: prev.basis, respectively: prev.respectively });
      if (d.respectively) d.leadStart = d.start;
    }
  }
  // 2. from–to pairs: `由35%提升至60%`; a change that reaches a level: `提升1.3个百分点至53.5%`
  const out: Draft[] = [];
  for (const d of list) {
    const prev = out[out.length - 1];
    if (
      prev &&
      prev.kind === 'change' &&
      !prev.respectively &&
      d.kind === 'quantity' &&
      d.change === null &&
      d.source === 'text' &&
      d.leadStart === d.start &&
      (TARGET_LINKS as readonly string[]).includes(text.slice(prev.end, d.start))
    ) {
      out[out.length - 1] = { ...d, change: asChange(prev, text), leadStart: prev.leadStart };
      continue;
    }
    const marker = prev && FROM_MARKERS.find((m) => text.startsWith(m, prev.start - m.length));
    if (d.targetLink && prev && marker && prev.kind === 'quantity' && prev.source === 'text' && prev.end === d.leadStart) {
      out[out.length - 1] = { ...d, from: prev.value, leadStart: prev.start - marker.length };
      continue;
    }
    out.push(d);
  }
  // 3. 分别: k changes after k quantities, one each
  const result: Draft[] = [];
  for (let i = 0; i < out.length; i++) {
    const d = out[i]!;
    if (d.kind === 'change' && d.respectively) {
      let k = 0;
      while (i + k < out.length && out[i + k]!.kind === 'change' && out[i + k]!.respectively) k++;
      const before = result.slice(-k);
      const fits =
        before.length === k &&
        before.every((q) => q.kind === 'quantity' && q.change === null && q.source === 'text') &&
        !crossesSentence(text, before[0]!.end, d.leadStart);
      if (fits) {
        before.forEach((q, j) => (q.change = asChange(out[i + j]!, text)));
        before[k - 1]!.extentEnd = out[i + k - 1]!.end;
        i += k - 1;
        continue;
      }
      for (let j = 0; j < k; j++) result.push(out[i + j]!);
      i += k - 1;
      continue;
    }
    // 4. a change right after a quantity attaches to it
    const prev = result[result.length - 1];
    if (d.kind === 'change' && prev && prev.kind === 'quantity' && prev.change === null && prev.source === 'text' && d.source === 'text' && d.leadStart >= prev.end && onlySeparators(text.slice(prev.end, d.leadStart))) {
      prev.change = asChange(d, text);
      prev.extentEnd = d.end;
      continue;
    }
    result.push(d);
  }
  return result;
}
