// Labelled statements on one line: `时间:2011-09-26 08:48来源:未知 作者:admin 点击:`,
// `• 【发布单位】海关总署`, `(责任编辑:芦顺强)`. Labels come from src/rules/zh/metadata.ts.
import { charSet, JS_WHITESPACE, type CharSet } from '../../lib/char-set.js';
import { firstChars } from '../../lib/regex-chars.js';
import { alternationOrder } from '../../lib/pattern.js';
import { ABSENT_VALUES, DATED_VERBS, DATE_KEYS, ENGLISH_MONTHS, FIELD_LABELS, INFO_TABLE_ROW_LABELS, MAX_LABEL_GAP, MAX_SITE_LEAD_CHARS, MAX_TWO_CHAR_LABEL_GAP, SITE_OR_ORG_ENDINGS, SUMMARY_FIELD_LABELS, TABLE_FIELD_LABELS } from '../../rules/zh/metadata.js';
import { alternation } from '../../lib/pattern.js';
import { BULLET_CHARS, LEADING_BULLET } from '../../rules/zh/line-shapes.js';
import { DATE_TIME_LINE, NUMERIC_DATE_LINE } from '../../rules/zh/split-lines.js';
import type { KnownMetadataKey } from '../../schema/records.js';
import { isWidgetLine } from './widgets.js';
import { LineMemo } from '../../lib/line-memo.js';

export interface FieldStatement {
  label: string;
  /** null: the label is chrome that states nothing kept (click counts) */
  key: KnownMetadataKey | 'writtenDate' | null;
  /** null: stated as absent */
  value: string | null;
}

/** A field value longer than this is prose, not a field. */
const MAX_FIELD_VALUE_CHARS = 80;
/**
 * A web address alone is never prose, however long its path (`原始链接:https://…/t20210108_1614646.htm`
 * runs past 80 characters): it is held to this bound instead.
 */
const MAX_URL_VALUE_CHARS = 2048;
const URL_VALUE = /^https?:\/\/\S+$/i;
const tooLong = (value: string): boolean => value.length > MAX_FIELD_VALUE_CHARS && (value.length > MAX_URL_VALUE_CHARS || !URL_VALUE.test(value));

/**
 * The labels, each also with layout spaces between its Chinese characters (`索 引 号`, `标  题`),
 * as info tables space them out to line up; the label read is looked up with its spaces dropped.
 *
 * A label is found by a scan over these forms indexed by first character, not by a regex: the
 * alternation of some 90 labels, three times over (`【label】`, `[label]`, `label:`), cost V8 about
 * 0.2 s of CPU to compile in every thread that met a field line. The scan keeps the regex's
 * reading: at each position `【`, `[` or a label's first character, the forms are tried in the
 * alternation's order (every spaced form, then the plain ones longest first), the first whose
 * closer follows wins, and the search goes on after it (held to that regex by
 * tests/stages/article/parse-fields.test.ts).
 */
interface LabelForm {
  chars: string;
  /** spaces or tabs between its characters (a 2–4 character Chinese label), up to MAX_LABEL_GAP in a gap */
  spaced: boolean;
}
const LABEL_FORMS: readonly LabelForm[] = [
  ...Object.keys(FIELD_LABELS)
    .filter((l) => /^[\u4e00-\u9fff]{2,4}$/.test(l))
    .map((chars) => ({ chars, spaced: true })),
  ...alternationOrder(Object.keys(FIELD_LABELS)).map((chars) => ({ chars, spaced: false })),
];
/** What may stand between a spaced label's characters. */
const LAYOUT_SPACE_CHARS = ' \t';
/**
 * The forms by their first two characters as a line shows them (a spaced form's second is a
 * layout space), each list in LABEL_FORMS' order: at a position, only the forms that can stand
 * there are tried, and most positions (a line's words) have none.
 */
