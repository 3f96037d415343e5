// Headless Chromium for the review-page tests, driven by puppeteer-core. The tests skip only
// when no Chromium can be found, and say so (see chromiumMissingReason).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { runBin } from '../helpers.js';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome'];

/** The Chromium to drive: $CHROMIUM_PATH or $PUPPETEER_EXECUTABLE_PATH if set, else the usual system paths. */
export const CHROMIUM: string | null =
  [process.env.CHROMIUM_PATH, process.env.PUPPETEER_EXECUTABLE_PATH, ...CANDIDATES].find((p): p is string => !!p && existsSync(p)) ?? null;

export const chromiumMissingReason = `review page browser tests SKIPPED: no Chromium found (looked at $CHROMIUM_PATH, $PUPPETEER_EXECUTABLE_PATH, ${CANDIDATES.join(', ')}). Install it with: apt-get install -y chromium`;

// Flags that work in a container running as root, with nothing reaching the network.
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface Session {
  browser: Browser;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<Session> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'ce-chromium-'));
  const browser = await puppeteer.launch({ executablePath: CHROMIUM!, headless: true, userDataDir, args: FLAGS });
  return {
    browser,
    async close() {
      await browser.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Registers the suite's beforeAll/afterAll: writes the dataset `makeDataset` returns, renders its
 * review.html with the `review` command, and launches Chromium (closed after the suite).
 * The returned object's `session` and `file` are set once beforeAll has run.
 */
export function reviewSuite(makeDataset: () => string): { session: Session; file: string } {
  const ctx = {} as { session: Session; file: string };
  beforeAll(async () => {
    const dir = makeDataset();
    const r = runBin(['review', dir]);
    expect(r.status, r.stderr).toBe(0);
    ctx.file = path.join(dir, 'review.html');
    ctx.session = await launchChromium();
  });
  afterAll(async () => {
    await ctx.session?.close();
  });
  return ctx;
}

/** Opens a review page and waits until its script has built the first view; page errors are collected. */
export async function openReview(session: Session, file: string, hash = ''): Promise<{ page: Page; errors: string[] }> {
  const page = await session.browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e instanceof Error ? e.message : String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.setViewport({ width: 1400, height: 900 });
  await page.goto(`file://${file}${hash}`);
  await page.waitForSelector('body[data-ready]', { timeout: 30_000 });
  return { page, errors };
}

/** Sets the location hash and waits for the document view of `docId` to be on screen. */
export async function gotoDocument(page: Page, docId: string, rest = ''): Promise<void> {
  await page.evaluate((h) => void (location.hash = h), `#doc/${encodeURIComponent(docId)}${rest}`);
  await page.waitForFunction((id) => document.querySelector('.doc')?.getAttribute('data-doc-id') === id, {}, docId);
}

/**
 * The document's text as the page shows it, without the page's own annotations (section and
 * 专栏 badges are CSS or marked spans, tables (专栏 and text tables shown again) and removed blocks are left out), and the offset
 * in code points at which each removed block stands. Runs in the page.
 */
export function readRenderedText(page: Page): Promise<{ text: string; removedAt: Array<{ rule: string; at: number }> }> {
  return page.evaluate(() => {
    const root = document.querySelector('.text')!;
    let text = '';
    const removedAt: Array<{ rule: string; at: number }> = [];
    const walk = (node: Node): void => {
      for (const child of Array.from(node.childNodes)) {
        if (child.nodeType === Node.TEXT_NODE) text += child.textContent ?? '';
        else if (child instanceof Element) {
          if (child.matches('details.removed')) removedAt.push({ rule: child.getAttribute('data-rule') ?? '', at: Array.from(text).length });
          else if (!child.matches('.col-start, figure.col-table, figure.text-table')) walk(child);
        }
      }
    };
    walk(root);
    return { text, removedAt };
  });
}
