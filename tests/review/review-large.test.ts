// A generated 1,000-document dataset: the page loads, lists every document, builds no document
// body until one is opened, and navigates.
import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/schema/records.js';
import { CHROMIUM, chromiumMissingReason, gotoDocument, openReview, reviewSuite } from './browser.js';
import { loadSmallDocuments, writeDataset } from './dataset-fixtures.js';

if (!CHROMIUM) console.warn(chromiumMissingReason);

const COUNT = 1000;

/** COUNT copies of the fixture's rich document, each with its own id and its metrics' doc ids. */
function generate(): Document[] {
  const rich = loadSmallDocuments()[0]!;
  return Array.from({ length: COUNT }, (_, n) => {
    const id = `gen/${String(n).padStart(4, '0')}`;
    return { ...structuredClone(rich), id, path: `${id}.txt`, title: `${rich.title} 第${n}号`, metrics: rich.metrics.map((m, i) => ({ ...m, id: `${id}#${i + 1}`, doc: id })) };
  });
}

describe.skipIf(!CHROMIUM)(`review page of a ${COUNT}-document dataset (Chromium)`, () => {
  const docs = generate();

  const ctx = reviewSuite(() => writeDataset(docs, { rulesHash: 'sha256:generated' }));

  it('loads, lists every document and builds no document body up front', async () => {
    expect(statSync(ctx.file).size).toBeGreaterThan(COUNT * 1000);
    const started = Date.now();
    const { page, errors } = await openReview(ctx.session, ctx.file);
    const loadMs = Date.now() - started;
    // a page of rows at a time, the pager saying how many there are
    expect(await page.$$eval('#documents tbody tr', (r) => r.length)).toBe(200);
    expect(await page.$eval('#page-status', (s) => s.textContent)).toBe(`documents 1–200 of ${COUNT}`);
    await page.click('#next-page');
    expect(await page.$eval('#documents tbody tr td:nth-child(3)', (td) => td.textContent)).toBe(docs[200]!.id);
    expect(await page.$$eval('.text, mark, .doc', (n) => n.length)).toBe(0);
    // generous: catches rendering all bodies up front (seconds), not a benchmark
    expect(loadMs).toBeLessThan(15_000);
    expect(await page.$eval('.summary', (p) => p.textContent)).toContain(`${COUNT} documents`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens the last document from its row, searches, and goes back', async () => {
    const { page, errors } = await openReview(ctx.session, ctx.file);
    const last = docs[COUNT - 1]!;
    await page.type('#search', '0999');
    await page.waitForFunction(() => document.body.getAttribute('data-search') === '0999');
    expect(await page.$$eval('#documents tbody tr:not(.hidden) td:nth-child(3)', (t) => t.map((x) => x.textContent))).toEqual([last.id]);
    await page.click('#documents tbody tr:not(.hidden) a');
    await page.waitForFunction((id) => document.querySelector('.doc')?.getAttribute('data-doc-id') === id, {}, last.id);
    expect(await page.$$eval('mark.metric', (m) => m.length)).toBe(last.metrics.length);
    expect(await page.$$eval('.doc', (d) => d.length)).toBe(1); // one body on the page at a time
    await gotoDocument(page, docs[3]!.id, '/m/6');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('m-6');
    await page.goBack();
    await page.waitForFunction((id) => document.querySelector('.doc')?.getAttribute('data-doc-id') === id, {}, last.id);
    await page.click('nav.outline a[href="#"]');
    await page.waitForSelector('#documents');
    expect(await page.$$eval('.doc', (d) => d.length)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
