// Records the extractor should never write, but a dataset edited by hand or by an older
// version might hold: overlapping and crossing metric spans, spans past the end of the text,
// empty spans. The page still gives every metric exactly one highlight and loses no text.
import { describe, expect, it } from 'vitest';
import type { Document, Metric } from '../../src/schema/records.js';
import { CHROMIUM, chromiumMissingReason, gotoDocument, openReview, readRenderedText, reviewSuite } from './browser.js';
import { loadSmallDocuments, writeDataset } from './dataset-fixtures.js';

if (!CHROMIUM) console.warn(chromiumMissingReason);

function odd(): Document {
  const base = loadSmallDocuments()[2]!; // 003_empty: 仅有一段文字,没有标题也没有数字。
  const n = Array.from(base.text).length;
  const metric = (i: number, span: [number, number], kind: Metric['kind'] = 'quantity'): Metric => ({
    id: `odd#${i}`, doc: 'odd', raw: Array.from(base.text).slice(span[0], span[1]).join(''), value: i, unit: null, unitNormal: null, qualifier: 'exact', valueMax: null, kind,
    change: null, direction: null, basis: null, from: null, label: null, section: null, column: null, period: null, span,
  });
  return {
    ...base,
    id: 'odd',
    metrics: [metric(1, [0, 6]), metric(2, [2, 4], 'change'), metric(3, [5, 9]), metric(4, [3, 3]), metric(5, [n - 2, n + 10]), metric(6, [n + 5, n + 9])],
    removed: [{ rule: 'past-the-end', text: '页脚', at: n + 3 }],
  };
}

describe.skipIf(!CHROMIUM)('review page with odd spans (Chromium)', () => {
  const doc = odd();

  const ctx = reviewSuite(() => writeDataset([doc]));

  it('one highlight per metric, nested or cut short where spans overlap, and all of the text', async () => {
    const { page, errors } = await openReview(ctx.session, ctx.file);
    await gotoDocument(page, doc.id);
    const marks = await page.$$eval('mark.metric', (ms) => ms.map((m) => [m.id, m.textContent]));
    expect(marks.map(([id]) => id).sort()).toEqual(doc.metrics.map((_, i) => `m-${i}`).sort());
    const text = Object.fromEntries(marks);
    expect(text['m-1']).toBe(doc.metrics[1]!.raw); // nested inside m-0
    expect(text['m-0']).toBe(doc.metrics[0]!.raw);
    expect(text['m-3']).toBe(''); // empty span: an empty highlight, still there to be found
    expect(text['m-4']).toBe(doc.metrics[4]!.raw); // clamped to the end of the text
    const rendered = await readRenderedText(page);
    expect(rendered.text).toBe(doc.text);
    expect(rendered.removedAt).toEqual([{ rule: 'past-the-end', at: Array.from(doc.text).length }]);
    await page.click('#metrics tbody tr[data-metric="2"] td:nth-child(1)');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('m-2');
    expect(errors).toEqual([]);
    await page.close();
  });
});
