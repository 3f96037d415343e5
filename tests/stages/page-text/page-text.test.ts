// HTML and Markdown reduced to lines: fragments, malformed markup, entities, tables, comments.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { capNesting, parseHtml } from '../../../src/stages/page-text/html-parse.js';
import { streamHtmlToPageText } from '../../../src/stages/page-text/html-stream.js';
import { toPageText } from '../../../src/stages/page-text/page-text.js';
import { FIXTURES, ROOT } from '../../helpers.js';

describe('toPageText for HTML', () => {
  it('reads a fragment without <html>/<head>, decoding entities', () => {
    expect(toPageText('<p>进口 &amp; 出口</p><p>合计&nbsp;5%</p>', 'html').text).toBe('进口 & 出口\n合计\u00a05%');
  });
  it('reads malformed markup (unclosed tags, stray closers)', () => {
    expect(toPageText('<div><p>第一段<p>第二段</span></div><li>项', 'html').text).toBe('第一段\n第二段\n• 项');
  });
  it('drops comments, scripts, styles, nav, header, footer, aside and small forms', () => {
    const html = '<header>站名</header><nav>导航</nav><aside>侧栏</aside><!-- 注释 --><script>x()</script><style>p{}</style><form><input>搜索框</form><p>海关总署发布的正文第一段。</p><footer>页脚</footer>';
    expect(toPageText(html, 'html').text).toBe('海关总署发布的正文第一段。');
  });
  it('keeps a form that wraps the whole page (ASP.NET)', () => {
    expect(toPageText('<body><form id="form1"><p>第一段正文内容。</p><p>第二段正文内容。</p></form></body>', 'html').text).toBe('第一段正文内容。\n第二段正文内容。');
  });
  it('ends lines at <br> and block elements, not inside inline ones', () => {
    expect(toPageText('<p>一<b>二</b><span>三</span><br>四</p><div>五</div>', 'html').text).toBe('一二三\n四\n五');
  });
  it('writes a data table as rows and a layout table as blocks', () => {
    expect(toPageText('<table><tr><td>指标</td><td colspan="2">2020年</td></tr><tr><td>数量</td><td>1</td><td>2</td></tr></table>', 'html').text).toBe(
      '指标 | 2020年 |  |\n数量 | 1 | 2 |',
    );
    const layout = `<table><tr><td><p>${'长段落正文。'.repeat(40)}</p></td><td>侧</td></tr></table>`;
    expect(toPageText(layout, 'html').text).toBe(`${'长段落正文。'.repeat(40)}\n侧`);
  });
  it('feeds <meta>, <title> and <h1> into metadata and title hints', () => {
    const page = toPageText(
      '<html><head><title>关于某事的通知 - 某某海关</title><meta name="PubDate" content="2024-01-02"><meta name="author" content="王五"></head><body><h1>关于某事的通知</h1></body></html>',
      'html',
    );
    expect(page.metadata).toEqual({ pageDate: '2024-01-02', author: '王五', site: '某某海关' });
    expect(page.titleHints).toEqual(['关于某事的通知']);
  });
  it("reads the page's address from <meta name=\"Url\"> (any case) and og:url", () => {
    const gov = toPageText('<html><head><meta name="Url" content="http://www.example.gov.cn/tjxx/200810/t20081027_1.htm"></head><body><p>正文。</p></body></html>', 'html');
    expect(gov.metadata).toEqual({ url: 'http://www.example.gov.cn/tjxx/200810/t20081027_1.htm' });
    const og = toPageText('<html><head><meta property="og:url" content="https://example.org/news/1.html"></head><body><p>正文。</p></body></html>', 'html');
    expect(og.metadata).toEqual({ url: 'https://example.org/news/1.html' });
  });
  it('flattens absurd nesting before parsing, keeping the text', () => {
    const deep = `${'<div>'.repeat(1000)}正文${'</div>'.repeat(1000)}`;
    expect(capNesting(deep).length).toBeLessThan(deep.length);
    expect(toPageText(deep, 'html').text).toBe('正文');
  });
  it('parses well-formed pages with htmlparser2 and reads malformed markup as the spec (parse5) builds it', () => {
    expect(parseHtml('<html><head><title>t</title></head><body><p>a</p><table><tr><td>x</td></tr></table></body></html>').parser).toBe('htmlparser2');
    const html = readFileSync(path.join(FIXTURES, 'clean', 'malformed-markup.html'), 'utf8');
    expect(parseHtml(html).parser).toBe('parse5');
    expect(toPageText(html, 'html').text).toBe('表外的说明文字\n指标 | 数量 |\n批次 | 5 |\n第一节\n正文第一段。\n段落续写\n页尾之后的正文。');
  });
  it.each([
    ['text between table rows', '<table><tr><td>a</td></tr>说明<tr><td>b</td></tr></table>'],
    ['a stray heading end tag', '<h2>标题</h1>正文'],
    ['an end tag that cannot reach its element', '<div><span><p>段</span>续</div>'],
    ['content after </body>', '<html><body><p>a</p></body></html><p>b</p>'],
    ['an unclosed <iframe>', '<div><iframe></div><p>正文</p>'],
    ['a misnested formatting end tag', '<b>1<p>2</b>3</p>'],
    ['nested links', '<a>1<a>2</a>'],
    ['a tag cut off by the end of the page', '<p>a<s'],
    ['`</>`', '<p>a</>b</p>'],
    ['a <div> inside <head>', '<html><head><div>正文</div></head><body><p>b</p></body></html>'],
  ])('falls back to parse5 for %s', (_, html) => {
    expect(parseHtml(html).parser).toBe('parse5');
  });
  it('splits <pre> lines at CR as well as LF (parse5 reads CR as LF; htmlparser2 keeps it)', () => {
    expect(toPageText('<pre>a\rb\r\nc</pre>', 'html').text).toBe('a\nb\nc');
  });
  it("does not load htmlparser2 until an HTML document comes, and never loads cheerio, nor htmlparser2's helpers (domutils)", () => {
    const script = `import('${path.join(ROOT, 'dist', 'pipeline.js')}').then(async (m) => {
      const { createRequire } = await import('node:module');
      const cache = createRequire(import.meta.url).cache;
      const loaded = (name) => Object.keys(cache).some((k) => k.includes('node_modules/' + name + '/'));
      const before = loaded('htmlparser2');
      m.processDocument({ path: 'a.html', id: 'a', bytes: Buffer.from('<p>x</p>'), format: 'html' });
      console.log(JSON.stringify([before, loaded('htmlparser2'), loaded('cheerio'), loaded('domutils')]));
    })`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.stdout.trim()).toBe('[false,true,false,false]');
  });
});

