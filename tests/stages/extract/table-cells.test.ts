// src/stages/extract/table-cells.ts: 专栏 table cells as metrics.
import { describe, expect, it } from 'vitest';
import { headerPeriod, readCell, readIndicator } from '../../../src/stages/extract/table-cells.js';
import type { Column } from '../../../src/schema/records.js';
import { extract } from './extract-helpers.js';
import { extractDocument } from '../../../src/index.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { processDocument } from '../../../src/pipeline.js';
import { FIXTURES } from '../../helpers.js';

const TEXT = [
  '专栏1 “十四五”海关发展主要指标 | ||||',
  '指标 | 2020年 | 2025年 | 年均 | 属性 |',
  '1.“一带一路”海关国际合作机制(个) | 53 | >90 | — | 预期性 |',
  '3.进口食品监督抽检合格率(%) | 98 | >99 | — | 预期性 |',
  '4.国际卫生港口岸创建数量(个) | — | 35 | 7 | 预期性 |',
  '6.AEO互认国家(地区)数量(个) | 42 | ≥60 | — | 预期性 |',
  '三、坚决维护国家安全',
].join('\n');

const column: Column = {
  id: 'c1',
  number: 1,
  title: '“十四五”海关发展主要指标',
  section: null,
  items: [],
  table: {
    header: ['指标', '2020年', '2025年', '年均', '属性'],
    rows: [
      ['1.“一带一路”海关国际合作机制(个)', '53', '>90', '—', '预期性'],
      ['3.进口食品监督抽检合格率(%)', '98', '>99', '—', '预期性'],
      ['4.国际卫生港口岸创建数量(个)', '—', '35', '7', '预期性'],
      ['6.AEO互认国家(地区)数量(个)', '42', '≥60', '—', '预期性'],
    ],
  },
  span: [0, TEXT.indexOf('三、')],
};

describe('table cells', () => {
  it('makes a metric of every numeric cell, with label, unit, qualifier, period, column and span', () => {
    const ms = extract(TEXT, {}, { columns: [column] });
    expect(ms.map((m) => [m.raw, m.value, m.unit, m.qualifier, m.period, m.label])).toEqual([
      ['53', 53, '个', 'exact', '2020', '“一带一路”海关国际合作机制'],
      ['>90', 90, '个', 'atLeast', '2025', '“一带一路”海关国际合作机制'],
      ['98', 98, '%', 'exact', '2020', '进口食品监督抽检合格率'],
      ['>99', 99, '%', 'atLeast', '2025', '进口食品监督抽检合格率'],
      ['35', 35, '个', 'exact', '2025', '国际卫生港口岸创建数量'],
      ['7', 7, '个', 'exact', '年均', '国际卫生港口岸创建数量'],
      ['42', 42, '个', 'exact', '2020', 'AEO互认国家(地区)数量'],
      ['≥60', 60, '个', 'atLeast', '2025', 'AEO互认国家(地区)数量'],
    ]);
    for (const m of ms) {
      expect(TEXT.slice(m.span[0], m.span[1])).toBe(m.raw);
      expect(m.column).toBe('c1');
    }
  });

  it('finds nothing in the table lines without the column (no bare numbers from running text)', () => {
    expect(extract(TEXT)).toEqual([]);
  });

  it('reads cells, indicators and headers', () => {
    expect(readCell('—', '')).toBeNull();
    expect(readCell('预期性', '')).toBeNull();
    expect(readCell('≥60', '')).toEqual({ value: 60, qualifier: 'atLeast', unit: null });
    expect(readCell('95%以上', '')).toEqual({ value: 95, qualifier: 'atLeast', unit: '%' });
    expect(readCell('2.5', '亿')).toEqual({ value: 250000000, qualifier: 'exact', unit: null });
    expect(readIndicator('2.进出口总值(亿元)')).toEqual({ label: '进出口总值', unit: '元', magnitude: '亿' });
    // the unit's label inside the brackets is no part of the unit
    expect(readIndicator('本年收费金额(单位:万元)')).toEqual({ label: '本年收费金额', unit: '元', magnitude: '万' });
    expect(readIndicator('收费金额(单位万元)')).toEqual({ label: '收费金额', unit: '元', magnitude: '万' });
    expect(readIndicator('单位(个)')).toEqual({ label: '单位', unit: '个', magnitude: '' });
    expect(readIndicator('与境外“单一窗口”互联互通国家(地区)数量(个)').label).toBe('与境外“单一窗口”互联互通国家(地区)数量');
    // a spread-out word (SPREAD_CELL) loses its spaces; words apart, or more than four characters apart, keep them
    expect(readIndicator('合    计').label).toBe('合计');
    expect(readIndicator('粮食 棉花').label).toBe('粮食 棉花');
    expect(readIndicator('甲 乙 丙 丁 戊').label).toBe('甲 乙 丙 丁 戊');
    expect(headerPeriod('2025年')).toBe('2025');
    expect(headerPeriod('2021—2025年')).toBe('2021-2025');
    expect(headerPeriod('年均')).toBe('年均');
  });
});

