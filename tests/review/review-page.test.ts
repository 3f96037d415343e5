// The review page in a real browser (headless Chromium), on the hand-written fixture dataset:
// highlights, removed blocks in place, 专栏 tables, sorting, navigation, search, and proof that
// markup in scraped text stays text.
import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/schema/records.js';
import { tempDir } from '../helpers.js';
import { CHROMIUM, chromiumMissingReason, gotoDocument, openReview, readRenderedText, reviewSuite } from './browser.js';
import { SMALL_DATASET, loadSmallDocuments } from './dataset-fixtures.js';

if (!CHROMIUM) console.warn(chromiumMissingReason);

const DOCS: Document[] = loadSmallDocuments();
const RICH = DOCS[0]!;
const INJECTION = DOCS[1]!;
const EMPTY = DOCS[2]!;

/** Whether the element's box lies inside the visible part of the scrolling pane that holds it. */
function visibleInPane(page: Page, selector: string, pane: string): Promise<boolean> {
  return page.evaluate(
    (sel, paneSel) => {
      const r = document.querySelector(sel)!.getBoundingClientRect();
      const p = document.querySelector(paneSel)!.getBoundingClientRect();
      return r.height > 0 && r.top >= p.top - 1 && r.bottom <= p.bottom + 1;
    },
    selector,
    pane,
  );
}

