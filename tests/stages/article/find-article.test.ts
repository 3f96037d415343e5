// Finding the article: on hand-built page text and blocks (each decision on its own), then on the
// pages in fixtures/article/ read as the pipeline reads them.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LINK_LIST_RULE, OUTSIDE_RULE, findArticle } from '../../../src/stages/article/find-article.js';
import { stripLines } from '../../../src/stages/article/strip-lines.js';
import { normalise } from '../../../src/stages/normalise.js';
import { toPageText } from '../../../src/stages/page-text/page-text.js';
import { processDocument } from '../../../src/pipeline.js';
import type { PageBlock, PageText } from '../../../src/stages/types.js';
import { FIXTURES } from '../../helpers.js';

const PROSE = '海关总署发布前三季度进出口数据,全国外贸进出口总值同比增长百分之五,其中出口增长百分之六。';
const block = (over: Partial<PageBlock>): PageBlock => ({ tag: 'div', attrs: '', parent: 0, depth: 1, from: 0, to: 0, chars: 0, linkChars: 0, punctuation: 0, ...over });
const page = (lines: string[], blocks: PageBlock[], over: Partial<PageText> = {}): PageText => ({
  text: lines.join('\n'),
  metadata: {},
  titleHints: [],
  blocks,
  fragment: null,
  ...over,
});

// a body (block 0) holding a menu (1), the article (2) and a footer (3)
const MENU = ['首页', '政务公开', '办事服务', '互动交流'];
const BODY = [PROSE, PROSE, PROSE];
const FOOT = ['版权所有 网站地图'];
const LINES = [...MENU, ...BODY, ...FOOT];
const BLOCKS = [
  block({ tag: 'body', parent: -1, depth: 0, from: 0, to: 8, chars: 300, linkChars: 20 }),
  block({ attrs: 'nav', from: 0, to: 4, chars: 14, linkChars: 14 }),
  block({ attrs: 'content', from: 4, to: 7, chars: 135, punctuation: 9 }),
  block({ from: 7, to: 8, chars: 8 }),
];