describe('table cells with a unit column or units written in the cells', () => {
  const text = ['专栏2 主要指标 |', '指标 | 单位 | 2020年 | 2025年 |', '1.进出口总值 | 亿元 | 3.2 | 约5 |', '2.跨境电商规模 | — | 1.2万亿元 | 2.5万亿元左右 |', '正文'].join('\n');
  const col: Column = {
    id: 'c2',
    number: 2,
    title: '主要指标',
    section: null,
    items: [],
    table: {
      header: ['指标', '单位', '2020年', '2025年'],
      rows: [
        ['1.进出口总值', '亿元', '3.2', '约5'],
        ['2.跨境电商规模', '—', '1.2万亿元', '2.5万亿元左右'],
      ],
    },
    span: [0, text.indexOf('正文')],
  };

  it('takes the unit (and its magnitude) from the 单位 column, or from the cell itself', () => {
    const ms = extract(text, {}, { columns: [col] });
    expect(ms.map((m) => [m.raw, m.value, m.unit, m.qualifier, m.period, m.label])).toEqual([
      ['3.2', 320000000, '元', 'exact', '2020', '进出口总值'],
      ['约5', 500000000, '元', 'approx', '2025', '进出口总值'],
      ['1.2万亿元', 1.2e12, '元', 'exact', '2020', '跨境电商规模'],
      ['2.5万亿元左右', 2.5e12, '元', 'approx', '2025', '跨境电商规模'],
    ]);
  });
});

describe('data tables with their indicators in the header (statistics tables)', () => {
  const text = [
    '月份 | 进出口(亿元) | 同比(%) | 出口(亿元) | 同比(%) |',
    '4月 | 412.6 | 8.3 | 258.1 | 0 |',
    '1—6月 | 2318.5 | -2.1 | 1452.7 | — |',
    '地区 | 企业数量(家) | 比上年增长(%) |',
    '广东 | 9586 | 6.8 |',
  ].join('\n');
  const monthly = { span: [0, text.indexOf('\n地区')] as [number, number], table: { header: ['月份', '进出口(亿元)', '同比(%)', '出口(亿元)', '同比(%)'], rows: [['4月', '412.6', '8.3', '258.1', '0'], ['1—6月', '2318.5', '-2.1', '1452.7', '—']] } };
  const regional = { span: [text.indexOf('地区'), text.length] as [number, number], table: { header: ['地区', '企业数量(家)', '比上年增长(%)'], rows: [['广东', '9586', '6.8']] } };

  it('labels and unitises each value by its column, and reads a change column as the change of the value before it', () => {
    const ms = extract(text, {}, { tables: [monthly, regional] });
    expect(ms.map((m) => [m.raw, m.value, m.unit, m.label, m.period, m.column, m.change && [m.change.direction, m.change.value, m.change.unit, m.change.basis, m.change.raw]])).toEqual([
      ['412.6', 41260000000, '元', '进出口', '4月', null, ['up', 8.3, '%', 'yoy', '8.3']],
      // a change of 0 is no change, and a — is none
      ['258.1', 25810000000, '元', '出口', '4月', null, null],
      ['2318.5', 231850000000, '元', '进出口', '1—6月', null, ['down', 2.1, '%', 'yoy', '-2.1']],
      ['1452.7', 145270000000, '元', '出口', '1—6月', null, null],
      // a row label that is no period is part of the label
      ['9586', 9586, '家', '广东企业数量', null, null, ['up', 6.8, '%', 'yoy', '6.8']],
    ]);
    for (const m of ms) expect(text.slice(m.span[0], m.span[1])).toBe(m.raw);
  });

  it('keeps reading a table whose indicators are in its rows the way 专栏 tables are read', () => {
    const rows = { span: [0, TEXT.indexOf('三、')] as [number, number], table: column.table! };
    const ms = extract(TEXT, {}, { tables: [rows] });
    expect(ms.map((m) => [m.raw, m.period, m.label, m.column])[0]).toEqual(['53', '2020', '“一带一路”海关国际合作机制', null]);
    expect(ms).toHaveLength(8);
  });

  it('reads a data table cell only with a unit the unit tables know, and no number or dash as a period', () => {
    const notUnits = ['| | metrics P | R |', '| first run (unseen) | 0.175 | 0.656 |'].join('\n');
    expect(extract(notUnits, {}, { tables: [{ span: [0, notUnits.length], table: { header: ['', 'metrics P', 'R'], rows: [['first run (unseen)', '0.175', '0.656']] } }] })).toEqual([]);
    // a table whose first row is data: that row is taken for the header, and its numbers are no periods
    const headless = ['4.进口整体通关时间(小时) | 39 | <21 | — |', '1.智慧口岸覆盖率(%) | — | 60 | 65 |'].join('\n');
    const ms = extract(headless, {}, { tables: [{ span: [0, headless.length], table: { header: ['4.进口整体通关时间(小时)', '39', '<21', '—'], rows: [['1.智慧口岸覆盖率(%)', '—', '60', '65']] } }] });
    expect(ms.map((m) => [m.raw, m.unit, m.period])).toEqual([
      ['60', '%', null],
      ['65', '%', null],
    ]);
  });
});