const FORMS_BY_OPENING = new Map<number, Map<number, LabelForm[]>>();
for (const form of LABEL_FORMS) {
  if (form.chars.length < 2) throw new Error(`FIELD_LABELS: ${form.chars} is one character; the label scan indexes a label's first two`);
  const first = form.chars.charCodeAt(0);
  let bySecond = FORMS_BY_OPENING.get(first);
  if (bySecond === undefined) FORMS_BY_OPENING.set(first, (bySecond = new Map()));
  const seconds = form.spaced ? LAYOUT_SPACE_CHARS : form.chars[1]!;
  for (let k = 0; k < seconds.length; k++) bySecond.set(seconds.charCodeAt(k), [...(bySecond.get(seconds.charCodeAt(k)) ?? []), form]);
}
/** The labels' first characters, as a table: most characters open no label, and are passed without a lookup. */
const LABEL_FIRSTS = charSet(LABEL_FORMS.map((f) => f.chars[0]!));
const SPACE = charSet(JS_WHITESPACE);
const LAYOUT_SPACE = charSet(LAYOUT_SPACE_CHARS);
const BULLETS = charSet(BULLET_CHARS);
/** `(`, `[`, `【`: a field line may open wrapped */
const WRAP_OPENERS = charSet('([【');
const COLON = 58; // :
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Where `form` ends when it stands at `at`, or -1. */
function formEnd(s: string, at: number, form: LabelForm): number {
  if (!form.spaced) return s.startsWith(form.chars, at) ? at + form.chars.length : -1;
  let i = at;
  const maxGap = form.chars.length === 2 ? MAX_TWO_CHAR_LABEL_GAP : MAX_LABEL_GAP;
  for (let k = 0; k < form.chars.length; k++) {
    if (k > 0) {
      const from = i;
      while (i < s.length && i - from <= maxGap && LAYOUT_SPACE.has(s.charCodeAt(i))) i++;
      if (i === from || i - from > maxGap) return -1;
    }
    if (i >= s.length || s.charCodeAt(i) !== form.chars.charCodeAt(k)) return -1;
    i++;
  }
  return i;
}

const skipSpace = (s: string, from: number): number => SPACE.runEnd(s, from);

/**
 * A label at `at` in one of its three forms: the label as the table holds it (a spaced form's
 * without its spaces, the key FIELD_LABELS and the label sets are read by) and where the form ends;
 * null when none stands there. No piece of the line is sliced, nor its spaces dropped.
 */
function labelAt(s: string, at: number): { label: string; end: number } | null {
  const c = s.charCodeAt(at);
  const closer = c === 0x3010 ? 0x3011 : c === 91 ? 93 : -1; // 【】 []
  const from = closer < 0 ? at : skipSpace(s, at + 1);
  // a label has two characters or more; every read is held inside the line (as in opensField)
  if (from + 1 >= s.length || !LABEL_FIRSTS.has(s.charCodeAt(from))) return null;
  const forms = FORMS_BY_OPENING.get(s.charCodeAt(from))?.get(s.charCodeAt(from + 1));
  if (forms === undefined) return null;
  for (const form of forms) {
    const end = formEnd(s, from, form);
    if (end < 0) continue;
    const after = skipSpace(s, end);
    if (after < s.length && s.charCodeAt(after) === (closer < 0 ? COLON : closer)) return { label: form.chars, end: after + 1 };
  }
  return null;
}

/** Every label of the line, left to right, each searched for after the previous one. */
function findLabels(s: string): Array<{ label: string; index: number; end: number }> {
  const found: Array<{ label: string; index: number; end: number }> = [];
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    const m = c === 0x3010 || c === 91 || LABEL_FIRSTS.has(c) ? labelAt(s, i) : null;
    if (m) {
      found.push({ label: m.label, index: i, end: m.end });
      i = m.end;
    } else i++;
  }
  return found;
}

