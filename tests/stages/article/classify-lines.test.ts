import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { classifyLines, forgetClassifiedLines, isTailChromeLine, mayMatchAs, statingMatch, type LineMatch } from '../../../src/stages/article/classify-lines.js';
import { fixtureLines } from './fixture-lines.js';
import { LINE_RULES } from '../../../src/rules/zh/boilerplate.js';

// lineRuleMatch runs a rule only on lines holding its characters (read from its pattern): these
// hold it to running every rule, as the table reads without the tests.
describe('the line rules with their character tests', () => {
  it('match a rule that may open anywhere on a line that opens with no rule\'s character', () => {
    expect(isTailChromeLine('本站版权所有 Copyright 2024')).toBe(true);
    expect(isTailChromeLine('京ICP备17001314号')).toBe(true);
  });

  it('leave a line that holds none of a rule\'s characters', () => {
    expect(isTailChromeLine('本站发布的统计数据')).toBe(false);
  });

  it('read every line as the first rule of the table that matches it', () => {
    const words = [...new Set(LINE_RULES.flatMap((r) => [...r.pattern.source]).filter((c) => /[\p{Script=Han}A-Za-z0-9:()©-]/u.test(c)))];
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...words, ' ', '版权所有', 'ICP备', '上一篇:', '主办单位:', '(某某供稿)'), minLength: 1, maxLength: 8 }), (line) => {
        const s = line.trim();
        if (s.length === 0) return;
        const m = classifyLines([s]).matchAt(0);
        const first = LINE_RULES.find((r) => (r.phrase === undefined || r.phrase.test(s)) && r.pattern.test(s));
        // fields, breadcrumbs and widgets are read before the table; where none is, the table's first match stands
        if (m === null || LINE_RULES.some((r) => r.id === m.rule)) expect(m?.rule ?? null).toBe(first?.id ?? (m === null ? null : m.rule));
      }),
      { numRuns: 2000 },
    );
  });
});

// The blocks cut around an article are read only for what they state (statingMatch): held here to
// what each line's full classification, runs included, states.
describe('what a line states, read alone', () => {
  const stated = (m: LineMatch | null): unknown => (m === null ? [] : m.rule === 'breadcrumb' ? { crumbs: m.crumbs, prefixed: m.prefixed } : m.statements);
  const agree = (lines: readonly string[]): void => {
    const classified = classifyLines(lines);
    for (let i = 0; i < lines.length; i++) expect(stated(statingMatch(lines[i]!)), lines[i]).toEqual(stated(classified.matchAt(i)));
  };

  it('is what the classification states, on the fixtures\' lines', () => {
    const lines = fixtureLines();
    for (let i = 0; i < lines.length; i += 200) agree(lines.slice(i, i + 200));
  });

  it('is what the classification states, on generated pages of fields, crumbs, credits, lists and runs', () => {
    const unit = fc.constantFrom(
      '来源:海关总署', '作者:张三', '(厦门海关 许炯锋供稿)', '(许炯锋 撰稿)', '首页 > 新闻 > 正文', '当前位置:首页>通知', '推荐内容', '相关文章:', '• 社保', '• 离婚',
      '• 五险一金', '大', '中', '小', '顶一下', '(12)', '版权所有', '上一篇:', '全年增长3%。', '海关', ' ', '|', '2024-01-05', '【', '】', '浏览次数:',
    );
    fc.assert(fc.property(fc.array(fc.string({ unit, maxLength: 4 }), { minLength: 1, maxLength: 12 }), agree), { numRuns: 3000 });
  });
});

