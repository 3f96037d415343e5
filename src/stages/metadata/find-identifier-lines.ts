// A line of the article that states one of the document's identifiers, as a numbered item of a
// notice or not (`一、项目编号:ZFCG-2024-0815`, `采购项目编号:XAJF2021B-017`): the line is the
// notice's text and stays, only its value is read. Looked for in the opening lines of the article,
// where a procurement notice lists its items. A label whose value the page put on the next line
// (`一、项目编号:` over `ZC130800202101632`, label and value in elements apart) is read there, when
// that line is a code alone.
import { SECTION_MARKER_START } from '../../rules/zh/line-shapes.js';
import { FIELD_LABELS, IDENTIFIER_CODE, IDENTIFIER_LINE_KEYS } from '../../rules/zh/metadata.js';
import { charSet } from '../../lib/char-set.js';
import { PRIORITY, statement, type Statement } from '../article/classify-lines.js';
import { parseFieldLine } from '../article/parse-fields.js';

/** How many non-blank lines under the title are looked at. */
const OPENING_LINES = 40;
/** A longer line is a paragraph, not an item stating a field. */
const MAX_ITEM_CHARS = 80;

/**
 * The first characters of the labels whose field is an identifier (IDENTIFIER_LINE_KEYS): a field
 * is read from its label's own characters (a spaced label `索 引 号` too), so a line holding none of
 * them states no identifier, and is not read as a field line.
 */
const IDENTIFIER_LABEL_FIRSTS = charSet(
  Object.keys(FIELD_LABELS)
    .filter((label) => IDENTIFIER_LINE_KEYS.has(FIELD_LABELS[label] ?? ''))
    .map((label) => label[0]!),
);

/** The identifiers stated by lines under the title (the title's line is just above `from`). */
export function findIdentifierLines(lines: readonly string[], from: number): Statement[] {
  const out: Statement[] = [];
  for (let i = from, seen = 0; i < lines.length && seen < OPENING_LINES; i++) {
    const line = lines[i]!.trim();
    if (line.length === 0) continue;
    seen++;
    if (line.length > MAX_ITEM_CHARS || IDENTIFIER_LABEL_FIRSTS.indexIn(line) < 0) continue;
    const marker = SECTION_MARKER_START.exec(line);
    for (const field of parseFieldLine(marker === null ? line : line.slice(marker[0].length)) ?? []) {
      if (field.key === null || !IDENTIFIER_LINE_KEYS.has(field.key)) continue;
      const value = field.value ?? valueBelow(lines, i);
      if (value !== null && IDENTIFIER_CODE.test(value)) out.push(statement(field.key, value, PRIORITY.field));
    }
  }
  return out;
}

/** The next non-blank line after line `i`, the value of a label left without one; null when there is none. */
function valueBelow(lines: readonly string[], i: number): string | null {
  for (let j = i + 1; j < lines.length; j++) {
    const next = lines[j]!.trim();
    if (next.length > 0) return next;
  }
  return null;
}