describe('toPageText for HTML: which <h1> names the article', () => {
  it("passes over a site-name <h1> in the page's header: the <title> (suffix split off) leads", () => {
    const page = toPageText('<html><head><title>某月统计快讯_某省商务厅</title></head><body><div class="header"><h1>某省商务厅</h1></div><h2>某月统计快讯</h2><p>正文。</p></body></html>', 'html');
    expect(page.titleHints).toEqual(['某月统计快讯']);
    expect(page.metadata.site).toBe('某省商务厅');
  });
  it('prefers the <h1> that agrees with the <title>, and keeps an article <h1> that differs from it', () => {
    expect(toPageText('<title>甲文_某站</title><h1>乙站首页</h1><h1>甲文</h1><p>正文。</p>', 'html').titleHints).toEqual(['甲文']);
    expect(toPageText('<title>甲文(摘编)_某站</title><h1>甲文</h1><p>正文。</p>', 'html').titleHints).toEqual(['甲文', '甲文(摘编)']);
  });
});

describe('toPageText for HTML: hidden elements (fixtures/article/hidden-items.html)', () => {
  it('skips an element hidden by `display:none`, `visibility:hidden` (any case, spaces, !important) or the `hidden` attribute', () => {
    const html = '<p>正文第一段。</p><li style="display:none">五台</li><li style="DISPLAY : NONE !important">甲</li><p style="color:red;visibility: hidden;">乙</p><div hidden><p>丙</p></div><p>正文第二段。</p>';
    expect(toPageText(html, 'html').text).toBe('正文第一段。\n正文第二段。');
  });
  it('reads a hidden wrapper holding most of the page (shown by its scripts), its hidden items still skipped', () => {
    const html = '<body><div class="top">站名</div><div id="app" style="display:none"><p>正文第一段,内容较长。</p><p style="display:none">隐藏</p><p>正文第二段,内容也长。</p></div></body>';
    expect(toPageText(html, 'html').text).toBe('站名\n正文第一段,内容较长。\n正文第二段,内容也长。');
  });
  it('keeps an element whose style shows it, or whose attribute only names a style', () => {
    const html = '<p style="display:block">甲。</p><p data-style="display:none">乙。</p><p style="font-family: none; display: inline">丙。</p><p style="display:none-ish">丁。</p>';
    expect(toPageText(html, 'html').text).toBe('甲。\n乙。\n丙。\n丁。');
  });
  it('a page with hidden list items: their words reach neither the text nor the metrics', () => {
    const text = toPageText(readFileSync(path.join(FIXTURES, 'article', 'hidden-items.html'), 'utf8'), 'html').text;
    for (const hidden of ['五台山', '隐藏条目甲', '隐藏条目乙', '隐藏条目丙']) expect(text).not.toContain(hidden);
    for (const shown of ['一是压实防火责任', '三是做好应急准备', '四是加强宣传教育', '五是严格值班值守']) expect(text).toContain(shown);
  });
});

