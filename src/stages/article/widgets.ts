// Page widgets (font size, print, close, share): a line made only of their words is chrome.
import { BRACKETED_VISIT_COUNT, WEAK_WIDGET_WORDS, WIDGET_FILLER, WIDGET_WORDS } from '../../rules/zh/boilerplate.js';
import { alternation } from '../../lib/pattern.js';
import { charSet, type CharSet } from '../../lib/char-set.js';
import { firstChars } from '../../lib/regex-chars.js';

// Sticky: the line is read left to right, a widget word or one filler at a time, so a line of
// prose is given up at its first character that is neither (no replacing over the whole line).
const WORD = new RegExp(alternation(WIDGET_WORDS), 'y');
const FILLER = new RegExp(WIDGET_FILLER.source, `${WIDGET_FILLER.flags.replace('g', '')}y`);
/** A visit counter with its count in brackets (`阅读()`, `浏览次数(1234)`): a strong widget, as a whole. */
const COUNTER = new RegExp(BRACKETED_VISIT_COUNT.source, 'y');

/**
 * The characters a widget word or a filler opens with (read from the two patterns, lib/regex-chars.ts),
 * as one table: at a character outside it neither can match, and the line is given up without
 * running either (most lines, at their first character).
 */
const OPENERS = openersOf(WORD, FILLER, COUNTER);
function openersOf(...patterns: RegExp[]): CharSet {
  let chars = '';
  for (const re of patterns) {
    const first = firstChars(re);
    if (first === null) throw new Error(`widgets: the opening characters of ${re.source} cannot be read`);
    chars += first;
  }
  return charSet(chars);
}

/** For tests: whether a widget word or a filler may open at a character. */
export const widgetGate = { opens: (c: number): boolean => OPENERS.has(c) };

/** What a text is made of: not only widget words and fillers (0), only weak words and fillers (1), a strong word among them (2). */
export type WidgetWords = 0 | 1 | 2;

export function widgetWords(text: string): WidgetWords {
  let strong = false;
  let at = 0;
  while (at < text.length) {
    if (!OPENERS.has(text.charCodeAt(at))) return 0;
    COUNTER.lastIndex = at;
    if (COUNTER.test(text)) {
      strong = true;
      at = COUNTER.lastIndex;
      continue;
    }
    WORD.lastIndex = at;
    const word = WORD.exec(text);
    if (word) {
      if (!WEAK_WIDGET_WORDS.has(word[0])) strong = true;
      at = WORD.lastIndex;
      continue;
    }
    FILLER.lastIndex = at;
    if (!FILLER.test(text)) return 0;
    at = FILLER.lastIndex;
  }
  return strong ? 2 : 1;
}

export function isWidgetLine(line: string): boolean {
  return widgetWords(line) === 2;
}
