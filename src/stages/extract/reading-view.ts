// The text as the metric reading sees it: traditional characters folded to the simplified forms the
// rules are written in (src/rules/zh/script-forms.ts), one character for one, so spans keep their
// meaning. Raws and written units are taken from the text itself (draft.ts, toMetrics).
import { READING_FOLDS } from '../../rules/zh/script-forms.js';

const FOLDABLE = new RegExp(`[${Object.keys(READING_FOLDS).join('')}]`, 'g');

/** `text` with READING_FOLDS applied; `text` itself when it holds none of their characters. */
export function readingView(text: string): string {
  FOLDABLE.lastIndex = 0;
  if (!FOLDABLE.test(text)) return text;
  FOLDABLE.lastIndex = 0;
  return text.replace(FOLDABLE, (c) => READING_FOLDS[c]!);
}
