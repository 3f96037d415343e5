// Drops candidates that are not metrics although a numeral and a measure word stand together:
// ordinals, ranks, codes, numbers inside quoted names and titles, markers in brackets, the
// indefinite 一, grades, time frames, rate bases, fixed phrases, letter codes, bare ratios and versions.
// Each rule is a named predicate over one candidate and the text; the tables are in
// src/rules/zh/nonmetrics.ts.
import type { Candidate } from '../find-candidates.js';
import { charAt, charSet, codeAt, JS_WHITESPACE } from '../../../lib/char-set.js';
import { alternation } from '../../../lib/pattern.js';
import { wordMap } from '../../../lib/word-map.js';
import { NUMERAL_RUN_CHARS } from '../../../locale/zh/numerals.js';
import { tryParseChineseNumber } from '../../../locale/zh/parse-number.js';
import {
  CLAUSE_NUMBER,
  CODE_LETTER,
  CODE_WORDS,
  CODE_WORD_JOINERS,
  CODE_WORD_WINDOW,
  FIXED_PHRASES,
  INDEFINITE_NUMERALS,
  LEADING_ZERO,
  TARIFF_CODE,
  VERSION_AFTER,
  VERSION_WINDOW,
  LEXICAL_NUMERALS,
  MARKER_BRACKETS,
  MAX_QUOTED_NAME,
  NAME_QUOTES,
  QUOTED_SENTENCE_MARKS,
  TITLE_MARKS,
  ORDINAL_PREFIXES,
  RANK_PREFIX,
  RANK_SCOPES,
  RANK_UNITS,
  RANK_VERBS,
  RANK_VERBS_NEEDING_SCOPE,
  RATE_BASE_PREFIXES,
  RATIO_SEPARATORS,
  TIME_FRAME_PREFIXES,
  LEAD_TIME_WORDS,
  VAGUE_PREFIXES,
  ROUND_VAGUE_PREFIXES,
  ROUND_VAGUE_IDIOM,
  ROUND_NUMERAL,
  ROUND_NUMERAL_START,
  SESSION_BODIES,
  SESSION_NOUNS,
  SESSION_ORDINAL_UNITS,
  SESSION_TERM,
  STREAK_CHANGE_GAP,
  STREAK_PREFIX,
  RADIUS_NOUN_ENDING,
  RADIUS_NOUN_MAX,
  RADIUS_NOUN_STOP,
  RADIUS_UNITS,
  ROUND_THE_CLOCK_UNITS,
  ROUND_THE_CLOCK_WORDS,
  ROUND_THE_CLOCK_HOURS,
  FORMULA_OPERATORS,
  GROUP_NAME_MARK,
  GROUP_COUNT_REACH,
  SHOWN_IN,
} from '../../../rules/zh/nonmetrics.js';
import { NUMBER_LIST_JOINERS } from '../../../rules/zh/labels.js';
import { clauseStart } from './attach-labels.js';
import { CHANGE_VERBS } from '../../../rules/zh/changes.js';
import { COHORT_UNITS, COUNT_UNITS, EDITION_VERB_REACH, EDITION_VERBS, DAY_OF_MONTH, RATE_UNITS, DURATION_LABEL_GAP, DURATION_LABELS, DURATION_REACH_WORDS, GRADE_UNITS, LABEL_UNIT_INTROS, LAST_ITEM_JOINERS, LIST_CLOSE_WORDS, LIST_ITEM_MARK, LEVEL_LIMIT_WORDS, LIMIT_ONLY_UNITS, TIME_UNIT_SET } from '../../../rules/zh/units.js';
import { MAGNITUDES, isBareMagnitude } from '../../../locale/zh/numerals.js';
import { CAP_QUALIFIERS, DISTANT_QUALIFIERS, PREFIX_QUALIFIERS, RANGE_CONNECTORS } from '../../../rules/zh/qualifiers.js';

export type NonMetricRule = (c: Candidate, text: string) => boolean;

/** Book titles may be long; a quoted name is short. */
const MAX_TITLE = 80;
const LINE_BREAK = '\n';