describe.skipIf(!CHROMIUM)('review page (fixture dataset, Chromium)', () => {
  const ctx = reviewSuite(() => {
    const dir = path.join(tempDir('ce-review-'), 'dataset');
    cpSync(SMALL_DATASET, dir, { recursive: true });
    return dir;
  });

  it('corpus view: a row per document, three charts, provenance', async () => {
    const { page, errors } = await openReview(ctx.session, ctx.file);
    const rows = await page.$$eval('#documents tbody tr', (trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent)));
    const meta = (d: Document, ...keys: string[]): string => keys.map((k) => (d.metadata as Record<string, string | null>)[k]).find((v) => v) ?? '';
    expect(rows).toEqual(
      DOCS.map((d, i) => [
        `${i + 1}`,
        d.title ?? d.id,
        d.id,
        meta(d, 'publishDate', 'pageDate'),
        meta(d, 'source', 'issuer', 'site'),
        meta(d, 'docNumber'),
        meta(d, 'category'),
        'utf-8 (utf8-valid)',
        `${d.sections.length}`,
        `${d.columns.length}`,
        `${d.metrics.length}`,
        `${d.warnings.length}`,
        `${d.removed.length}`,
      ]),
    );
    expect(await page.$$eval('.charts figure svg', (s) => s.length)).toBe(3);
    // bars of "metrics by kind": 7 quantities, 1 change, straight from the records
    const kinds = await page.$$eval('.charts figure:nth-child(3) g.bar title', (ts) => ts.map((t) => t.textContent));
    expect(kinds).toEqual(['quantity: 7', 'change: 1']);
    expect(await page.$eval('.summary', (p) => p.textContent)).toContain('rules sha256:fixture-rules-1');
    // bodies are built on demand: none is on the page until a document is opened
    expect(await page.$$eval('.text, mark', (n) => n.length)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('every metric is highlighted once, over exactly its raw text (code-point spans)', async () => {
    const { page, errors } = await openReview(ctx.session, ctx.file);
    await gotoDocument(page, RICH.id);
    const marks = await page.$$eval('mark.metric', (ms) => ms.map((m) => ({ i: Number(m.getAttribute('data-metric')), text: m.textContent, cls: m.className })));
    expect(marks).toHaveLength(RICH.metrics.length);
    for (const mark of marks) {
      const metric = RICH.metrics[mark.i]!;
      expect(mark.text).toBe(metric.raw);
      expect(mark.cls).toContain(`kind-${metric.kind}`);
    }
    // the page's text, annotations aside, is the cleaned text; removed blocks stand at their `at`
    const rendered = await readRenderedText(page);
    expect(rendered.text).toBe(RICH.text);
    expect(rendered.removedAt).toEqual(RICH.removed.map((r) => ({ rule: r.rule, at: r.at })));
    expect(await page.$$eval('details.removed', (ds) => ds.map((d) => (d as HTMLDetailsElement).open))).toEqual([false, false, false]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('focus on a highlight shows its value, unit, qualifier, range, change, label, section and period', async () => {
    const { page } = await openReview(ctx.session, ctx.file);
    await gotoDocument(page, RICH.id);
    await page.focus('#m-6'); // 10至15个: a range
    const tip = await page.$eval('#tip', (t) => ({ hidden: t.classList.contains('hidden'), text: Array.from(t.querySelectorAll('dt')).map((dt) => `${dt.textContent}=${dt.nextElementSibling?.textContent}`) }));
    expect(tip.hidden).toBe(false);
    // the value as written first; the value in base units after it
    expect(tip.text).toEqual(expect.arrayContaining(['value=10至15个', 'base value=10 个', 'unit=个', 'qualifier=range', 'range=10 – 15', 'label=新增试点口岸', 'section=s2 二、下一步工作', 'period=—']));
    await page.focus('#m-0'); // 43.8万亿元 with its change
    const change = await page.$eval('#tip', (t) => t.textContent);
    expect(change).toContain('↑ 5% (yoy) — 比上年增长5%');
    expect(change).toContain('43,800,000,000,000 元');
    await page.close();
  });

  it('clicking a metric row scrolls to its highlight and focuses it', async () => {
    const { page } = await openReview(ctx.session, ctx.file);
    await page.setViewport({ width: 1400, height: 300 }); // small, so the pane has to scroll
    await gotoDocument(page, RICH.id);
    for (const i of [6, 0, 4]) {
      await page.click(`#metrics tbody tr[data-metric="${i}"] td:nth-child(3)`); // a cell (the unit), not the link
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(`m-${i}`);
      expect(await visibleInPane(page, `#m-${i}`, 'article.reader')).toBe(true);
    }
    await page.click('#metrics tbody tr[data-metric="1"] a');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('m-1');
    expect(await page.evaluate(() => location.hash)).toBe(`#doc/${encodeURIComponent(RICH.id)}/m/1`);
    await page.close();
  });

  it('the metrics table sorts by a column, both ways', async () => {
    const { page } = await openReview(ctx.session, ctx.file);
    await gotoDocument(page, RICH.id);
    const order = (): Promise<number[]> => page.$$eval('#metrics tbody tr', (trs) => trs.map((tr) => Number(tr.getAttribute('data-metric'))));
    const byValue = RICH.metrics.map((m, i) => ({ v: m.value, i })).sort((a, b) => a.v - b.v || a.i - b.i).map((x) => x.i);
    await page.click('#metrics th[data-col="1"] button');
    expect(await order()).toEqual(byValue);
    // shown as written, sorted by the value
    expect(await page.$$eval('#metrics tbody tr td:nth-child(2)', (tds) => tds.map((td) => td.textContent))).toEqual(byValue.map((i) => RICH.metrics[i]!.raw));
    await page.click('#metrics th[data-col="1"] button');
    const desc = RICH.metrics.map((m, i) => ({ v: m.value, i })).sort((a, b) => b.v - a.v || a.i - b.i).map((x) => x.i);
    expect(await order()).toEqual(desc);
    await page.close();
  });

  it('outline links land on their sections and 专栏', async () => {
    const { page } = await openReview(ctx.session, ctx.file);
    await page.setViewport({ width: 1400, height: 300 });
    await gotoDocument(page, RICH.id);
    for (const [i, s] of RICH.sections.entries()) {
      await page.click(`nav.outline ol.sections li:nth-child(${i + 1}) a`);
      const landed = await page.evaluate(() => ({ section: document.activeElement?.getAttribute('data-section'), next: document.activeElement?.nextSibling?.textContent }));
      expect(landed.section).toBe(s.id);
      expect(landed.next?.startsWith(`${s.marker}${s.title}`)).toBe(true);
      expect(await visibleInPane(page, `#sec-${i}`, 'article.reader')).toBe(true);
    }
    await page.click('nav.outline ol.columns li:nth-child(1) a');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-column'))).toBe('c1');
    // the 专栏 table is a table
    const table = await page.$$eval('figure.col-table tr', (trs) => trs.map((tr) => Array.from(tr.children).map((c) => `${c.tagName}:${c.textContent}`)));
    expect(table).toEqual([['TH:指标', 'TH:数值'], ['TD:进出口总值', 'TD:43.8万亿元'], ['TD:查验率', 'TD:不超过3%']]);
    await page.close();
  });

  it('the search box filters documents and lists matching metrics', async () => {
    const { page } = await openReview(ctx.session, ctx.file);
    const visible = (): Promise<string[]> => page.$$eval('#documents tbody tr:not(.hidden) td:nth-child(3)', (tds) => tds.map((td) => td.textContent ?? ''));
    const type = async (q: string): Promise<void> => {
      await page.$eval('#search', (i) => void ((i as HTMLInputElement).value = ''));
      await page.type('#search', q);
      await page.waitForFunction((want) => document.body.getAttribute('data-search') === want, {}, q.toLowerCase());
    };
    await type('查验率'); // a metric label: its document stays, and the metric is listed
    expect(await visible()).toEqual([RICH.id]);
    expect(await page.$$eval('#metric-matches tbody tr a', (as) => as.map((a) => a.textContent))).toEqual(['不超过3%']);
    await type('empty'); // a document id
    expect(await visible()).toEqual([EMPTY.id]);
    expect(await page.$eval('#metric-matches', (s) => s.querySelectorAll('tbody tr').length)).toBe(0);
    await type('no such thing');
    expect(await visible()).toEqual([]);
    await page.$eval('#search', (i) => {
      (i as HTMLInputElement).value = '';
      i.dispatchEvent(new Event('input'));
    });
    await page.waitForFunction(() => document.body.getAttribute('data-search') === '');
    expect(await visible()).toEqual(DOCS.map((d) => d.id));
    // in a document, the same box filters the metrics table
    await gotoDocument(page, RICH.id);
    await type('%');
    expect(await page.$$eval('#metrics tbody tr:not(.hidden)', (trs) => trs.map((tr) => Number(tr.getAttribute('data-metric'))))).toEqual([2, 5]);
    await page.close();
  });

  it('markup in scraped text shows as text and none of it runs', async () => {
    const { page, errors } = await openReview(ctx.session, ctx.file);
    await gotoDocument(page, INJECTION.id);
    // give anything that was going to load or run a chance to
    await page.$$eval('details.removed', (ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    await page.focus('#m-0');
    await new Promise((r) => setTimeout(r, 300));
    expect(await page.evaluate(() => (window as unknown as { __reviewInjected?: unknown }).__reviewInjected)).toBeUndefined();
    // no element came from the document's text
    expect(await page.$$eval('main img, main textarea, main script, main style, main svg, main i, main b', (n) => n.length)).toBe(0);
    const shown = await page.$eval('main', (m) => m.textContent ?? '');
    for (const literal of ['<script>window.__reviewInjected = "text"</script>', 'onerror="window.__reviewInjected=', '</textarea><textarea>', '</script><script>', '&lt;b&gt; &amp;', '<style>body{display:none}</style>', '<th>', '</td></tr></table>']) {
      expect(shown).toContain(literal);
    }
    expect((await readRenderedText(page)).text).toBe(INJECTION.text);
    expect(await page.$eval('#heading', (h) => h.textContent)).toBe(INJECTION.title);
    expect(await page.$eval('#tip', (t) => t.textContent)).toContain(INJECTION.metrics[0]!.label!);
    // the corpus view with the same strings in titles, units and chart labels
    await page.click('nav.outline a[href="#"]');
    await page.waitForSelector('#documents');
    expect(await page.evaluate(() => (window as unknown as { __reviewInjected?: unknown }).__reviewInjected)).toBeUndefined();
    expect(await page.$$eval('main img, main script, main textarea', (n) => n.length)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a document with no metrics and no sections still opens', async () => {
    const { page, errors } = await openReview(ctx.session, ctx.file);
    await gotoDocument(page, EMPTY.id);
    expect(await page.$$eval('mark.metric, .sec-anchor', (n) => n.length)).toBe(0);
    expect(await page.$eval('aside.metrics', (a) => a.textContent)).toContain('no metrics');
    expect(await page.$eval('nav.outline', (a) => a.textContent)).toContain('no sections');
    expect((await readRenderedText(page)).text).toBe(EMPTY.text);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the page asks for nothing over the network', async () => {
    const html = readFileSync(ctx.file, 'utf8');
    expect(html).toMatch(/Content-Security-Policy" content="default-src 'none'; script-src 'sha256-/);
    const { page } = await openReview(ctx.session, ctx.file);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.reload();
    await page.waitForSelector('body[data-ready]');
    await gotoDocument(page, RICH.id);
    expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
    await page.close();
  });
});
