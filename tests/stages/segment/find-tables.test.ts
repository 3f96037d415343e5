// src/stages/segment/find-tables.ts: data tables standing in the running text, outside 专栏 boxes.
import { describe, expect, it } from 'vitest';
import { findTables } from '../../../src/stages/segment/find-tables.js';
import { splitLines } from '../../../src/stages/segment/lines.js';
import { tableRowLines } from '../../../src/stages/segment/parse-table.js';
import { segment } from '../../../src/stages/segment/segment.js';

const tablesOf = (text: string, inBox: (i: number) => boolean = () => false) => {
  const lines = splitLines(text);
  return findTables(text, lines, tableRowLines(text, lines), inBox);
};

const STATS = ['据海关统计,上半年进出口平稳。', '2019年4—6月进出口情况表', '月份 | 进出口(亿元) | 同比(%) |', '4月 | 412.6 | 8.3 |', '5月 | 436.9 | -2.1 |', '注:数据为初步统计数。'].join('\n');

describe('findTables', () => {
  it('finds a run of table rows as one table, its span from the first row to the end of the last', () => {
    const tables = tablesOf(STATS);
    expect(tables).toHaveLength(1);
    expect(tables[0]!.table).toEqual({ header: ['月份', '进出口(亿元)', '同比(%)'], rows: [['4月', '412.6', '8.3'], ['5月', '436.9', '-2.1']] });
    const [start, end] = tables[0]!.span;
    expect(STATS.slice(start, end)).toBe('月份 | 进出口(亿元) | 同比(%) |\n4月 | 412.6 | 8.3 |\n5月 | 436.9 | -2.1 |');
  });

  it('ends a table at a blank line or a line of text, and keeps Markdown tables without their alignment row', () => {
    const text = ['| 地区 | 出口(亿元) |', '| --- | ---: |', '| 广东 | 12 |', '', '| 类别 | 数量(家) |', '| 一般贸易 | 3 |', '正文', 'a | b |'].join('\n');
    expect(tablesOf(text).map((t) => t.table)).toEqual([
      { header: ['地区', '出口(亿元)'], rows: [['广东', '12']] },
      { header: ['类别', '数量(家)'], rows: [['一般贸易', '3']] },
    ]);
  });

  it('starts a table at a header written right under the rows of another (two <table>s one under the other)', () => {
    const text = ['产品 | 产量 | 增长(%) |', '粮食 | 56.7 | 2.3 |', '指标 | 单位 | 绝对数 | 增长(%) |', '出口总额 | 亿元 | 812.3 | 10.2 |'].join('\n');
    expect(tablesOf(text).map((t) => t.table.header)).toEqual([
      ['产品', '产量', '增长(%)'],
      ['指标', '单位', '绝对数', '增长(%)'],
    ]);
    // a row of words in a table of the same width is a row (a category), not a new table
    const rows = ['地区 | 出口 | 增长(%) |', '广东 | 12.5 | 3.1 |', '其中 | 深圳 | 广州 |', '合计 | 20.1 | 2.2 |'].join('\n');
    expect(tablesOf(rows)).toHaveLength(1);
    // nor is a sub-header of merged cells over rows as wide as the table's
    const merged = ['商品 | 金额(亿元) | 同比(%) |', '机电产品 | 812.3 | 10.2 |', '按地区分 | 金额 |', '广东 | 50.1 | 3.1 |'].join('\n');
    expect(tablesOf(merged)).toHaveLength(1);
  });

  it('starts a table at a caption row over a header under rows of numbers, and at a header that restates the first cell of its own', () => {
    // annual reports on information disclosure write their tables in one <table>, each under a caption row
    const captioned = ['第二十条第(一)项 |  |  |  |', '信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |', '规章 | 0 | 0 | 0 |', '第二十条第(八)项 |  |  |  |', '信息内容 | 本年收费金额(单位:万元) |  |  |', '行政事业性收费 | 245.6 |  |  |'].join('\n');
    expect(tablesOf(captioned).map((t) => t.table)).toEqual([
      { header: ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'], rows: [['规章', '0', '0', '0']] },
      { header: ['信息内容', '本年收费金额(单位:万元)', '', ''], rows: [['行政事业性收费', '245.6', '', '']] },
    ]);
    // the same without the caption row: the header restates 信息内容
    expect(tablesOf(captioned.split('\n').filter((l) => !l.startsWith('第二十条')).join('\n'))).toHaveLength(2);
    // a group's label over rows of numbers, or over another label, is a row of its table
    const grouped = ['指标 | 本月 | 累计 |', '工业增加值 | 5.2 | 6.1 |', '二、投资 |  |  |', '固定资产投资 | 3.3 | 4.4 |', '三、消费 |  |  |', '其中 |  |  |', '社会消费品零售总额 | 7.1 | 6.9 |'].join('\n');
    expect(tablesOf(grouped)).toHaveLength(1);
    // a group's label over rows whose cells are no bare numbers (— for no data, values with their units) is a row too
    const dashes = ['指标 | 本月(亿元) | 累计(亿元) |', '进出口总值 | 12.5 | 70.1 |', '二、按贸易方式分 |  |  |', '市场采购 | — | — |', '一般贸易 | 8.2 | 45.3 |'].join('\n');
    expect(tablesOf(dashes)).toHaveLength(1);
    const units = ['项目 | 2030年 | 2031年 |', '一般公共预算支出 | 9800 | 10200 |', '二、民生支出 |  |  |', '教育支出 | 3200万元 | 3500万元 |', '卫生健康支出 | 1800 | 1950 |'].join('\n');
    expect(tablesOf(units)).toHaveLength(1);
    // a title row over a table of the same width with a header of its own opens it
    const titled = ['项目 | 金额(万元) |', '进口 | 1200 |', '表二 主要进口商品 |  |', '商品名称 | 数量(吨) |', '大豆 | 560 |'].join('\n');
    expect(tablesOf(titled).map((t) => t.table.header)).toEqual([
      ['项目', '金额(万元)'],
      ['商品名称', '数量(吨)'],
    ]);
    // a row of words whose first cell is not the header's stays a row
    const words = ['地区 | 出口 | 增长(%) |', '广东 | 12.5 | 3.1 |', '其中 | 深圳 | 广州 |', '合计 | 20.1 | 2.2 |'].join('\n');
    expect(tablesOf(words)).toHaveLength(1);
  });

  it('leaves out the rows of a box and a run too short to be a table', () => {
    expect(tablesOf(STATS, () => true)).toEqual([]);
    expect(tablesOf('月份 | 进出口(亿元) | 同比(%) |\n正文')).toEqual([]);
  });

  it('is what segment reports beside the 专栏 boxes, whose own tables it does not repeat', () => {
    const boxed = ['专栏1 主要指标', '指标 | 2020年 | 2025年 |', '进出口总值(亿元) | 3.2 | 5 |', '', STATS].join('\n');
    const outline = segment(boxed);
    expect(outline.columns).toHaveLength(1);
    expect(outline.tables.map((t) => t.table.header)).toEqual([['月份', '进出口(亿元)', '同比(%)']]);
  });
});
