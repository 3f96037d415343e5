// The article's own <footer> (inside an <article> or <main>, or named for the article) is read, as
// its <header> is: a blog or news theme sets the post's date and category there, under the text.
// The page's <footer> is dropped. html-elements.ts (ARTICLE_PARTS), html-to-text.ts, html-stream.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../../src/pipeline.js';
import { streamHtmlToPageText } from '../../../src/stages/page-text/html-stream.js';
import { htmlToPageText } from '../../../src/stages/page-text/html-to-text.js';
import { toPageText } from '../../../src/stages/page-text/page-text.js';
import { FIXTURES } from '../../helpers.js';

const NAME = 'article-footer-inside.html';
const source = readFileSync(path.join(FIXTURES, 'page-text', NAME), 'utf8');
const run = () => processDocument({ path: NAME, id: 'article-footer-inside', bytes: Buffer.from(source), format: 'html' });

describe('the article’s own <footer>', () => {
  it('is read inside <article>: its 发布日期 is the publish date, its lines are not text', () => {
    const doc = run();
    expect(doc.metadata.publishDate).toBe('2031-03-16 10:20:00');
    expect(doc.text).toContain('调解消费纠纷5起。');
    expect(doc.text).not.toMatch(/发布日期|所属分类|阅读 318|隐藏边栏/);
  });

  it('negative: the page’s <footer> (and <header>) are still dropped, with the dates they hold', () => {
    const text = toPageText(source, 'html').text;
    expect(text).toContain('发布日期：2031-03-16');
    expect(text).not.toMatch(/2030-|版权所有/);
    expect(toPageText('<p>正文第一段。</p><footer class="footer"><p>发布日期:2030-01-01</p></footer>', 'html').text).toBe('正文第一段。');
  });

  it('reads a footer whose class names the article (entry-footer, post-footer) outside an <article>, and no other', () => {
    const read = (attrs: string) => toPageText(`<p>正文第一段。</p><footer${attrs}><p>发布日期:2031-04-02</p></footer>`, 'html').text;
    expect(read(' class="entry-footer"')).toBe('正文第一段。\n发布日期:2031-04-02');
    expect(read(' class="post-footer"')).toBe('正文第一段。\n发布日期:2031-04-02');
    expect(read(' class="site-footer"')).toBe('正文第一段。');
    expect(read('')).toBe('正文第一段。');
  });

  it('is read the same by both HTML paths', () => {
    expect(streamHtmlToPageText(source)).toEqual(htmlToPageText(source));
    const html = '<body><article><p>正文。</p><footer><p>发布日期:2031-04-02</p></footer></article><footer><p>版权所有</p></footer></body>';
    expect(htmlToPageText(html).text).toBe('正文。\n发布日期:2031-04-02');
    expect(streamHtmlToPageText(html)).toEqual(htmlToPageText(html));
  });
});
