// 政务公开 info tables laid out as a label cell over its value cell: `索 引 号:` then
// `014717475N/2023-0032866`, `发布机构:` then `宜春市统计局`. Above the article, a line that is one
// label with no value is joined with the short line under it (that line left blank), so the field
// line states its value like any other; lines are never joined once the article has begun.
import { MAX_SHORT_LINE_CHARS, PROSE_PUNCTUATION, SECTION_MARKER_START, SENTENCE_PUNCTUATION } from '../../rules/zh/line-shapes.js';
import { parseFieldLine } from './parse-fields.js';
import { DATE_TIME_LINE, NUMERIC_DATE_LINE } from '../../rules/zh/split-lines.js';

/** A value cell is short: longer lines under a bare label are not its value. */
export const MAX_VALUE_CELL_CHARS = 40;

const opensArticle = (s: string): boolean => s.length > MAX_SHORT_LINE_CHARS || PROSE_PUNCTUATION.test(s) || SECTION_MARKER_START.test(s);

/** A line ending in a colon: a label with nothing after it. */
const LABEL_END = /[::]\s*$/;

/**
 * LABEL_END tried at a trimmed line's last character only: a trimmed line ends in no white space,
 * so a match can start nowhere else (the unanchored pattern is tried at every position of a long line).
 */
const LABEL_END_AT = new RegExp(LABEL_END.source, `${LABEL_END.flags}y`);
const endsInLabel = (trimmed: string): boolean => {
  LABEL_END_AT.lastIndex = trimmed.length - 1;
  return trimmed.length > 0 && LABEL_END_AT.test(trimmed);
};

/** Whether `s` (trimmed) is a field line of one label whose value is left empty (`发布机构:`); the colon is asked about first, as most lines end otherwise. */
function bareLabel(s: string): boolean {
  if (!endsInLabel(s)) return false;
  const fields = parseFieldLine(s);
  return fields !== null && fields.length === 1 && fields[0]!.value === null;
}

/**
 * A value cell listing several values parted by `;` with no space (`科技工业信息化\工业;科技工业信息化\信息化`,
 * a topic cell's categories): each a category path (`\`, `/` between its levels) or a short word, no clause
 * of prose, whose `;` parts clauses of a sentence (`本次会议研究了三项议题;会议要求…`).
 */
const VALUE_ITEM = '(?:[^\\s。!?;]{0,19}[\\\\/][^\\s。!?;]{0,19}|[^\\s。!?;\\\\/]{1,8})';
const VALUE_LIST = new RegExp(`^${VALUE_ITEM}(?:;${VALUE_ITEM})+$`);

/** Whether `s` (trimmed) may be a value cell: short, no sentence, no label of its own, not itself a label (a date or a timestamp alone may be one). */
function valueCell(s: string): boolean {
  return (
    s.length > 0 &&
    s.length <= MAX_VALUE_CELL_CHARS &&
    (!SENTENCE_PUNCTUATION.test(s) || VALUE_LIST.test(s)) &&
    !endsInLabel(s) &&
    (DATE_TIME_LINE.test(s) || NUMERIC_DATE_LINE.test(s) || parseFieldLine(s) === null)
  );
}

/** Joins bare label lines above the article with their value lines; the same array when none is. */
export function pairLabelLines(lines: readonly string[], from: number): readonly string[] {
  return pairFrom(lines, from, true);
}

/**
 * The same join among the last MAX_TAIL_LABEL_LINES lines, under the article: a byline or editor
 * line a scraper split (`责任编辑：` over `王小明`, `来源：` over `某县日报`). Lines of prose are passed over,
 * not stopped at (a share teaser may follow); a prose line is never a value.
 */
export function pairTailLabelLines(lines: readonly string[]): readonly string[] {
  return pairFrom(lines, Math.max(0, lines.length - MAX_TAIL_LABEL_LINES), false);
}

/** Lines from the end of a page that may hold its split byline lines. */
export const MAX_TAIL_LABEL_LINES = 40;

function pairFrom(lines: readonly string[], from: number, stopAtArticle: boolean): readonly string[] {
  let out: string[] | null = null;
  for (let i = from; i < lines.length; i++) {
    const s = (out ?? lines)[i]!.trim();
    if (s.length === 0) continue;
    if (stopAtArticle && opensArticle(s)) break;
    if (!bareLabel(s)) continue;
    let j = i + 1;
    while (j < lines.length && lines[j]!.trim().length === 0) j++;
    if (j >= lines.length) break;
    const v = lines[j]!.trim();
    if (!valueCell(v)) continue;
    out ??= [...lines];
    out[i] = `${s} ${v}`;
    out[j] = '';
    i = j;
  }
  return out ?? lines;
}