describe('toPageText for HTML: elements a framework class hides (fixtures/page-text/hidden-class.html)', () => {
  it('skips an element whose class holds `hide`, `hidden` or `d-none` as a whole token, as `display:none`', () => {
    const html = '<p>正文第一段。</p><div class="tit hide zczx"><span>政策咨询</span></div><p class="hidden">乙</p><div class="a\n d-none">丙</div><p>正文第二段。</p>';
    expect(toPageText(html, 'html').text).toBe('正文第一段。\n正文第二段。');
  });
  it('negative: responsive `hidden-xs`/`hidden-sm`, and tokens that only contain the words (`hide-title`, `chide`, `d-none-lg`), stay', () => {
    const html = '<p class="hidden-xs hidden-sm">甲。</p><p class="hide-title">乙。</p><p class="chide">丙。</p><p class="d-none-lg">丁。</p>';
    expect(toPageText(html, 'html').text).toBe('甲。\n乙。\n丙。\n丁。');
  });
  it('reads an element a class shows again at some screen size (`d-none d-md-block`, `hidden visible-lg`)', () => {
    const html = '<p>正文第一段。</p><div class="d-none d-md-block"><p>其中,进口100.3亿元。</p></div><p class="hidden visible-lg">乙。</p><p class="d-none">丙。</p>';
    expect(toPageText(html, 'html').text).toBe('正文第一段。\n其中,进口100.3亿元。\n乙。');
  });
  it('reads a `hide` wrapper holding most of the page (its scripts show it), as a hidden style', () => {
    const html = '<body><div class="top">站名</div><div id="app" class="hide"><p>正文第一段,内容较长。</p><p class="hide">隐藏</p><p>正文第二段,内容也长。</p></div></body>';
    expect(toPageText(html, 'html').text).toBe('站名\n正文第一段,内容较长。\n正文第二段,内容也长。');
  });
  it('a page whose 文件下载, 政策咨询 and 相关阅读 blocks are hidden by class: their words reach neither the text nor the metrics; the article stays', () => {
    const html = readFileSync(path.join(FIXTURES, 'page-text', 'hidden-class.html'), 'utf8');
    for (const read of [toPageText(html, 'html').text, streamHtmlToPageText(html).text]) {
      for (const hidden of ['文件下载', '政策咨询', '如对本文件有疑问', '相关阅读', '旧版页面入口']) expect(read).not.toContain(hidden);
      for (const shown of ['发布机构', '一般公共预算收入12.5亿元', '二是税收收入9.3亿元', '三是非税收入3.2亿元']) expect(read).toContain(shown);
    }
  });
});

