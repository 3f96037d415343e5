// Attaches changes to the quantities they follow and settles change lists:
// - `11997.04亿元,比上年下降5.1%`, `263只、增长42.8倍`, `1.21万亿元,年均增长5.3%`: the change becomes
//   the quantity's `change`;
// - `分别增长12.5%、7%、30.2%`: the bare numbers after a change inherit it, and 分别 distributes
//   the list over as many quantities right before it, when there are as many; a change with its own
//   verb in that list is one of it (`分别增长3.6%、下降1.2%`);
// - `由35%提升至60%`, `由平均48小时压缩至12小时以内`, `由每批次5%调整为2%—3%`: one record, the later
//   value, from the earlier;
// - `占比提升1.3个百分点至53.5%`: the change belongs to the level it reaches;
// - a change that follows no quantity stays a record of its own (`企业申报效率提升40%`).
import { copyDraft, type Draft } from '../draft.js';
import { mapPacked } from '../../../lib/packed.js';
import {
  CHANGE_ATTACH_SEPARATORS,
  CHANGE_METHOD_CLAUSES,
  CHANGE_NOTE_BRACKETS,
  CHANGE_NOTE_MAX,
  CHANGE_NOTE_STOP,
  CHANGE_RATE_FRAMES,
  CHANGE_UNITS,
  FROM_MARKER_WORDS,
  FROM_MARKERS,
  FROM_TO_LINKS,
  FROM_TO_VERB_MAX,
  FROM_TO_YEAR,
  RESPECTIVELY,
  SAME_UNIT_CHANGE_GAP,
  SAME_UNIT_CHANGE_COMMAS,
  SHARE_LEAD,
  SHARE_NOUNS,
  SHARE_POINT_UNITS,
  SHARE_UNIT,
  FROM_MODIFIER_END,
  FROM_MODIFIER_MARKS,
  FROM_MODIFIER_MAX,
  FROM_VALUE_GAP,
  PLAN_SHARE_CHANGE_UNITS,
  PLAN_SHARE_LEAD,
  QUOTE_LINKS,
  TARGET_LINKS,
} from '../../../rules/zh/changes.js';
import { NUMBER_LIST_JOINERS } from '../../../rules/zh/labels.js';
import { crossesSentence } from './attach-labels.js';
import { alternationOrder } from '../../../lib/pattern.js';

const LIST_JOINERS: ReadonlySet<string> = new Set(NUMBER_LIST_JOINERS);

function onlySeparators(s: string): boolean {
  return [...s].every((ch) => CHANGE_ATTACH_SEPARATORS.includes(ch));
}

/** The length of a bracketed note opening `s` (`(验资口径)`), or 0. */
function noteLength(s: string): number {
  const pair = CHANGE_NOTE_BRACKETS.find(([open]) => s.startsWith(open));
  if (!pair) return 0;
  const close = s.indexOf(pair[1], pair[0].length);
  if (close < 0 || close - pair[0].length > CHANGE_NOTE_MAX) return 0;
  const inner = s.slice(pair[0].length, close);
  if (inner.length === 0 || [...inner].some((ch) => CHANGE_NOTE_STOP.includes(ch) || ch === pair[0])) return 0;
  return close + pair[1].length;
}

/** The method clauses, longest first: `扣除价格因素影响后` before `扣除价格因素`. */
const METHOD_CLAUSES_LONGEST_FIRST = alternationOrder(CHANGE_METHOD_CLAUSES);

/** `s` without the first method clause in it (`,按可比价格计算,` → `,,`). */
function withoutMethodClause(s: string): string {
  const clause = METHOD_CLAUSES_LONGEST_FIRST.find((c) => s.includes(c));
  if (clause === undefined) return s;
  const at = s.indexOf(clause);
  return s.slice(0, at) + s.slice(at + clause.length);
}

/**
 * At most a bracketed note (`(验资口径)`), separators with at most a method clause among them
 * (`,按可比价格计算,`), then at most a rate frame (`,年均`): what may stand between a quantity and
 * its change.
 */
function attachGap(s: string): boolean {
  const rest = s.slice(noteLength(s));
  const frame = CHANGE_RATE_FRAMES.find((f) => rest.endsWith(f));
  return onlySeparators(withoutMethodClause(frame ? rest.slice(0, -frame.length) : rest));
}

/** The words of a count's noun and verb, then a comma (SAME_UNIT_CHANGE_GAP). */
const SAME_UNIT_TAIL = new RegExp(`^[\\u4e00-\\u9fff]{1,${SAME_UNIT_CHANGE_GAP}}[${SAME_UNIT_CHANGE_COMMAS}]$`);

