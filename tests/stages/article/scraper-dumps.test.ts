// Text dumps a scraper saved: its header of fields goes (what it states is kept), and a flattened
// page's glued chrome goes while every sentence of the text stays.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../../src/pipeline.js';
import { FIXTURES } from '../../helpers.js';

const run = (name: string) => processDocument({ path: name, id: name.replace(/\.[^.]+$/, ''), bytes: readFileSync(path.join(FIXTURES, 'clean', name)), format: 'text' });

describe('a scraper header over a flattened page', () => {
  const doc = run('scraper-header-flattened.txt');
  it('keeps only the title line and the text, from its first sentence to its last', () => {
    expect(doc.text.startsWith('某县2023年一季度外贸运行情况\n一季度,全县外贸进出口总值12.5亿元')).toBe(true);
    expect(doc.text.endsWith('占出口总值的39.5%。')).toBe(true);
    for (const chrome of ['原文链接', '本地目录', '同目录', '正文', '当前位置', '时间:', '微信', '来源:', '附件下载']) expect(doc.text).not.toContain(chrome);
  });
  it('reads the header fields: title, dates, issuer, index number, category, url', () => {
    expect(doc.title).toBe('某县2023年一季度外贸运行情况');
    expect(doc.metadata).toMatchObject({
      pageDate: '2023-04-20 09:15',
      issuer: '某县商务局',
      indexNumber: '11350000X/2023-00123',
      category: '统计分析',
      url: 'https://www.example.gov.cn/zwgk/tjfx/202304/t20230420_1001.htm',
      source: '某县商务局',
      docNumber: null,
    });
  });
  it('records every removal', () => {
    expect(doc.removed.map((r) => r.rule)).toEqual(['scraper-header', 'breadcrumb', 'page-fields', 'page-widgets', 'page-fields']);
  });
});

describe('a scraper header whose url runs past the length of a field value', () => {
  const doc = run('scraper-header-long-url.txt');
  it('reads the whole address (fullwidth colon, CRLF lines) and removes the header', () => {
    expect(doc.metadata).toMatchObject({ url: 'https://www.example.gov.cn/xxgk/zfxxgkml/ghjs/202103/t20210302_1234567_long_path_segment.htm', issuer: '某县人民政府' });
    expect(doc.text).not.toContain('原始链接');
    expect(doc.text).toContain('同意该规划。');
  });
});

describe('a scraper header with English keys', () => {
  const doc = run('scraper-header-english-keys.txt');
  it('takes the title and url from it and keeps every paragraph', () => {
    expect(doc.title).toBe('某市举行外贸企业座谈会');
    expect(doc.metadata).toMatchObject({ url: 'http://www.example.org.cn/news/2021/0315/123.htm', author: '某市人民政府网站' });
    expect(doc.text.split('\n')).toHaveLength(3);
    expect(doc.text.startsWith('3月15日')).toBe(true);
  });
});

describe('a flattened notice with download links glued after its last sentence', () => {
  const doc = run('flattened-tail-downloads.txt');
  it('removes the links, counter and widgets, and nothing of the notice: its signature stays', () => {
    expect(doc.text).toBe('现将有关事项公告如下。一、企业应当按规定办理备案手续。二、本公告自2024年3月1日起施行。特此公告。某直属海关2024年2月20日');
    expect(doc.removed.map((r) => [r.rule, r.text])).toEqual([['download-links', '附件下载链接:关于某事项的公告.doc关于某事项的公告.pdf浏览次数:打印本页关闭']]);
  });
});

describe('a flattened page whose last clause has no full stop before its download links', () => {
  const doc = run('flattened-tail-clause-before-downloads.txt');
  it('keeps the clause (and its metric); only the links, from their bracket on, go', () => {
    expect(doc.text.endsWith('其中,出口8.1亿元,增长7.4%。有进出口实绩企业136家')).toBe(true);
    expect(doc.removed.map((r) => [r.rule, r.text])).toEqual([['download-links', '【附件下载】一季度外贸数据表.xls 浏览次数:88']]);
    expect(doc.metrics.map((m) => m.raw)).toContain('136家');
  });
});