describe('tables as statistics pages lay them out (read through the whole stage)', () => {
  const metricsOf = (text: string) =>
    extractDocument(text, { path: 'table.txt', format: 'text' }).metrics.map((m) => [m.raw, m.value, m.unit, m.label, m.period, m.column, m.change && `${m.change.direction} ${m.change.value}`]);

  it('reads a unit with its material or as a rate (万吨标准煤, 立方米/日, 人次/日), not a rank (位次, 名次) nor a word opening with a unit', () => {
    const text = '地区 | 能源消费量(万吨标准煤) | 供水能力(万立方米/日) | 通关量(人次/日) | 排名(位次) | 全国(名次) |\n甲区 | 120.5 | 35.2 | 1200 | 3 | 7 |\n';
    expect(metricsOf(text).map((m) => [m[0], m[1], m[2]])).toEqual([
      ['120.5', 1205000, '吨标准煤'],
      ['35.2', 352000, '立方米/日'],
      ['1200', 1200, '人次/日'],
    ]);
    // a row label's bracket that opens with a unit's character is the row's scope: the table's unit holds
    const scoped = '单位:亿元\n项目 | 金额 |\n外商投资企业(台港澳) | 33.2 |\n个人所得税(个人) | 8.6 |\n';
    expect(metricsOf(scoped).map((m) => [m[1], m[2], m[3]])).toEqual([
      [3.32e9, '元', '外商投资企业(台港澳)金额'],
      [8.6e8, '元', '个人所得税(个人)金额'],
    ]);
  });

  it('takes a header year with a unit (2020年(亿元)) as its column\'s period and unit, in a 专栏 and outside one', () => {
    expect(metricsOf('专栏1 主要指标 |\n指标 | 2020年(亿元) | 2025年(亿元) |\n进出口总额 | 1200 | 1500 |\n')).toEqual([
      ['1200', 1.2e11, '元', '进出口总额', '2020', 'c1', null],
      ['1500', 1.5e11, '元', '进出口总额', '2025', 'c1', null],
    ]);
    expect(metricsOf('正文。\n地区 | 2022年(亿元) | 2023年(亿元) | 增长(%) |\n广东 | 1200 | 1500 | 3.2 |\n江苏 | 900 | 950 | -1.1 |\n')).toEqual([
      ['1200', 1.2e11, '元', '广东', '2022', null, null],
      ['1500', 1.5e11, '元', '广东', '2023', null, 'up 3.2'],
      ['900', 9e10, '元', '江苏', '2022', null, null],
      ['950', 9.5e10, '元', '江苏', '2023', null, 'down 1.1'],
    ]);
  });

  it('takes a column\'s own unit before the row\'s 单位, and no header that is no period as a period', () => {
    expect(metricsOf('正文。\n商品 | 单位 | 数量 | 金额(万元) |\n大豆 | 吨 | 100 | 200 |\n')).toEqual([
      ['100', 100, '吨', '大豆数量', null, null, null],
      ['200', 2e6, '元', '大豆金额', null, null, null],
    ]);
  });

  it('labels rows by their label columns, not by a column that numbers them, and reads years and months as periods', () => {
    expect(metricsOf('正文。\n序号 | 商品名称 | 数量(吨) | 金额(万元) |\n1 | 大豆 | 100 | 200 |\n').map((m) => m[3])).toEqual(['大豆数量', '大豆金额']);
    expect(metricsOf('正文。\n年份 | 进出口(亿元) | 增长(%) |\n2021 | 39.1 | 21.4 |\n').map((m) => [m[3], m[4], m[6]])).toEqual([['进出口', '2021', 'up 21.4']]);
    expect(metricsOf('正文。\n月份 | 进出口(亿元) |\n2023年4月 | 412.6 |\n2023年1-5月 | 2318.5 |\n一月 | 100 |\n').map((m) => m[4])).toEqual(['2023年4月', '2023年1-5月', '一月']);
  });

  it('reads a table with a 单位 column and change columns by rows, each change the change of the value before it', () => {
    const text = '正文。\n指标 | 单位 | 本月 | 同比增长(%) | 累计 | 比上年增长(%) |\n规模以上工业增加值 | 亿元 | 3.2 | 5.1 | 18.7 | -0.6 |\n进出口总额 | 万美元 | 1520 | — | 8800 | 0 |\n';
    expect(metricsOf(text)).toEqual([
      ['3.2', 3.2e8, '元', '规模以上工业增加值本月', null, null, 'up 5.1'],
      ['18.7', 1.87e9, '元', '规模以上工业增加值累计', null, null, 'down 0.6'],
      ['1520', 1.52e7, '美元', '进出口总额本月', null, null, null],
      ['8800', 8.8e7, '美元', '进出口总额累计', null, null, null],
    ]);
  });

  it('reads a header of two rows: each lower cell under the upper cell that spans it, the lower row under the last columns', () => {
    const text = '正文。\n指标 | 单位 | 3月 |  | 1-3月 |  |\n绝对值 | 增长(%) | 绝对值 | 增长(%) |\n地区生产总值 | 亿元 |  |  | 310.6 | 4.9 |\n一般公共预算收入 | 亿元 | 2.15 | -3.4 | 9.80 | 1.2 |\n';
    expect(metricsOf(text)).toEqual([
      ['310.6', 3.106e10, '元', '地区生产总值', '1-3月', null, 'up 4.9'],
      ['2.15', 2.15e8, '元', '一般公共预算收入', '3月', null, 'down 3.4'],
      ['9.80', 9.8e8, '元', '一般公共预算收入', '1-3月', null, 'up 1.2'],
    ]);
  });

  it('takes the unit a table states above it or at the end of its caption for cells that have none', () => {
    const rows = '项目 | 2022年决算数 | 2023年预算数 | 增长(%) |\n一般公共预算收入 | 125000 | 131000 | 4.8 |\n';
    expect(metricsOf(`正文。\n单位:万元\n${rows}`)).toEqual([
      ['125000', 1.25e9, '元', '一般公共预算收入', '2022', null, null],
      ['131000', 1.31e9, '元', '一般公共预算收入', '2023', null, 'up 4.8'],
    ]);
    expect(metricsOf(`正文。\n表1 收入情况 金额单位:亿元\n${rows}`).map((m) => m[1])).toEqual([1.25e13, 1.31e13]);
    // the rates' unit after the values' (`单位:亿元、%`)
    expect(metricsOf(`正文。\n单位:亿元、%\n${rows}`).map((m) => [m[1], m[6]])).toEqual([[1.25e13, null], [1.31e13, 'up 4.8']]);
    // in a caption row of the table itself, under its title row
    expect(metricsOf(`正文。\n收入情况 | | | |\n单位:亿元 | | | |\n${rows}`).map((m) => m[1])).toEqual([1.25e13, 1.31e13]);
    // a column's own unit comes first
    expect(metricsOf('正文。\n单位:万元\n项目 | 数量(吨) | 金额 |\n大豆 | 100 | 200 |\n').map((m) => [m[1], m[2]])).toEqual([[100, '吨'], [2e6, '元']]);
    // the currency in words, after the unit or before the magnitude, as customs statistics tables write it
    for (const note of ['单位:亿元人民币', '单位:人民币亿元', '单位:亿元(人民币)'])
      expect(metricsOf(`正文。\n${note}\n${rows}`).map((m) => [m[1], m[2]])).toEqual([[1.25e13, '元'], [1.31e13, '元']]);
  });

  it('keeps a row label\'s bracket that names no unit (a scope: `辽宁省(不含大连市)`) in the label, under the stated unit', () => {
    const rows = '地区 | 2024年预算数 | 2024年决算数 |\n辽宁省 | 2847.10 | 3073.60 |\n辽宁省(不含大连市) | 2685.22 | 2893.23 |\n出口额(万美元) | 12 | 13 |\n';
    expect(metricsOf(`正文。\n单位:亿元\n${rows}`).map((m) => [m[0], m[1], m[2], m[3]])).toEqual([
      ['2847.10', 2.8471e11, '元', '辽宁省'],
      ['3073.60', 3.0736e11, '元', '辽宁省'],
      ['2685.22', 2.68522e11, '元', '辽宁省(不含大连市)'],
      ['2893.23', 2.89323e11, '元', '辽宁省(不含大连市)'],
      // a bracket that is a unit is the row's own, before the table's
      ['12', 1.2e5, '美元', '出口额'],
      ['13', 1.3e5, '美元', '出口额'],
    ]);
  });

  it('takes no unit from a line further above, or from a sentence', () => {
    const rows = '项目 | 2022年 | 2023年 |\n收入 | 125 | 131 |\n';
    expect(metricsOf(`单位:万元\n说明一。\n说明二。\n说明三。\n${rows}`)).toEqual([]);
    expect(metricsOf(`各单位:万元以下的项目不列入。\n${rows}`)).toEqual([]);
    // nor a currency alone, with no unit after it
    expect(metricsOf(`单位:人民币\n${rows}`)).toEqual([]);
  });

  it('reads rows under a group label that spans them: the indicator before the 单位 column, a short row under the last columns', () => {
    const text = '正文。\n类别 | 序号 | 指标 | 单位 | 数值 | 增长(%) |\n工业 | 1 | 规上工业增加值 | 亿元 | 56.2 | 6.5 |\n2 | 工业用电量 | 万千瓦时 | 3200 | -2.1 |\n';
    expect(metricsOf(text)).toEqual([
      ['56.2', 5.62e9, '元', '规上工业增加值', null, null, 'up 6.5'],
      ['3200', 3.2e7, '千瓦时', '工业用电量', null, null, 'down 2.1'],
    ]);
    // a short row that does not end in a number keeps its cells where they are
    const notes = '正文。\n指标 | 单位 | 2022年 | 2023年 | 备注 |\n产值 | 亿元 | 5 | 6 | 预计 |\n利润 | 亿元 | 2 | 初步 |\n';
    expect(metricsOf(notes).map((m) => [m[0], m[4]])).toEqual([['5', '2022'], ['6', '2023'], ['2', '2022']]);
  });

  it('reads a value cell with a minus sign as a negative value (a loss), and a lone dash as no value', () => {
    expect(metricsOf('正文。\n企业 | 营业收入(亿元) | 利润总额(亿元) |\n甲公司 | 12.5 | -1.5 |\n乙公司 | 8.0 | - |\n').map((m) => [m[0], m[1]])).toEqual([
      ['12.5', 1.25e9],
      ['-1.5', -1.5e8],
      ['8.0', 8e8],
    ]);
  });

  it('reads a header with an empty corner cell, and a row with an empty first cell, column for column', () => {
    const text = '正文。\n| 2022年(亿元) | 2023年(亿元) | 增长(%) |\n地区生产总值 | 120.5 | 130.2 | 8.0 |\n| 10.1 | 11.3 | 11.9 |\n';
    expect(metricsOf(text)).toEqual([
      ['120.5', 1.205e10, '元', '地区生产总值', '2022', null, null],
      ['130.2', 1.302e10, '元', '地区生产总值', '2023', null, 'up 8'],
      ['10.1', 1.01e9, '元', null, '2022', null, null],
      ['11.3', 1.13e9, '元', null, '2023', null, 'up 11.9'],
    ]);
  });

  it('reads a header that ends with a change word as a change column, its % written without brackets', () => {
    const text = '正文。\n指标名称 | 计量单位 | 本月 | 本月止累计 | 累计比上年同期增长% |\n规模以上工业增加值 | 亿元 | 12.3 | 80.5 | -6.5 |\n';
    expect(metricsOf(text)).toEqual([
      ['12.3', 1.23e9, '元', '规模以上工业增加值本月', null, null, null],
      ['80.5', 8.05e9, '元', '规模以上工业增加值本月止累计', null, null, 'down 6.5'],
    ]);
    expect(metricsOf('正文。\n产品名称 | 计量单位 | 产量 | 较上年±% |\n饮料酒 | 千升 | 15767 | 18.64 |\n').map((m) => [m[0], m[2], m[6]])).toEqual([['15767', '升', 'up 18.64']]);
    // a rate is a value, not a change: 自然增长率 ends with 率
    expect(metricsOf('正文。\n地区 | 人口(万人) | 自然增长率(‰) |\n甲县 | 50 | 3.2 |\n').map((m) => [m[0], m[2], m[6]])).toEqual([
      ['50', '人', null],
      ['3.2', '‰', null],
    ]);
  });

  it('reads a change cell whose value cell is a dash or missing as a change of its own, labelled by its row', () => {
    const changes = (text: string) => extractDocument(text, { path: 'table.txt', format: 'text' }).metrics.map((m) => [m.raw, m.kind, m.value, m.unit, m.direction, m.basis, m.label]);
    expect(changes('正文。\n指标 | 单位 | 1-10月 | 同比增长(%) |\n固定资产投资 | 亿元 | — | -3.4 |\n社会消费品零售总额 | 亿元 | 789.1 | 4.5 |\n')).toEqual([
      ['-3.4', 'change', 3.4, '%', 'down', 'yoy', '固定资产投资'],
      ['789.1', 'quantity', 7.891e10, '元', null, null, '社会消费品零售总额'],
    ]);
    // a dash or 0 in the change column is no change either way
    expect(changes('正文。\n指标 | 单位 | 1-10月 | 同比增长(%) |\n固定资产投资 | 亿元 | — | — |\n进出口 | 亿元 | — | 0 |\n')).toEqual([]);
  });

  it('gives a change column whose header names a value column (进出口同比(%)) to that column, else to the value before it', () => {
    const text = '正文。\n单位:万元\n国别 | 进出口 | 出口 | 进口 | 进出口同比(%) |\n东盟 | 5678901 | 3456789 | 2222112 | 8.9 |\n';
    expect(metricsOf(text).map((m) => [m[0], m[3], m[6]])).toEqual([
      ['5678901', '东盟进出口', 'up 8.9'],
      ['3456789', '东盟出口', null],
      ['2222112', '东盟进口', null],
    ]);
    const unnamed = '正文。\n单位:万元\n国别 | 进出口 | 出口 | 同比(%) |\n东盟 | 5678901 | 3456789 | 8.9 |\n';
    expect(metricsOf(unnamed).map((m) => [m[0], m[6]])).toEqual([
      ['5678901', null],
      ['3456789', 'up 8.9'],
    ]);
  });

  it('reads a table written one cell a line: a value under a change header (增长%) is no quantity of the row\'s unit', () => {
    const text = '某县主要经济指标\n指标名称\n计量单位\n本月\n累计\n增长%\n地区生产总值\n亿元\n12.3\n80.5\n6.5\n全县经济运行平稳。';
    expect(metricsOf(text).map((m) => [m[0], m[1], m[2]])).toEqual([
      ['12.3', 1.23e9, '元'],
      ['80.5', 8.05e9, '元'],
    ]);
    // without a 单位 header cell above, the value keeps its unit cell as before
    expect(metricsOf('正文。\n地区生产总值\n亿元\n12.3\n80.5\n6.5\n').map((m) => m[0])).toEqual(['12.3', '80.5', '6.5']);
  });

  it('reads a row with more cells than its header without failing', () => {
    expect(metricsOf('正文。\n项目 | 数量 |\n查获毒品 | 320公斤 | 12起 |\n').map((m) => m[0])).toEqual(['320公斤', '12起']);
  });

  it('gives a spanning upper header cell\'s unit to the columns under it, and reads a spanning change cell (增长(%)) as the change of the column it names', () => {
    const text = '正文。\n地区 | 总量(亿元) |  | 增长(%) |  |\n生产 总值 | 第一 产业 | 生产 总值 | 第一 产业 |\n甲县 | 820.50 | 96.12 | 5.1 | -2.3 |\n';
    expect(metricsOf(text)).toEqual([
      ['820.50', 8.205e10, '元', '甲县生产总值', null, null, 'up 5.1'],
      ['96.12', 9.612e9, '元', '甲县第一产业', null, null, 'down 2.3'],
    ]);
    // an upper year with the unit over 本月 | 累计, and 增长(%) over the same: each change to the column it names
    expect(metricsOf('正文。\n指标 | 2023年(亿元) |  | 增长(%) |  |\n本月 | 累计 | 本月 | 累计 |\n进出口 | 12.5 | 80.1 | 3.2 | -1.0 |\n')).toEqual([
      ['12.5', 1.25e9, '元', '进出口本月', '2023', null, 'up 3.2'],
      ['80.1', 8.01e9, '元', '进出口累计', '2023', null, 'down 1'],
    ]);
    // an upper cell without a unit, or with parentheses that name none, gives none
    expect(metricsOf(text.replace('总量(亿元)', '总量'))).toEqual([]);
    expect(metricsOf(text.replace('总量(亿元)', '总量(初步核算)'))).toEqual([]);
  });
});