/**
 * A compared change in the quantity's own unit after the words that end the quantity's clause (`共有125家企业通过高级认证,
 * 比上年增加18家`): the change of that figure. The unit says so; a rate (`,增长5%`) could be any figure's, so it needs
 * the quantity right before it (attachGap).
 */
function sameUnitTail(q: Draft, d: Draft, text: string): boolean {
  return d.basis !== null && d.unit !== null && d.unit === q.unit && !CHANGE_UNITS.has(d.unit) && SAME_UNIT_TAIL.test(text.slice(q.end, d.leadStart));
}

/** A share's noun said again, opening its change in points, after separators (SHARE_NOUNS: `,比重提升3.5个百分点`). */
function shareRestated(q: Draft, d: Draft, text: string): boolean {
  if (q.unit !== SHARE_UNIT || d.unit === null || !SHARE_POINT_UNITS.has(d.unit)) return false;
  const gap = text.slice(q.end, d.leadStart);
  const noun = SHARE_NOUNS.find((w) => gap.endsWith(w));
  return noun !== undefined && gap.length > noun.length && onlySeparators(gap.slice(0, -noun.length));
}

const CJK = /^[\u4e00-\u9fff]*$/;
const FROM_TO_LINK = new RegExp(`^[\\u4e00-\\u9fff]{1,${FROM_TO_VERB_MAX}}(?:${FROM_TO_LINKS.join('|')})(?:${FROM_TO_YEAR})?$`);
/** A from marker and the year its value is dated by, ending where the value starts (`由2019年的`). */
const DATED_FROM = new RegExp(`(?:${FROM_MARKERS.join('|')})${FROM_TO_YEAR}$`);
/** How far back DATED_FROM is read: longer than any of its matches (`由` + `2019年底的` is 8). */
const DATED_FROM_MAX = 16;
const MODIFIER_CHARS = new RegExp(`^[\\u4e00-\\u9fff${FROM_MODIFIER_MARKS}]*$`);

/**
 * Start of the from marker of a value starting at `at` (`由35%`, `由原来的近20小时`: only words
 * between, at most FROM_VALUE_GAP characters; or a modifier ending in 的, at most FROM_MODIFIER_MAX
 * characters with quote marks: `由“十三五”开局之年的18.9%`), or -1; the nearest marker wins.
 */
function fromMarkerStart(text: string, at: number): number {
  const dated = DATED_FROM.exec(text.slice(Math.max(0, at - DATED_FROM_MAX), at));
  if (dated) {
    const s = at - dated[0].length;
    return markerInWord(text, s, dated[0][0]!) ? -1 : s;
  }
  for (let gap = 0; gap <= Math.max(FROM_VALUE_GAP, FROM_MODIFIER_MAX); gap++) {
    const words = text.slice(at - gap, at);
    if (words.length < gap || !MODIFIER_CHARS.test(words)) return -1;
    const short = gap <= FROM_VALUE_GAP && CJK.test(words);
    if (!short && !(gap <= FROM_MODIFIER_MAX && words.endsWith(FROM_MODIFIER_END))) continue;
    for (const m of FROM_MARKERS) {
      const s = at - gap - m.length;
      if (s < 0 || !text.startsWith(m, s)) continue;
      if (!markerInWord(text, s, m)) return s;
    }
  }
  return -1;
}

/** Whether the from marker `m` at `s` is part of a word (FROM_MARKER_WORDS: `自由`, `从事`). */
function markerInWord(text: string, s: number, m: string): boolean {
  return FROM_MARKER_WORDS.some((w) => {
    const k = w.indexOf(m);
    return k >= 0 && text.startsWith(w, s - k);
  });
}

function asChange(d: Draft, text: string): NonNullable<Draft['change']> {
  return { direction: d.direction!, value: d.value, unit: d.unit, basis: d.basis, raw: text.slice(d.leadStart, d.end) };
}

export function attachChanges(drafts: readonly Draft[], text: string): Draft[] {
  const list = mapPacked(drafts, copyDraft);
  // the steps, each its own function: a rare path first taken in one deoptimises and recompiles
  // that step alone, not all of them with all they inline
  listedChanges(list, text);
  return attachedChanges(fromToPairs(list, text), text);
}

