// Stage: rejoin the lines a scraper split by markup. Some scrapers dump each inline element of a page
// on a line of its own, so a number stands apart from its unit (`32.78` / `亿元,较去年…`: the metric
// is lost) and a heading or a word is cut (`九、` / `居民收` / `入` / `。`). On a page that shows the
// pattern (MIN_SPLITS line breaks where prose never breaks), a line break is removed where the two
// lines only make sense joined; everything else stays apart: a table's cells (a column of numbers,
// a lone unit between numbers), list items, headings, labelled fields, menus.
//
// It runs on text and Markdown pages, after normalise (which keeps the line count) and before the
// article stage, so every later stage, and every span, speaks of the rejoined text. HTML never needs
// it: inline markup never splits a line there.
import {
  AFTER_NUMBER_WORDS,
  CLAUSE_END,
  CLOSED_END,
  CONTINUATION_START,
  DANGLING_END,
  ENDS_IN_LATIN,
  MAX_NUMBER_FRAGMENT_CHARS,
  PHRASE_FRAGMENT,
  PREAMBLE_OPENING,
  PROSE_LINE_MIN_CHARS,
  PROSE_MARKS,
  DATE_TIME_LINE,
  FULL_DATE,
  MAX_DATE_PIECES,
  WHOLE_BRACKETED,
  FIELD_LINE,
  BRACKETED_FIELD_LINE,
  RANGE_CONNECTOR_LINE,
  RANGE_START_END,
  LIST_BULLET,
  MAX_SPLIT_HEADING_CHARS,
  MAX_WORD_END_CHARS,
  MIN_SPLIT_SHARE,
  MIN_SPLITS,
  NO_LINE_START,
  NUMBER_END,
  NUMBER_LINE,
  OPENER_END,
  OPENER_START,
  PARAGRAPH_AFTER_HEADING,
  SPLIT_YEAR,
  SUPERSCRIPT,
  SUPERSCRIPT_BASE,
} from '../rules/zh/split-lines.js';
import { SECTION_MARKER_START } from '../rules/zh/line-shapes.js';
import { SPEECH_PREAMBLE } from '../rules/zh/metadata.js';
import type { HeadingHint, PageText } from './types.js';

/** A word character ends the line: a Han character or a Latin letter (no mark, no digit). */
const WORD_END = /[\p{Script=Han}A-Za-z]$/u;
/** What a number may follow on the line above: a word, a clause mark, a closed bracket (`(定金等)` / `16.10亿元`). */
const BEFORE_NUMBER = /[\p{Script=Han}A-Za-z,、)〕]$/u;
/** Sentence and clause marks: a line holding none is plain (a title, a name, a table's cell). */
const MARKS = /[,。、;:!?()]/;

/**
 * Line `i`, or '' past the last line: a read past an array's end deoptimises the function that
 * makes it (V8's "out of bounds"), and every rule here looks one or two lines ahead.
 */
const lineAt = (lines: readonly string[], i: number): string => (i < lines.length ? lines[i]! : '');

/** Units, magnitudes and calendar words; Latin units in any case (`m2`, `M2`). */
const AFTER_NUMBER = AFTER_NUMBER_WORDS.map((w) => w.toLowerCase());
const startsAfterNumber = (line: string): boolean => {
  const b = line.toLowerCase();
  for (const w of AFTER_NUMBER) if (b.startsWith(w) || (b.length < w.length && w.startsWith(b))) return true;
  return false;
};

/** Whether lines from `i` on are a date split into pieces (`2020` / `年` / `12` / `月` / `25` / `日`) that ends its line. */
function splitDate(lines: readonly string[], i: number): boolean {
  let s = '';
  for (let k = i; k < lines.length && k < i + MAX_DATE_PIECES && lines[k]!.length > 0; k++) {
    s += lines[k]!;
    if (FULL_DATE.test(s)) return !NO_LINE_START.test(lineAt(lines, k + 1));
  }
  return false;
}

/** Lines of a table's column of numbers: a number line beside another number line. */
function numberCells(lines: readonly string[]): Uint8Array {
  const cells = new Uint8Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    if (!NUMBER_LINE.test(lines[i]!)) continue;
    if ((i > 0 && NUMBER_LINE.test(lines[i - 1]!)) || (i + 1 < lines.length && NUMBER_LINE.test(lines[i + 1]!))) cells[i] = 1;
  }
  return cells;
}

/**
 * A line of its own whatever stands above it: a heading (its numeral may stand apart from its `、`:
 * `四` / `、…`), a list item, a labelled field, a date with its time (a page's timestamp under its title).
 */
const opensOwnLine = (b: string, next: string): boolean =>
  SECTION_MARKER_START.test(b) ||
  LIST_BULLET.test(b) ||
  FIELD_LINE.test(b) ||
  BRACKETED_FIELD_LINE.test(b) ||
  DATE_TIME_LINE.test(b) ||
  (b.length <= 4 && SECTION_MARKER_START.test(b + next));