/** Table words grouped by a character, so a rule tests only the few that can match at a place. */
function groupBy<K>(words: readonly string[], key: (w: string) => K): ReadonlyMap<K, readonly string[]> {
  const out = new Map<K, string[]>();
  for (const w of words) out.set(key(w), [...(out.get(key(w)) ?? []), w]);
  return out;
}
const CODE_JOINERS = charSet(CODE_WORD_JOINERS);
const CODE_WORDS_BY_LAST = groupBy(CODE_WORDS, (w) => w.charCodeAt(w.length - 1));
const NO_WORDS: readonly string[] = [];
/** Each phrase under each character it holds, with that character's offset in it (`八项规定`: 八 at 0, 项 at 1…). */
const FIXED_PHRASES_BY_CHAR: ReadonlyMap<number, readonly (readonly [string, number])[]> = (() => {
  const out = new Map<number, (readonly [string, number])[]>();
  for (const phrase of FIXED_PHRASES) {
    for (let k = 0; k < phrase.length; k++) out.set(phrase.charCodeAt(k), [...(out.get(phrase.charCodeAt(k)) ?? []), [phrase, k] as const]);
  }
  return out;
})();
const NO_PHRASES: readonly (readonly [string, number])[] = [];
const OPENINGS_OR_BREAK = charSet([...NAME_QUOTES.map(([open]) => open), LINE_BREAK]);
const QUOTE_REACH = Math.max(MAX_TITLE, MAX_QUOTED_NAME);

/** The first character of the mention proper (after a prefix qualifier). */
function numeralStart(c: Candidate): number {
  return c.proportion ? c.start + (c.prefix ? c.prefix.text.length : 0) : c.numeral.start;
}

const ordinalBefore = (text: string, at: number): boolean => ORDINAL_PREFIXES.some((p) => text.startsWith(p, at - p.length));
/** Characters of a range's lower bound: digits, the decimal point, a Chinese numeral run's. */
const BOUND_CHARS = charSet(`0123456789.${NUMERAL_RUN_CHARS}`);

/** How many items of an ordinal list may stand before a number (`第3、5、7位`). */
const ORDINAL_LIST_MAX = 8;

/**
 * Whether a range connector ends at `at` after a lower bound that itself follows an ordinal prefix
 * (`第1至`, `第1-`), or a list joiner after items of which the first follows one (`第3、5`, `第1和2`).
 */
function afterOrdinalItem(text: string, at: number): boolean {
  for (let k = 0; k < ORDINAL_LIST_MAX; k++) {
    const range = RANGE_CONNECTORS.find((w) => text.startsWith(w, at - w.length));
    const connector = range ?? NUMBER_LIST_JOINERS.find((w) => text.startsWith(w, at - w.length));
    if (connector === undefined) return false;
    const boundEnd = at - connector.length;
    let p = boundEnd;
    while (p > 0 && BOUND_CHARS.has(text.charCodeAt(p - 1))) p--;
    if (p === boundEnd) return false;
    if (ordinalBefore(text, p)) return true;
    // a range's lower bound is the first item; a list item may follow another
    if (range !== undefined) return false;
    at = p;
  }
  return false;
}

/**
 * `第11个`, `第六十条`; the upper bound of an ordinal range (`第1至3批`, `第1-3期`), a numeral of its own once
 * the range is dropped; and the later items of an ordinal list (`第3、5位`).
 */
export const ordinal: NonMetricRule = (c, text) => ordinalBefore(text, c.start) || afterOrdinalItem(text, c.start);

/** One more listed ordinal (`、五次`, `和 六 次`): a joiner, a numeral, the session unit; spaces allowed. */
const SESSION_ITEM = `[0-9${NUMERAL_RUN_CHARS}]+ ?(?:${alternation([...SESSION_ORDINAL_UNITS])})`;
const SESSION_NEXT_ITEM = new RegExp(`(?:${alternation(NUMBER_LIST_JOINERS)}) ?${SESSION_ITEM}`, 'y');
const SESSION_PREVIOUS_ITEM = new RegExp(`${SESSION_ITEM}(?:${alternation(NUMBER_LIST_JOINERS)}) ?$`);
/** How many listed ordinals the rule walks over either side. */
const SESSION_LIST_MAX = 4;

/** Whether a session word follows at `at`, maybe after more listed ordinals. */
function sessionWordAfter(text: string, at: number): boolean {
  for (let k = 0; k <= SESSION_LIST_MAX; k++) {
    if (SESSION_NOUNS.some((n) => text.startsWith(n, at))) return true;
    SESSION_NEXT_ITEM.lastIndex = at;
    const m = SESSION_NEXT_ITEM.exec(text);
    if (!m) return false;
    at += m[0].length;
  }
  return false;
}

/** Whether a term (`届`) or a body (`人大`) ends at `at`, maybe before more listed ordinals. */
function sessionHolderBefore(text: string, at: number): boolean {
  for (let k = 0; k <= SESSION_LIST_MAX; k++) {
    if (text.startsWith(SESSION_TERM, at - SESSION_TERM.length) || SESSION_BODIES.some((b) => text.startsWith(b, at - b.length))) return true;
    const m = SESSION_PREVIOUS_ITEM.exec(text.slice(Math.max(0, at - 12), at));
    if (!m) return false;
    at -= m[0].length;
  }
  return false;
}

