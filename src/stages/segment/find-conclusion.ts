// A closing paragraph after the last section's body is the document's conclusion, not part of
// that section: an outlook (`下一步,…`) or a closing formula (`特此通知。`). Only the final
// paragraphs are looked at.
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
  for (const i of paragraphs.slice(-MAX_CONCLUSION_PARAGRAPHS)) {
    if (skip(i)) continue;
    const at = lines[i]!.content;
    if (CLOSING_FORMULAS.some((w) => text.startsWith(w, at))) return { start: at, formula: true };
    if (CLOSING_OPENERS.some((w) => text.startsWith(w, at))) return { start: at, formula: false };
  }
  return null;
}