describe('findArticle on hand-built records', () => {
  it('keeps the best block and cuts the blocks around it as removed blocks, above and below', () => {
    const a = findArticle(page(LINES, BLOCKS));
    expect(a.decision.kept).toBe('block');
    expect(a.text).toBe(BODY.join('\n'));
    expect(a.before).toEqual([{ rule: OUTSIDE_RULE, text: MENU.join('\n') }]);
    expect(a.after).toEqual([{ rule: OUTSIDE_RULE, text: FOOT[0] }]);
  });
  it('keeps the whole page for a fragment, for a page without blocks, and when no block holds prose', () => {
    expect(findArticle(page(LINES, BLOCKS, { fragment: 'no <html>' })).decision).toMatchObject({ kept: 'page', reason: 'fragment: no <html>' });
    expect(findArticle(page(LINES, [])).decision.kept).toBe('page');
    expect(findArticle({ text: LINES.join('\n'), metadata: {}, titleHints: [] }).text).toBe(LINES.join('\n'));
    const menus = findArticle(page(MENU, [block({ tag: 'body', parent: -1, depth: 0, from: 0, to: 4, chars: 14, linkChars: 14 })]));
    expect(menus.decision.reason).toBe('no article block');
    expect(menus.text).toBe(MENU.join('\n'));
  });
  it('keeps the whole page when the best block does not lead the best block outside it twice over', () => {
    // two stretches of prose parted by a long menu: the body, menu included, is worth less than either
    const lines = [PROSE, PROSE, ...MENU, ...MENU, ...MENU, PROSE, PROSE];
    const blocks = [
      block({ tag: 'body', parent: -1, depth: 0, from: 0, to: 16, chars: 222, linkChars: 42, punctuation: 12 }),
      block({ tag: 'section', from: 0, to: 2, chars: 90, punctuation: 6 }),
      block({ tag: 'ul', from: 2, to: 14, chars: 42, linkChars: 42 }),
      block({ tag: 'section', from: 14, to: 16, chars: 90, punctuation: 6 }),
    ];
    const a = findArticle(page(lines, blocks));
    expect(a.decision).toMatchObject({ kept: 'page', reason: 'no clear lead' });
    expect(a.text).toBe(lines.join('\n'));
    // with the second stretch under half the first, the first is taken
    const longer = [PROSE, PROSE, PROSE, PROSE, PROSE, ...MENU, ...MENU, ...MENU, PROSE, PROSE];
    const led = [
      block({ tag: 'body', parent: -1, depth: 0, from: 0, to: 19, chars: 357, linkChars: 42, punctuation: 21 }),
      block({ tag: 'section', from: 0, to: 5, chars: 225, punctuation: 15 }),
      block({ tag: 'ul', from: 5, to: 17, chars: 42, linkChars: 42 }),
      block({ tag: 'section', from: 17, to: 19, chars: 90, punctuation: 6 }),
    ];
    expect(findArticle(page(longer, led)).decision).toMatchObject({ kept: 'block', from: 0, to: 5 });
  });
  it('takes in the siblings that continue the best block (same tag, punctuated, few links), and stops at a link list', () => {
    const lines = ['首页', '政务公开', PROSE, PROSE, PROSE, PROSE, '相关链接', '上一篇'];
    const blocks = [
      block({ tag: 'body', parent: -1, depth: 0, from: 0, to: 8, chars: 193, linkChars: 13, punctuation: 12 }),
      block({ tag: 'ul', from: 0, to: 2, chars: 6, linkChars: 6 }),
      block({ tag: 'p', from: 2, to: 3, chars: 45, punctuation: 3 }),
      block({ tag: 'div', attrs: 'content', from: 3, to: 5, chars: 90, punctuation: 6 }),
      block({ tag: 'div', from: 5, to: 6, chars: 45, punctuation: 3 }),
      block({ tag: 'div', from: 6, to: 8, chars: 7, linkChars: 7 }),
    ];
    const a = findArticle(page(lines, blocks));
    // the <p> above is no <div>: it stays out; the <div> below continues the article; the link list does not
    expect(a.decision).toMatchObject({ kept: 'block', from: 3, to: 6 });
  });
  it('starts the article at the title line right above its block; a title with lines between is cut with them (metadata still reads them)', () => {
    const blocks = [
      block({ tag: 'body', parent: -1, depth: 0, from: 0, to: 5, chars: 144, linkChars: 2, punctuation: 9 }),
      block({ tag: 'ul', from: 0, to: 1, chars: 2, linkChars: 2 }),
      block({ tag: 'h1', from: 1, to: 2, chars: 7 }),
      block({ attrs: 'content', from: 2, to: 5, chars: 135, punctuation: 9 }),
    ];
    const hints = { titleHints: ['关于某事的通知'] };
    expect(findArticle(page(['首页', '关于某事的通知', PROSE, PROSE, PROSE], blocks, hints)).decision).toMatchObject({ from: 1, to: 5 });
    const lines = ['首页', '关于某事的通知', '发布时间:2024-01-02 字号:大 中 小', PROSE, PROSE, PROSE];
    const gap = [
      block({ tag: 'body', parent: -1, depth: 0, from: 0, to: 6, chars: 170, linkChars: 2, punctuation: 11 }),
      block({ tag: 'ul', from: 0, to: 1, chars: 2, linkChars: 2 }),
      block({ tag: 'h1', from: 1, to: 2, chars: 7 }),
      block({ from: 2, to: 3, chars: 26, punctuation: 2 }),
      block({ attrs: 'content', from: 3, to: 6, chars: 135, punctuation: 9 }),
    ];
    const cut = findArticle(page(lines, gap, hints));
    expect(cut.decision).toMatchObject({ from: 3, to: 6 });
    expect(cut.before.map((c) => c.text)).toEqual(['首页', '关于某事的通知', '发布时间:2024-01-02 字号:大 中 小']);
  });
  it('an empty label beside the article (`关联稿件:` over an empty list) does not continue it', () => {
    const lines = [PROSE, PROSE, '关联稿件:'];
    const blocks = [
      block({ tag: 'body', parent: -1, depth: 0, from: 0, to: 3, chars: 95, punctuation: 7 }),
      block({ attrs: 'content', from: 0, to: 2, chars: 90, punctuation: 6 }),
      block({ from: 2, to: 3, chars: 5, punctuation: 1 }),
    ];
    const a = findArticle(page(lines, blocks));
    expect(a.decision).toMatchObject({ kept: 'block', from: 0, to: 2 });
    expect(a.after.map((c) => c.text)).toEqual(['关联稿件:']);
  });
  it('takes in the short blocks that close the article up to a date (a signature), not a heading over a related list', () => {
    const lines = [PROSE, PROSE, '某某海关', '2024年3月15日', '相关稿件', '关于某事的通知'];
    const blocks = [
      block({ tag: 'body', parent: -1, depth: 0, from: 0, to: 6, chars: 121, linkChars: 7, punctuation: 6 }),
      block({ attrs: 'content', from: 0, to: 2, chars: 90, punctuation: 6 }),
      block({ from: 2, to: 3, chars: 4 }),
      block({ from: 3, to: 4, chars: 10 }),
      block({ tag: 'h3', from: 4, to: 5, chars: 4 }),
      block({ tag: 'ul', from: 5, to: 6, chars: 7, linkChars: 7 }),
    ];
    const a = findArticle(page(lines, blocks));
    expect(a.decision).toMatchObject({ kept: 'block', from: 0, to: 4 });
    // without the date, the short lines are no signature
    const noDate = [...lines];
    noDate[3] = '办公室';
    expect(findArticle(page(noDate, blocks)).decision).toMatchObject({ kept: 'block', from: 0, to: 2 });
  });
  it('cuts the link lists after the article (rule article/link-list) with the footer after them, in a block and when the whole page is kept', () => {
    const LINKS = '县发展和改革局 县财政局 五台山风景区管委会';
    const lines = [PROSE, PROSE, PROSE, LINKS, '友情链接', '省统计局 市统计局 国家统计局', '版权所有:某某县'];
    const blocks = [
      block({ tag: 'body', parent: -1, depth: 0, from: 0, to: 7, chars: 178, linkChars: 31, punctuation: 10 }),
      block({ tag: 'p', from: 0, to: 1, chars: 45, punctuation: 3 }),
      block({ tag: 'p', from: 1, to: 2, chars: 45, punctuation: 3 }),
      block({ tag: 'p', from: 2, to: 3, chars: 45, punctuation: 3 }),
      block({ from: 3, to: 4, chars: 19, linkChars: 19 }),
      block({ from: 4, to: 6, chars: 16, linkChars: 12 }),
      block({ tag: 'ul', parent: 5, depth: 2, from: 5, to: 6, chars: 12, linkChars: 12 }),
      block({ attrs: 'bottom', from: 6, to: 7, chars: 9, punctuation: 1 }),
    ];
    // the body is the best block: the whole page is kept, less the link lists after its text and the footer under them
    const a = findArticle(page(lines, blocks));
    expect(a.decision).toMatchObject({ kept: 'page', to: 3 });
    expect(a.text).toBe([PROSE, PROSE, PROSE].join('\n'));
    expect(a.after).toEqual([
      { rule: LINK_LIST_RULE, text: LINKS },
      { rule: LINK_LIST_RULE, text: '友情链接\n省统计局 市统计局 国家统计局' },
      { rule: OUTSIDE_RULE, text: '版权所有:某某县' },
    ]);
    // in a block: the list at the block's end goes, the block's text stays
    const inBlock = [
      block({ tag: 'body', parent: -1, depth: 0, from: 0, to: 5, chars: 200, linkChars: 19, punctuation: 9 }),
      block({ tag: 'ul', from: 0, to: 1, chars: 14, linkChars: 14 }),
      block({ attrs: 'content', from: 1, to: 5, chars: 154, linkChars: 19, punctuation: 9 }),
      block({ parent: 2, depth: 2, from: 4, to: 5, chars: 19, linkChars: 19 }),
    ];
    const b = findArticle(page(['首页 政务公开 办事服务 互动交流', PROSE, PROSE, PROSE, LINKS], inBlock));
    expect(b.decision).toMatchObject({ kept: 'block', from: 1, to: 4 });
    expect(b.after).toEqual([{ rule: LINK_LIST_RULE, text: LINKS }]);
  });
  it('keeps a link list that prose follows, the attachments, and a page of links only', () => {
    const LINKS = '县发展和改革局 县财政局 县商务局 县农业农村局';
    const list = (from: number, text = LINKS) => block({ from, to: from + 1, chars: text.replace(/\s/g, '').length, linkChars: text.replace(/\s/g, '').length });
    const body = (to: number) => block({ tag: 'body', parent: -1, depth: 0, from: 0, to, chars: 200, punctuation: 9 });
    const prose = (from: number) => block({ tag: 'p', from, to: from + 1, chars: 45, punctuation: 3 });
    // prose after the list: the list is the article's
    const middle = findArticle(page([PROSE, PROSE, LINKS, PROSE], [body(4), prose(0), prose(1), list(2), prose(3)]));
    expect(middle.text).toContain(LINKS);
    expect(middle.after).toEqual([]);
    // the document's attachments stay
    const FILES = '附件:1.申请表.doc 2.名单.pdf';
    expect(findArticle(page([PROSE, PROSE, PROSE, FILES], [body(4), prose(0), prose(1), prose(2), list(3, FILES)])).text).toContain(FILES);
    // nothing but lists: nothing is cut
    const only = findArticle(page([LINKS, LINKS], [body(2), list(0), list(1)]));
    expect(only.text).toBe([LINKS, LINKS].join('\n'));
  });
  it('walks thousands of link items and footer lines after the article in linear time', () => {
    const n = 20_000;
    const items = Array.from({ length: n }, (_, i) => `其他部门网站${i}`);
    const foot = Array.from({ length: n }, (_, i) => `页脚信息${i}`);
    const lines = [PROSE, PROSE, PROSE, ...items, ...foot];
    const blocks = [
      block({ tag: 'body', parent: -1, depth: 0, from: 0, to: lines.length, chars: 135 + 16 * n, linkChars: 10 * n, punctuation: 9 }),
      block({ attrs: 'content', from: 0, to: 3, chars: 135, punctuation: 9 }),
      block({ tag: 'ul', from: 3, to: 3 + n, chars: 10 * n, linkChars: 10 * n }),
      ...items.map((_, i) => block({ tag: 'li', parent: 2, depth: 2, from: 3 + i, to: 4 + i, chars: 10, linkChars: 10 })),
      block({ attrs: 'bottom', from: 3 + n, to: lines.length, chars: 6 * n }),
      ...foot.map((_, i) => block({ tag: 'p', parent: 3 + n, depth: 2, from: 3 + n + i, to: 4 + n + i, chars: 6 })),
    ];
    const started = performance.now();
    const a = findArticle(page(lines, blocks));
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(a.text).toBe([PROSE, PROSE, PROSE].join('\n'));
  });
  it("takes the heading block nearest the article's start as the title when the markup gave no title hint", () => {
    const lines = ['某某海关', '首页 新闻发布 信息公开 办事服务', '某某海关召开工作会议', '发布时间:2024-02-20', PROSE, PROSE, PROSE];
    const blocks = [
      block({ tag: 'body', parent: -1, depth: 0, from: 0, to: 7, chars: 190, linkChars: 14, punctuation: 10 }),
      block({ tag: 'h1', attrs: 'logo', from: 0, to: 1, chars: 4 }),
      block({ from: 1, to: 2, chars: 14, linkChars: 14 }),
      block({ attrs: 'title', from: 2, to: 3, chars: 10 }),
      block({ attrs: 'info', from: 3, to: 4, chars: 15, punctuation: 1 }),
      block({ attrs: 'text', from: 4, to: 7, chars: 135, punctuation: 9 }),
    ];
    expect(findArticle(page(lines, blocks)).titleHints).toEqual(['某某海关召开工作会议']);
    // a hint from the markup stands; a heading block with a link, or of two lines, sets no title
    expect(findArticle(page(lines, blocks, { titleHints: ['关于某事的通知'] })).titleHints).toEqual(['关于某事的通知']);
    const linked = blocks.map((b, i) => (i === 3 ? { ...b, linkChars: 10 } : b));
    expect(findArticle(page(lines, linked)).titleHints).toEqual(['某某海关']);
  });
  it('maps heading hints to the article lines', () => {
    const a = findArticle(page(LINES, BLOCKS, { headings: [{ line: 1, depth: 2 }, { line: 5, depth: 2 }] }));
    expect(a.headings).toEqual([{ line: 1, depth: 2 }]);
  });
});

