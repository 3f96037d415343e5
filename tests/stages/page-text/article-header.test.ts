// The article's own <header> (inside an <article> or <main>, or named for the article) is read, so
// its meta line reaches the line rules; the page's <header> is dropped. An <h1> that is the site's
// brand (its text one link to the site's root) is no title hint. html-to-text.ts, html-stream.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../../src/pipeline.js';
import { streamHtmlToPageText } from '../../../src/stages/page-text/html-stream.js';
import { htmlToPageText } from '../../../src/stages/page-text/html-to-text.js';
import { toPageText } from '../../../src/stages/page-text/page-text.js';
import { FIXTURES } from '../../helpers.js';

const source = (name: string): string => readFileSync(path.join(FIXTURES, 'page-text', name), 'utf8');
const run = (name: string) => processDocument({ path: name, id: name.replace(/\.[^.]+$/, ''), bytes: Buffer.from(source(name)), format: 'html' });
const FIXTURE_PAGES = ['article-header-outside.html', 'article-header-inside.html', 'brand-h1-logo.html', 'brand-h1-negative.html'];

describe('the article’s own <header>', () => {
  it('reads a header named for the article (`article-header`) outside the <article>: its 发布于 date, 来源 and 分类 are metadata', () => {
    const doc = run('article-header-outside.html');
    expect(doc.metadata).toMatchObject({ pageDate: '2031-04-02', source: '某县统计局', category: '县级数据' });
    expect(doc.text).not.toContain('发布于');
  });

  it('reads a header inside <article> in <main>: its 发表于 line is the page date', () => {
    const doc = run('article-header-inside.html');
    expect(doc.metadata.pageDate).toBe('2031-10-15 09:30');
    expect(doc.text).not.toContain('发表于');
  });

  it('still drops the page’s own header, with the date its menu holds', () => {
    for (const name of ['article-header-outside.html', 'article-header-inside.html']) {
      const text = toPageText(source(name), 'html').text;
      expect(text).not.toMatch(/2030-|省级栏目|今日热点/);
    }
    expect(toPageText('<header class="header"><p>站名 发布于 2030-01-01</p></header><p>正文第一段。</p>', 'html').text).toBe('正文第一段。');
  });

  it('reads a header whose class or id names the article (entry, post), and no other', () => {
    const read = (attrs: string) => toPageText(`<header${attrs}><p>发布于 2031-04-02</p></header><p>正文第一段。</p>`, 'html').text;
    expect(read(' class="entry-header"')).toBe('发布于 2031-04-02\n正文第一段。');
    expect(read(' id="postHead"')).toBe('发布于 2031-04-02\n正文第一段。');
    expect(read(' class="site-header"')).toBe('正文第一段。');
    expect(read(' class="poster"')).toBe('正文第一段。');
  });
});

describe('a site-brand <h1>', () => {
  it('is no title: the article’s heading leads', () => {
    const doc = run('brand-h1-logo.html');
    expect(doc.title).toBe('某市前三季度外贸增长5%');
  });

  it('is one whose text is all in links to the site’s root (`/`, `./`, `index.html`, `http://host`), the link inside or around it', () => {
    const hints = (h1: string) => toPageText(`<html><head><title>某某网</title></head><body>${h1}<p>正文第一段。</p></body></html>`, 'html').titleHints;
    for (const brand of ['<h1><a href="/">某某财经_股市行情</a></h1>', '<h1> <a href="./"><img src="l.png">某某财经_股市行情</a> </h1>', '<a href="index.html"><h1>某某财经_股市行情</h1></a>', '<h1><a href="https://www.example.com/">某某财经_股市行情</a></h1>'])
      expect(hints(brand), brand).not.toContain('某某财经_股市行情');
  });

  it('negative: an h1 linking to the article, or holding text besides the home link, stays a title hint', () => {
    expect(run('brand-h1-negative.html').title).toBe('某市前三季度外贸增长5%');
    const hints = (h1: string) => toPageText(`<html><head><title>某某网</title></head><body>${h1}<p>正文第一段。</p></body></html>`, 'html').titleHints;
    expect(hints('<h1><a href="/news/1015.html">某市前三季度外贸增长5%</a></h1>')).toContain('某市前三季度外贸增长5%');
    expect(hints('<h1><a href="/">某市</a>前三季度外贸增长5%</h1>')).toContain('某市前三季度外贸增长5%');
  });

  it('negative: a brand h1 that agrees with the <title> stays the title hint', () => {
    const page = toPageText('<html><head><title>某市前三季度外贸增长5% - 某某网</title></head><body><h1><a href="/">某市前三季度外贸增长5%</a></h1><p>正文。</p></body></html>', 'html');
    expect(page.titleHints[0]).toBe('某市前三季度外贸增长5%');
  });
});

describe('both HTML paths', () => {
  it('read the fixtures the same', () => {
    for (const name of FIXTURE_PAGES) expect(streamHtmlToPageText(source(name)), name).toEqual(htmlToPageText(source(name)));
  });
  it('count the article header’s text in the body a hidden element is measured against', () => {
    // the hidden paragraph is less than half of the body only with the header's text counted: skipped
    const html = '<body><article><header><p>发布于 2031-04-02 来源：某县统计局</p></header><p style="display:none">隐藏的段落文字共十六个字符号</p><p>短</p></article></body>';
    expect(htmlToPageText(html).text).toBe('发布于 2031-04-02 来源：某县统计局\n短');
    expect(streamHtmlToPageText(html)).toEqual(htmlToPageText(html));
  });
});
