// Period: the time a value refers to, where the text or the document states it.
// Nearest first: a recurring frame in the clause before the number (`每年`, `年均`, `5年内`,
// `每2至3年`, kept as written); then a target year in the clause (`到2025年重点建成2-3个`); then
// a year that opens the sentence or the paragraph (`2024年,`, `到2010年,`, normalised to `2010`,
// `2020-2025`), or the paragraph a colon introduces (`到2010年,海关要努力完成以下主要指标:`);
// then `全年` in the clause or the list it belongs to (the document's period, e.g. `2023` for a
// 2023 yearbook, else `全年` as written). Table cells keep their column's period.
import type { Metadata } from '../../../schema/records.js';
import { copyDraft, type Draft } from '../draft.js';
import { mapPacked } from '../../../lib/packed.js';
import { RECURRING_FRAMES, SENTENCE_DELIMITERS, SENTENCE_FRAME_REACH, WHOLE_YEAR, YEAR_FRAME } from '../../../rules/zh/periods.js';
import { clauseStart } from './attach-labels.js';
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
const BOUNDARY = charSet(SENTENCE_DELIMITERS + LINE_BREAK);
const LINE_BREAK_CODE = LINE_BREAK.charCodeAt(0);

/** Offsets just after each sentence end and each line break (0 first), in one pass. */
function boundaries(text: string): Bounds {
  const sentences = [0];
  const lines = [0];
  for (let i = BOUNDARY.indexIn(text); i >= 0; i = BOUNDARY.indexIn(text, i + 1)) {
    const code = text.charCodeAt(i);
    if (SENTENCE_END.has(code)) sentences.push(i + 1);
    if (code === LINE_BREAK_CODE) lines.push(i + 1);
  }
  return { sentences, lines };
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
}

/** A year framing the paragraph holding `at`, or the paragraph a colon-ended line introduces. */
function paragraphFrame(text: string, at: number, lines: readonly number[]): string | null {
  const { index, start: pStart } = boundaryBefore(lines, at);
  const own = yearFrame(text.slice(pStart, Math.min(at, pStart + FRAME_SLICE)).trimStart());
  if (own) return own;
  if (index === 0) return null;
  const prev = text.slice(lines[index - 1]!, pStart - 1).trim();
  if (prev.length > 0 && COLONS.includes(prev[prev.length - 1]!)) return yearFrame(prev.slice(0, FRAME_SLICE));
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

export function periodOf(text: string, d: Draft, metadata: Metadata, bounds: Bounds): string | null {
  const clause = text.slice(clauseStart(text, d.leadStart, 0), d.leadStart);
  const recurring = lastMatch(RECURRING_FRAMES, clause);
  if (recurring) return recurring[0];
  const sStart = boundaryBefore(bounds.sentences, d.start).start;
  const sentence = text.slice(sStart, Math.min(d.start, sStart + FRAME_SLICE)).trimStart();
  // a target year within the clause (`到2025年重点建成2-3个`)
  const inClause = lastMatch(YEAR_FRAME, clause);
  if (inClause && /^(?:到|至|截至|截止)/.test(inClause[0])) return inClause[2] ? `${inClause[1]}-${inClause[2]}` : inClause[1]!;
  const framed = yearFrame(sentence) ?? paragraphFrame(text, d.start, bounds.lines);
  if (framed) return framed;
  if (text.slice(listStart(text, d.leadStart), d.leadStart).includes(WHOLE_YEAR)) return metadata.period ?? WHOLE_YEAR;
  return null;
}

export function assignPeriod(drafts: readonly Draft[], text: string, metadata: Metadata): Draft[] {
  if (drafts.every((d) => d.source === 'table')) return [...drafts];
  const bounds = boundaries(text);
  return mapPacked(drafts, (d) => {
    if (d.source === 'table') return d;
    const period = periodOf(text, d, metadata, bounds);
    // drafts are values: an unchanged one is passed on, not copied
    if (period === d.period) return d;
    const copy = copyDraft(d);
    copy.period = period;
    return copy;
  });
}
