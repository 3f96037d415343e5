// A flattened page (its line breaks lost) carries its chrome glued to the article's first and last
// sentences: `首页 * 政务公开 * 新闻中心 当前位置: 首页 > 统计信息 <title> 发布时间:2019-03-20 来源:县统计局
// 【字号:大 中 小】 <body…>` and `…按可比价格计算。 来源:某统计局 【打印本页】 主办:… 版权所有`. These are
// split off as lines of their own, so the line rules, the title finder and the metadata finder judge
// them like any other line: the body is cut only where a chrome piece ends.
import { BREADCRUMB_PREFIX, BREADCRUMB_SEPARATORS, CLOCK_WIDGET, CONTACT_LABELS, DOWNLOAD_PHRASE, NAV_BAR } from '../../rules/zh/boilerplate.js';
import { FIELD_LABELS, PERSON_NAME, PERSON_NAME_KEYS, SIGNATURE_DATE_LINE } from '../../rules/zh/metadata.js';
import { UNITS } from '../../rules/zh/units.js';
import { MAGNITUDES } from '../../locale/zh/numerals.js';
import { BULLET_CHARS, MAX_CHROME_LINE_CHARS, MAX_SHORT_LINE_CHARS, SECTION_MARKER_START, SENTENCE_CLOSER, SENTENCE_END_MARK, SENTENCE_PUNCTUATION, SIGNATURE_DATE_GLUED, TITLE_MAX_CHARS } from '../../rules/zh/line-shapes.js';
import { ATTACHMENT_OPENERS } from '../../rules/zh/headings.js';
import { alternation } from '../../lib/pattern.js';
import { charSet, JS_WHITESPACE } from '../../lib/char-set.js';
import { neededChars } from '../../lib/regex-chars.js';
import { orgName } from './org-name.js';
import { parseBreadcrumb } from './classify-lines.js';
import { isTitleShaped } from './find-title.js';
import { parseFieldLine } from './parse-fields.js';
import { widgetWords } from './widgets.js';

/** A glued tail longer than this is text, not chrome. */
export const MAX_GLUED_TAIL_CHARS = 300;
/** A crumb path glued after `当前位置:` is one token at most this long. */
const MAX_GLUED_CRUMB_CHARS = 40;
/**
 * The flattened line whose head is split is the first long line among this many non-blank lines
 * opening the article (a short menu or banner line may stand above it).
 */
const MAX_LINES_ABOVE_GLUED_HEAD = 8;
/** A site's name or address standing before a glued date (`某某网 2018-04-19 来源:…`) is one token at most this long. */
const MAX_GLUED_LEAD_CHARS = 80;

/**
 * A banner glued before a page's breadcrumb (`English 2024年3月5日 星期二 某某网 * 首页 * 机构 当前位置:…`)
 * is at most this long, and holds no sentence punctuation.
 */
const MAX_GLUED_BANNER_CHARS = 240;
/** A run of this many spaces or more inside a flattened line parts two of the page's blocks. */
const BLOCK_GAP_SPACES = 3;
const BLOCK_GAP = new RegExp(`\\s{${BLOCK_GAP_SPACES},}`, 'g');
/** Whether a line has a block gap at all (BLOCK_GAP without its global flag: a test keeps no state). */
const HAS_BLOCK_GAP = new RegExp(BLOCK_GAP.source);
/** A flattened line is cut at its block gaps when it has at least this many. */
const MIN_BLOCK_GAPS = 2;
/** A Markdown heading mark a scraper left before a flattened page's title (`# 标题`). */
const HEADING_MARK = /^#{1,6}\s+/;

