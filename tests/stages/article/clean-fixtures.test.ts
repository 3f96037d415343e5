// The fixtures of fixtures/clean through the whole pipeline: chrome gone (and recorded), every
// article paragraph kept, metadata right.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../../src/pipeline.js';
import type { InputFormat } from '../../../src/schema/records.js';
import { FIXTURES } from '../../helpers.js';

function run(name: string, format: InputFormat, id = name.replace(/\.[^.]+$/, '')) {
  return processDocument({ path: name, id, bytes: readFileSync(path.join(FIXTURES, 'clean', name)), format });
}

const NOTICE_PARAGRAPHS = [
  '为保障进口食品安全,根据《中华人民共和国进出口商品检验法》及其实施条例,现就有关事项公告如下:',
  '一、进口冷冻水产品应当符合我国食品安全国家标准。',
  '二、2023年全年共检出不合格冷冻水产品123批,比上年下降5.1%。',
  '三、本公告自发布之日起施行。',
  '特此公告。',
  '海关总署',
  '2024年3月15日',
];
const GOV_CHROME = ['首页 >', '字号', '打印本页', '关闭窗口', '我要纠错', '扫一扫', '浏览次数', '版权所有', '网站标识码', 'ICP备', '请输入关键字', '机构概况', '中华人民共和国海关总署'];

describe('customs notice page (HTML, UTF-8)', () => {
  const doc = run('customs-notice-utf8.html', 'html');
  it('keeps every paragraph of the notice, one per line, and drops scripts, styles and chrome', () => {
    const lines = doc.text.split('\n').map((l) => l.trim());
    for (const p of NOTICE_PARAGRAPHS) expect(lines).toContain(p);
    for (const c of GOV_CHROME) expect(doc.text, c).not.toContain(c);
    expect(doc.text).not.toContain('_hmt');
    expect(doc.text).not.toContain('color');
    expect(doc.text).not.toContain('不是正文');
  });
  it('writes the table as ` | `-separated rows like the text dumps', () => {
    expect(doc.text).toContain('品类 | 批次 | 重量(吨) |\n鱼类 | 80 | 1,200.5 |\n虾类 | 43 | 310 |');
  });
  it('takes title and metadata from the markup and the page fields', () => {
    expect(doc.title).toBe('海关总署关于进口冷冻水产品检验检疫要求的公告');
    expect(doc.metadata).toMatchObject({ pageDate: '2024-03-15 09:30', source: '海关总署', category: '海关总署公告', site: '海关总署' });
    expect(doc.encoding).toEqual({ name: 'utf-8', how: 'declared' });
  });
  it('records the page chrome it removed: the breadcrumb outside the article block (its category read all the same), the widgets and fields inside it by the line rules', () => {
    const rules = new Set(doc.removed.map((r) => r.rule));
    expect(rules).toEqual(new Set(['article/outside', 'page-fields', 'page-widgets']));
    expect(doc.removed.find((r) => r.rule === 'article/outside' && r.text.includes('首页 >'))).toBeDefined();
  });
});

describe('the same page in GBK with <meta charset="gbk">', () => {
  it('gives the same document as the UTF-8 page', () => {
    const gbk = run('customs-notice-gbk.html', 'html', 'notice');
    const utf8 = run('customs-notice-utf8.html', 'html', 'notice');
    expect(gbk.encoding).toEqual({ name: 'gb18030', how: 'declared' });
    const comparable = (d: typeof gbk) => ({ ...d, path: '', sha256: '', bytes: 0, encoding: null });
    expect(comparable(gbk)).toEqual(comparable(utf8));
  });
});

describe('page dump from a site unlike the seeds (text)', () => {
  const doc = run('page-dump-other-site.txt', 'text');
  it('removes banner, navigation bar, breadcrumb, field line, disclaimer, related list and 上一篇/下一篇', () => {
    expect(doc.text).toBe(
      [
        '出口退税申报流程说明',
        '一、出口企业应在货物报关出口之日起次年4月申报期截止之日前办理退税申报。',
        '二、企业可通过国际贸易“单一窗口”提交申报数据,全年办理退税业务2.1万笔。',
        '三、材料不全的,税务机关一次性告知需补正的全部内容。',
      ].join('\n'),
    );
    expect(doc.removed.map((r) => r.rule)).toEqual(['site-banner', 'navigation-bar', 'breadcrumb', 'page-fields', 'disclaimer', 'related-list', 'prev-next']);
  });
  it('keeps what the chrome states', () => {
    expect(doc.title).toBe('出口退税申报流程说明');
    expect(doc.metadata).toMatchObject({ site: '跨境通', category: '海关政策', publishDate: '2022-05-06', author: '小编' });
  });
});

describe('government page saved as text', () => {
  const doc = run('gov-page-dump.txt', 'text');
  it('removes the government-site chrome and keeps every paragraph', () => {
    for (const c of GOV_CHROME) expect(doc.text, c).not.toContain(c);
    expect(doc.text.split('\n').map((l) => l.trim())).toEqual([
      '关于优化口岸营商环境若干措施的解读',
      '近日,海关总署印发了优化口岸营商环境的若干措施。',
      '措施共十项,涉及通关时间压缩、收费公示等内容,整体通关时间压缩50%以上。',
      '下一步,海关将持续抓好落实。',
    ]);
  });
  it('keeps date, source and the breadcrumb category; a click count is not metadata', () => {
    expect(doc.metadata).toMatchObject({ pageDate: '2023-07-20 10:00', source: '办公厅', category: '政策解读' });
    expect(Object.values(doc.metadata)).not.toContain('');
  });
});