describe('toPageText for HTML: the article again for phones (fixtures/page-text/phone-copy-pchide*.html)', () => {
  it('reads the desktop copy once: a `pchide` block (shown on phones only) is hidden; `mhide` and a token holding the word stay', () => {
    const html = readFileSync(path.join(FIXTURES, 'page-text', 'phone-copy-pchide.html'), 'utf8');
    for (const read of [toPageText(html, 'html').text, streamHtmlToPageText(html).text]) {
      expect(read.split('同比增长3.4%').length - 1).toBe(1);
      expect(read.split('资产负债率为56.8%').length - 1).toBe(1);
      expect(read).not.toContain('电脑版');
      expect(read).toContain('首页');
      expect(read).toContain('共涉及1200家企业');
    }
  });
  it('reads the phone copy where the desktop copy holds no text (an embedded PDF), a long sidebar beside it (negative)', () => {
    const html = readFileSync(path.join(FIXTURES, 'page-text', 'phone-copy-pchide-negative.html'), 'utf8');
    for (const read of [toPageText(html, 'html').text, streamHtmlToPageText(html).text]) {
      expect(read).toContain('全市地区生产总值完成512.3亿元');
      expect(read).toContain('社会消费品零售总额186.4亿元');
    }
  });
});

describe('toPageText for HTML: a <title> naming only the site', () => {
  const page = (title: string, body = '<p>正文。</p>', head = '') => toPageText(`<html><head><title>${title}</title>${head}</head><body>${body}</body></html>`, 'html');
  it('is the site, not a title hint: short, without digits or the words of a document title', () => {
    const p = page('某某市人民政府');
    expect(p.titleHints).toEqual([]);
    expect(p.metadata.site).toBe('某某市人民政府');
    // a site-name <h1> agreeing with it is no hint either; an article <h1> is
    expect(page('某某海关', '<h1>某某海关</h1><p>正文。</p>').titleHints).toEqual([]);
    expect(page('某某海关', '<h1>某某海关召开工作会议</h1><p>正文。</p>').titleHints).toEqual(['某某海关召开工作会议']);
  });
  it('is the site when the meta tags name it so, whatever its length', () => {
    const p = page('中华人民共和国某某省某某市某某区人民政府门户网站', '<p>正文。</p>', '<meta name="SiteName" content="中华人民共和国某某省某某市某某区人民政府门户网站">');
    expect(p.titleHints).toEqual([]);
  });
  it('stays a title hint when it reads as a title: a separator, a digit, a document word, or long', () => {
    expect(page('关于某事的通知_某某海关').titleHints).toEqual(['关于某事的通知']);
    expect(page('2024年工作要点').titleHints).toEqual(['2024年工作要点']);
    expect(page('春季森林防火公告').titleHints).toEqual(['春季森林防火公告']);
    expect(page('中华人民共和国监察法-纪检').titleHints).toEqual(['中华人民共和国监察法-纪检']);
    expect(page('中华人民共和国监察法').titleHints).toEqual(['中华人民共和国监察法']);
    expect(page('某某县开展春季植树造林活动助力生态文明建设').titleHints).toEqual(['某某县开展春季植树造林活动助力生态文明建设']);
  });
});

