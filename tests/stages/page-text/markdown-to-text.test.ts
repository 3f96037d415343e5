// Markdown's inline markup reduced to its text: link and image destinations holding parentheses
// (a reader dump's `javascript:void(0);`), and list items that held only an icon.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownToPageText } from '../../../src/stages/page-text/markdown-to-text.js';
import { processDocument } from '../../../src/pipeline.js';
import { FIXTURES } from '../../helpers.js';

const FILE = path.join(FIXTURES, 'page-text', 'markdown-link-parentheses.md');

describe('link and image destinations with parentheses', () => {
  it('end at the parenthesis that closes the destination, leaving no `;)` or `)`', () => {
    expect(markdownToPageText('[打印](javascript:window.print();)[关闭](javascript:void(0);)').text).toBe('打印关闭');
    expect(markdownToPageText('前文[](javascript:void(0))后文').text).toBe('前文后文');
    expect(markdownToPageText('图![logo](http://e.cn/a_(1).png)后').text).toBe('图后');
  });
  it('negative: a parenthesis after a link, or inside its text, is the text', () => {
    expect(markdownToPageText('详见[通知](http://e.cn/a.html)(共3页)').text).toBe('详见通知(共3页)');
    expect(markdownToPageText('参见[《细则》(试行)](http://e.cn/(2031)1.html)第五条').text).toBe('参见《细则》(试行)第五条');
  });
});

describe('list items that held only markup', () => {
  it('are no lines; items with words, and a numbered item, stay', () => {
    const page = markdownToPageText('*   ![i](a.png)\n*   _![i](b.png)_\n*   [_![i](c.png)_](d "纠错")\n*   名单\n*   1. 第一批\n-   ![i](e.png) 听全文');
    expect(page.text).toBe('*   名单\n*   1. 第一批\n-    听全文');
  });
});

describe('a reader dump of a page whose widgets link to javascript:', () => {
  const doc = processDocument({ path: FILE, id: 'markdown-link-parentheses', bytes: readFileSync(FILE), format: 'markdown' });
  it('keeps the article and its parentheses, and no residue of the links', () => {
    expect(doc.text).not.toMatch(/;\)|\)\s*$|^\*\s*$/m);
    expect(doc.text).toContain('详见通知全文(共3页),共有86家企业参加。');
    expect(doc.text).toContain('参见《实施细则》(试行)第五条。');
    expect(doc.removed.map((r) => r.text)).toEqual(['无障碍繁体版英文版', '打印关闭']);
  });
});
