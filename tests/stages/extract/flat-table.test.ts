import { describe, expect, it } from 'vitest';
import { flatTableCells } from '../../../src/stages/extract/flat-table.js';

const cells = (text: string) =>
  flatTableCells(text).drafts.map((d) => ({ raw: text.slice(d.start, d.end), kind: d.kind, value: d.value, unit: d.unit, label: d.label, change: d.change?.value ?? null }));

describe('flatTableCells', () => {
  it('reads the rows after the header, the numbers filling its last columns', () => {
    const got = cells('指标单位本月累计同比(%)甲产值亿元1.5 9.0 3.2 乙产值亿元 8.0 -1.1');
    expect(got).toEqual([
      { raw: '1.5', kind: 'quantity', value: 150_000_000, unit: '元', label: '甲产值本月', change: null },
      { raw: '9.0', kind: 'quantity', value: 900_000_000, unit: '元', label: '甲产值累计', change: 3.2 },
      { raw: '8.0', kind: 'quantity', value: 800_000_000, unit: '元', label: '乙产值累计', change: 1.1 },
    ]);
  });

  it('covers the rows it read, from the header’s end to the last row’s', () => {
    const text = '指标 单位 累计 增长(%) 甲 个 3 1.0 乙 个 4 2.0 以上为初步数。';
    const { covered } = flatTableCells(text);
    expect(covered).toEqual([[text.indexOf(' 甲'), text.indexOf(' 以上')]]);
  });

  it('needs two rows: a header word in a sentence reads no table', () => {
    expect(cells('各单位累计完成投资亿元 12 个项目。')).toEqual([]);
    expect(cells('指标 单位 本月 累计 甲 个 3 4 后文。')).toEqual([]);
  });

  it('ends the table at a row of more numbers than columns', () => {
    expect(cells('指标 单位 本月 累计 甲 个 3 4 乙 个 5 6 丙 个 1 2 3')).toHaveLength(4);
  });

  it('takes no change of 1000 or more, and a lone number of a rate row as its value', () => {
    const got = cells('指标 单位 累计 比增(%) 收入 元 215876.3 价格指数 % 102.1 用电 千瓦时 5 1.0');
    expect(got.map((c) => [c.raw, c.kind, c.unit])).toEqual([
      ['102.1', 'quantity', '%'],
      ['5', 'quantity', '千瓦时'],
    ]);
  });

  it('reads a header on a line of its own whatever its words, when one is a column word the tables know, its unit maybe on the next line', () => {
    const text = '表3 主要产品产量\n产品名称 单位 产量 比上年增长\n(%)\n原 煤 万吨 239.5 -0.2\n电石(折300升/千克) 万吨 27.4 2.6\n发电量 亿千瓦时 18.5 0.7\n以上为初步数。';
    expect(cells(text)).toEqual([
      { raw: '239.5', kind: 'quantity', value: 2_395_000, unit: '吨', label: '原煤产量', change: 0.2 },
      { raw: '27.4', kind: 'quantity', value: 274_000, unit: '吨', label: '电石(折300升/千克)产量', change: 2.6 },
      { raw: '18.5', kind: 'quantity', value: 1_850_000_000, unit: '千瓦时', label: '发电量产量', change: 0.7 },
    ]);
    // a line of words after 单位 with no column word the tables know is no header
    expect(cells('产品名称 单位 产地 备注\n原煤 万吨 239.5 1\n烧碱 万吨 9.7 2')).toEqual([]);
  });
});

describe('flatTableCells on a table whose cells are all glued', () => {
  const header = '名称单位绝对数比上年增长(%)';

  it('splits a value glued to its change at the sign, or where both keep the same decimals', () => {
    const got = cells(`${header}甲万吨12.5-3.1乙万吨88.40.6丙台86-4.0丁万台184.8155.1\n`);
    expect(got.map((c) => [c.raw, c.value, c.unit, c.label, c.change])).toEqual([
      ['12.5', 125_000, '吨', '甲', 3.1],
      ['88.4', 884_000, '吨', '乙', 0.6],
      ['86', 86, '台', '丙', 4],
      ['184.8', 1_848_000, '台', '丁', 155.1],
    ]);
  });

  it('leaves a lone number glued to the next row unread, and reads the rows after it', () => {
    const got = cells(`${header}甲千升79312.8乙万吨7.2-0.5丙万吨19.312.4\n`);
    expect(got.map((c) => c.raw)).toEqual(['7.2', '19.3']);
  });

  it('leaves an unsigned pair unread when no split keeps the same decimals', () => {
    expect(cells(`${header}甲万吨12.5-3.1乙万吨8.403.6丙万吨7.2-0.5`).map((c) => c.raw)).toEqual(['12.5', '7.2']);
  });

  it('reads no glued numbers without a header, and no header without rows', () => {
    expect(cells('各批次编号万吨12.5-3.1与88.40.6的样品已封存。')).toEqual([]);
    expect(cells(`${header}\n注：表中数据为初步统计。`)).toEqual([]);
  });
});

describe('flatTableCells on a glued table whose unit a note after the rows gives', () => {
  it('reads each row as its indicator, value and change, in the note’s unit and magnitude', () => {
    const got = cells('指标及分类绝对数比上年增长出口额21.6-2.4 其中:机电产品9.312.7 对东盟3.20.9\n单位:亿元、%\n');
    expect(got.map((c) => [c.raw, c.value, c.unit, c.label, c.change])).toEqual([
      ['21.6', 2_160_000_000, '元', '出口额', 2.4],
      ['9.3', 930_000_000, '元', '机电产品', 12.7],
      ['3.2', 320_000_000, '元', '对东盟', 0.9],
    ]);
  });

  it('reads a note that names the currency in words (单位:亿元人民币、%)', () => {
    const got = cells('指标及分类绝对数比上年增长出口额21.6-2.4 对东盟3.20.9\n单位:亿元人民币、%\n');
    expect(got.map((c) => [c.raw, c.value, c.unit])).toEqual([
      ['21.6', 2_160_000_000, '元'],
      ['3.2', 320_000_000, '元'],
    ]);
  });

  it('gives a change column that names percentage points its unit (增减(百分点))', () => {
    const got = flatTableCells('指标 单位 本月 增减(百分点)\n城镇登记失业率 % 3.2 -0.3\n调查失业率 % 5.1 0.2\n').drafts;
    expect(got.map((d) => [String(d.value), d.change?.unit, d.change?.value])).toEqual([
      ['3.2', '百分点', 0.3],
      ['5.1', '百分点', 0.2],
    ]);
  });

  it('reads nothing without the unit note, or with one row only', () => {
    expect(cells('指标及分类绝对数比上年增长出口额21.6-2.4 对东盟3.20.9\n注:初步数。')).toEqual([]);
    expect(cells('指标及分类绝对数比上年增长出口额21.6-2.4\n单位:亿元、%')).toEqual([]);
  });
});
