// The period a document covers, where its own text states it: a yearly report opens `2024年,…`.
// A narrative history (several paragraphs led by different years) states no single period.
import { MAX_PERIOD_LAG_YEARS, PERIOD_OPENING, PLAN_PERIOD, YEAR_LED_PARAGRAPH } from '../../rules/zh/metadata.js';
import { SECTION_MARKER_START } from '../../rules/zh/line-shapes.js';

/**
 * @param bodyLines the cleaned text's lines after the title line
 * @param pageDate the page's own date, when stated: a report lies at most a little before it
 * @param whole a text holding all of bodyLines (the cleaned text): where it states no plan period
 *   at all, none is looked for line by line (one search instead of one per line)
 */
export function findPeriod(bodyLines: readonly string[], pageDate: string | null | undefined, whole?: string): string | null {
  if (whole === undefined || PLAN_PERIOD.test(whole)) {
    for (const line of bodyLines) {
      const span = PLAN_PERIOD.exec(line);
      if (span) return `${span[1]}-${span[2]}`;
    }
  }
  const lines = bodyLines.filter((l) => l.trim().length > 0);
  const opening = lines[0] === undefined ? null : PERIOD_OPENING.exec(lines[0]);
  if (!opening) return null;
  const year = opening[1]!;
  for (const line of lines.slice(1)) {
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
