// Heading markers: where they stand, what they spell, and the title that follows them.
// Markers count at a line's start; the legal forms (第X章/节/条) also where a clause starts
// inside a line, for laws whose line breaks were lost — there they must continue their kind's
// numbering, so a reference such as `依照第十二条规定` is never taken for a heading.
import {
  BULLETIN_PARAGRAPH_OPENERS,
  CLAUSE_BOUNDARY_BEFORE,
  FLATTENED_LINE_MIN_CHARS,
  GLUED_SENTENCE_TITLE_MAX_CHARS,
  GLUED_TITLE_MAX_CHARS,
  MARKER_KINDS,
  PADDED_LINE_MAX_CHARS,
  PAIRED_NUMERAL_AFTER,
  LABEL_TITLE,
  TITLE_ENDS,  TITLE_TRAILING,
  type MarkerKind,
  type MarkerKindId,
} from '../../rules/zh/headings.js';
import { readMarkerNumber } from '../../locale/zh/marker-numerals.js';
import { isBlank, type Line } from './lines.js';
import { isSpaceAt, trimEndOffset } from './trim.js';
import { charSet } from '../../lib/char-set.js';

export interface MarkerMatch {
  kind: MarkerKindId;
  /** the marker as written: 一、 (一) 1. 第一章 */
  marker: string;
  number: number | null;
  start: number;
  end: number;
}

export interface HeadingCandidate extends MarkerMatch {
  lineIndex: number;
  atLineStart: boolean;
  /** start of the title, after the marker and any spaces */
  titleStart: number;
  /** end of the heading's own stretch of line: the line's end, or the next marker on it */
  segmentEnd: number;
  title: string;
  /** where the section's body starts: after the title sentence, or after the line */
  bodyStart: number;
}

const KIND = new Map<MarkerKindId, MarkerKind>(MARKER_KINDS.map((k) => [k.id, k]));
const CLAUSE_KINDS = MARKER_KINDS.filter((k) => k.clauseStart);
/** A clause-start marker right after a 章/节 title on its line needs no other sign (`第一章 总则第一条…`). */
const TITLE_RUN_MAX = 30;

/**
 * The kinds' markers as one sticky alternation, in the kinds' order: its first alternative that
 * matches is the first kind that does, found in one exec instead of one per kind (most lines open
 * with no marker at all). Kind i is wrapped in capture group 2i+1 and its numeral is group 2i+2
 * (each kind's pattern captures its numeral only: tests/stages/segment/detect-heading.test.ts): numbered groups, as a match
 * with some 26 named groups built an object of them per match.
 */
const ANY_MARKER = new WeakMap<readonly MarkerKind[], RegExp>();
function anyMarker(kinds: readonly MarkerKind[]): RegExp {
  let any = ANY_MARKER.get(kinds);
  if (!any) {
    any = new RegExp(kinds.map((k) => `(${k.pattern.replaceAll('(?<num>', '(')})`).join('|'), 'y');
    ANY_MARKER.set(kinds, any);
  }
  return any;
}

/** The marker of one of `kinds` that starts exactly at `at`, if any. */
export function markerAt(text: string, at: number, kinds: readonly MarkerKind[] = MARKER_KINDS): MarkerMatch | null {
  const re = anyMarker(kinds);
  re.lastIndex = at;
  const m = re.exec(text);
  if (!m) return null;
  for (let i = 0; i < kinds.length; i++) {
    if (m[2 * i + 1] === undefined) continue;
    const number = readMarkerNumber(m[2 * i + 2] ?? '');
    if (kinds[i]!.notPaired === true && pairedAfter(text, at + m[0].length, number)) return null;
    return { kind: kinds[i]!.id, marker: m[0], number, start: at, end: at + m[0].length };
  }
  return null;
}

/** Whether a greater numeral with a paired word follows (`一、二季度`: two numbers, not a marker). */
function pairedAfter(text: string, at: number, number: number | null): boolean {
  PAIRED_NUMERAL_AFTER.lastIndex = at;
  const m = PAIRED_NUMERAL_AFTER.exec(text);
  if (m === null) return false;
  const second = readMarkerNumber(m.groups!['num']!);
  return number === null || second === null || second > number;
}

const SPACE = /[ \t]/;
const HAN = /\p{Script=Han}/u;

/** Spaces set between Chinese characters for layout (`总　则`), not part of the words. */
const LAYOUT_SPACE = /(\p{Script=Han}) +(?=\p{Script=Han})/gu;
const tidy = (title: string): string => {
  const s = title.trim();
  return s.includes(' ') ? s.replace(LAYOUT_SPACE, '$1') : s;
};
/** TITLE_ENDS as a table by character code, looked up per character of a title. */
const TITLE_END = charSet(TITLE_ENDS);

