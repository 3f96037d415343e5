// Marks each line a chrome rule matches, with what it states. Zones are applied later
// (strip-lines.ts): a match here is a candidate, not yet a removal.
//
// Every record made here (LineMatch, Statement) is built by one function, with every field present
// and always in the same order (null for "none"): V8 then gives them all one hidden class, and the
// optimised code reading them is not thrown away when a rare kind of line turns up late in a run.
import {
  BREADCRUMB_PREFIX,
  BREADCRUMB_SEPARATORS,
  LINE_RULES,
  MAX_CRUMB_CHARS,
  MAX_LONG_CHROME_LINE_CHARS,
  MAX_LAST_CRUMB_CHARS,
  MAX_TEASER_LINES,
  MIN_TEASER_CHARS,
  MIN_TEASER_LEAD_CHARS,
  NAV_BAR,
  TEASER_OPENING_LINES,
  RUN_RULES,
  type Role,
  type Zone,
} from '../../rules/zh/boilerplate.js';
import { NUMBER_CELL, STAT_HEADER } from '../../rules/zh/tables.js';
import { ORG_SUFFIXES } from '../../rules/zh/metadata.js';
import { BULLET_CHARS, LEADING_BULLET, MAX_CHROME_LINE_CHARS, MAX_SHORT_LINE_CHARS, PROSE_PUNCTUATION, SENTENCE_PUNCTUATION } from '../../rules/zh/line-shapes.js';
import { NUMERIC_DATE_LINE } from '../../rules/zh/split-lines.js';
import { charSet, CharMasks, JS_WHITESPACE } from '../../lib/char-set.js';
import { firstChars, neededChars } from '../../lib/regex-chars.js';
import { alternation } from '../../lib/pattern.js';
import { LineMemo } from '../../lib/line-memo.js';
import { fieldValue, parseFieldLine } from './parse-fields.js';
import { isWidgetLine } from './widgets.js';
import type { Statement } from '../types.js';

export { isWidgetLine };

/**
 * How much a statement is believed when two sources disagree: lower wins. A date the markup states
 * (`<meta name=PubDate>`, front matter) is hidden from the reader: a date the page shows wins over it.
 * An organisation's name alone opening the article (a byline) is believed less than a stated field.
 */
export const PRIORITY = { markup: 0, field: 1, hiddenDate: 1.5, siteDefault: 1.5, breadcrumb: 2, byline: 2.5, banner: 3 } as const;

export type { Statement };

export function statement(key: string, value: string | null, priority: number): Statement {
  return { key, value, priority };
}

export interface LineMatch {
  rule: string;
  zone: Zone;
  role: Role | null;
  statements: readonly Statement[];
  /** a breadcrumb's crumbs, home crumbs included; category and site are settled once the title is known */
  crumbs: readonly string[] | null;
  /** a breadcrumb opened by a prefix (`当前位置:`) */
  prefixed: boolean;
  /** chrome only beside another footer line (LineRule.besideFooter) */
  besideFooter: boolean;
}

function lineMatch(
  rule: string,
  zone: Zone,
  role: Role | null,
  statements: readonly Statement[],
  crumbs: readonly string[] | null = null,
  prefixed = false,
  besideFooter = false,
): LineMatch {
  return { rule, zone, role, statements, crumbs, prefixed, besideFooter };
}

/** The statements of a match that states nothing (shared: nobody adds to a match's statements). */
const NO_STATEMENTS: readonly Statement[] = [];

/**
 * Each line rule's cheap tests, read from its own pattern (lib/regex-chars.ts): the characters a
 * match opens with (anchored patterns) and characters one of which every match holds, this one a
 * bit of NEEDED: one pass over a line gives the bits of every rule, and a rule whose bit the line
 * lacks, or whose opening the line's first character is not, is not run.
 */
const NEEDED = new CharMasks();
/** each anchored rule's opening characters, one bit a rule (as NEEDED: one table, not one per rule) */
const OPENS = new CharMasks();
/** the bit of a rule without that test (no characters read from its pattern): it is run on every line */
const UNTESTED = 0;