describe('toPageText for Markdown', () => {
  it('takes simple front matter, unquoting values and reading null', () => {
    const page = toPageText("---\ntitle: '海关法'\ndate: 2021-04-29\nsource: ~\nurl: http://example.org/a\n---\n正文", 'markdown');
    expect(page.metadata).toEqual({ title: '海关法', publishDate: '2021-04-29', source: null, url: 'http://example.org/a' });
    expect(page.text).toBe('正文');
    expect(page.titleHints).toEqual(['海关法']);
  });
  it('turns headings into plain lines, drops comments and table rules', () => {
    expect(toPageText('# 标题 #\n<!-- 多行\n注释 -->\n## 第一章 总则\n| 指标 | 数量 |\n|---|---|\n| 批次 | 5 |', 'markdown').text).toBe(
      '标题\n\n第一章 总则\n指标 | 数量 |\n批次 | 5 |',
    );
  });
  it('reads a `---` under a title-shaped line as a setext heading, not as front matter', () => {
    const page = toPageText('第一行\n---\n第二行', 'markdown');
    expect(page.text).toBe('第一行\n第二行');
    expect(page.metadata).toEqual({});
    expect(page.headings).toEqual([{ line: 0, depth: 2 }]);
  });
  it('drops a `---` under a sentence as a separator, without making the sentence a heading', () => {
    const page = toPageText('第一段说完了。\n---\n第二段。', 'markdown');
    expect(page.text).toBe('第一段说完了。\n第二段。');
    expect(page.headings).toEqual([]);
  });
  it('drops thematic breaks (`* * *`, `***`, `___`) as markup, like <hr>', () => {
    expect(toPageText('正文一。\n\n* * *\n\n正文二。\n***\n___', 'markdown').text).toBe('正文一。\n\n\n正文二。');
  });
  it('notes `#` and setext headings with their depth, at their line in the page text', () => {
    const page = toPageText('总标题\n=====\n\n导语。\n\n## 小标题甲\n\n正文。\n\n### 更小的标题\n正文。', 'markdown');
    expect(page.text).toBe('总标题\n\n导语。\n\n小标题甲\n\n正文。\n\n更小的标题\n正文。');
    expect(page.headings).toEqual([
      { line: 0, depth: 1 },
      { line: 4, depth: 2 },
      { line: 8, depth: 3 },
    ]);
  });
  it('does not read a list item or a table row above `===`/`---` as a heading', () => {
    const page = toPageText('*   菜单一\n---\n| a | b |\n=====', 'markdown');
    expect(page.headings).toEqual([]);
  });
  it('drops images (their alt text is not page text) and lines that were only an image', () => {
    const page = toPageText('[![Image 1: 某海关](http://x/logo.png)](http://x/)\n\n图片之后的正文。![Image 2: 现场](http://x/a.jpg)', 'markdown');
    expect(page.text).toBe('\n图片之后的正文。');
  });
  it('keeps a bold list marker alone on its line (**1.**): only an item that held an image goes', () => {
    expect(toPageText('**1.**\n企业可通过单一窗口申报。\n\n*   ![图标](http://x/i.png)\n正文。', 'markdown').text).toBe('1.\n企业可通过单一窗口申报。\n\n正文。');
    expect(toPageText('*   [](http://x/a)\n*   [](http://x/b)\n正文。', 'markdown').text).toBe('正文。');
  });
  it('reads a link whose address holds parentheses of its own (javascript:window.print()) as its words alone', () => {
    expect(toPageText('[打印本页](javascript:window.print()) [关闭](javascript:window.close())', 'markdown').text).toBe('打印本页 关闭');
    expect(toPageText('![图](http://x/a(1).jpg)正文。', 'markdown').text).toBe('正文。');
    // the link ends at its own closing parenthesis: a bracketed note after it is text
    expect(toPageText('见[附件](http://x/a.pdf)(下同)。', 'markdown').text).toBe('见附件(下同)。');
  });
});

describe('toPageText for reader-style Markdown (Title: / URL Source: / Published Time: / Markdown Content:)', () => {
  const header = 'Title: 某海关开展专项行动_海关新闻_某海关\n\nURL Source: http://example.gov.cn/a/index.html\n\nPublished Time: 2022-03-18T09:20:00+08:00\n\nMarkdown Content:\n';
  it('reads the header as front matter: the title (site suffix split off) is a hint, the URL the page\'s address', () => {
    const page = toPageText(`${header}某海关开展专项行动\n===\n\n正文。`, 'markdown');
    expect(page.titleHints).toEqual(['某海关开展专项行动']);
    expect(page.metadata).toEqual({ site: '某海关', pageDate: '2022-03-18', url: 'http://example.gov.cn/a/index.html' });
    expect(page.text).toBe('某海关开展专项行动\n\n正文。');
    expect(page.headings).toEqual([{ line: 0, depth: 1 }]);
  });
  it('keeps a title without a site suffix whole, and reads a description', () => {
    const page = toPageText('Title: 关于某事的通知\nDescription: 一段摘要\nMarkdown Content:\n正文。', 'markdown');
    expect(page.titleHints).toEqual(['关于某事的通知']);
    expect(page.metadata).toEqual({ description: '一段摘要' });
    expect(page.text).toBe('正文。');
  });
  it('leaves `Key: value` lines alone when no `Markdown Content:` line closes them', () => {
    const page = toPageText('Title: 某文件\nURL Source: http://example.gov.cn/\n正文。', 'markdown');
    expect(page.metadata).toEqual({});
    expect(page.text).toBe('Title: 某文件\nURL Source: http://example.gov.cn/\n正文。');
  });
  it('is not read after front matter or below the first lines', () => {
    const page = toPageText('正文第一段。\nTitle: x\nMarkdown Content:\n正文。', 'markdown');
    expect(page.titleHints).toEqual([]);
    expect(page.text).toBe('正文第一段。\nTitle: x\nMarkdown Content:\n正文。');
  });
});