describe('a flattened notice whose dated signature is followed by page chrome', () => {
  it('removes the chrome after the date and keeps the signature', () => {
    const doc = run('flattened-tail-after-signature.txt');
    expect(doc.text.endsWith('某某区管委会办公室 2019年5月6日')).toBe(true);
    expect(doc.removed.map((r) => r.text)).toEqual(['来源:某某区发展局 附件下载']);
  });
  it('takes no date inside a sentence for a signature', () => {
    const doc = run('flattened-date-inside-text.txt');
    expect(doc.text).toContain('截至2019年5月6日 全区已完成申报');
    expect(doc.removed).toEqual([]);
  });
});

describe('a text dump whose page ends in related links, a split editor line and a share teaser', () => {
  const doc = run('dump-tail-related-teaser.txt');
  it('ends the text at the last sentence of the report', () => {
    expect(doc.text.endsWith('全县上下要为建设美丽新家园而努力!')).toBe(true);
    for (const chrome of ['王小明', '相关附件', '相关链接', '0f3a9c1d', '某县召开政府常务会议', '打印本页']) expect(doc.text).not.toContain(chrome);
    expect(doc.text.split('2030年某县人民政府工作报告')).toHaveLength(2);
  });
  it('reads the editor from its label and value lines, and removes the teaser as such', () => {
    expect(doc.metadata).toMatchObject({ editor: '王小明', source: '某县日报' });
    expect(doc.removed.map((r) => r.rule)).toContain('share-teaser');
    expect(doc.removed.find((r) => r.rule === 'related-list')!.text.startsWith('相关附件>>\n相关链接>>')).toBe(true);
  });
});

describe('a text dump whose page ends in a promo link, share-bar leftovers and 相关文档：', () => {
  const doc = run('dump-tail-promo-links.txt');
  it('removes each of them and keeps the last sentence', () => {
    expect(doc.text.endsWith('各位代表!实干兴市,笃行致远。')).toBe(true);
    expect(doc.removed.map((r) => r.rule)).toEqual(['promo-link', 'page-widgets', 'widget-filler', 'page-widgets', 'widget-filler', 'related-list']);
  });
});

describe('negative: a notice that repeats its opening sentence and ends in a short closing line', () => {
  const doc = run('dump-tail-repeat-negative.txt');
  it('keeps every line: a repeat above the last line, a short closing and a sentence naming 相关链接 are no chrome', () => {
    expect(doc.removed).toEqual([]);
    expect(doc.text.split('\n')).toHaveLength(8);
  });
});

describe('a text dump whose breadcrumb, timestamp and font widget were written one element per line', () => {
  const doc = run('dump-split-breadcrumb-header.txt');
  it('joins the breadcrumb (dropping the column name repeated under it), reads source and timestamp, removes the widget', () => {
    expect(doc.title).toBe('2031年某县人民政府工作报告');
    expect(doc.metadata).toMatchObject({ pageDate: '2031-03-04 10:20:00', source: '某县融媒体中心', category: '部门动态' });
    expect(doc.removed.map((r) => [r.rule, r.text])).toEqual([
      ['breadcrumb', '您的位置: 首页 > 部门动态'],
      ['page-fields', '来源:某县融媒体中心\n2031-03-04 10:20:00'],
      ['page-widgets', '【字体:'],
      ['font-size-widget', '大\n中\n小\n】'],
    ]);
  });
  it('keeps the body line that starts with the column name', () => {
    expect(doc.text.endsWith('部门动态显示,全年实现地区生产总值88.8亿元,增长4.2%。')).toBe(true);
  });
});

