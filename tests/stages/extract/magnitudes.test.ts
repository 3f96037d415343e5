// src/rules/zh/magnitudes.ts: magnitudes inside numerals, proportions in words, approximate pairs.
import { describe, expect, it } from 'vitest';
import { expectMetric, type Expected } from './extract-helpers.js';

const MUST_MATCH: Expected[] = [
  // a financial digit with a magnitude counts, though alone it is a name character (陆家嘴)
  { text: '合同金额人民币陆万元整', raw: '陆万元', value: 60000, unit: '元' },
  { text: '监管进出口货物总值11997.04亿元', raw: '11997.04亿元', value: 1199704000000, unit: '元' },
  { text: '扣留侵权嫌疑货物8160.5万件', raw: '8160.5万件', value: 81605000, unit: '件' },
  { text: '监管跨境电商进出口清单9913.58万票', raw: '9913.58万票', value: 99135800, unit: '票' },
  { text: '下降0.5百分点', raw: '0.5百分点', value: 0.5, unit: '百分点', kind: 'change' },
  { text: '不合格率为百分之五点一', raw: '百分之五点一', value: 5.1, unit: '%' },
  { text: '误差控制在千分之三以内', raw: '千分之三以内', value: 3, unit: '‰', qualifier: 'atMost' },
  { text: '每年突出围绕一两个主题', raw: '一两个', value: 1, unit: '个', qualifier: 'range', valueMax: 2 },
  { text: '新增监测点2-3万个', raw: '2-3万个', value: 20000, unit: '个', qualifier: 'range', valueMax: 30000 },
  { text: '招录三十五名', raw: '三十五名', value: 35, unit: '名' },
  { text: '查获枪支1,234支', raw: '1,234支', value: 1234, unit: '支' },
  { text: '扣留货物1万600件', raw: '1万600件', value: 10600, unit: '件' },
  { text: '约占全国的三分之一', raw: '三分之一', value: 100 / 3, unit: '%', qualifier: 'approx' },
  { text: '有近五成企业受益', raw: '近五成', value: 5, unit: '成', qualifier: 'approx' },
];

describe('magnitudes and numerals in words', () => {
  it.each(MUST_MATCH)('$raw in $text', (e) => {
    expectMetric(e);
  });
});

describe('MAGNITUDES order', () => {
  it('is longest first, ties in the collation order of ideographs (code point order, without building a collator)', async () => {
    const { MAGNITUDES } = await import('../../../src/locale/zh/numerals.js');
    expect(MAGNITUDES.length).toBeGreaterThan(10);
    const collated = [...MAGNITUDES].sort((a, b) => b.length - a.length || a.localeCompare(b));
    expect(MAGNITUDES).toEqual(collated);
  });
});
