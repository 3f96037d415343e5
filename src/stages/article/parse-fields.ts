// Labelled statements on one line: `时间:2011-09-26 08:48来源:未知 作者:admin 点击:`,
// `• 【发布单位】海关总署`, `(责任编辑:芦顺强)`. Labels come from src/rules/zh/metadata.ts.
import { alternation } from '../../lib/pattern.js';
import { ABSENT_VALUES, DATE_KEYS, FIELD_LABELS } from '../../rules/zh/metadata.js';
import type { KnownMetadataKey } from '../../schema/records.js';
import { isWidgetLine } from './widgets.js';

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
 * The labels, each also with layout spaces between its Chinese characters (`索 引 号`, `标  题`),
 * as info tables space them out to line up; the label read is looked up with its spaces dropped.
 */
const LABELS = spacedAlternation(Object.keys(FIELD_LABELS));
function spacedAlternation(labels: readonly string[]): string {
  const plain = alternation(labels);
  const spaced = labels.filter((l) => /^[\u4e00-\u9fff]{2,4}$/.test(l)).map((l) => [...l].join('[ \\t]{1,3}'));
  return `(?:${spaced.join('|')}|${plain.slice(3, -1)})`;
}
const labelKey = (label: string): string => (label.includes(' ') || label.includes('\t') ? label.replace(/[ \t]+/g, '') : label);
/** `【label】`, `[label]` or `label:` — one capture group per form. */
const LABEL = new RegExp(`【\\s*(${LABELS})\\s*】|\\[\\s*(${LABELS})\\s*\\]|(${LABELS})\\s*[::]`, 'g');
/** The same at the line's start only. */
const LABEL_AT_START = new RegExp(LABEL.source, 'y');
const LEADING_BULLET = /^[•·*]\s*/;
const WRAP_OPEN = '[((\\[【]';
const WRAPPED = new RegExp(`^${WRAP_OPEN}([^()()[\\]【】]*)[))\\]】]$`);
const DATE_OPEN = '\\d{4}';
const LEADING_DATE = new RegExp(`^(${DATE_OPEN}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?(?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?)\\s+(?=\\S)`);
/**
 * How a field line opens (after its bullet): a wrapper, a date or a label. Most lines open with
 * none, and are given up after this one test instead of one per form.
 */
const FIELD_OPENING = new RegExp(`(?:[•·*]\\s*)?(?:${WRAP_OPEN}|${DATE_OPEN}|${LABEL.source})`, 'y');
const VALUE_EDGES = /^[\s|/,,;;】\]]+|[\s|/,,;;【[]+$/g;

/** Parses a line made only of labelled fields; null when it is anything else. */
export function parseFieldLine(line: string): FieldStatement[] | null {
  let s = line.trim();
  FIELD_OPENING.lastIndex = 0;
  if (!FIELD_OPENING.test(s)) return null;
  s = s.replace(LEADING_BULLET, '');
  // `(责任编辑:芦顺强)`, `【责任编辑:赵六】`; but `【文件来源】` is itself a label, not a wrapper
  const wrapped = WRAPPED.exec(s);
  if (wrapped) {
    const inner = parseFieldLine(wrapped[1]!);
    if (inner) return inner;
  }
  // `2024-01-12 10:30 来源:海关总署`: a page date may stand before the labelled fields
  const leadingDate = LEADING_DATE.exec(s);
  if (leadingDate) {
    const rest = parseFieldLine(s.slice(leadingDate[0].length));
    return rest && [{ label: '', key: 'pageDate', value: normaliseDate(leadingDate[1]!) }, ...rest];
  }
  LABEL_AT_START.lastIndex = 0;
  if (!LABEL_AT_START.test(s)) return null;
  const found: Array<{ label: string; index: number; end: number }> = [];
  LABEL.lastIndex = 0;
  for (let m = LABEL.exec(s); m; m = LABEL.exec(s)) {
    found.push({ label: labelKey((m[1] ?? m[2] ?? m[3])!), index: m.index, end: m.index + m[0].length });
  }
  if (found.length === 0 || found[0]!.index !== 0) return null;
  const statements: FieldStatement[] = [];
  for (let i = 0; i < found.length; i++) {
    const raw = valueText(s.slice(found[i]!.end, i + 1 < found.length ? found[i + 1]!.index : s.length));
    if (raw.length > MAX_FIELD_VALUE_CHARS || /[。!?]/.test(raw)) return null;
    const key = FIELD_LABELS[found[i]!.label] ?? null;
    statements.push({ label: found[i]!.label, key, value: fieldValue(raw, key) });
  }
  return statements;
}

/**
 * The value alone: a table row's value ends at its cell (`海关总署 | 发文`), and widgets sharing the
 * line (`拱北海关  【字体:大 中 小】`) are not part of it.
 */
function valueText(between: string): string {
  let value = between.replace(VALUE_EDGES, '');
  const cell = value.indexOf('|');
  if (cell >= 0) value = value.slice(0, cell);
  // the earliest gap after which only widgets follow ends the value
  for (const gap of value.matchAll(WIDE_GAP_OR_BRACKET)) {
    if (gap.index > 0 && isWidgetLine(value.slice(gap.index))) {
      value = value.slice(0, gap.index);
      break;
    }
  }
  return value.replace(VALUE_EDGES, '');
}
// any gap: `来源:拱北海关 字号:大 中 小` (a Markdown dump's widget links leave one space) ends at 字号
const WIDE_GAP_OR_BRACKET = /\s+|[【[]/g;

/** A value as kept: null when stated as absent, dates as YYYY-MM-DD[ HH:MM]. */
export function fieldValue(raw: string, key: string | null): string | null {
  const value = raw.trim();
  if (ABSENT_VALUES.has(value)) return null;
  return key && DATE_KEYS.has(key) ? normaliseDate(value) : value;
}

const DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*(\d{1,2})[:时](\d{2})(?:[:分](\d{2}))?)?/;
const pad = (s: string): string => s.padStart(2, '0');

/** `2024年1月5日` → `2024-01-05`; `2011-09-26 08:48` stays; anything else is kept as written. */
export function normaliseDate(value: string): string {
  const m = DATE.exec(value);
  if (!m) return value;
  const [, y, mo, d, h, mi, sec] = m;
  const date = `${y}-${pad(mo!)}-${pad(d!)}`;
  if (h === undefined) return date;
  return `${date} ${pad(h)}:${mi}${sec === undefined ? '' : `:${sec}`}`;
}
