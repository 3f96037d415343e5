// A breadcrumb a scraper wrote one element per line: its label alone (`您的位置:`), then each crumb
// and each separator on a line of its own (`首页` / `>` / `本县要闻`), often with the column's name
// again right under it as the column's heading. The lines are joined back into one breadcrumb line
// (`您的位置: 首页 > 本县要闻`) and the repeated name is dropped, so the breadcrumb rule reads it
// like any other; the lines it took are left blank (the line count, and so every span, stays).
import { BREADCRUMB_PREFIX, BREADCRUMB_SEPARATORS, MAX_BARE_CRUMB_CHARS, MAX_BARE_CRUMBS, MAX_CRUMB_CHARS } from '../../rules/zh/boilerplate.js';
import { HOME_CRUMBS } from '../../rules/zh/metadata.js';
import { SENTENCE_PUNCTUATION } from '../../rules/zh/line-shapes.js';

/** Lines from the top (after a scraper's header) where a split breadcrumb's label may stand. */
export const MAX_SPLIT_CRUMB_LABEL_LINE = 24;

interface CrumbRun {
  crumbs: string[];
  /** the last line the run takes (the repeated column name included) */
  last: number;
}

/** Whether `s` is a breadcrumb's label with nothing after it. */
const bareCrumbLabel = (s: string): boolean => {
  const m = BREADCRUMB_PREFIX.exec(s);
  return m !== null && m[0].length > 0 && s.slice(m[0].length).trim().length === 0;
};

/** The crumbs and separators on the lines after a bare label (null when they make no breadcrumb). */
function crumbRun(lines: readonly string[], from: number): CrumbRun | null {
  const crumbs: string[] = [];
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
    wantCrumb = false;
    last = j;
  }
  if (separators === 0) return bareCrumbRun(lines, from);
  if (crumbs.length < 2 || wantCrumb) return null;
  // the column's name again, as the column's heading under the breadcrumb
  if (j < lines.length && lines[j]!.trim() === crumbs[crumbs.length - 1]) last = j;
  return { crumbs, last };
}

/**
 * Crumbs written one a line with no separator between them (`首页` / `信息公开` / `进度数据`): read
 * only when the first is the home crumb (HOME_CRUMBS) and every one is a column's short name
 * (MAX_BARE_CRUMB_CHARS, no punctuation), at most MAX_BARE_CRUMBS of them; the page's title under
 * them is longer and ends the run. `位置:` over an address gives none.
 */
function bareCrumbRun(lines: readonly string[], from: number): CrumbRun | null {
  const crumbs: string[] = [];
  let last = -1;
  for (let j = from; j < lines.length && crumbs.length <= MAX_BARE_CRUMBS; j++) {
    const t = lines[j]!.trim();
    if (t.length === 0) continue;
    if (crumbs.length === 0 ? !HOME_CRUMBS.has(t) : t.length > MAX_BARE_CRUMB_CHARS || /[\p{P}\d]/u.test(t)) break;
    crumbs.push(t);
    last = j;
  }
  if (crumbs.length < 2 || crumbs.length > MAX_BARE_CRUMBS) return null;
  return { crumbs, last };
}

/** The lines with a split breadcrumb joined onto its label line; the same array when there is none. */
export function joinSplitBreadcrumb(lines: readonly string[], from: number): readonly string[] {
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
