// Period: the time a value refers to, where the text or the document states it.
// Nearest first: a recurring frame in the clause before the number (`每年`, `年均`, `5年内`,
// `每2至3年`, kept as written); then a target year in the clause (`到2025年重点建成2-3个`); then
// a year that opens the sentence or the paragraph (`2024年,`, `到2010年,`, normalised to `2010`,
// `2020-2025`), or the paragraph a colon introduces (`到2010年,海关要努力完成以下主要指标:`);
// then `全年` in the clause or the list it belongs to (the document's period, e.g. `2023` for a
// 2023 yearbook, else `全年` as written). Table cells keep their column's period.
import type { Metadata } from '../../../schema/records.js';
import type { Draft } from '../draft.js';
import { RECURRING_FRAMES, SENTENCE_DELIMITERS, SENTENCE_FRAME_REACH, WHOLE_YEAR, YEAR_FRAME } from '../../../rules/zh/periods.js';
import { clauseStart } from './attach-labels.js';

const LINE_BREAK = '\n';
const COLONS = '::';
/** Characters that end the list a `全年` frames (`全年办结稽查作业356起、核查作业2054起`). */
const LIST_DELIMITERS = ',,;;。::!!??\n';

function sentenceStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && !SENTENCE_DELIMITERS.includes(text[i - 1]!)) i--;
  return i;
}

function listStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && !LIST_DELIMITERS.includes(text[i - 1]!)) i--;
  return i;
}

/** A year framing the paragraph holding `at`, or the paragraph a colon-ended line introduces. */
function paragraphFrame(text: string, at: number): string | null {
  const pStart = text.lastIndexOf(LINE_BREAK, at - 1) + 1;
  const own = yearFrame(text.slice(pStart, at).trimStart());
  if (own) return own;
  if (pStart === 0) return null;
  const prevStart = text.lastIndexOf(LINE_BREAK, pStart - 2) + 1;
  const prev = text.slice(prevStart, pStart - 1).trim();
  if (prev.length > 0 && COLONS.includes(prev[prev.length - 1]!)) return yearFrame(prev);
  return null;
}

function lastMatch(re: RegExp, s: string): RegExpExecArray | null {
  const g = new RegExp(re.source, 'g');
  let last: RegExpExecArray | null = null;
  for (const m of s.matchAll(g)) last = m;
  return last;
}

function yearFrame(sentence: string): string | null {
  const g = new RegExp(YEAR_FRAME.source, 'g');
  for (const m of sentence.matchAll(g)) {
    if (m.index > SENTENCE_FRAME_REACH) break;
    return m[2] ? `${m[1]}-${m[2]}` : m[1]!;
  }
  return null;
}

export function periodOf(text: string, d: Draft, metadata: Metadata): string | null {
  const clause = text.slice(clauseStart(text, d.leadStart, 0), d.leadStart);
  const recurring = lastMatch(RECURRING_FRAMES, clause);
  if (recurring) return recurring[0];
  const sStart = sentenceStart(text, d.start);
  const sentence = text.slice(sStart, d.start).trimStart();
  // a target year within the clause (`到2025年重点建成2-3个`)
  const inClause = lastMatch(YEAR_FRAME, clause);
  if (inClause && /^(?:到|至|截至|截止)/.test(inClause[0])) return inClause[2] ? `${inClause[1]}-${inClause[2]}` : inClause[1]!;
  const framed = yearFrame(sentence) ?? paragraphFrame(text, d.start);
  if (framed) return framed;
  if (text.slice(listStart(text, d.leadStart), d.leadStart).includes(WHOLE_YEAR)) return metadata.period ?? WHOLE_YEAR;
  return null;
}

export function assignPeriod(drafts: readonly Draft[], text: string, metadata: Metadata): Draft[] {
  return drafts.map((d) => (d.source === 'table' ? d : { ...d, period: periodOf(text, d, metadata) }));
}