/** A heading line: opened by a section marker, short, no sentence in it. */
const isHeadingLine = (s: string): boolean => s.length <= MAX_SPLIT_HEADING_CHARS && SECTION_MARKER_START.test(s) && !/[。;!?]/.test(s);

/** Breaks where prose never breaks: the evidence that the page was split by markup. */
function countSplits(lines: readonly string[], cells: Uint8Array): number {
  let n = 0;
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!;
    const b = lines[i]!;
    if (a.length === 0 || b.length === 0 || cells[i - 1] === 1 || cells[i] === 1) continue;
    if (NO_LINE_START.test(b) || (NUMBER_END.test(a) && !opensOwnLine(b, lineAt(lines, i + 1)) && startsAfterNumber(b))) n++;
  }
  return n;
}

/** The line being built: what the rules read of it (its end, and whether it is one field or one number). */
interface Open {
  /** its last characters (the rules read the end only: a long joined line is never scanned again) */
  tail: string;
  /** it opened with a labelled field */
  field: boolean;
  /** it is one line that is only a number */
  bareNumber: boolean;
  /** it is one line without marks (a title, a name, a cell) */
  plain: boolean;
  /** the line above it holds no marks either (it is no fragment of a sentence: a table's header, a menu) */
  plainAbove: boolean;
  /** it is one heading line (`二、2031年主要任务`) */
  heading: boolean;
}
const TAIL_CHARS = 8;

/**
 * Whether line `i` continues the line being built: only where the two only make sense joined.
 */
function continues(open: Open, lines: readonly string[], i: number, cells: Uint8Array): boolean {
  const a = open.tail;
  const b = lines[i]!;
  if (cells[i] === 1 || cells[i - 1] === 1) return false;
  // `,较去年同期比降`, `。`, `)`, `、房地产…`: a line never opens with these
  if (NO_LINE_START.test(b)) return true;
  // `万m` / `2`, `单位:元/m` / `2`
  if (SUPERSCRIPT.test(b) && SUPERSCRIPT_BASE.test(a)) return true;
  const next = lineAt(lines, i + 1);
  // `…的80%` / `至` / `120%`: a range's connector between its two numbers (the second joins it as any number joins a word)
  if (RANGE_CONNECTOR_LINE.test(b) && RANGE_START_END.test(a) && /^\d/.test(next)) return true;
  if (opensOwnLine(b, next) || open.field || CLOSED_END.test(a)) return false;
  // `二、2031年主要任务` / `2031年是…。`, `一、“十六五”时期回顾` / `“十六五”期间…。`: the paragraph under a heading
  if (open.heading && PARAGRAPH_AFTER_HEADING.test(b) && /[。!?;]/.test(b)) return false;
  // `一、实施背景` / `2018~2020` / `年,我市…`: the same paragraph, its opening year split from its 年
  if (open.heading && SPLIT_YEAR.test(b) && next.startsWith('年')) return false;
  // `(` / `见图1)`, `80.26万元/` / `亩)`
  if (OPENER_END.test(a)) return true;
  // `…下降幅度为43%` / `(见表1)。`: a bracket opened inside the sentence; a note closed on its own line stands apart
  if (OPENER_START.test(b)) return !WHOLE_BRACKETED.test(b) && /[\p{Script=Han}A-Za-z\d%‰]$/u.test(a);
  // `五、土地出让市场升温,` / `设区市本级…`
  if (CLAUSE_END.test(a)) return true;
  if (NUMBER_END.test(a) && startsAfterNumber(b)) {
    // a lone unit between a bare number and another number is a table's row: `2021` / `年` / `35.2`
    // (a date's pieces are no row: `2020` / `年` / `12` / `月` / `25` / `日`)
    return !(open.bareNumber && AFTER_NUMBER.includes(b.toLowerCase()) && NUMBER_LINE.test(next) && !splitDate(lines, i - 1));
  }
  if (/^\d/.test(b)) {
    // a name over a date (`某某市人民政府` / `2020` / `年` …): a signature; a cell under a table's header
    if (open.plain && (open.plainAbove || splitDate(lines, i))) return false;
    // `…完成投资` / `32.78`, `今年` / `1-6`
    return BEFORE_NUMBER.test(a);
  }
  // `居民收` / `入` / `。`: a word's last characters, then the clause's end
  return b.length <= MAX_WORD_END_CHARS && !/\d/.test(b) && WORD_END.test(a) && NO_LINE_START.test(lineAt(lines, i + 1));
}

/** A line of its own, never joined to another by the provable joins: a heading, a list item, a field, a timestamp. */
const standsAlone = (s: string, next: string): boolean => isHeadingLine(s) || opensOwnLine(s, next);

/** A line of prose cut before a subscript (ENDS_IN_LATIN: `…以PM`). */
const cutBeforeSubscript = (s: string): boolean => s.length >= PROSE_LINE_MIN_CHARS && PROSE_MARKS.test(s) && ENDS_IN_LATIN.test(s);