/** `十届四次全会`, `人大二次会议`, `十届四次、五次全会`: a session ordinal (a term or a body before, a session word after). */
export const sessionOrdinal: NonMetricRule = (c, text) =>
  c.unit !== null &&
  SESSION_ORDINAL_UNITS.has(c.unit.text) &&
  c.suffix === null &&
  c.infix === null &&
  sessionWordAfter(text, c.end) &&
  sessionHolderBefore(text, c.start);

/** Whether a verb of ranking ends at `at`, or its scope does after one (`居全省`, `位居`, `排名全国`). */
function rankVerbBefore(text: string, at: number): boolean {
  for (const scope of ['', ...RANK_SCOPES]) {
    const end = at - scope.length;
    if (scope !== '' && !text.startsWith(scope, end)) continue;
    for (const verb of RANK_VERBS) if ((scope !== '' || !RANK_VERBS_NEEDING_SCOPE.has(verb)) && text.startsWith(verb, end - verb.length)) return true;
  }
  return false;
}

/** `前10名`, `居全省13位`: a rank. */
export const rank: NonMetricRule = (c, text) =>
  c.unit !== null && RANK_UNITS.has(c.unit.text) && (text.startsWith(RANK_PREFIX, c.start - RANK_PREFIX.length) || rankVerbBefore(text, c.start));

/** `代码:1234`, `电话0592-5551234`. */
export const code: NonMetricRule = (c, text) => {
  let p = c.start;
  const stop = Math.max(0, p - CODE_WORD_WINDOW);
  while (p > stop && CODE_JOINERS.has(text.charCodeAt(p - 1))) p--;
  // right after the word, a number with a count unit counts codes (`涉及商品编码4856个`); after `:` it is a code field (`企业代码:1234个`)
  if (p === c.start && c.unit !== null && COUNT_UNIT_SET.has(c.unit.text)) return false;
  for (const w of CODE_WORDS_BY_LAST.get(codeAt(text, p - 1)) ?? NO_WORDS) if (text.startsWith(w, p - w.length)) return true;
  return false;
};

/** A pair of marks as char codes, with the longest span it may enclose. */
interface MarkPair {
  open: number;
  close: number;
  max: number;
  /** quotes, not a book title's marks: a quotation holding a clause mark is a sentence (QUOTED_SENTENCE_MARKS) */
  quote: boolean;
}
const MARK_PAIRS: readonly MarkPair[] = NAME_QUOTES.map(([open, close]) => ({
  open: open.charCodeAt(0),
  close: close.charCodeAt(0),
  max: open === '《' ? MAX_TITLE : MAX_QUOTED_NAME,
  quote: !TITLE_MARKS.has(open),
}));

/** Whether the marks at `from` and `to` enclose a name: a book title, or a quotation with no clause mark inside. */
const enclosesName = (text: string, from: number, to: number, pair: MarkPair): boolean => !pair.quote || !QUOTED_SENTENCE_MARKS.test(text.slice(from + 1, to));
const LINE_BREAK_CODE = LINE_BREAK.charCodeAt(0);

/** Whether `[at, end)` lies inside a pair of marks no longer than `max` on one line. */
function inside(text: string, at: number, end: number, pair: MarkPair): boolean {
  const { open, close, max } = pair;
  if (open === close) {
    // same mark both sides: inside when an odd number of them stand before on the line
    let lineStart = at;
    while (lineStart > Math.max(0, at - max) && text.charCodeAt(lineStart - 1) !== LINE_BREAK_CODE) lineStart--;
    let count = 0;
    let last = -1;
    for (let i = lineStart; i < at; i++) {
      if (text.charCodeAt(i) === open) {
        count++;
        last = i;
      }
    }
    if (count % 2 === 0) return false;
    for (let j = end; j < Math.min(text.length, at + max); j++) {
      const cj = text.charCodeAt(j);
      if (cj === close) return enclosesName(text, last, j, pair);
      if (cj === LINE_BREAK_CODE) return false;
    }
    return false;
  }
  for (let i = at - 1; i >= Math.max(0, at - max); i--) {
    const ch = text.charCodeAt(i);
    if (ch === close || ch === LINE_BREAK_CODE) return false;
    if (ch === open) {
      for (let j = end; j < Math.min(text.length, i + max); j++) {
        const cj = text.charCodeAt(j);
        if (cj === close) return enclosesName(text, i, j, pair);
        if (cj === open || cj === LINE_BREAK_CODE) return false;
      }
      return false;
    }
  }
  return false;
}

/** `“十四五”`, `“六项纪律”`, `“国门利剑2024”`, `《…(2005)》`. */
export const quotedName: NonMetricRule = (c, text) => {
  const seen = openingsBefore(text, c.start);
  return seen !== 0 && MARK_PAIRS.some((pair, i) => (seen & (1 << i)) !== 0 && inside(text, c.start, c.end, pair));
};