/**
 * How a field line opens (after its bullet): a wrapper, a date (four digits), a verb of publishing
 * (DATED_VERBS) or a label. Most
 * lines open with none, and are given up after this one test.
 */
function opensField(s: string): boolean {
  // every read is held inside the line: a read past its end deoptimises this function (V8's "out of bounds")
  const at = s.length > 0 && BULLETS.has(s.charCodeAt(0)) ? skipSpace(s, 1) : 0;
  if (at >= s.length) return false;
  const c = s.charCodeAt(at);
  if (WRAP_OPENERS.has(c)) return true;
  if (at + 3 < s.length && isDigit(c) && isDigit(s.charCodeAt(at + 1)) && isDigit(s.charCodeAt(at + 2)) && isDigit(s.charCodeAt(at + 3))) return true;
  if (DATED_VERB_FIRSTS.has(c) && DATED_VERBS.some((v) => s.startsWith(v, at))) return true;
  return labelAt(s, at) !== null;
}
const DATED_VERB_FIRSTS = charSet(DATED_VERBS.map((v) => v[0]!));

/** For tests: the scan's readings, to hold them to the regexes they replace. */
export const labelScan = { findLabels, opensField, labelAtStart: (s: string): boolean => labelAt(s, 0) !== null };

/** For tests: the cheap test parseFieldLine gives up most lines by, and the reading it stands before (never null where the test passes a line). */
export const fieldLineGate = { mayBeFieldLine: (line: string): boolean => mayBeFieldLine(line), readFieldLine: (line: string) => readFieldLine(line) };

const WRAP_OPEN = '[((\\[【]';
const WRAPPED = new RegExp(`^${WRAP_OPEN}([^()()[\\]【】]*)[))\\]】]$`);
const DATE_OPEN = '\\d{4}';
// the fields may follow with no space between (`2019-09-26 12:11来源:某某网`, spans joined): the rest must then be fields
/** A date, maybe with its clock time, as a page states its own (`2024-01-12`, `2024年1月12日 10:30`). */
const PAGE_DATE = `${DATE_OPEN}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?(?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?`;
// maybe in brackets (`[ 2024-01-12 ]  字体:大 中 小`)
const LEADING_DATE = new RegExp(`^(?:${WRAP_OPEN}\\s*)?(${PAGE_DATE})(?:\\s*[))\\]】])?(?:\\s+(?=\\S)|(?=[^\\d\\s:：]))`);
/** `发布于 2024-01-12`: a verb of publishing (DATED_VERBS) and the page's date, no colon between. */
const DATED_VERB = new RegExp(`^${alternation(DATED_VERBS)}\\s*(${PAGE_DATE})(?![\\d:])`);
// (a bullet between two fields, `● 发布时间:… ● 来源:…`, is no part of either value)
/** What a value is trimmed of at its start and at its end (white space, a cell's bar, a bracket of the field beside it). */
const VALUE_LEADING_EDGE = charSet(`${JS_WHITESPACE}|/,,;;】]${BULLET_CHARS}`);
const VALUE_TRAILING_EDGE = charSet(`${JS_WHITESPACE}|/,,;;【[${BULLET_CHARS}`);
/** `s` without its leading VALUE_LEADING_EDGE characters and then its trailing VALUE_TRAILING_EDGE ones (one table each, no regex scan of every position). */
function trimValueEdges(s: string): string {
  const from = VALUE_LEADING_EDGE.runEnd(s, 0);
  let to = s.length;
  while (to > from && VALUE_TRAILING_EDGE.has(s.charCodeAt(to - 1))) to--;
  return from === 0 && to === s.length ? s : s.slice(from, to);
}