/** A speech's 题注 cut in two: `a` opens one (PREAMBLE_OPENING) that only `a` and `b` together make (SPEECH_PREAMBLE). */
const cutPreamble = (a: string, b: string): boolean => PREAMBLE_OPENING.test(a) && !SPEECH_PREAMBLE.test(a) && SPEECH_PREAMBLE.test(a + b);

const numberFragment = (s: string): boolean => s.length <= MAX_NUMBER_FRAGMENT_CHARS && NUMBER_LINE.test(s);

/**
 * The lines that join the line above on any page, the break being provably inside one sentence
 * (split-lines.ts): a line that cannot end a sentence, then a fragment that cannot start one.
 * - prose cut before a subscript, then a short number (`…以PM` / `2.5`): the sentence is still open,
 *   so the line after the number joins too, unless it stands alone or is a number;
 * - a line ending in 的 (DANGLING_END), then a short phrase (`…发展的` / `主要预期目标`) or a line that
 *   opens as no sentence does (CONTINUATION_START, `是:…`); after the phrase, such a line joins too;
 * - a speech's 题注 cut in two (`——2031年1月5日在某县第三届` / `人民代表大会第二次会议上`, PREAMBLE_OPENING):
 *   the two lines make one 题注 (SPEECH_PREAMBLE), the first alone does not.
 * Headings, list items, fields and timestamps never join, nor does a line join one of them, nor a
 * table's column of numbers.
 */
function provableJoins(lines: readonly string[], cells: Uint8Array): Uint8Array {
  const joins = new Uint8Array(lines.length);
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!;
    const b = lines[i]!;
    const c = lineAt(lines, i + 1);
    if (a.length === 0 || b.length === 0 || joins[i - 1] === 1) continue;
    // the shapes first (few lines have one), then whether either line stands alone
    // a number beside another number line is a table's column, not a subscript
    const subscript = cutBeforeSubscript(a) && numberFragment(b) && cells[i] === 0;
    const dangling = !subscript && DANGLING_END.test(a) && (PHRASE_FRAGMENT.test(b) || CONTINUATION_START.test(b));
    if (!subscript && !dangling && !cutPreamble(a, b)) continue;
    if (standsAlone(a, b) || standsAlone(b, c)) continue;
    let takesNext = false;
    if (subscript) takesNext = c.length > 0 && !standsAlone(c, lineAt(lines, i + 2)) && !NUMBER_LINE.test(c);
    else if (dangling) takesNext = PHRASE_FRAGMENT.test(b) && CONTINUATION_START.test(c);
    joins[i] = 1;
    if (takesNext) joins[++i] = 1;
  }
  return joins;
}

/**
 * The page with its markup-split lines rejoined (the same object when the page shows no such
 * split). Heading hints follow their lines.
 */
export function rejoinLines(page: PageText): PageText {
  if (page.blocks !== undefined) return page;
  const raw = page.text.split('\n');
  const lines = raw.map((l) => l.trim());
  const cells = numberCells(lines);
  const splits = countSplits(lines, cells);
  const nonBlank = lines.reduce((n, l) => n + (l.length > 0 ? 1 : 0), 0);
  // a page that shows the pattern is rejoined by every rule; any other only where a join is provable
  const split = splits >= MIN_SPLITS && splits >= MIN_SPLIT_SHARE * nonBlank;
  const provable = provableJoins(lines, cells);
  if (!split && !provable.includes(1)) return page;
  const out: string[] = [];
  const lineOf = new Int32Array(raw.length);
  const appended = new Uint8Array(raw.length);
  let joined = false;
  const open: Open = { tail: '', field: false, bareNumber: false, plain: false, plainAbove: false, heading: false };
  for (let i = 0; i < raw.length; i++) {
    const s = lines[i]!;
    if (i > 0 && s.length > 0 && lines[i - 1]!.length > 0 && (provable[i] === 1 || (split && continues(open, lines, i, cells)))) {
      out[out.length - 1] += s;
      lineOf[i] = out.length - 1;
      appended[i] = 1;
      open.tail = (open.tail + s).slice(-TAIL_CHARS);
      open.bareNumber = open.plain = open.heading = false;
      joined = true;
      continue;
    }
    lineOf[i] = out.length;
    out.push(raw[i]!);
    open.tail = s.slice(-TAIL_CHARS);
    open.field = FIELD_LINE.test(s);
    open.bareNumber = NUMBER_LINE.test(s);
    open.plain = !MARKS.test(s);
    open.plainAbove = i > 0 && lines[i - 1]!.length > 0 && !MARKS.test(lines[i - 1]!);
    open.heading = isHeadingLine(s);
  }
  if (!joined) return page;
  const text = out.join('\n');
  if (page.headings === undefined) return { ...page, text };
  // a hint whose line was joined to the line above no longer opens a line: it is no heading
  const headings: HeadingHint[] = [];
  for (const h of page.headings) if (h.line >= 0 && h.line < raw.length && appended[h.line] === 0) headings.push({ ...h, line: lineOf[h.line]! });
  return { ...page, text, headings };
}