/** 1. bare numbers right after a change, joined by 、, are changes too (`增长12.5%、7%`): set on the drafts (copies). */
function listedChanges(list: readonly Draft[], text: string): void {
  for (let i = 1; i < list.length; i++) {
    const prev = list[i - 1]!;
    const d = list[i]!;
    // …and a change with its own verb listed after a 分别 change is one of its list (`分别增长3.6%、下降1.2%`)
    if (d.kind === 'change' && prev.kind === 'change' && prev.respectively && !d.respectively && d.source === 'text' && LIST_JOINERS.has(text.slice(prev.end, d.leadStart))) {
      d.respectively = true;
      continue;
    }
    if (d.kind !== 'quantity' || prev.kind !== 'change' || d.source !== 'text') continue;
    if (d.unit === null || !CHANGE_UNITS.has(d.unit) || d.leadStart !== d.start) continue;
    const between = text.slice(prev.end, d.start);
    if (between.length === 1 && LIST_JOINERS.has(between)) {
      Object.assign(d, { kind: 'change', direction: prev.direction, basis: prev.basis, respectively: prev.respectively });
      if (d.respectively) d.leadStart = d.start;
    }
  }
}

/** Words between a change and the level it reaches or closes at (`提升1.3个百分点至53.5%`, `跌0.6%报38763.45点`). */
const LEVEL_LINKS: readonly string[] = [...TARGET_LINKS, ...QUOTE_LINKS];

/** 2. from–to pairs: `由35%提升至60%`; a change that reaches a level: `提升1.3个百分点至53.5%`, `跌0.6%报38763.45点`. */
function fromToPairs(list: readonly Draft[], text: string): Draft[] {
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
      LEVEL_LINKS.includes(text.slice(prev.end, d.start))
    ) {
      const joined = copyDraft(d);
      joined.change = asChange(prev, text);
      joined.leadStart = prev.leadStart;
      out[out.length - 1] = joined;
      continue;
    }
    // the later value follows the earlier one through a change verb + 至/到, or another short verb + 为/至/到
    const linked = prev !== undefined && d.kind === 'quantity' && (d.targetLink ? prev.end === d.leadStart : d.leadStart === d.start && FROM_TO_LINK.test(text.slice(prev.end, d.start)));
    const markerStart = linked && prev!.kind === 'quantity' && prev!.source === 'text' && d.source === 'text' ? fromMarkerStart(text, prev!.start) : -1;
    if (markerStart >= 0) {
      const pair = copyDraft(d);
      pair.from = prev!.value;
      pair.earlier = prev!;
      pair.leadStart = markerStart;
      out[out.length - 1] = pair;
      continue;
    }
    out.push(d);
  }
  return out;
}

/** 3. 分别: k changes after k quantities, one each; 4. a change right after a quantity attaches to it. */
/** Whether a 分别 word stands before the change `d`'s number (`分别增长5%`, `分别比上年提高1.2个百分点`). */
const ownsRespectively = (d: Draft, text: string): boolean => RESPECTIVELY.some((w) => text.slice(d.leadStart, d.start).includes(w));

/** Whether `d` is the next item of the 分别 list `prev` belongs to (`分别增长5%、3%`), not the start of another list. */
const continuesRespectively = (prev: Draft, d: Draft, text: string): boolean =>
  d.kind === 'change' && d.respectively && !ownsRespectively(d, text) && !crossesSentence(text, prev.end, d.start);

/** How many changes from `out[i]` on form one list with no 分别 (`提高3.9、2.0、2.9个百分点`): the bare numbers listed after a change. */
function listedRun(out: readonly Draft[], i: number, text: string): number {
  const d = out[i]!;
  if (d.kind !== 'change' || d.respectively || d.source !== 'text') return 0;
  let k = 1;
  for (; i + k < out.length; k++) {
    const next = out[i + k]!;
    if (next.kind !== 'change' || next.respectively || next.source !== 'text' || next.leadStart !== next.start) break;
    if (!LIST_JOINERS.has(text.slice(out[i + k - 1]!.end, next.start))) break;
  }
  return k;
}

/**
 * How many records at the end of `result` are quantities of running text with no change, in the
 * sentence that reaches `at` (`城镇…42038元,农村…20366元,同比增长5.3%和6.4%`: 2), counted up to `limit` + 1.
 */
function sentenceQuantities(result: readonly Draft[], text: string, at: number, limit: number): number {
  let n = 0;
  // each stretch of text is read once, from a quantity to the one after it, and no further back than
  // `limit` + 1 quantities: a sentence of thousands of numbers costs no more than its list
  let upTo = at;
  for (let j = result.length - 1; j >= 0 && n <= limit; j--) {
    const q = result[j]!;
    if (q.kind !== 'quantity' || q.change !== null || q.source !== 'text' || crossesSentence(text, q.end, upTo)) break;
    upTo = q.start;
    n++;
  }
  return n;
}

