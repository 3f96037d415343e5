// Heading markers and the words that frame a document's outline, as data. Adding a marker form
// is a new row here; the level of each kind is decided per document by first appearance.
import { CHINESE_MARKER_NUMERAL_CHARS } from '../../locale/zh/marker-numerals.js';

/** At most 8 numeral characters (一千二百三十四): bounded, so a long run never backtracks far. */
const CN = `[${CHINESE_MARKER_NUMERAL_CHARS}]{1,8}`;
/** Legal numerals: Chinese or ASCII digits (第12条 occurs in scraped laws). */
const LEGAL_NUM = `(?:[${CHINESE_MARKER_NUMERAL_CHARS}]{1,8}|[0-9]{1,4})`;
const OPEN = '[(（]';
const CLOSE = '[)）]';
/**
 * Words after `一、二` that make it a pair of numbers, not a marker: `一、二季度`, `一、二类`,
 * `一、二级` (a sentence opening with an enumeration of ordinals).
 */
export const PAIRED_NUMERAL_WORDS: readonly string[] = ['季度', '季', '类', '级', '等', '档', '线', '产业', '期', '批', '号', '审'];
/**
 * What follows a `一、` that may make it a pair (`一、二季度`): the second numeral in group `num`.
 * It is a pair only when that numeral is the greater (an ascending enumeration): `三、二季度商品房…`
 * is heading 三 whose title opens with 二季度.
 */
export const PAIRED_NUMERAL_AFTER = new RegExp(`(?<num>${CN})(?:${PAIRED_NUMERAL_WORDS.join('|')})`, 'y');

export type MarkerKindId =
  | 'part'
  | 'chapter'
  | 'legal-section'
  | 'article'
  | 'cn-comma'
  | 'cn-paren'
  | 'arabic-dot'
  | 'arabic-paren'
  | 'enclosed-paren'
  | 'enclosed-dot'
  | 'circled'
  | 'padded';

export interface MarkerKind {
  id: MarkerKindId;
  /** the marker at the start of a line; the named group `num` holds its numeral */
  pattern: string;
  /**
   * Legal forms (第X章/节/条) are also recognised where they start a clause inside a line, for
   * laws whose line breaks were lost; such a marker must continue its kind's numbering.
   */
  clauseStart: boolean;
  /** kinds whose next heading restarts this kind's numbering at 1 (a new 章 restarts 节) */
  restartedBy: readonly MarkerKindId[];
  /**
   * A short name follows the marker (第一章 总则), so in a law whose breaks were lost the next
   * clause-start marker may follow that name directly (`第一章 总则第一条 …`).
   */
  named?: boolean;
  /** the marker is no marker when PAIRED_NUMERAL_AFTER follows it with a greater numeral */
  notPaired?: boolean;
  /**
   * Two digits glued to a short title line or one space before it (`01综合`, `02 农业`), as bulletins reposted from an app
   * number their parts: only a whole short line is such a heading, the first one `01`, each next
   * one continuing the numbering (so `10月份…` or `12个…` opening a line is never one).
   */
  padded?: boolean;
}

/** Longest forms first where one could be read as the start of another. */
export const MARKER_KINDS: readonly MarkerKind[] = [
  { id: 'part', pattern: `第(?<num>${LEGAL_NUM})(?:编|部分)`, clauseStart: true, restartedBy: [], named: true },
  { id: 'chapter', pattern: `第(?<num>${LEGAL_NUM})章`, clauseStart: true, restartedBy: ['part'], named: true },
  { id: 'legal-section', pattern: `第(?<num>${LEGAL_NUM})节`, clauseStart: true, restartedBy: ['part', 'chapter'], named: true },
  { id: 'article', pattern: `第(?<num>${LEGAL_NUM})条`, clauseStart: true, restartedBy: [] },
  // 一、 (and 一. where a fullwidth 一． was folded), but not 一、二季度 (see notPaired)
  { id: 'cn-comma', pattern: `(?<num>${CN})(?:、|\\.(?![0-9]))`, clauseStart: false, restartedBy: [], notPaired: true },
  { id: 'cn-paren', pattern: `${OPEN}(?<num>${CN})${CLOSE}`, clauseStart: false, restartedBy: [] },
  // 1. / 1、 but not 1.5 (a decimal), 1、2号 (a pair of numbers) nor 2024年 (a year starting a sentence)
  { id: 'arabic-dot', pattern: `(?<num>[0-9]{1,3})[.、](?![0-9])`, clauseStart: false, restartedBy: [] },
  { id: 'arabic-paren', pattern: `${OPEN}(?<num>[0-9]{1,3})${CLOSE}`, clauseStart: false, restartedBy: [] },
  { id: 'enclosed-paren', pattern: `(?<num>[\\u2474-\\u2487])`, clauseStart: false, restartedBy: [] },
  { id: 'enclosed-dot', pattern: `(?<num>[\\u2488-\\u249b])`, clauseStart: false, restartedBy: [] },
  { id: 'circled', pattern: `(?<num>[\\u2460-\\u2473\\u3251-\\u325f\\u32b1-\\u32bf])`, clauseStart: false, restartedBy: [] },
  { id: 'padded', pattern: `(?<num>0[1-9]|[1-9][0-9])(?=[ \\t\\u3000]?[\\u4e00-\\u9fff])`, clauseStart: false, restartedBy: [], padded: true },
];
/** A `01综合` heading's line is at most this long (marker included), and holds no punctuation. */
export const PADDED_LINE_MAX_CHARS = 24;