describe('statistics tables whose upper header cells span the lower ones (HTML colspan)', () => {
  const run = (name: string) => {
    const doc = processDocument({ path: name, id: name, bytes: readFileSync(path.join(FIXTURES, 'segment', name)), format: 'html' });
    return doc.metrics.map((m) => [m.raw, m.value, m.unit, m.label, m.change && `${m.change.direction} ${m.change.value}`]);
  };

  it('keeps a row label\'s bracket that names no unit (`甲省（不含乙市）`) in the label, its cells under the table\'s unit', () => {
    expect(run('data-table-row-scope-brackets.html').map((m) => m.slice(0, 4))).toEqual([
      ['2847.10', 2.8471e11, '元', '甲省'],
      ['3073.60', 3.0736e11, '元', '甲省'],
      ['2685.22', 2.68522e11, '元', '甲省(不含乙市)'],
      ['2893.23', 2.89323e11, '元', '甲省(不含乙市)'],
      ['161.88', 1.6188e10, '元', '乙市'],
      ['180.37', 1.8037e10, '元', '乙市'],
      ['12', 1.2e5, '美元', '出口额'],
      ['13', 1.3e5, '美元', '出口额'],
      // a word the table spreads over the cell (`合 &nbsp;&nbsp;&nbsp;计`) is read as the word
      ['3008.98', 3.00898e11, '元', '合计'],
      ['3253.97', 3.25397e11, '元', '合计'],
    ]);
  });

  it('reads the unit of 总量（亿元） and 出口（万美元） for the columns they span, and each 增长（%） column as its value column\'s change', () => {
    expect(run('data-table-spanning-unit-header.html')).toEqual([
      ['820.50', 8.205e10, '元', '甲县生产总值', 'up 5.1'],
      ['96.12', 9.612e9, '元', '甲县第一产业', 'down 2.3'],
      ['301.40', 3.014e10, '元', '甲县第二产业', 'up 4'],
      ['410.25', 4.1025e10, '元', '乙县生产总值', 'up 3.2'],
      ['77.80', 7.78e9, '元', '乙县第一产业', 'up 2.9'],
      ['150.06', 1.5006e10, '元', '乙县第二产业', 'down 0.8'],
      ['120', 1.2e6, '美元', '甲县出口本月', null],
      ['860', 8.6e6, '美元', '甲县出口累计', null],
      ['45', 4.5e5, '美元', '甲县进口本月', null],
      ['310', 3.1e6, '美元', '甲县进口累计', null],
      ['66', 6.6e5, '美元', '乙县出口本月', null],
      ['402', 4.02e6, '美元', '乙县出口累计', null],
      ['18', 1.8e5, '美元', '乙县进口本月', null],
      ['150', 1.5e6, '美元', '乙县进口累计', null],
    ]);
  });

  it('reads nothing when the spanning cells state no unit (总量, 增长) or parentheses that are none (初步核算, 位次)', () => {
    expect(run('data-table-spanning-unit-header-negative.html')).toEqual([]);
  });
});

