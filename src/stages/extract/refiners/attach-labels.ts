// Labels: what is measured. A number's label is the clause before its expression plus the noun
// phrase right after its unit (`命名181个国门卫士青年突击队` → `命名国门卫士青年突击队`), trimmed of
// list markers, leading connectives, linking verbs and period frames.
//
// Numbers in one clause share its context:
// - the words between two numbers are split at the last conjunction: before it, the first
//   number's noun; after it, the second's (`6项改革任务和涉及海关工作的114项重要改革举措`);
// - with nothing after the conjunction (`14种、556例`, `527批共70.1万只`) or no conjunction at all
//   (`7个方面25个问题`), the second number takes the first one's clause;
// - when the words between end with a linking verb (`12天的比例达100%`), the second number
//   measures a phrase holding the first: its label is the whole clause;
// - a short item after `、` names a facet of the previous head when its unit measures another
//   dimension (`26.16万份、金额1107.9亿元`); in the same dimension it is the list's next item, its
//   noun in place of the previous one (`监管船舶2.1万艘次、飞机1.86万架次` → `监管飞机`);
//   `其中` continues the previous label (`其中毛燕29.03吨`);
// - a number with no words of its own borrows its neighbour's (`对67船311.75万吨进口粮食…`), or,
//   last, the previous label in the same sentence.
// Table cells keep the label their row gives.
import { copyDraft, type Draft } from '../draft.js';
import { mapPacked } from '../../../lib/packed.js';
import { FIELD_LABEL_UNIT_SOURCE } from '../find-candidates.js';
import {
  BARE_PREPOSITIONS,
  CLAUSE_DELIMITERS,
  CLAUSE_WINDOW,
  FACET_MAX_CHARS,
  INHERITING_OPENERS,
  LABEL_PAIRS,
  LEADING_CONNECTIVES,
  LEADING_GOAL_VERBS,
  LEADING_PREPOSITIONS,
  LEADING_TIME_FRAME,
  FINAL_PARTICLE,
  TAIL_PARTICLE,
  FUNCTION_WORD_LABELS,
  TRAILING_COMPARISON,
  ELIDED_SUBJECT_OPENERS,
  PREPOSITION_WORDS,
  LINKING_VERBS,
  LIST_CONJUNCTIONS,
  LABEL_BULLETS,
  LIST_MARKER,
  LIST_VERBS,
  ITEM_OWN_VERBS,
  MAX_LABEL_CHARS,
  TAIL_DELIMITERS,
  TRAILING_WORD_KEEPERS,
  TRAILING_WORDS,
  GRADE_HEDGES,
  TOTAL_WORDS,
  PER_UNIT_AVERAGE,
  PER_UNIT_COUNT,
  PER_UNIT_OPENER,
} from '../../../rules/zh/labels.js';
import { AMOUNT_CLOSING_MARK, COUNT_UNITS, PHYSICAL_UNITS, TIME_UNITS, UNIT_APPOSITIONS, UNIT_DIMENSIONS, UNITS } from '../../../rules/zh/units.js';
import { CHANGE_DEGREE_ADVERBS, CHANGE_METHOD_CLAUSES, PREDICATE_DEGREE_ADVERBS } from '../../../rules/zh/changes.js';
import { MAGNITUDES } from '../../../locale/zh/numerals.js';
import { alternation } from '../../../lib/pattern.js';
import { FRAME_START_WORDS, MAX_RECURRING_FRAME_CHARS, RECURRING_FRAMES, SENTENCE_DELIMITERS, YEAR_FRAME } from '../../../rules/zh/periods.js';
import { charSet, JS_WHITESPACE } from '../../../lib/char-set.js';

