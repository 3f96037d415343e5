// Glued chrome of flattened pages is split off as lines of its own; the text is never cut elsewhere.
import { describe, expect, it } from 'vitest';
import { chromePieces, chromeTail, cutGluedRun, splitAtBlockGaps, splitGluedHead, splitGluedTail, splitTailPieces, staysInGluedRun, unglue } from '../../../src/stages/article/unglue.js';
import { isTailChromeLine } from '../../../src/stages/article/classify-lines.js';

const BODY = '一季度,全县外贸进出口总值12.5亿元,同比增长6.2%。其中,出口8.1亿元,增长7.4%。';

describe('splitGluedHead', () => {
  it('splits a breadcrumb, the title, a dated field and share widgets off the text', () => {
    const line = `当前位置: 首页 > 政务公开 > 统计 某县外贸情况 时间:2023-04-20 09:15 微信 微博 QQ空间 ${BODY}`;
    expect(splitGluedHead(line, '某县外贸情况')).toEqual(['当前位置: 首页 > 政务公开 > 统计', '某县外贸情况', '时间:2023-04-20 09:15', '微信 微博 QQ空间', BODY]);
  });
  it('leaves a line that opens with its text, or with the title alone', () => {
    expect(splitGluedHead(BODY, null)).toBeNull();
    expect(splitGluedHead(`某县外贸情况 ${BODY}`, '某县外贸情况')).toBeNull();
  });
  it('never cuts inside a word: a piece must end at a space', () => {
    expect(splitGluedHead(`微信公众号推送了${BODY}`, null)).toBeNull();
  });
});

describe('splitGluedHead on a page flattened whole', () => {
  it('splits a menu with marks between its items, crumbs without a prefix, the title before a field, and a bracketed widget run holding weak words', () => {
    expect(splitGluedHead(`首页 * 政务公开 * 新闻中心 * 互动交流 首页 > 统计数据 某县统计公报 来源:县统计局 浏览次数: 【字号:大 中 小】 ${BODY}`, null)).toEqual([
      '首页 * 政务公开 * 新闻中心 * 互动交流',
      '首页 > 统计数据',
      '某县统计公报',
      '来源:县统计局',
      '浏览次数:',
      '【字号:大 中 小】',
      BODY,
    ]);
  });
  it('splits bare menu words when a breadcrumb follows them, and a date line led by its site', () => {
    expect(splitGluedHead(`首页 要闻 通知 政策 当前位置:首页>要闻 某县统计公报 www.xxx.gov.cn 2018-04-19 来源:县统计局 ${BODY}`, null)).toEqual([
      '首页 要闻 通知 政策',
      '当前位置:首页>要闻',
      '某县统计公报',
      'www.xxx.gov.cn 2018-04-19 来源:县统计局',
      BODY,
    ]);
  });
  it('splits fields in brackets glued to each other, and takes a bar standing between two fields with the one before it', () => {
    expect(splitGluedHead(`某县统计公报 【发布时间:2020-04-22】【来源:区统计局】 ${BODY}`, null)).toEqual(['某县统计公报', '【发布时间:2020-04-22】', '【来源:区统计局】', BODY]);
    expect(splitGluedHead(`某县统计公报 来源:镇统计站 | 发布时间:2019-07-25 | ${BODY}`, null)).toEqual(['某县统计公报', '来源:镇统计站 |', '发布时间:2019-07-25 |', BODY]);
    // a bracket that holds no field opens the text
    expect(splitGluedHead(`【经济运行】 ${BODY}`, null)).toBeNull();
  });
  it('leaves bare words that no breadcrumb follows, words before a field that read as no title, and a lone title', () => {
    expect(splitGluedHead(`一季度 二季度 三季度 四季度 ${BODY}`, null)).toBeNull();
    expect(splitGluedHead(`全年增长6.5%。 来源:县统计局 ${BODY}`, null)).toBeNull();
    expect(splitGluedHead(`一、总体情况 来源:县统计局 ${BODY}`, null)).toBeNull();
    expect(splitGluedHead(`某县统计公报 ${BODY}`, null)).toBeNull();
  });
});

describe('splitTailPieces', () => {
  const chrome = (s: string): boolean => /^(?:(?:上一篇|下一篇|来源):\S+|【打印】|主办:.*)$/.test(s);
  it('cuts a tail into its chrome pieces: fields and widgets, and the words up to the next piece', () => {
    expect(splitTailPieces('上一篇:关于A 下一篇:关于B 来源:县统计局 【打印】 主办:某县政府 版权所有', chrome)).toEqual([
      '上一篇:关于A',
      '下一篇:关于B',
      '来源:县统计局',
      '【打印】',
      '主办:某县政府 版权所有',
    ]);
  });
  it('gives up when a part is no chrome', () => {
    expect(splitTailPieces('附表 主要指标 【打印】', chrome)).toBeNull();
  });
});

describe('splitGluedTail', () => {
  it('offers what follows the last sentence', () => {
    expect(splitGluedTail(`${BODY} 来源:某县商务局 附件下载`)).toEqual([BODY, '来源:某县商务局 附件下载']);
    expect(splitGluedTail(BODY)).toBeNull();
  });
});