// The rule tables as the classifier reads them: one shape per table, absent fields as null.
const LINE_TABLE = LINE_RULES.map((r) => {
  const needed = neededChars(r.pattern);
  const first = firstChars(r.pattern);
  return {
    id: r.id,
    zone: r.zone,
    role: r.role ?? null,
    pattern: r.pattern,
    phrase: r.phrase ?? null,
    besideFooter: r.besideFooter === true,
    bit: needed === null ? UNTESTED : NEEDED.add(needed),
    firstBit: first === null ? UNTESTED : OPENS.add(first),
  };
});
/** The rules also tried on a line too long for the others (LineRule.long). */
const LONG_LINE_TABLE = LINE_TABLE.filter((_, i) => LINE_RULES[i]!.long === true);

/** What the long-line rules make of a line longer than MAX_CHROME_LINE_CHARS. */
function longLineMatch(line: string): LineMatch | null {
  if (line.length > MAX_LONG_CHROME_LINE_CHARS) return null;
  for (const rule of LONG_LINE_TABLE) if (rule.pattern.test(line)) return lineMatch(rule.id, rule.zone, rule.role, NO_STATEMENTS, null, false, rule.besideFooter);
  return null;
}

const RUN_TABLE = RUN_RULES.map((r) => ({
  id: r.id,
  zone: r.zone,
  role: r.role ?? null,
  start: r.start,
  follow: r.follow,
  minLines: r.minLines,
  sparesTitle: r.sparesTitle === true,
  sparesTable: r.sparesTable === true,
}));

/** The characters LEADING_BULLET opens with: a line opening otherwise is not run through it. */
const BULLETS = charSet(BULLET_CHARS);
const SEPARATOR = alternation(BREADCRUMB_SEPARATORS);
const CRUMB_SPLIT = new RegExp(`\\s*${SEPARATOR}\\s*`);
/** Without a prefix a breadcrumb needs a separator: a line without one is given up before splitting. */
const HAS_SEPARATOR = new RegExp(SEPARATOR);

/** Crumbs of a breadcrumb line, or null when the line is not one. */
export function parseBreadcrumb(line: string): { crumbs: string[]; prefixed: boolean } | null {
  let s = BULLETS.has(line.charCodeAt(0)) ? line.replace(LEADING_BULLET, '') : line;
  const prefix = BREADCRUMB_PREFIX.exec(s);
  if (prefix) s = s.slice(prefix[0].length);
  else if (!HAS_SEPARATOR.test(s)) return null;
  const parts = s.split(CRUMB_SPLIT);
  const crumbs: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!.trim();
    if (p.length > 0) crumbs.push(p);
  }
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
  return { crumbs, prefixed: prefix !== null };
}

function creditStatements(groups: Record<string, string | undefined>): Statement[] {
  let org = groups['contributorOrg'];
  let person = groups['contributor'];
  if (!org && person && ORG_SUFFIXES.some((s) => person!.endsWith(s))) [org, person] = [person, undefined];
  const out: Statement[] = [];
  if (person) out.push(statement('contributor', person, PRIORITY.field));
  if (org) out.push(statement('contributorOrg', org, PRIORITY.field));
  return out;
}

/** What a rule's named groups state, each group a metadata key (dates as YYYY-MM-DD). */
function groupStatements(groups: Record<string, string | undefined>): Statement[] {
  const out: Statement[] = [];
  for (const key of Object.keys(groups)) {
    const raw = groups[key];
    if (raw !== undefined) out.push(statement(key, fieldValue(raw, key), PRIORITY.field));
  }
  return out;
}
/** The rules of field lines and of widget lines (matchLine's own readings, not table rows). */
export const FIELDS_RULE = 'page-fields';
const WIDGETS_RULE = 'page-widgets';