describe('a text dump whose links open the page one a line, without a label', () => {
  it('joins three of them, the home link first, as the breadcrumb: its last crumb is the category, the line below the title', () => {
    const doc = run('dump-leading-crumbs.txt');
    expect(doc.title).toBe('《某市促进外贸稳增长若干措施》政策解读');
    expect(doc.metadata).toMatchObject({ category: '政策解读', pageDate: '2031-05-20 09:30', source: '市商务局' });
    expect(doc.removed.map((r) => [r.rule, r.text])).toEqual([
      ['breadcrumb', '网站首页 > 政策文件 > 政策解读'],
      ['page-fields', '时间:2031-05-20 09:30 来源:市商务局'],
    ]);
    expect(doc.text.startsWith('《某市促进外贸稳增长若干措施》政策解读\n一、出台背景')).toBe(true);
  });
  it('joins four bare links as the site menu, which names no category', () => {
    const doc = run('dump-leading-menu.txt');
    expect(doc.title).toBe('关于做好春季防火工作的通知');
    expect(doc.metadata.category ?? null).toBeNull();
    expect(doc.removed[0]).toMatchObject({ rule: 'navigation-bar', text: '首页 | 政务公开 | 办事服务 | 互动交流' });
  });
  it('ends the crumbs before a last line that is the title: a short one over its info line, a long one', () => {
    const short = run('dump-leading-crumbs-short-title.txt');
    expect([short.title, short.metadata.category, short.metadata.pageDate]).toEqual(['全县经济稳中向好', '要闻', '2024-03-05']);
    const long = run('dump-leading-crumbs-title-crumb.txt');
    expect([long.title, long.metadata.category]).toEqual(['关于印发某县2024年安全生产工作要点的通知', '政务公开']);
    expect(long.text.startsWith('关于印发某县2024年安全生产工作要点的通知')).toBe(true);
  });
  it('negative: joins nothing when no title-shaped line stands under the links, nor in the body', () => {
    const doc = run('dump-leading-crumbs-negative.txt');
    expect(doc.removed.map((r) => r.rule)).not.toContain('breadcrumb');
    expect(doc.text).toContain('首页\n新闻中心\n是全市新闻发布的窗口。');
  });
});

describe('a text dump whose widgets stand above the site\'s name', () => {
  it('removes the clock with its label and reads the site\'s name under the widgets as the banner', () => {
    const doc = run('dump-widgets-above-banner.txt');
    expect(doc.title).toBe('某省前三季度外贸进出口稳中有进');
    expect(doc.metadata).toMatchObject({ site: '某省商务厅', source: '省商务厅', category: '商务要闻', pageDate: '2031-10-25 10:12:36' });
    expect(doc.removed.slice(0, 3).map((r) => [r.rule, r.text])).toEqual([
      ['clock', '今天是:\n2031年12月4日 星期四'],
      ['page-widgets', '无障碍\n长者模式\nEnglish\n繁體\n登录\n注册'],
      ['site-banner', '某省商务厅'],
    ]);
    expect(doc.text.startsWith('某省前三季度外贸进出口稳中有进\n据海关统计')).toBe(true);
  });
  it('negative: past the widgets only an organisation\'s name is a banner: a title with no title ending stays the title', () => {
    const doc = run('dump-widgets-above-title-negative.txt');
    expect(doc.title).toBe('关于开展春季植树活动的倡议');
    expect(doc.metadata.site ?? null).toBeNull();
  });
  it('negative: a notice\'s title under the widgets is no banner', () => {
    const doc = run('dump-widgets-above-banner-negative.txt');
    expect(doc.title).toBe('关于做好冬季安全生产工作的通知');
    expect(doc.metadata.site ?? null).toBeNull();
  });
});

describe('a county news dump with its reviews one a line under the article', () => {
  it('removes the reviews, the widgets and the mobile edition\'s link; the photo caption stays', () => {
    const doc = run('dump-review-credits.txt');
    expect(doc.removed.map((r) => [r.rule, r.text])).toContainEqual(['review-credits', '初审:张三\n复审:李四\n终审:王五']);
    expect(doc.removed.map((r) => r.text)).toContainEqual('手机版\n微信\n微博');
    expect(doc.text.endsWith('图为会议现场。(摄影 李明)')).toBe(true);
  });
  it('negative: a procedure\'s steps and a review\'s outcomes are no credits', () => {
    const doc = run('dump-review-steps-negative.txt');
    expect(doc.removed.map((r) => r.rule)).toEqual(['page-fields']);
    expect(doc.text.endsWith('签发:局长签发\n各环节办理情况如下:\n初审:按时办结\n复审:维持原意见')).toBe(true);
  });
  it('negative: sentences about a review, and a review\'s schedule, stay', () => {
    const doc = run('dump-review-credits-negative.txt');
    expect(doc.removed.map((r) => r.rule)).toEqual(['page-fields']);
    expect(doc.text).toContain('复审:将于11月进行');
  });
});

describe('a title line closed by the page\'s date after a space', () => {
  it('takes the words before the date as the title and the date as the page\'s', () => {
    const doc = run('dump-title-trailing-date.txt');
    expect(doc.title).toBe('关于做好2031年春节期间安全生产工作的通知');
    expect(doc.metadata).toMatchObject({ pageDate: '2031-01-20', category: '通知公告' });
  });
  it('negative: splits nothing off when the words before the date are no title', () => {
    const doc = run('dump-title-trailing-date-negative.txt');
    expect(doc.metadata.pageDate ?? null).toBeNull();
  });
});

