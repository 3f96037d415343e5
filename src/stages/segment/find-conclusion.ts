// A closing `下一步,…` paragraph after the last section's body is the document's conclusion,
// not part of that section. Only the final paragraphs are looked at.
import { CLOSING_OPENERS, MAX_CONCLUSION_PARAGRAPHS } from '../../rules/zh/headings.js';
import { isBlank, type Line } from './lines.js';

/** Offset where the conclusion starts, or null. `afterLine`: the last heading's line. */
export function findConclusion(text: string, lines: readonly Line[], afterLine: number, skip: (lineIndex: number) => boolean): number | null {
  const paragraphs: number[] = [];
  for (let i = afterLine + 1; i < lines.length; i++) if (!isBlank(lines[i]!)) paragraphs.push(i);
  const tail = paragraphs.slice(-MAX_CONCLUSION_PARAGRAPHS);
  for (const i of tail) {
    if (skip(i)) continue;
    const line = lines[i]!;
    if (CLOSING_OPENERS.some((w) => text.startsWith(w, line.content))) return line.content;
  }
  return null;
}
