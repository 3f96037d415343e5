// Page widgets (font size, print, close, share): a line made only of their words is chrome.
import { WEAK_WIDGET_WORDS, WIDGET_FILLER, WIDGET_WORDS } from '../../rules/zh/boilerplate.js';
import { alternation } from '../../lib/pattern.js';

const WIDGET = new RegExp(alternation(WIDGET_WORDS), 'g');

export function isWidgetLine(line: string): boolean {
  let strong = false;
  const rest = line
    .replace(WIDGET, (word) => {
      if (!WEAK_WIDGET_WORDS.has(word)) strong = true;
      return '';
    })
    .replace(WIDGET_FILLER, '');
  return strong && rest === '';
}
