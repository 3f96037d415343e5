// A closing paragraph after the last section's body is the document's conclusion, not part of
// that section: an outlook (`下一步,…`) or a closing formula (`特此通知。`). Only the final
// paragraphs are looked at for an outlook; a formula counts anywhere after the last heading.
import { CLOSING_FORMULAS, CLOSING_OPENERS, MAX_CONCLUSION_PARAGRAPHS } from '../../rules/zh/headings.js';
import { isBlank, type Line } from './lines.js';

export interface Conclusion {
  start: number;
  /** a closing formula (特此通知): a conclusion even right under a title-only heading */
  formula: boolean;
}

/** Where the conclusion starts, or null. `afterLine`: the last heading's line. */
export function findConclusion(text: string, lines: readonly Line[], afterLine: number, skip: (lineIndex: number) => boolean): Conclusion | null {
  const paragraphs: number[] = [];
  for (let i = afterLine + 1; i < lines.length; i++) if (!isBlank(lines[i]!)) paragraphs.push(i);
  const startsWith = (i: number, words: readonly string[]): boolean => !skip(i) && words.some((w) => text.startsWith(w, lines[i]!.content));
  // a closing formula ends the body wherever it stands; what follows is attachments and signature
  const formula = paragraphs.find((i) => startsWith(i, CLOSING_FORMULAS));
  if (formula !== undefined) return { start: lines[formula]!.content, formula: true };
  const outlook = paragraphs.slice(-MAX_CONCLUSION_PARAGRAPHS).find((i) => startsWith(i, CLOSING_OPENERS));
  return outlook === undefined ? null : { start: lines[outlook]!.content, formula: false };
}