describe('tables in one <table> under caption rows, their units in brackets after 单位: (annual reports on information disclosure)', () => {
  it('reads each table under its own header: 本年收费金额（单位：万元） gives 万元, a count column with no unit gives nothing, 单位（个） a count', () => {
    const doc = processDocument({ path: 'u', id: 'u', bytes: readFileSync(path.join(FIXTURES, 'segment', 'data-table-unit-label-header.html')), format: 'html' });
    expect(doc.metrics.map((m) => [m.raw, m.value, m.unit, m.label, m.change && `${m.change.direction} ${m.change.value}`])).toEqual([
      ['245.6', 2456000, '元', '行政事业性收费本年收费金额', null],
      ['12345.6', 123456000, '元', '一般公共预算收入金额', 'up 5.2'],
      ['12', 12, '个', '乡镇单位', null],
    ]);
  });
});

describe('data tables with two change columns after one value (同比(%) | 环比(%))', () => {
  const run = (name: string) => {
    const doc = processDocument({ path: name, id: name, bytes: readFileSync(path.join(FIXTURES, 'segment', name)), format: 'html' });
    return doc.metrics.map((m) => [m.raw, m.value, m.unit, m.kind, m.label, m.period, m.basis, m.direction, m.change && `${m.change.direction} ${m.change.value} ${m.change.basis}`]);
  };

  it('reads the header as one of indicators, the first change on the value, the second a change record of its own', () => {
    expect(run('data-table-two-change-columns.html')).toEqual([
      ['350.1', 3.501e10, '元', 'quantity', '进出口', '9月', null, null, 'up 5.2 yoy'],
      ['-1.3', 1.3, '%', 'change', '进出口', '9月', 'pop', 'down', null],
      // 0 is no change (持平): no record
      ['380.2', 3.802e10, '元', 'quantity', '进出口', '10月', null, null, 'up 6.1 yoy'],
      ['120.5', 1.205e10, '元', 'quantity', '东盟出口', null, null, null, 'up 8.1 yoy'],
      ['60.2', 6.02e9, '元', 'quantity', '东盟进口', null, null, null, 'down 3.5 yoy'],
      // the third table's value column states no unit: nothing
    ]);
  });
});