const DATE_TEXT = '\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?';
/** `来源:县统计局`, `发布时间:2019-03-20 10:20`, an empty `浏览次数:`: one field, its value one token. */
const LABEL_VALUE = new RegExp(`(?:${alternation(Object.keys(FIELD_LABELS))})\\s*[::]\\s*(?:${DATE_TEXT}|[^\\s::]{0,30})(?=\\s|$)`, 'y');
/** A date (and its site before it) opening a field line: `2019-03-20 来源:…`, `www.xxx.gov.cn 2018-04-19 来源:…`. */
const DATE_LED = new RegExp(`(?:\\S{1,${MAX_GLUED_LEAD_CHARS}}\\s+)?${DATE_TEXT}\\s+(?=\\S)`, 'y');
const SEPARATORS = new Set(BREADCRUMB_SEPARATORS);
/** Bars standing alone between two fields or widgets: they go with the piece before them. */
const LONE_BARS: ReadonlySet<string> = new Set(['|', '丨', '/', '||']);
/** Brackets a field may stand in (`【来源:区统计局】`, `[发布时间:…]`), and how far its closer may lie. */
// (text is normalised: fullwidth brackets are ASCII by now)
const BRACKETS: ReadonlyMap<string, string> = new Map([['【', '】'], ['[', ']'], ['(', ')']]);
const MAX_BRACKETED_FIELD_CHARS = 60;
/** `\s`: what parts a flattened line's tokens. */
const SPACE = charSet(JS_WHITESPACE);
/** A menu item or a bar or bullet between items (`首页`, `*`, `|`, `首页|要闻`): no sentence, no digit. */
const NAV_TOKEN = /^[^。,,;;::!?\d]{1,40}$/;
/** Marks between a menu's items other than spaces: a menu of bare words is told only by a breadcrumb after it. */
const NAV_MARK = new RegExp(`[|丨${BULLET_CHARS}]`);

/** Whether a piece ending at `end` ends at a space or the end of `s` (a piece never ends inside a token). */
function endsAtSpace(s: string, end: number): boolean {
  return end === s.length || /\s/.test(s[end]!);
}

/** Where the white space from `at` on ends (`at` itself when none stands there; past the end: the end). */
function skipSpaces(s: string, at: number): number {
  return at >= s.length ? Math.max(at, s.length) : SPACE.runEnd(s, at);
}

/** The token (a run of characters other than white space) starting at `at`, or null when none starts there. */
function tokenAt(s: string, at: number): string | null {
  if (at >= s.length || SPACE.has(s.charCodeAt(at))) return null;
  const end = SPACE.indexIn(s, at + 1);
  return s.slice(at, end < 0 ? s.length : end);
}

/** The end of the crumbs from `at` on (`首页 > 政务公开 > 统计信息`, or one token `首页>政务公开`), the first crumb wanted. */
function crumbsEnd(s: string, at: number): number {
  let end = at;
  let wantCrumb = true;
  for (;;) {
    const from = skipSpaces(s, end);
    const t = tokenAt(s, from);
    if (t === null) break;
    if (SEPARATORS.has(t)) wantCrumb = true;
    else if (wantCrumb && t.length <= MAX_GLUED_CRUMB_CHARS && !SENTENCE_PUNCTUATION.test(t)) wantCrumb = false;
    else break;
    end = from + t.length;
  }
  return end;
}

/** A breadcrumb led by its prefix: `当前位置: 首页 > 统计信息` (the crumbs as one token, or separated); -1 when no prefix leads. */
function prefixedCrumbEnd(s: string, at: number): number {
  const prefix = BREADCRUMB_PREFIX.exec(s.slice(at, at + MAX_GLUED_CRUMB_CHARS));
  return prefix !== null && prefix[0].length > 0 ? crumbsEnd(s, at + prefix[0].length) : -1;
}

/** A breadcrumb: one led by its prefix (prefixedCrumbEnd), or crumbs alone that read as one. */
function breadcrumbEnd(s: string, at: number): number {
  const prefixed = prefixedCrumbEnd(s, at);
  if (prefixed >= 0) return prefixed;
  const end = crumbsEnd(s, at);
  return end > at && parseBreadcrumb(s.slice(at, end)) !== null ? end : -1;
}

/**
 * A menu: `首页 * 政务公开 * 新闻中心 * 互动交流`, `首页|要闻|通知`: the longest run of tokens the
 * navigation bar rule (NAV_BAR) reads as one, up to a breadcrumb. Items between spaces only are a
 * menu when a breadcrumb follows them; else they may be the title's words.
 */
function menuEnd(s: string, at: number): number {
  let best = -1;
  let from = at;
  for (;;) {
    const t = tokenAt(s, from);
    if (t === null || !NAV_TOKEN.test(t) || (from > at && breadcrumbEnd(s, from) > from)) break;
    const end = from + t.length;
    if (end - at > MAX_CHROME_LINE_CHARS) break;
    const run = s.slice(at, end);
    from = skipSpaces(s, end);
    if (NAV_BAR.test(run) && (NAV_MARK.test(run) || breadcrumbEnd(s, from) > from)) best = end;
  }
  return best;
}