// The line rules' and statingMatch's readings are remembered per line across pages (lib/line-memo.ts):
// held to a first reading of each line.
describe('lines read again', () => {
  const unit = fc.constantFrom(
    '来源:海关总署', '作者:张三', '(许炯锋 撰稿)', '首页 > 新闻 > 正文', '当前位置:首页>通知', '推荐内容', '• 社保', '大', '中', '小', '版权所有', '上一篇:',
    '全年增长3%。', '海关', ' ', '|', '2024-01-05', '【', '】', '浏览次数:', '打印', '关闭',
  );
  const fresh = <T,>(read: (s: string) => T, s: string): T => {
    forgetClassifiedLines();
    return read(s);
  };

  it('are answered as a first reading answers them, by the line rules and by statingMatch', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit, minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }), (lines) => {
        const firstOwn = lines.map((l) => fresh((s) => classifyLines([s.trim()]).matchAt(0), l));
        const firstStated = lines.map((l) => fresh(statingMatch, l));
        forgetClassifiedLines();
        expect(lines.map((l) => classifyLines([l.trim()]).matchAt(0))).toEqual(firstOwn);
        expect(lines.map((l) => statingMatch(l))).toEqual(firstStated);
        // and once more, every line now answered from what was read
        expect(lines.map((l) => classifyLines([l.trim()]).matchAt(0))).toEqual(firstOwn);
        expect(lines.map((l) => statingMatch(l))).toEqual(firstStated);
      }),
      { numRuns: 500 },
    );
  });

  it('read a breadcrumb opened by 您当前所在(的)位置 as prefixed: its first crumb names no site', () => {
    forgetClassifiedLines();
    for (const line of ['您当前所在的位置:首页>天河动态>部门街道', '您当前所在位置: 首页>政务公开>统计数据', '当前所在位置:首页>通知']) {
      const m = classifyLines([line]).matchAt(0);
      expect(m?.rule, line).toBe('breadcrumb');
      expect(m?.prefixed, line).toBe(true);
    }
  });

  it('give the match read the first time, not a new one', () => {
    forgetClassifiedLines();
    const line = '当前位置:首页>通知公告';
    const first = classifyLines([line]).matchAt(0);
    expect(first?.rule).toBe('breadcrumb');
    expect(classifyLines(['标题', `x${line}`.slice(1)]).matchAt(1)).toBe(first);
    forgetClassifiedLines();
    expect(classifyLines([line]).matchAt(0)).not.toBe(first);
  });
});

// removeInside classifies only the lines that may be widgets or field lines (mayMatchAs): held to
// the full classification, which must never give a line the test refuses one of those rules.
describe('the test for the rules that may go from inside the article', () => {
  const ids = new Set(['page-widgets', 'page-fields', 'select-navigation', 'related-reading', 'page-number', 'jump-line']);
  const may = mayMatchAs(ids);
  const agree = (lines: readonly string[]): void => {
    const classified = classifyLines(lines);
    for (let i = 0; i < lines.length; i++) if (!may(classified.trimmed[i]!)) expect(ids.has(classified.matchAt(i)?.rule ?? ''), lines[i]).toBe(false);
  };

  it('refuses no widget or field line of the fixtures, and refuses most lines', () => {
    const lines = fixtureLines();
    for (let i = 0; i < lines.length; i += 200) agree(lines.slice(i, i + 200));
    expect(lines.filter((s) => !may(s.trim())).length).toBeGreaterThan(lines.length / 2);
  });

  it('refuses no generated widget or field line', () => {
    const unit = fc.constantFrom('来源:海关总署', '作者:张三', '【打印本页】', '关闭窗口', '字号:', '大', '中', '小', '扫一扫', ' ', '|', '全年增长3%。', '海关', '2024-01-05', '某某网 ', '(', ')', '选择地区:', '某省', '>', '>>', '相关解读:', '《某公报》', '解读', '第', '共', '页', '— ', '12', '下转', 'A3', '版');
    fc.assert(fc.property(fc.array(fc.string({ unit, maxLength: 4 }), { minLength: 1, maxLength: 8 }), agree), { numRuns: 3000 });
  });

  it('lets every line through for a rule it knows no test for', () => {
    // a run's rule: no line rule's row, so no characters to test by
    expect(mayMatchAs(new Set(['page-widgets', 'story-list']))('全年增长3%。')).toBe(true);
  });

  it("tests a rule some row of which names no phrase by its rows' characters", () => {
    const pageNumber = mayMatchAs(new Set(['page-number']));
    expect(pageNumber('全年增长3%。')).toBe(false);
    expect(pageNumber('第 4 页 共 10 页')).toBe(true);
    expect(pageNumber('— 1 —')).toBe(true);
  });

  it('tests a rule whose rows all name a phrase by the phrase', () => {
    const select = mayMatchAs(new Set(['select-navigation']));
    expect(select('全年增长3%。')).toBe(false);
    expect(select('选择地区:某省>>')).toBe(true);
  });
});

