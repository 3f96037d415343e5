// Period words: what time a value refers to (spec/metrics.md `period`). A year is normalised
// (`到2025年` → `2025`, `2020—2025年` → `2020-2025`); `全年` is the document's period where the
// document states one; recurring and relative frames stay as written (`每年`, `年均`, `5年内`), and
// so do parts of a year (`1—11月`, `前三季度`, `2024年上半年`).

import { COUNTING_DIGIT_CHARS } from '../../locale/zh/numerals.js';
import { COMPARISON_MARKERS } from './changes.js';
import { CALENDAR_YEAR } from './years.js';

/** 一…九, 两 and 十, from the numeral table: what a short count of years or months is written with. */
const SHORT_COUNT = `${COUNTING_DIGIT_CHARS}两十`;

/** The whole year the document reports on. */
export const WHOLE_YEAR = '全年';

/** Frames kept as written, found in the clause before the number (nearest wins). */
export const RECURRING_FRAMES = new RegExp(
  `每\\d{1,2}至\\d{1,2}年|每[${SHORT_COUNT}\\d]{1,2}年|每年|年均|每月|每季度|每周|[\\d${SHORT_COUNT}]{1,2}年内|[\\d${SHORT_COUNT}]{1,2}个月内`,
  'g',
);
/** The longest text RECURRING_FRAMES matches (`每12至15年`): a frame ending a text starts within this many characters of its end. */
export const MAX_RECURRING_FRAME_CHARS = 7;

/** The words of a point in time a figure stands at (`截至2023年末`, `截止6月末`). */
export const AS_OF_WORDS = ['截至', '截止到', '截止'] as const;
/** The words before a year a figure is a target or a stock for (`到2025年`, `至2030年`, `截至2023年底`). */
export const TARGET_WORDS = ['到', '至', ...AS_OF_WORDS] as const;
/** Words that lead to a date (a start, an end, a stock): a date after them belongs to them (`…的公告 自 2031-05-01`). */
export const DATE_LEADING_WORDS = [...TARGET_WORDS, '自', '从', '于', '起'] as const;

/**
 * A year or span of years that frames a sentence (`到2010年,`, `2023年,`, `2020—2025年`).
 * Group 1: first year; group 2: last year of a span.
 */
export const YEAR_FRAME = new RegExp(`(?:${[...TARGET_WORDS].join('|')})?(${CALENDAR_YEAR})(?:[—–\\-~至到](${CALENDAR_YEAR}))?年(?:底|末|前|内)?`, 'g');

/** A month, in figures or in numerals (`11`, `十一`). */
const MONTH = `(?:1[0-2]|0?[1-9]|十[一二]?|[${COUNTING_DIGIT_CHARS}])`;
/** A quarter's number. */
const QUARTER = `[一二三四1-4]`;

/** A dash or word between the ends of a span (`1—6月`, `一至三季度`), spaced or not. */
const SPAN_DASH = `\\s*[—–\\-~至到]\\s*`;

/**
 * A part of a year, as a regex source (`1—11月`, `前三季度`, `一季度`, `一至二季度`, `上半年`,
 * `前11个月`, `11月份`, `6月末`, `3月中旬`): what a sentence frame and a table's period row
 * label are written with.
 */
export const PART_OF_YEAR = `(?:(?<![提之此以事目日])前${QUARTER}季度|(?:第?${QUARTER}|${QUARTER}${SPAN_DASH}${QUARTER})季度|[上下]半年|(?<![提之此以事目日])前(?:${MONTH}|两)个月|${MONTH}(?:月?${SPAN_DASH}${MONTH})?月(?![\\d${COUNTING_DIGIT_CHARS}十〇零日号])(?:份|底前|底|末|初|上旬|中旬|下旬|以来)?)`;

/**
 * A part of a year that frames a sentence, kept as written, with the year when it is stated with it
 * (`2024年1-6月`). A month followed by a day is a date, not a frame (`11月5日`, `一月一日`).
 */
export const SUB_YEAR_FRAME = new RegExp(`(?:${CALENDAR_YEAR}年)?${PART_OF_YEAR}`, 'g');

/** Every part of a year PART_OF_YEAR reads holds one of these: a text without them holds none (a cheap test first). */
export const PART_OF_YEAR_WORDS = ['月', '季', '半年'] as const;
/**
 * How many characters after a reach a frame may end (`2024年十一月至十二月下旬` is 15): a frame starting within
 * a reach is looked for in that many more (a span spaced out beyond it, `1   -   6月`, is not read).
 */
export const MAX_SUB_YEAR_FRAME_CHARS = 20;

/** A part of a year right after one of these is the base of a comparison, not a frame (`增速比上半年提高`, `高于一季度`, `同上半年相比`). */
export const COMPARED_BEFORE = `${COMPARISON_MARKERS.join('')}于同`;
/** Years named relative to the document's before a part of a year (`去年前三季度`): the part is that year's, kept with it. */
export const PAST_YEAR_WORDS = ['去年', '上年', '前年'] as const;
/** A part of a year followed by one of these is one of a list of periods (`一季度、上半年、前三季度…分别`): no frame. */
export const PERIOD_LIST_JOINERS = '、和及与';
/** A title of a notice or a rule: the part of a year it names is when it acts, not what figures cover. */
export const UNTITLED_FRAME_TITLE = /^关于|(?:通知|通告|公告|意见|办法|规定|方案|新规.{0,4}施行)$/;
/**
 * After a frame these make it a start (`12月起…`, `6月以来…` in a title, `2013年以来新增的…` opening a clause), not the
 * span the figures cover.
 */
export const FRAME_START_WORDS = ['起', '以来', '开始'] as const;

/** After a year these make it a bound of a noun's time (`2022年以前设立的企业`, `2023年底前投产的项目`), not a clause's frame. */
export const YEAR_BOUND_AFTER = ['以前', '以后', '前', '后', '内'] as const;

/** A part of a year within this many characters of a clause's start frames that clause (`第一季度销售25.88万m2,第二季度销售32.92万m2`). */
export const CLAUSE_FRAME_REACH = 4;

/** Characters that end the sentence a sentence-level frame applies to. */
export const SENTENCE_DELIMITERS = '。!?!?\n';

/** Marks that open a part of a sentence, which may open with a part of a year of its own (`10月份,…;1-10月平均,…`). */
export const SEMICOLONS = ';;';

/** A year frame within this many characters of the sentence start frames the whole sentence. */
export const SENTENCE_FRAME_REACH = 8;

/**
 * A clause naming where the figures come from, opening a sentence before its frame (`据某海关统计,今年前4个月,…`,
 * `据初步核算,2024年…`, `经测算,…`): the frame is read after it, as if the sentence opened there.
 */
export const ATTRIBUTION_OPENING = /^(?:据|经)[^,;。\n]{0,16}?(?:统计|测算|核算|监测|调查|快报|数据显示|显示)[,:]\s*/;
export const ATTRIBUTION_OPENERS = '据经';