/** Where the bracket opening at `at` closes (`【来源:区统计局】`), within a field's reach; -1 when none does. */
function bracketEnd(s: string, at: number): number {
  const closer = BRACKETS.get(s[at]!);
  if (closer === undefined) return -1;
  const close = s.indexOf(closer, at + 1);
  return close > at && close - at <= MAX_BRACKETED_FIELD_CHARS ? close + 1 : -1;
}

/**
 * A field: `来源:县统计局`, `【发布时间:2020-04-22】`; or a field line opened by a date, its site maybe
 * before it (`某某网 2018-04-19 来源:新华社`).
 */
function fieldEnd(s: string, at: number): number {
  const bracket = bracketEnd(s, at);
  if (bracket > at) return parseFieldLine(s.slice(at, bracket)) !== null ? bracket : -1;
  LABEL_VALUE.lastIndex = at;
  if (LABEL_VALUE.test(s)) {
    NAMES_FIELD.lastIndex = at;
    return NAMES_FIELD.test(s) ? namesEnd(s, LABEL_VALUE.lastIndex) : LABEL_VALUE.lastIndex;
  }
  DATE_LED.lastIndex = at;
  if (!DATE_LED.test(s)) return -1;
  LABEL_VALUE.lastIndex = DATE_LED.lastIndex;
  if (!LABEL_VALUE.test(s)) return -1;
  const end = LABEL_VALUE.lastIndex;
  return parseFieldLine(s.slice(at, end)) !== null ? end : -1;
}

/** A run of widget words: `微信 微博 QQ空间`, `【字号:大 中 小】`, `【打印本页】【关闭窗口】` (weak words such as `中` inside it). */
function widgetsEnd(s: string, at: number): number {
  let end = -1;
  let strong = false;
  for (let from = at; from - at <= MAX_CHROME_LINE_CHARS; ) {
    const t = tokenAt(s, from);
    const words = t === null ? 0 : widgetWords(t);
    if (words === 0) break;
    // spaces between the tokens are fillers: the run is a widget line once one token has a strong word
    strong ||= words === 2;
    if (strong) end = from + t!.length;
    from = skipSpaces(s, from + t!.length);
  }
  return end;
}

/** A field whose value may be several names parted by spaces (PERSON_NAME_KEYS: `作者:张三 李四`). */
const NAMES_FIELD = new RegExp(
  `(?:${alternation(Object.keys(FIELD_LABELS).filter((label) => PERSON_NAME_KEYS.has(FIELD_LABELS[label] ?? '')))})\\s*[::]`,
  'y',
);

/** The end of a names field's value from `end` on: each next token that is a name (PERSON_NAME) and no chrome piece. */
function namesEnd(s: string, end: number): number {
  for (;;) {
    const from = skipSpaces(s, end);
    const t = tokenAt(s, from);
    if (from === end || t === null || !PERSON_NAME.test(t) || chromeEnd(s, from) > from) return end;
    end = from + t.length;
  }
}

/** A field's or a widget run's end, with a bar standing alone after it (`来源:镇统计站 | 发布时间:…`). */
function withBar(s: string, end: number): number {
  if (end < 0) return end;
  const from = skipSpaces(s, end);
  const t = tokenAt(s, from);
  return t !== null && LONE_BARS.has(t) ? from + t.length : end;
}

/** The end of the chrome piece starting at `at` other than a title, or -1. */
function chromeEnd(s: string, at: number): number {
  const crumb = breadcrumbEnd(s, at);
  if (crumb > at) return crumb;
  const menu = menuEnd(s, at);
  if (menu > at) return menu;
  const field = fieldEnd(s, at);
  if (field > at) return withBar(s, field);
  CLOCK_WIDGET.lastIndex = at;
  const clock = CLOCK_WIDGET.exec(s);
  if (clock !== null && endsAtSpace(s, at + clock[0].length)) return at + clock[0].length;
  return withBar(s, widgetsEnd(s, at));
}

/**
 * The title standing before a chrome piece (`某某县2018年统计公报 发布时间:…`): the words up to the
 * first piece, when they read as a title. -1 when none does.
 */
