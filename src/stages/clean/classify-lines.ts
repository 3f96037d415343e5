// Marks each line a chrome rule matches, with what it states. Zones are applied later
// (strip-boilerplate.ts): a match here is a candidate, not yet a removal.
import {
  BREADCRUMB_PREFIX,
  BREADCRUMB_SEPARATORS,
  LINE_RULES,
  MAX_CRUMB_CHARS,
  MAX_LAST_CRUMB_CHARS,
  NAV_BAR,
  RUN_RULES,
  type Role,
  type Zone,
} from '../../rules/zh/boilerplate.js';
import { ORG_SUFFIXES } from '../../rules/zh/metadata.js';
import { MAX_CHROME_LINE_CHARS, MAX_SHORT_LINE_CHARS, PROSE_PUNCTUATION, SENTENCE_PUNCTUATION } from '../../rules/zh/line-shapes.js';
import { alternation } from '../../lib/pattern.js';
import { parseFieldLine } from './parse-fields.js';
import { isWidgetLine } from './widgets.js';

export { isWidgetLine };

/** How much a statement is believed when two sources disagree: lower wins. */
export const PRIORITY = { markup: 0, field: 1, breadcrumb: 2, banner: 3 } as const;

export interface Statement {
  key: string;
  value: string | null;
  priority: number;
}

export interface LineMatch {
  rule: string;
  zone: Zone;
  role?: Role;
  statements: Statement[];
  /** a breadcrumb's crumbs, home crumbs included; category and site are settled once the title is known */
  crumbs?: string[];
  prefixed?: boolean;
}

const BULLET = /^[•·*]\s*/;
const SEPARATOR = alternation(BREADCRUMB_SEPARATORS);
const CRUMB_SPLIT = new RegExp(`\\s*${SEPARATOR}\\s*`);
/** Without a prefix a breadcrumb needs a separator: a line without one is given up before splitting. */
const HAS_SEPARATOR = new RegExp(SEPARATOR);

/** Crumbs of a breadcrumb line, or null when the line is not one. */
export function parseBreadcrumb(line: string): { crumbs: string[]; prefixed: boolean } | null {
  let s = line.replace(BULLET, '');
  const prefix = BREADCRUMB_PREFIX.exec(s);
  if (prefix) s = s.slice(prefix[0].length);
  else if (!HAS_SEPARATOR.test(s)) return null;
  const parts = s.split(CRUMB_SPLIT).map((p) => p.trim());
  const crumbs = parts.filter((p) => p.length > 0);
  const separators = parts.length - 1;
  if (!prefix) {
    if (separators < 1 || crumbs.length < 2) return null;
    if (separators < 2 && !/^(?:首页|网站首页|主页)$/.test(crumbs[0]!)) return null;
  }
  for (let i = 0; i < crumbs.length; i++) {
    const max = i === crumbs.length - 1 ? MAX_LAST_CRUMB_CHARS : MAX_CRUMB_CHARS;
    if (crumbs[i]!.length > max || SENTENCE_PUNCTUATION.test(crumbs[i]!)) return null;
  }
  if (prefix && crumbs.length === 0 && s.trim().length > 0) return null;
  return { crumbs, prefixed: Boolean(prefix) };
}

function creditStatements(groups: Record<string, string | undefined>): Statement[] {
  let org = groups['contributorOrg'];
  let person = groups['contributor'];
  if (!org && person && ORG_SUFFIXES.some((s) => person!.endsWith(s))) [org, person] = [person, undefined];
  const out: Statement[] = [];
  if (person) out.push({ key: 'contributor', value: person, priority: PRIORITY.field });
  if (org) out.push({ key: 'contributorOrg', value: org, priority: PRIORITY.field });
  return out;
}

