// A list of attachments after a notice's body (`附件:1.进口货物申报要素表` / `2.…填制规范`):
// its numbered lines name files, they are not headings.
import { ATTACHMENT_OPENERS, MARKER_KINDS } from '../../rules/zh/headings.js';
import { markerAt, titleOf } from './detect-heading.js';
import { isBlank, startsWithAny, type Line } from './lines.js';

const LIST_KINDS = MARKER_KINDS.filter((k) => !k.clauseStart);
/** An attachment's name is short and has no body after it. */
const MAX_NAME = 60;

/** Indices of the lines that make up attachment lists. */
export function findAttachmentLines(text: string, lines: readonly Line[]): Set<number> {
  const found = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlank(line) || !startsWithAny(text, line.content, ATTACHMENT_OPENERS)) continue;
    found.add(i);
    for (let j = i + 1; j < lines.length && !isBlank(lines[j]!); j++) {
      const m = markerAt(text, lines[j]!.content, LIST_KINDS);
      if (!m) break;
      const { bodyStart } = titleOf(text, m.end, lines[j]!.end);
      if (bodyStart < lines[j]!.end || lines[j]!.end - m.end > MAX_NAME) break;
      found.add(j);
      i = j;
    }
  }
  return found;
}