/** The characters an anchored pattern's match opens with (lib/regex-chars.ts), as a table; null: any. */
const openers = (re: RegExp): CharSet | null => {
  const chars = firstChars(re);
  return chars === null ? null : charSet(chars);
};
/** Whether a match of the pattern whose openers these are may start `s` (a line opening otherwise is not run through it). */
const mayOpen = (set: CharSet | null, s: string): boolean => set === null || set.has(s.charCodeAt(0));
const BULLET_OPENERS = openers(LEADING_BULLET);
const WRAPPED_OPENERS = openers(WRAPPED);
const DATE_TIME_OPENERS = openers(DATE_TIME_LINE);
const NUMERIC_DATE_OPENERS = openers(NUMERIC_DATE_LINE);
const LEADING_DATE_OPENERS = openers(LEADING_DATE);
const DATED_VERB_OPENERS = openers(DATED_VERB);

/** The site leading a date line, with the spaces after it (see SITE_OR_ORG_ENDINGS); a date must follow. */
const SITE_LEAD = new RegExp(
  `^(?:(?:https?://)?(?:[a-z0-9-]{1,63}\\.){1,6}[a-z]{2,6}(?:/\\S{0,200})?|[^\\s::。,,;;!?]{1,${MAX_SITE_LEAD_CHARS}}?${alternation(SITE_OR_ORG_ENDINGS)})\\s+(?=\\d{4})`,
  'i',
);

/** A date line led by its site: the fields of the date line after the lead; null when it is no such line. */
function siteLedFields(s: string): readonly FieldStatement[] | null {
  const lead = SITE_LEAD.exec(s);
  if (lead === null) return null;
  const rest = parseFieldLine(s.slice(lead[0].length));
  return rest !== null && rest[0]!.key === 'pageDate' && rest[0]!.label === '' ? rest : null;
}

/**
 * The field lines read so far, across pages (lib/line-memo.ts): a site's pages repeat their field
 * lines (`来源:… 字号:大 中 小`, `发布机构:…`, `文号:`), and a page's stages ask about the same line
 * several times (a scraper's header, the label pairing, the line rules, the metadata). A line read
 * as no field line is kept too (as null): the lines the gate lets through and that read as none
 * (`(一)…`, `2024年…`, a table's row) are asked about again as often (10 MB corpus: 11,928 such
 * readings of 1,953 lines).
 */
const readLines = new LineMemo<readonly FieldStatement[] | null>((line) => readFieldLine(line), 4096, 256);

/** For tests: empties what was read, so that the next ask reads its line afresh. */
export function forgetFieldLines(): void {
  readLines.clear();
}

/**
 * Whether SITE_LEAD may open `s`: its lead (a web address, or a name ending as a site or an organ
 * does) holds no white space, and white space then the date's four digits follow it, so the line's
 * first white space must be followed, after the run it opens, by four digits.
 */
function mayBeSiteLed(s: string): boolean {
  const space = SPACE.indexIn(s);
  if (space <= 0) return false;
  const at = SPACE.runEnd(s, space);
  return at + 3 < s.length && isDigit(s.charCodeAt(at)) && isDigit(s.charCodeAt(at + 1)) && isDigit(s.charCodeAt(at + 2)) && isDigit(s.charCodeAt(at + 3));
}

/**
 * Whether `line` may be a field line at all: it opens as one (opensField), or a site may lead its
 * date (mayBeSiteLed), the two ways readFieldLine reads a line. Most lines are neither, and are
 * given up by this test without the reading or a lookup in what was read.
 */
export const mayBeFieldLine = (line: string): boolean => {
  const s = line.trim();
  return opensField(s) || mayBeSiteLed(s) || mayBeLabelRow(s);
};

const PIPE = 124; // |
const ROW_LABEL_FIRSTS = charSet([...INFO_TABLE_ROW_LABELS].map((l) => l[0]!));
/** A cell's label as INFO_TABLE_ROW_LABELS holds it: padding spaces out (`文  号`, `有 效 性`). */
const rowLabel = (cell: string): string => cell.replace(/\s+/g, '');

/**
 * Whether `s` (trimmed) may be an info table's row of colonless label cells: its first cell (after a Markdown row's
 * opening `|`) is one of INFO_TABLE_ROW_LABELS and a cell follows it.
 */
