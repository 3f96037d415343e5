// The review page of the seeds' dataset, made the way a user makes it, in headless Chromium.
// Saves screenshots under test-artifacts/.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Document } from '../../src/schema/records.js';
import { ROOT, SEEDS, runBin, tempDir } from '../helpers.js';
import { CHROMIUM, chromiumMissingReason, gotoDocument, launchChromium, openReview, readRenderedText, type Session } from './browser.js';

if (!CHROMIUM) console.warn(chromiumMissingReason);

const ARTIFACTS = path.join(ROOT, 'test-artifacts');

/** Up to `most` indexes spread evenly over 0…n-1, first and last included: real clicks cost time. */
function sample(n: number, most = 15): number[] {
  if (n <= most) return Array.from({ length: n }, (_, i) => i);
  return [...new Set(Array.from({ length: most }, (_, k) => Math.round((k * (n - 1)) / (most - 1))))];
}

describe.skipIf(!CHROMIUM)('review page of the seeds dataset (Chromium)', () => {
  let session: Session;
  let file: string;
  let docs: Document[];

  beforeAll(async () => {
    const out = path.join(tempDir('ce-review-seeds-'), 'out');
    const made = runBin([SEEDS, '-o', out, '--quiet']);
    expect(made.status, made.stderr).toBe(0);
    const reviewed = runBin(['review', out]);
    expect(reviewed.status, reviewed.stderr).toBe(0);
    file = path.join(out, 'review.html');
    docs = JSON.parse(readFileSync(path.join(out, 'documents.json'), 'utf8')) as Document[];
    session = await launchChromium();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('every metric of every document is highlighted, over its raw text; the text is the cleaned text', async () => {
    const { page, errors } = await openReview(session, file);
    expect(await page.$$eval('#documents tbody tr', (r) => r.length)).toBe(docs.length);
    for (const doc of docs) {
      await gotoDocument(page, doc.id);
      const marks = await page.$$eval('mark.metric', (ms) => ms.map((m) => ({ i: Number(m.getAttribute('data-metric')), text: m.textContent })));
      expect(marks.length, doc.id).toBe(doc.metrics.length);
      expect(marks.map((m) => m.text)).toEqual(marks.map((m) => doc.metrics[m.i]!.raw));
      const rendered = await readRenderedText(page);
      expect(rendered.text, doc.id).toBe(doc.text);
      expect(rendered.removedAt).toEqual(doc.removed.map((r) => ({ rule: r.rule, at: Math.min(r.at, Array.from(doc.text).length) })));
      expect(await page.$$eval('figure.col-table', (f) => f.length)).toBe(doc.columns.filter((c) => c.table).length);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('clicking metric rows focuses their highlights in view; outline links land on their sections (15 of each a document)', async () => {
    const { page } = await openReview(session, file);
    await page.setViewport({ width: 1400, height: 700 });
    for (const doc of docs) {
      await gotoDocument(page, doc.id);
      for (const i of sample(doc.metrics.length)) {
        await page.click(`#metrics tbody tr[data-metric="${i}"] td:nth-child(1)`);
        const state = await page.evaluate(() => {
          const a = document.activeElement!;
          const r = a.getBoundingClientRect();
          const p = document.querySelector('article.reader')!.getBoundingClientRect();
          return { id: a.id, inView: r.top >= p.top - 1 && r.bottom <= p.bottom + 1 };
        });
        expect(state, `${doc.id} metric ${i}`).toEqual({ id: `m-${i}`, inView: true });
      }
      for (const i of sample(doc.sections.length)) {
        const s = doc.sections[i]!;
        await page.click(`nav.outline ol.sections li:nth-child(${i + 1}) a`);
        const state = await page.evaluate(() => {
          const a = document.activeElement!;
          const r = a.getBoundingClientRect();
          const p = document.querySelector('article.reader')!.getBoundingClientRect();
          return { section: a.getAttribute('data-section'), inView: r.top >= p.top - 1 && r.top <= p.bottom };
        });
        expect(state, `${doc.id} section ${s.id}`).toEqual({ section: s.id, inView: true });
      }
    }
    await page.close();
  }, 180_000); // ~150 real clicks: about 15 s alone, slower beside the rest of the suite

  it('the search box filters the documents', async () => {
    const { page } = await openReview(session, file);
    const target = docs.find((d) => d.title) ?? docs[0]!;
    const term = Array.from(target.title ?? target.id).slice(-6).join('');
    const q = term.toLowerCase();
    const expected = docs
      .filter((d) => [d.id, d.path, d.title ?? ''].join(' ').toLowerCase().includes(q) || d.metrics.some((m) => [m.raw, m.label, m.unit, m.section, m.period, m.column].join(' ').toLowerCase().includes(q)))
      .map((d) => d.id);
    expect(expected).toContain(target.id);
    expect(expected.length).toBeLessThan(docs.length);
    await page.type('#search', term);
    await page.waitForFunction((want) => document.body.getAttribute('data-search') === want, {}, q);
    expect(await page.$$eval('#documents tbody tr:not(.hidden) td:nth-child(3)', (tds) => tds.map((td) => td.textContent))).toEqual(expected);
    await page.close();
  });

  it('saves screenshots of the corpus view and a document view', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const { page } = await openReview(session, file);
    await page.screenshot({ path: path.join(ARTIFACTS, 'review-seeds-corpus.png') });
    // the document with a 专栏 table if there is one, else the one with most metrics
    const shown = docs.find((d) => d.columns.some((c) => c.table)) ?? [...docs].sort((a, b) => b.metrics.length - a.metrics.length)[0]!;
    await gotoDocument(page, shown.id);
    if (shown.metrics.length) await page.click('#metrics tbody tr[data-metric="0"] td:nth-child(1)');
    await page.screenshot({ path: path.join(ARTIFACTS, 'review-seeds-document.png') });
    expect(readFileSync(path.join(ARTIFACTS, 'review-seeds-document.png')).subarray(1, 4).toString()).toBe('PNG');
    await page.close();
  });
});