/** Which opening marks (bit i: MARK_PAIRS[i]) stand before `at` on its line within reach: most numerals have none. */
function openingsBefore(text: string, at: number): number {
  let seen = 0;
  const stop = Math.max(0, at - QUOTE_REACH);
  for (let i = OPENINGS_OR_BREAK.lastIndexIn(text, at - 1, stop); i >= 0; i = OPENINGS_OR_BREAK.lastIndexIn(text, i - 1, stop)) {
    const code = text.charCodeAt(i);
    if (code === LINE_BREAK_CODE) break;
    for (let k = 0; k < MARK_PAIRS.length; k++) if (MARK_PAIRS[k]!.open === code) seen |= 1 << k;
  }
  return seen;
}

/** `[7]`, `〔2019〕`, `【3】`: the numeral alone in brackets. */
const MARKER_BRACKET_CODES = MARKER_BRACKETS.map(([open, close]) => [open.charCodeAt(0), close.charCodeAt(0)] as const);
export const bracketMarker: NonMetricRule = (c, text) => {
  const before = codeAt(text, c.start - 1);
  const after = codeAt(text, c.numeral.end);
  for (const [open, close] of MARKER_BRACKET_CODES) if (before === open && after === close) return true;
  return false;
};

/**
 * `一项`, `一批`, `一支`: the indefinite article, not a count. Before a rate's unit 一 is a number
 * (`增长一倍`, `处一倍以上五倍以下罚款`, `下降一个百分点`, `一成`; RATE_UNITS): no article takes them. Nor does a
 * unit with 多/余 inside it (`持续一个多月`: SPLIT_COMPOUND_HEAD, `fixtures/extract/split-compound-units`).
 * `fixtures/extract/one-rate`
 */
export const indefinite: NonMetricRule = (c) =>
  c.kind !== 'approxPair' &&
  !c.proportion &&
  INDEFINITE_NUMERALS.has(c.numeral.text) &&
  !(c.unit !== null && RATE_UNIT_SET.has(c.unit.text)) &&
  !(c.infix !== null && c.unit !== null && c.infix.start > c.unit.start) &&
  !boundedOne(c);

/**
 * A floor or a cap over 一 makes it a count (`至少有一个子女未成年`, `参保不满一年的`, `不超过一个月`, `至少配备一名`): a
 * prefix or distant qualifier that bounds (LIMITS), never one of approximation (`近一个月来`, `约一个小时`: an article
 * still). `fixtures/extract/bounded-one`
 */
function boundedOne(c: Candidate): boolean {
  const prefix = c.prefix && PREFIX_QUALIFIER.get(c.prefix.text);
  const distant = c.distant && DISTANT_QUALIFIER.get(c.distant.text);
  return (prefix !== undefined && prefix !== null && LIMITS.has(prefix)) || (distant !== undefined && distant !== null && LIMITS.has(distant));
}

/** `零部件`, `零件`: a lone 零 is part of a word. */
export const lexicalZero: NonMetricRule = (c) => !c.proportion && LEXICAL_NUMERALS.has(c.numeral.text);

/**
 * `二类动物疫病`: a Chinese numeral before a grade word names a class; after a list's closing 等 it counts
 * the kinds listed when the list holds that many (`知识竞答、微展览、视频微课等三类作品`), not when it gives
 * examples of one class (`沿边等二类口岸`, `甲、乙、丙等二类地区`).
 */
export const grade: NonMetricRule = (c, text) => c.chinese && !c.proportion && c.unit !== null && GRADE_UNITS.has(c.unit.text) && !countsListedKinds(c, text);

/** How far back from its closing word a list's items are counted. */
const LISTED_KINDS_REACH = 60;

/**
 * Whether the numeral right after a list's closing word (LIST_CLOSE_WORDS) is the count of the list's items in
 * its clause: items parted by 、, the last maybe joined by 和 or 与 (`食品、化妆品和药品等三类`); with no 、, two
 * joined by 和 or 与 (`企业和学校等两类`). Only between items: the 及 of 涉及 and the 和 of 共和国 (where 、 parts the
 * items) are no joiners.
 */
function countsListedKinds(c: Candidate, text: string): boolean {
  const close = LIST_CLOSE_WORDS.find((w) => text.startsWith(w, c.start - w.length));
  if (close === undefined) return false;
  const end = c.start - close.length;
  const list = text.slice(clauseStart(text, end, Math.max(0, end - LISTED_KINDS_REACH)), end);
  const commas = list.split(LIST_ITEM_MARK).length - 1;
  const last = list.slice(list.lastIndexOf(LIST_ITEM_MARK) + 1);
  const items = commas > 0 ? commas + 1 + (LAST_ITEM_JOINERS.some((j) => last.includes(j)) ? 1 : 0) : LAST_ITEM_JOINERS.some((j) => list.includes(j)) ? 2 : 1;
  return items >= 2 && tryParseChineseNumber(c.numeral.text) === items;
}