describe('unglue', () => {
  const lines = ['标题', '当前位置: 首页', `${BODY} 来源:某县商务局`];
  it('splits the tail only when the judge calls it chrome', () => {
    expect(unglue(lines, 0, null, () => true)).toEqual(['标题', '当前位置: 首页', BODY, '来源:某县商务局']);
    expect(unglue(lines, 0, null, () => false)).toBe(lines);
  });
});

describe('chromeTail', () => {
  const chrome = (s: string): boolean => /附件下载|^来源:/.test(s);
  it('moves the cut to the download links when the words before them are no chrome', () => {
    const line = `${BODY}某县商务局2023年4月20日附件下载:表.xls`;
    expect(chromeTail(line, splitGluedTail(line)!, chrome)).toEqual([`${BODY}某县商务局2023年4月20日`, '附件下载:表.xls']);
  });
  it('takes an opening bracket and a label of two characters with the links, and leaves a tail that is chrome before them whole', () => {
    const line = `${BODY}共计136家 【附件下载】`;
    expect(chromeTail(line, splitGluedTail(line)!, chrome)).toEqual([`${BODY}共计136家`, '【附件下载】']);
    expect(chromeTail(`${BODY}公告下载链接:表.doc`, [BODY, '公告下载链接:表.doc'], chrome)).toEqual([BODY, '公告下载链接:表.doc']);
    expect(chromeTail(`${BODY} 来源:某县商务局 附件下载`, [BODY, '来源:某县商务局 附件下载'], chrome)).toEqual([BODY, '来源:某县商务局 附件下载']);
  });
});

describe('unglue on a few long lines', () => {
  it('splits the first long line under a short one, and leaves a page whose lines are the body alone', () => {
    const lines = ['首页 | 要闻', `某县统计公报 发布时间:2019-03-20 ${BODY}${BODY}`, BODY];
    expect(unglue(lines, 0, null, () => false)).toEqual(['首页 | 要闻', '某县统计公报', '发布时间:2019-03-20', `${BODY}${BODY}`, BODY]);
    expect(unglue([BODY, BODY], 0, null, () => false)).toEqual([BODY, BODY]);
  });
});


describe('splitAtBlockGaps', () => {
  it('cuts a long line at its runs of 3 spaces or more', () => {
    const line = `某县外贸情况      2023-04-20 09:15 来源:县商务局   【字体:大 中 小】     ${BODY}     ${BODY}`;
    expect(splitAtBlockGaps(line)).toEqual(['某县外贸情况', '2023-04-20 09:15 来源:县商务局', '【字体:大 中 小】', BODY, BODY]);
  });
  it('leaves a short line (a table row aligned by spaces), a line with fewer than 3 blocks, and single spaces alone', () => {
    expect(splitAtBlockGaps('地区     产值(亿元)     增速(%)')).toBeNull();
    expect(splitAtBlockGaps(`${BODY}     ${BODY}`)).toBeNull();
    expect(splitAtBlockGaps(`${BODY} ${BODY} ${BODY}  ${BODY}`)).toBeNull();
  });
});

describe('splitGluedHead: a banner before the breadcrumb', () => {
  it('cuts the site banner standing before `当前位置:` into its clock and its menu (the site words with it), and the heading mark off the title', () => {
    const line = `2024年3月5日 星期二 农历二月廿五 某县政府网 欢迎您 * 首页 * 新闻 当前位置:首页 > 统计 # 某县外贸情况 来源:县商务局 ${BODY}`;
    expect(splitGluedHead(line, null)).toEqual(['2024年3月5日 星期二 农历二月廿五', '某县政府网 欢迎您 * 首页 * 新闻', '当前位置:首页 > 统计', '某县外贸情况', '来源:县商务局', BODY]);
    const plain = `某县政府网 欢迎您 今天 晴 当前位置:首页 > 统计 某县外贸情况 来源:县商务局 ${BODY}`;
    expect(splitGluedHead(plain, null)?.slice(0, 2)).toEqual(['某县政府网 欢迎您 今天 晴', '当前位置:首页 > 统计']);
  });
  it('takes no banner holding a sentence, nor one without a prefixed breadcrumb', () => {
    expect(splitGluedHead(`据报道,某县外贸增长。当前位置:首页 > 统计 ${BODY}`, null)).toBeNull();
    expect(splitGluedHead(`某县政府网 今天 晴 ${BODY}`, null)).toBeNull();
  });
});

describe('chromePieces', () => {
  it('cuts a block made only of chrome pieces into them', () => {
    expect(chromePieces('2016年09月27日 07:02 来源:某办公厅 【字体:大 中 小】')).toEqual(['2016年09月27日 07:02 来源:某办公厅', '【字体:大 中 小】']);
  });
  it('leaves a block holding a sentence, or one piece alone', () => {
    expect(chromePieces('来源:某办公厅 会议强调,要抓好落实。')).toBeNull();
    expect(chromePieces('来源:某办公厅')).toBeNull();
  });
});