describe('scraper headers with bracketed labels, or an ASCII date key', () => {
  it('reads a bracketed header to its 【正文】 marker', () => {
    const doc = run('scraper-header-bracketed.txt');
    expect(doc.metadata).toMatchObject({ title: '关于做好2031年春耕生产工作的通知', pageDate: '2031-02-20', source: '县农业农村局' });
    expect(doc.text.startsWith('各乡镇:\n为做好春耕生产')).toBe(true);
  });
  it('negative: a 链接 label over no web address states no url', () => {
    const doc = processDocument({ path: 'x.txt', id: 'x', bytes: Buffer.from('关于某事的通知\n现通知如下。\n链接:全国人大\n'), format: 'text' });
    expect(doc.metadata.url ?? null).toBeNull();
  });
  it('takes no page date from an ASCII header\'s date: (often the day the page was fetched)', () => {
    const doc = run('scraper-header-ascii-date.txt');
    expect(doc.metadata).toMatchObject({ source: '县农业农村局', url: 'http://www.example.gov.cn/a/1.html' });
    expect(doc.metadata.pageDate ?? null).toBeNull();
  });
  it('keeps the title a header does not state: a title line above bracketed fields, a setext title, a welcome that is a title', () => {
    const doc = (text: string) => processDocument({ path: 'x.txt', id: 'x', bytes: Buffer.from(text), format: 'text' });
    expect(doc('关于促进外贸稳增长的若干措施\n【发布机构】市商务局\n【发布日期】2031-03-01\n【正文】\n为促进外贸稳增长,制定本措施。\n').title).toBe('关于促进外贸稳增长的若干措施');
    expect(doc('RCEP:原产地规则实施指南\n========\n一、总则\n本指南适用于RCEP原产地规则。\n').title).toBe('RCEP:原产地规则实施指南');
    expect(doc('欢迎访问海关总署12360服务平台\n2031-04-15 来源:海关总署\n平台提供咨询服务。\n').title).toBe('欢迎访问海关总署12360服务平台');
    // a date a word leads to is no page date; a visit counter's word is no source
    expect(doc('关于暂停办理出口退税业务的公告 自 2031-05-01\n各企业:\n现公告如下。\n').metadata.pageDate ?? null).toBeNull();
    const counted = doc('某县召开安全生产会议\n2031-03-27 10:22 阅读 次\n3月26日,县政府召开会议。\n');
    expect(counted.metadata.source ?? null).toBeNull();
    expect(counted.removed.map((r) => r.rule)).toEqual(['dateline-source']);
    // a sentence of welcome under the text stays
    expect(doc('关于某事的通知\n现通知如下。\n欢迎访问中国国际贸易单一窗口网站。\n').text).toContain('欢迎访问中国国际贸易单一窗口网站。');
  });
});

describe('negative: a field label 位置: over an address, and a timestamp inside a sentence', () => {
  const doc = run('dump-split-label-negative.txt');
  it('makes no breadcrumb of the address and keeps the deadline line', () => {
    expect(doc.removed.map((r) => r.text)).toEqual(['位置:']);
    expect(doc.text).toContain('县城中心广场');
    expect(doc.text).toContain('2031-03-04 10:20:00前报送。');
  });
});

describe('a toolbar written one button per line above the title, weak words among strong ones', () => {
  const doc = run('dump-toolbar-one-per-line.txt');
  it('removes the whole run, weak words (保存, 还原) and the bracket line with it, and takes the report line as title', () => {
    expect(doc.title).toBe('2031年某县人民政府工作报告');
    expect(doc.text.startsWith('2031年某县人民政府工作报告\n')).toBe(true);
    const toolbar = doc.removed.filter((r) => r.rule === 'widget-run' || r.rule === 'page-widgets');
    expect(toolbar.flatMap((r) => r.text.split('\n'))).toEqual(['保存', '打印', '全屏', '收藏', '【字体:', '增大', '还原', '缩小', '】']);
    // the lines no rule calls chrome alone go with the run; the strong ones keep their own rule
    expect(doc.removed.filter((r) => r.rule === 'widget-run').map((r) => r.text)).toEqual(['保存', '还原', '】']);
  });
  it('keeps the body sentence that holds the same words', () => {
    expect(doc.text).toContain('今年要加大投入,下载量和还原率不作考核。');
  });
});

