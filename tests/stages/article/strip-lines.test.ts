// stripBoilerplate on small texts: chrome goes only from the edges of the page, the article's own
// lines never go, metadata is stated or absent (never guessed), removals are recorded in place.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../../src/pipeline.js';
import { FIXTURES } from '../../helpers.js';
import { stripLines, withoutInlineNotes } from '../../../src/stages/article/strip-lines.js';
import { findMetadata } from '../../../src/stages/metadata/find-metadata.js';
import type { PageText } from '../../../src/stages/types.js';

/** The article stage, then the metadata stage, as the pipeline runs them. */
const stripBoilerplate = (page: PageText) => {
  const a = stripLines(page);
  return { ...a, metadata: findMetadata(a) };
};
import { normalise } from '../../../src/stages/normalise.js';
import { toPageText } from '../../../src/stages/page-text/page-text.js';

const clean = (text: string, titleHints: string[] = []) => stripBoilerplate({ text: normalise(text), metadata: {}, titleHints });

describe('stripBoilerplate', () => {
  it('leaves a document without chrome as it is, with no title guessed from a sentence', () => {
    const text = '2024年,海关推进各项工作。\n一、总体情况\n全年监管进出口货物总值41.75万亿元。';
    const c = clean(text);
    expect(c.text).toBe(text);
    expect(c.removed).toEqual([]);
    expect(c.title).toBeNull();
    expect(c.metadata).toEqual({ period: '2024' });
  });

  it('never removes chrome-looking lines inside the article other than widgets, counters and editors', () => {
    const text = ['关于某事项的通知', '各单位:', '现将有关事项通知如下。', '来源:海关总署', '------分隔线------', '请认真贯彻执行。'].join('\n');
    const c = clean(text);
    expect(c.text).toBe(text);
    expect(c.metadata.source).toBeUndefined();
  });

  it('removes widget lines, visit counters and editor credits from inside the article', () => {
    const text = ['关于某事项的通知', '字号:大 中 小', '发布时间:2024-01-05 浏览次数:', '现将有关事项通知如下。', '【打印】【关闭】', '(责任编辑:张三)', '请认真贯彻执行。'].join('\n');
    const c = clean(text);
    expect(c.text).toBe(['关于某事项的通知', '现将有关事项通知如下。', '请认真贯彻执行。'].join('\n'));
    expect(c.removed.map((r) => r.rule)).toEqual(['page-widgets', 'page-fields', 'page-widgets', 'page-fields']);
    expect(c.metadata).toMatchObject({ pageDate: '2024-01-05', editor: '张三' });
  });

  it('keeps a closing signature and date under the article while removing the widgets below them', () => {
    const c = clean('通知正文第一段。\n特此公告。\n海关总署\n2024年1月5日\n【打印本页】【关闭窗口】');
    expect(c.text).toBe('通知正文第一段。\n特此公告。\n海关总署\n2024年1月5日');
    expect(c.removed).toEqual([{ rule: 'page-widgets', text: '【打印本页】【关闭窗口】', at: c.text.length }]);
  });

  it('records a removed block at the offset of the line that followed it', () => {
    const c = clean('首页 > 新闻中心 > 海关动态\n标题一则\n正文第一句。\n');
    expect(c.text).toBe('标题一则\n正文第一句。');
    expect(c.removed).toEqual([{ rule: 'breadcrumb', text: '首页 > 新闻中心 > 海关动态', at: 0 }]);
    expect(c.title).toBe('标题一则');
    expect(c.metadata.category).toBe('海关动态');
  });

  it("a breadcrumb's root that names a column is no site; a crumb that runs the title on is no category", () => {
    const c = clean('头条 > 新闻头条 > 某省前三季度农产品出口额增长12%农产品出口额增长12%\n某省前三季度农产品出口额增长12%\n前三季度全省农产品出口额同比增长12%。');
    expect(c.removed.map((r) => r.rule)).toEqual(['breadcrumb']);
    expect(c.metadata.site).toBeUndefined();
    expect(c.metadata.category).toBe('新闻头条');
    expect(clean('工作动态 > 市场监管 > 通知公告\n标题一则\n正文第一句。').metadata.site).toBeUndefined();
    // negative: a root that names a site is the site, and a crumb that differs from the title is the category
    const site = clean('某某商务网 > 行业资讯 > 外贸新闻\n某省前三季度农产品出口额增长12%\n前三季度全省农产品出口额同比增长12%。');
    expect(site.metadata).toMatchObject({ site: '某某商务网', category: '外贸新闻' });
  });

  it('records stated absence as null and leaves unstated fields out', () => {
    const c = clean('时间:2011-09-26 08:48来源:未知 作者:-- 点击:\n正文。');
    expect(c.metadata).toEqual({ pageDate: '2011-09-26 08:48', source: null, author: null });
  });

  it('normalises dates written the Chinese way', () => {
    expect(clean('发布日期:2024年3月5日\n正文。').metadata.publishDate).toBe('2024-03-05');
  });

  it('removes a title repeated under itself, keeping one copy', () => {
    const c = clean('某某办法\n\n某某办法\n\n第一条 为了规范管理,制定本办法。');
    expect(c.text).toBe('某某办法\n第一条 为了规范管理,制定本办法。');
    expect(c.removed.map((r) => r.rule)).toEqual(['repeated-title']);
    expect(c.title).toBe('某某办法');
  });

  it('prefers the markup title, normalised', () => {
    expect(clean('正文。', ['关于（一）事项的公告']).title).toBe('关于(一)事项的公告');
  });

  it('does not take a section heading or a lead-in line for a title', () => {
    expect(clean('一、总体要求\n正文。').title).toBeNull();
    expect(clean('各直属海关:\n正文。').title).toBeNull();
  });

  it('tells a yearly report from a history that opens with a year', () => {
    expect(clean('2023年,某海关完成各项任务。\n主要工作如下。').metadata.period).toBe('2023');
    expect(clean('1998年,总署作出决定。\n2003年初,总署提出新目标。').metadata.period).toBeUndefined();
    expect(clean('时间:2011-09-26\n1998年,总署作出决定。').metadata.period).toBeUndefined();
  });

  it('takes a contributor credit below the article', () => {
    expect(clean('正文。\n(海关总署供稿)').metadata).toEqual({ contributorOrg: '海关总署' });
    expect(clean('正文。\n(某海关 李四供稿)').metadata).toEqual({ contributor: '李四', contributorOrg: '某海关' });
  });

  it('does not take a short bullet list inside the article for navigation', () => {
    const text = '主要措施如下。\n• 简化手续\n• 压缩时间\n• 降低费用\n以上措施自即日起实施。';
    expect(clean(text).text).toBe(text);
  });

  it('reads a page date standing before the labelled fields, and a CMS signature below', () => {
    const c = clean('2024-01-12 10:30 来源：海关总署 作者：王五\n正文。\nProduced By 大汉网络 大汉版通发布系统');
    expect(c.text).toBe('正文。');
    expect(c.metadata).toEqual({ pageDate: '2024-01-12 10:30', source: '海关总署', author: '王五' });
  });

  it('reads a government index table (索引号 … 发布日期) as metadata', () => {
    const c = clean(
      '索引号：000014349/2024-00012　主题分类：海关事务\n发文机关：海关总署　成文日期：2024年01月12日\n发文字号：署发〔2024〕1号　发布日期：2024年01月15日\n关于某事的公告\n正文第一段。',
    );
    expect(c.text).toBe('关于某事的公告\n正文第一段。');
    expect(c.metadata).toMatchObject({ issuer: '海关总署', docNumber: '署发〔2024〕1号', publishDate: '2024-01-15', writtenDate: '2024-01-12', category: '海关事务' });
  });

  it('takes the line above a breadcrumb for a site banner only when a title line follows', () => {
    const withTitle = clean('某某物流 - 诚信服务\n当前位置:首页 > 政策法规 >\n进口报关须知\n正文第一段。');
    expect(withTitle.text).toBe('进口报关须知\n正文第一段。');
    expect(withTitle.metadata.site).toBe('某某物流');
    const titleFirst = clean('2024年海关统计数据发布\n当前位置:首页 > 统计数据 >\n正文第一段。');
    expect(titleFirst.text).toBe('2024年海关统计数据发布\n正文第一段。');
    expect(titleFirst.title).toBe('2024年海关统计数据发布');
    expect(titleFirst.metadata.site).toBeUndefined();
  });

  it("reads a law's 题注 under its title, keeping the line", () => {
    const c = clean('某某监管办法\n(2021年9月26日海关总署令第253号公布 自2021年11月1日起施行)第一章 总则第一条 为了规范管理,制定本办法。');
    expect(c.metadata).toMatchObject({ docNumber: '海关总署令第253号', publishDate: '2021-09-26', effectiveDate: '2021-11-01' });
    expect(c.text).toContain('(2021年9月26日海关总署令第253号公布');
  });

  it('takes a plan period stated as 规划期为2021—2025年', () => {
    expect(clean('某海关口岸发展规划\n本规划期为2021—2025年,展望到2035年。').metadata.period).toBe('2021-2025');
  });

  it('ends a field value at its table cell and before widgets on the same line', () => {
    const c = clean('发布机构: | 海关总署 | 发文日期: | 2024年05月20日 |\n来源:拱北海关　　【字体:大　中　小】\n正文。');
    expect(c.metadata).toMatchObject({ issuer: '海关总署', publishDate: '2024-05-20', source: '拱北海关' });
  });

  it('ends a field value before widgets after a single space, but keeps a value with a space in it', () => {
    expect(clean('2023-05-06 来源:某海关 字号:大 中 小\n正文。').metadata).toMatchObject({ pageDate: '2023-05-06', source: '某海关' });
    expect(clean('来源:某市 商务局 打印本页\n正文。').metadata.source).toBe('某市 商务局');
  });

  it('removes a menu of bare words above the article, but not a short signature below it', () => {
    const c = clean('离婚\n社保\n五险一金\n结婚\n公积金\n商标\n某某实施办法\n正文第一段。\n海关总署\n二〇二四年');
    expect(c.text).toBe('某某实施办法\n正文第一段。\n海关总署\n二〇二四年');
    expect(c.removed.map((r) => r.rule)).toEqual(['navigation-list']);
  });

  it('removes a menu line above the article whatever separates its items: spaces, | or 丨', () => {
    for (const menu of ['首页 政务公开 办事服务 互动交流', '首页 | 政务公开 | 办事服务 | 互动交流', '首页丨政务公开丨办事服务丨互动交流']) {
      const c = clean(`${menu}\n关于某事项的通知\n现将有关事项通知如下。`);
      expect(c.removed.map((r) => r.rule), menu).toEqual(['navigation-bar']);
      expect(c.text).toBe('关于某事项的通知\n现将有关事项通知如下。');
    }
    // three items are a heading's words, not a menu; a line inside the article is never taken
    expect(clean('进口丨出口丨转口\n关于某事项的通知\n现将有关事项通知如下。').removed).toEqual([]);
    expect(clean('关于某事项的通知\n现将有关事项通知如下。\n首页丨政务公开丨办事服务丨互动交流\n请认真贯彻执行。').removed).toEqual([]);
  });

  it('keeps a statistics table’s header line, which has a menu’s shape, whatever separates its cells', () => {
    for (const header of ['指标 单位 本月 累计 比增(%)', '指标\t单位\t本期\t累计\t增长(%)', '指标 | 单位 | 本月 | 1-8月']) {
      const text = `某区主要经济指标\n${header}\n一、固定资产投资 亿元 12.30 88.45 6.7\n二、进出口总额 亿元 1.25 9.87 11.0`;
      const c = clean(text);
      expect(c.removed, header).toEqual([]);
      expect(c.text).toBe(text);
    }
    // a menu of the same shape without a unit column still goes
    expect(clean('首页 本月 累计 比增\n某区主要经济指标\n正文。').removed.map((r) => r.rule)).toEqual(['navigation-bar']);
  });

  it('removes a pager under the article, but no body line that counts pages', () => {
    for (const pager of ['共2页 上一页 1 2 下一页', '共 3 页 首页 上一页 1 2 3 下一页 尾页 跳转到 页 GO', '<< 上一页 1 2 下一页 >>']) {
      const c = clean(`某县召开会议\n会议指出,一季度增长5.2%。\n${pager}\n【打印本页】`);
      expect(c.text, pager).toBe('某县召开会议\n会议指出,一季度增长5.2%。');
      expect(c.removed.map((r) => r.rule)).toContain('pager');
    }
    expect(clean('某县召开会议\n会议指出,一季度增长5.2%。\n本报告共3页,附件2页。').removed).toEqual([]);
  });

  it('keeps a table written one cell a line, whose header has a menu\'s shape: a number follows it', () => {
    const text = '某县主要经济指标\n指标名称\n计量单位\n本月\n累计\n增长\n地区生产总值\n亿元\n12.3\n80.5\n6.5';
    expect(clean(text).removed).toEqual([]);
    // a menu followed by the article still goes
    expect(clean('首页\n新闻\n公开\n服务\n互动\n关于某事项的通知\n现将有关事项通知如下。').removed.map((r) => r.rule)).toEqual(['navigation-list']);
  });

  it('removes a newspaper jump line at the article\'s edges, and reads a breadcrumb parted by -->>', () => {
    const c = clean('某市统计公报\n全年地区生产总值增长5.2%。\n(下转07版)');
    expect(c.text).toBe('某市统计公报\n全年地区生产总值增长5.2%。');
    expect(c.removed.map((r) => r.rule)).toEqual(['jump-line']);
    expect(clean('某市统计公报\n下转第二部分的说明如下。\n全年增长5.2%。').removed).toEqual([]);
    const crumb = clean('某某信息网-->>信息资料-->>内容\n某市统计公报\n全年地区生产总值增长5.2%。');
    expect(crumb.removed.map((r) => r.rule)).toEqual(['breadcrumb']);
    expect(crumb.metadata.category).toBe('信息资料');
  });

  it('reads an e-paper banner\'s date (either order), and an issuing body opening the text as its source', () => {
    const c = clean('2031年04月02日 星期三 第B03版:要闻\n某市统计公报\n某市统计局\n2030年,全市经济平稳运行。');
    expect(c.metadata).toMatchObject({ publishDate: '2031-04-02', source: '某市统计局' });
    expect(c.text).toBe('某市统计公报\n2030年,全市经济平稳运行。');
    expect(c.removed.map((r) => r.rule)).toEqual(['edition-banner', 'byline-org']);
    // a stated source wins over the byline; an organisation over a heading or a date line stays
    expect(clean('某市统计公报\n来源:某市日报\n某市统计局\n2030年,全市经济平稳运行。').metadata.source).toBe('某市日报');
    expect(clean('某市统计公报\n某市统计局\n一、综合\n全年增长5.2%。').removed).toEqual([]);
    expect(clean('某市统计公报\n某市统计局\n2031年3月1日\n全年增长5.2%。').removed).toEqual([]);
  });

  it('reads 出处 as the source, and removes a site\'s copyright statement under the article but no statement of the body', () => {
    const c = clean('某州统计公报\n2031-05-08  出处:某州统计局\n全年地区生产总值增长6.8%。\n声明:凡来源标注为本网的作品,版权均属本网所有,非经授权不得使用。凡本网注明来源非本网的资讯,均转载自有关网站,并不代表本网观点。');
    expect(c.metadata.source).toBe('某州统计局');
    expect(c.text).toBe('某州统计公报\n全年地区生产总值增长6.8%。');
    expect(clean('某某公告\n现将有关事项公告如下。\n声明:本次活动最终解释权归主办单位。').removed).toEqual([]);
  });

  it('reads an editor line in any bracket', () => {
    expect(clean('正文。\n【责任编辑:赵六】').metadata).toEqual({ editor: '赵六' });
    expect(clean('正文。\n[编辑:钱七]').metadata).toEqual({ editor: '钱七' });
  });

  it('removes a site directory of links glued after a flattened page\'s last sentence, however long', () => {
    const offices = Array.from({ length: 40 }, (_, i) => `${i + 1}. 某某第${'一二三四五六七八九十'[i % 10]}业务管理司(某某办公室)`).join(' ');
    const body = '某部召开会议。会议指出,要加强耕地保护,推动绿色发展。';
    const c = clean(`某部召开会议\n${body} 附件下载: * 机关子站 * 直属单位网站 * 地方网站 ${offices} 某某信息中心`);
    expect(c.text).toBe(`某部召开会议\n${body}`);
    expect(c.removed.map((r) => r.rule)).toEqual(['link-directory']);
    // a closing list with clause punctuation is the article's own, and so is one without bullets or numbers
    const list = Array.from({ length: 30 }, (_, i) => `第${i + 1}项工作,已完成`).join(' ');
    expect(clean(`某部召开会议\n${body} ${list}`).removed).toEqual([]);
    const names = Array.from({ length: 60 }, (_, i) => `某某单位${i}`).join(' ');
    expect(clean(`某部召开会议\n${body} ${names}`).removed).toEqual([]);
  });

  it('stays linear on a megabyte line of separators and bars', () => {
    const line = '|-'.repeat(500_000);
    const started = performance.now();
    clean(`${line}\n正文。\n${line}`);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('stripBoilerplate on reader-style Markdown dumps', () => {
  // the shape r.jina.ai-like scrapers give: header, logo image, bullet menu of links, link
  // breadcrumb, setext title, a date/来源/字号 line whose size links run javascript:, then the
  // article with `##` headings, a thematic break and 上一篇/下一篇 bullets
  const page = [
    'Title: 某海关优化查验流程_工作动态_某海关',
    '',
    'URL Source: http://example.gov.cn/news/1/index.html',
    '',
    'Published Time: 2023-05-06T10:00:00+08:00',
    '',
    'Markdown Content:',
    '[![Image 1: 某海关](http://example.gov.cn/logo.png)](http://example.gov.cn/)',
    '',
    '*   [首页](http://example.gov.cn/)',
    '*   [工作动态](http://example.gov.cn/gzdt/)',
    '*   [政务公开](http://example.gov.cn/zwgk/)',
    '',
    '[首页](http://example.gov.cn/) > [工作动态](http://example.gov.cn/gzdt/) > 正文',
    '',
    '某海关优化查验流程',
    '==========',
    '',
    '2023-05-06 来源:某海关 字号:[大](javascript:) [中](javascript:) [小](javascript:)',
    '',
    '近日,某海关推出多项便利措施。',
    '',
    '## 流程再造',
    '',
    '查验环节由三个合并为一个。',
    '',
    '## 科技赋能',
    '',
    '智能审图系统上线运行。',
    '',
    '* * *',
    '',
    '*   [上一篇:某海关召开会议](http://example.gov.cn/news/0/index.html)',
    '',
    '版权所有:某海关 | 京ICP备00000000号',
  ].join('\n');
  const pageText = toPageText(page, 'markdown');
  const c = stripBoilerplate({ ...pageText, text: normalise(pageText.text) });

  it('removes the header, logo, menu, breadcrumb, setext underline, date line and footer', () => {
    expect(c.text).toBe('某海关优化查验流程\n近日,某海关推出多项便利措施。\n\n流程再造\n\n查验环节由三个合并为一个。\n\n科技赋能\n\n智能审图系统上线运行。');
    expect(c.removed.map((r) => r.rule)).toEqual(['navigation-list', 'breadcrumb', 'page-fields', 'prev-next', 'copyright']);
  });
  it('takes the title without its site suffix, the site and category, the page date without the scraper\'s time and the URL', () => {
    expect(c.title).toBe('某海关优化查验流程');
    expect(c.metadata).toEqual({ title: '某海关优化查验流程', site: '某海关', category: '工作动态', pageDate: '2023-05-06', source: '某海关', url: 'http://example.gov.cn/news/1/index.html' });
  });
  it('hands on the `##` headings as lines of the cleaned text, but not the title\'s own heading', () => {
    const lines = c.text.split('\n');
    expect(c.headings).toEqual([
      { line: 3, depth: 2 },
      { line: 7, depth: 2 },
    ]);
    expect(c.headings.map((h) => lines[h.line])).toEqual(['流程再造', '科技赋能']);
  });
  it('hands on no headings for a page without markup headings', () => {
    expect(clean('标题\n正文。').headings).toEqual([]);
  });
});

describe('stripBoilerplate: footer lines without a copyright keyword', () => {
  it('removes the site contact line (地址/邮编/电话) that stands with the footer, above or below it', () => {
    const below = clean('正文一段。\n结束语。\n主办单位:某海关 版权所有\n地址:某市某路1号 邮编:100000 联系电话:010-12345678\n网站标识码:bm00000001');
    expect(below.text).toBe('正文一段。\n结束语。');
    expect(below.removed.map((r) => r.rule)).toEqual(['copyright', 'site-contact', 'site-registration']);
    const above = clean('正文一段。\n结束语。\n地址:某市某路1号 电话:010-12345678\n版权所有:某海关');
    expect(above.text).toBe('正文一段。\n结束语。');
  });
  it("keeps a notice's own contact line above its signature or a widget bar (no site footer beside it)", () => {
    const text = '请各企业遵照执行。\n联系电话:0592-5551234\n某海关\n2024年3月6日';
    expect(clean(text).text).toBe(text);
    expect(clean(`${text}\n【打印本页】【关闭窗口】`).text).toBe(text);
    expect(clean('请各企业遵照执行。\n联系电话:0592-5551234\n【打印本页】【关闭窗口】').text).toBe('请各企业遵照执行。\n联系电话:0592-5551234');
  });
  it("keeps a notice's contact block under its signature even when the site's footer follows it", () => {
    const text = ['关于某事的公告', '一、本公告自发布之日起施行。', '特此公告。', '海关总署', '2024年1月5日', '', '联系人:王某', '联系电话:010-65194114', '传真:010-65194000', '', '版权所有:中华人民共和国海关总署'].join('\n');
    const cleaned = clean(text);
    expect(cleaned.removed.map((r) => r.text)).toEqual(['版权所有:中华人民共和国海关总署']);
    expect(cleaned.text).toContain('联系电话:010-65194114\n传真:010-65194000');
  });

  it('decides a run of contact lines once: thousands of them cost linear time', () => {
    const lines = ['正文。', '【打印本页】【关闭窗口】', ...Array.from({ length: 20_000 }, (_, i) => `电话:010-${i}`), '版权所有:海关'];
    const started = performance.now();
    const cleaned = clean(lines.join('\n'));
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(cleaned.text).toBe('正文。');
  });

  it('never removes a contact line inside the article, even with a footer below', () => {
    const text = '一、联系方式\n地址:某市某路1号 电话:010-12345678\n二、其他事项\n请遵照执行。';
    expect(clean(`${text}\n版权所有:某海关`).text).toBe(text);
  });
  it('removes a one-line list of links (相关链接:A | B | C) below the article', () => {
    const c = clean('总体平稳。\n某海关统计处\n2018年10月26日\n\n相关链接:海关总署 | 某省商务厅 | 单一窗口');
    expect(c.text).toBe('总体平稳。\n某海关统计处\n2018年10月26日');
    expect(c.removed.map((r) => r.rule)).toEqual(['related-links']);
  });
});

describe('stripBoilerplate: a 文号 line under the title', () => {
  it('reads it as docNumber and keeps the line', () => {
    const c = clean('某省口岸发展规划\n某政办发〔2016〕52号\n\n为加快发展,制定本规划。');
    expect(c.metadata.docNumber).toBe('某政办发〔2016〕52号');
    expect(c.text).toBe('某省口岸发展规划\n某政办发〔2016〕52号\n为加快发展,制定本规划。');
  });
  it('reads a bracketed one, but not a sentence citing a number, nor one lower down', () => {
    expect(clean('关于某事的通知\n(署发〔2024〕1号)\n各单位:\n现通知如下。').metadata.docNumber).toBe('署发〔2024〕1号');
    expect(clean('关于某事的通知\n根据署令〔2019〕245号的规定,现通知如下。').metadata.docNumber).toBeUndefined();
    expect(clean('关于某事的通知\n各单位:\n署发〔2024〕1号').metadata.docNumber).toBeUndefined();
  });
  it('does not read it without a title above', () => {
    expect(clean('署发〔2024〕1号\n现通知如下。').metadata.docNumber).toBeUndefined();
  });
  it('reads a title that is an announcement\'s or an order\'s number alone as its docNumber too', () => {
    const c = clean('海关总署公告2031年第5号\n一、自2031年1月1日起,实施暂定税率。');
    expect([c.title, c.metadata.docNumber]).toEqual(['海关总署公告2031年第5号', '海关总署公告2031年第5号']);
    expect(clean('海关总署令第272号\n《某规定》已于2031年1月1日经署务会议审议通过。').metadata.docNumber).toBe('海关总署令第272号');
    // a title that only cites a number is none
    expect(clean('关于执行海关总署公告2031年第5号有关问题的通知\n各直属海关:\n现通知如下。').metadata.docNumber).toBeUndefined();
    for (const cited of ['关于废止海关总署令第12号', '解读海关总署公告2031年第5号', '海关总署发布公告2031年第5号'])
      expect(clean(`${cited}\n一、背景。`).metadata.docNumber).toBeUndefined();
  });
});

describe('题注 under the title', () => {
  it("reads a speech's date from its 题注 and keeps the line", () => {
    const c = clean('某市政府工作报告\n——2023年1月10日在某市第十届人民代表大会第二次会议上\n各位代表:\n现在,我代表市人民政府向大会报告工作。');
    expect(c.metadata.publishDate).toBe('2023-01-10');
    expect(c.text).toContain('——2023年1月10日在某市');
  });
  it('reads an unbracketed law preamble: date and order number', () => {
    const c = clean('某某管理条例\n2001年5月8日 某某部令第12号发布\n第一条 为了加强管理,制定本条例。');
    expect(c.metadata).toMatchObject({ publishDate: '2001-05-08', docNumber: '某某部令第12号' });
  });
  it('takes no date from a sentence that merely opens with one', () => {
    const c = clean('工作简报\n2023年1月10日在市政府召开了工作会议,会议强调要抓好落实。');
    expect(c.metadata.publishDate).toBeUndefined();
  });
});

describe("a scraper's note above the document", () => {
  it('goes as a disclaimer; the same words under the article stay', () => {
    const c = clean('本文由脚本自某市政府网站提取,仅供检索查阅;以官方发布版本为准。\n依著作权法第五条,此类文件不适用著作权法。\n某区关于某事项的通知\n现将有关事项通知如下。');
    expect(c.text).toBe('某区关于某事项的通知\n现将有关事项通知如下。');
    expect(c.removed.map((r) => r.rule)).toEqual(['disclaimer']);
    const tail = clean('某区关于某事项的通知\n现将有关事项通知如下。\n本表数据仅供参考。');
    expect(tail.text).toContain('本表数据仅供参考。');
  });
});

describe('visible dates and hidden ones', () => {
  it('a date the page shows wins over a <meta> date that disagrees; other <meta> keys keep their weight', () => {
    const a = stripLines({ text: '发布日期:2021-02-03 来源:某海关\n关于某事项的通知\n现将有关事项通知如下。', metadata: { publishDate: '2020-01-01', source: '某网站' }, titleHints: [] });
    expect(findMetadata(a)).toMatchObject({ publishDate: '2021-02-03', source: '某网站' });
  });
});

describe("stripLines: a newspaper's jump notes inside a paragraph", () => {
  it('drops `(下转第三版)(紧接第一版)` and `(上接第2版)` with the spaces beside them, keeping the sentences', () => {
    const lines = ['道路已全部完工。(下转第三版)(紧接第一版) 今年将继续推进。', '(上接第2版)全年新增就业1.2万人。', '见下文【转A3版】。'];
    expect(withoutInlineNotes(lines)).toEqual(['道路已全部完工。今年将继续推进。', '全年新增就业1.2万人。', '见下文。']);
  });
  it('leaves a line of the note alone to rule jump-line, and the words outside brackets', () => {
    const lines = ['(下转07版)', '详见第四版。', '(第四版)要闻', '转第二版的稿件另行编排。'];
    expect(withoutInlineNotes(lines)).toBe(lines);
  });
});

describe("stripLines: links' new-window notes", () => {
  it('drops `(在新视窗开启)`, `(在新窗口打开)`, `【新窗口打开】` and traditional forms wherever they stand, keeping the line', () => {
    const lines = ['详见示范企业名单(在新视窗开启)。', '商务部网站 (在新窗口打开) 及省商务厅网站【新窗口打开】', '政府網站(在新視窗開啟)'];
    expect(withoutInlineNotes(lines)).toEqual(['详见示范企业名单。', '商务部网站 及省商务厅网站', '政府網站']);
  });
  it('leaves the words outside brackets, and gives back the same lines when none has a note', () => {
    const lines = ['点击链接后将在新窗口打开下载页面。', '新窗口'];
    expect(withoutInlineNotes(lines)).toBe(lines);
  });
  it('the cleaned text of a dump has no note', () => {
    const page: PageText = { text: '关于某事的通知\n正文见附件名单(在新窗口打开),请查阅。', metadata: {}, titleHints: [] };
    expect(stripLines(page).text).toContain('正文见附件名单,请查阅。');
  });
});

describe('a tag line repeating the markup keywords (keyword-tags)', () => {
  const body = ['某市前三季度外贸增长5.2%', '前三季度全市外贸进出口总值1234.5亿元,比去年同期增长5.2%。'];
  const strip = (tagLine: string, keywords: string) =>
    stripLines({ text: normalise([...body, tagLine, '海关将继续优化通关流程,稳住外贸基本盘。'].join('\n')), metadata: { keywords }, titleHints: [] });

  it('removes a line of exactly the keywords, whatever the separator and order, a tag label before them', () => {
    for (const line of ['外贸|进出口|某市', '某市 外贸 进出口', '标签:外贸、进出口、某市']) {
      const a = strip(line, '外贸,进出口,某市');
      expect(a.removed.filter((r) => r.rule === 'keyword-tags').map((r) => r.text), line).toEqual([normalise(line)]);
    }
  });

  it('keeps a line with a word more or a word less, and a line equal to a single keyword', () => {
    for (const [line, keywords] of [['外贸|进出口', '外贸|进出口|某市'], ['外贸|进出口|某市|港口', '外贸|进出口|某市'], ['外贸', '外贸']] as const) {
      const a = strip(line, keywords);
      expect(a.removed.map((r) => r.rule), line).not.toContain('keyword-tags');
      expect(a.text).toContain(line);
    }
  });
});

describe('a weak widget word alone between two widget lines (a toolbar cut at its gaps)', () => {
  it('goes with the widget lines around it, above the article and below it', () => {
    const c = clean(['某县外贸情况', '字号 评论', '邮件', '纠错', '一季度,全县外贸进出口总值12.5亿元。', '打印本页', '推荐', '关闭窗口'].join('\n'));
    expect(c.text).toBe('某县外贸情况\n一季度,全县外贸进出口总值12.5亿元。');
    expect(c.removed.map((r) => r.text)).toEqual(['字号 评论\n邮件\n纠错', '打印本页\n推荐\n关闭窗口']);
  });
  it('stays when a widget line stands on one side only, or inside the article', () => {
    const c = clean(['某县外贸情况', '推荐', '打印本页', '一季度,全县外贸进出口总值12.5亿元。', '邮件', '其中,出口8.1亿元。'].join('\n'));
    expect(c.text.split('\n')).toContain('推荐');
    expect(c.text.split('\n')).toContain('邮件');
  });
});

describe('a reader dump whose drop-down menus end the head scan above the title', () => {
  const file = path.join(FIXTURES, 'article', 'reader-dropdown-header.md');
  const doc = processDocument({ path: file, id: 'reader-dropdown-header', bytes: readFileSync(file), format: 'markdown' });
  it('removes the date, source and tool lines under the title and reads them; the subtitle and the article stay', () => {
    expect(doc.metadata).toMatchObject({ pageDate: '2031-06-18', source: '区人力资源和社会保障局', category: '部门动态' });
    expect(doc.text.split('\n').filter((l) => l.trim() !== '')).toEqual([
      '某区召开稳就业工作推进会',
      '——聚焦高校毕业生就业',
      '6月17日,区人社局召开稳就业工作推进会,全区今年以来新增城镇就业1.2万人,完成年度目标的56%。',
      '会议要求,各街道要在7月底前走访企业不少于300家。',
    ]);
    expect(doc.metadata).not.toHaveProperty('site', '您当前所在的位置:首页');
  });
});

describe('stripBoilerplate: comment residue', () => {
  it('leaves a whole comment a dump kept as it is written: only a closer without its opener is residue', () => {
    const c = clean('关于某事的通知\n<!-- 来源:某数据库 -->\n现通知如下。');
    expect(c.text).toContain('<!-- 来源:某数据库 -->');
    expect(clean('关于某事的通知\n现通知如下。\n[全文下载] -->').text).not.toContain('-->');
  });
});
