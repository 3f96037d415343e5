// The period a document covers, where its own text states it: a plan states its span, a yearly
// report's title names its year (`…2022年国民经济和社会发展统计公报`), or its opening does (`2024年,…`).
// A narrative history (several paragraphs led by different years) states no single period.
import { MAX_PERIOD_LAG_YEARS, PERIOD_OPENING, PLAN_PERIOD, YEARLY_REPORT_TITLE, YEAR_LED_PARAGRAPH } from '../../rules/zh/metadata.js';
import { SECTION_MARKER_START } from '../../rules/zh/line-shapes.js';

const isBlank = (s: string): boolean => s.trim().length === 0;

/**
 * @param lines the cleaned text's lines; the body starts at `from` (just under the title line)
 * @param pageDate the page's own date, when stated: a report lies at most a little before it
 * @param whole a text holding all of the lines (the cleaned text): where it states no plan period
 *   at all, none is looked for line by line (one search instead of one per line)
 * @param title the document's title, when it has one
 */
export function findPeriod(lines: readonly string[], from: number, pageDate: string | null | undefined, whole?: string, title?: string | null): string | null {
  if (whole === undefined || PLAN_PERIOD.test(whole)) {
    for (let i = from; i < lines.length; i++) {
      const span = PLAN_PERIOD.exec(lines[i]!);
      if (span) return `${span[1]}-${span[2]}`;
    }
  }
  const titled = title ? YEARLY_REPORT_TITLE.exec(title) : null;
  if (titled) return titled[1]!;
  let first = from;
  while (first < lines.length && isBlank(lines[first]!)) first++;
  const opening = first < lines.length ? PERIOD_OPENING.exec(lines[first]!) : null;
  if (!opening) return null;
  const year = opening[1]!;
  for (let i = first + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (SECTION_MARKER_START.test(line)) break; // only the introduction tells a history from a report
    const led = YEAR_LED_PARAGRAPH.exec(line);
    if (led && led[1] !== year) return null;
  }
  const pageYear = pageDate ? /^(\d{4})/.exec(pageDate)?.[1] : undefined;
  if (pageYear) {
    const lag = Number(pageYear) - Number(year);
    if (lag < 0 || lag > MAX_PERIOD_LAG_YEARS) return null;
  }
  return year;
}
