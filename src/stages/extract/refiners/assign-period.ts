// Period: the time a value refers to, where the text or the document states it.
// Nearest first: a recurring frame in the clause before the number (`每年`, `年均`, `5年内`,
// `每2至3年`, kept as written); then a target year in the clause (`到2025年重点建成2-3个`); then
// a year that opens the sentence or the paragraph (`2024年,`, `到2010年,`, normalised to `2010`,
// `2020-2025`), or the paragraph a colon introduces (`到2010年,海关要努力完成以下主要指标:`);
// or a part of a year that does (`1—11月,`, `前三季度,`, `2024年上半年,`, kept as written);
// then `全年` in the clause or the list it belongs to (the document's period, e.g. `2023` for a
// 2023 yearbook, else `全年` as written; a part of a year never overrides it). Table cells keep their
// column's period. A figure of the text framed no way takes the part of a year the document's title
// states (`…2022年6月…指标`), unless the title is a notice's or names a start (`12月起`).
import type { Metadata, Section } from '../../../schema/records.js';
import { copyDraft, type Draft } from '../draft.js';
import { mapPacked } from '../../../lib/packed.js';
import { ATTRIBUTION_OPENERS, ATTRIBUTION_OPENING, PAST_YEAR_WORDS, RECURRING_FRAMES, SEMICOLONS, SENTENCE_DELIMITERS, SENTENCE_FRAME_REACH, CLAUSE_FRAME_REACH, COMPARED_BEFORE, MAX_SUB_YEAR_FRAME_CHARS, PART_OF_YEAR_WORDS, PERIOD_LIST_JOINERS, UNTITLED_FRAME_TITLE, FRAME_START_WORDS, YEAR_BOUND_AFTER, SUB_YEAR_FRAME, TARGET_WORDS, WHOLE_YEAR, YEAR_FRAME } from '../../../rules/zh/periods.js';
import { FROM_MARKERS, FROM_TO_YEAR } from '../../../rules/zh/changes.js';
import { clauseStart } from './attach-labels.js';
import { INHERITING_OPENERS } from '../../../rules/zh/labels.js';
import { charSet } from '../../../lib/char-set.js';

const LINE_BREAK = '\n';
const COLONS = '::';
/** Characters that end the list a `全年` frames (`全年办结稽查作业356起、核查作业2054起`). */
const LIST_DELIMITERS = charSet(',,;;。::!!??\n');
/** How far back a list is searched for `全年`. */
const LIST_WINDOW = 160;
/** How much of a sentence or paragraph opening is read for a year frame. */
const FRAME_SLICE = 40;

const SENTENCE_END = charSet(SENTENCE_DELIMITERS);
const SEMICOLON = charSet(SEMICOLONS);
const BOUNDARY = charSet(SENTENCE_DELIMITERS + LINE_BREAK + SEMICOLONS);
const LINE_BREAK_CODE = LINE_BREAK.charCodeAt(0);

/** Offsets just after each sentence end, each line break and each semicolon (0 first), in one pass. */
function boundaries(text: string): Bounds {
  const sentences = [0];
  const lines = [0];
  const semicolons = [0];
  for (let i = BOUNDARY.indexIn(text); i >= 0; i = BOUNDARY.indexIn(text, i + 1)) {
    const code = text.charCodeAt(i);
    if (SENTENCE_END.has(code)) sentences.push(i + 1);
    if (code === LINE_BREAK_CODE) lines.push(i + 1);
    if (SEMICOLON.has(code)) semicolons.push(i + 1);
  }
  return { sentences, lines, semicolons };
}

