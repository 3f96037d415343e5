// A portal's link back to its home page, glued inside the article's last paragraph by its template
// (`…持续。<a>返回某某网首页>></a>`, `返回某某，查看更多`), is skipped by the HTML reader wherever it
// stands: BACK_HOME_LINK_TEXT (rules/zh/boilerplate.ts), html-to-text.ts, html-stream.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACK_HOME_LINK_TEXT } from '../../../src/rules/zh/boilerplate.js';
import { streamHtmlToPageText } from '../../../src/stages/page-text/html-stream.js';
import { htmlToPageText } from '../../../src/stages/page-text/html-to-text.js';
import { FIXTURES } from '../../helpers.js';

const source = readFileSync(path.join(FIXTURES, 'page-text', 'back-home-link.html'), 'utf8');

describe('a portal’s back-home link', () => {
  it('is skipped where the template glues it after the last sentence, and as a link of its own', () => {
    const text = htmlToPageText(source).text;
    expect(text).toContain('下一步，全市将加快培育消费新场景。');
    expect(text.split('\n')).toContain('下一步，全市将加快培育消费新场景。');
    expect(text).not.toMatch(/返回某某网首页|返回某某，查看更多/);
  });

  it('negative: the words inside a sentence, or a link saying more than the way home, stay', () => {
    const text = htmlToPageText(source).text;
    expect(text).toContain('点击“返回首页”按钮的市民可在线领取消费券。');
    expect(text).toContain('返回舱着陆场首页面向公众开放的说明');
    expect(htmlToPageText('<p>请<a href="/a">返回首页重新登录后提交</a>申请。</p>').text).toBe('请返回首页重新登录后提交申请。');
  });

  it('is a link’s whole text of that shape', () => {
    for (const t of ['返回腾讯网首页>>', '返回首页', '返回某某网主页 »', '返回搜狐,查看更多', '返回某某，查看更多', '返回 某某网首页 >>']) expect(BACK_HOME_LINK_TEXT.test(t), t).toBe(true);
    for (const t of ['返回顶部', '返回列表', '返回首页。', '请返回首页', '返回舱着陆场首页面向公众开放']) expect(BACK_HOME_LINK_TEXT.test(t), t).toBe(false);
  });

  it('is read the same by both HTML paths', () => {
    expect(streamHtmlToPageText(source)).toEqual(htmlToPageText(source));
  });
});

describe('a back-home link’s text, read by both paths alike', () => {
  it('counts a block or <br> inside the link as a space, and nothing of a script', () => {
    for (const html of [
      '<p>正文。<a href="/">返回<br>首页</a></p>',
      '<p>正文。<a href="/">返回<br>某某网首页 >></a></p>',
      '<p>正文。<a href="/"><div>返回某某网首页</div></a></p>',
      '<p>正文。<a href="/">返回首页<script>var a = 1;</script></a></p>',
      `<p>正文。<a href="/">${' '.repeat(300)}返回首页</a></p>`,
    ])
      expect(streamHtmlToPageText(html), html).toEqual(htmlToPageText(html));
    expect(htmlToPageText('<p>正文。<a href="/">返回首页<script>var a = 1;</script></a></p>').text).toBe('正文。');
    // a space between its words is still the link's whole text (`返回<br>某某网首页 >>`)
    expect(htmlToPageText('<p>正文。<a href="/">返回<br>某某网首页 >></a></p>').text).toBe('正文。');
  });
});
