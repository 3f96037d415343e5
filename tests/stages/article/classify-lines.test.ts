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
  const ids = new Set(['page-widgets', 'page-fields', 'select-navigation', 'related-reading']);
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
    const unit = fc.constantFrom('来源:海关总署', '作者:张三', '【打印本页】', '关闭窗口', '字号:', '大', '中', '小', '扫一扫', ' ', '|', '全年增长3%。', '海关', '2024-01-05', '某某网 ', '(', ')', '选择地区:', '某省', '>', '>>', '相关解读:', '《某公报》', '解读');
    fc.assert(fc.property(fc.array(fc.string({ unit, maxLength: 4 }), { minLength: 1, maxLength: 8 }), agree), { numRuns: 3000 });
  });

  it('lets every line through for a rule it knows no test for', () => {
    expect(mayMatchAs(new Set(['page-widgets', 'clock']))('全年增长3%。')).toBe(true);
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