const byLength = (words: readonly string[]): string[] => [...new Set(words)].sort((a, b) => b.length - a.length);
const LEADING = byLength([...LEADING_CONNECTIVES, ...LEADING_GOAL_VERBS]);
/** A goal verb is cut only before a phrase (`确保通关时间`), not from a noun it starts (`预计数`, `确保率`). */
const GOAL_VERBS: ReadonlySet<string> = new Set(LEADING_GOAL_VERBS);
const MIN_AFTER_GOAL_VERB = 2;
/** Words grouped by the char code of one of their characters, order kept: a label is tested only against the words that can match it. */
function groupByCode(words: readonly string[], at: (w: string) => number): ReadonlyMap<number, readonly string[]> {
  const out = new Map<number, string[]>();
  for (const w of words) out.set(w.charCodeAt(at(w)), [...(out.get(w.charCodeAt(at(w))) ?? []), w]);
  return out;
}
const NONE: readonly string[] = [];
const LEADING_BY_FIRST = groupByCode(LEADING, () => 0);
const LEADING_PREPOSITIONS_BY_FIRST = groupByCode(LEADING_PREPOSITIONS, () => 0);
/**
 * Adverbs of degree or pace of two or more characters that are no predicate (CHANGE_DEGREE_ADVERBS less
 * PREDICATE_DEGREE_ADVERBS): one character (`大`, `略`) ends many words.
 */
const TARGET_ADVERBS: readonly string[] = byLength(CHANGE_DEGREE_ADVERBS.filter((w) => w.length > 1 && !PREDICATE_DEGREE_ADVERBS.includes(w)));

/** TRAILING_WORDS longest first, grouped by last character. */
const TRAILING_BY_LAST = groupByCode(byLength(TRAILING_WORDS), (w) => w.length - 1);
/** A label that is one of these alone (`达到`, `为`, `累计`) names nothing measured. */
/** TRAILING_WORDS but a grade (GRADE_HEDGES): a label that is one of these alone says nothing of what is measured. */
const EMPTY_LABEL_WORDS: ReadonlySet<string> = new Set(TRAILING_WORDS.filter((w) => !(GRADE_HEDGES as readonly string[]).includes(w)));
const LINKING = byLength(LINKING_VERBS);
const OWN_OR_LIST_VERBS: readonly string[] = [...ITEM_OWN_VERBS, ...LIST_VERBS];
/** in the table's order: most reliable first */
const CONJUNCTIONS: readonly string[] = LIST_CONJUNCTIONS;
const PREPOSITIONS = new Set<string>(BARE_PREPOSITIONS);
const FACET_JOINER = '、';
const DIMENSION_OF = new Map(Object.entries(UNIT_DIMENSIONS).flatMap(([dim, units]) => units.map((u) => [u, dim] as const)));

/** Whether two units measure the same dimension (both counts, both money…); unknown units do not. */
function sameDimension(a: string | null, b: string | null): boolean {
  const da = a === null ? undefined : DIMENSION_OF.get(a);
  return da !== undefined && da === (b === null ? undefined : DIMENSION_OF.get(b));
}
/** Punctuation and white space (what `\s` matches) trimmed from a label's edges. */
const EDGE_PUNCTUATION = charSet(`、,,;;::${JS_WHITESPACE}`);

function trimEdges(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && EDGE_PUNCTUATION.has(s.charCodeAt(start))) start++;
  while (end > start && EDGE_PUNCTUATION.has(s.charCodeAt(end - 1))) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

/** LABEL_PAIRS by opener (its closer) and by closer (its opener). */
const CLOSER_OF: ReadonlyMap<string, string> = new Map(LABEL_PAIRS.map(([o, c]) => [o, c]));
const OPENER_OF: ReadonlyMap<string, string> = new Map(LABEL_PAIRS.map(([o, c]) => [c, o]));

/**
 * A composed label without the marks at its edges whose partner it does not hold: they are the
 * clause's (`“两国股份`: a quotation opening before the label; `建造成本预计)`: an aside closing after
 * it), not the label's. A pair the label holds whole stays (`较一季度(-)`).
 */
function withoutUnpairedEdges(s: string): string {
  let start = 0;
  let end = s.length;
  for (let moved = true; moved && start < end; ) {
    moved = false;
    const closer = CLOSER_OF.get(s[start]!);
    if (closer !== undefined && s.indexOf(closer, start + 1) < 0) {
      start++;
      moved = true;
    }
    const opener = end > start ? OPENER_OF.get(s[end - 1]!) : undefined;
    if (opener !== undefined && s.lastIndexOf(opener, end - 2) < start) {
      end--;
      moved = true;
    }
  }
  return start === 0 && end === s.length ? s : trimEdges(s.slice(start, end));
}
/** LABEL_PAIRS' empty pairs (`()`, `“”`). */
const EMPTY_PAIRS = LABEL_PAIRS.map(([o, c]) => o + c);

