// A text dump of a page (its visible text, one line per text node) often opens with the page's
// <title> as the browser shows it: the article's title with the site's channel path glued after it
// (`某某关于…的通知_国家能源局某某监管办公室`, `…的通知_委局文件_政务公开`, `【…的通知】-国家发展和改革委员会`).
// When the title repeats further down (the page's own heading, an info table's 名称 cell), that first
// line is the page's and goes as a scraper's header does; the repeat is the title.
import { GLUED_SITE_SUFFIX, MAX_PAGE_TITLE_REPEAT_LINES, SITE_TITLE_MAX_CHARS } from '../../rules/zh/boilerplate.js';
import { SITE_OR_ORG_ENDINGS } from '../../rules/zh/metadata.js';
import { TITLE_MAX_CHARS } from '../../rules/zh/line-shapes.js';
import { isTitleShaped } from './find-title.js';

/** Characters that may open a glued suffix (GLUED_SITE_SUFFIX's separators). */
const SEPARATORS = '-_|–—';
/** Brackets a page's <title> may wrap the article's title in (`【…】-某某网`). */
const WRAPPED = /^[【[]([^【】[\]]+)[】\]]$/;

/**
 * The first non-blank line read as a page's <title> whose title repeats below it: `line` the last line of the
 * <title> (a copy right under it included), `title` the article's title it names; null when it is none.
 */
export function pageTitleLine(texts: readonly string[]): { line: number; title: string; site: string | null } | null {
  let i = 0;
  while (i < texts.length && texts[i]!.trim().length === 0) i++;
  if (i >= texts.length) return null;
  const s = texts[i]!.trim();
  // a title and a short path: longer lines are prose, not a <title>
  if (s.length > TITLE_MAX_CHARS + 40) return null;
  // the longest title first: the suffix's cut moves right to left over the separators
  for (let q = s.length - 2; q > 0; q--) {
    if (!SEPARATORS.includes(s[q]!) || SEPARATORS.includes(s[q - 1]!)) continue;
    // the suffix glued (`…的通知_某某网`) or set off by spaces around its separators (`…新闻发布会 - 湖南省财政厅`)
    if (!GLUED_SITE_SUFFIX.test(s.slice(q)) && !(s[q - 1] === ' ' && GLUED_SITE_SUFFIX.test(s.slice(q - 1).replace(SPACED_SEPARATOR, '$1')))) continue;
    const lead = s.slice(0, q).trim();
    const title = WRAPPED.exec(lead)?.[1]?.trim() ?? lead;
    // the title is the <title>'s longest part (as splitPageTitle reads a markup <title>): a site or channel
    // name leading it (`某市日报-关于…的报告`) is no title
    if (!isTitleShaped(title) || !longerThanParts(title, s.slice(q))) continue;
    if (!repeats(texts, i + 1, title)) continue;
    // the same <title> line again right under it (a scraper that printed it twice) goes with it
    let last = i;
    for (let k = i + 1; k < texts.length; k++) {
      const t = texts[k]!.trim();
      if (t.length === 0) continue;
      if (t !== s) break;
      last = k;
    }
    // the suffix's last part names the site when it ends as a site or an organisation does (`…-国家发展和改革委员会`;
    // `…_委局文件_政务公开` ends with a channel)
    const parts = s.slice(q).split(SUFFIX_SEPARATOR);
    const site = parts[parts.length - 1]!.trim();
    const named = site.length <= SITE_TITLE_MAX_CHARS && SITE_OR_ORG_ENDINGS.some((e) => site.endsWith(e));
    return { line: last, title, site: named ? site : null };
  }
  return sitePrefixedTitle(texts, i, s);
}

/**
 * The other order, the site and its column before the title, parted by spaces (`山东省财政厅 财政新闻 人民日报关注:…`,
 * a 大汉 CMS's <title>): the lead is one to three short names, the first ending as a site or an organisation
 * does (SITE_OR_ORG_ENDINGS), and the title after them repeats below. The first name is the site.
 */
function sitePrefixedTitle(texts: readonly string[], i: number, s: string): { line: number; title: string; site: string | null } | null {
  const words = s.split(/\s+/);
  for (let n = 1; n <= Math.min(MAX_PREFIX_NAMES, words.length - 1); n++) {
    const lead = words.slice(0, n);
    if (!lead.every((w) => w.length <= MAX_PREFIX_NAME_CHARS && !PREFIX_NAME_BREAK.test(w))) return null;
    const site = lead[0]!;
    if (site.length > SITE_TITLE_MAX_CHARS || !SITE_OR_ORG_ENDINGS.some((e) => site.endsWith(e))) return null;
    const title = words.slice(n).join(' ');
    if (!isTitleShaped(title) || !repeats(texts, i + 1, title)) continue;
    return { line: i, title, site };
  }
  return null;
}
/** At most this many names before the title, each at most this long, with no sentence mark or colon. */
const MAX_PREFIX_NAMES = 3;
const MAX_PREFIX_NAME_CHARS = 15;
const PREFIX_NAME_BREAK = /[。,，;；:：!！?？、]/;

/** Whether `title` is longer than each separator-led part of `suffix`. */
function longerThanParts(title: string, suffix: string): boolean {
  for (const part of suffix.split(SUFFIX_SEPARATOR)) if (part.length >= title.length) return false;
  return true;
}
const SUFFIX_SEPARATOR = /[-_|–—]+/;
/** A suffix's separator with spaces around it (` - `, ` | `): the spaces dropped, the suffix reads as a glued one. */
const SPACED_SEPARATOR = / +([-_|–—]{1,2}) +/g;

/**
 * Whether a line among the next MAX_PAGE_TITLE_REPEAT_LINES after `from` states `title`: the line is the
 * title, maybe with a bracket after it (`…的通知(某发〔2020〕245号)`), or a field's value (`名 称 : …`).
 */
function repeats(texts: readonly string[], from: number, title: string): boolean {
  const end = Math.min(texts.length, from + MAX_PAGE_TITLE_REPEAT_LINES);
  for (let k = from; k < end; k++) {
    const t = texts[k]!.trim();
    if (t.length < title.length) continue;
    if (t.startsWith(title) && (t.length === title.length || REPEAT_BRACKET.test(t.slice(title.length)))) return true;
    if (t.endsWith(title) && REPEAT_LABEL.test(t.slice(0, t.length - title.length))) return true;
  }
  return false;
}
/** What may follow the title on its repeat: a bracketed number or note. */
const REPEAT_BRACKET = /^\s*[((【[]/;
/** What may stand before it: a field's label (`名 称 :`, `标  题:`). */
const REPEAT_LABEL = /^[^:,。;]{1,10}:\s*$/;
