// Issue 15's metric-language classes, each on sentences of our own.
import { describe, expect, it } from 'vitest';
import { describeClasses, expectMetric, extract, type Expected } from './extract-helpers.js';

const CLASSES: Record<string, Expected[]> = {
  'qualifiers after the unit, past 或/及 or a parenthesis': [
    { text: '合格率达到95%或以上', raw: '95%或以上', value: 95, unit: '%', qualifier: 'atLeast' },
    { text: '从业人员20人(含本数)以下的企业', raw: '20人(含本数)以下', value: 20, unit: '人', qualifier: 'atMost' },
    { text: '工作经验3年及以上', raw: '3年及以上', value: 3, unit: '年', qualifier: 'atLeast' },
    { text: '误差控制在0.5%以内', raw: '0.5%以内', value: 0.5, unit: '%', qualifier: 'atMost' },
    { text: '应在15日内办结', raw: '15日内', value: 15, unit: '日', qualifier: 'atMost' },
  ],
  'approximations and bounds before a value': [
    { text: '年产值约为320万元', raw: '约为320万元', value: 3_200_000, unit: '元', qualifier: 'approx' },
    { text: '大约两千名游客', raw: '大约两千名', value: 2000, unit: '名', qualifier: 'approx' },
    { text: '将近九十家企业', raw: '将近九十家', value: 90, unit: '家', qualifier: 'approx' },
    { text: '每日客流三百人上下', raw: '三百人上下', value: 300, unit: '人', qualifier: 'approx' },
    { text: '原产成分高于或等于40%', raw: '高于或等于40%', value: 40, unit: '%', qualifier: 'atLeast' },
    { text: '含水率低于或等于12%', raw: '低于或等于12%', value: 12, unit: '%', qualifier: 'atMost' },
  ],
  'units of measurement: unit as written, one normal form in unitNormal': [
    { text: '年平均气温17.6℃', raw: '17.6℃', value: 17.6, unit: '℃' },
    { text: '最低气温-3°C', raw: '-3°C', value: -3, unit: '°C', unitNormal: '℃' },
    { text: '新建厂房4500㎡', raw: '4500㎡', value: 4500, unit: '㎡', unitNormal: '平方米' },
    { text: '仓储面积1.2万m²', raw: '1.2万m²', value: 12_000, unit: 'm²', unitNormal: '平方米' },
    { text: '蓄水量300m³', raw: '300m³', value: 300, unit: 'm³', unitNormal: '立方米' },
    { text: 'PM2.5平均浓度28μg/m³', raw: '28μg/m³', value: 28, unit: 'μg/m³' },
    { text: '二氧化硫浓度9微克/立方米', raw: '9微克/立方米', value: 9, unit: '微克/立方米' },
    { text: '设计时速350km/h', raw: '350km/h', value: 350, unit: 'km/h' },
    { text: '限速80公里/小时', raw: '80公里/小时', value: 80, unit: '公里/小时', unitNormal: 'km/h' },
    { text: '峰值处理能力12万次/秒', raw: '12万次/秒', value: 120_000, unit: '次/秒' },
    { text: '新房均价11500元/㎡', raw: '11500元/㎡', value: 11_500, unit: '元/㎡' },
    { text: '年降水量1620毫米', raw: '1620毫米', value: 1620, unit: '毫米' },
    { text: '平均胸径15cm', raw: '15cm', value: 15, unit: 'cm', unitNormal: '厘米' },
    { text: '直径均在6cm以上', raw: '6cm以上', value: 6, unit: 'cm', unitNormal: '厘米', qualifier: 'atLeast' },
    { text: '路面厚度30mm', raw: '30mm', value: 30, unit: 'mm', unitNormal: '毫米' },
    { text: '宽度4.5米', raw: '4.5米', value: 4.5, unit: '米' },
  ],
  'magnitudes stacked beyond 万亿': [
    { text: '累计规模达3万亿亿元', raw: '3万亿亿元', value: 3e20, unit: '元' },
    { text: '存储容量2亿亿字节,另有5亿亿次', raw: '5亿亿次', value: 5e16, unit: '次' },
    { text: '人口四万万人', raw: '四万万人', value: 4e8, unit: '人' },
  ],
  '多/余/来/几 before a measure word': [
    { text: '查获走私案件40多起', raw: '40多起', value: 40, unit: '起', qualifier: 'atLeast' },
    { text: '出动执法人员二百余人', raw: '二百余人', value: 200, unit: '人', qualifier: 'atLeast' },
    { text: '走访企业十来家', raw: '十来家', value: 10, unit: '家', qualifier: 'approx' },
    { text: '收到意见二十几条', raw: '二十几条', value: 20, unit: '条', qualifier: 'atLeast' },
    { text: '惠及群众3000余万人', raw: '3000余万人', value: 30_000_000, unit: '人', qualifier: 'atLeast' },
  ],
  'limits written as durations': [
    { text: '保存期限不少于3年', raw: '不少于3年', value: 3, unit: '年', qualifier: 'atLeast' },
    { text: '监管期限5年以上', raw: '5年以上', value: 5, unit: '年', qualifier: 'atLeast' },
    { text: '应于30日以内答复', raw: '30日以内', value: 30, unit: '日', qualifier: 'atMost' },
  ],
};

describeClasses(CLASSES);

describe('what stays no metric', () => {
  it('a bare year and a time frame are no limit', () => {
    // a streak of change (`连续5年增长`) is a count of years: tests/stages/extract/metric-forms.test.ts
    expect(extract('2024年以来,连续5年居全国首位').filter((m) => m.unit === '年')).toEqual([]);
  });
  it('以来 after a year is not 来 before a measure word', () => {
    expect(extract('2019年以来共3家').map((m) => m.raw)).toEqual(['3家']);
  });
});

describe('a unit that stands only in the field label', () => {
  it.each([
    { text: '建筑面积(㎡):4500', raw: '4500', value: 4500, unit: '㎡', unitNormal: '平方米' },
    { text: '合同金额(万元)：560', raw: '560', value: 5_600_000, unit: '元' },
    { text: '出口货值（亿美元） 12.5', raw: '12.5', value: 1_250_000_000, unit: '美元' },
    { text: '参保企业(家): 318', raw: '318', value: 318, unit: '家' },
    { text: '年均增速(%):6.5', raw: '6.5', value: 6.5, unit: '%' },
  ] as Expected[])('$raw in $text', (e) => {
    expectMetric(e);
  });

  it('labels the number by the words before the unit, not by the unit', () => {
    expect(extract('合同金额(万元)：560').map((m) => m.label)).toEqual(['合同金额']);
    expect(extract('建筑面积(㎡):4500').map((m) => m.label)).toEqual(['建筑面积']);
  });

  it('only the number right after the label takes its unit; a label with no known unit gives none', () => {
    expect(extract('项目编号(2023):15 备注').map((m) => m.raw)).toEqual([]);
    expect(extract('面积(㎡):4500,较上年增加12').map((m) => m.raw)).toEqual(['4500']);
  });
});