describe('negative: widget words inside headings and sentences, and two weak widget lines', () => {
  const doc = run('dump-toolbar-weak-negative.txt');
  it('removes nothing from the text', () => {
    expect(doc.removed.filter((r) => r.rule === 'widget-run')).toEqual([]);
    expect(doc.text).toContain('加大高标准农田建设力度');
    expect(doc.text).toContain('下载量增长12%。');
    expect(doc.text.endsWith('返回\n下载')).toBe(true);
  });
});

describe('an empty 相关报道: label closing a dump', () => {
  const doc = run('dump-related-reports-label.txt');
  it('removes the label and keeps the sentence that opens with the same words', () => {
    expect(doc.text.endsWith('让我们团结奋斗,再创佳绩!')).toBe(true);
    expect(doc.removed.map((r) => [r.rule, r.text])).toContainEqual(['related-list', '相关报道:']);
    expect(doc.text).toContain('相关报道显示,全县外贸进出口总值12.5亿元,增长6.1%。');
  });
});

describe("a newspaper's jump notes inside a dump's paragraphs", () => {
  const doc = run('dump-jump-notes-inline.txt');
  it('removes the inline notes, keeps the paragraph whole and the unbracketed words', () => {
    expect(doc.text).toContain('县城环线道路已全部完工。今年将继续推进城乡道路提档升级,新改建农村公路120公里。');
    expect(doc.text).toContain('\n城镇新增就业1.2万人。');
    expect(doc.text).toContain('详见第四版。');
    for (const note of ['下转第三版', '紧接第一版', '上接第2版', '下转07版']) expect(doc.text).not.toContain(note);
  });
  it('leaves the note on a line of its own to the jump-line rule', () => {
    expect(doc.removed.map((r) => [r.rule, r.text])).toContainEqual(['jump-line', '(下转07版)']);
  });
});

describe('a text dump opening with a press photo caption above its title', () => {
  const doc = run('dump-photo-caption-head.txt');
  it('removes the caption and takes the next line as the title', () => {
    expect(doc.title).toBe('某县政府工作报告');
    expect(doc.removed.map((r) => r.rule)).toEqual(['photo-caption']);
    expect(doc.text.startsWith('某县政府工作报告\n(2031年1月5日')).toBe(true);
    expect(doc.text).not.toContain('摄');
  });
});

describe('negative: a byline without 摄 under the title, and a caption inside the text', () => {
  const doc = run('dump-photo-caption-negative.txt');
  it('keeps both lines', () => {
    expect(doc.title).toBe('某县召开春耕生产现场会');
    expect(doc.removed).toEqual([]);
    expect(doc.text).toContain('本报记者 钱七');
    expect(doc.text).toContain('图为现场会上农技人员讲解育秧技术。 通讯员 孙八 摄');
  });
});

describe('a press photo caption under the byline, its names apart by a space after 记者 only', () => {
  const doc = run('dump-photo-caption-after-byline.txt');
  it('removes the caption and keeps the title and the speech', () => {
    expect(doc.title).toBe('某县政府工作报告');
    expect(doc.removed.map((r) => [r.rule, r.text])).toContainEqual(['photo-caption', '赵六作政府工作报告。本报记者 王五摄']);
    expect(doc.text).not.toContain('王五摄');
    expect(doc.text).toContain('各位代表:\n现在,我代表县人民政府向大会报告工作');
  });
});

describe('negative: a line under the title ending in 摄 with no space apart (记者现场拍摄)', () => {
  const doc = run('dump-photo-credit-unspaced-negative.txt');
  it('keeps it', () => {
    expect(doc.removed.map((r) => r.rule)).not.toContain('photo-caption');
    expect(doc.text).toContain('本报记者现场拍摄');
  });
});

describe('a news dateline opening the first paragraph of a dump', () => {
  it('is read (source, author) and stays in the text', () => {
    const doc = run('dump-news-dateline.txt');
    expect(doc.text.startsWith('某某财经社6月3日讯(编辑 赵六) 今年以来,某省小微企业贷款继续增长。')).toBe(true);
    expect(doc.metadata).toMatchObject({ source: '某某财经社', author: '赵六' });
  });

  it('leaves a report citing an agency and a bare 本报讯 unread', () => {
    const doc = run('dump-news-dateline-negative.txt');
    expect(doc.text).toContain('据某某通讯社6月3日电,某县前5个月外贸进出口总值12.3亿元');
    expect(doc.metadata.source).toBeUndefined();
    expect(doc.metadata.author).toBeUndefined();
  });
});

