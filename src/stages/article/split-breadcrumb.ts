// A breadcrumb a scraper wrote one element per line: its label alone (`您的位置:`), then each crumb
// and each separator on a line of its own (`首页` / `>` / `本县要闻`), often with the column's name
// again right under it as the column's heading. The lines are joined back into one breadcrumb line
// (`您的位置: 首页 > 本县要闻`) and the repeated name is dropped, so the breadcrumb rule reads it
// like any other; the lines it took are left blank (the line count, and so every span, stays).
import { BREADCRUMB_PREFIX, BREADCRUMB_SEPARATORS, MAX_BARE_CRUMB_CHARS, MAX_BARE_CRUMBS, MAX_CRUMB_CHARS, MAX_LEADING_CRUMB_LINE, MAX_LEADING_CRUMBS } from '../../rules/zh/boilerplate.js';
import { isTitleShaped } from './find-title.js';
import { parseFieldLine } from './parse-fields.js';
import { HOME_CRUMBS } from '../../rules/zh/metadata.js';
import { SENTENCE_PUNCTUATION } from '../../rules/zh/line-shapes.js';

/** Lines from the top (after a scraper's header) where a split breadcrumb's label may stand. */
export const MAX_SPLIT_CRUMB_LABEL_LINE = 24;

interface CrumbRun {
  crumbs: string[];
  /** the last line the run takes (the repeated column name included) */
  last: number;
  /** separators stood between the crumbs (`首页` / `>` / `通知`) */
  separated: boolean;
  /** the line of each crumb */
  at: number[];
}

/** Whether `s` is a breadcrumb's label with nothing after it. */
const bareCrumbLabel = (s: string): boolean => {
  const m = BREADCRUMB_PREFIX.exec(s);
  return m !== null && m[0].length > 0 && s.slice(m[0].length).trim().length === 0;
};

/** The crumbs and separators on the lines after a bare label (null when they make no breadcrumb). */
function crumbRun(lines: readonly string[], from: number): CrumbRun | null {
  const crumbs: string[] = [];
  const at: number[] = [];
  let separators = 0;
  let wantCrumb = true;
  let last = -1;
  let j = from;
  for (; j < lines.length; j++) {
    const t = lines[j]!.trim();
    if (t.length === 0) continue;
    if (BREADCRUMB_SEPARATORS.includes(t)) {
      if (crumbs.length === 0 || wantCrumb) break;
      separators++;
      wantCrumb = true;
      continue;
    }
    if (!wantCrumb || t.length > MAX_CRUMB_CHARS || SENTENCE_PUNCTUATION.test(t)) break;
    crumbs.push(t);
    at.push(j);
    wantCrumb = false;
    last = j;
  }
  if (separators === 0) return bareCrumbRun(lines, from);
  if (crumbs.length < 2 || wantCrumb) return null;
  // the column's name again, as the column's heading under the breadcrumb
  if (j < lines.length && lines[j]!.trim() === crumbs[crumbs.length - 1]) last = j;
  return { crumbs, last, separated: true, at };
}

/**
 * Crumbs written one a line with no separator between them (`首页` / `信息公开` / `进度数据`): read
 * only when the first is the home crumb (HOME_CRUMBS) and every one is a column's short name
 * (MAX_BARE_CRUMB_CHARS, no punctuation), at most MAX_BARE_CRUMBS of them; the page's title under
 * them is longer and ends the run. `位置:` over an address gives none.
 */
function bareCrumbRun(lines: readonly string[], from: number): CrumbRun | null {
  const crumbs: string[] = [];
  const at: number[] = [];
  let last = -1;
  for (let j = from; j < lines.length && crumbs.length <= MAX_BARE_CRUMBS; j++) {
    const t = lines[j]!.trim();
    if (t.length === 0) continue;
    if (crumbs.length === 0 ? !HOME_CRUMBS.has(t) : t.length > MAX_BARE_CRUMB_CHARS || /[\p{P}\d]/u.test(t)) break;
    crumbs.push(t);
    at.push(j);
    last = j;
  }
  if (crumbs.length < 2 || crumbs.length > MAX_BARE_CRUMBS) return null;
  return { crumbs, last, separated: false, at };
}