function mayBeLabelRow(s: string): boolean {
  const at = s.length > 0 && s.charCodeAt(0) === PIPE ? skipSpace(s, 1) : 0;
  if (at >= s.length || !ROW_LABEL_FIRSTS.has(s.charCodeAt(at))) return false;
  const bar = s.indexOf('|', at);
  return bar > at && INFO_TABLE_ROW_LABELS.has(rowLabel(s.slice(at, bar)));
}

/**
 * An info table's row of colonless label cells, each followed by its value cell (`索引号 | 765471314/2022-00073 |  |
 * 发布机构 | 杭州公积金中心 |`; empty cells a colspan leaves are passed over, a label followed by a label has no value):
 * its fields; null when a cell is neither such a label nor a value after one, when a value is a sentence, too long or
 * itself a label (a document list's header, `标题 | 发布日期`), or when no label has a value.
 * `fixtures/article/info-table-label-cells`
 */
function labelRowFields(s: string): readonly FieldStatement[] | null {
  if (!mayBeLabelRow(s)) return null;
  const cells = s.split('|').map((c) => c.trim()).filter((c) => c.length > 0);
  const statements: FieldStatement[] = [];
  let valued = 0;
  for (let i = 0; i < cells.length; i++) {
    const label = rowLabel(cells[i]!);
    if (!INFO_TABLE_ROW_LABELS.has(label)) return null;
    const key = FIELD_LABELS[label] ?? null;
    const next = cells[i + 1];
    if (next === undefined || INFO_TABLE_ROW_LABELS.has(rowLabel(next))) {
      statements.push({ label, key, value: null });
      continue;
    }
    if (tooLong(next) || /[。!?]/.test(next) || Object.hasOwn(FIELD_LABELS, rowLabel(next))) return null;
    const value = fieldValue(next, key);
    if (value !== null) valued++;
    statements.push({ label, key, value });
    i++;
  }
  return valued > 0 ? statements : null;
}

/** Parses a line made only of labelled fields; null when it is anything else. The statements are shared: not to be changed. */
export function parseFieldLine(line: string): readonly FieldStatement[] | null {
  return mayBeFieldLine(line) ? readLines.get(line) : null;
}