describe('a flattened news page whose text ends inside a line, chrome glued after it and more blocks below (glued run)', () => {
  const doc = run('flattened-glued-run-news.txt');
  it('keeps the text to its last sentence and removes the editor, the related headlines (commas in them), the ranking and the disclaimer block', () => {
    expect(doc.text.endsWith('二季度吞吐量有望继续增长。”')).toBe(true);
    for (const chrome of ['责任编辑', '相关新闻', '通达东南亚五国', '排行榜', '免责声明', '郑重声明', 'Copyright']) expect(doc.text).not.toContain(chrome);
    expect(doc.metadata).toMatchObject({ source: '某某日报', editor: '赵六' });
  });
  it('records what it removed, the run under its rules', () => {
    expect(doc.removed.map((r) => r.rule)).toEqual(expect.arrayContaining(['page-fields', 'story-list', 'disclaimer', 'copyright']));
    expect(doc.removed.some((r) => r.text.includes('航运指数回落,运价承压'))).toBe(true);
  });
  it('removes the head\'s advertisement link (`>>【…】…`) and the weak tool word the gaps left between two widget blocks', () => {
    expect(doc.text.split('\n').slice(0, 2)).toEqual(['某港集装箱吞吐量上涨4.2%创季度新高', '今年一季度,某港完成集装箱吞吐量612万标准箱,同比增长4.2%,创季度新高。']);
    expect(doc.removed).toContainEqual(expect.objectContaining({ rule: 'promo-link', text: '>>【开户有礼】新用户5分钟完成开户 当日即可交易' }));
    expect(doc.removed).toContainEqual(expect.objectContaining({ rule: 'page-widgets', text: '字号 评论\n邮件\n纠错' }));
  });
});

describe('a flattened commentary whose last sentence is followed by its author in brackets, the editors and the share bar', () => {
  const doc = run('flattened-glued-run-byline.txt');
  it('reads the author from the bracketed byline and removes it with the chrome after it', () => {
    expect(doc.metadata).toMatchObject({ author: '张三', source: '某某网' });
    expect(doc.text.endsWith('唯有如此,外贸才能行稳致远。')).toBe(true);
    for (const chrome of ['张三', '责编', '网摘', '分享到', '外贸形势如何研判', '版 权', 'Copyright']) expect(doc.text).not.toContain(chrome);
    expect(doc.removed.map((r) => r.rule)).toEqual(expect.arrayContaining(['author-byline', 'glued-run']));
  });
});

describe('a flattened energy-news page whose text is followed by 点击查看更多…, the site\'s statement, tools, other stories and a teaser', () => {
  const doc = run('flattened-glued-run-promo.txt');
  it('removes all of it as a promo link, a disclaimer and the glued run; the two paragraphs stay', () => {
    expect(doc.text.split('\n').slice(-2)).toEqual(['3月以来,某县全社会用电量持续增长,最高用电负荷达到86万千瓦,创春季新高。', '县供电公司表示,将加强电网运行监测,确保迎峰度夏期间电力供应平稳有序。']);
    expect(doc.removed.map((r) => r.rule)).toEqual(expect.arrayContaining(['promo-link', 'disclaimer', 'glued-run']));
    expect(doc.metadata).toMatchObject({ source: '某县日报', author: '钱七' });
  });
});

describe('negative: a flattened page with chrome words inside its text and words after its last sentence that open no chrome piece', () => {
  const doc = run('flattened-glued-run-negative.txt');
  it('keeps every sentence and the closing words', () => {
    expect(doc.removed.map((r) => r.rule)).toEqual(['page-fields']);
    expect(doc.text).toContain('相关新闻 见本网统计专栏。');
    expect(doc.text).toContain('>>【提示】本季度数据为初步核算数。');
    expect(doc.text.endsWith('全县将继续巩固经济回升向好态势。 数据来自某县统计局季度报表')).toBe(true);
  });
});