/**
 * A composed label without the empty pairs the number and its unit left (`较去年同期(80.26万元/亩)上升`:
 * the head's `(` and the tail's `)` around the value, which is no part of what is measured).
 */
function withoutEmptyPairs(s: string): string {
  for (const pair of EMPTY_PAIRS) if (s.includes(pair)) s = s.replaceAll(pair, '');
  return s;
}
const FRAME_AT_START = new RegExp(`^(?:${RECURRING_FRAMES.source})`);
const FRAME_AT_END = new RegExp(`(?:${RECURRING_FRAMES.source})$`);

/**
 * The first recurring frame at either edge of a label, as `^(?:F)|(?:F)$` finds it, but with the
 * end searched only over the characters a frame can span: an end-anchored alternative is tried
 * at every position of the text, and labels are trimmed in a loop (4.5% of the metric stage).
 */
export function frameAtEdge(s: string): { index: number; text: string } | null {
  const start = FRAME_AT_START.exec(s);
  if (start) return { index: 0, text: start[0] };
  const from = Math.max(0, s.length - MAX_RECURRING_FRAME_CHARS);
  const end = FRAME_AT_END.exec(from === 0 ? s : s.slice(from));
  return end ? { index: from + end.index, text: end[0] } : null;
}
/**
 * A year opening a label is its period, not what it measures (`到2025年重点建成…`), with the word that makes it a
 * start (`2013年以来新增企业`).
 */
const YEAR_AT_START = new RegExp(`^(?:${YEAR_FRAME.source})(?:${FRAME_START_WORDS.join('|')})?`);

/** Closing mark → its opening mark, as char codes. */
const OPENER_CODES = new Map(LABEL_PAIRS.map(([o, c]) => [c.charCodeAt(0), o.charCodeAt(0)] as const));
const CLAUSE_ENDS = charSet(CLAUSE_DELIMITERS);
const CLAUSE_STOPS = charSet([...CLAUSE_DELIMITERS, ...LABEL_PAIRS.map(([, close]) => close)]);
const TAIL_ENDS = charSet([...TAIL_DELIMITERS, ...'0123456789']);
const LINE_BREAK_CODE = 10;

/** Start of the clause that ends at `end`, not before `floor`; paired marks are skipped whole. */
export function clauseStart(text: string, end: number, floor: number): number {
  const limit = Math.max(floor, end - CLAUSE_WINDOW);
  let i = end;
  while (i > limit) {
    // jump to the nearest closing mark or clause delimiter: nothing else stops the walk
    const stop = CLAUSE_STOPS.lastIndexIn(text, i - 1, limit);
    if (stop < 0) return limit;
    i = stop + 1;
    const ch = text.charCodeAt(i - 1);
    const open = OPENER_CODES.get(ch);
    if (open !== undefined) {
      let j = i - 2;
      while (j >= limit && text.charCodeAt(j) !== open && text.charCodeAt(j) !== LINE_BREAK_CODE) j--;
      if (j >= limit && text.charCodeAt(j) === open) {
        i = j;
        continue;
      }
    }
    if (CLAUSE_ENDS.has(ch)) break;
    i--;
  }
  return i;
}

/** End of the noun phrase that follows a unit at `start`, before `ceiling` (a delimiter or a digit ends it). */
function tailEnd(text: string, start: number, ceiling: number): number {
  const i = TAIL_ENDS.indexIn(text, start, ceiling);
  return i < 0 ? Math.max(start, ceiling) : i;
}

/** The first of `words` that `s` starts with and is longer than. */
function leadingWord(s: string, byFirst: ReadonlyMap<number, readonly string[]>): string | undefined {
  for (const w of byFirst.get(s.charCodeAt(0)) ?? NONE) if (s.length > w.length && s.startsWith(w)) return w;
  return undefined;
}

/** The longest trailing word (TRAILING_WORDS) that `s` ends with and is longer than. */
function trailingWord(s: string): string | undefined {
  for (const w of TRAILING_BY_LAST.get(s.charCodeAt(s.length - 1)) ?? NONE) if (s.length > w.length && s.endsWith(w)) return w;
  return undefined;
}

/** `s` without the trailing word trimLabel would cut from it (`预计数为` → `预计数`). */
function withoutTrailingWord(s: string): string {
  const trail = trailingWord(s);
  return trail ? s.slice(0, -trail.length) : s;
}

