// The earlier value of a from–to pair as a record of its own. `由35%提升至60%` is one record, value 60 and
// `from` 35 (spec/metrics.md); the text states 35 % as well, and a reader looking for every figure the text
// states (as the real documents' gold does: `科技型中小企业加计扣除比例从75%提高到100%` lists 75 % and 100 %)
// finds it here: the earlier value with its own span, unit and qualifier, the pair's label, and the year it is
// dated by where the text dates it (`由2019年的1200家`), else no period.
import { copyDraft, type Draft } from '../draft.js';
import { FROM_TO_YEAR } from '../../../rules/zh/changes.js';
import { RECURRING_FRAMES } from '../../../rules/zh/periods.js';

/** A whole recurring frame (`每年`, `年均`): RECURRING_FRAMES anchored. */
const RECURRING = new RegExp(`^(?:${RECURRING_FRAMES.source})$`);

/** The year right before the earlier value (`由2019年的`). */
const DATED_EARLIER_VALUE = new RegExp(`${FROM_TO_YEAR}$`);

export function splitFromPairs(drafts: readonly Draft[], text: string): Draft[] {
  let pairs = 0;
  for (let i = 0; i < drafts.length; i++) if (drafts[i]!.earlier !== null) pairs++;
  if (pairs === 0) return drafts as Draft[];
  const out: Draft[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    const e = d.earlier;
    if (e !== null) {
      const earlier = copyDraft(e);
      earlier.leadStart = e.start;
      earlier.extentEnd = e.end;
      earlier.change = null;
      earlier.from = null;
      earlier.earlier = null;
      earlier.label = d.label;
      // its own year, or a recurring frame both values share (`每年由…提高到…`); no other frame of the pair's is its
      earlier.period = DATED_EARLIER_VALUE.exec(text.slice(d.leadStart, e.start))?.[1] ?? (d.period !== null && RECURRING.test(d.period) ? d.period : null);
      out.push(earlier);
      const later = copyDraft(d);
      later.earlier = null;
      out.push(later);
    } else out.push(d);
  }
  return out;
}