/**
 * `2023届毕业生`, `23届毕业生`, `14届全国人大`, `第31届、32届`: a cohort word after digits names a class, a term
 * or an edition: a year in four digits always (CALENDAR_YEAR, below); other digits count editions only after a
 * verb of holding them in the number's clause, a few characters before it (`已举办5届`, `连续3届`: EDITION_VERBS),
 * and not in a list of ordinals (a 第 before it in the clause).
 */
export const cohort: NonMetricRule = (c, text) => {
  if (c.chinese || c.unit === null || !COHORT_UNITS.has(c.unit.text)) return false;
  if (CALENDAR_YEAR.test(c.numeral.text)) return true;
  const at = numeralStart(c);
  const before = text.slice(clauseStart(text, at, Math.max(0, at - EDITION_VERB_REACH)), at);
  return before.includes('第') || !EDITION_VERBS.some((v) => before.includes(v));
};

const STREAK_CHANGE_RE = new RegExp(`[\\u4e00-\\u9fff]{0,${STREAK_CHANGE_GAP}}?${alternation(Object.keys(CHANGE_VERBS))}`, 'y');

/** `连续3年增长`, `连续五年提高`: a streak of change counts its years (or months). */
function streakOfChange(c: Candidate, text: string): boolean {
  if (!text.startsWith(STREAK_PREFIX, c.start - STREAK_PREFIX.length)) return false;
  STREAK_CHANGE_RE.lastIndex = c.end;
  return STREAK_CHANGE_RE.test(text);
}

/** `连续3个月`, `时隔2天`, `前10个月`: a time frame (a limit such as `届满前30日内` is none). */
export const timeFrame: NonMetricRule = (c, text) =>
  c.unit !== null &&
  TIME_UNIT_SET.has(c.unit.text) &&
  c.suffix === null &&
  TIME_FRAME_PREFIXES.some((p) => text.startsWith(p, c.start - p.length)) &&
  !LEAD_TIME_WORDS.some((w) => text.startsWith(w, c.start - w.length)) &&
  !streakOfChange(c, text);

/** `每千人`, `部/百人`, `每百元`: the base of a rate (a number with its measure word right after 每 or /). */
export const rateBase: NonMetricRule = (c, text) =>
  c.unit !== null && RATE_BASE_PREFIXES.some(({ prefix, chineseOnly }) => (c.chinese || !chineseOnly) && text.startsWith(prefix, c.start - prefix.length));

const LIMITS = new Set(['atLeast', 'atMost']);
/** The tables unlimitedDuration reads, as Maps (wordMap): it runs first, for every candidate. */
const LIMIT_WORDS = wordMap(LIMIT_ONLY_UNITS);
const PREFIX_QUALIFIER = wordMap(PREFIX_QUALIFIERS);
const DISTANT_QUALIFIER = wordMap({ ...DISTANT_QUALIFIERS, ...CAP_QUALIFIERS });

/** What may stand between a duration label and the mention: 为/是, a colon, white space (`\s`). */
const DURATION_GAP_CHARS = `为是:${JS_WHITESPACE}`;
/** The duration label (DURATION_LABELS) a mention follows, then at most DURATION_LABEL_GAP characters of 为/是/:/spaces. */
const DURATION_LABEL_BEFORE = new RegExp(`(?:${alternation(DURATION_LABELS)})[${DURATION_GAP_CHARS}]{0,${DURATION_LABEL_GAP}}$`);
/** The characters DURATION_LABEL_BEFORE's match ends with: a mention after any other has no label (and the regex is not run). */
const DURATION_LABEL_LAST = charSet(new Set([...DURATION_LABELS.map((l) => l[l.length - 1]!), ...DURATION_GAP_CHARS]));