function titleBeforeChromeEnd(s: string, at: number): number {
  for (let from = at; ; ) {
    const t = tokenAt(s, from);
    if (t === null) return -1;
    const end = from + t.length;
    if (end - at > TITLE_MAX_CHARS) return -1;
    const next = skipSpaces(s, end);
    if (next > end && chromeEnd(s, next) > next) return isTitleShaped(s.slice(at, end).replace(HEADING_MARK, '')) ? end : -1;
    from = next;
  }
}

/** Characters one of which every breadcrumb prefix holds (read from BREADCRUMB_PREFIX); null: not known. */
const PREFIX_CHARS = ((chars) => (chars === null ? null : charSet(chars)))(neededChars(BREADCRUMB_PREFIX));

/**
 * The end of a banner's words glued before the page's breadcrumb (a site's name, the day's date, a
 * menu): the text up to a breadcrumb led by its prefix (`当前位置:`), when it is short and holds no
 * sentence punctuation, or up to the first chrome piece in it (a menu, a clock), which is cut
 * next; -1 when there is no such breadcrumb.
 */
function bannerEnd(s: string, at: number): number {
  // the prefix stands within MAX_GLUED_CRUMB_CHARS of a token starting in the banner's reach: a
  // text holding none of its characters there has no such breadcrumb (most flattened heads)
  if (PREFIX_CHARS !== null && PREFIX_CHARS.indexIn(s, at, at + MAX_GLUED_BANNER_CHARS + MAX_GLUED_CRUMB_CHARS) < 0) return -1;
  let words = -1;
  for (let from = skipSpaces(s, at); from - at <= MAX_GLUED_BANNER_CHARS; ) {
    const t = tokenAt(s, from);
    if (t === null || SENTENCE_PUNCTUATION.test(t)) return -1;
    if (from > at && prefixedCrumbEnd(s, from) > from) return words > 0 ? words : from;
    if (words < 0 && from > at && chromeEnd(s, from) > from) words = from;
    from = skipSpaces(s, from + t.length);
  }
  return -1;
}

/** The end of the title piece starting at `at` (the markup's title, or the words before a chrome piece), or -1. */
function titleEnd(s: string, at: number, title: string | null): number {
  if (title !== null && s.startsWith(title, at) && endsAtSpace(s, at + title.length)) return at + title.length;
  return titleBeforeChromeEnd(s, at);
}

/** The chrome pieces glued before a long line's text (and one title among them), and the text; null when none is. */
export function splitGluedHead(line: string, title: string | null): string[] | null {
  let at = skipSpaces(line, 0);
  // a piece ends only at a space and the text follows it: a line with no white space after its
  // first character but before its last (most first paragraphs) has nothing glued, and no piece is tried
  if (SPACE.indexIn(line, at, line.length - 1) < 0) return null;
  const pieces: string[] = [];
  let titled = false;
  for (;;) {
    let end = chromeEnd(line, at);
    if (end <= at && !titled) end = bannerEnd(line, at);
    if (end <= at && !titled) {
      end = titleEnd(line, at, title);
      titled = true;
    }
    if (end <= at) break;
    // a scraper's Markdown mark before the title is no part of it
    pieces.push(line.slice(at, end).trim().replace(HEADING_MARK, ''));
    at = skipSpaces(line, end);
  }
  // one piece that is the title alone says nothing: the title may open a flattened article
  if (pieces.length === 0 || at >= line.length || (pieces.length === 1 && pieces[0] === title)) return null;
  if (at > 0 && !/\s/.test(line[at - 1]!)) return null; // a piece ends only at a space
  pieces.push(line.slice(at));
  return pieces;
}

/** SENTENCE_PUNCTUATION (a class of single characters) as a table, read from its own pattern. */
const SENTENCE_MARKS = ((chars) => {
  if (chars === null) throw new Error('SENTENCE_PUNCTUATION: its characters cannot be read from its pattern');
  return charSet(chars);
})(neededChars(SENTENCE_PUNCTUATION));

/**
 * The index just past the last sentence punctuation at `from` or after, or -1 when there is none: a
 * scan back from the line's end, which stops at the last mark (a regex's scan forward met every mark
 * of the window, a match record each).
 */
function sentenceEndAfter(line: string, from: number): number {
  const last = SENTENCE_MARKS.lastIndexIn(line, line.length - 1, from);
  return last < 0 ? -1 : last + 1;
}