const read = (name: string) => {
  const p = toPageText(readFileSync(path.join(FIXTURES, 'article', name), 'utf8'), 'html');
  return findArticle({ ...p, text: normalise(p.text) });
};
const run = (name: string) =>
  processDocument({ path: `article/${name}`, id: name.replace(/\.html$/, ''), bytes: readFileSync(path.join(FIXTURES, 'article', name)), format: 'html' });
const runHtml = (html: string) => processDocument({ path: 'article/inline.html', id: 'inline', bytes: Buffer.from(html, 'utf8'), format: 'html' });

describe('findArticle on pages (fixtures/article)', () => {
  it('a government page: the article box; menus, breadcrumb, sidebar, related list and footer cut', () => {
    const a = read('gov-page-content-div.html');
    expect(a.decision.kept).toBe('block');
    expect(a.text.split('\n')[0]).toBe('关于2024年进出口情况的通报');
    expect(a.text).toContain('指标 | 数值 |');
    const cut = [...a.before, ...a.after].map((c) => c.text).join('\n');
    for (const chrome of ['政务公开', '当前位置', '热点专题', '相关文章', '版权所有']) {
      expect(cut).toContain(chrome);
      expect(a.text).not.toContain(chrome);
    }
    const doc = run('gov-page-content-div.html');
    expect(doc.title).toBe('关于2024年进出口情况的通报');
    expect(doc.metadata).toMatchObject({ pageDate: '2024-01-05', source: '市商务局', category: '通知公告' });
    expect(doc.text).not.toContain('分享到');
    expect(doc.text).not.toContain('浏览次数');
    expect(doc.text).toContain('全市外贸进出口总值达1.2亿元');
    expect(doc.text).not.toContain('版权所有');
    const end = [...doc.text].length;
    expect(doc.removed.filter((r) => r.rule === OUTSIDE_RULE).map((r) => r.at)).toEqual([0, 0, 0, 0, end, end]);
  });
  it('a page framed by one layout table cell is no fragment: its article is found', () => {
    const a = read('layout-table-frame.html');
    expect(a.fragment).toBeNull();
    expect(a.decision.kept).toBe('block');
    expect(a.text).toContain('各学院、各部门:');
    expect(a.text).not.toContain('添加收藏夹');
    expect(a.text).not.toContain('校内制度');
    expect(a.text).not.toContain('版权所有');
    expect(run('layout-table-frame.html').metadata).toMatchObject({ pageDate: '2018-05-17', source: '纪委办公室' });
  });
  it('a notice with its signature in an element of its own: the signature stays, the related heading and list go', () => {
    const doc = run('notice-signature-sibling.html');
    expect(doc.text.split('\n').slice(-2)).toEqual(['某某海关', '2024年3月15日']);
    expect(doc.text).not.toContain('相关稿件');
    expect(doc.text).not.toContain('关于优化通关流程的公告');
    expect(doc.text).not.toContain('版权所有');
  });
  it('a fragment without <html> is kept whole (today\'s path: the line rules alone)', () => {
    const a = read('fragment-without-html.html');
    expect(a.decision).toMatchObject({ kept: 'page', reason: 'fragment: no <html>' });
    expect(a.text).toContain('数控机床出口3.2亿美元');
    // (its closing 上一篇/下一篇 link list is cut as the link lists after any article are)
    expect(a.after.map((c) => c.rule)).toEqual([LINK_LIST_RULE]);
    expect(a.after[0]!.text).toContain('上一篇');
  });
  it('two articles of the same weight parted by a long menu: no clear lead, the whole page is kept', () => {
    const a = read('two-articles-close-call.html');
    expect(a.decision).toMatchObject({ kept: 'page', reason: 'no clear lead' });
    expect(a.text).toContain('某某海关召开2024年工作会议');
    expect(a.text).toContain('某某海关开展知识产权保护专项行动');
  });
  it('inline markup never splits a line: numbers keep their units, and metrics read them', () => {
    const a = read('inline-number-units.html');
    expect(a.text.split('\n')).toEqual([
      '全年进出口总值1.2亿元,同比增长5.3%。其中出口0.8亿元,进口0.4亿元。',
      '一般贸易进出口0.9亿元,占比75%,比重较上年提升2个百分点,贸易结构继续优化。',
    ]);
    const doc = run('inline-number-units.html');
    expect(doc.metrics.some((m) => m.value === 120000000 && m.label === '全年进出口总值')).toBe(true);
  });
});