const DURATION_LABEL_REACH = Math.max(...DURATION_LABELS.map((l) => l.length)) + DURATION_LABEL_GAP;
const LEVEL_LIMITS: ReadonlySet<string> = new Set(LEVEL_LIMIT_WORDS);
/** The unit of a count of years, and such a count's numeral: one or two digits (or Chinese numerals). */
const YEAR_UNIT = '年';
/** 年 going on into 年级 (a school grade): no count of years. */
const GRADE_AFTER_YEAR = '级';
const SHORT_COUNT = /^(?:\d{1,2}|[一二两三四五六七八九十]{1,3})$/;
/** Another short count of years joined to this one by a range connector, after it or before it (`2年至3年`). */
const YEAR_COUNT_SOURCE = '(?:\\d{1,2}|[一二两三四五六七八九十]{1,3})年';
const CONNECTOR_SOURCE = `\\s*(?:${alternation([...RANGE_CONNECTORS])})\\s*`;
const YEAR_COUNT_AFTER = new RegExp(`${CONNECTOR_SOURCE}${YEAR_COUNT_SOURCE}`, 'y');
const YEAR_COUNT_BEFORE = new RegExp(`(?<![\\d一二两三四五六七八九十])${YEAR_COUNT_SOURCE}${CONNECTOR_SOURCE}$`);
function yearCountPair(c: Candidate, text: string): boolean {
  YEAR_COUNT_AFTER.lastIndex = c.end;
  return YEAR_COUNT_AFTER.test(text) || YEAR_COUNT_BEFORE.test(text.slice(Math.max(0, c.start - 8), c.start));
}
/** A year of the calendar, not a count of years: four digits, or a month after it (`期限为2024年12月31日`). */
const CALENDAR_YEAR = /^\d{4}$/;
const MONTH_AFTER = /[\d一二三四五六七八九十]{1,2}月/y;

/** `设计使用年限100年`, `有效期为3年`: a span of time the text states under its label. */
function labelledDuration(c: Candidate, text: string): boolean {
  if (!DURATION_LABEL_LAST.has(codeAt(text, c.start - 1))) return false;
  if (!DURATION_LABEL_BEFORE.test(text.slice(Math.max(0, c.start - DURATION_LABEL_REACH), c.start))) return false;
  MONTH_AFTER.lastIndex = c.end;
  return !CALENDAR_YEAR.test(c.numeral.text) && !MONTH_AFTER.test(text);
}

/**
 * `2024年`, `1月1日`, `1年内`: a year or day count is a quantity only as a limit (`不超过3年`, `30日内`),
 * a streak of change or a labelled duration (`设计使用年限100年`); a day of its month (`3月24日内`) never.
 */
export const unlimitedDuration: NonMetricRule = (c, text) => {
  if (c.unit === null) return false;
  const limitWords = LIMIT_WORDS.get(c.unit.text);
  if (limitWords === undefined) return false;
  // a day of its month (`至3月24日内`) is a date before any limit word (fixtures/extract/day-of-month-deadline)
  if (c.unit.text === DAY_OF_MONTH.unit && text.startsWith(DAY_OF_MONTH.month, c.numeral.start - 1)) return true;
  // the cheap tests first: a limit before or after the mention
  const prefix = c.prefix ? PREFIX_QUALIFIER.get(c.prefix.text) : c.distant ? DISTANT_QUALIFIER.get(c.distant.text) : undefined;
  // a level compared with (`不高于2019年`) is a year, whatever its limit word
  if (prefix && LIMITS.has(prefix)) return c.prefix !== null && LEVEL_LIMITS.has(c.prefix.text) && CALENDAR_YEAR.test(c.numeral.text);
  if (c.suffix && limitWords.includes(c.suffix.text)) return false;
  // a span of years as a range of counts (`投资周期为7—8年`, `2—3年退出期`): no calendar year has one or two digits
  // (`2023—2025年` stays a span of the calendar)
  // (`1-3年级` is a span of school grades: 年 goes on into 年级)
  if (c.kind === 'range' && c.unit.text === YEAR_UNIT && !CALENDAR_YEAR.test(c.numeral.text) && SHORT_COUNT.test(c.numeral.text) && SHORT_COUNT.test(c.upper.text) && text[c.end] !== GRADE_AFTER_YEAR) return false;
  // …and so with the unit written on both ends (`用2年至3年`): each end stays, for joinBounds to make one range
  if (c.kind === 'quantity' && c.unit.text === YEAR_UNIT && c.prefix === null && c.suffix === null && SHORT_COUNT.test(c.numeral.text) && yearCountPair(c, text)) return false;
  // a count reached (`缴费满15年`): a threshold, though no limit word follows
  if (c.prefix === null && DURATION_REACH_WORDS.some((w) => text.startsWith(w, c.start - w.length)) && !CALENDAR_YEAR.test(c.numeral.text)) return false;
  return !streakOfChange(c, text) && !labelledDuration(c, text);
};

/** `数十个`, `几百家`: a vague Chinese numeral. */
export const vague: NonMetricRule = (c, text) =>
  c.chinese &&
  ((ROUND_NUMERAL.test(c.numeral.text) && VAGUE_PREFIXES.some((p) => text.startsWith(p, c.numeral.start - p.length))) ||
    (ROUND_NUMERAL_START.test(c.numeral.text) && ROUND_VAGUE_PREFIXES.some((p) => roundVaguePrefix(p, text, c.numeral.start))));