function readFieldLine(line: string): readonly FieldStatement[] | null {
  let s = line.trim();
  if (!opensField(s)) return siteLedFields(s) ?? labelRowFields(s);
  if (mayOpen(BULLET_OPENERS, s)) s = s.replace(LEADING_BULLET, '');
  // `(责任编辑:芦顺强)`, `【责任编辑:赵六】`; but `【文件来源】` is itself a label, not a wrapper
  const wrapped = mayOpen(WRAPPED_OPENERS, s) ? WRAPPED.exec(s) : null;
  if (wrapped) {
    const inner = parseFieldLine(wrapped[1]!);
    if (inner) return inner;
  }
  // a wrapped info line that markup cut in two (`(发布日期:2019年05月31日` over `文号:某发〔2019〕7号)`): each half a field line
  const half = halfWrapped(s);
  if (half !== null) {
    const inner = parseFieldLine(half);
    if (inner) return inner;
  }
  // `2031-03-04 10:20:00` alone: a page's timestamp (a date with its time; a date alone may be a signature's)
  if (mayOpen(DATE_TIME_OPENERS, s) && DATE_TIME_LINE.test(s)) return [{ label: '', key: 'pageDate', value: normaliseDate(s) }];
  // `2024-01-12` (or `[ 2024-01-12 ]`, unwrapped above) alone: a page's date in figures
  if (mayOpen(NUMERIC_DATE_OPENERS, s) && NUMERIC_DATE_LINE.test(s)) return [{ label: '', key: 'pageDate', value: normaliseDate(s) }];
  // `2024-01-12 10:30 来源:海关总署`: a page date may stand before the labelled fields, or before
  // the page's widgets (`2024-01-12  字体:大 中 小`)
  const leadingDate = mayOpen(LEADING_DATE_OPENERS, s) ? LEADING_DATE.exec(s) : null;
  if (leadingDate) return withDateFirst(leadingDate[1]!, s.slice(leadingDate[0].length));
  // `发布于 2024-01-12`, alone or before the fields or widgets
  const dated = mayOpen(DATED_VERB_OPENERS, s) ? DATED_VERB.exec(s) : null;
  if (dated) return withDateFirst(dated[1]!, s.slice(dated[0].length).trim());
  if (labelAt(s, 0) === null) return null;
  const found = findLabels(s);
  if (found.length === 0 || found[0]!.index !== 0) return null;
  if (found.length === 1 && TABLE_FIELD_LABELS.has(found[0]!.label) && !/\s/.test(s.slice(0, found[0]!.end).trimEnd())) return null;
  const statements: FieldStatement[] = [];
  for (let i = 0; i < found.length; i++) {
    const raw = valueText(s.slice(found[i]!.end, i + 1 < found.length ? found[i + 1]!.index : s.length));
    // (a summary's value in a table's row may be sentences: SUMMARY_FIELD_LABELS)
    if (!(SUMMARY_FIELD_LABELS.has(found[i]!.label) && s.includes('|')) && (tooLong(raw) || /[。!?]/.test(raw))) return null;
    const labelled = FIELD_LABELS[found[i]!.label] ?? null;
    // an address's label over anything but an address (`链接:全国人大`, a link list's heading) states no url
    const key = labelled === 'url' && !ADDRESS_VALUE.test(raw.trim()) ? null : labelled;
    // the page's date closing a field that states no date (`作者:张三  2026年03月18日`, `作者:  2026年03月18日`):
    // the line's date, not part of the value
    const dated = key !== null && DATE_KEYS.has(key) ? null : TRAILING_PAGE_DATE.exec(raw);
    statements.push({ label: found[i]!.label, key, value: fieldValue(dated ? raw.slice(0, dated.index) : raw, key) });
    if (dated) statements.push({ label: '', key: 'pageDate', value: normaliseDate(dated[1]!) });
  }
  return statements;
}
/** A line's wrapper left open (`(发布日期:…`) or closed without its opener (`文号:…)`): the line without it; else null. */
function halfWrapped(s: string): string | null {
  if (WRAP_OPENERS.has(s.charCodeAt(0)) && !HALF_WRAP_CLOSER.test(s)) return s.slice(1);
  if (HALF_WRAP_CLOSER.test(s[s.length - 1]!) && !HALF_WRAP_OPENER.test(s)) return s.slice(0, -1);
  return null;
}
const HALF_WRAP_OPENER = /[((\[【]/;
const HALF_WRAP_CLOSER = /[))\]】]/;

/** A page date closing a value, alone or after a space (TRAILING_PAGE_DATE's group 1 the date). */
const TRAILING_PAGE_DATE = new RegExp(`(?:^|\\s+)(${PAGE_DATE})$`);

/** A page date closing a line after white space (`关于…的通知 2031-01-20`, as a list writes an item's date after it). */
const SPACED_TRAILING_PAGE_DATE = new RegExp(`\\s+(${PAGE_DATE})$`);

/** The words before a page date that closes `s` after white space, and the date normalised; null when none closes it. */
export function splitTrailingPageDate(s: string): { before: string; date: string } | null {
  // a date ends in a digit or 日: the end-anchored pattern is tried only then
  const last = s.charCodeAt(s.length - 1);
  if (!(last >= 48 && last <= 57) && s[s.length - 1] !== '日') return null;
  const m = SPACED_TRAILING_PAGE_DATE.exec(s);
  return m === null || m.index === 0 ? null : { before: s.slice(0, m.index), date: normaliseDate(m[1]!) };
}