/** Trims list markers, connectives, linking verbs, period frames and edge punctuation. */
const FIELD_COLONS = ':：';

const LABEL_BULLET_SET = charSet(LABEL_BULLETS);
const LABEL_BULLET_RUN = new RegExp(`\\s*[${LABEL_BULLETS}]\\s*`, 'g');

/** `s` without its bullets and the spaces around them (LABEL_BULLETS); most labels have none, and are returned as they are. */
function withoutBullets(s: string): string {
  for (let i = 0; i < s.length; i++) if (LABEL_BULLET_SET.has(s.charCodeAt(i))) return s.replace(LABEL_BULLET_RUN, '');
  return s;
}

/** A per-unit phrase (PER_UNIT_OPENER) from its 每 to the label's end; it is tried at the label's last 每 only. */
const PER_UNIT = new RegExp(`^${PER_UNIT_OPENER}${PER_UNIT_COUNT}(?:${alternation([...COUNT_UNITS, ...PHYSICAL_UNITS, ...TIME_UNITS])})$`);

/** The per-unit phrase closing `s` (`补贴标准为每亩` → `每亩`), with an average word before it, when words stand before it; else null. */
function perUnitAtEnd(s: string): string | null {
  let at = s.lastIndexOf(PER_UNIT_OPENER);
  if (at <= 0 || !PER_UNIT.test(s.slice(at))) return null;
  if (s.startsWith(PER_UNIT_AVERAGE, at - PER_UNIT_AVERAGE.length)) at -= PER_UNIT_AVERAGE.length;
  return at > 0 ? s.slice(at) : null;
}

/**
 * `label` without what says nothing of what is measured. With `perUnitInBrackets`, a per-unit phrase
 * closing it (perUnitAtEnd) goes after the rest in brackets; without, it stays where it stands (the
 * label's own words continue after the number: `可按每人1500元的标准申请…补贴`).
 */
export function trimLabel(label: string, perUnitInBrackets = true): string {
  const raw = withoutBullets(label);
  // a list marker alone (`1、` before `20个项目`, `第四条`) says nothing of what is measured
  const whole = raw.trim();
  const alone = LIST_MARKER.exec(whole);
  if (alone && alone[0].length === whole.length && whole.length > 0) return '';
  let s = trimEdges(raw);
  // nothing to trim (most tails): the loop below would return '' as well; an amount's closing 整 says nothing
  if (s === '' || s === AMOUNT_CLOSING_MARK) return '';
  /** what the quantity is counted per, cut from the words' end (perUnitAtEnd), put back after what is measured */
  let perUnit: string | null = null;
  for (let changed = true; changed; ) {
    changed = false;
    const before = s;
    if (frameAtEdge(s)?.text === s) return '';
    const marker = LIST_MARKER.exec(s);
    if (marker && marker[0].length > 0 && marker[0].length < s.length) s = s.slice(marker[0].length);
    const lead = leadingWord(s, LEADING_BY_FIRST);
    // …the noun a goal verb starts is counted without the verb after it (`预计数为`, `确保率达到`)
    if (lead && (!GOAL_VERBS.has(lead) || withoutTrailingWord(s).length - lead.length >= MIN_AFTER_GOAL_VERB)) s = s.slice(lead.length);
    const prep = leadingWord(s, LEADING_PREPOSITIONS_BY_FIRST);
    if (prep && !PREPOSITION_WORDS.some((w) => s.startsWith(w))) s = s.slice(prep.length);
    // the currency named before the amount (`限值为人民币`, `中标金额:人民币`, `漏缴税款人民币`): the word goes, and a
    // linking word or a field's colon with it; after a connective alone (`其中人民币`) it is what is measured
    const currency = UNIT_APPOSITIONS.find((w) => s.endsWith(w) && s.length > w.length);
    const rest = currency ? s.slice(0, -currency.length) : '';
    if (currency && (trailingWord(rest) || FIELD_COLONS.includes(rest[rest.length - 1]!) || !LEADING.includes(rest.trim()))) s = trimEdges(rest);
    const trail = trailingWord(s);
    if (trail && !TRAILING_WORD_KEEPERS.some((k) => k.length > trail.length && s.endsWith(k))) s = s.slice(0, -trail.length);
    const per: string | null = perUnitInBrackets && perUnit === null ? perUnitAtEnd(s) : null;
    if (per !== null) {
      perUnit = per;
      s = s.slice(0, -per.length);
    }
    // an adverb of degree or pace modifies the verb after it, which the number's lead holds or the line above cut
    // (`比重进一步提高到65.3%`, `持续稳定在`)
    const adverb = TARGET_ADVERBS.find((w) => s.endsWith(w) && s.length > w.length);
    if (adverb) s = s.slice(0, -adverb.length);
    const time = LEADING_TIME_FRAME.exec(s);
    if (time && time[0].length < s.length) s = s.slice(time[0].length);
    const year = YEAR_AT_START.exec(s);
    if (year && year[0].length < s.length) s = s.slice(year[0].length);
    const frame = frameAtEdge(s);
    if (frame && frame.text.length < s.length) s = s.slice(0, frame.index) + s.slice(frame.index + frame.text.length);
    s = trimEdges(s);
    changed = s !== before;
  }
  // a total's word alone names the total (`合计:35亿元`)
  if ((TOTAL_WORDS as readonly string[]).includes(s)) return s;
  // a year alone is the period, not what is measured (`2008年进一步达到2311亿美元`)
  if (PREPOSITIONS.has(s) || EMPTY_LABEL_WORDS.has(s) || frameAtEdge(s)?.text === s || YEAR_AT_START.exec(s)?.[0] === s) return '';
  if (perUnit !== null && s.length > 0) s = `${s}(${perUnit})`;
  if (s.length > MAX_LABEL_CHARS) s = s.slice(s.length - MAX_LABEL_CHARS);
  return s;
}