/** Whether `p` stands before the round number at `at` as its vague word (ROUND_VAGUE_PREFIXES). */
function roundVaguePrefix(p: (typeof ROUND_VAGUE_PREFIXES)[number], text: string, at: number): boolean {
  const from = at - p.prefix.length;
  if (!text.startsWith(p.prefix, from)) return false;
  return !p.closing.some((w) => text.startsWith(w, at - w.length)) || ROUND_VAGUE_IDIOM.test(text.slice(at, at + 3));
}

/** `八项规定`, `正反两方面`: the numeral is part of a fixed phrase. */
export const fixedPhrase: NonMetricRule = (c, text) => {
  // a phrase covers the numeral's first character when it holds that character at some offset k
  // and stands written from k characters before it: only the phrases holding that character are tried
  const s = numeralStart(c);
  for (const [phrase, k] of FIXED_PHRASES_BY_CHAR.get(text.charCodeAt(s)) ?? NO_PHRASES) {
    if (s - k >= 0 && text.startsWith(phrase, s - k)) return true;
  }
  return false;
};

/**
 * `H2018`, `HB2004`, `B2B`: letters touch the numeral. A code's digits are digits: a Chinese numeral after a letter
 * counts what a list of letters names (`划定为A、B、C三个裁量档`, `甲、乙、C两类`). `fixtures/extract/letters-before-chinese-count`
 */
export const letterCode: NonMetricRule = (c, text) =>
  // (a currency code glued to the digits is the amount's, `EUR2.5万`: the letters before the mention count, not its own)
  (!c.chinese && CODE_LETTER.test(charAt(text, Math.min(c.start, c.numeral.start) - 1))) ||
  (CODE_LETTER.test(charAt(text, c.numeral.end)) && !(c.unit && c.unit.start === c.numeral.end));

/** `2.1:40.5:57.4`, `08:48`: a ratio or a clock time. */
const RATIO_SEPARATOR_SET = charSet(RATIO_SEPARATORS);
const DIGITS = charSet('0123456789');
export const ratio: NonMetricRule = (c, text) =>
  (RATIO_SEPARATOR_SET.has(codeAt(text, c.numeral.end)) && DIGITS.has(codeAt(text, c.numeral.end + 1))) ||
  (RATIO_SEPARATOR_SET.has(codeAt(text, c.numeral.start - 1)) && DIGITS.has(codeAt(text, c.numeral.start - 2)));

/** `0302.1100至0302.9900`, `0574`: a numeral shaped like a code, either end of a range. */
export const codeShaped: NonMetricRule = (c) => {
  const numerals = c.kind === 'range' ? [c.numeral.text, c.upper.text] : [c.numeral.text];
  return numerals.some((n) => LEADING_ZERO.test(n) || (c.unit === null && TARIFF_CODE.test(n)));
};

const COUNT_UNIT_SET: ReadonlySet<string> = new Set(COUNT_UNITS);
const RATE_UNIT_SET: ReadonlySet<string> = new Set(RATE_UNITS);
const WORD_CHAR = /[\u4e00-\u9fff]/;

/** Only spaces or bullets stand between the line's start and `at`. */
function opensLine(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf(LINE_BREAK, at - 1) + 1;
  return /^[\s•·*]*$/.test(text.slice(lineStart, at));
}

/** `3.1本次资格预审…`: a dotted clause number opening its line, its measure word running on into a word. */
export const clauseNumber: NonMetricRule = (c, text) =>
  c.unit !== null &&
  COUNT_UNIT_SET.has(c.unit.text) &&
  CLAUSE_NUMBER.test(c.numeral.text) &&
  WORD_CHAR.test(charAt(text, c.unit.end)) &&
  opensLine(text, c.start);

/** `影响7.3至7.8 SP1版`, `升级到2.0版本`: a version or a range of versions with no unit, not an amount. */
export const version: NonMetricRule = (c, text) => {
  if (c.unit !== null) return false;
  const end = c.kind === 'range' ? c.upper.end : c.numeral.end;
  return VERSION_AFTER.test(text.slice(end, end + VERSION_WINDOW));
};

/** `15分钟社区生活圈`: a duration naming a service radius. */
const RADIUS_NAME_AFTER = new RegExp(`[^\\P{Script=Han}${RADIUS_NOUN_STOP}]{0,${RADIUS_NOUN_MAX}}${RADIUS_NOUN_ENDING}`, 'uy');
export const radiusName: NonMetricRule = (c, text) => {
  if (c.unit === null || !RADIUS_UNITS.has(c.unit.text)) return false;
  RADIUS_NAME_AFTER.lastIndex = c.unit.end;
  return RADIUS_NAME_AFTER.test(text);
};

/** `二十四小时开放`, `24小时通关`: the hours name a round-the-clock service (ROUND_THE_CLOCK_WORDS). */
export const roundTheClock: NonMetricRule = (c, text) =>
  c.unit !== null &&
  c.suffix === null &&
  ROUND_THE_CLOCK_UNITS.has(c.unit.text) &&
  ROUND_THE_CLOCK_WORDS.some((w) => text.startsWith(w, c.end)) &&
  tryParseChineseNumber(c.numeral.text) === ROUND_THE_CLOCK_HOURS;

