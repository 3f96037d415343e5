// What a law's 题注 states (issuing order number, publication and effective dates), a 文号 line
// under a title, a news dateline opening the first paragraph (agency and author) or a reporter's
// byline on a line of its own (author): metadata the
// document itself carries, read from the lines just under its title. The line stays in the text.
import { BYLINE_LINE, CREDIT_ROLE_INSIDE, DOC_NUMBER_LINE, LAW_PREAMBLE, NEWS_DATELINES, PREAMBLE_LINES, SPEECH_PREAMBLE } from '../../rules/zh/metadata.js';
import { PRIORITY, statement, type Statement } from '../article/classify-lines.js';
import { fieldValue } from '../article/parse-fields.js';
import { creditNames } from './find-signature.js';

/** Only the start of a line is looked at: a 题注 is short, and the rest may be a whole law on one line. */
const PREAMBLE_WINDOW = 400;

/** A 文号 line's number, or null. */
function docNumberLine(line: string): Statement | null {
  const s = line.trim();
  if (s.length > DOC_NUMBER_LINE_MAX_CHARS) return null;
  const m = DOC_NUMBER_LINE.exec(s);
  return m === null ? null : statement('docNumber', m.groups!['docNumber']!.replace(/\s+/g, ''), PRIORITY.field);
}
const DOC_NUMBER_LINE_MAX_CHARS = 40;

/** The news dateline opening a line (NEWS_DATELINES), or null. */
function datelineAt(opening: string): RegExpExecArray | null {
  for (const form of NEWS_DATELINES) {
    const m = form.exec(opening);
    if (m !== null) return m;
  }
  return null;
}

/**
 * @param lines the cleaned text's lines; the title's line is just above `from` (a 文号 line is read
 * only under a title, or right above it: `from` > 0)
 */
export function findPreamble(lines: readonly string[], from: number): Statement[] {
  let tried = 0;
  let docNumber: Statement | null = null;
  for (let i = from; i < lines.length && tried < PREAMBLE_LINES; i++) {
    const line = lines[i]!;
    if (line.trim().length === 0) continue;
    // the line right under the title may be its 文号
    if (tried++ === 0 && from > 0) {
      docNumber = docNumberLine(line);
      if (docNumber !== null) continue;
    }
    const opening = line.slice(0, PREAMBLE_WINDOW);
    const m = LAW_PREAMBLE.exec(opening) ?? SPEECH_PREAMBLE.exec(opening) ?? datelineAt(opening) ?? BYLINE_LINE.exec(opening);
    if (m === null || m.groups === undefined) continue;
    const out: Statement[] = [];
    // a dateline's credit names its reporters apart by their roles (`(记者 张三 通讯员 李四)`): the names alone
    for (const [key, raw] of Object.entries(m.groups)) if (raw !== undefined) out.push(statement(key, fieldValue(key === 'author' && CREDIT_ROLE_INSIDE.test(raw) ? creditNames(raw) : raw, key), PRIORITY.field));
    return out;
  }
  // …or the line right above it, as an official document's printout sets its number between masthead and title
  docNumber ??= from >= 2 ? docNumberLine(lines[from - 2]!) : null;
  return docNumber === null ? [] : [docNumber];
}