/** Title of a heading's stretch [titleStart, segmentEnd): its first sentence, or the whole stretch. */
export function titleOf(text: string, titleStart: number, segmentEnd: number): { title: string; bodyStart: number } {
  const end = TITLE_END.indexIn(text, titleStart, segmentEnd);
  if (end >= 0) return { title: tidy(text.slice(titleStart, end)), bodyStart: end + 1 };
  return { title: tidy(text.slice(titleStart, trimEndOffset(text, titleStart, segmentEnd, TITLE_TRAILING))), bodyStart: segmentEnd };
}

/** A numbered line's label (LABEL_TITLE) as its title, the value after the colon its body; null when the line labels nothing. */
function labelTitle(text: string, titleStart: number, segmentEnd: number): { title: string; bodyStart: number } | null {
  const m = LABEL_TITLE.exec(text.slice(titleStart, Math.min(segmentEnd, titleStart + LABEL_WINDOW)));
  return m === null ? null : { title: m[1]!, bodyStart: titleStart + m[0].length };
}
/** LABEL_TITLE reads no further than this into a line: a label, its colon and spaces, a value's first character. */
const LABEL_WINDOW = 24;

/** Every legal form opens with this character; its offsets are found in one pass over the text. */
const LEGAL_LEAD = '第';

function offsetsOf(text: string, ch: string): number[] {
  const at: number[] = [];
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) at.push(i);
  return at;
}

/** `afterSentence`: a glued marker stands right after a sentence's end (else it may only follow its parent's title). */
type Located = MarkerMatch & { lineIndex: number; atLineStart: boolean; afterSentence: boolean };
/** A marker with its line (a new object of one shape, rather than one grown by Object.assign). */
const located = (m: MarkerMatch, lineIndex: number, atLineStart: boolean, afterSentence = true): Located => ({
  kind: m.kind,
  marker: m.marker,
  number: m.number,
  start: m.start,
  end: m.end,
  lineIndex,
  atLineStart,
  afterSentence,
});
/** The kinds' rank in MARKER_KINDS order: 一、 above (一) above 1. above (1). */
const RANK = new Map<MarkerKindId, number>(MARKER_KINDS.map((k, i) => [k.id, i]));
/** The kinds whose glued numbering restarts under a higher kind's marker (not the legal or padded kinds). */
const NESTED_KINDS = MARKER_KINDS.filter((k) => !k.clauseStart && k.padded !== true);

/**
 * Whether glued marker `c` stands right after its parent's title on the same line (`一、2024年工作情况(一)…`):
 * the last accepted marker is of a higher kind, and only a short title without punctuation lies between.
 */
function afterParentTitle(text: string, c: Located, prev: Located | undefined): boolean {
  if (prev === undefined || prev.lineIndex !== c.lineIndex || KIND.get(prev.kind)!.clauseStart) return false;
  if (RANK.get(prev.kind)! >= RANK.get(c.kind)!) return false;
  const between = text.slice(prev.end, c.start).trim();
  return between.length >= 2 && between.length <= GLUED_TITLE_MAX_CHARS && !PARENT_TITLE_FORBIDDEN.test(between);
}
const PARENT_TITLE_FORBIDDEN = /[。;;!?,,::、()()]/;

/**
 * Finds heading markers in the lines that `skip` does not exclude (专栏 boxes, table rows), in
 * document order, with their titles. Candidates without a title (`(90)` alone) are dropped.
 */
export function detectHeadings(text: string, lines: readonly Line[], skip: (lineIndex: number) => boolean): HeadingCandidate[] {
  // three steps, each its own function: a rare path first taken in one (a padded `01` line, a
  // glued marker) deoptimises and recompiles that step alone, not the whole detection
  const accepted = numberedInOrder(text, lines, locateMarkers(text, lines, skip));
  return titledCandidates(text, lines, skip, accepted);
}

/** Every marker at a line's start, glued inside a flattened line, or (legal kinds) where a clause starts. */
function locateMarkers(text: string, lines: readonly Line[], skip: (lineIndex: number) => boolean): Located[] {
  const raw: Located[] = [];
  const leads = offsetsOf(text, LEGAL_LEAD);
  let lead = 0;
  lines.forEach((line, lineIndex) => {
    if (isBlank(line) || skip(lineIndex)) return;
    const first = markerAt(text, line.content);
    if (first) raw.push(located(first, lineIndex, true));
    const from = first ? first.end : line.content;
    if (line.end - line.start >= FLATTENED_LINE_MIN_CHARS) pushGlued(text, from, line.end, lineIndex, raw);
    while (lead < leads.length && leads[lead]! < from) lead++;
    for (; lead < leads.length && leads[lead]! < line.end; lead++) {
      const m = markerAt(text, leads[lead]!, CLAUSE_KINDS);
      if (m) raw.push(located(m, lineIndex, false));
    }
  });
  return raw;
}