const FORMULA_OPERATOR = charSet(FORMULA_OPERATORS);
/** `…〕×100%`: a factor of a formula (FORMULA_OPERATORS right before the number), no metric. */
export const formulaFactor: NonMetricRule = (c, text) => c.start > 0 && FORMULA_OPERATOR.has(text.charCodeAt(c.start - 1));

/** Magnitude words alone (`千`, `百万`, `十亿`): a numeral of one of these alone names a unit's scale, not a number. */
const BARE_MAGNITUDES: ReadonlySet<string> = new Set(MAGNITUDES);
/** A unit note's label and its colon right before the mention (`单位:`, `金额单位:`, `(单位:`), spaces allowed; `本单位千余人` is none. */
const UNIT_NOTE_BEFORE = new RegExp(`(?:${alternation(LABEL_UNIT_INTROS.filter((w) => /[:：]$/.test(w)))})[ \\t]*$`);
const UNIT_NOTE_REACH = 6;

/** `单位:千元`, `金额单位:百万美元`, `计量单位:千克`: a table's unit note, its magnitude alone no number. */
export const unitNote: NonMetricRule = (c, text) =>
  c.chinese && BARE_MAGNITUDES.has(c.numeral.text) && UNIT_NOTE_BEFORE.test(text.slice(Math.max(0, c.start - UNIT_NOTE_REACH), c.start));

/**
 * `营业收入超亿元的工业企业`, `超亿元项目`, `不足万元的小额贷款`: a bare magnitude bounded by a limit word (超, 逾,
 * 不足 …) with a word right after it names a group by its threshold, no amount; the threshold stays in the label of
 * the group's count. A count names a group only through 的 (`从业人员超万人的企业`) or with the group's own count
 * after its name (`吸纳就业超万人园区4个`): before its noun alone it counts it (`超万家企业享受减税`, `吸引逾万人参加`).
 * Ending its clause it is an amount (`吸纳就业逾万人。`), and so is an approximation (`近万家企业`).
 * `fixtures/extract/bare-magnitude-bounds`
 */
export const boundInGroupName: NonMetricRule = (c, text) =>
  c.chinese &&
  c.prefix !== null &&
  isBareMagnitude(c.numeral.text) &&
  LIMITS.has(PREFIX_QUALIFIER.get(c.prefix.text) ?? '') &&
  WORD_CHAR.test(charAt(text, c.end)) &&
  (c.unit === null || !COUNT_UNIT_SET.has(c.unit.text) || text.startsWith(GROUP_NAME_MARK, c.end) || groupCountFollows(text, c.end));

/** Words then a count in figures within GROUP_COUNT_REACH characters (`超万人园区4个`): the group's count, so the bound names the group. */
function groupCountFollows(text: string, from: number): boolean {
  for (let i = from, stop = Math.min(text.length, from + GROUP_COUNT_REACH); i < stop; i++) {
    if (DIGITS.has(text.charCodeAt(i))) return true;
    if (!WORD_CHAR.test(text[i]!)) return false;
  }
  return false;
}

/** `如表1所示`, `见图2所示`: a table's or figure's number before 所示, no count of institutions (SHOWN_IN). */
export const shownIn: NonMetricRule = (c, text) =>
  c.unit !== null && c.unit.text === SHOWN_IN.unit && text.startsWith(SHOWN_IN.after, c.end) && SHOWN_IN.before.some((w) => text.startsWith(w, c.numeral.start - w.length));

/** The rules in the order they are tried; the first that holds names the reason. */
export const NON_METRIC_RULES: Readonly<Record<string, NonMetricRule>> = {
  unlimitedDuration,
  ordinal,
  sessionOrdinal,
  rank,
  code,
  codeShaped,
  clauseNumber,
  quotedName,
  bracketMarker,
  indefinite,
  lexicalZero,
  grade,
  cohort,
  timeFrame,
  rateBase,
  vague,
  fixedPhrase,
  letterCode,
  ratio,
  version,
  radiusName,
  unitNote,
  boundInGroupName,
  roundTheClock,
  formulaFactor,
  shownIn,
};

/** Why a candidate is not a metric, or null when it is one. */
const RULE_ENTRIES = Object.entries(NON_METRIC_RULES);

export function nonMetricReason(c: Candidate, text: string): string | null {
  for (const [name, rule] of RULE_ENTRIES) if (rule(c, text)) return name;
  return null;
}

export function dropNonMetrics(candidates: readonly Candidate[], text: string): Candidate[] {
  return candidates.filter((c) => nonMetricReason(c, text) === null);
}