describe('data tables whose column headers name an amount without a unit (数量 | 单价 | 中标金额)', () => {
  const run = (name: string) => {
    const doc = processDocument({ path: name, id: name, bytes: readFileSync(path.join(FIXTURES, 'segment', name)), format: 'html' });
    return doc.metrics.map((m) => [m.raw, m.value, m.unit, m.label]);
  };
  const metricsOf = (text: string) => extractDocument(text, { path: 'table.txt', format: 'text' }).metrics.map((m) => [m.raw, m.value, m.unit, m.label]);

  it('reads a goods table\'s quantities and prices as metrics with no unit, and a column\'s own unit where it states one', () => {
    expect(run('procurement-goods-table.html')).toEqual([
      ['120', 120, null, '甲公司数量'],
      ['4500.00', 4500, null, '甲公司单价'],
      ['540000', 540000, null, '甲公司中标金额'],
      // a dash under 数量 is no value
      ['980.50', 980.5, null, '乙公司单价'],
      ['9805', 9805, null, '乙公司中标金额'],
      // 数量 before 单价(元): an indicator of its own, not part of the row's label
      ['12', 12, null, '运维服务数量'],
      ['300', 300, '元', '运维服务单价'],
      ['3600', 3600, '元', '运维服务金额'],
    ]);
  });

  it('reads no number under a header that names no amount (codes, models, phone numbers, 序号, 总量, 位次), nor a word under 数量', () => {
    expect(run('procurement-goods-table-negative.html')).toEqual([]);
  });

  it('takes the unit a table states above it before reading an amount header as unitless', () => {
    expect(metricsOf('正文。\n单位:万元\n项目 | 金额 |\n设备购置 | 45.6 |\n')).toEqual([['45.6', 456000, '元', '设备购置金额']]);
  });
});