/** The last boundary at or before `at` (binary search), and the one before it. */
function boundaryBefore(bounds: readonly number[], at: number): { index: number; start: number } {
  let lo = 0;
  let hi = bounds.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (bounds[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return { index: lo, start: bounds[lo]! };
}

function listStart(text: string, at: number): number {
  let i = at;
  const limit = Math.max(0, at - LIST_WINDOW);
  while (i > limit && !LIST_DELIMITERS.has(text.charCodeAt(i - 1))) i--;
  return i;
}

interface Bounds {
  sentences: number[];
  lines: number[];
  semicolons: number[];
}

/** What frames the paragraph holding `at` (by `frameOf`, its opening's frame), or the paragraph a colon-ended line introduces. */
function paragraphFrame(text: string, at: number, lines: readonly number[], frameOf: (opening: string) => string | null = openingFrame): string | null {
  const { index, start: pStart } = boundaryBefore(lines, at);
  const own = frameOf(text.slice(pStart, Math.min(at, pStart + FRAME_SLICE)).trimStart());
  if (own) return own;
  if (index === 0) return null;
  const prev = text.slice(lines[index - 1]!, pStart - 1).trim();
  if (prev.length > 0 && COLONS.includes(prev[prev.length - 1]!)) return frameOf(prev.slice(0, FRAME_SLICE));
  return null;
}

/** The last match of a global regex in `s` (the regex's lastIndex is reset: it is module state). */
function lastMatch(re: RegExp, s: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    last = m;
    if (m[0] === '') re.lastIndex++;
  }
  return last;
}

function yearFrame(sentence: string): string | null {
  YEAR_FRAME.lastIndex = 0;
  const m = YEAR_FRAME.exec(sentence);
  if (m === null || m.index > SENTENCE_FRAME_REACH) return null;
  return m[2] ? `${m[1]}-${m[2]}` : m[1]!;
}

/** A part of a year within `reach` of the opening of `s`, as written (`1—11月,…`, `2024年上半年,…`). */
function subYearFrame(text: string, reach = SENTENCE_FRAME_REACH): string | null {
  // a frame starts within `reach`: only the characters it may span are read, and only when they hold a word of one
  const s = text.length > reach + MAX_SUB_YEAR_FRAME_CHARS ? text.slice(0, reach + MAX_SUB_YEAR_FRAME_CHARS) : text;
  if (!PART_OF_YEAR_WORDS.some((w) => s.includes(w))) return null;
  SUB_YEAR_FRAME.lastIndex = 0;
  const m = SUB_YEAR_FRAME.exec(s);
  if (m === null || m.index > reach) return null;
  // the base of a comparison (`较一季度`), or one of a list of periods (`一季度、上半年…分别`): no frame
  if (m.index > 0 && COMPARED_BEFORE.includes(s[m.index - 1]!)) return null;
  if (PERIOD_LIST_JOINERS.includes(s[m.index + m[0].length] ?? '')) return null;
  // a part of last year's (`去年前三季度`) is written with its year word, so no title's year is given it
  const past = PAST_YEAR_WORDS.find((w) => m.index >= w.length && s.startsWith(w, m.index - w.length));
  return past === undefined ? m[0] : past + m[0];
}

/**
 * A whole year the number's own clause opens with (`2007年贸易额达2025亿美元,2008年进一步达到2311亿美元`): it frames
 * that clause, not the sentence's first year; one of a list of years (`2022年、2023年分别为`) or a start (`2013年以来`)
 * frames none.
 */
function clauseYear(opening: string): string | null {
  YEAR_FRAME.lastIndex = 0;
  const m = YEAR_FRAME.exec(opening);
  if (m === null || m.index !== 0) return null;
  const next = opening[m[0].length];
  if (next !== undefined && PERIOD_LIST_JOINERS.includes(next)) return null;
  const after = opening.slice(m[0].length);
  if (FRAME_START_WORDS.some((w) => after.startsWith(w)) || YEAR_BOUND_AFTER.some((w) => m[0].endsWith(w) || after.startsWith(w))) return null;
  return m[2] ? `${m[1]}-${m[2]}` : m[1]!;
}


/** Whether a frame is a whole year or a span of years (`2007`, `2021-2025`), not a part of one. */
const WHOLE_YEAR_FRAME = /^\d{4}(?:-\d{4})?$/;

/**
 * What frames a sentence or paragraph from its opening: a part of a year before a whole year (`2024年1-6月` is not
 * `2024`), read after a clause naming the figures' source (`据某海关统计,今年前4个月,…`: ATTRIBUTION_OPENING).
 */
const openingFrame = (opening: string): string | null => {
  const s = ATTRIBUTION_OPENERS.includes(opening[0] ?? '') ? opening.replace(ATTRIBUTION_OPENING, '') : opening;
  // …or in it, when it names the year itself (`据2030年人口普查数据显示,…`)
  return subYearFrame(s) ?? yearFrame(s) ?? (s === opening ? null : subYearFrame(opening) ?? yearFrame(opening));
};

/**
 * A sentence that opens with 其中 continues the one before it in its line, and takes that one's
 * frame (`1-9月,…。其中,出口…`); null for any other sentence.
 */
function continuedFrame(text: string, sentence: string, sStart: number, bounds: Bounds): string | null {
  if (sStart === 0 || !INHERITING_OPENERS.some((w) => sentence.startsWith(w)) || text.charCodeAt(sStart - 1) === LINE_BREAK_CODE) return null;
  const prev = boundaryBefore(bounds.sentences, sStart - 1).start;
  return openingFrame(text.slice(prev, Math.min(sStart, prev + FRAME_SLICE)).trimStart());
}

/** A part of a year opening the part of the sentence after its last semicolon before `at`, or null (none, or no semicolon). */
function semicolonFrame(text: string, sStart: number, at: number, bounds: Bounds): string | null {
  const i = boundaryBefore(bounds.semicolons, at).start;
  // only a frame the part opens with (`;1-10月平均,…`): one further in is a clause's own (`;出口自8月份起…`, `;受一季度低基数影响`)
  return i > sStart ? subYearFrame(text.slice(i, Math.min(at, i + FRAME_SLICE)).trimStart(), 0) : null;
}

/** The year right before the later value of a from–to pair (`由2019年的1200家增至2023年的3500家`: 2023). */
const DATED_LATER_VALUE = new RegExp(`${FROM_TO_YEAR}$`);
/** The year right after the from marker that opens a pair's lead (`由2012年末的`). */
const DATED_EARLIER_IN_LEAD = new RegExp(`^(?:${FROM_MARKERS.join('|')})${FROM_TO_YEAR}`);

export function periodOf(text: string, d: Draft, metadata: Metadata, bounds: Bounds): string | null {
  if (d.from !== null) {
    const lead = text.slice(d.leadStart, d.start);
    const dated = DATED_LATER_VALUE.exec(lead);
    if (dated) return dated[1]!;
    // the earlier value is dated and the later is not (`由2012年末的56%提高到81.5%`): the earlier value's year is not its
    const earlierYear = DATED_EARLIER_IN_LEAD.exec(lead)?.[1];
    if (earlierYear !== undefined) {
      const period = framedPeriod(text, d, metadata, bounds);
      return period === earlierYear ? null : period;
    }
  }
  return framedPeriod(text, d, metadata, bounds);
}

function framedPeriod(text: string, d: Draft, metadata: Metadata, bounds: Bounds): string | null {
  const clause = text.slice(clauseStart(text, d.leadStart, 0), d.leadStart);
  const recurring = lastMatch(RECURRING_FRAMES, clause);
  if (recurring) return recurring[0];
  const sStart = boundaryBefore(bounds.sentences, d.start).start;
  const sentence = text.slice(sStart, Math.min(d.start, sStart + FRAME_SLICE)).trimStart();
  // a target year within the clause (`到2025年重点建成2-3个`)
  const inClause = lastMatch(YEAR_FRAME, clause);
  if (inClause && TARGET_WORDS.some((w) => inClause[0].startsWith(w))) return inClause[2] ? `${inClause[1]}-${inClause[2]}` : inClause[1]!;
  // `全年` in the clause or its list names the whole year: a year frame or the document's period, never a part of a year
  if (text.slice(listStart(text, d.leadStart), d.leadStart).includes(WHOLE_YEAR)) {
    return yearFrame(sentence) ?? paragraphFrame(text, d.start, bounds.lines, yearFrame) ?? metadata.period ?? WHOLE_YEAR;
  }
  // a part of a year that opens the number's own clause, before the sentence's (`第一季度销售…,第二季度销售…`),
  // then one that opens its part of the sentence after a semicolon (`10月份,…;1-10月平均,CPI上涨0.4%`)
  const opening = clause.trimStart();
  const own = subYearFrame(opening, CLAUSE_FRAME_REACH);
  if (own !== null) return own;
  const sentenceFrame = semicolonFrame(text, sStart, d.start, bounds) ?? openingFrame(sentence);
  // a year opening the number's own clause, where the sentence opens with another whole year or with none (`2007年
  // 贸易额达…,2008年进一步达到…`, `按户籍口径统计,2022年末全区总户数…`): a sentence framed by a part of a year
  // (`1-9月,…,2023年新备案企业…`) keeps its frame
  if (sentenceFrame === null || WHOLE_YEAR_FRAME.test(sentenceFrame)) {
    const year = clauseYear(opening);
    if (year !== null) return year;
  }
  return sentenceFrame ?? continuedFrame(text, sentence, sStart, bounds) ?? paragraphFrame(text, d.start, bounds.lines);
}

/**
 * The part of a year the document's title states, with its year when it has one (`平潭2022年6月国民经济主要指标`,
 * `1-10月德清县固定资产投资…`, `海关总署:前11个月…`): the period of a figure the text frames no other way.
 */
function titleFrame(metadata: Metadata): string | null {
  const title = metadata.title;
  // a notice or a rule states when it acts, not what its figures cover (`关于开展2024年第一季度…的通知`)
  if (typeof title !== 'string' || UNTITLED_FRAME_TITLE.test(title)) return null;
  const frame = subYearFrame(title, title.length);
  if (frame === null) return null;
  // `12月起`, `6月以来`: a start, not the span the figures cover
  const after = title.slice(title.indexOf(frame) + frame.length);
  return FRAME_START_WORDS.some((w) => after.startsWith(w)) ? null : frame;
}

/**
 * A part of a year the text writes without its year (`今年前三季度,…`: `前三季度`), which the title states with it
 * (`2018年前三季度江苏省外贸进出口情况解读`): the title's, year and all.
 */
function withTitleYear(period: string | null, titled: string | null): string | null {
  if (period === null || titled === null) return period;
  const year = TITLE_YEAR.exec(titled);
  // the same span only (`前三季度` under `2018年前三季度`), never a month within it (`2月` under `2024年1-2月`)
  return year !== null && titled.slice(year[0].length) === period ? titled : period;
}
/** The calendar year opening a title's frame (`2018年前三季度`). */
const TITLE_YEAR = /^\d{4}年/;

/** A section whose heading opens with a part of a year or a year (`一、2030年工作回顾`, `(二)一季度经济运行`), with that frame. */
interface FramedSection {
  start: number;
  end: number;
  frame: string;
}

/**
 * The sections whose heading opens with a part of a year or a whole year (not one of a list, not a start:
 * `2023年以来…` frames nothing), innermost last: a figure framed no other way takes its section's
 * (`二、2031年工作安排` / `今年…地区生产总值增长6%左右` → 2031).
 */
function framedSections(sections: readonly Section[]): FramedSection[] {
  const out: FramedSection[] = [];
  for (const section of sections) {
    const title = section.title.trimStart();
    const frame = subYearFrame(title, 0) ?? clauseYear(title);
    if (frame !== null) out.push({ start: section.span[0], end: section.span[1], frame });
  }
  return out;
}

/** The frame of the innermost framed section holding `at`, or null. */
function sectionFrame(framed: readonly FramedSection[], at: number): string | null {
  let best: FramedSection | null = null;
  for (const f of framed) if (f.start <= at && at < f.end && (best === null || f.start >= best.start)) best = f;
  return best?.frame ?? null;
}

export function assignPeriod(drafts: readonly Draft[], text: string, metadata: Metadata, sections: readonly Section[] = []): Draft[] {
  if (drafts.every((d) => d.source === 'table')) return [...drafts];
  const titled = titleFrame(metadata);
  const bounds = boundaries(text);
  const framed = framedSections(sections);
  return mapPacked(drafts, (d) => {
    if (d.source === 'table') return d;
    const period = withTitleYear(periodOf(text, d, metadata, bounds), titled) ?? (framed.length > 0 ? sectionFrame(framed, d.start) : null) ?? titled;
    // drafts are values: an unchanged one is passed on, not copied
    if (period === d.period) return d;
    const copy = copyDraft(d);
    copy.period = period;
    return copy;
  });
}
