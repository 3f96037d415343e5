// The corpus view's table and charts (Chromium): sorting and filtering by date, source, docNumber
// and category, clickable charts, the statistics as tables, and the CSV export of the metrics the
// filters leave.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/schema/records.js';
import { CHROMIUM, chromiumMissingReason, gotoDocument, openReview, readRenderedText, reviewSuite } from './browser.js';
import { loadSmallDocuments, writeDataset } from './dataset-fixtures.js';

if (!CHROMIUM) console.warn(chromiumMissingReason);

const SOURCES = ['海关总署', '统计分析司', '综合业务司'];
const CATEGORIES = ['统计数据', '政策解读'];

/** 12 documents: the rich fixture document with its own metadata; every third keeps only its 元 metrics. */
function generate(): Document[] {
  const rich = loadSmallDocuments()[0]!;
  return Array.from({ length: 12 }, (_, n) => {
    const id = `corpus/${String(n).padStart(2, '0')}`;
    const metrics = rich.metrics.filter((m) => n % 3 !== 0 || m.unit === '元').map((m, i) => ({ ...m, id: `${id}#${i + 1}`, doc: id }));
    // document 1 ends with a table in its text, outside any 专栏 (after every span)
    const text = n === 1 ? `${rich.text}\n指标 | 2023年 | 2024年 |\n进出口 | 41.76万亿元 | 43.8万亿元 |\n出口 | 23.77 |\n` : rich.text;
    return {
      ...structuredClone(rich),
      text,
      id,
      path: `${id}.txt`,
      title: `报告 ${n}`,
      metadata: {
        publishDate: n === 5 ? null : `2024-${String(12 - n).padStart(2, '0')}-01`,
        source: SOURCES[n % 3]!,
        docNumber: `署字〔2024〕${n + 1}号`,
        category: CATEGORIES[n % 2]!,
      },
      metrics,
    };
  });
}

const visibleIds = (page: Page): Promise<string[]> => page.$$eval('#documents tbody tr td:nth-child(3)', (tds) => tds.map((td) => td.textContent ?? ''));

async function setFilter(page: Page, key: string, value: string): Promise<void> {
  await page.$eval(`input[data-filter="${key}"]`, (i, v) => {
    (i as HTMLInputElement).value = v as string;
    i.dispatchEvent(new Event('input', { bubbles: true }));
  }, value);
  await new Promise((r) => setTimeout(r, 400));
}