/** The markers that continue their kind's numbering where they must (glued, padded and clause-start markers). */
function numberedInOrder(text: string, lines: readonly Line[], raw: readonly Located[]): Located[] {
  // Numbering of the legal kinds, in document order: a clause-start marker must continue it.
  const last = new Map<MarkerKindId, number>();
  const gluedLast = new Map<MarkerKindId, number>();
  const accepted: Located[] = [];
  for (const c of raw) {
    const kind = KIND.get(c.kind)!;
    if (kind.padded === true) {
      // `01综合`: a whole short line without punctuation, `01` first, then the numbering continued
      const line = lines[c.lineIndex]!;
      const rest = text.slice(c.end, line.end).trim();
      if (!c.atLineStart || line.end - line.content > PADDED_LINE_MAX_CHARS || rest.length < 2 || PADDED_FORBIDDEN.test(rest)) continue;
      const expected = (gluedLast.get(c.kind) ?? 0) + 1;
      if (c.number !== expected || (expected === 1 && !c.marker.startsWith('0'))) continue;
    } else if (!c.atLineStart && !kind.clauseStart) {
      // a glued marker of a flattened page: it continues its kind's numbering (the line's own first marker
      // counts), after a sentence's end or as the first child right after its parent's title
      if (c.number !== (gluedLast.get(c.kind) ?? 0) + 1) continue;
      if (!c.afterSentence && !(c.number === 1 && afterParentTitle(text, c, accepted[accepted.length - 1]))) continue;
    } else if (!c.atLineStart) {
      const expected = (last.get(c.kind) ?? 0) + 1;
      const before = c.start > 0 ? text[c.start - 1]! : '\n';
      const prev = accepted[accepted.length - 1];
      const afterName = prev !== undefined && prev.lineIndex === c.lineIndex && KIND.get(prev.kind)!.named === true && c.start - prev.end <= TITLE_RUN_MAX;
      const signed = CLAUSE_BOUNDARY_BEFORE.test(before) || SPACE.test(text[c.end] ?? '') || afterName;
      if (c.number !== expected || !signed) continue;
    }
    if (!kind.clauseStart && c.number !== null) {
      gluedLast.set(c.kind, c.number);
      // a higher marker restarts the lower kinds' numbering (二、 is followed by a new (一))
      if (kind.padded !== true) for (const lower of NESTED_KINDS) if (RANK.get(lower.id)! > RANK.get(c.kind)!) gluedLast.set(lower.id, 0);
    }
    if (kind.clauseStart && c.number !== null) {
      last.set(c.kind, c.number);
      for (const other of MARKER_KINDS) if (other.restartedBy.includes(c.kind)) last.set(other.id, 0);
    }
    accepted.push(c);
  }
  return accepted;
}

/** The accepted markers with their titles and where their bodies start; those without a title dropped. */
function titledCandidates(text: string, lines: readonly Line[], skip: (lineIndex: number) => boolean, accepted: readonly Located[]): HeadingCandidate[] {
  const out: HeadingCandidate[] = [];
  accepted.forEach((c, i) => {
    const line = lines[c.lineIndex]!;
    const next = accepted[i + 1];
    const segmentEnd = next && next.lineIndex === c.lineIndex ? next.start : line.end;
    let titleStart = c.end;
    while (titleStart < segmentEnd && isSpaceAt(text, titleStart)) titleStart++;
    let { title, bodyStart } = titleOf(text, titleStart, segmentEnd);
    // in a flattened line, a 一、's title is glued to its text: it ends where a paragraph opens
    // (a short first sentence set off by spaces, its block's end, is the title: `1. 一般贸易…增长。   去年…`)
    const setOff = bodyStart < segmentEnd && title.length <= GLUED_SENTENCE_TITLE_MAX_CHARS && isSpaceAt(text, bodyStart);
    // a parent's short title ended by its first child's marker (`一、2024年工作情况(一)…`) is whole
    const endsAtChild = next !== undefined && segmentEnd === next.start && bodyStart === segmentEnd && afterParentTitle(text, next, c);
    // a glued (二)'s first sentence is its title, as at a line's start (`…。(二)加强监管,提升效能。…`)
    const parenSentence = !c.atLineStart && PAREN_GLUE_KINDS.includes(KIND.get(c.kind)!) && bodyStart < segmentEnd && title.length <= GLUED_SENTENCE_TITLE_MAX_CHARS;
    if (!KIND.get(c.kind)!.clauseStart && line.end - line.start >= FLATTENED_LINE_MIN_CHARS && !setOff && !endsAtChild && !parenSentence) {
      const glued = gluedTitle(text, titleStart, segmentEnd);
      if (glued !== null) ({ title, bodyStart } = glued);
      else if (!c.atLineStart) return;
    }
    if (title === '' && (c.atLineStart || KIND.get(c.kind)!.clauseStart) && segmentEnd === line.end) {
      // `第一章` (or `一、`) alone on its line, its title on the next one
      const below = nextContentLine(lines, c.lineIndex, skip);
      if (below !== null && !markerAt(text, lines[below]!.content)) {
        const t = titleOf(text, lines[below]!.content, lines[below]!.end);
        // a title has words: a number under a marker (`(90)` over `97.8%`) is a vote widget's count
        if (t.bodyStart === lines[below]!.end && t.title.length <= TITLE_RUN_MAX && HAN.test(t.title)) ({ title, bodyStart } = t);
      }
    }
    if (c.atLineStart && !KIND.get(c.kind)!.clauseStart) {
      const labelled = labelTitle(text, titleStart, segmentEnd);
      if (labelled !== null) ({ title, bodyStart } = labelled);
    }
    if (title === '') return;
    // spelled out, not spread: this runs once per candidate, and a spread copy is slow here
    out.push({
      kind: c.kind,
      marker: c.marker,
      number: c.number,
      start: c.start,
      end: c.end,
      lineIndex: c.lineIndex,
      atLineStart: c.atLineStart,
      titleStart,
      segmentEnd,
      title,
      bodyStart,
    });
  });
  return out;
}