describe('the tail rows for a flattened page\'s end: a bracketed author byline and a link to more stories', () => {
  const match = (s: string): LineMatch | null => classifyLines([s]).matchAt(0);
  it('reads `(name organisation)` as the author\'s byline, stating the author', () => {
    const m = match('(张三 某某大学国际关系研究院)');
    expect(m?.rule).toBe('author-byline');
    expect(m?.statements).toContainEqual(expect.objectContaining({ key: 'author', value: '张三' }));
  });
  it('takes no bracket whose second word is short or no organisation\'s (`(海关总署 办公厅)`, `(张三 摄)`, `(记者 李四)`)', () => {
    for (const s of ['(海关总署 办公厅)', '(张三 摄)', '(记者 李四)', '(张三 李四 王五)']) expect(match(s)?.rule ?? null, s).not.toBe('author-byline');
  });
  it('reads 点击查看更多… as a promo link, with or without arrows after it; a sentence saying it is none', () => {
    for (const s of ['点击查看更多精彩能源资讯', '点击查看更多>>', '点击阅读更多']) expect(match(s)?.rule, s).toBe('promo-link');
    expect(match('点击查看更多信息,请访问本局网站。')?.rule ?? null).not.toBe('promo-link');
  });
});

describe('the reviewer’s shapes against int’s new rules (each line matched the rule before the fix)', () => {
  const rule = (id: string) => (s: string) => LINE_RULES.some((r) => r.id === id && r.pattern.test(s));
  it('support-appeal wants a plea or a subscriber’s word beside a link, not 订阅 and a link', () => {
    const appeal = rule('support-appeal');
    for (const s of ['成为付费会员,支持独立新闻', '請加入成為某某新聞的月費訂戶,長期支持我們的工作。', '月費訂戶 網址:example.com/aboutus/#subscribe', '欢迎成为我们的订户']) expect(appeal(s), s).toBe(true);
    for (const s of ['欢迎各单位订阅,订阅网址:www.example.com/subscribe', '某平台付费会员数突破1亿,成为行业第一。']) expect(appeal(s), s).toBe(false);
  });
  it('promo-link takes no clause with commas', () => {
    expect(rule('promo-link')('>>【开户有礼】新用户5分钟完成开户 当日即可交易')).toBe(true);
    expect(rule('promo-link')('> 【导读】自2025年1月1日起,我国对935项商品实施低于最惠国税率的进口暂定税率,平均税率为4.8%')).toBe(false);
  });
  it('author-byline takes no organisation or column word as the author', () => {
    expect(rule('author-byline')('(张三 某某大学国际关系学院)')).toBe(true);
    for (const s of ['(厦门海关 综合业务处)', '(政策解读 某某市人民政府办公室)']) expect(rule('author-byline')(s), s).toBe(false);
  });
  it('the disclaimer: the risk warning opening its line, 授权 only of copying', () => {
    const disclaimer = rule('disclaimer');
    for (const s of ['风险提示:市场有风险,投资需谨慎。本文所提供内容仅供参考,不构成投资建议。', '版权声明:未经某某书面授权许可,任何机构和个人不得以任何形式复制、引用本文内容和观点。']) expect(disclaimer(s), s).toBe(true);
    for (const s of ['证监局提醒广大投资者,市场有风险,投资需谨慎,切勿轻信高收益承诺。', '声明:本企业授权上述人员办理报关手续,并对其行为承担法律责任。']) expect(disclaimer(s), s).toBe(false);
  });
  it('dateline-source reads no weekday, half-day or time zone', () => {
    expect(rule('dateline-source')('2024-08-08 06:33 新华社')).toBe(true);
    for (const s of ['2024-01-15 09:30 星期一', '01-15 09:30 周三', '2024-01-15 09:30 PM', '2024-01-15 09:30 CST']) expect(rule('dateline-source')(s), s).toBe(false);
  });
});

// isTailChromeLine reads one line as a page of that line alone would read it, without building one.
describe('one line alone', () => {
  const asPage = (s: string): boolean => {
    const m = classifyLines([s]).matchAt(0);
    return m !== null && (m.zone === 'tail' || m.zone === 'edge');
  };

  it('is read as a page of that one line reads it (the fixtures\' lines, and their halves)', () => {
    for (const line of fixtureLines()) {
      for (const s of [line, line.slice(0, line.length >> 1), line.slice(line.length >> 1)]) expect(isTailChromeLine(s), s).toBe(asPage(s));
    }
  });

  it('takes a run of one line it opens unless a rule of its own explains it', () => {
    for (const s of ['相关新闻', '• 相关阅读', '上一篇:某某', '推荐阅读:', '  相关文章  ']) expect(isTailChromeLine(s), s).toBe(asPage(s));
  });
});