interface Parts {
  head: string;
  tail: string;
  /** the head is the previous number's (same clause, nothing of its own) */
  inherit: boolean;
  /** the conjunction before this number's own words, when it follows another number */
  conjunction: string | null;
  /** start of the clause this number's head opens at */
  clause: number;
}

const OPEN_PAREN = '(';

/** Spaces (a tab, an ideographic space) opening the text between two mentions, words after them. */
const FIELD_GAP = /^[ \t\u3000]+(?=[^ \t\u3000])/;

function splitBetween(between: string): { tail: string; head: string; conjunction: string | null; linking: boolean } {
  const link = LINKING.find((w) => between.endsWith(w));
  if (link) return { tail: between.slice(0, -link.length), head: between, conjunction: null, linking: true };
  // an aside in parentheses opens a clause of its own (`107.9万件(政治性有害出版物5.7万件)`)
  const paren = between.lastIndexOf(OPEN_PAREN);
  if (paren >= 0 && !between.includes(')', paren)) {
    return { tail: between.slice(0, paren), head: between.slice(paren + 1), conjunction: OPEN_PAREN, linking: false };
  }
  // a run of spaces right after the previous mention, then words: the next field of a row a dump flattened
  // (`进出口总额1200亿元 出口800亿元`): its words are this number's, none the previous one's
  const gap = FIELD_GAP.exec(between);
  if (gap) {
    const afterGap = between.slice(gap[0].length);
    // …unless a conjunction joins the next item to this one (`分别为120亿元 和 150亿元`): read as without the spaces
    if (CONJUNCTIONS.some((w) => afterGap.startsWith(w))) return splitBetween(afterGap.trimEnd());
    return { tail: '', head: afterGap, conjunction: null, linking: false };
  }
  // conjunctions in order of reliability (`及`, `与`, `共` are often inside words: 涉及, 参与, 共建)
  for (const conj of CONJUNCTIONS) {
    const at = between.lastIndexOf(conj);
    if (at < 0) continue;
    const head = between.slice(at + conj.length);
    // right after the first number (`、金额`), or before words of their own: a new item;
    // else two nouns joined inside one phrase (`62个国家和地区111种次`)
    if (at === 0 || head.length > FACET_MAX_CHARS) return { tail: between.slice(0, at), head, conjunction: conj, linking: false };
    break;
  }
  return { tail: between, head: '', conjunction: null, linking: false };
}

/**
 * The previous item's words up to the first list verb in them (`全年办结稽查作业` → `全年办结`), or
 * '': the first, as a later one may be part of the noun's modifiers.
 */
function sharedVerbPhrase(prevHead: string): string {
  let best = -1;
  let end = 0;
  for (const v of LIST_VERBS) {
    const at = prevHead.indexOf(v);
    if (at >= 0 && (best < 0 || at < best)) [best, end] = [at, at + v.length];
  }
  return prevHead.slice(0, end);
}