/** Sentence ends after which a glued marker may stand (spaces between allowed). */
const GLUED_BEFORE = /[。;!?]\s*$/;
/** What a `01综合` heading line never holds after its marker: punctuation or more digits. */
const PADDED_FORBIDDEN = /[0-9。,,;;::!?()()%.]/;
const GLUE_KINDS = MARKER_KINDS.filter((k) => k.id === 'cn-comma' || k.id === 'arabic-dot');
/** Bracketed markers ((一), (1)) glued after a sentence's end or right after their parent's title. */
const PAREN_GLUE_KINDS = MARKER_KINDS.filter((k) => k.id === 'cn-paren' || k.id === 'arabic-paren');

/** The 一、 and 1. markers standing right after a sentence's end inside [from, end), in text order. */
function pushGlued(text: string, from: number, end: number, lineIndex: number, raw: Located[]): void {
  const found: Located[] = [];
  for (const mark of ['、', '.']) {
    for (let i = text.indexOf(mark, from); i !== -1 && i < end; i = text.indexOf(mark, i + 1)) {
      // a sentence ends at most 7 characters before the mark, or no marker stands here (one cheap test)
      if (!sentenceEndWithin(text, Math.max(from, i - 7), i)) continue;
      // the numeral before the mark (at most 3 characters: 十一, 12)
      for (let start = Math.max(from, i - 3); start < i; start++) {
        const m = markerAt(text, start, GLUE_KINDS);
        if (m === null || m.end !== i + 1) continue;
        if (!GLUED_BEFORE.test(text.slice(Math.max(from, start - 4), start))) break;
        found.push(located(m, lineIndex, false));
        break;
      }
    }
  }
  for (const open of ['(', '（']) {
    for (let i = text.indexOf(open, from); i !== -1 && i < end; i = text.indexOf(open, i + 1)) {
      const m = markerAt(text, i, PAREN_GLUE_KINDS);
      if (m !== null) found.push(located(m, lineIndex, false, GLUED_BEFORE.test(text.slice(Math.max(from, i - 4), i))));
    }
  }
  found.sort((a, b) => a.start - b.start);
  for (const m of found) raw.push(m);
}

function sentenceEndWithin(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x3002 || c === 0x3b || c === 0x21 || c === 0x3f) return true; // 。 ; ! ?
  }
  return false;
}

const OPENER_AT = new RegExp(`\\d+|${BULLETIN_PARAGRAPH_OPENERS.join('|')}`, 'g');

/** A glued title: from `start` up to a paragraph's opening word or a digit, short and without a comma. */
function gluedTitle(text: string, start: number, end: number): { title: string; bodyStart: number } | null {
  const window = text.slice(start, Math.min(end, start + GLUED_TITLE_MAX_CHARS * 2));
  OPENER_AT.lastIndex = 0;
  for (let m = OPENER_AT.exec(window); m !== null; m = OPENER_AT.exec(window)) {
    if (m.index === 0) continue;
    const title = window.slice(0, m.index).replace(/\s+/g, '');
    if (title.length < 2 || title.length > GLUED_TITLE_MAX_CHARS || /[,,。;:]/.test(title)) return null;
    return { title, bodyStart: start + m.index };
  }
  return null;
}

function nextContentLine(lines: readonly Line[], from: number, skip: (i: number) => boolean): number | null {
  for (let i = from + 1; i < lines.length; i++) {
    if (skip(i)) return null;
    if (!isBlank(lines[i]!)) return i;
  }
  return null;
}
