// A table of contents: a run of heading-only lines that the body repeats later. It becomes the
// document's toc, and its lines are never read as sections.
import { TITLE_TRAILING } from '../../rules/zh/headings.js';
import type { HeadingCandidate } from './detect-heading.js';
import { isBlank, type Line } from './lines.js';
import { trimEndChars, trimEndOffset } from './trim.js';
import { mapPacked } from '../../lib/packed.js';

/** Fewest entries a run needs, and the share of them the body must repeat. */
export const MIN_TOC_ENTRIES = 3;
export const MIN_TOC_REPEATED_SHARE = 0.6;
/** A toc line's title is short; longer lines are body. */
const MAX_TOC_TITLE = 60;
/** Page numbers after leader dots or spaces: `总则 ……… 3`. */
const DIGITS = '0123456789';
const LEADERS = ' \t.…·';

export function withoutPageNumber(title: string): string {
  const beforeDigits = trimEndOffset(title, 0, title.length, DIGITS);
  const beforeLeaders = trimEndOffset(title, 0, beforeDigits, LEADERS);
  return beforeDigits < title.length && beforeLeaders < beforeDigits ? title.slice(0, beforeLeaders) : title;
}

/** The key by which a toc entry and a body heading are the same heading. */
export function headingKey(c: Pick<HeadingCandidate, 'kind' | 'number' | 'title'>): string {
  return `${c.kind}|${c.number ?? ''}|${trimEndChars(withoutPageNumber(c.title), TITLE_TRAILING).replace(/\s+/g, '')}`;
}

export interface TocRun {
  /** indices into the candidate list */
  first: number;
  last: number;
  start: number;
  end: number;
}

const headingOnly = (c: HeadingCandidate): boolean => c.atLineStart && c.bodyStart >= c.segmentEnd && c.title.length <= MAX_TOC_TITLE;

/** The first run of heading-only lines that the rest of the document repeats, if any. */
export function findToc(lines: readonly Line[], candidates: readonly HeadingCandidate[], text?: string): TocRun | null {
  // Keys are made once a run is long enough to be a toc: most documents have none, and need none.
  let keys: string[] = [];
  // how often each key occurs from `passed` on: a run's entries are looked up after the run
  const remaining = new Map<string, number>();
  let passed = 0;
  const makeKeys = (): void => {
    if (keys.length > 0) return;
    keys = mapPacked(candidates, headingKey);
    for (const k of keys) remaining.set(k, (remaining.get(k) ?? 0) + 1);
  };
  const passTo = (end: number): void => {
    for (; passed < end; passed++) remaining.set(keys[passed]!, remaining.get(keys[passed]!)! - 1);
  };
  let i = 0;
  while (i < candidates.length) {
    if (!headingOnly(candidates[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < candidates.length && headingOnly(candidates[j + 1]!) && onlyBlankBetween(lines, candidates[j]!.lineIndex, candidates[j + 1]!.lineIndex, text)) j++;
    if (j - i + 1 >= MIN_TOC_ENTRIES) {
      makeKeys();
      // the body's first heading repeating the run's first entry ends the run: a toc of one-line
      // headings (`第一章 总则`) runs on into a body whose headings are lines alone too (a regulation's 条s)
      for (let k = i + 1; k <= j; k++) {
        if (keys[k] === keys[i]) {
          j = k - 1;
          break;
        }
      }
    }
    const length = j - i + 1;
    if (length >= MIN_TOC_ENTRIES) {
      passTo(j + 1);
      const repeated = keys.slice(i, j + 1).filter((k) => (remaining.get(k) ?? 0) > 0).length;
      if (repeated >= MIN_TOC_ENTRIES && repeated / length >= MIN_TOC_REPEATED_SHARE) {
        return { first: i, last: j, start: candidates[i]!.start, end: lines[candidates[j]!.lineIndex]!.end };
      }
    }
    i = j + 1;
  }
  return null;
}

/**
 * Whether only blank lines stand between lines `a` and `b`; with the text, a line of leader dots counts
 * as blank too: a toc exported from a word processor and dumped one text node a line sets an entry's
 * leaders on lines of their own (`一、实施背景……` / `……………` / `- 1 -`, the page number gone as chrome).
 */
function onlyBlankBetween(lines: readonly Line[], a: number, b: number, text?: string): boolean {
  if (b <= a) return false;
  for (let k = a + 1; k < b; k++) if (!isBlank(lines[k]!) && (text === undefined || !leadersOnly(text, lines[k]!))) return false;
  return true;
}

/** Fewest leader characters that make a line of leaders (`...` alone is an ellipsis' worth). */
const MIN_LEADER_RUN = 6;

/** Whether a line holds only leader dots (and spaces), at least MIN_LEADER_RUN of them. */
function leadersOnly(text: string, line: Line): boolean {
  let dots = 0;
  for (let i = line.content; i < line.end; i++) {
    const c = text[i]!;
    if (c === ' ' || c === '\t') continue;
    if (!LEADERS.includes(c)) return false;
    dots++;
  }
  return dots >= MIN_LEADER_RUN;
}