describe('findArticle on pages: link lists after the article, hidden items, titles in heading blocks, new-window notes', () => {
  it('a page kept whole (its body is the best block): the departments row and the 友情链接 list after it go, as article/link-list', () => {
    const a = read('link-list-after-fallback.html');
    expect(a.decision).toMatchObject({ kept: 'page', reason: 'the article is the page' });
    expect(a.after.filter((c) => c.rule === LINK_LIST_RULE).map((c) => c.text.split('\n')[0])).toEqual([expect.stringContaining('县发展和改革局'), '友情链接']);
    const doc = run('link-list-after-fallback.html');
    expect(doc.text).not.toContain('五台山');
    expect(doc.text).not.toContain('省统计局');
    expect(doc.text).toContain('投资结构不断优化');
    expect(doc.metrics.some((m) => m.raw.includes('五台'))).toBe(false);
    expect(doc.removed.filter((r) => r.rule === LINK_LIST_RULE)).toHaveLength(2);
  });
  it("a link row closing the article block goes; a sentence with links and the attachments' links stay", () => {
    const doc = run('link-list-in-article-block.html');
    expect(doc.text).not.toContain('中国国际贸易单一窗口');
    expect(doc.text).toContain('相关政策文件见海关总署公告2024年第1号');
    expect(doc.text).toContain('1.培训课件.doc');
    expect(doc.removed.filter((r) => r.rule === LINK_LIST_RULE).map((r) => r.text)).toEqual([expect.stringContaining('海关总署')]);
  });
  it('the document’s attachment list in a block of its own after the article’s (ul.fujian beside div#mainText) joins the article', () => {
    const doc = run('attachment-list-sibling.html');
    expect(doc.text.split('\n').slice(-3)).toEqual(['  第三条 本办法自发布之日起施行。', '• 附件1:某某市科技项目申报指南', '• 附件2:某某市科技项目经费预算表']);
    expect(doc.text).not.toContain('扫一扫');
    expect(doc.text).not.toContain('相关解读');
  });
  it('a list of other pages after the article stays out, though one of its titles names 附件 (negative)', () => {
    const doc = run('attachment-list-sibling-negative.html');
    expect(doc.text).not.toContain('附件下载说明');
    expect(doc.text).not.toContain('某某市召开科技工作会议');
    expect(doc.text).toContain('推动更多科技成果落地见效');
  });
  it('a list of files after the article that never says 附件 is other documents: it stays out (negative)', () => {
    const doc = run('file-list-sibling-negative.html');
    expect(doc.text).not.toContain('部门决算');
    expect(doc.text).toContain('第三条 本办法自发布之日起施行。');
  });
  it('hidden list items never reach the text', () => {
    const doc = run('hidden-items.html');
    expect(doc.text).not.toContain('五台山');
    expect(doc.text).not.toContain('隐藏条目');
    expect(doc.text).toContain('四是加强宣传教育');
  });
  it('a <title> naming the site only: the title is the heading block nearest the article, in a header or a `div.title`', () => {
    expect(run('title-in-header-div.html').title).toBe('关于开展2024年安全生产大检查的通知');
    const h2 = run('title-header-h2.html');
    expect(h2.title).toBe('关于开展2024年安全生产大检查的通知');
    expect(h2.metadata.site).toBe('某某市人民政府');
    const div = run('title-class-div.html');
    expect(div.title).toBe('某某海关召开2024年全面从严治党工作会议');
    expect(div.metadata.site).toBe('某某海关');
    // a <title> that names the article still leads
    expect(run('gov-page-content-div.html').title).toBe('关于2024年进出口情况的通报');
  });
  it('an <h1> title broken by <br>: its pieces run on without a space, but between Latin letters or digits, and a space written in it stays', () => {
    expect(run('title-h1-line-break.html').title).toBe('关于开展2031年度优秀教学论文评选的通知');
    expect(run('title-h1-line-break-latin.html').title).toBe('RCEP Rules of Origin实施指南 (2031 年版)');
  });
  it("a <title> naming the page's type (`新闻详情页`): no title hint; the heading nearest the article is the title", () => {
    const doc = run('title-page-type-placeholder.html');
    expect(doc.title).toBe('某省前三季度农产品出口额增长12%');
    expect(doc.metadata.title).toBe('某省前三季度农产品出口额增长12%');
    expect(doc.text).toContain('前三季度全省农产品出口额达到86.4亿元');
    // the breadcrumb's root names a column (`资讯`), no site
    expect(doc.metadata).toMatchObject({ category: '行业新闻', pageDate: '2031-10-20 09:30' });
    expect(doc.metadata.site).toBeUndefined();
    const html = readFileSync(path.join(FIXTURES, 'article', 'title-page-type-placeholder.html'), 'utf8');
    // the placeholder with the site split off is a page type too; the site stays
    const split = runHtml(html.replace(/<title>.*<\/title>/, '<title>资讯详情_某某商务网</title>'));
    expect(split.title).toBe('某省前三季度农产品出口额增长12%');
    expect(split.metadata.site).toBe('某某商务网');
    // negative: a <title> that names an article, however short or close in words, leads
    expect(runHtml(html.replace(/<title>.*<\/title>/, '<title>详情请见附件</title>')).title).toBe('详情请见附件');
    expect(runHtml(html.replace(/<title>.*<\/title>/, '<title>关于开展产品详情页规范检查的通知</title>')).title).toBe('关于开展产品详情页规范检查的通知');
  });
  it("a <title> with a site's name glued after an unspaced dash: the name is the site; a title's own dash stays", () => {
    const doc = run('news-title-glued-site-name.html');
    expect(doc.title).toBe('前11个月我国外贸进出口同比增长4.9%');
    expect(doc.metadata.site).toBe('新华网');
    expect(doc.text).not.toContain('视频加载中');
    expect(doc.removed.some((r) => r.rule === 'browser-notice' && r.text.includes('视频加载中'))).toBe(true);
    const html = readFileSync(path.join(FIXTURES, 'article', 'news-title-glued-site-name.html'), 'utf8').replace(/<title>.*<\/title>/, '<title>2024中国-东盟博览会</title>');
    expect(runHtml(html).title).toBe('2024中国-东盟博览会');
    // a name ending as a site's after a short title is the title's own compound (no meta tag names the site)
    const own = readFileSync(path.join(FIXTURES, 'article', 'news-title-glued-site-name.html'), 'utf8')
      .replace(/<title>.*<\/title>/, '<title>加快建设中国-东盟电力互联网</title>')
      .replace(/<meta name="source"[^>]*>/, '');
    expect(runHtml(own).title).toBe('加快建设中国-东盟电力互联网');
  });
  it('a <title> that is the heading with the site glued after an unspaced dash: the heading is the title', () => {
    const doc = run('title-glued-site-suffix.html');
    expect(doc.title).toBe('2024年前三季度全市经济运行情况');
    expect(doc.metadata.title).toBe('2024年前三季度全市经济运行情况');
    expect(doc.text.startsWith('2024年前三季度全市经济运行情况\n')).toBe(true);
  });
  it("links' new-window notes leave the text; the same words in a sentence stay", () => {
    const doc = run('link-new-window-notes.html');
    expect(doc.text).not.toMatch(/[(【]在新(?:视窗|窗口)(?:开启|打开)[)】]/);
    expect(doc.text).toContain('详见示范企业名单。');
    expect(doc.text).toContain('申报指南请参阅商务部网站及省商务厅网站,并按要求报送材料。');
    expect(doc.text).toContain('点击名单链接后将在新窗口打开下载页面。');
  });
});