/**
 * A page's links written one a line at its top, the home crumb first (`网站首页` / `政策文件` / `政策解读`, or
 * `首页` / `>` / `通知`), with no label above them, then the title: crumbs as crumbRun reads them, opening one of
 * the first MAX_LEADING_CRUMB_LINE lines, and a title-shaped line right under them. Separated, or at most
 * MAX_LEADING_CRUMBS of them (the home crumb counted), they are the page's breadcrumb (its last crumb the
 * column); four bare ones are the site's menu (`首页` / `政务公开` / `办事服务` / `互动交流`), joined as a menu bar
 * is written, so that no category is read from them; five or more are the navigation-list rule's. Before,
 * the home crumb was the page's title and the lines stayed in the text.
 */
function leadingCrumbs(lines: readonly string[], from: number): { at: number; line: string; last: number } | null {
  for (let i = from, seen = 0; i < lines.length && seen < MAX_LEADING_CRUMB_LINE; i++) {
    const s = lines[i]!.trim();
    if (s.length === 0) continue;
    seen++;
    // a label's crumbs are read after it (joinSplitBreadcrumb)
    if (bareCrumbLabel(s)) return null;
    if (!HOME_CRUMBS.has(s)) continue;
    const run = crumbRun(lines, i);
    if (run === null || (!run.separated && run.crumbs.length >= MAX_BARE_CRUMBS)) return null;
    let { crumbs, last } = run;
    // the last crumb may be the page's title: one longer than a column's name (`首页` / `>` / `政务公开` / `>` /
    // `关于印发…的通知`; a column's name may end as a title does: `政策解读`), or a short one with no title under it but
    // its info line (`首页` / `要闻` / `全县经济稳中向好` / `发布时间:…`): the crumbs end before it
    const lastCrumb = crumbs[crumbs.length - 1]!;
    let under = titleUnder(lines, last);
    if (crumbs.length > 2 && (lastCrumb.length > MAX_BARE_CRUMB_CHARS || !under)) {
      last = run.at[crumbs.length - 1]! - 1;
      crumbs = crumbs.slice(0, -1);
      under = titleUnder(lines, last);
    }
    if (!under) return null;
    const joiner = run.separated || crumbs.length <= MAX_LEADING_CRUMBS ? ' > ' : ' | ';
    return { at: i, line: crumbs.join(joiner), last };
  }
  return null;
}

/** Whether the first line after `last` that is not blank reads as a title: title-shaped, and no info line (`发布时间:…`, `作者:张三`). */
function titleUnder(lines: readonly string[], last: number): boolean {
  let next = last + 1;
  while (next < lines.length && lines[next]!.trim().length === 0) next++;
  return next < lines.length && isTitleShaped(lines[next]!) && parseFieldLine(lines[next]!.trim()) === null;
}

/** The lines with a split breadcrumb joined onto its label line; the same array when there is none. */
export function joinSplitBreadcrumb(lines: readonly string[], from: number): readonly string[] {
  const leading = leadingCrumbs(lines, from);
  if (leading !== null) {
    const out = [...lines];
    out[leading.at] = leading.line;
    for (let k = leading.at + 1; k <= leading.last; k++) out[k] = '';
    return out;
  }
  for (let i = from, seen = 0; i < lines.length && seen < MAX_SPLIT_CRUMB_LABEL_LINE; i++) {
    const s = lines[i]!.trim();
    if (s.length === 0) continue;
    seen++;
    if (!bareCrumbLabel(s)) continue;
    const run = crumbRun(lines, i + 1);
    if (run === null) continue;
    const out = [...lines];
    out[i] = `${s} ${run.crumbs.join(' > ')}`;
    for (let k = i + 1; k <= run.last; k++) out[k] = '';
    return out;
  }
  return lines;
}