/** A line of labelled fields: what its labels state (labels that state nothing kept are dropped). */
function fieldsMatch(line: string): LineMatch | null {
  const fields = parseFieldLine(line);
  if (fields === null) return null;
  const statements: Statement[] = [];
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i]!;
    if (f.key) statements.push(statement(f.key, f.value, PRIORITY.field));
  }
  // a bare date in figures under the article may be a notice's signature: above it only
  return lineMatch(FIELDS_RULE, NUMERIC_DATE_LINE.test(line.trim()) ? 'head' : 'edge', null, statements);
}

type LineTableRule = (typeof LINE_TABLE)[number];

/** Whether `rule` may match a line of these NEEDED bits (`mask`) opening with a character of these OPENS bits (`opening`). */
const mayMatch = (rule: LineTableRule, mask: number, opening: number): boolean =>
  (rule.bit === UNTESTED || (mask & rule.bit) !== 0) && (rule.firstBit === UNTESTED || (opening & rule.firstBit) !== 0);

/** The first whole-line rule of the table that matches. */
function lineRuleMatch(line: string): LineMatch | null {
  const mask = NEEDED.maskOf(line);
  const opening = OPENS.bitsOf(line.charCodeAt(0));
  for (let i = 0; i < LINE_TABLE.length; i++) {
    const rule = LINE_TABLE[i]!;
    if (!mayMatch(rule, mask, opening)) continue;
    if (rule.phrase !== null && !rule.phrase.test(line)) continue;
    const m = rule.pattern.exec(line);
    if (m === null) continue;
    // a rule's named groups are what it states (the credit's are read as org and person)
    const groups = m.groups;
    const statements = groups === undefined ? NO_STATEMENTS : rule.id === 'credit' ? creditStatements(groups) : groupStatements(groups);
    return lineMatch(rule.id, rule.zone, rule.role, statements, null, false, rule.besideFooter);
  }
  return null;
}

/**
 * What the line rules made of the lines read so far, across pages (lib/line-memo.ts): a site's
 * pages repeat their chrome (10 MB corpus: 26,118 lines read, 6,737 of them different). A match is
 * shared by every page that has the line: never changed (nothing adds to its statements or crumbs).
 */
const matchedLines = new LineMemo<LineMatch | null>((line) => matchLine(line), 4096, 256);

function matchLine(line: string): LineMatch | null {
  const fields = fieldsMatch(line);
  if (fields !== null) return fields;
  const crumb = parseBreadcrumb(line);
  if (crumb !== null) return lineMatch('breadcrumb', 'edge', 'navigation', NO_STATEMENTS, crumb.crumbs, crumb.prefixed);
  const ruled = lineRuleMatch(line);
  if (ruled !== null) return ruled;
  if (isWidgetLine(line)) return lineMatch(WIDGETS_RULE, 'edge', null, NO_STATEMENTS);
  // a statistics table's header (`指标 单位 本月 累计`) has a menu's shape: its rows follow it
  if (NAV_BAR.test(line) && !STAT_HEADER.test(line)) return lineMatch('navigation-bar', 'head', 'navigation', NO_STATEMENTS);
  return null;
}

const isChromeSized = (s: string): boolean => s.length > 0 && s.length <= MAX_CHROME_LINE_CHARS;

/**
 * A cheap test that every line whose match is one of `ids` passes (a line failing it need not be
 * classified): a widget line by its words, a field line by its reading (the first thing matchLine
 * reads, remembered: most lines the field-line gate lets through, `(一)…`, `2024年…`, read as no
 * field line, and are not run through the other rules). A line rule is tested by its phrase when
 * every row of it names one (LineRule.phrase), else by its rows' own characters (NEEDED, OPENS:
 * `page-number` opens with `第`, `共` or a dash, which a line of prose does not). For any other
 * rule (a run's, a row whose pattern tells no characters) no such test is known, and every line passes.
 */