describe('Markdown law with front matter', () => {
  const doc = run('law-front-matter.md', 'markdown');
  it('reads the front matter as metadata', () => {
    expect(doc.title).toBe('中华人民共和国海关法');
    expect(doc.metadata).toMatchObject({ title: '中华人民共和国海关法', publishDate: '2021-04-29', issuer: '全国人民代表大会常务委员会', tags: '海关, 法律' });
  });
  it('makes # headings plain lines, drops the comment and the front matter, strips bold marks', () => {
    const lines = doc.text.split('\n');
    expect(lines).toContain('第一章 总则');
    expect(lines).toContain('第二章 海关的权力');
    expect(lines).toContain('第三条 海关可以行使下列权力:检查进出境运输工具。');
    expect(doc.text).not.toMatch(/#|---|<!--|来源:法律法规数据库|\*\*/);
  });
});

describe('a character outside the BMP', () => {
  const doc = run('astral-char.txt', 'text');
  it('counts removal offsets in code points', () => {
    expect(doc.text).toBe('𠮷野家进口报告\n2023年,𠮷野家自日本进口冷冻牛肉320吨,增长12%。');
    expect(doc.removed).toEqual([{ rule: 'credit', text: '(某海关 张三供稿)', at: [...doc.text].length }]);
    expect([...doc.text].length).toBe(doc.text.length - 2);
    expect(doc.metadata).toMatchObject({ contributor: '张三', contributorOrg: '某海关', period: '2023' });
  });
});

describe('info and toolbar lines written as bullet items', () => {
  for (const name of ['bullet-info-toolbar.txt', 'bullet-info-toolbar-dots.txt']) {
    const doc = run(name, 'text');
    it(`${name}: reads the bulleted date and source, removes the bulleted widgets, keeps the body's bullet items`, () => {
      const lines = doc.text.split('\n');
      expect(lines.filter((l) => /^[●・]/.test(l))).toHaveLength(name === 'bullet-info-toolbar.txt' ? 3 : 2);
      for (const l of lines.filter((l) => /^[●・]/.test(l))) expect(l).toMatch(/。$/);
      for (const chrome of ['发布', '来源', '打印', '关闭', '分享', '收藏']) expect(doc.text, chrome).not.toContain(chrome);
      expect(doc.metadata.source).toMatch(/^[市区]商务局$/);
      expect(doc.metadata.pageDate ?? doc.metadata.publishDate).toMatch(/^202[01]-0[17]-(02|15)$/);
      expect(new Set(doc.removed.map((r) => r.rule))).toEqual(new Set([...(name === 'bullet-info-toolbar.txt' ? ['breadcrumb'] : []), 'page-fields', 'page-widgets']));
    });
  }
});

describe('a date in figures on a line of its own', () => {
  for (const name of ['bare-date-line.txt', 'bare-date-line-alone.txt']) {
    it(`${name}: the date under the title is the page's date, its line removed; the signature's date stays`, () => {
      const doc = run(name, 'text');
      expect(doc.metadata.pageDate).toBe('2031-05-06');
      expect(doc.text).not.toContain('2031-05-06');
      expect(doc.text).not.toContain('字体');
      expect(doc.text.split('\n').at(-1)).toBe('2031年5月6日');
      expect(doc.removed.map((r) => r.rule)).toEqual(['page-fields']);
    });
  }
});

describe("a news report's header and closing credit", () => {
  it('news-app-credit.html: the <title>\'s dangling separator is cut; the date alone under the title is publishDate; the closing byline gives author and paper; a meta author that is an e-mail contact is none', () => {
    const doc = run('news-app-credit.html', 'html');
    expect(doc.title).toBe('《关于某市2030年预算执行情况的报告》(摘要)');
    expect(doc.metadata).toMatchObject({ publishDate: '2031-03-02', author: '张三', source: '某某日报' });
    expect(JSON.stringify(doc.metadata)).not.toContain('example.com');
    // the credit line stays the article's
    expect(doc.text.split('\n').at(-1)).toBe('□某某日报全媒体记者 张三 整理');
  });
  it('news-info-bar-glued.html: the date and time closing the info bar under the title (its spans run together) are the page date, its line removed', () => {
    const doc = run('news-info-bar-glued.html', 'html');
    expect(doc.title).toBe('某省一季度外贸进出口增长6.2%');
    expect(doc.metadata.pageDate).toBe('2031-04-18 07:45');
    expect(doc.text).not.toContain('2031-04-18');
    expect(doc.text.split('\n')[1]).toBe('据某海关统计，一季度全省货物贸易进出口总值1865.3亿元，同比增长6.2%。'.replace(/，/g, ',').replace(/；/g, ';'));
  });
  it('negative: a line under the title with a digit or a sentence mark before its date, and a date-time inside the body, give no date', () => {
    const page = (under: string, body = '') =>
      `<html><head><meta charset="utf-8"><title>某县举办春季招聘会_某某网</title></head><body><div class="hd"><h1>某县举办春季招聘会</h1><div>${under}</div></div><div class="bd"><p>3月14日,某县春季招聘会在县体育馆举行,共有86家企业提供岗位2300余个。</p>${body}<p>今年还将再举办招聘会5场,进一步促进就业。</p></div></body></html>`;
    const date = (html: string) => processDocument({ path: 'x.html', id: 'x', bytes: Buffer.from(html), format: 'html' }).metadata.pageDate;
    expect(date(page('<span>第3期</span><span>2031-04-18 07:45</span>'))).toBeUndefined();
    expect(date(page('<span>报名截止。</span><span>2031-04-18 07:45</span>'))).toBeUndefined();
    expect(date(page('<span>分享</span>', '<p>报名时间2031-04-18 09:00</p>'))).toBeUndefined();
    expect(date(page('<span>报名截止 2031-04-18 17:00</span>'))).toBeUndefined();
    expect(date(page('<span>某某周刊</span><span>2031-04-18 07:45</span>'))).toBe('2031-04-18 07:45');
  });
  it('column-heading-over-title.txt: a menu item alone over the title names the column (category), not the article', () => {
    const doc = run('column-heading-over-title.txt', 'text');
    expect(doc.title).toBe('我市一季度外贸进出口实现平稳开局');
    expect(doc.metadata).toMatchObject({ category: '商务动态', site: '某市商务局', pageDate: '2031-04-15' });
    expect(doc.removed.find((r) => r.rule === 'column-heading')?.text).toBe('商务动态');
    expect(doc.text.split('\n')[0]).toBe('我市一季度外贸进出口实现平稳开局');
  });
  it('column-heading-negative.txt: a menu item over the body, no title below it, stays the title', () => {
    const doc = run('column-heading-negative.txt', 'text');
    expect(doc.title).toBe('政策解读');
    expect(doc.removed.map((r) => r.rule)).not.toContain('column-heading');
    // nor is an item of a menu that stands below it a column's heading, nor the line it would give way to another item
    const page = ['首页 > 统计数据', '工作动态', '发布时间:2024-01-15 来源:某海关', '', '通知公告', '工作动态', '政策法规', '统计数据', '办事指南', '常见问题', '某海关开展知识产权保护专项行动,查获侵权货物一批。'].join('\n');
    const below = processDocument({ path: 'x.txt', id: 'x', bytes: Buffer.from(page), format: 'text' });
    expect(below.removed.map((r) => r.rule)).not.toContain('column-heading');
    // nor a document's name over its 题注 or revision note, though the menu lists it
    for (const [name, under] of [['政府工作报告', '——2031年1月10日在某市第十七届人民代表大会第三次会议上'], ['政府信息公开指南', '(2031年修订)']]) {
      const report = ['首页 政务公开 政府工作报告 政府信息公开指南 互动交流', name, under, '现在,我代表市人民政府,向大会报告工作,请予审议。'].join('\n');
      const doc = processDocument({ path: 'r.txt', id: 'r', bytes: Buffer.from(report), format: 'text' });
      expect(doc.title).toBe(name);
      expect(doc.removed.map((r) => r.rule)).not.toContain('column-heading');
    }
  });
  it('negative: an event with its time under the title (one word, a space, the date) is no info bar; a lead of spans is one', () => {
    const text = (under: string) =>
      processDocument({ path: 'x.txt', id: 'x', bytes: Buffer.from(`全市外贸政策宣讲会日程安排\n${under}\n专题讲座 2031-04-02 10:30\n请各参会企业提前15分钟到场签到。\n`), format: 'text' });
    for (const under of ['开幕式 2031-04-02 09:00', '系统升级维护 2031-04-02 22:00']) {
      const doc = text(under);
      expect(doc.metadata.pageDate).toBeUndefined();
      expect(doc.text).toContain(under);
    }
    expect(text('金融市场 某某网 2031-04-01 07:45').metadata.pageDate).toBe('2031-04-01 07:45');
  });
  it('news-closing-credit-bracketed.html: a reporter\'s credit in brackets after the last sentence is the author, the role words between names left out', () => {
    const doc = run('news-closing-credit-bracketed.html', 'html');
    expect(doc.metadata).toMatchObject({ author: '李四 赵六', source: '某县日报', editor: '钱七' });
    expect(doc.text).toContain('(记者 李四 通讯员 赵六)');
  });
  it('news-closing-credit-negative.txt: a photo credit and a sentence opening with 本报记者 name no author', () => {
    const doc = run('news-closing-credit-negative.txt', 'text');
    expect(doc.metadata.author).toBeUndefined();
  });
  it('a meta author with an e-mail address keeps the name before it', () => {
    const html = '<html><head><meta charset="utf-8"><meta name="author" content="王五 (wangwu@example.com)"><title>某县举办春季招聘会_某县人民政府</title></head><body><h1>某县举办春季招聘会</h1><div class="article"><p>3月14日，某县春季招聘会在县体育馆举行，共有86家企业提供岗位2300余个。</p><p>今年还将再举办招聘会5场，进一步促进就业。</p></div></body></html>';
    const doc = processDocument({ path: 'x.html', id: 'x', bytes: Buffer.from(html), format: 'html' });
    expect(doc.metadata.author).toBe('王五');
  });
});

describe('a date in figures under a notice', () => {
  it("is the signature's date: it stays in the text", () => {
    const doc = run('bare-date-signature-negative.txt', 'text');
    expect(doc.text.split('\n').slice(-2)).toEqual(['某某海关', '2031.05.01']);
    expect(doc.metadata.pageDate).toBeUndefined();
    expect(doc.removed).toEqual([]);
  });
});

describe('a verb of publishing and the date, no label', () => {
  it('reads 发布于 2031-04-02 under the title as the page date and removes the line; the verb inside a sentence stays', () => {
    const doc = run('dated-verb-line.txt', 'text');
    expect(doc.metadata).toMatchObject({ pageDate: '2031-04-02', category: '新闻' });
    expect(doc.text).not.toContain('2031-04-02');
    expect(doc.text).toContain('该办法发布于2019年,现已废止。');
    expect(doc.removed.map((r) => r.rule)).toEqual(['page-fields']);
  });
});

describe('a date/source line led by the site', () => {
  it('reads the date and source after a web address, and removes the line', () => {
    const doc = run('site-led-date-line.txt', 'text');
    expect(doc.metadata).toMatchObject({ pageDate: '2018-04-19', source: '市统计局' });
    expect(doc.text).not.toContain('www.example.gov.cn');
    expect(doc.removed.map((r) => r.rule)).toEqual(['page-fields']);
  });
  it("reads the date, time, source and author after a site's name above the title; a body sentence opening the same way stays", () => {
    const doc = run('site-name-date-line.txt', 'text');
    expect(doc.title).toBe('某省一季度进出口增长9.8%');
    expect(doc.metadata).toMatchObject({ pageDate: '2018-04-19 10:20', source: '新华社', author: '张三' });
    expect(doc.text.split('\n')[0]).toBe('某省一季度进出口增长9.8%');
    expect(doc.text).toContain('某某网 2018年04月19日报道称');
  });
});

describe('pages flattened onto one line (or a few long lines)', () => {
  const cases = [
    {
      name: 'flattened-page-star-menu.txt',
      title: '某某县2018年国民经济和社会发展统计公报',
      metadata: { pageDate: '2019-03-20', source: '县统计局', category: '统计数据' },
      kept: ['2018年,全县上下认真贯彻落实各项决策部署', '一、综合 全年全县地区生产总值125.6亿元', '二、农业 全年粮食总产量30.2万吨,增长1.1%。'],
      chrome: ['政务公开', '当前位置', '发布时间', '来源', '字号', '打印本页', '关闭窗口', '主办', '版权所有', '网站标识码'],
    },
    {
      name: 'flattened-page-bar-menu-notice.txt',
      title: '关于开展2021年度外贸企业统计调查的通知',
      metadata: { source: '市商务局', publishDate: '2021-06-08', category: '通知公告' },
      kept: ['各县(区)商务主管部门:为做好外贸企业统计调查工作', '二、时间安排 2021年6月至7月。特此通知。 市商务局 2021年6月8日'],
      chrome: ['机构概况', '您的位置', '文章来源', '浏览次数', '字体', '上一篇', '下一篇', '【打印】', 'Copyright', 'ICP备'],
    },
    {
      name: 'flattened-page-site-led-date.txt',
      title: '某市2022年1-6月规模以上工业生产情况',
      metadata: { pageDate: '2022-07-20', source: '市统计局', author: '综合科' },
      kept: ['上半年,全市规模以上工业增加值同比增长5.2%。', '分产品看,发电量增长3.1%,钢材产量下降2.4%。', '增速比5月份加快1.2个百分点。'],
      chrome: ['统计公报', 'www.example.gov.cn', '来源', '作者', '打印本页', '责任编辑', '关闭窗口', '主办单位', '公网安备'],
    },
    {
      name: 'flattened-page-bare-crumbs.txt',
      title: '2023年一季度全市外贸进出口情况',
      metadata: { pageDate: '2023-04-18 10:30', source: '市商务局', category: '部门动态' },
      kept: ['一季度,全市外贸进出口总值85.6亿元,同比增长8.1%。', '一般贸易进出口61.2亿元,占比71.5%。'],
      chrome: ['新闻中心', '时间:', '阅读量', '分享到', '微博', '上一篇', '没有了'],
    },
    {
      name: 'flattened-page-long-footer.txt',
      title: '某县2020年农业生产情况简析',
      metadata: { pageDate: '2021-02-03' },
      kept: ['2020年,全县农业生产形势稳定', '一、种植业 全年农作物播种面积45.2万亩', '二、畜牧业 全年生猪出栏21.4万头,增长12.7%。'],
      chrome: ['统计动态', '发布者', '点击数', '字体', '我要打印', '上一篇', '下一篇', '打印本页', '关闭窗口', '主办单位', '联系电话', 'ICP备'],
    },
    {
      name: 'flattened-page-barred-fields.txt',
      title: '某镇2019年上半年经济运行情况',
      metadata: { pageDate: '2019-07-25 10:20:35', source: '镇统计站', category: '统计信息' },
      kept: ['上半年,全镇实现地区生产总值12.3亿元,同比增长7.2%。', '二是投资稳步推进。固定资产投资6.7亿元,增长10.3%。'],
      chrome: ['新闻动态', '当前位置', '信息来源', '|', '浏览次数', '字体', '【打印】', '关闭', '版权所有', 'ICP'],
    },
    {
      name: 'flattened-page-bracketed-fields.txt',
      title: '2020年1-3月全区主要经济指标',
      metadata: { pageDate: '2020-04-22', source: '区统计局', category: '月度数据' },
      kept: ['1-3月,全区规模以上工业增加值下降8.5%。社会消费品零售总额完成23.4亿元,下降15.2%。'],
      chrome: ['数据发布', '发布时间', '来源', '字号', '打印此页', '关闭此页', '主办', '地址'],
    },
    {
      name: 'flattened-page-banner-before-crumbs.txt',
      title: '某省春季农业生产进展顺利',
      metadata: { pageDate: '2024-03-04 09:30', source: '某省日报', author: '张三', category: '媒体报道' },
      kept: ['记者从省农业农村厅获悉,全省已完成春播面积120万亩,同比增长3.5%。', '下一步,将继续抓好春耕备耕各项工作。'],
      chrome: ['English', '星期二', '农历', '农业信息网', '当前位置', '日期:', '来源:', '字号', '打印本页', '关闭窗口', '版权所有', '# '],
    },
  ];
  for (const c of cases) {
    const doc = run(c.name, 'text');
    it(`${c.name}: cuts the line into its chrome pieces, reads the title and metadata, keeps the body whole`, () => {
      expect(doc.title).toBe(c.title);
      expect(doc.metadata).toMatchObject(c.metadata);
      for (const k of c.kept) expect(doc.text, k).toContain(k);
      for (const chrome of c.chrome) expect(doc.text, chrome).not.toContain(chrome);
      // the title's line, then the body: every other line went
      expect(doc.text.split('\n')[0]).toBe(c.title);
      // the metrics' spans point into the cleaned text, at their raw mention
      const points = [...doc.text];
      expect(doc.metrics.length).toBeGreaterThan(0);
      for (const m of doc.metrics) expect(points.slice(m.span[0], m.span[1]).join('')).toBe(m.raw);
    });
  }
  it('flattened-page-long-footer.txt: a tail no one rule calls chrome is removed piece by piece, each by its rule', () => {
    const doc = run('flattened-page-long-footer.txt', 'text');
    expect(doc.removed.slice(-5).map((r) => r.rule)).toEqual(['prev-next', 'page-widgets', 'site-footer', 'site-contact', 'site-registration']);
    expect(doc.removed.find((r) => r.rule === 'prev-next')!.text.split('\n')).toHaveLength(2);
  });
  it('flattened-page-no-chrome.txt: bare words opening the line are no menu, and words after the last sentence that are no chrome stay', () => {
    const doc = run('flattened-page-no-chrome.txt', 'text');
    expect(doc.removed).toEqual([]);
    expect(doc.text).toBe(readFileSync(path.join(FIXTURES, 'clean', 'flattened-page-no-chrome.txt'), 'utf8').replace(/，/g, ',').trim());
  });
});


describe('a page flattened with runs of spaces between its blocks', () => {
  it('cuts the line at each run of 3 spaces or more: the title, the date line and each paragraph on a line of their own', () => {
    const doc = run('flattened-page-space-runs.txt', 'text');
    const lines = doc.text.split('\n');
    expect(doc.title).toBe('某市召开外贸稳增长工作 推进会议');
    expect(lines).toContain('5月11日,某市召开外贸稳增长工作推进会议,一季度全市进出口总值达到85.2亿元,增长6.1%。');
    expect(lines).toContain('会议要求,各部门要加强协作,确保各项措施落地见效。');
    const points = [...doc.text];
    expect(doc.metrics.map((m) => m.raw)).toEqual(['85.2亿元', '200家以上']);
    // the block of chrome pieces (the date and source, then the widgets) is cut into them: read, then removed
    expect(doc.metadata).toMatchObject({ pageDate: '2023-05-12 09:15', source: '市政府办公室' });
    expect(doc.removed.map((r) => r.rule)).toEqual(['browser-notice', 'page-fields', 'page-widgets']);
    expect(doc.text).not.toContain('浏览器');
    expect(doc.text).not.toContain('字体');
    for (const m of doc.metrics) expect(points.slice(m.span[0], m.span[1]).join('')).toBe(m.raw);
  });
});

describe('a list of links to other sites under its heading, closing a text dump', () => {
  const BODY = ['11月4日,县农业农村局召开全县农业绿色发展推进会。会议通报,全县化肥使用量比上年减少3.2%,秸秆综合利用率达到92.5%。', '会议要求,各乡镇要把绿色发展贯穿农业生产全过程。'];
  it('link-list-under-heading.txt: the heading and every link line go as one related-list run, the footer by its rules', () => {
    const doc = run('link-list-under-heading.txt', 'text');
    expect(doc.text.split('\n').slice(1)).toEqual(BODY);
    const list = doc.removed.find((r) => r.rule === 'related-list');
    expect(list?.text.split('\n')).toEqual(['友情链接', '中国政府网', '省人民政府', '市人民政府', '县发展和改革局(县粮食和物资储备局)', '县统计局']);
  });
  it('link-list-bulleted.txt: a bulleted heading opens the run before a bullet menu can take the short items', () => {
    const doc = run('link-list-bulleted.txt', 'text');
    expect(doc.text.split('\n').slice(1)).toEqual(BODY);
    expect(doc.removed.filter((r) => r.rule === 'related-list').map((r) => r.text.split('\n').length)).toEqual([5]);
    expect(doc.removed.some((r) => r.rule === 'navigation-list')).toBe(false);
  });
  it('closing-list-no-heading.txt: names under a heading of the notice\'s own are kept', () => {
    const doc = run('closing-list-no-heading.txt', 'text');
    for (const name of ['示范主体名单', '某县绿源家庭农场', '某县惠农农机服务中心', '某县稻香米业有限公司']) expect(doc.text).toContain(name);
    expect(doc.removed.map((r) => r.rule)).toEqual(['page-fields']);
  });
});

describe('an e-paper page: the date in the page banner, the issuing body as the first paragraph', () => {
  const doc = run('epaper-banner-byline.html', 'html');
  it('reads the banner date as publishDate and the byline paragraph as source, and removes the byline', () => {
    expect(doc.metadata).toMatchObject({ publishDate: '2031-04-02', source: '某市统计局' });
    expect(doc.text.split('\n')[1]!.trim().startsWith('2030年,全市经济运行总体平稳')).toBe(true);
    expect(doc.removed.map((r) => r.rule)).toContain('byline-org');
  });
  it('does not keep the site\'s own names (meta keywords and description) as the article\'s', () => {
    expect(doc.metadata.keywords).toBeUndefined();
    expect(doc.metadata.description).toBeUndefined();
  });
});

describe('negative: an issuer above a date line, a body sentence naming a page and a date, meta that describe the article', () => {
  const doc = run('epaper-byline-negative.html', 'html');
  it('keeps the issuer line and the sentence, and the description and keywords', () => {
    expect(doc.text).toContain('某县统计局\n2031年3月10日');
    expect(doc.text).toContain('详见本报第3版 2031年04月02日的解读。');
    expect(doc.removed.map((r) => r.rule)).not.toContain('byline-org');
    expect(doc.metadata.source).toBeUndefined();
    expect(doc.metadata).toMatchObject({ description: '2030年某县地区生产总值增长4.8%', keywords: '统计公报,地区生产总值' });
  });
});

describe('a news page closed by a disclaimer, a story list and an app promo (HTML)', () => {
  const doc = run('news-tail-story-list.html', 'html');
  it('ends the text at the article: the disclaimer, the 为你推荐 list and the promo go', () => {
    expect(doc.text.trim().endsWith('该集团表示,二季度将新开3条外贸航线。')).toBe(true);
    for (const c of ['为你推荐', '声明', '5亿吨', '社保基金', '尽在某某财经APP']) expect(doc.text, c).not.toContain(c);
  });
  it('keeps the article figures and takes none from the other stories', () => {
    const raws = doc.metrics.map((m) => m.raw);
    expect(raws).toEqual(expect.arrayContaining(['512.3万标准箱', '380.1万标准箱', '132.2万标准箱']));
    for (const r of ['5.2亿吨', '12.5亿股', '6.18元', '77亿元']) expect(raws.some((x) => x.includes(r)), r).toBe(false);
  });
});

describe('a notice ending with its own app sentence under a lone 推荐阅读 (text)', () => {
  const doc = run('notice-ends-with-app-sentence.txt', 'text');
  it('keeps the sentence: too short a list for a story list, and a sentence is no promo', () => {
    expect(doc.text).toContain('欢迎广大企业下载使用“单一窗口”APP。');
    expect(doc.text).toContain('二、已有1200家企业完成注册。');
  });
});

describe('a reprint note 原标题：… (text)', () => {
  it('drops the note opening the text and keeps the title', () => {
    const doc = run('reprint-original-title.txt', 'text');
    expect(doc.title).toBe('某市前两月外贸进出口增长8.5%');
    expect(doc.text).not.toContain('原标题');
    expect(doc.text).toContain('据某海关3月1日消息');
  });
  it('keeps such a line between two paragraphs of the article', () => {
    const doc = run('original-title-inside-text.txt', 'text');
    expect(doc.text).toContain('原标题:某县抽查转载稿件');
  });
});

describe('the source label 来源于： (text)', () => {
  const doc = run('source-label-laiyuanyu.txt', 'text');
  it('reads 来源于：… as the source and removes the line', () => {
    expect(doc.metadata.source).toBe('某某街道办事处');
    expect(doc.text).not.toContain('来源于:某某');
  });
  it('keeps 来源于 inside a sentence of the article', () => {
    expect(doc.text).toContain('会上通报的数据来源于第五次经济普查');
  });
});

describe('a digest title joining its items with ； over a glued info line (HTML)', () => {
  const doc = run('digest-title-glued-info.html', 'html');
  it('takes the title and reads the info line under it, glued spans and all', () => {
    expect(doc.title).toBe('午间公告:甲公司中标某港项目;乙公司获高管增持');
    expect(doc.metadata).toMatchObject({ pageDate: '2031-09-26 12:11', source: '某某网' });
    // the markup's author is the site's own name: the byline's author wins
    expect(doc.metadata.author).toBe('王五');
    expect(doc.text).not.toContain('来源:某某网');
    expect(doc.text).toContain('中标额3600万元');
  });
});

describe('a prose line with ； that is not the markup\'s title (text)', () => {
  it('still opens the article: the field line under it stays', () => {
    const doc = run('semicolon-first-line-not-title.txt', 'text');
    expect(doc.text).toContain('一是组织企业参展;二是落实出口退税;三是开展跨境电商培训。');
    expect(doc.text).toContain('来源:某区商务局');
  });
});

describe('a markup author that is no site name (HTML)', () => {
  it('keeps the markup author over the info line\'s', () => {
    const doc = run('markup-author-not-site.html', 'html');
    expect(doc.metadata.author).toBe('赵六');
    expect(doc.metadata.source).toBe('某某网');
  });
});

describe('a <title> of a column and the site, the article title in a heading that exclaims (HTML)', () => {
  it('takes the heading over the dateline as the title, not the site, the column or the location heading', () => {
    const doc = run('column-site-title-heading.html', 'html');
    expect(doc.title).toBe('2031年青年学术论坛在某市成功举行!');
    expect(doc.metadata).toMatchObject({ site: '某某学会网站', pageDate: '2031-03-02', source: '某某学会' });
  });
  it('keeps the <title>\'s document half when it has one', () => {
    const doc = run('column-site-title-negative.html', 'html');
    expect(doc.title).toBe('关于举办2031年青年学术论坛的通知');
  });
});

describe('a public account\'s article dumped as Markdown: masthead above, close and prompts below', () => {
  it('reads the masthead\'s account as the source and removes the lines after the dashed close', () => {
    const doc = run('md-account-trailer.md', 'markdown');
    expect(doc.metadata.source).toBe('某某观察');
    expect(doc.text.trim().endsWith('今年前5个月,班列开行120列,同比增长15%。')).toBe(true);
    for (const c of ['公众号', '完', '一键关注', '点亮星标', '每天一篇城市观察', '欢迎在评论区']) expect(doc.text, c).not.toContain(c);
    const rules = new Set(doc.removed.map((r) => r.rule));
    expect(rules.has('account-masthead') && rules.has('account-trailer')).toBe(true);
  });
  it('keeps a wire story\'s bare (完), the line after it and a sentence that asks readers to scan a code', () => {
    const doc = run('md-account-trailer-negative.md', 'markdown');
    expect(doc.text).toContain('读者可扫码关注港口服务号后参与航线征名,截至3月已有1200人参与。');
    expect(doc.text).toContain('(完)');
    expect(doc.text).toContain('附:航线班期以港口公告为准');
    expect(doc.metadata.source).toBeUndefined();
  });
});

describe('a list of a column\'s earlier issues closing a Markdown dump', () => {
  it('removes the 往期 heading and its link lines; the issue\'s own sections stay', () => {
    const doc = run('md-past-issues-links.md', 'markdown');
    expect(doc.text).toContain('某区完成老旧小区改造15个,惠及居民4200户。');
    for (const c of ['往期回顾', '第11期', '第10期']) expect(doc.text, c).not.toContain(c);
    expect(doc.sections.map((s) => s.title)).not.toContain('往期回顾');
  });
  it('keeps a closing section on work to come (近期 + no issue word) and its short lines', () => {
    const doc = run('md-past-issues-negative.md', 'markdown');
    for (const c of ['近期工作安排', '加快推进3个重点项目', '做好防汛准备']) expect(doc.text, c).toContain(c);
  });
});

describe('the editor\'s credit behind a page widget on one line (HTML)', () => {
  it('removes the line and reads the editor', () => {
    const doc = run('news-widgets-editor.html', 'html');
    expect(doc.text).toContain('港口方面表示,将新开通航线3条,进一步提升通关效率。');
    for (const c of ['纠错', '责任编辑', '王五']) expect(doc.text, c).not.toContain(c);
    expect(doc.metadata.editor).toBe('王五');
  });
  it('keeps a sentence that names a column and its editor', () => {
    const doc = run('news-widgets-editor-negative.html', 'html');
    expect(doc.text).toContain('【纠错】栏目的责任编辑由张三担任,今年收到读者来信300封。');
  });
});

describe('a tag line repeating the page keywords', () => {
  const doc = run('keyword-tag-line.html', 'html');
  it('removes the lines whose items are exactly <meta keywords> (any separator), keeps other word lists and a sentence with |', () => {
    const tags = doc.removed.filter((r) => r.rule === 'keyword-tags').map((r) => r.text);
    expect(tags).toEqual(['外贸|进出口|某市', '外贸 | 进出口 | 某市']);
    expect(doc.text.split('\n')).toContain('外贸|物流|港口');
    expect(doc.text).toContain('支持企业用好甲|乙两类通关模式');
    expect(doc.metadata).toMatchObject({ keywords: '外贸|进出口|某市' });
  });
});

describe('a navigation form label left by <select> elements', () => {
  const doc = run('select-navigation-label.html', 'html');
  it('removes `选择地区:某省>>` inside the article; a label of the article`s own with no `>` stays', () => {
    expect(doc.removed.filter((r) => r.rule === 'select-navigation').map((r) => r.text)).toEqual(['选择地区:某省>>']);
    expect(doc.text).not.toContain('选择地区');
    expect(doc.text.split('\n')).toContain('选择标准:');
    expect(doc.text).toContain('全年全县地区生产总值123.45亿元');
  });
});

describe('a link to a related reading alone on its line inside the article', () => {
  it('removes `相关解读:《…》解读` before the notes, which stay', () => {
    const doc = run('related-reading-inside.txt', 'text');
    expect(doc.removed.filter((r) => r.rule === 'related-reading').map((r) => r.text)).toEqual(['相关解读:《某市2030年国民经济和社会发展统计公报》解读']);
    expect(doc.text).toContain('[1]本公报中数据均为初步统计数。');
  });
  it('negative: a sentence opening with 相关解读, and 政策解读:《…》, stay', () => {
    const doc = run('related-reading-negative.txt', 'text');
    expect(doc.removed.some((r) => r.rule === 'related-reading')).toBe(false);
    expect(doc.text).toContain('相关解读:《某办法》明确了企业申报的三项要求');
    expect(doc.text.split('\n')).toContain('政策解读:《某办法》');
  });
});

describe('an e-paper page whose edition label, issue date, title and issuer stand in blocks of their own above the article', () => {
  it('reads the lone issue date as publishDate and the organisation under the title as source', () => {
    const doc = run('epaper-split-banner.html', 'html');
    expect(doc.metadata).toMatchObject({ publishDate: '2031-04-02', source: '某市统计局' });
    expect(doc.text).toContain('初步核算,全年全市地区生产总值812.35亿元');
  });
  it('negative: no edition label, the organisation above the title: neither is read', () => {
    const doc = run('epaper-split-banner-negative.html', 'html');
    expect(doc.metadata.publishDate).toBeUndefined();
    expect(doc.metadata.source).toBeUndefined();
  });
});

describe('a page timestamp with its clock glued after 日 (`2031年03月04日10:20`), alone on its line under the title', () => {
  it('reads it as pageDate and removes the line with the source line under it', () => {
    const doc = run('dump-date-clock-glued.txt', 'text');
    expect(doc.metadata).toMatchObject({ pageDate: '2031-03-04 10:20', source: '某市日报' });
    expect(doc.text).not.toContain('10:20');
    expect(doc.text).toContain('全市进出口总额45.6亿元');
  });
  it('negative: a date glued to a clock with no 日 between (`2031-03-0410:20`) is no timestamp and stays', () => {
    const doc = run('dump-date-clock-glued-negative.txt', 'text');
    expect(doc.metadata.pageDate).toBeUndefined();
    expect(doc.text.split('\n')).toContain('2031-03-0410:20');
  });
});

describe("a news portal's article tools on lines of their own (`手机看新闻`, `字号 评论`, `打印 网摘 纠错 商城 分享 推荐`)", () => {
  it('removes them as page widgets, above and below the text', () => {
    const doc = run('dump-news-tools-lines.txt', 'text');
    expect(doc.removed.filter((r) => r.rule === 'page-widgets').map((r) => r.text)).toEqual(['手机看新闻\n字号 评论', '打印 网摘 纠错 商城 分享 推荐']);
    expect(doc.text).toContain('全市进出口总额45.6亿元');
  });
  it('negative: a line of weak tool words only (`推荐 评论`) and a sentence using them stay', () => {
    const doc = run('dump-news-tools-lines-negative.txt', 'text');
    expect(doc.removed.map((r) => r.rule)).toEqual(['page-fields']);
    expect(doc.text.split('\n')).toEqual(expect.arrayContaining(['推荐 评论', '3月3日,某市召开外贸企业座谈会。会上,企业代表推荐了3种新型跨境电商模式。']));
  });
});

describe('Markdown digest and column chrome (blind15)', () => {
  it('drops the crawl-time field, the time stamp with its source, 查看原文 links, the risk warning and the copyright line', () => {
    const doc = run('markdown-digest-chrome.md', 'markdown');
    for (const c of ['爬取时间', '07:10', '查看原文', '市场有风险', '版权声明', '未经某某书面授权']) expect(doc.text, c).not.toContain(c);
    expect(doc.text).toContain('1、据海关统计,今年2月某市进出口总值1.2万亿元,同比增长3.5%。');
    expect(doc.text).toContain('2、某市统计局发布数据,2月居民消费价格同比上涨0.6%。');
    expect(doc.metadata.source).toBe('某某资讯');
    const rules = new Set(doc.removed.map((r) => r.rule));
    for (const r of ['dateline-source', 'disclaimer', 'page-widgets']) expect(rules, r).toContain(r);
  });

  it('drops a column’s appeal for subscribers above the author’s box, inside the article', () => {
    const doc = run('markdown-column-appeal.md', 'markdown');
    for (const c of ['月費訂戶', '支持我們的工作', '#subscribe']) expect(doc.text, c).not.toContain(c);
    expect(doc.text).toContain('本港上月出口按年增長12.5%,進口增長9.8%,仍受惠於去年同期的低基數。');
    expect(doc.text).toContain('【某作者・經濟學家】');
  });

  it('keeps a deadline, a sentence about members, 阅读原文件 and 该声明 in the body', () => {
    const doc = run('markdown-digest-chrome-negative.md', 'markdown');
    for (const k of ['12-31 23:59前完成全部申报工作的企业共120家。', '某平台付费会员数突破1亿,成为行业第一。', '阅读原文件后,企业可在线提交申请。', '该声明指出,相关数据已经审计。']) expect(doc.text, k).toContain(k);
    expect(doc.metadata.source).toBeUndefined();
  });
});

describe('an e-paper banner laid out as a table (`第A03版：要 闻 | 下一版 |`, `2031年04月02日 星期三` in a cell) and a reporter\'s byline cut with the title', () => {
  it('reads the issue date from the cells as publishDate and the byline (`本报记者 张三 李四`) as author', () => {
    const doc = run('epaper-banner-table-cells.html', 'html');
    expect(doc.metadata).toMatchObject({ publishDate: '2031-04-02', author: '张三 李四' });
    expect(doc.text).toContain('全市外贸进出口总值45.6亿元');
    expect(doc.text).not.toContain('版面概览');
  });
  it('negative: a header date in a cell with no edition label beside it (a site\'s today), a photo credit (`记者 张三摄`) and a sentence opening with 本报记者 give no date and no author', () => {
    const doc = run('epaper-banner-table-cells-negative.html', 'html');
    expect(doc.metadata.publishDate).toBeUndefined();
    expect(doc.metadata.author).toBeUndefined();
    expect(doc.text).toContain('本报记者从市商务局获悉');
  });
});

describe('a field line closed by the page\'s date (`版次:03  作者:张三  2031年02月03日`)', () => {
  it('reads the date as pageDate and the field before it without it; 版次 states nothing kept', () => {
    const doc = run('field-line-trailing-date.txt', 'text');
    expect(doc.metadata).toMatchObject({ pageDate: '2031-02-03', author: '张三' });
    expect(doc.text).not.toContain('版次');
    expect(doc.text).toContain('全市一般公共预算收入完成120.5亿元');
  });
  it('negative: names alone (`作者:张三 李四`) keep all their names, and a sentence ending in a date is no field line', () => {
    const doc = run('field-line-trailing-date-negative.txt', 'text');
    expect(doc.metadata.author).toBe('张三 李四');
    expect(doc.metadata.pageDate).toBeUndefined();
    expect(doc.text).toContain('会议定于 2031年02月03日');
  });
});

describe('an e-paper pad page whose inline title, sub-title and info spans run into one line cut above the article', () => {
  it('reads the fields its last words make (`版次：03  作者：  2031年02月03日`): pageDate', () => {
    const doc = run('epaper-pad-caption-glued-fields.html', 'html');
    expect(doc.metadata).toMatchObject({ pageDate: '2031-02-03' });
    expect(doc.text).toContain('全市一般公共预算收入完成120.5亿元');
  });
  it('negative: the same line ending in words that are no fields (`第03版 今天是2031年02月03日 星期一`): no date', () => {
    const doc = run('epaper-pad-caption-glued-fields-negative.html', 'html');
    expect(doc.metadata.pageDate).toBeUndefined();
    expect(doc.metadata.publishDate).toBeUndefined();
  });
});

describe('negatives of the reviewer’s shapes: a notice’s own lines that int’s new rules took as chrome', () => {
  it('a glued run keeps the signature, the date and the contact line below it, and reads them', () => {
    const doc = run('glued-run-signature-negative.txt', 'text');
    for (const k of ['\n某某市商务局\n', '2025年1月10日', '联系电话:0592-1234567']) expect(doc.text, k).toContain(k);
    expect(doc.metadata).toMatchObject({ issuer: '某某市商务局', publishDate: '2025-01-10' });
    expect(doc.removed.map((r) => r.rule)).not.toContain('glued-run');
    expect(doc.text).not.toContain('分享到');
  });
  it('a glued run keeps a row of figures after the widget it opens with', () => {
    const doc = run('glued-run-figures-negative.txt', 'text');
    expect(doc.text).toContain('进出口总额1200亿元 出口800亿元 进口400亿元');
    expect(doc.metrics.map((m) => m.raw)).toEqual(['1200亿元', '800亿元', '400亿元']);
  });
  it('keeps a Markdown blockquote lead with commas (no promo-link)', () => {
    const doc = run('markdown-blockquote-lead-negative.md', 'markdown');
    expect(doc.text).toContain('【导读】自2025年1月1日起,我国对935项商品实施低于最惠国税率的进口暂定税率');
    expect(doc.removed).toEqual([]);
  });
  it('keeps a notice’s invitation to subscribe with its link (no plea: no support-appeal)', () => {
    const doc = run('notice-subscribe-link-negative.txt', 'text');
    expect(doc.text).toContain('欢迎各单位订阅,订阅网址:www.example.com/subscribe');
  });
  it('reads a bracketed organisation line as the issuer, not its first word as an author', () => {
    for (const [name, issuer] of [['bracketed-issuer-byline-negative.txt', '厦门海关 综合业务处'], ['bracketed-column-issuer-negative.txt', '政策解读 某某市人民政府办公室']] as const) {
      const doc = run(name, 'text');
      expect(doc.metadata.author, name).toBeUndefined();
      expect(doc.metadata.issuer, name).toBe(issuer);
      expect(doc.removed.map((r) => r.rule), name).not.toContain('author-byline');
    }
  });
  it('keeps a regulator’s closing warning and a form’s declaration (no disclaimer)', () => {
    expect(run('notice-risk-warning-negative.txt', 'text').text).toContain('证监局提醒广大投资者,市场有风险,投资需谨慎,切勿轻信高收益承诺。');
    expect(run('form-declaration-authorise-negative.txt', 'text').text).toContain('声明:本企业授权上述人员办理报关手续,并对其行为承担法律责任。');
  });
  it('reads no weekday after a time stamp as the source', () => {
    const doc = run('dateline-weekday-negative.txt', 'text');
    expect(doc.metadata.source).toBeUndefined();
    expect(doc.removed.map((r) => r.rule)).not.toContain('dateline-source');
  });
});

describe('a download label under a statistics release (资料下载:)', () => {
  it('removes the label line with its file link; the release and its note stay', () => {
    const doc = run('download-label-tail.html', 'html');
    expect(doc.text.split('\n').at(-1)).toBe('附注:部分数据因四舍五入,存在总计与分项合计不等的情况。');
    expect(doc.text).not.toContain('资料下载');
    expect(doc.removed.find((r) => r.rule === 'download-links')?.text).toBe('资料下载:2031年全市经济运行情况.docx');
  });
  it('keeps a sentence that names the downloads with no label colon', () => {
    const doc = run('download-label-negative.html', 'html');
    expect(doc.text).toContain('市统计局网站提供资料下载服务,更多数据可在“统计数据”栏目查阅。');
    expect(doc.removed.map((r) => r.rule)).not.toContain('download-links');
  });
});

describe('a visit counter with its count in brackets after the source (阅读(), 浏览次数(1234))', () => {
  it('ends the source before the counter: the counter is a widget, not part of the value', () => {
    const doc = run('visit-counter-brackets.html', 'html');
    expect(doc.metadata).toMatchObject({ source: '预算科', pageDate: '2031-04-18' });
    expect(doc.text).not.toContain('阅读');
  });
  it('keeps 阅读( inside a sentence of the body', () => {
    const doc = run('visit-counter-brackets-negative.html', 'html');
    expect(doc.text).toContain('全区开展全民阅读活动120场,参与阅读(含线上)人数达3200人次。');
    expect(doc.metadata.source).toBe('某区文旅局');
  });
});

describe('a <meta> value a template left a list separator after (ContentSource 某区发展改革和统计局、)', () => {
  it('trims the trailing separator; one between items stays', () => {
    const doc = run('meta-trailing-separator.html', 'html');
    expect(doc.metadata.source).toBe('某区发展改革和统计局');
    expect(doc.metadata.author).toBe('某区发展改革和统计局、商务局');
  });
  it("a public account's dump: its byline states author, account and date; its prompt and tools go", () => {
    const doc = run('account-dump-byline-tools.txt', 'text');
    expect(doc.metadata).toMatchObject({ pageDate: '2024-11-20 18:30', author: '省商务厅' });
    expect(doc.text).not.toMatch(/发表于|点击上方|点赞|在看/);
    expect(doc.text).toContain('民营企业进出口1.6万亿元,增长8.1%');
    expect(doc.removed.map((r) => r.rule)).toEqual(expect.arrayContaining(['account-byline', 'account-prompt']));
    // without 原创 or 发表于 a name and a time are a notice's own line (`报名截止 2024-12-01 17:00`): it stays
    const notice = processDocument({ path: 'clean/inline.txt', id: 'inline', bytes: Buffer.from('关于举办培训班的通知\n报名截止 2024-12-01 17:00\n请各单位按时报名。\n'), format: 'text' });
    expect(notice.text).toContain('报名截止 2024-12-01 17:00');
  });
  it("an official notice's printout: masthead and 文号 are metadata, the wrapped title is joined, page numbers go", () => {
    const doc = run('printout-notice-masthead.txt', 'text');
    expect(doc.title).toBe('某市人民政府办公室关于印发某市促进外贸稳规模优结构若干措施的通知');
    expect(doc.metadata).toMatchObject({ issuer: '某市人民政府办公室', docNumber: '某政办发〔2024〕12号' });
    expect(doc.text).not.toContain('文件\n');
    expect(doc.text).not.toMatch(/— \d —/);
    expect(doc.removed.map((r) => r.rule)).toEqual(expect.arrayContaining(['document-masthead', 'page-number']));
    expect(doc.metrics.map((m) => m.raw)).toEqual(['50%', '20万元', '30%']);
    // a numbered announcement over its subject is titled as its site titles it
    const ann = processDocument({ path: 'x.txt', id: 'x', bytes: Buffer.from('海关总署公告2024年第1号\n关于进一步规范进口货物申报的公告\n现将有关事项公告如下。\n'), format: 'text' });
    expect(ann.title).toBe('海关总署公告2024年第1号(关于进一步规范进口货物申报的公告)');
    // …and its number is the docNumber it states, on one line as well
    expect(ann.metadata.docNumber).toBe('海关总署公告2024年第1号');
    const oneLine = processDocument({ path: 'y.txt', id: 'y', bytes: Buffer.from('海关总署令第253号(关于公布《某某办法》的令)\n现公布《某某办法》,自2031年3月1日起施行。\n'), format: 'text' });
    expect(oneLine.metadata.docNumber).toBe('海关总署令第253号');
    // negative: a title that only cites a number further in
    const cites = processDocument({ path: 'z.txt', id: 'z', bytes: Buffer.from('关于执行海关总署公告2024年第1号有关问题的通知\n现将有关事项通知如下。\n'), format: 'text' });
    expect(cites.metadata.docNumber).toBeUndefined();
  });
  it("an e-paper story: the page's masthead line is source and date, never the title; jump lines go", () => {
    const doc = run('epaper-masthead-jump-lines.txt', 'text');
    expect(doc.title).toBe('口岸通关效率持续提升');
    expect(doc.metadata).toMatchObject({ source: '某某日报', pageDate: '2024-12-03' });
    expect(doc.text).not.toMatch(/第A03版|下转|上接/);
    expect(doc.metrics.map((m) => m.raw)).toEqual(['25.6小时', '1.1小时']);
  });
});

describe('a policy page dump: its widgets, foot lists, comment box, site mailbox and browser notice', () => {
  it('removes the font-size glyph, the related-policy list and ranking box, the link bar, the comment box, the mailbox and the notice', () => {
    const doc = run('dump-policy-foot-widgets.txt', 'text');
    const chrome = ['Aa', '政策性文件留言咨询', '只接收对该政策性文件', '相关政策与解读', '政策解读', '排行榜', '| 相关报道', 'bjb@example.gov.cn', 'ie11以下内核', '主办单位'];
    for (const c of chrome) expect(doc.text, c).not.toContain(c);
    expect(doc.text).toContain('为做好春季电力安全工作,现决定开展为期30天的安全检查,重点检查变电站56座。');
    expect(doc.text.endsWith('某县能源监管办公室\n2031年3月1日')).toBe(true);
    const rules = doc.removed.map((r) => r.rule);
    for (const rule of ['comment-box', 'browser-notice', 'page-title']) expect(rules).toContain(rule);
  });
  it("negative: a notice's own sentence about browsers and its own contact mailbox stay", () => {
    const doc = run('dump-policy-foot-widgets-negative.txt', 'text');
    expect(doc.text).toContain('升级后请使用新版浏览器访问,旧版浏览器请及时升级。');
    expect(doc.text).toContain('联系邮箱:wangmou@example.com');
    // nor is a service desk's mailbox under a notice the site's
    const notice = processDocument({ path: 'n.txt', id: 'n', bytes: Buffer.from('关于开展2031年度项目申报的通知\n请各单位于3月31日前报送申报材料。\n客服邮箱:service@example.gov.cn\n某市科学技术局\n2031年3月1日\n'), format: 'text' });
    expect(notice.text).toContain('客服邮箱:service@example.gov.cn');
  });
});

describe('a provincial CMS notice whose print and share tools follow the signature (分享文章到, 打印页面, 回到/顶部)', () => {
  it('removes the tool lines, so the signature closes the notice and gives issuer and date', () => {
    const doc = run('article-tools-print-share.txt', 'text');
    for (const w of ['分享文章到', '打印页面', '关闭本页', '返回顶部', '回到', '顶部']) expect(doc.text, w).not.toContain(w);
    expect(doc.text).toContain('  1.核验操作指引.pdf\n某市社会保险基金管理中心\n2031年2月27日');
    expect(doc.removed.find((r) => r.rule === 'page-widgets')?.text).toContain('分享文章到\n返回顶部  打印页面  关闭本页');
    expect(doc.metadata).toMatchObject({ issuer: '某市社会保险基金管理中心', publishDate: '2031-02-27', pageDate: '2031-03-02 09:15' });
  });
  it('keeps a table cell 取消 dumped on its own line, and 回到 or 顶部 inside other words', () => {
    const doc = run('article-tools-print-share-negative.txt', 'text');
    const lines = doc.text.split('\n').map((l) => l.trim());
    expect(lines).toContain('取消');
    expect(lines).toContain('回到原籍地办理');
    expect(doc.text).toContain('信息统一由系统顶部栏目公布。');
    expect(doc.removed.map((r) => r.rule)).not.toContain('page-widgets');
  });
});

// blind29 (a moe.gov.cn notice, a neac.gov.cn page): WeChat's open-in-browser tip after the signature, and a footer's
// follow-us label under empty list items. fixtures/clean/page-follow-and-open-in-browser-tips*.txt
describe('a WeChat open-in-browser tip and a follow-us label closing a page (点击右上角 / 选择在浏览器中打开, 官方微信)', () => {
  it('removes the tip and the label as widgets, so the signature closes the notice and gives its issuer', () => {
    const doc = run('page-follow-and-open-in-browser-tips.txt', 'text');
    for (const w of ['点击右上角', '选择在浏览器中打开', '官方微信', '•']) expect(doc.text, w).not.toContain(w);
    expect(doc.text.endsWith('  附件:1.安全教育课安排表\n某某市教育局\n2031年6月18日')).toBe(true);
    expect(doc.metadata).toMatchObject({ issuer: '某某市教育局' });
    expect(doc.removed.find((r) => r.rule === 'page-widgets')?.text).toContain('点击右上角\n选择在浏览器中打开');
  });
  it('keeps an instruction that tells the reader to do the same, and lines with the words beside others (negative)', () => {
    const doc = run('page-follow-and-open-in-browser-tips-negative.txt', 'text');
    // the follow-us labels alone: a plan's sub-headings, a table's header cells
    for (const line of ['点击右上角“…”按钮,选择在浏览器中打开本页。', '也可关注官方微信公众号,在菜单中查看电子证照。', '官方微信公众号:某某政务', '点击右上角菜单', '在浏览器中打开后请登录', '\n官方微信\n', '\n官方微博\n', '| 官方微信 | 官方微博 |'])
      expect(doc.text).toContain(line);
    expect(doc.removed).toEqual([]);
  });
});

// blind29 (a kjt.yn.gov.cn page): a sidebar's latest stories, each title over its date, cut above the article,
// gave the page's date. fixtures/clean/cut-list-dates*.html
describe('dates of a list cut around the article (a sidebar of stories, each over its date)', () => {
  it('reads none of them: the info line under the title gives the page’s date', () => {
    const doc = run('cut-list-dates.html', 'html');
    expect(doc.metadata).toMatchObject({ pageDate: '2031-11-14 14:59:48', source: '宣教中心' });
    expect(doc.text).not.toContain('2032-01-25');
  });
  it('still reads the one date a page header states of itself (negative)', () => {
    const doc = run('cut-list-dates-negative.html', 'html');
    expect(doc.metadata.pageDate).toBe('2031-11-14');
  });
});

// blind29 (a kjt.yn.gov.cn page): a repost's credit line `来源:人民网 记者:木胜玉`. fixtures/clean/source-reporter-credit*.txt
describe('a reporter’s credit beside a source (来源:… 记者:…)', () => {
  it('reads the reporter as author, apart from the source; the credit line goes', () => {
    const doc = run('source-reporter-credit.txt', 'text');
    expect(doc.metadata).toMatchObject({ author: '某某某', source: '宣教中心' });
    expect(doc.text).not.toContain('记者:某某某');
    expect(doc.text).not.toContain('人民网');
    // a correspondent's credit after it is a field of its own, not part of the reporter's name
    expect(doc.text).not.toContain('通讯员');
  });
  it('keeps an interview’s speaker lines 记者:… and reads no author from them (negative)', () => {
    const doc = run('source-reporter-credit-negative.txt', 'text');
    for (const line of ['记者:请问今年的重点工作是什么?', '记者:好的', '通讯员:这次培训很有收获。']) expect(doc.text).toContain(line);
    expect(doc.metadata.author).toBeUndefined();
  });
});
