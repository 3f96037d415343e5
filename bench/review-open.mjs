// How long review.html of a large dataset takes to open in headless Chromium.
//   npm run build && node bench/review-open.mjs [DOCUMENTS=100000] [RUNS=3]
// Generates DOCUMENTS documents from the review fixture's rich document (fixtures/review/small:
// 4 KB of JSON each; ids, titles, dates, sources, document numbers and categories varied), writes
// its review.html with `customs-extract review`, then opens the page RUNS times, each in a fresh
// tab, and reads from the browser's clock (from the start of the navigation) when the corpus view
// is ready (the page's 'review-ready' mark) and when the whole file has loaded, then times opening
// the last document.
// Not part of npm test (a few minutes, and a few hundred MB of disk). Needs Chromium
// (/usr/bin/chromium, or $CHROMIUM_PATH).
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const count = Number(process.argv[2] ?? 100_000);
const runs = Number(process.argv[3] ?? 3);
const chromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
if (!chromium) throw new Error('no Chromium: apt-get install -y chromium');

const rich = JSON.parse(readFileSync(path.join(root, 'fixtures/review/small/documents.json'), 'utf8'))[0];
const SOURCES = ['海关总署', '统计分析司', '综合业务司', '广州海关', '上海海关'];
const CATEGORIES = ['统计数据', '政策解读', '公告', '新闻发布'];
const work = mkdtempSync(path.join(tmpdir(), 'ce-review-bench-'));
try {
  const out = createWriteStream(path.join(work, 'documents.json'));
  const write = (s) => new Promise((resolve) => (out.write(s) ? resolve() : out.once('drain', resolve)));
  await write('[\n');
  for (let n = 0; n < count; n++) {
    const id = `bench/${String(n).padStart(6, '0')}`;
    const doc = {
      ...rich,
      id,
      path: `${id}.txt`,
      title: `${rich.title} 第${n}号`,
      metadata: { ...rich.metadata, publishDate: `20${10 + (n % 15)}-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`, source: SOURCES[n % SOURCES.length], docNumber: `署字〔${2010 + (n % 15)}〕${n}号`, category: CATEGORIES[n % CATEGORIES.length] },
      metrics: rich.metrics.map((m, i) => ({ ...m, id: `${id}#${i + 1}`, doc: id })),
    };
    await write(`${n ? ',\n' : ''}${JSON.stringify(doc)}`);
  }
  await write('\n]\n');
  await new Promise((resolve) => out.end(resolve));
  const dataset = statSync(path.join(work, 'documents.json')).size;

  let started = Date.now();
  const r = spawnSync(process.execPath, ['--max-old-space-size=8192', path.join(root, 'bin/customs-extract'), 'review', work, '-q'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`review failed: ${r.stderr}`);
  const writeSeconds = (Date.now() - started) / 1000;
  const file = path.join(work, 'review.html');
  const size = statSync(file).size;

  const userDataDir = mkdtempSync(path.join(tmpdir(), 'ce-chromium-'));
  const browser = await puppeteer.launch({ executablePath: chromium, headless: true, userDataDir, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  const opens = [];
  const loads = [];
  const docs = [];
  try {
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1400, height: 900 });
      await page.goto(`file://${file}`, { timeout: 120_000 });
      await page.waitForSelector('body[data-ready]', { timeout: 120_000 });
      // the browser's own clock, from the start of the navigation: the corpus view ready (the
      // page's 'review-ready' mark), and the whole file read and parsed (the load event)
      const [ready, load] = await page.evaluate(() => [performance.getEntriesByName('review-ready')[0].startTime, performance.getEntriesByType('navigation')[0].loadEventStart]);
      opens.push(ready / 1000);
      loads.push(load / 1000);
      const last = `bench/${String(count - 1).padStart(6, '0')}`;
      started = Date.now();
      await page.evaluate((h) => void (location.hash = h), `#doc/${encodeURIComponent(last)}`);
      await page.waitForFunction((id) => document.querySelector('.doc')?.getAttribute('data-doc-id') === id, { timeout: 60_000 }, last);
      docs.push((Date.now() - started) / 1000);
      await page.close();
    }
  } finally {
    await browser.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
  const mb = (b) => (b / 1024 / 1024).toFixed(1);
  const list = (xs) => xs.map((x) => x.toFixed(2)).join(', ');
  process.stdout.write(
    `| review.html, ${count.toLocaleString('en-US')} documents | documents.json ${mb(dataset)} MB → review.html ${mb(size)} MB, written in ${writeSeconds.toFixed(1)} s | corpus view ready: ${list(opens)} s (whole file loaded: ${list(loads)} s) | last document shown: ${list(docs)} s |\n`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