// The article stage hands on the lines it split the page into (Article.lines), and stripLines the
// lines it kept (ArticleLines.lines), so that the next stage does not split the text again: each
// must be the text's own lines, and reading them must give what reading the text gives.
describe('the lines handed on with the text', () => {
  const pages = readdirSync(path.join(FIXTURES, 'article')).filter((n) => n.endsWith('.html'));
  it('are the text split at its line ends, on every page of fixtures/article, whichever way the article was kept', () => {
    const kept = new Set<string>();
    for (const name of pages) {
      const a = read(name);
      kept.add(`${a.decision.kept}:${a.after.length > 0}`);
      expect(a.lines, name).toEqual(a.text.split('\n'));
      const cleaned = stripLines(a);
      expect(cleaned.lines, name).toEqual(cleaned.text.split('\n'));
      // the text alone gives the same reading
      expect(stripLines({ ...a, lines: undefined }), name).toEqual(cleaned);
    }
    // a block with its cuts, and a whole page kept less its trailing link lists
    expect(kept).toContain('block:true');
    expect(kept).toContain('page:true');
  });

  it('are left out where the stage split nothing (no blocks: a text page)', () => {
    const a = findArticle({ text: `${PROSE}\n${PROSE}`, metadata: {}, titleHints: [] });
    expect(a.lines).toBeUndefined();
    const cleaned = stripLines(a);
    expect(cleaned.lines).toEqual([PROSE, PROSE]);
    expect(cleaned.text).toBe(`${PROSE}\n${PROSE}`);
  });
});