/**
 * The amount a change after a share belongs to, or null: the change is in a PLAN_SHARE_CHANGE_UNITS unit, the two
 * records before it are the amount and the share (in %), both of running text with no change, and only a note,
 * separators and the share's lead words stand between them: a share of the plan (PLAN_SHARE_LEAD: `收入完成129.54亿元,
 * 为预算的86.5%,下降8.5%`) or of a total with its subject elided, after an amount in a unit of its own (SHARE_LEAD:
 * `出口机电产品523.4亿元,占出口总值的61.1%,增长12.5%`). A share moves by points, the amount by a percentage.
 */
function shareAmount(result: readonly Draft[], d: Draft, text: string): Draft | null {
  if (d.kind !== 'change' || d.source !== 'text' || d.unit === null || !PLAN_SHARE_CHANGE_UNITS.has(d.unit)) return null;
  const share = result[result.length - 1];
  const amount = result[result.length - 2];
  if (share === undefined || amount === undefined) return null;
  if (share.kind !== 'quantity' || share.change !== null || share.source !== 'text' || share.unit !== '%') return null;
  if (amount.kind !== 'quantity' || amount.change !== null || amount.source !== 'text' || amount.unit === '%') return null;
  if (d.leadStart < share.end || !attachGap(text.slice(share.end, d.leadStart))) return null;
  // (a note may close the amount: `收入完成177亿元(预计数),为预算的103.8%`)
  const gap = text.slice(amount.end, share.leadStart);
  const between = gap.slice(noteLength(gap));
  let k = 0;
  while (k < between.length && CHANGE_ATTACH_SEPARATORS.includes(between[k]!)) k++;
  if (k === 0) return null;
  const lead = between.slice(k);
  if (PLAN_SHARE_LEAD.test(lead)) return amount;
  return SHARE_LEAD.test(lead) && amount.unit !== null && !CHANGE_UNITS.has(amount.unit) ? amount : null;
}

function attachedChanges(out: readonly Draft[], text: string): Draft[] {
  const result: Draft[] = [];
  for (let i = 0; i < out.length; i++) {
    const d = out[i]!;
    if (d.kind === 'change' && d.respectively) {
      // the run: this change and the listed ones after it, up to one with its own 分别 or past a sentence's end
      let k = 1;
      while (i + k < out.length && continuesRespectively(out[i + k - 1]!, out[i + k]!, text)) k++;
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
    // a list of changes with no 分别 (`,比上年提高3.9、2.0、2.9个百分点`): after as many quantities
    // of its sentence it is theirs one each, as with 分别; after anything else no item attaches to
    // the quantity before (the list's first change is not the last quantity's)
    const listed = listedRun(out, i, text);
    if (listed > 1) {
      const before = result.slice(-listed);
      if (before.length === listed && sentenceQuantities(result, text, d.leadStart, listed) === listed) {
        before.forEach((q, j) => (q.change = asChange(out[i + j]!, text)));
        before[listed - 1]!.extentEnd = out[i + listed - 1]!.end;
      } else {
        for (let j = 0; j < listed; j++) result.push(out[i + j]!);
      }
      i += listed - 1;
      continue;
    }
    // 4a. a change after a share (of the plan: `收入完成129.54亿元,为预算的86.5%,下降8.5%`; of a total, written after 的:
    // `出口…523.4亿元,占出口总值的61.1%,增长12.5%`) is the amount's before it: a share moves by points, the amount by a
    // percentage (the share keeps the change's text in its extent, so that no label after reaches back over it)
    const planAmount = shareAmount(result, d, text);
    if (planAmount !== null) {
      planAmount.change = asChange(d, text);
      result[result.length - 1]!.extentEnd = d.end;
      continue;
    }
    // 4. a change right after a quantity attaches to it
    const prev = result[result.length - 1];
    if (d.kind === 'change' && prev && prev.kind === 'quantity' && prev.change === null && prev.source === 'text' && d.source === 'text' && d.leadStart >= prev.end) {
      if (attachGap(text.slice(prev.end, d.leadStart)) || shareRestated(prev, d, text)) {
        prev.change = asChange(d, text);
        prev.extentEnd = d.end;
        continue;
      }
      // the words between stay the quantity's label tail (`125家企业通过高级认证`): its extent is not stretched over them
      // (not the last item of a list in that unit: `3家国家级开发区和12家省级开发区,比上年增加2家` is the list's)
      const before = result[result.length - 2];
      const listed = before !== undefined && before.kind === 'quantity' && before.unit === prev.unit && !crossesSentence(text, before.end, prev.start);
      if (!listed && sameUnitTail(prev, d, text)) {
        prev.change = asChange(d, text);
        continue;
      }
    }
    result.push(d);
  }
  return result;
}
