// What a law's 题注 states (issuing order number, publication and effective dates): metadata the
// document itself carries, read from the lines just under its title. The line stays in the text.
import { LAW_PREAMBLE, PREAMBLE_LINES } from '../../rules/zh/metadata.js';
import { PRIORITY, type Statement } from './classify-lines.js';
import { fieldValue } from './parse-fields.js';

/** Only the start of a line is looked at: a 题注 is short, and the rest may be a whole law on one line. */
const PREAMBLE_WINDOW = 400;

export function findPreamble(linesAfterTitle: readonly string[]): Statement[] {
  const lines = linesAfterTitle.filter((l) => l.trim().length > 0).slice(0, PREAMBLE_LINES);
  for (const line of lines) {
    const m = LAW_PREAMBLE.exec(line.slice(0, PREAMBLE_WINDOW));
    if (!m?.groups) continue;
    return Object.entries(m.groups)
      .filter((entry): entry is [string, string] => entry[1] !== undefined)
      .map(([key, raw]) => ({ key, value: fieldValue(raw, key), priority: PRIORITY.field }));
  }
  return [];
}
