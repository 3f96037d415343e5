// What a law's 题注 states (issuing order number, publication and effective dates): metadata the
// document itself carries, read from the lines just under its title. The line stays in the text.
import { LAW_PREAMBLE, PREAMBLE_LINES } from '../../rules/zh/metadata.js';
import { PRIORITY, statement, type Statement } from './classify-lines.js';
import { fieldValue } from './parse-fields.js';

/** Only the start of a line is looked at: a 题注 is short, and the rest may be a whole law on one line. */
const PREAMBLE_WINDOW = 400;

/** @param lines the cleaned text's lines; the title's line is just above `from` */
export function findPreamble(lines: readonly string[], from: number): Statement[] {
  let tried = 0;
  for (let i = from; i < lines.length && tried < PREAMBLE_LINES; i++) {
    const line = lines[i]!;
    if (line.trim().length === 0) continue;
    tried++;
    const m = LAW_PREAMBLE.exec(line.slice(0, PREAMBLE_WINDOW));
    if (m === null || m.groups === undefined) continue;
    const out: Statement[] = [];
    for (const [key, raw] of Object.entries(m.groups)) if (raw !== undefined) out.push(statement(key, fieldValue(raw, key), PRIORITY.field));
    return out;
  }
  return [];
}