describe('splitGluedHead: a field of several names', () => {
  it('takes every name after 作者:/编辑: into the field, so the pieces after it are cut too', () => {
    const line = `某县外贸情况 作者:张三 李四 来源:县商务局 字号:大 中 小 【字号:大 中 小】 打印本页 ${BODY}`;
    expect(splitGluedHead(line, null)).toEqual(['某县外贸情况', '作者:张三 李四', '来源:县商务局', '字号:大 中 小 【字号:大 中 小】 打印本页', BODY]);
  });
  it('stops at a widget word, a field or the text: a name field takes names only', () => {
    expect(splitGluedHead(`某县外贸情况 作者:张三 打印本页 ${BODY}`, null)).toEqual(['某县外贸情况', '作者:张三', '打印本页', BODY]);
    expect(splitGluedHead(`某县外贸情况 来源:县商务局 张三 ${BODY}`, null)).toEqual(["某县外贸情况", "来源:县商务局", `张三 ${BODY}`]);
  });
});

describe('cutGluedRun: chrome glued after the last sentence of a line that is not the page\'s last', () => {
  const run = (lines: string[]) => cutGluedRun(lines, 0, isTailChromeLine);
  it('cuts at the sentence end where a chrome piece opens, its opening pieces each on a line, and marks every line below as chrome', () => {
    const lines = ['某县外贸情况', `${BODY} 本文来源:某县日报 责任编辑:张三 分享到: 相关新闻 某县开通新航线,通达五国 运价承压?`, '关于我们 | 广告服务 | 网站声明'];
    expect(run(lines)).toEqual({
      lines: ['某县外贸情况', BODY, '本文来源:某县日报', '责任编辑:张三', '分享到:', '相关新闻', '某县开通新航线,通达五国 运价承压?', '关于我们 | 广告服务 | 网站声明'],
      chromeFrom: 2,
    });
  });
  it('cuts right after a full stop inside a token, before a bracketed author byline', () => {
    const got = run([`两国合作前景广阔。(张三 某某大学国际关系研究院) (责编:李四) 打印 分享`]);
    expect(got?.lines).toEqual(['两国合作前景广阔。', '(张三 某某大学国际关系研究院)', '(责编:李四)', '打印 分享']);
  });
  it('passes a site\'s disclaimer: a sentence the tail rules call chrome is no prose', () => {
    const got = run([`${BODY}”  (责任编辑:张三) 相关新闻`, '【免责声明】本文仅代表作者本人观点,与本网无关。请读者仅作参考。 联系我们']);
    expect(got?.lines.slice(0, 2)).toEqual([`${BODY}”`, '(责任编辑:张三)']);
    expect(got?.chromeFrom).toBe(1);
  });
  it('cuts nothing when no chrome piece opens after the last sentence: a signature, words of the text, a table row\'s closing bar', () => {
    expect(run([`${BODY} 某县商务局 2024年3月1日`])).toBeNull();
    expect(run([`${BODY} 数据来自县商务局季度报表`])).toBeNull();
    expect(run([`${BODY} |`, '【打印本页】【关闭窗口】'])).toBeNull();
  });
  it('cuts nothing when prose follows the chrome words: the text goes on after them', () => {
    expect(run([`一季度外贸增长。 相关新闻 见本网专栏。 ${BODY}`])).toBeNull();
    expect(run([`一季度外贸增长。 责任编辑:张三`, BODY])).toBeNull();
  });
});

describe('cutGluedRun: the document\'s own lines below its last sentence', () => {
  it('cuts nothing when a line below opens the attachments or a section', () => {
    const glued = `${BODY} 来源:某县商务局`;
    expect(cutGluedRun([glued, '附件:1.某县外贸企业名单', '2.某县进出口统计表'], 0, isTailChromeLine)).toBeNull();
    expect(cutGluedRun([glued, '二、下一步工作安排'], 0, isTailChromeLine)).toBeNull();
    expect(cutGluedRun([glued, '关于我们 | 联系我们'], 0, isTailChromeLine)?.chromeFrom).toBe(1);
  });
});

describe('cutGluedRun: a last prose line that opens a section itself', () => {
  it('is cut all the same', () => {
    expect(cutGluedRun([`二、外贸 ${BODY} 来源:某县商务局 打印本页`], 0, isTailChromeLine)?.lines).toEqual([`二、外贸 ${BODY}`, '来源:某县商务局', '打印本页']);
  });
});

describe('staysInGluedRun', () => {
  it('keeps a signature, a date, a contact line and a row of figures', () => {
    for (const s of ['某某市商务局', '2025年1月10日', '某某市商务局 2025年1月10日', '联系电话:0592-1234567', '进出口总额1200亿元 出口800亿元 进口400亿元']) expect(staysInGluedRun(s), s).toBe(true);
  });
  it('lets a run of headlines and menus go', () => {
    for (const s of ['分享到... 最新评论 热门评论 要闻', '10/29 10:36 油价急弹 「两桶油」回升3.5%-4% 10/28 10:18 石油供过于求 油价跌至数周低位', '60142143478351号']) expect(staysInGluedRun(s), s).toBe(false);
  });
});
