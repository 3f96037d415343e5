// A list of attachments after a notice's body (`附件:1.进口货物申报要素表` / `2.…填制规范`):
// its numbered lines name files, they are not headings.
import { APPENDIX_HEADING, APPENDIX_TITLE_MAX_CHARS, ATTACHMENT_OPENERS, MARKER_KINDS } from '../../rules/zh/headings.js';
import { SENTENCE_PUNCTUATION } from '../../rules/zh/line-shapes.js';
import { readMarkerNumber } from '../../locale/zh/marker-numerals.js';
import { markerAt, titleOf } from './detect-heading.js';
import { isBlank, lineText, startsWithAny, type Line } from './lines.js';
import type { LeveledHeading } from './split-sections.js';

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

/** An appendix's heading (APPENDIX_HEADING) as a level-1 section, and the last line it takes (its title's). */
export interface Appendix {
  heading: LeveledHeading;
  lastLine: number;
}

/** The appendices of the text: each heading line alone, with its title line when one follows (APPENDIX_HEADING). */
export function findAppendices(text: string, lines: readonly Line[]): Appendix[] {
  const found: Appendix[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlank(line) || !text.startsWith('附件', line.content)) continue;
    const m = APPENDIX_HEADING.exec(lineText(text, line).trim());
    if (m === null) continue;
    let next = i + 1;
    while (next < lines.length && isBlank(lines[next]!)) next++;
    if (next >= lines.length) continue;
    const titled = isAppendixTitle(text, lines[next]!);
    const title = titled ? lineText(text, lines[next]!).trim() : m[1]!;
    const heading = { level: 1, marker: m[1]!, number: readMarkerNumber(m.groups!['numeral']!), title, start: line.content, bodyStart: titled ? lines[next]!.end : line.end, boundary: line.start };
    found.push({ heading, lastLine: titled ? next : i });
  }
  return found;
}

/** A line that titles the appendix above it: short, no sentence, no numbered marker. */
function isAppendixTitle(text: string, line: Line): boolean {
  const s = lineText(text, line).trim();
  return s.length <= APPENDIX_TITLE_MAX_CHARS && !SENTENCE_PUNCTUATION.test(s) && markerAt(text, line.content) === null;
}
