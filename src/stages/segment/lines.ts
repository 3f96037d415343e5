// The cleaned text as lines with their offsets: every later module speaks in these offsets.
import { LINE_LEAD } from '../../rules/zh/headings.js';

export interface Line {
  /** offset of the line's first character */
  start: number;
  /** offset just past its last character (before the \n) */
  end: number;
  /** offset of its first content character, after indentation (and Markdown #s) */
  content: number;
}

/** LINE_LEAD, sticky: its length is read from lastIndex, without building a match array per line. */
const LEAD = new RegExp(LINE_LEAD.source, `${LINE_LEAD.flags}y`);

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    LEAD.lastIndex = 0;
    const lead = LEAD.test(text.slice(start, Math.min(end, start + 64))) ? LEAD.lastIndex : 0;
    lines.push({ start, end, content: start + lead });
    if (nl === -1) break;
    start = nl + 1;
  }
  return lines;
}

export const isBlank = (line: Line): boolean => line.content >= line.end;

/** Whether one of `words` stands at `at` (a loop: callers ask for every line, and a closure per line costs). */
export function startsWithAny(text: string, at: number, words: readonly string[]): boolean {
  for (const w of words) if (text.startsWith(w, at)) return true;
  return false;
}

export const lineText = (text: string, line: Line): string => text.slice(line.content, line.end);

/** Index of the line holding offset `at` (binary search). */
export function lineIndexAt(lines: readonly Line[], at: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