describe('page header above a markup-named title', () => {
  it('removes the site header and menus above the title line but keeps a document number', async () => {
    const { processDocument } = await import('../../../src/pipeline.js');
    const html = `<html><head><title>关于加强管理的通知_某海关</title></head><body>
<div>某某海关门户网站</div><div><a>首页</a><a>机构概况</a><a>新闻中心</a><a>信息公开</a><a>互动</a></div>
<div>• 海关总署关于某事项的公告</div><div>署办发〔2024〕12号</div><div>当前位置：首页 &gt; 通知公告</div>
<h2>关于加强管理的通知</h2><p>各单位：</p><p>为加强管理，现通知如下。</p></body></html>`;
    const d = processDocument({ path: 'a.html', id: 'a', bytes: Buffer.from(html), format: 'html' });
    expect(d.text).toBe('署办发〔2024〕12号\n关于加强管理的通知\n各单位:\n为加强管理,现通知如下。');
    expect(d.removed.map((r) => r.rule)).toEqual(['site-banner', 'navigation-bar', 'page-header', 'breadcrumb']);
    expect(d.metadata).toMatchObject({ title: '关于加强管理的通知', site: '某海关', category: '通知公告' });
  });
});

describe('block records (read while the page text is written, for the article stage)', () => {
  it('records each block element with its lines, characters, link characters and punctuation, parent first', () => {
    const page = toPageText(
      '<html><body><div class="nav" id="top"><a href="/">首页</a><a href="/a">政务公开</a></div><div class="content"><p>第一段,正文。</p><p>第二段<a href="/x">链接</a>。</p></div></body></html>',
      'html',
    );
    expect(page.text).toBe('首页 政务公开\n第一段,正文。\n第二段链接。');
    expect(page.blocks).toEqual([
      { tag: 'body', attrs: '', parent: -1, depth: 0, from: 0, to: 3, chars: 19, linkChars: 8, punctuation: 3 },
      { tag: 'div', attrs: 'nav top', parent: 0, depth: 1, from: 0, to: 1, chars: 6, linkChars: 6, punctuation: 0 },
      { tag: 'div', attrs: 'content', parent: 0, depth: 1, from: 1, to: 3, chars: 13, linkChars: 2, punctuation: 3 },
      { tag: 'p', attrs: '', parent: 2, depth: 2, from: 1, to: 2, chars: 7, linkChars: 0, punctuation: 2 },
      { tag: 'p', attrs: '', parent: 2, depth: 2, from: 2, to: 3, chars: 6, linkChars: 2, punctuation: 1 },
    ]);
    expect(page.fragment).toBeNull();
  });
  it('records a data table as one block, its links counted', () => {
    const page = toPageText('<html><body><table><tr><td><a href="/a">进口</a></td><td>5</td></tr><tr><td>出口</td><td>6</td></tr></table></body></html>', 'html');
    expect(page.blocks![1]).toMatchObject({ tag: 'table', from: 0, to: 2, linkChars: 2 });
  });
  it('names a fragment: no <html>, a server template, a body of one table cell holding text only', () => {
    expect(toPageText('<p>正文。</p>', 'html').fragment).toBe('no <html>');
    expect(toPageText('<html><body><%@ page language="java" %><p>正文。</p></body></html>', 'html').fragment).toBe('server template');
    expect(toPageText('<html><body><table><tr><td><p>正文。</p></td></tr></table></body></html>', 'html').fragment).toBe('one table cell');
    // a page framed by one layout cell (tables of its own inside) is a page
    expect(toPageText('<html><body><table><tr><td><table><tr><td>菜单</td></tr></table><p>正文。</p></td></tr></table></body></html>', 'html').fragment).toBeNull();
    expect(toPageText('正文', 'text').blocks).toBeUndefined();
  });
});

