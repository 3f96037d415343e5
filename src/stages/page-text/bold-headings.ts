// Bold lead-ins as sub-headings. Pages write their sub-headings as a bold phrase opening a
// paragraph (`<p><strong>一是强化监管。</strong>全年检查…</p>`), a bold line alone, or Markdown
// `**…**` at a line's start. Page text, which knows the markup, notes each bold run that opens a
// line (its `lead`); this module decides which are headings and hands them on as heading hints
// (`lead` set: the heading is the line's first words, the rest of the line its body). Segment takes
// them; it never reads markup.
import {
  BOLD_HEADING_DEPTH,
  BOLD_HEADING_MAX_CHARS,
  CLOSING_DATE_LINE,
  CLOSING_FORMULAS,
  CONTINUES_LEAD,
  LABEL_END,
  LABEL_WITH_VALUE,
  MIN_BOLD_HEADINGS,
  SENTENCE_INSIDE,
} from '../../rules/zh/headings.js';
import type { HeadingHint } from '../types.js';

/** A bold run opening line `line` of the page text, as written (before trimming). */
export interface BoldLead {
  line: number;
  lead: string;
}

/** Leading white space of a line as pages indent paragraphs (ideographic and no-break spaces too). */
const INDENT = /^[\s\u3000\u00a0]+/;
const WORD = /[\p{Script=Han}A-Za-z]/u;

/** Whether a bold run opening a line reads as a heading: short, words, no label, no sentence inside (what follows it is judged too). */
function isHeadingLead(lead: string): boolean {
  return lead.length > 0 && lead.length <= BOLD_HEADING_MAX_CHARS && WORD.test(lead) && !LABEL_END.test(lead) && !SENTENCE_INSIDE.test(lead);
}

/** The next line after `line` with words, trimmed ('' at the end). */
function nextLine(lines: readonly string[], line: number): string {
  for (let i = line + 1; i < lines.length; i++) {
    const s = lines[i]!.trim();
    if (s.length > 0) return s;
  }
  return '';
}

/** A notice's closing line: a closing formula, a label with its value, a date, or the signature over a date. */
function isClosingLine(words: string, lines: readonly string[], line: number): boolean {
  return (
    CLOSING_FORMULAS.some((f) => words.startsWith(f)) ||
    LABEL_WITH_VALUE.test(words) ||
    CLOSING_DATE_LINE.test(words) ||
    CLOSING_DATE_LINE.test(nextLine(lines, line))
  );
}

/**
 * The heading hints of a page's bold lead-ins: each bold run that opens its line and reads as a
 * heading, when the page has a run of MIN_BOLD_HEADINGS of them (one bold phrase is emphasis).
 */
export function boldHeadings(leads: readonly BoldLead[], lines: readonly string[]): HeadingHint[] {
  const hints: HeadingHint[] = [];
  for (const { line, lead } of leads) {
    const words = lead.replace(INDENT, '').trimEnd();
    const text = (lines[line] ?? '').replace(INDENT, '');
    // the line goes on with the same sentence (`病例1—病例26,居住于…`) or a label's value: no heading
    if (!text.startsWith(words) || !isHeadingLead(words) || CONTINUES_LEAD.test(text.slice(words.length))) continue;
    if (isClosingLine(words, lines, line)) continue;
    hints.push({ line, depth: BOLD_HEADING_DEPTH, lead: words });
  }
  return hints.length >= MIN_BOLD_HEADINGS ? hints : [];
}