describe.skipIf(!CHROMIUM)('review page: the corpus table and charts (Chromium)', () => {
  const docs = generate();
  const ctx = reviewSuite(() => writeDataset(docs, { rulesHash: 'sha256:corpus' }));

  it('sorts by date both ways, documents without a date last', async () => {
    const { page, errors } = await openReview(ctx.session, ctx.file);
    await page.click('#documents th[data-key="date"] button');
    await page.waitForSelector('#documents th[data-key="date"][aria-sort="ascending"]');
    const dated = docs.filter((d) => d.metadata.publishDate).sort((a, b) => a.metadata.publishDate!.localeCompare(b.metadata.publishDate!));
    expect(await visibleIds(page)).toEqual([...dated.map((d) => d.id), 'corpus/05']);
    await page.click('#documents th[data-key="date"] button');
    await page.waitForSelector('#documents th[data-key="date"][aria-sort="descending"]');
    expect(await visibleIds(page)).toEqual([...dated.reverse().map((d) => d.id), 'corpus/05']);
    await page.click('#documents th[data-key="metrics"] button'); // numbers sort as numbers
    await page.waitForSelector('#documents th[data-key="metrics"][aria-sort="ascending"]');
    const counts = await page.$$eval('#documents tbody tr td:nth-child(11)', (tds) => tds.map((td) => Number(td.textContent)));
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('filters by source, docNumber, category and date, the filters together', async () => {
    const { page } = await openReview(ctx.session, ctx.file);
    await setFilter(page, 'source', '统计分析');
    expect(await visibleIds(page)).toEqual(docs.filter((_, n) => n % 3 === 1).map((d) => d.id));
    await setFilter(page, 'category', '政策');
    expect(await visibleIds(page)).toEqual(docs.filter((_, n) => n % 3 === 1 && n % 2 === 1).map((d) => d.id));
    await setFilter(page, 'source', '');
    await setFilter(page, 'category', '');
    await setFilter(page, 'docNumber', '〔2024〕12号');
    expect(await visibleIds(page)).toEqual(['corpus/11']);
    await setFilter(page, 'docNumber', '');
    await setFilter(page, 'date', '2024-0');
    expect(await visibleIds(page)).toEqual(docs.filter((d) => d.metadata.publishDate?.startsWith('2024-0')).map((d) => d.id));
    expect(await page.$eval('#page-status', (s) => s.textContent)).toMatch(/of \d+ \(filtered from 12\)/);
    await page.close();
  });

  it('a unit bar narrows the table to documents with such metrics; a document bar opens it', async () => {
    const { page } = await openReview(ctx.session, ctx.file);
    const withPercent = docs.filter((d) => d.metrics.some((m) => m.unit === '%')).map((d) => d.id);
    expect(withPercent.length).toBeGreaterThan(0);
    expect(withPercent.length).toBeLessThan(docs.length);
    await page.click('.charts figure:nth-child(2) g.bar[data-label="%"] rect');
    await page.waitForSelector('#clear-pick');
    expect(await visibleIds(page)).toEqual(withPercent);
    await page.click('#clear-pick');
    await page.waitForFunction(() => !document.querySelector('#clear-pick'));
    expect(await visibleIds(page)).toHaveLength(docs.length);
    // the statistics are tables too: the unit chart's rows are its bars
    const rows = await page.$$eval('.charts figure:nth-child(2) details.as-table tbody tr', (trs) => trs.map((tr) => Array.from(tr.children).map((c) => c.textContent)));
    const bars = await page.$$eval('.charts figure:nth-child(2) g.bar title', (ts) => ts.map((t) => t.textContent));
    expect(rows.map((r) => `${r[0]}: ${r[1]}`)).toEqual(bars);
    await page.click('.charts figure:nth-child(1) g.bar rect');
    await page.waitForSelector('.doc');
    expect(await page.$eval('.doc', (d) => d.getAttribute('data-doc-id'))).toMatch(/^corpus\//);
    await page.close();
  });

  it('exports the metrics of the filtered documents as CSV, as the unit bar narrows them', async () => {
    const { page } = await openReview(ctx.session, ctx.file);
    const downloads = mkdtempSync(path.join(tmpdir(), 'ce-export-'));
    const cdp = await page.createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
    await setFilter(page, 'category', '统计数据'); // even n
    await page.click('.charts figure:nth-child(2) g.bar[data-label="元"] rect');
    await page.waitForSelector('#clear-pick');
    await page.click('#export');
    await page.waitForSelector('body[data-exported]');
    const expected = docs.filter((_, n) => n % 2 === 0).flatMap((d) => d.metrics.filter((m) => m.unit === '元'));
    expect(await page.$eval('body', (b) => Number(b.getAttribute('data-exported')))).toBe(expected.length);
    let file = '';
    for (let tries = 0; tries < 50 && !file; tries++) {
      file = readdirSync(downloads).find((f) => f === 'metrics.csv') ?? '';
      if (!file) await new Promise((r) => setTimeout(r, 100));
    }
    const lines = readFileSync(path.join(downloads, file), 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('doc,id,raw,value,unit,qualifier,valueMax,kind,direction,basis,label,period,section,column');
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 3).join(','))).toEqual(expected.map((m) => `${m.doc},${m.id},${m.raw}`));
    await page.close();
  });

  it('shows a table in the text (outside 专栏) again as a table, the text unchanged', async () => {
    const { page, errors } = await openReview(ctx.session, ctx.file);
    await gotoDocument(page, 'corpus/01');
    const rows = await page.$$eval('figure.text-table tr', (trs) => trs.map((tr) => Array.from(tr.children).map((c) => `${c.tagName}:${c.textContent}`)));
    expect(rows).toEqual([
      ['TH:指标', 'TH:2023年', 'TH:2024年'],
      ['TD:进出口', 'TD:41.76万亿元', 'TD:43.8万亿元'],
      ['TD:出口', 'TD:23.77', 'TD:'],
    ]);
    expect((await readRenderedText(page)).text).toBe(docs[1]!.text);
    await gotoDocument(page, 'corpus/02');
    expect(await page.$$eval('figure.text-table', (f) => f.length)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
