// A flattened page (its line breaks lost) carries its chrome glued to the article's first and last
// sentences: `当前位置: 首页政务公开统计信息 <title> 时间:2022-10-31 10:30 微信 微博 QQ空间 <body…>`
// and `…按可比价格计算。 来源:某统计局 附件下载`. These are split off as lines of their own, so the
// line rules judge them like any other line: the body is cut only where a chrome piece ends.
import { BREADCRUMB_PREFIX, BREADCRUMB_SEPARATORS, DOWNLOAD_PHRASE } from '../../rules/zh/boilerplate.js';
import { FIELD_LABELS } from '../../rules/zh/metadata.js';
import { MAX_SHORT_LINE_CHARS, SENTENCE_PUNCTUATION, SIGNATURE_DATE_GLUED } from '../../rules/zh/line-shapes.js';
import { alternation } from '../../lib/pattern.js';
import { isWidgetLine } from './widgets.js';

/** A glued tail longer than this is text, not chrome. */
export const MAX_GLUED_TAIL_CHARS = 300;
/** A crumb path glued after `当前位置:` is one token at most this long. */
const MAX_GLUED_CRUMB_CHARS = 40;

const LABEL_VALUE = new RegExp(
  `(?:${alternation(Object.keys(FIELD_LABELS))})\\s*[::]\\s*(?:\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?|[^\\s::]{1,30})(?=\\s|$)`,
  'y',
);
const SEPARATORS = new Set(BREADCRUMB_SEPARATORS);
const TOKEN = /\S+/y;
const SPACES = /\s*/y;

function skipSpaces(s: string, at: number): number {
  SPACES.lastIndex = at;
  SPACES.exec(s);
  return SPACES.lastIndex;
}

function tokenAt(s: string, at: number): string | null {
  TOKEN.lastIndex = at;
  const m = TOKEN.exec(s);
  return m === null ? null : m[0];
}

/** The end of the chrome piece starting at `at`, or -1. */
function pieceEnd(s: string, at: number, title: string | null): number {
  // 当前位置: 首页 > 政务公开 > 统计信息 (the crumbs as one token, or separated)
  const prefix = BREADCRUMB_PREFIX.exec(s.slice(at));
  if (prefix !== null && prefix[0].length > 0) {
    let end = at + prefix[0].length;
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
  if (title !== null && s.startsWith(title, at) && (at + title.length === s.length || /\s/.test(s[at + title.length]!))) return at + title.length;
  LABEL_VALUE.lastIndex = at;
  if (LABEL_VALUE.test(s)) return LABEL_VALUE.lastIndex;
  // a run of widget words: 微信 微博 QQ空间
  let end = -1;
  for (let from = at; ; ) {
    const t = tokenAt(s, from);
    if (t === null || !isWidgetLine(t)) break;
    end = from + t.length;
    from = skipSpaces(s, end);
  }
  return end > at && isWidgetLine(s.slice(at, end)) ? end : -1;
}

/** The chrome pieces glued before a long line's text, and the text; null when none is. */
export function splitGluedHead(line: string, title: string | null): string[] | null {
  const pieces: string[] = [];
  let at = skipSpaces(line, 0);
  for (;;) {
    const end = pieceEnd(line, at, title);
    if (end <= at) break;
    pieces.push(line.slice(at, end).trim());
    at = skipSpaces(line, end);
  }
  // one piece that is the title alone says nothing: the title may open a flattened article
  if (pieces.length === 0 || at >= line.length || (pieces.length === 1 && pieces[0] === title)) return null;
  if (at > 0 && !/\s/.test(line[at - 1]!)) return null; // a piece ends only at a space
  pieces.push(line.slice(at));
  return pieces;
}

/**
 * The text after a long line's last sentence, when it may be glued chrome; null otherwise. A
 * signature's date (`… 2017年3月22日 来源:…`) ends the body as a sentence does: the later of the two
 * is where the body may end.
 */
export function splitGluedTail(line: string): [string, string] | null {
  let end = -1;
  for (let i = line.length - 1; i >= 0 && line.length - i <= MAX_GLUED_TAIL_CHARS + 1; i--) {
    if (SENTENCE_PUNCTUATION.test(line[i]!)) {
      end = i + 1;
      break;
    }
  }
  const window = Math.max(end, line.length - MAX_GLUED_TAIL_CHARS - 1, 0);
  for (const m of line.slice(window).matchAll(SIGNATURE_DATE_GLUED)) end = Math.max(end, window + m.index + m[0].length);
  if (end <= 0) return null;
  const rest = line.slice(end).trim();
  if (rest.length === 0) return null;
  return [line.slice(0, end), rest];
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
 * Splits glued chrome off the first and last lines of the article when they are long (a flattened
 * page; a head is split by its pieces. What follows the last line's last sentence is split off when
 * `isTailChrome` (the line rules) calls it chrome, whatever the line's length.
 * Returns the lines unchanged (the same array) when nothing was split.
 */
export function unglue(lines: readonly string[], from: number, title: string | null, isTailChrome: (s: string) => boolean): readonly string[] {
  let first = from;
  while (first < lines.length && lines[first]!.trim().length === 0) first++;
  let last = lines.length - 1;
  while (last >= first && lines[last]!.trim().length === 0) last--;
  if (first > last) return lines;
  const head = lines[first]!.length > MAX_SHORT_LINE_CHARS ? splitGluedHead(lines[first]!, title) : null;
  const tailLine = head !== null && first === last ? head[head.length - 1]! : lines[last]!;
  const glued = splitGluedTail(tailLine);
  const tail = glued !== null && isTailChrome(glued[1]) ? chromeTail(tailLine, glued, isTailChrome) : null;
  const tailOk = tail !== null;
  if (head === null && !tailOk) return lines;
  const out = lines.slice(0, first);
  if (head !== null) {
    for (let k = 0; k < head.length - 1; k++) out.push(head[k]!);
    if (first !== last) out.push(head[head.length - 1]!);
  } else if (first !== last) out.push(lines[first]!);
  for (let i = first + 1; i < last; i++) out.push(lines[i]!);
  if (tailOk) out.push(tail![0], tail![1]);
  else if (first !== last || head !== null) out.push(tailLine);
  for (let i = last + 1; i < lines.length; i++) out.push(lines[i]!);
  return out;
}