describe('toPageText for HTML: what a CMS left in the head states nothing', () => {
  it('drops meta tags whose content is the field’s placeholder name, in Chinese or English', () => {
    const page = toPageText('<html><head><meta name="SiteName" content="网站名称"><meta name="description" content="描述"><meta name="keywords" content="关键词"><meta name="author" content="Author"><title>甲文</title></head><body><p>正文。</p></body></html>', 'html');
    expect(page.metadata).toEqual({});
  });
  it('drops the CMS account a template wrote into a person’s meta tag (系统管理员, admin)', () => {
    const page = toPageText(readFileSync(path.join(FIXTURES, 'page-text', 'cms-account-author.html'), 'utf8'), 'html');
    expect(page.metadata.author).toBeUndefined();
    expect(page.metadata.source).toBe('某市通信管理局');
    expect(toPageText('<html><head><meta name="author" content="Admin"><title>甲文</title></head><body><p>正文。</p></body></html>', 'html').metadata.author).toBeUndefined();
  });
  it('keeps a person’s name in the author meta, and the account words elsewhere', () => {
    const page = toPageText(readFileSync(path.join(FIXTURES, 'page-text', 'cms-account-author-negative.html'), 'utf8'), 'html');
    expect(page.metadata.author).toBe('李明');
    expect(page.metadata.description).toBe('某县对各单位网站管理员、系统管理员开展业务培训');
    expect(page.text).toContain('网站管理员、系统管理员共80余人参加培训');
  });
  it('reads a title with its English translation glued after it as the Chinese title (bilingual heading)', () => {
    const page = toPageText(readFileSync(path.join(FIXTURES, 'page-text', 'bilingual-title.html'), 'utf8'), 'html');
    expect(page.titleHints).toEqual(['2031年某省对市县转移支付分地区决算表']);
    // the meta tag states what it states
    expect(page.metadata.title).toBe('2031年某省对市县转移支付分地区决算表Transfer payments from the Provincial Government to Cities and Counties by region');
  });
  it('keeps a short English name closing a title, and a title whose Chinese part alone is no title', () => {
    const page = toPageText(readFileSync(path.join(FIXTURES, 'page-text', 'bilingual-title-negative.html'), 'utf8'), 'html');
    expect(page.titleHints).toContain('某市举办2031跨境贸易论坛 Global Trade Forum');
    expect(toPageText('<title>关税调整。详见Notice on the Adjustment of Import Tariffs</title><p>正文。</p>', 'html').titleHints).toEqual(['关税调整。详见Notice on the Adjustment of Import Tariffs']);
    // an English name closing a Chinese title: the page never shows the Chinese part on a line of its own
    const named = '某海关上线智能审图系统Smart Image Review System Pro';
    expect(toPageText(`<title>${named}</title><h2>${named}</h2><p>近日,某海关上线智能审图系统。</p>`, 'html').titleHints).toEqual([named]);
  });
  it('keeps a real value, even one that contains a placeholder word', () => {
    const page = toPageText('<html><head><meta name="keywords" content="关键词,进出口"><meta name="description" content="描述某县外贸情况"><meta name="SiteName" content="某县人民政府网站"></head><body><p>正文。</p></body></html>', 'html');
    expect(page.metadata).toEqual({ keywords: '关键词,进出口', description: '描述某县外贸情况', site: '某县人民政府网站' });
  });
  it('drops markup written as text into <title>, with the badge it wraps; the title and its site stay', () => {
    const hints = (title: string) => toPageText(`<html><head><title>${title}</title></head><body><p>正文。</p></body></html>`, 'html').titleHints;
    expect(hints("某项目招标公告<font color='red'>[正在报名]</font>")).toEqual(['某项目招标公告']);
    expect(hints('某工程采购公告<span class="tag">[文件获取中]</span>_某市交易网')).toEqual(['某工程采购公告']);
    expect(hints('某项目中标结果<b>')).toEqual(['某项目中标结果']);
    expect(hints('关于调整2024年某某标准的通知')).toEqual(['关于调整2024年某某标准的通知']);
    expect(hints('进口额<1亿元的企业名单')).toEqual(['进口额<1亿元的企业名单']);
  });
});