export function mayMatchAs(ids: ReadonlySet<string>): (s: string) => boolean {
  const phrases: RegExp[] = [];
  const masked: LineTableRule[] = [];
  for (const id of ids) {
    if (id === WIDGETS_RULE || id === FIELDS_RULE) continue;
    const rows = LINE_TABLE.filter((r) => r.id === id);
    if (rows.length === 0) return () => true;
    if (rows.every((r) => r.phrase !== null)) {
      for (const r of rows) phrases.push(r.phrase!);
      continue;
    }
    // a rule some row of which names no phrase is tested by every row's characters
    if (rows.some((r) => r.bit === UNTESTED && r.firstBit === UNTESTED)) return () => true;
    for (const r of rows) masked.push(r);
  }
  const widgets = ids.has(WIDGETS_RULE);
  const fields = ids.has(FIELDS_RULE);
  return (s) => (widgets && isWidgetLine(s)) || anyRowMayMatch(masked, s) || (fields && parseFieldLine(s) !== null) || anyPhrase(phrases, s);
}

function anyPhrase(phrases: readonly RegExp[], s: string): boolean {
  for (let i = 0; i < phrases.length; i++) if (phrases[i]!.test(s)) return true;
  return false;
}

/** Whether a row of `rows` may match `s` by its characters (mayMatch); the line's bits are read only once its opening allows a row. */
function anyRowMayMatch(rows: readonly LineTableRule[], s: string): boolean {
  const opening = OPENS.bitsOf(s.charCodeAt(0));
  let mask = 0;
  let read = false;
  for (let i = 0; i < rows.length; i++) {
    const rule = rows[i]!;
    if (rule.firstBit !== UNTESTED && (opening & rule.firstBit) === 0) continue;
    if (!read) {
      mask = NEEDED.maskOf(s);
      read = true;
    }
    if (mayMatch(rule, mask, opening)) return true;
  }
  return false;
}

