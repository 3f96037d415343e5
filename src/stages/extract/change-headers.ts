// Whether a table's column header names a column of changes (`同比增长(%)`), and their basis: one
// reading for the tables with cell bars, the flat tables and the tables written one cell a line.
import { CHANGE_HEADERS } from '../../rules/zh/tables.js';
import type { Basis } from '../../schema/records.js';

/** Change header words by length, longest first: the longest a header ends with names its basis. */
const CHANGE_WORDS = Object.keys(CHANGE_HEADERS).sort((a, b) => b.length - a.length);
/** The shortest header word read at a header's end (`增长`); shorter ones (`±`) only as the whole header. */
const MIN_CHANGE_SUFFIX = 2;

/**
 * Whether a header's words (unit aside) name a change column, and its basis: the words are, or end
 * with, a change header (`同比增长`, `累计比上年同期增长` → yoy; `增速` → null); undefined for any
 * other header (`自然增长率` is a value: it ends with 率).
 */
export function changeBasis(words: string): Basis | null | undefined {
  if (Object.hasOwn(CHANGE_HEADERS, words)) return CHANGE_HEADERS[words]!;
  const suffix = CHANGE_WORDS.find((w) => w.length >= MIN_CHANGE_SUFFIX && words.endsWith(w));
  return suffix === undefined ? undefined : CHANGE_HEADERS[suffix]!;
}

/**
 * What a change header names before its change words (`进出口同比` → `进出口`, `出口增长` → `出口`),
 * or '' when nothing (`同比(%)`): the value column whose change it holds.
 */
export function changeSubject(words: string): string {
  if (Object.hasOwn(CHANGE_HEADERS, words)) return '';
  const suffix = CHANGE_WORDS.find((w) => w.length >= MIN_CHANGE_SUFFIX && words.endsWith(w));
  return suffix === undefined ? '' : words.slice(0, -suffix.length);
}