/**
 * The text after a long line's last sentence, when it may be glued chrome; null otherwise. A
 * signature's date (`… 2017年3月22日 来源:…`) ends the body as a sentence does: the later of the two
 * is where the body may end.
 */
export function splitGluedTail(line: string): [string, string] | null {
  let end = sentenceEndAfter(line, Math.max(0, line.length - MAX_GLUED_TAIL_CHARS - 1));
  const window = Math.max(end, line.length - MAX_GLUED_TAIL_CHARS - 1, 0);
  for (const m of line.slice(window).matchAll(SIGNATURE_DATE_GLUED)) end = Math.max(end, window + m.index + m[0].length);
  if (end <= 0) return null;
  const rest = line.slice(end).trim();
  if (rest.length === 0) return null;
  return [line.slice(0, end), rest];
}

/**
 * The text after a long line's last sentence when it is longer than MAX_GLUED_TAIL_CHARS and the
 * tail rules call it chrome whole (a site's directory of links, `link-directory`); null otherwise.
 */
function longChromeTail(line: string, isTailChrome: (s: string) => boolean): [string, string] | null {
  // what follows the last sentence is part of the line: a line no longer than that bound has no such tail
  if (line.length <= MAX_GLUED_TAIL_CHARS) return null;
  const end = Math.max(0, sentenceEndAfter(line, 0));
  const rest = line.slice(end).trim();
  return end > 0 && rest.length > MAX_GLUED_TAIL_CHARS && isTailChrome(rest) ? [line.slice(0, end), rest] : null;
}

/** A glued tail of more tokens than this is not cut into pieces (each cut is tried against the line rules). */
const MAX_TAIL_TOKENS = 64;

/** Where each token of `s` starts, and `s.length` last. */
function tokenStarts(s: string): number[] {
  const starts: number[] = [];
  for (let at = skipSpaces(s, 0); at < s.length; at = skipSpaces(s, at + tokenAt(s, at)!.length)) starts.push(at);
  starts.push(s.length);
  return starts;
}

/**
 * A glued tail cut into its chrome pieces (`来源:县统计局`, `【打印本页】【关闭窗口】`, `上一篇:…`,
 * `下一篇:…`, `主办:… 版权所有 …`), each a line the tail rules remove; null when some part is no
 * chrome. The cuts fall between tokens: from the end backwards, each token start is given the
 * shortest chrome piece from it after which the rest cuts up too.
 */
export function splitTailPieces(rest: string, isTailChrome: (s: string) => boolean): string[] | null {
  const starts = tokenStarts(rest);
  if (starts.length > MAX_TAIL_TOKENS + 1) return null;
  const n = starts.length - 1;
  const next = new Int32Array(n + 1).fill(-1); // the start index of the piece after the one opening at k
  next[n] = n;
  for (let k = n - 1; k >= 0; k--) {
    for (let j = k + 1; j <= n && next[k]! < 0; j++) {
      if (next[j]! >= 0 && isTailChrome(rest.slice(starts[k], starts[j]).trim())) next[k] = j;
    }
  }
  if (next[0]! < 0) return null;
  const pieces: string[] = [];
  for (let k = 0; k < n; k = next[k]!) pieces.push(rest.slice(starts[k], starts[next[k]!]).trim());
  return pieces;
}