describe('a sub-site page dumped one element a line, its site chrome around a short release', () => {
  const doc = run('dump-subsite-chrome-one-per-line.txt');
  it('removes the IPv6 badge, the search label, the site directory with its group headings, the Chinese domain, the hotline and the split visit counter', () => {
    for (const chrome of ['网站支持IPv6', '热门搜索', '网站群', '国家、省统计局网站', '某省统计局', '省内各地市统计局', '中文域名', '举报电话', '你是本站第', '位访客']) {
      expect(doc.text).not.toContain(chrome);
    }
    expect(doc.removed.map((r) => r.rule)).toEqual(expect.arrayContaining(['site-badge', 'related-list', 'site-registration', 'site-contact', 'visit-counter']));
  });
  it('removes the crumbs written one a line with no separator after the bare 当前位置:', () => {
    const crumb = doc.removed.find((r) => r.rule === 'breadcrumb');
    expect(crumb?.text).toBe('当前位置: 首页 > 信息公开 > 统计分析');
    expect(doc.text).not.toContain('统计分析');
  });
  it('keeps the release', () => {
    expect(doc.text).toContain('一季度,全市居民消费价格同比上涨1.2%,其中食品价格上涨2.4%。');
    expect(doc.title).toBe('某市2030年一季度物价运行情况');
  });
});

describe('a notice whose own sentences name a site group, IPv6 support, a visitor and a hotline', () => {
  const doc = run('dump-subsite-chrome-negative.txt');
  it('keeps every line of the notice: the words are inside sentences, and the hotline stands with no site footer', () => {
    for (const kept of ['全区网站群建设纳入本次检查', '网站支持IPv6访问情况', '你是本站第几位访客不作统计', '价格举报电话:0000-12315反映问题', '某区市场监督管理局', '2030年5月6日']) {
      expect(doc.text).toContain(kept);
    }
    expect(doc.removed.map((r) => r.rule)).toEqual(['scraper-header']);
  });
});

describe('bare crumb labels whose lines below are no crumbs', () => {
  const doc = run('dump-bare-crumbs-negative.txt');
  it('makes no breadcrumb without the home crumb first, nor of the home crumb alone over a sentence', () => {
    // the bare label alone goes, as before; no crumb goes with it
    expect(doc.removed.filter((r) => r.rule === 'breadcrumb').map((r) => r.text)).toEqual(['当前位置:']);
    for (const kept of ['信息公开', '通知公告', '东湖公园北门至西堤沿线的滨水步道', '请于3月8日前报区林业局。']) expect(doc.text).toContain(kept);
  });
});

describe('a sub-site page whose top bar links to the governments above it, one a line', () => {
  const doc = run('dump-government-links.txt');
  it('removes the links as one run and keeps the release', () => {
    expect(doc.removed.find((r) => r.rule === 'government-links')?.text).toBe('中国政府网\n某省人民政府\n某市人民政府');
    expect(doc.text.startsWith('某县2031年一季度工业运行情况\n一季度,全县规模以上工业增加值同比增长6.8%。')).toBe(true);
  });
});

describe('a reply that names one government at its top and two in its copy list', () => {
  const doc = run('dump-government-links-negative.txt');
  it('keeps the issuer above the title and the copy list', () => {
    expect(doc.removed.some((r) => r.rule === 'government-links')).toBe(false);
    expect(doc.text.startsWith('某省人民政府\n关于某县撤县设区的批复')).toBe(true);
    expect(doc.text.endsWith('抄送:\n省政府\n市政府')).toBe(true);
  });
});

describe('a scraper header of ASCII keys over a bare rule, then a government page dumped one node a line', () => {
  const doc = run('scraper-header-bare-rule.txt');
  it('removes the header with the page <title> under it (its site suffix set off by spaces) and takes the title, url and site', () => {
    expect(doc.title).toBe('某县2031年一季度财政收支情况');
    expect(doc.metadata).toMatchObject({ url: 'https://czt.example.gov.cn/xwfb/gzdt/203101/t20310130_1000001.html', site: '某省财政厅', pageDate: '2031-04-20 09:15' });
    // the crawler's own date and bookkeeping state nothing kept
    expect(Object.values(doc.metadata)).not.toContain('2032-06-13');
    expect(doc.removed[0]!.rule).toBe('scraper-header');
    for (const chrome of ['SOURCE:', 'FETCHED', 'SHA256', 'PROVINCES', '====', '- 某省财政厅']) expect(doc.text).not.toContain(chrome);
  });
  it('removes the top bar, the welcome banner, the space-parted home path and the leave-site box', () => {
    expect(doc.removed.map((r) => r.rule)).toEqual(['scraper-header', 'government-links', 'top-bar', 'site-welcome', 'home-path', 'page-fields', 'page-widgets', 'site-footer', 'widget-filler', 'leave-site-prompt']);
    expect(doc.removed.find((r) => r.rule === 'leave-site-prompt')?.text).toBe(' 您访问的链接即将离开“某省财政厅”门户网站 是否继续?\n 放弃\n 继续访问');
  });
  it('drops the residue of broken comments (`-->`, `begin-->`, `end-->`) and keeps the sentences they were glued to', () => {
    expect(doc.text).not.toContain('-->');
    expect(doc.text).toBe(' 某县2031年一季度财政收支情况\n一季度,全县一般公共预算收入12.5亿元,同比增长6.1%。\n 其中,税收收入9.8亿元,增长7.2%。');
    expect(doc.metrics.map((m) => m.raw)).toEqual(['12.5亿元', '9.8亿元']);
  });
});