const SENTENCE_ENDS = charSet(SENTENCE_DELIMITERS);

/** Whether a sentence ends within [from, to). */
export function crossesSentence(text: string, from: number, to: number): boolean {
  return SENTENCE_ENDS.indexIn(text, from, to) >= 0;
}

/**
 * `(万元)：`, `（㎡）` or a bare `:` right before a number (`物价指数:101.5`): the end of a field label,
 * its unit not part of the label.
 */
const FIELD_LABEL_UNIT = new RegExp(`(?:${FIELD_LABEL_UNIT_SOURCE})?[:：][ \\t]*$|${FIELD_LABEL_UNIT_SOURCE}[ \\t]+$`);
const FIELD_LABEL_WINDOW = 24;

export function attachLabels(drafts: readonly Draft[], text: string): Draft[] {
  const out = mapPacked(drafts, copyDraft);
  // two passes, each its own function: a rare path first taken in one deoptimises and recompiles
  // that pass alone, not both with all they inline
  composeLabels(out, splitParts(out, text), text);
  return out;
}

/**
 * Where a clause that holds only the currency's name after a field's colon starts (`中标金额:人民币壹佰贰拾万元整`):
 * at the field's name, which is what the amount measures; else `start`.
 */
function currencyAfterField(text: string, start: number, headEnd: number, floor: number): number {
  if (start <= floor || !FIELD_COLONS.includes(text[start - 1]!)) return start;
  const words = text.slice(start, headEnd).trim();
  return UNIT_APPOSITIONS.some((w) => w === words) ? clauseStart(text, start - 1, floor) : start;
}

/** Pass 1: the text between neighbours split into tails and heads (null for a table cell). */
function splitParts(out: readonly Draft[], text: string): (Parts | null)[] {
  const parts: (Parts | null)[] = mapPacked(out, () => null);
  for (let i = 0; i < out.length; i++) {
    const d = out[i]!;
    if (d.source === 'table') continue;
    const prev = i > 0 ? out[i - 1]! : null;
    const prevParts = i > 0 ? parts[i - 1] : null;
    const floor = prev ? prev.extentEnd : 0;
    // a field label (`建筑面积(㎡):4500`, `物价指数:101.5`): the label is the words before the parenthesis or colon
    const field = FIELD_LABEL_UNIT.exec(text.slice(Math.max(floor, d.leadStart - FIELD_LABEL_WINDOW), d.leadStart));
    const headEnd = field ? d.leadStart - field[0].length : d.leadStart;
    const start = currencyAfterField(text, clauseStart(text, headEnd, floor), headEnd, floor);
    const p: Parts = { head: text.slice(start, headEnd), tail: '', inherit: false, conjunction: null, clause: start };
    if (prev && prevParts && start === floor && d.leadStart >= prev.extentEnd) {
      const split = splitBetween(text.slice(prev.extentEnd, d.leadStart));
      prevParts.tail = split.tail;
      if (split.linking) {
        p.clause = prevParts.clause;
        p.head = text.slice(prevParts.clause, d.leadStart);
      } else if (split.head.trim() === '') {
        p.inherit = true;
        p.head = prevParts.head;
        p.clause = prevParts.clause;
      } else {
        p.head = split.head;
        p.conjunction = split.conjunction;
      }
    } else if (prev && prevParts) {
      prevParts.tail = text.slice(prev.extentEnd, tailEnd(text, prev.extentEnd, d.leadStart));
    }
    parts[i] = p;
    const next = out[i + 1];
    // read for every draft, not only on the rare path that needs it (a text draft before a table
    // cell): a property never read before V8 optimises this function deoptimises it when first read
    const nextStart = next === undefined ? text.length : next.start;
    if (!next || next.source === 'table') p.tail = text.slice(d.extentEnd, tailEnd(text, d.extentEnd, nextStart));
  }
  return parts;
}

/** A method clause (CHANGE_METHOD_CLAUSES) closing a change's label, maybe after a comma. */
const TRAILING_METHOD_CLAUSE = new RegExp(`[,,(]?(?:${alternation(CHANGE_METHOD_CLAUSES)})[,,]?\\s*$`);