/** What may precede a line's first character without being content: indentation, Markdown #s. */
export const LINE_LEAD = /^(?:[ \t]+|#{1,6}(?=[ \t]))*[ \t]*/;

/** Characters that end a heading's first sentence (its title) when the marker opens a paragraph. */
export const TITLE_ENDS = '。;；!！?？';

/**
 * A numbered line that labels a value (`一、项目编号:0835-2018-001`, `三、采购方式:公开招标`, as
 * procurement notices list their particulars): its heading is the short label, and what follows
 * the colon is its section's text, not part of its title. A label is 2 to 8 Han characters; a
 * line without a colon there (`一、总体要求`) keeps its whole title.
 */
export const LABEL_TITLE = /^(\p{Script=Han}{2,8})[ \t]*[:：][ \t]*(?=\S)/u;

/** Trailing characters dropped from a title written alone on its line. */
export const TITLE_TRAILING = ' \t\n。;；:：,，、.!！?？|';

/** Characters before a clause-start legal marker that show a clause boundary. */
export const CLAUSE_BOUNDARY_BEFORE = /[。;；:：!！?？\s]/;

/**
 * Opening words of a document's closing paragraph (its conclusion, not body of the last section):
 * a report's outlook (`下一步,…`: gold 000). Such a paragraph right under a title-only heading is
 * that heading's body, not a conclusion.
 */
export const CLOSING_OPENERS: readonly string[] = [
  '下一步',
  '下步',
  '下一阶段',
  '今后',
  '展望未来',
  '展望下一步',
  '新的一年',
  '总之',
  '综上所述',
  '综上',
];

/** Closing formulas of notices and replies: always the conclusion, whatever precedes them. */
export const CLOSING_FORMULAS: readonly string[] = ['特此通知', '特此公告', '特此通告', '特此函告', '特此批复', '特此报告'];

/**
 * Words opening a list of attachments or notes (`附件:1.…申报要素表` then `2.…`, `注:1.本表…`):
 * its short numbered lines are not headings.
 */
export const ATTACHMENT_OPENERS: readonly string[] = ['附件', '附:', '附表', '注:', '备注:'];

/**
 * An appendix's heading, alone on its line (`附件1`, `附件二:`): the document's appendix opens there,
 * its title on the next line when one stands there (`2031年十件民生实事`, at most
 * APPENDIX_TITLE_MAX_CHARS, no sentence, no numbered marker). The appendix is a level-1 section, and
 * its own numbered items (`一、`…`十、`, `1.`…) rank below it, not beside the document's. A line that
 * names the attachment too (`附件1:某某申报表`, a notice's list of files) is no such heading.
 */
export const APPENDIX_HEADING = /^(附件\s*(?<numeral>[0-9]{1,2}|[一二三四五六七八九十]{1,3}))\s*[:：]?$/;
export const APPENDIX_TITLE_MAX_CHARS = 40;

/**
 * Words opening a paragraph that returns from the last item of a list to the item's parent
 * (`此外,要进一步加大科技投入…` after item 9 of 三、(二): gold 003).
 */
export const RESUMING_OPENERS: readonly string[] = ['此外', '另外', '除此之外', '除上述'];

/** How many final paragraphs an outlook conclusion may span (a closing formula may stand anywhere after the last heading). */
export const MAX_CONCLUSION_PARAGRAPHS = 2;

/**
 * Topic-sentence sections (a yearbook's `深化法治建设。完善执法…`): the opening sentence is short,
 * has no digits or clause punctuation, and more text follows in its paragraph.
 */
export const TOPIC_SENTENCE = {
  minChars: 2,
  maxChars: 20,
  /** characters a topic sentence never holds */
  forbidden: /[0-9０-９,，、;；:：!！?？()（）|—]/,
  /** paragraphs that must qualify before a document is read this way */
  minParagraphs: 3,
  /** share of the paragraphs from the first topic sentence on that must qualify */
  minShare: 0.5,
} as const;

/**
 * Bracketed topics opening a paragraph, as yearbooks write them (`【概况】2023年,…`): title inside
 * the brackets. The rest of the paragraph must read as prose (hold a 。), so field lists such as
 * `【发布单位】海关总署` never qualify.
 */
export const TOPIC_BRACKETS: ReadonlyArray<readonly [string, string]> = [
  ['【', '】'],
  ['〖', '〗'],
];


/**
 * A flattened page (its line breaks lost) writes its topic headings glued to the text: `…增长。二、农 业2022年,全区…`.
 * In a line at least this long, a 一、 or 1. marker right after a sentence's end is a heading when it
 * continues its kind's numbering.
 */
export const FLATTENED_LINE_MIN_CHARS = 500;
/** A glued marker whose first sentence is at most this long and set off by spaces (its block's end) takes that sentence as its title. */
export const GLUED_SENTENCE_TITLE_MAX_CHARS = 40;
/** Else its title is at most this long (layout spaces aside), holds no comma, and ends where a paragraph opens. */
export const GLUED_TITLE_MAX_CHARS = 20;
/**
 * Words opening a statistics bulletin's paragraph: a glued title ends where one (or a digit) begins
 * (`交通、邮电全年交通运输…`, `工业、建筑业2022年,…`, `人口、人民生活和社会保障按户籍口径统计…`).
 */
export const BULLETIN_PARAGRAPH_OPENERS: readonly string[] = [
  '初步核算', '全年', '全区', '全市', '全县', '全省', '全国', '全社会', '全体', '年末', '年初', '截至', '截止', '按', '据', '今年', '上半年', '前三季度', '一季度', '其中',
];

// Bold lead-ins (`<p><strong>一是强化监管。</strong>全年检查…</p>`, `<b>(三)加快项目建设</b>`, a
// `<strong>` line alone, Markdown `**…**` opening a line): the page's markup says these are its
// sub-headings (src/stages/page-text/bold-headings.ts decides, segment takes them).

/** A bold lead-in longer than this (characters) is emphasis of a paragraph, not a heading. */
export const BOLD_HEADING_MAX_CHARS = 50;
/** A page needs this many bold lead-ins before any is a heading: one alone is emphasis, a run is structure. */
export const MIN_BOLD_HEADINGS = 2;
/**
 * A list marker alone before a bold run, outside it (`1、<strong>公共财政预算收入</strong>完成…`, `(一)<b>…</b>`): the run
 * is the line's lead with the marker, as when the marker is inside the bold (`<b>(三)加快项目建设</b>`).
 */
export const MARKER_BEFORE_BOLD = /^[\s\u3000\u00a0]*(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．]|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）])[\s\u3000\u00a0]*$/;
/** Bold lead-ins rank below every `#`…`######` heading the markup marks: their hint's depth. */
export const BOLD_HEADING_DEPTH = 7;
/**
 * A lead-in ending so is a label (`注释:`, `资料来源:`, `索 引 号:`: what follows is its value) or a
 * Q&A's question (`问:《公告》何时施行?`: the answer follows), not a section.
 */
export const LABEL_END = /[:：?？]$/;
/**
 * The closing lines of a notice, which pages often set in bold: a label with its value
 * (`详情请咨询:县林业局 0000-1234567`), a date (`2024年3月1日`, `二〇二四年三月一日`); with the
 * CLOSING_FORMULAS (`特此公告`) and the line over a date (the signature), no bold one is a heading.
 */
export const LABEL_WITH_VALUE = /[:：]\s*\S/;
export const CLOSING_DATE_LINE = /^[\d〇零一二三四五六七八九十]{2,4}\s*年\s*[\d〇零一二三四五六七八九十]{1,2}\s*月\s*[\d〇零一二三四五六七八九十]{1,3}\s*日$/;
/** What follows a lead-in that makes it the start of a sentence or a label (`病例1—病例26,居住于…`, `**Fetched**:`), not a heading. */
export const CONTINUES_LEAD = /^\s*[,，、:：;；]/;
/** Sentence ends inside a lead-in (before its last character) make it a sentence, not a heading. */
export const SENTENCE_INSIDE = /[。;；!！?？]./;