/** A page's date and what follows it on the line: nothing, the page's widgets, or more fields (else the line is none). */
function withDateFirst(date: string, after: string): readonly FieldStatement[] | null {
  const stated: FieldStatement = { label: '', key: 'pageDate', value: normaliseDate(date) };
  if (after === '' || isWidgetLine(after)) return [stated];
  const rest = parseFieldLine(after);
  return rest && [stated, ...rest];
}

/**
 * The value alone: a table row's value ends at its cell (`海关总署 | 发文`), and widgets sharing the
 * line (`拱北海关  【字体:大 中 小】`) are not part of it.
 */
function valueText(between: string): string {
  let value = trimValueEdges(between);
  const cell = value.indexOf('|');
  if (cell >= 0) value = value.slice(0, cell);
  // `文号： |  | 备注： | …`: the label's value cell is empty and the next cell is the next label's
  if (LABEL_CELL.test(value)) return '';
  // the earliest gap after which only widgets follow ends the value
  // (exec over the one regex, not matchAll, which clones it and makes an iterator a value)
  WIDE_GAP_OR_BRACKET.lastIndex = 0;
  for (let gap = WIDE_GAP_OR_BRACKET.exec(value); gap !== null; gap = WIDE_GAP_OR_BRACKET.exec(value)) {
    if (gap.index > 0 && isWidgetLine(value.slice(gap.index))) {
      value = value.slice(0, gap.index);
      break;
    }
  }
  return trimValueEdges(value);
}
/** A table cell that is itself a label (ends in a colon) is never a value. */
const LABEL_CELL = /[:：]\s*$/;
// any gap: `来源:拱北海关 字号:大 中 小` (a Markdown dump's widget links leave one space) ends at 字号
const WIDE_GAP_OR_BRACKET = /\s+|[【[]/g;

/** A value as kept: null when stated as absent, dates as YYYY-MM-DD[ HH:MM]. */
/** A web address as a field states it: with its scheme, from `www.`, or a path on the site (`/zwgk/…`). */
const ADDRESS_VALUE = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.|\/)\S*$/i;

export function fieldValue(raw: string, key: string | null): string | null {
  const value = raw.trim();
  if (ABSENT_VALUES.has(value)) return null;
  return key && DATE_KEYS.has(key) ? normaliseDate(value) : value;
}

const DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*(\d{1,2})[:时](\d{2})(?:[:分](\d{2}))?)?/;
/** RFC 2822 (`Fri, 17 Sep 2021 11:05:53 GMT`): weekday optional, the month in English; the zone is not read. */
const ENGLISH_DATE = /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?,?\s+(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?(?![\d:])/;
const pad = (s: string): string => s.padStart(2, '0');

/** The parts of a date written year first, or day and English month first; null for anything else. */
function dateParts(value: string): [string, string, string, string?, string?, string?] | null {
  const m = DATE.exec(value);
  if (m) return [m[1]!, m[2]!, m[3]!, m[4], m[5], m[6]];
  const e = ENGLISH_DATE.exec(value);
  const month = e ? ENGLISH_MONTHS[e[2]!.toLowerCase()] : undefined;
  return e && month !== undefined ? [e[3]!, String(month), e[1]!, e[4], e[5], e[6]] : null;
}

/** `2024年1月5日` → `2024-01-05`; `2011-09-26 08:48` stays; `Fri, 17 Sep 2021 11:05:53 GMT` → `2021-09-17 11:05:53` (as written, zone not applied); anything else is kept as written. */
export function normaliseDate(value: string): string {
  const parts = dateParts(value);
  if (!parts) return value;
  const [y, mo, d, h, mi, sec] = parts;
  const date = `${y}-${pad(mo!)}-${pad(d!)}`;
  if (h === undefined) return date;
  return `${date} ${pad(h)}:${mi}${sec === undefined ? '' : `:${sec}`}`;
}