/** Pass 2: each draft's label composed from its parts and its neighbours' (set on the drafts, copies). */
function composeLabels(out: readonly Draft[], parts: readonly (Parts | null)[], text: string): void {
  let prevLabel: string | null = null;
  let prevHead = '';
  /** the previous number's head with the subject an ELIDED_SUBJECT_OPENERS head took, or null */
  let prevSubjectHead: string | null = null;
  let prevEnd = 0;
  for (let i = 0; i < out.length; i++) {
    const d = out[i]!;
    const p = parts[i];
    if (!p) {
      prevLabel = d.label;
      prevHead = '';
      prevSubjectHead = null;
      prevEnd = d.end;
      continue;
    }
    // a method clause right before a change's verb (`生产总值按可比价格计算增长5.6%`, `(按人民币计增长15%)`) is how the change
    // was counted, not what changed (before: `生产总值按可`, its 比 read as a comparison; `按`, 人民币计 trimmed)
    let tail = trimLabel(p.tail);
    const next = parts[i + 1];
    if (!tail && next && next.inherit) tail = trimLabel(next.tail);
    // what the number is counted per goes after the head in brackets only where nothing follows it (`补贴标准(每亩)`)
    let head = trimLabel(d.kind === 'change' ? p.head.replace(TRAILING_METHOD_CLAUSE, '') : p.head, tail === '');
    // the head a facet or a 其中 clause continues stays the list's own (`A1个、B2个、C3个`: C
    // continues A's head, not A+B)
    let ownHead = head;
    let subjectHead: string | null = null;
    if (INHERITING_OPENERS.some((w) => p.head.trim().startsWith(w)) && prevLabel) {
      // the opener alone adds no words (`其中10亿元以上项目`: trimLabel keeps a label that is only 其中); a
      // number that shares the clause's head after it (`…项目23个`) has the previous label, which took the context
      head = p.inherit ? prevLabel : prevLabel + (INHERITING_OPENERS.includes(head as (typeof INHERITING_OPENERS)[number]) ? '' : head);
      ownHead = prevHead;
    } else if (p.conjunction === FACET_JOINER && head.length > 0 && head.length <= FACET_MAX_CHARS && prevHead) {
      // another dimension: a facet of the previous item; the same one: the list's next item, its
      // noun after the verb the items share
      if (!sameDimension(out[i - 1]!.unit, d.unit)) head = prevHead + head;
      else if (!OWN_OR_LIST_VERBS.some((v) => head.startsWith(v))) head = sharedVerbPhrase(prevHead) + head;
      ownHead = prevHead;
    }
    if (p.inherit && prevSubjectHead !== null) {
      // the previous number's head, which already took its elided subject: not that subject again
      head = prevSubjectHead;
      subjectHead = head;
    } else if (ELIDED_SUBJECT_OPENERS.some((w) => head.startsWith(w)) && prevLabel && !crossesSentence(text, prevEnd, d.start) && !head.startsWith(prevLabel)) {
      head = prevLabel + head;
      subjectHead = head;
    }
    if (d.kind === 'change') head = trimLabel(head.replace(TRAILING_COMPARISON, ''));
    // with no words of its own before the number, the words after it name what is measured without the particle
    // that ties them to it (`年满60周岁的从业人员` → `从业人员`); after a head it joins the two (`…培训的比例`)
    if (head === '' && tail.length > TAIL_PARTICLE.length && tail.startsWith(TAIL_PARTICLE)) tail = tail.slice(TAIL_PARTICLE.length);
    let label = withoutUnpairedEdges(withoutEmptyPairs(head + tail));
    // a grade that is a hedge names what is counted only before a plain count (`一般8家`); before a bound it hedges it
    // (`一般不超过20个工作日`)
    if (d.qualifier !== 'exact' && (GRADE_HEDGES as readonly string[]).includes(label)) label = '';
    if (!label && prevLabel && !crossesSentence(text, prevEnd, d.start)) label = prevLabel;
    if ((FUNCTION_WORD_LABELS as readonly string[]).includes(label)) label = '';
    if (label.length > 1) label = label.replace(FINAL_PARTICLE, '');
    if (label.length > MAX_LABEL_CHARS) label = label.slice(label.length - MAX_LABEL_CHARS);
    d.label = label.length > 0 ? label : null;
    prevLabel = d.label;
    prevHead = ownHead;
    prevSubjectHead = subjectHead;
    prevEnd = d.end;
  }
}