/** Marks a download bar's words may stand in (`【附件下载】`, `(下载附件)`): they go with it. */
const LINK_LEAD = /[\s【\[((《<]/;
/**
 * Words before the links this short are the links' own label (`公告下载链接:`, `相关附件下载`), not
 * text: a signature or a clause of the body is longer.
 */
const MAX_LINK_LABEL_CHARS = 2;

/**
 * A glued tail the line rules call chrome, cut so that only chrome goes: when it holds download
 * links (DOWNLOAD_PHRASE) after words that are no chrome of their own (a signature
 * `某直属海关2024年2月20日`, a last clause without its full stop), those words stay with the body
 * and the cut moves to the links; a label of MAX_LINK_LABEL_CHARS (`公告下载链接`) goes with them. Null when even the links alone are no chrome: nothing is cut.
 */
export function chromeTail(line: string, tail: readonly [string, string], isTailChrome: (s: string) => boolean): [string, string] | null {
  const rest = tail[1];
  const m = DOWNLOAD_PHRASE.exec(rest);
  if (m === null || m.index === 0) return [tail[0], rest];
  let k = m.index;
  while (k > 0 && LINK_LEAD.test(rest[k - 1]!)) k--;
  const before = rest.slice(0, k).trim();
  if (before.length <= MAX_LINK_LABEL_CHARS || isTailChrome(before)) return [tail[0], rest];
  const links = rest.slice(k).trim();
  if (!isTailChrome(links)) return null;
  const cut = line.indexOf(rest, tail[0].length) + k;
  return [line.slice(0, cut).trimEnd(), links];
}

/**
 * A flattened line cut at its block gaps (runs of BLOCK_GAP_SPACES spaces or more, where a page's
 * blocks met when the scraper joined them: `标题      来源:…   【字体:大 中 小】     正文…`), when it is
 * long and has at least MIN_BLOCK_GAPS of them; null otherwise.
 */
export function splitAtBlockGaps(line: string): string[] | null {
  // a line without a gap is one block (most lines: given up without splitting)
  if (line.length <= MAX_SHORT_LINE_CHARS || !HAS_BLOCK_GAP.test(line)) return null;
  const blocks = line.split(BLOCK_GAP).map((b) => b.trim()).filter((b) => b.length > 0);
  return blocks.length > MIN_BLOCK_GAPS ? blocks.flatMap((b) => chromePieces(b) ?? [b]) : null;
}

/**
 * A block made of chrome pieces only, each on a line (`2016年09月27日 07:02 来源:某办公厅 【字体:大 中 小】`
 * → the date and source, then the widgets); null when it is one piece or holds anything else.
 */
export function chromePieces(block: string): string[] | null {
  const pieces: string[] = [];
  for (let at = 0; at < block.length; ) {
    const end = chromeEnd(block, at);
    if (end <= at || !endsAtSpace(block, end)) return null;
    pieces.push(block.slice(at, end).trim());
    at = skipSpaces(block, end);
  }
  return pieces.length > 1 ? pieces : null;
}

/** Every long line of `lines` from `from` on cut at its block gaps (splitAtBlockGaps); the same array when none is. */
function cutBlockGaps(lines: readonly string[], from: number): readonly string[] {
  let out: string[] | null = null;
  for (let i = from; i < lines.length; i++) {
    const blocks = splitAtBlockGaps(lines[i]!);
    if (blocks === null) {
      out?.push(lines[i]!);
      continue;
    }
    out ??= lines.slice(0, i);
    out.push(...blocks);
  }
  return out ?? lines;
}

/** The first long line among the article's opening lines (see MAX_LINES_ABOVE_GLUED_HEAD), or -1. */
function gluedHeadLine(lines: readonly string[], first: number, last: number): number {
  for (let i = first, seen = 0; i <= last && seen < MAX_LINES_ABOVE_GLUED_HEAD; i++) {
    if (lines[i]!.trim().length === 0) continue;
    if (lines[i]!.length > MAX_SHORT_LINE_CHARS) return i;
    seen++;
  }
  return -1;
}

/**
 * The last line cut at its last sentence into the body and the chrome glued after it: the chrome
 * whole when the tail rules call it chrome (chromeTail), else its pieces each on a line when every
 * piece is chrome (a tail too long or too mixed for one rule); null when nothing is cut.
 */
function cutTail(line: string, isTailChrome: (s: string) => boolean): string[] | null {
  const glued = splitGluedTail(line) ?? longChromeTail(line, isTailChrome);
  if (glued === null) return null;
  if (isTailChrome(glued[1])) return chromeTail(line, glued, isTailChrome);
  const pieces = splitTailPieces(glued[1], isTailChrome);
  return pieces !== null ? [glued[0], ...pieces] : null;
}

/**
 * Splits glued chrome off the article's first long line (a flattened page; a head is split by its
 * pieces) and its last line: what follows the last line's last sentence is split off when
 * `isTailChrome` (the line rules) calls it chrome, whatever the line's length.
 * With `blockGaps` (a text dump: HTML's lines are its blocks already, and its runs of spaces are
 * `&nbsp;` indents), long lines are first cut at their block gaps (splitAtBlockGaps).
 * Returns the lines unchanged (the same array) when nothing was split.
 */
export function unglue(given: readonly string[], from: number, title: string | null, isTailChrome: (s: string) => boolean, blockGaps = true): readonly string[] {
  const lines = blockGaps ? cutBlockGaps(given, from) : given;
  let first = from;
  while (first < lines.length && lines[first]!.trim().length === 0) first++;
  let last = lines.length - 1;
  while (last >= first && lines[last]!.trim().length === 0) last--;
  if (first > last) return lines;
  const headAt = gluedHeadLine(lines, first, last);
  const head = headAt >= 0 ? splitGluedHead(lines[headAt]!, title) : null;
  const tailLine = head !== null && headAt === last ? head[head.length - 1]! : lines[last]!;
  const tail = cutTail(tailLine, isTailChrome);
  if (head === null && tail === null) return lines;
  const out = lines.slice(0, last);
  if (head !== null) out.splice(headAt, 1, ...(headAt === last ? head.slice(0, -1) : head));
  if (tail !== null) out.push(...tail);
  else out.push(tailLine);
  for (let i = last + 1; i < lines.length; i++) out.push(lines[i]!);
  return out;
}

/**
 * A token holding a full stop and at least this many Han characters is the article's prose (unless
 * the tail rules call it chrome whole: a site's disclaimer `【免责声明】本文仅代表作者本人观点…。`).
 */
const MIN_PROSE_HAN = 4;
/** A glued run's opening piece is at most this many tokens (`(张三 某某研究院某所)`, `点击查看更多…`). */
const MAX_OPENER_TOKENS = 6;
/** At most this many lines stand below the line whose glued run is cut: a flattened page's last blocks. */
const MAX_LINES_BELOW_GLUED_RUN = 8;

/** Whether `t` holds at least MIN_PROSE_HAN Han characters (counted up to that many). */
function holdsHanWords(t: string): boolean {
  let han = 0;
  for (let i = 0; i < t.length && han < MIN_PROSE_HAN; i++) {
    const c = t.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) han++;
  }
  return han >= MIN_PROSE_HAN;
}

/**
 * Whether a token is the article's prose: a full stop, Han words, and no tail rule calling it chrome
 * (a token longer than any chrome line is not tried: no rule holding a full stop reaches that far).
 */
function isProseToken(t: string, isTailChrome: (s: string) => boolean): boolean {
  return t.includes('。') && holdsHanWords(t) && (t.length > MAX_CHROME_LINE_CHARS || !isTailChrome(t));
}

/** The index of the last full stop of `line`'s last prose token (isProseToken), or -1. */
function lastProseStop(line: string, isTailChrome: (s: string) => boolean): number {
  for (let end = line.length; end > 0; ) {
    while (end > 0 && SPACE.has(line.charCodeAt(end - 1))) end--;
    let start = end;
    while (start > 0 && !SPACE.has(line.charCodeAt(start - 1))) start--;
    if (start < end && isProseToken(line.slice(start, end), isTailChrome)) return line.lastIndexOf('。', end - 1);
    end = start;
  }
  return -1;
}

/** A piece that holds a word: a lone mark (a table row's closing ` |`, a close button's `×`) opens no glued run. */
const WORD_CHAR = /\p{L}/u;

/**
 * The end of a chrome piece opening at `at` (a field, a widget run: chromeEnd), or of the fewest
 * tokens from `at` (at most MAX_OPENER_TOKENS) that the tail rules call chrome; a piece holds a word
 * (WORD_CHAR). -1 when there is none.
 */
function openerEnd(s: string, at: number, isTailChrome: (s: string) => boolean): number {
  const piece = chromeEnd(s, at);
  if (piece > at && endsAtSpace(s, piece) && WORD_CHAR.test(s.slice(at, piece))) return piece;
  for (let k = 0, end = at; k < MAX_OPENER_TOKENS; k++) {
    const from = skipSpaces(s, end);
    const t = tokenAt(s, from);
    if (t === null) break;
    end = from + t.length;
    const words = s.slice(at, end);
    if (WORD_CHAR.test(words) && isTailChrome(words)) return end;
  }
  return -1;
}

/**
 * The chrome glued after the article's last sentence on its line, cut: the body up to that
 * sentence's end, then the chrome's opening pieces each on a line (openerEnd: `责任编辑:某某`,
 * `(张三 某某研究院)`) and the rest of the run as one line. The cut falls after a sentence end at or
 * after `stop` (the last prose token's full stop) where a chrome piece opens; null when none does.
 */
function cutAtGluedRun(line: string, stop: number, isTailChrome: (s: string) => boolean): string[] | null {
  for (let p = stop; p < line.length; p++) {
    if (!SENTENCE_END_MARK.test(line[p]!)) continue;
    let end = p + 1;
    while (end < line.length && SENTENCE_CLOSER.test(line[end]!)) end++;
    let at = skipSpaces(line, end);
    if (at >= line.length) return null;
    let piece = openerEnd(line, at, isTailChrome);
    if (piece < 0) continue;
    const out = [line.slice(0, end)];
    while (piece > at) {
      out.push(line.slice(at, piece).trim());
      at = skipSpaces(line, piece);
      piece = at < line.length ? openerEnd(line, at, isTailChrome) : -1;
    }
    if (at < line.length) out.push(line.slice(at).trim());
    return out;
  }
  return null;
}

/**
 * A flattened page cut at its block gaps whose article ends inside a line, chrome glued after its
 * last sentence (`…新篇章。(张三 某研究院) (责编:李四) 打印 分享 推荐`, `…仍在。 本文来源:某报 责任编辑:某某
 * 分享到: 相关新闻 …`) and more blocks of chrome below it: the line holding the page's last prose
 * (isProseToken; a site's disclaimer is no prose) is cut after the sentence end where a chrome piece
 * opens (cutAtGluedRun), and what follows it is chrome, to the page's end: no prose stands there.
 * Returns the lines and the index of the first chrome line; null when nothing is cut (no chrome
 * piece opens after the last sentence, more than MAX_LINES_BELOW_GLUED_RUN lines stand below, or a
 * line below opens the document's attachments or a section: `附件:1.…`, `二、…`).
 */
export function cutGluedRun(lines: readonly string[], from: number, isTailChrome: (s: string) => boolean): { lines: string[]; chromeFrom: number } | null {
  for (let i = lines.length - 1; i >= from && lines.length - 1 - i <= MAX_LINES_BELOW_GLUED_RUN; i--) {
    const stop = lastProseStop(lines[i]!, isTailChrome);
    if (stop < 0) {
      // a line below the last prose that opens the document's attachments or a section is text: nothing is cut
      const line = lines[i]!.trim();
      if (SECTION_MARKER_START.test(line) || ATTACHMENT_OPENERS.some((w) => line.startsWith(w))) return null;
      continue;
    }
    const cut = cutAtGluedRun(lines[i]!, stop, isTailChrome);
    if (cut === null) return null;
    return { lines: [...lines.slice(0, i), ...cut, ...lines.slice(i + 1)], chromeFrom: i + 1 };
  }
  return null;
}

/** A contact line (`联系电话:0592-1234567`, `地址:…`): a notice's own under its signature. */
const CONTACT_LINE = new RegExp(`^(?:${CONTACT_LABELS.source})\\s*[::]`, 'i');
/** A line ending in a signature's date (SIGNATURE_DATE_LINE), the words before it apart. */
const SIGNED_ON = new RegExp(`^(.+?)\\s*${SIGNATURE_DATE_LINE.source.slice(1)}`);
/** A figure: a number and its unit (`1200亿元`, `3.5%`, `86万千瓦`). */
const FIGURE = new RegExp(`\\d(?:[\\d.,]*\\d)?\\s*(?:${alternation(MAGNITUDES)})?(?:${alternation(UNITS)})`);

/**
 * Whether a line of a glued run that no line rule names stays all the same: the article's
 * signature (an organisation's name, a date: `某某市商务局`, `2025年1月10日`), its contact line, or a
 * row of figures (most of its tokens a number and its unit: `进出口总额1200亿元 出口800亿元`). A
 * run's headlines and menus (`10/29 10:36 油价急弹 「两桶油」回升3.5%-4% …`) are none of these: they go.
 */
export function staysInGluedRun(line: string): boolean {
  const s = line.trim();
  if (orgName(s) !== null || SIGNATURE_DATE_LINE.test(s) || CONTACT_LINE.test(s)) return true;
  // a signature on one line, the name and then its date (`某某市商务局 2025年1月10日`)
  const dated = SIGNED_ON.exec(s);
  if (dated !== null && orgName(dated[1]!) !== null) return true;
  const tokens = s.split(/\s+/);
  let figures = 0;
  for (const t of tokens) if (FIGURE.test(t)) figures++;
  return figures * 2 >= tokens.length && figures > 0;
}