function matchLine(line: string): LineMatch | null {
  const fields = parseFieldLine(line);
  if (fields) {
    return {
      rule: 'page-fields',
      zone: 'edge',
      statements: fields.flatMap((f) => (f.key ? [{ key: f.key, value: f.value, priority: PRIORITY.field }] : [])),
    };
  }
  const crumb = parseBreadcrumb(line);
  if (crumb) return { rule: 'breadcrumb', zone: 'edge', role: 'navigation', statements: [], crumbs: crumb.crumbs, prefixed: crumb.prefixed };
  for (const rule of LINE_RULES) {
    if (rule.phrase && !rule.phrase.test(line)) continue;
    const m = rule.pattern.exec(line);
    if (!m) continue;
    const statements = rule.id === 'credit' && m.groups ? creditStatements(m.groups) : [];
    return { rule: rule.id, zone: rule.zone, ...(rule.role ? { role: rule.role } : {}), statements };
  }
  if (isWidgetLine(line)) return { rule: 'page-widgets', zone: 'edge', statements: [] };
  if (NAV_BAR.test(line)) return { rule: 'navigation-bar', zone: 'head', role: 'navigation', statements: [] };
  return null;
}

/** The chrome rule that matches line `index`, or null. Blank and long lines never match. */
export type LineClassifier = (index: number) => LineMatch | null;

const isChromeSized = (s: string): boolean => s.length > 0 && s.length <= MAX_CHROME_LINE_CHARS;

/**
 * Whether a line may open a run of any rule, in one test per line: few lines do, and only those
 * are tried against each rule's own start. (The starts share their flags; see the check below.)
 */
// (the leading ^ tells the engine the whole pattern is anchored: it is tried at the line's start only)
const ANY_RUN_START = new RegExp(`^(?:${RUN_RULES.map((r) => `(?:${r.start.source})`).join('|')})`, RUN_RULES[0]!.start.flags);
if (RUN_RULES.some((r) => r.start.flags !== ANY_RUN_START.flags)) throw new Error('RUN_RULES: every start pattern must have the same flags');

/**
 * Classifies the lines. A line is run through the line rules only when first asked about: chrome
 * stands at the page's edges, so the zone scans ask about the lines at the top and bottom, and
 * most of the article is never tried. Runs are found over all lines here, as whether a line opens
 * a run depends on the runs above it; they ask only about their own lines.
 */
export function classifyLines(lines: readonly string[]): LineClassifier {
  const trimmed = lines.map((l) => l.trim());
  const mayStart = trimmed.map((s) => isChromeSized(s) && ANY_RUN_START.test(s));
  // undefined: not asked about yet; a run's match is stored here over the line's own
  const known: Array<LineMatch | null | undefined> = new Array(lines.length).fill(undefined);
  const matchAt: LineClassifier = (i) => {
    let m = known[i];
    if (m === undefined) {
      m = isChromeSized(trimmed[i]!) ? matchLine(trimmed[i]!) : null;
      known[i] = m;
    }
    return m;
  };
  for (const rule of RUN_RULES) {
    for (let i = 0; i < trimmed.length; i++) {
      if (!mayStart[i] || !rule.start.test(trimmed[i]!)) continue;
      const members = [i];
      let j = i + 1;
      for (; j < trimmed.length; j++) {
        const s = trimmed[j]!;
        if (s.length === 0) continue;
        if (!isChromeSized(s) || !rule.follow.test(s)) break;
        members.push(j);
      }
      if (rule.sparesTitle && members.length > 1) {
        let next = j;
        while (next < trimmed.length && trimmed[next]!.length === 0) next++;
        const s = trimmed[next];
        if (s !== undefined && (PROSE_PUNCTUATION.test(s) || s.length > MAX_SHORT_LINE_CHARS)) members.pop();
      }
      if (members.length < rule.minLines) continue;
      // a line another rule already explains does not open a run (`• 【失效日期】--` is a field);
      // asked only once the run is long enough, as classifying the line costs more than the run
      const own = matchAt(i);
      if (own && own.rule !== 'related-heading') continue;
      for (const k of members) {
        // a line another rule already explains keeps that rule (a 上一篇 line inside a related list)
        const held = k === i ? null : matchAt(k);
        if (held && held.rule !== 'related-heading') continue;
        known[k] = { rule: rule.id, zone: rule.zone, ...(rule.role ? { role: rule.role } : {}), statements: [] };
      }
      i = j - 1;
    }
  }
  return matchAt;
}