/** The rules that state something: the credit, and every rule whose pattern names groups (groupStatements). */
const STATING_RULES = LINE_TABLE.filter((r) => r.id === 'credit' || /\(\?<[A-Za-z]/.test(r.pattern.source));

/**
 * What a line states as chrome would, without the rest of its classification: its match as
 * ClassifiedLines.matchAt gives it when that match states something (a field line's fields, a
 * breadcrumb's crumbs, a credit's contributor, a named group's value), else null or a match stating
 * nothing. No run and no other rule states anything, so a line none of those can be (most lines of the blocks
 * cut around an article: menus, lists, footers) is given up without the other rules or the runs.
 */
export function statingMatch(line: string): LineMatch | null {
  const s = line.trim();
  return isChromeSized(s) ? statedLines.get(s) : null;
}

/** statingMatch of a trimmed, chrome-sized line. */
function readStatingLine(s: string): LineMatch | null {
  const fields = fieldsMatch(s);
  if (fields !== null) return fields;
  const crumb = parseBreadcrumb(s);
  if (crumb !== null) return lineMatch('breadcrumb', 'edge', 'navigation', NO_STATEMENTS, crumb.crumbs, crumb.prefixed);
  const mask = NEEDED.maskOf(s);
  const opening = OPENS.bitsOf(s.charCodeAt(0));
  for (let i = 0; i < STATING_RULES.length; i++) if (mayMatch(STATING_RULES[i]!, mask, opening)) return lineRuleMatch(s);
  return null;
}
/**
 * statingMatch's readings so far, across pages (lib/line-memo.ts): the blocks cut around an
 * article are the site's menus and footers, the same lines page after page (10 MB corpus: 16,057
 * lines read, 661 of them different).
 */
const statedLines = new LineMemo<LineMatch | null>((line) => readStatingLine(line), 4096, 256);

/** For tests: forgets the lines read (the line rules' and statingMatch's), so that the next ask reads its line afresh. */
export function forgetClassifiedLines(): void {
  matchedLines.clear();
  statedLines.clear();
}

/**
 * Whether a line may open a run of any rule, in one test per line: few lines do, and only those
 * are tried against each rule's own start. (The starts share their flags; see the check below.)
 */
// (the leading ^ tells the engine the whole pattern is anchored: it is tried at the line's start only)
const ANY_RUN_START = new RegExp(`^(?:${RUN_RULES.map((r) => `(?:${r.start.source})`).join('|')})`, RUN_RULES[0]!.start.flags);
if (RUN_RULES.some((r) => r.start.flags !== ANY_RUN_START.flags)) throw new Error('RUN_RULES: every start pattern must have the same flags');

/**
 * The page's lines, classified. A line is run through the line rules only when first asked about
 * (matchAt): chrome stands at the page's edges, so the zone scans ask about the lines at the top
 * and bottom, and most of the article is never tried. Runs are found over all lines when built,
 * as whether a line opens a run depends on the runs above it.
 *
 * A run's lines are not classified when it is found: a line keeps its own match if it has one
 * (other than `related-heading`), else takes the first run over it, and that is settled only when
 * the line is asked about. (Tables are full of runs of short cells; most are never asked about.)
 * Only a run's opening line is classified at once: a line another rule explains opens no run.
 */
export class ClassifiedLines {
  /** each line trimmed (blank lines are empty) */
  readonly trimmed: string[];
  /** a line's own match once asked about (undefined: not yet) */
  private readonly own: Array<LineMatch | null | undefined>;
  /** the first run over each line (null: none) */
  private readonly runs: Array<LineMatch | null>;

  constructor(lines: readonly string[]) {
    const trimmed: string[] = new Array<string>(lines.length);
    const starts: number[] = [];
    for (let i = 0; i < lines.length; i++) {
      const s = lines[i]!.trim();
      trimmed[i] = s;
      if (isChromeSized(s) && ANY_RUN_START.test(s)) starts.push(i);
    }
    this.trimmed = trimmed;
    this.own = new Array<LineMatch | null | undefined>(lines.length).fill(undefined);
    this.runs = new Array<LineMatch | null>(lines.length).fill(null);
    if (starts.length > 0) for (let r = 0; r < RUN_TABLE.length; r++) this.markRuns(RUN_TABLE[r]!, starts);
    this.markTeaser();
  }

  get length(): number {
    return this.trimmed.length;
  }

  isBlank(i: number): boolean {
    return this.trimmed[i]!.length === 0;
  }

  /** The chrome rule that matches line `i`, or null. Blank and long lines never match. */
  matchAt(i: number): LineMatch | null {
    const own = this.ownMatch(i);
    const run = this.runs[i]!;
    return run !== null && !explains(own) ? run : own;
  }

  /** What the line rules make of line `i` alone. */
  private ownMatch(i: number): LineMatch | null {
    let m = this.own[i];
    if (m === undefined) {
      const s = this.trimmed[i]!;
      m = isChromeSized(s) ? matchedLines.get(s) : longLineMatch(s);
      this.own[i] = m;
    }
    return m;
  }

  /** Marks the runs of one rule, tried only at the lines that may open a run. */
  private markRuns(rule: (typeof RUN_TABLE)[number], starts: readonly number[]): void {
    const { trimmed, runs } = this;
    let next = 0; // lines inside a run just marked do not open another
    for (let n = 0; n < starts.length; n++) {
      const i = starts[n]!;
      if (i < next || runs[i] !== null || !rule.start.test(trimmed[i]!)) continue;
      const members = [i];
      let j = i + 1;
      for (; j < trimmed.length; j++) {
        const s = trimmed[j]!;
        if (s.length === 0) continue;
        if (!isChromeSized(s) || !rule.follow.test(s)) break;
        members.push(j);
      }
      if (rule.sparesTitle && members.length > 1 && this.titleFollows(j)) members.pop();
      if (members.length < rule.minLines || (rule.sparesTable && this.cellValueFollows(j))) continue;
      // a line another rule already explains does not open a run (`• 【失效日期】--` is a field);
      // asked only once the run is long enough, as classifying the line costs more than the run
      if (explains(this.ownMatch(i))) continue;
      const match = lineMatch(rule.id, rule.zone, rule.role, NO_STATEMENTS);
      for (let k = 0; k < members.length; k++) if (runs[members[k]!] === null) runs[members[k]!] = match;
      next = j;
    }
  }

  /**
   * Marks a share teaser closing the page: its last lines repeating the opening's title line or a
   * sentence of its lead (MAX_TEASER_LINES). A line that repeats nothing ends the search. The
   * opening is read (its lines without spaces) only once a closing line is long enough to repeat it.
   */
  private markTeaser(): void {
    const { trimmed, runs } = this;
    let end = 0;
    for (let seen = 0; end < trimmed.length && seen < TEASER_OPENING_LINES; end++) if (trimmed[end]!.length > 0) seen++;
    let opening: string[] | null = null;
    let openingText: string | null = null;
    let marked = 0;
    for (let i = trimmed.length - 1; i >= end && marked < MAX_TEASER_LINES; i--) {
      const s = trimmed[i]!;
      if (s.length === 0) continue;
      const q = squeezeSpace(s);
      if (q.length < MIN_TEASER_CHARS) return;
      opening ??= openingLines(trimmed, end);
      let repeats = opening.includes(q);
      if (!repeats && q.length >= MIN_TEASER_LEAD_CHARS && SENTENCE_PUNCTUATION.test(q)) repeats = (openingText ??= opening.join('')).includes(q);
      if (!repeats || runs[i] !== null) return;
      runs[i] = lineMatch('share-teaser', 'tail', null, NO_STATEMENTS);
      marked++;
    }
  }

  /** Whether the first non-blank line from `from` on reads as the article (its title stands above it). */
  /** Whether the first non-blank line from `from` is a table's value cell alone (NUMBER_CELL). */
  private cellValueFollows(from: number): boolean {
    let next = from;
    while (next < this.trimmed.length && this.trimmed[next]!.length === 0) next++;
    return next < this.trimmed.length && NUMBER_CELL.test(this.trimmed[next]!);
  }

  private titleFollows(from: number): boolean {
    const trimmed = this.trimmed;
    let next = from;
    while (next < trimmed.length && trimmed[next]!.length === 0) next++;
    const s = trimmed[next];
    return s !== undefined && (PROSE_PUNCTUATION.test(s) || s.length > MAX_SHORT_LINE_CHARS);
  }
}

const SPACE = charSet(JS_WHITESPACE);
/** The line without its white space (the same string when it holds none, as most lines do). */
const squeezeSpace = (s: string): string => (SPACE.indexIn(s) < 0 ? s : s.replace(/\s+/g, ''));

/** The non-blank lines before `end`, without their white space. */
function openingLines(trimmed: readonly string[], end: number): string[] {
  const opening: string[] = [];
  for (let i = 0; i < end; i++) if (trimmed[i]!.length > 0) opening.push(squeezeSpace(trimmed[i]!));
  return opening;
}

/**
 * Whether a line's own match stands against a run over it: a line another rule explains keeps that
 * rule (a 上一篇 line inside a related list); a related list's heading is the list's first line.
 */
const explains = (m: LineMatch | null): boolean => m !== null && m.rule !== 'related-heading';

export function classifyLines(lines: readonly string[]): ClassifiedLines {
  return new ClassifiedLines(lines);
}

/** Whether one line, on its own, is chrome a rule of the tail zone (or of either edge) removes. */
export function isTailChromeLine(s: string): boolean {
  const m = loneLineMatch(s.trim());
  return m !== null && (m.zone === 'tail' || m.zone === 'edge');
}

/**
 * What ClassifiedLines of the one (trimmed) line `s` gives it (matchAt), without building one: the
 * unglue steps ask about every piece they try, thousands a page. Alone, a line is no share teaser
 * (it is the page's opening) and opens no run needing more lines than itself: it takes the first
 * run of one line it opens unless its own match explains it (ClassifiedLines.markRuns).
 */
function loneLineMatch(s: string): LineMatch | null {
  const sized = isChromeSized(s);
  const own = sized ? matchedLines.get(s) : longLineMatch(s);
  if (!sized || explains(own) || !ANY_RUN_START.test(s)) return own;
  for (let r = 0; r < RUN_TABLE.length; r++) {
    const rule = RUN_TABLE[r]!;
    if (rule.minLines <= 1 && rule.start.test(s)) return lineMatch(rule.id, rule.zone, rule.role, NO_STATEMENTS);
  }
  return own;
}