describe('a bare rule under ASCII-keyed fields whose source is a name', () => {
  const doc = run('scraper-header-bare-rule-source.txt');
  it('reads `source:` as the source (no web address), drops the note, and removes the header', () => {
    expect(doc.metadata).toMatchObject({ source: '某市人民政府网站' });
    expect(doc.metadata['url']).toBeUndefined();
    expect(doc.removed.map((r) => r.rule)).toEqual(['scraper-header']);
    expect(doc.text).toBe('某市举行外贸企业座谈会\n3月15日,某市召开外贸企业座谈会,听取企业意见建议。');
  });
});

describe('a bare rule under a sentence', () => {
  const doc = run('scraper-header-bare-rule-negative.txt');
  it('is no header: a rule ends a header only when fields alone stand above it', () => {
    expect(doc.removed).toEqual([]);
    expect(doc.text).toContain('某市召开外贸工作会议。\n==========');
  });
});

describe('a notice whose lines look like a top bar, a leave-site box, a welcome banner and comment residue', () => {
  const doc = run('gov-chrome-negative.txt');
  it('keeps the joint issuers (ministries without a bar), the arrows between words and the sentences', () => {
    for (const kept of ['中华人民共和国财政部\n中华人民共和国海关总署\n关于调整部分商品进口关税的通知', '研发-->生产-->销售的链条保持畅通,网站将跳转到新的办事平台。', '欢迎访问本平台的企业,可以在线提交申请材料,并于3个工作日内获得答复。']) {
      expect(doc.text).toContain(kept);
    }
  });
  it('reads a breadcrumb whose separator is `-->` as a breadcrumb, not as comment residue', () => {
    expect(doc.removed.map((r) => [r.rule, r.text])).toEqual([['breadcrumb', '首页 --> 通知公告 --> 正文']]);
    expect(doc.metadata).toMatchObject({ category: '通知公告' });
  });
});

describe("a content system's article id printed beside a copy of the title (TRS hidden fields)", () => {
  const doc = run('trs-article-id.txt');
  it('removes the id and the copy at the foot, and keeps a bare number beside other lines (a cell)', () => {
    expect(doc.removed.slice(-2).map((r) => [r.rule, r.text])).toEqual([
      ['repeated-title', ' 某市2031年一季度外贸运行情况'],
      ['page-id', ' 7654321'],
    ]);
    for (const id of ['1234567', '7654321']) expect(doc.text).not.toContain(id);
    expect(doc.text).toContain(' 有进出口实绩企业\n 123456\n');
    expect(doc.text.endsWith('其中,出口8.1亿元,增长7.4%。')).toBe(true);
    expect(doc.title).toBe('某市2031年一季度外贸运行情况');
  });
});

describe('a dateline whose visit counter a script left empty', () => {
  it('reads the source before the empty counter and removes the line', () => {
    const doc = run('dateline-source-empty-counter.txt');
    expect(doc.metadata).toMatchObject({ source: '某某日报' });
    expect(doc.removed.map((r) => [r.rule, r.text])).toEqual([['dateline-source', '2031-07-27 10:22 某某日报    次']]);
  });
  it('leaves a line whose count has its number (a schedule row: `集中培训 2次`)', () => {
    const doc = run('dateline-source-empty-counter-negative.txt');
    expect(doc.removed).toEqual([]);
    expect(doc.metadata['source']).toBeUndefined();
    expect(doc.metrics.map((m) => m.raw)).toEqual(['2次']);
  });
});