describe('toPageText for a feed post (front matter below a blank line, HTML body)', () => {
  const read = (name: string) => toPageText(readFileSync(path.join(FIXTURES, 'page-text', name), 'utf8'), 'markdown');
  it('reads the front matter under a blank line and its RFC 2822 date', () => {
    const page = read('feed-post-html-body.md');
    expect(page.metadata.title).toBe('某市前两月外贸进出口增长8.5%');
    expect(page.metadata.publishDate).toBe('2032-03-02 08:15:00');
    expect(page.metadata.categories).toBe('财经, 国内');
    expect(page.titleHints[0]).toBe('某市前两月外贸进出口增长8.5%');
    expect(page.text).not.toMatch(/categories|headimg|^---/m);
  });
  it('reads a body that is an HTML fragment as HTML: no tags, comments or CSS in the text', () => {
    const page = read('feed-post-html-body.md');
    expect(page.text).toContain('据某海关3月1日消息，前两个月某市进出口总值120.5亿元，增长8.5%。');
    expect(page.text).not.toMatch(/<p|<\/p>|<div|float:left|keyword comment/);
    expect(page.blocks?.length).toBeGreaterThan(0);
  });
  it('does not take blank line, `---`, a sentence, `---` for front matter', () => {
    const page = read('markdown-not-front-matter.md');
    expect(page.metadata).toEqual({});
    expect(page.text).toContain('这一段不是字段，而是正文的第一段。');
  });
  it('keeps a Markdown body with inline tags and one HTML line as Markdown', () => {
    const page = read('markdown-inline-html.md');
    expect(page.blocks).toBeUndefined();
    expect(page.text).toContain('下一步工作');
    expect(page.text).not.toContain('## ');
    expect(page.headings?.length).toBe(1);
  });
  it('drops the tags written into Markdown, their words kept, and keeps a tag inside a code span', () => {
    expect(read('markdown-inline-html.md').text).toContain('某关本月验放货物3批，合计120吨。\n\n图表');
    expect(read('markdown-not-front-matter.md').text).toContain('第二段正文，行内标签不改变Markdown的读法。');
    expect(toPageText('写作 `<span>` 的标签,<b>加粗</b>的字。', 'markdown').text).toBe('写作 `<span>` 的标签,加粗的字。');
  });
});

describe('toPageText for a text file that is an HTML fragment (a database cell saved as .txt)', () => {
  const read = (name: string) => toPageText(readFileSync(path.join(FIXTURES, 'page-text', name), 'utf8'), 'text');
  it('reads it as HTML: paragraphs as lines, no tags, no tag-only line left', () => {
    const page = read('text-html-fragment.txt');
    expect(page.text).toContain('某关区统计，1—5月进出口总值12.3亿元，增长4.2%。\n');
    expect(page.text).toContain('其中出口8.1亿元');
    expect(page.text).not.toMatch(/<\/?p|<br/);
    expect(page.blocks?.length).toBeGreaterThan(0);
  });
  it('keeps a text whose lines only hold angle brackets in prose as text', () => {
    const source = readFileSync(path.join(FIXTURES, 'page-text', 'text-angle-brackets-negative.txt'), 'utf8');
    const page = toPageText(source, 'text');
    expect(page.text).toBe(source);
    expect(page.blocks).toBeUndefined();
  });
});

// Tables keyed by a page's own words are Maps: an object lookup answers `constructor` with Object's own.
describe('a page whose names are an object\'s own property names', () => {
  it('reads <meta name="constructor"> as no metadata key, and front matter `constructor:` as a key of its own', () => {
    const html = toPageText('<html><head><meta name="constructor" content="x"><title>标题</title></head><body><p>正文。</p></body></html>', 'html');
    expect(Object.keys(html.metadata ?? {})).not.toContain('function Object() { [native code] }');
    expect(Object.values(html.metadata ?? {})).not.toContain('x');
    const md = toPageText('---\nconstructor: x\ntitle: 标题\n---\n正文。\n', 'markdown');
    expect(md.metadata).toMatchObject({ constructor: 'x', title: '标题' });
  });
});
