// Lines split by markup in text dumps: scrapers that write each inline element of a page on a line
// of its own leave `32.78` / `亿元,较去年同期比降`, `九、` / `居民收` / `入` / `。`. These are the
// shapes that say a line break is no break of the page (src/stages/rejoin-lines.ts reads them).
// Patterns are tested against trimmed, normalised lines (fullwidth ,:;()% already ASCII).
import { MAGNITUDE_CHARS, UNIT_POWERS } from '../../locale/zh/numerals.js';
import { UNITS } from './units.js';

/** Marks that never open a line of prose: a line starting with one continues the line above (`,较去年…`, `。`, `)`, `%`, `/ M`). */
export const NO_LINE_START = /^[,。、;:)》」』】〕”’%‰!?/]/;

/** Marks that never end a line of prose: the line after continues it (`(` / `见图1)`, `80.26万元/` / `亩)`). */
export const OPENER_END = /[(《「『【〔“‘/]$/;

/** A clause mark ending a line: the sentence goes on on the next line (`五、土地出让市场升温,` / `设区市本级…`). */
export const CLAUSE_END = /[,、]$/;

/** A bracketed note that closes on its own line (`(此件主动公开)`) stands apart. */
export const WHOLE_BRACKETED = /^[(《「『【“‘].*[)》」』】”’]$/;

/** A date split into its pieces (`2020` / `年` / `12` / `月` / `25` / `日`): under a line of its own, a signature's date. */
export const FULL_DATE = /^(?:19|20)\d{2}年\d{1,2}月\d{1,2}日$/;
/** The pieces of a split date are read up to this many lines. */
export const MAX_DATE_PIECES = 6;

/**
 * A date in figures alone on a line (`2031-03-04`, `2031/3/4`, `2031.03.04`): above the article, a
 * page's date (in brackets, or before the page's widgets, anywhere). Under a notice it may be the
 * signature's date, so bare it is read only in the head zone (classify-lines).
 */
export const NUMERIC_DATE_LINE = /^(?:19|20)\d{2}\s*[-/.]\s*(?:0?[1-9]|1[0-2])\s*[-/.]\s*(?:0?[1-9]|[12]\d|3[01])$/;

/**
 * A date with its clock time, alone on a line (`2031-03-04 10:20:00`, `2031年03月04日 10时20分`, and
 * after 日 the clock glued on, as news sites write it: `2031年03月04日10:20`): a page's timestamp,
 * never part of the line above. Without 日 a space parts date and clock (`2031-03-0410:20` is no date).
 */
export const DATE_TIME_LINE = /^(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*(?:日\s*|\s+)\d{1,2}\s*[:时]\s*\d{2}(?:\s*[:分]\s*\d{2}\s*秒?|\s*分)?$/;

/**
 * What a paragraph under a heading may open with that also continues a split line: a year (`2031年是…`)
 * or an opening quote or bracket (`“十六五”期间…`). After a heading line, such a line holding a
 * sentence is the paragraph, not the heading's end.
 */
export const PARAGRAPH_AFTER_HEADING = /^(?:(?:19|20)\d{2}年|[(《「『【“‘])/;
/**
 * A year (or a span of years) standing alone, its 年 on the next line (`2018~2020` / `年,我市…`): under a
 * heading, the paragraph's opening year split by markup, no number of the heading's clause.
 */
export const SPLIT_YEAR = /^(?:19|20)\d{2}(?:[~\-—–至](?:19|20)\d{2})?$/;
/** A heading line: a section marker, no sentence mark, short. */
export const MAX_SPLIT_HEADING_CHARS = 40;

/** A line that opens with one of these opens its own line, though the line above is open (`(见表`). */
export const OPENER_START = /^[(《「『【“‘]/;

/** A line ending so has ended its sentence or its lead-in: the next line is a line of its own. */
export const CLOSED_END = /[。!?;:]$|[。!?][”’)]$/;

/** A line that is only a number (a table's cell, or a value its unit was split from): `32.78`, `-17.78%`, `1-6`, `1,234`. */
export const NUMBER_LINE = /^[-+]?\d+(?:[.,]\d+)*(?:[-~—]\d+(?:\.\d+)?)?[%‰]?$/;

/** A number, with the magnitude written after it (`27.10万`), ending a line: its unit may stand on the next line. */
export const NUMBER_END = new RegExp(`\\d[${Object.keys(UNIT_POWERS).join('')}${Object.keys(MAGNITUDE_CHARS).join('')}]{0,2}$`);

/** Calendar words that follow a number (`2009` / `年上半年…`, `1-6` / `月份,…`); not units (see units.ts), but they continue it alike. */
export const CALENDAR_WORDS: readonly string[] = ['年', '月', '日', '季度', '周'];

/** What may follow a number on the next line: a unit of the unit tables, a magnitude, a calendar word. */
export const AFTER_NUMBER_WORDS: readonly string[] = [...UNITS, ...Object.keys(MAGNITUDE_CHARS), ...Object.keys(UNIT_POWERS), ...CALENDAR_WORDS];

/** Square and cubic metres written with a superscript: `万m` / `2`, `元/ M` / `2`. */
export const SUPERSCRIPT_BASE = /(?:^|[^A-Za-z])[kcd]?[mM]$/;
export const SUPERSCRIPT = /^[23]$/;

/**
 * A labelled field (`发布时间: 2009-07-31`, `文号:`): a scraper's header line, never a fragment. The
 * label may be spaced out to a column's width as info tables pad it (`发 布 机 构 :`, `索 引 号 :`):
 * at most three layout spaces between two of its characters or before its colon.
 */
export const FIELD_LINE = /^[^\s:,。、;()](?: {0,3}[^\s:,。、;()]){0,9} {0,3}:/;
/**
 * A field line a bracket opens (`(发布日期:2019年05月31日` over `文号:某发〔2019〕7号)`: a page's info line
 * in brackets, cut in two by markup): a field still, never the rest of the line above.
 */
export const BRACKETED_FIELD_LINE = /^[(【[][^\s:,。、;()]{1,10}:/;

/**
 * A range's connector alone on its line (`80%` / `至` / `120%`, `0:00` / `至` / `6:00`): markup split the range. Not a
 * dash: a table dumped one cell a line writes one for an empty cell (`1250.3` / `-` / `6.1`).
 */
export const RANGE_CONNECTOR_LINE = /^(?:至|到|~|～)$/;
/** What a range's first number ends with, on the line above such a connector. */
export const RANGE_START_END = /[\d%‰]$/;

/** A list item's bullet. */
export const LIST_BULLET = /^[•·*-]\s/;

/** A piece this short (characters), with no digit, that closes a clause (the next line opens with NO_LINE_START) is a split word's end (`居民收` / `入` / `。`). */
export const MAX_WORD_END_CHARS = 2;

/**
 * A page shows the pattern when at least this many of its line breaks fall where prose never
 * breaks (before NO_LINE_START, between a number and its unit), and they are at least this share
 * of its non-blank lines: a page of whole lines with one stray break is left as it is.
 */
export const MIN_SPLITS = 3;
export const MIN_SPLIT_SHARE = 0.02;

// Breaks provably inside one sentence, rejoined on any page (no page-wide evidence needed): a line
// that cannot end a sentence followed by a fragment that cannot start one.

/**
 * A line ending in a word that never ends a sentence: the structural particle 的 (`…经济社会发展的` /
 * `主要预期目标`), but not the nouns 目的, 似的 (`…似的` closes a comparison).
 */
export const DANGLING_END = /(?<![目似])的$/;
/**
 * A line of prose (clause or sentence marks inside, at least PROSE_LINE_MIN_CHARS characters) that
 * ends in a Latin letter, no mark after it (`…持续改善空气质量,以PM` / `2.5` / `浓度…`): a word cut
 * before its subscript. (A line ending in a Han character may end so: a caption's `… 摄`, a name.)
 */
export const PROSE_LINE_MIN_CHARS = 20;
export const PROSE_MARKS = /[,。;]/;
export const ENDS_IN_LATIN = /[A-Za-z]$/;
/** A fragment that is only a short number: a subscript or a value split off (`PM` / `2.5`). */
export const MAX_NUMBER_FRAGMENT_CHARS = 4;
/** A fragment that is a short phrase, no marks, no digits (`主要预期目标`: a bold word in a sentence). */
export const PHRASE_FRAGMENT = /^[\p{Script=Han}“”]{1,12}$/u;
/** What opens no sentence: a copula or a verb of being with its colon (`是:地区生产总值增长…`). */
export const CONTINUATION_START = /^(?:是|为)[:]/;
/**
 * The opening of a speech's 题注 under its title, a dash or a bracket before its date and 在
 * (`——2031年1月5日在某县第三届` / `人民代表大会第二次会议上`): joined to the next line when the two
 * make one 题注 (SPEECH_PREAMBLE in metadata.ts) and the line alone does not.
 */
export const PREAMBLE_OPENING = /^(?:——|—|--|[(])\s*\d{4}年\d{1,2}月\d{1,2}日\s*在/;
