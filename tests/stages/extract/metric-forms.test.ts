// Issue 13's metric forms from new sites, each class on sentences of our own, with what each rule
// must leave alone.
import { describe, expect, it } from 'vitest';
import { describeClasses, expectMetric, expectNoMetricAt, extract, type Expected } from './extract-helpers.js';

const CLASSES: Record<string, Expected[]> = {
  'unitless index values after an index label and a copula': [
    { text: '全市综合指数为78.23,较上年提高0.33。', raw: '78.23', value: 78.23, unit: null },
    { text: '制造业景气指数达102.5,比上月回落1.2点。', raw: '102.5', value: 102.5, unit: null },
    { text: '居民消费价格总指数为101.8。', raw: '101.8', value: 101.8, unit: null },
    { text: '全省基尼系数是0.465', raw: '0.465', value: 0.465, unit: null },
    { text: '营商环境评分达到86.4,居全省前列', raw: '86.4', value: 86.4, unit: null },
    { text: '群众满意度得分为92.5分', raw: '92.5分', value: 92.5, unit: '分' },
    { text: '空气质量综合指数约为3.12', raw: '约为3.12', value: 3.12, unit: null, qualifier: 'approx' },
    { text: '出口景气指数达到近102.5', raw: '近102.5', value: 102.5, unit: null, qualifier: 'approx' },
    // the ratios bulletins state bare (INDEX_LABEL_ENDS 收入比, 性别比)
    { text: '城乡居民收入比为2.22,比上年缩小0.05。', raw: '2.22', value: 2.22, unit: null },
    { text: '出生人口性别比为105.2。', raw: '105.2', value: 105.2, unit: null },
    // the base period in brackets between the label and the copula (INDEX_BASE_NOTE)
    { text: '工业生产者出厂价格指数(2020年=100)为102.5。', raw: '102.5', value: 102.5, unit: null },
    { text: '居民消费价格指数(上年=100)为101.8', raw: '101.8', value: 101.8, unit: null },
  ],
  'an index level quoted at the close, in its points': [
    { text: '沪指收盘下跌0.89%,收报2929.09点;', raw: '2929.09点', value: 2929.09, unit: '点' },
    { text: '深证成指收于10012.35点。', raw: '10012.35点', value: 10012.35, unit: '点' },
    { text: '创业板指报收1988.6点', raw: '1988.6点', value: 1988.6, unit: '点' },
    // bare 报 after a market index's name (MARKET_INDEX_ENDS) or a change
    { text: '午间恒指报16877.86点。', raw: '16877.86点', value: 16877.86, unit: '点' },
    { text: '上证指数报2869.83点。', raw: '2869.83点', value: 2869.83, unit: '点' },
  ],
  'currency symbols before an amount': [
    { text: '出口额达$1,530。', raw: '$1,530', value: 1530, unit: '美元' },
    { text: '融资US$2.5亿', raw: 'US$2.5亿', value: 250_000_000, unit: '美元' },
    { text: '每份收费￥300,', raw: '￥300', value: 300, unit: '元' },
    { text: '门票€45起', raw: '€45', value: 45, unit: '欧元' },
    { text: '合同金额HK$1,200万。', raw: 'HK$1,200万', value: 12_000_000, unit: '港元' },
    { text: '单价¥3.5万左右', raw: '¥3.5万左右', value: 35_000, unit: '元', qualifier: 'approx' },
    { text: '标的£800', raw: '£800', value: 800, unit: '英镑' },
    { text: '约US$ 2.5亿', raw: '约US$ 2.5亿', value: 250_000_000, unit: '美元', qualifier: 'approx' },
    { text: '货值￥560元', raw: '￥560元', value: 560, unit: '元' },
    // a symbol opening the text, with and without its space
    { text: '$1,530出口额', raw: '$1,530', value: 1530, unit: '美元' },
    { text: 'US$ 2.5亿', raw: 'US$ 2.5亿', value: 250_000_000, unit: '美元' },
  ],
  'a magnitude and unit after one space': [
    { text: '营业收入￥10618.52 万元。', raw: '￥10618.52 万元', value: 106_185_200, unit: '元' },
    { text: '完成投资10618.52 万元', raw: '10618.52 万元', value: 106_185_200, unit: '元' },
    { text: '出口额3.2 亿美元,', raw: '3.2 亿美元', value: 320_000_000, unit: '美元' },
    { text: '产量12 万吨', raw: '12 万吨', value: 120_000, unit: '吨' },
  ],
  'a unit in brackets right after the number (form and table cells)': [
    { text: '成交报价:4120.50(元)', raw: '4120.50(元)', value: 4120.5, unit: '元' },
    { text: '预算金额:36.8(万元)', raw: '36.8(万元)', value: 368_000, unit: '元' },
    { text: '合格率98.6(%)', raw: '98.6(%)', value: 98.6, unit: '%' },
    { text: '供货量1500(吨),', raw: '1500(吨)', value: 1500, unit: '吨' },
  ],
  'the unit in a bracketed field label': [
    { text: '成交金额(单位:元):35000', raw: '35000', value: 35_000, unit: '元' },
    { text: '成交金额（单位：元）：35000', raw: '35000', value: 35_000, unit: '元' },
    { text: '投资额(万元):1200', raw: '1200', value: 12_000_000, unit: '元' },
    { text: '面积(单位:万平方米) 3.5', raw: '3.5', value: 35_000, unit: '平方米' },
  ],
  'a streak of change counts its years': [
    { text: '连续3年增长', raw: '3年', value: 3, unit: '年' },
    { text: '外贸进出口连续7年保持增长。', raw: '7年', value: 7, unit: '年' },
    { text: '保障标准连续五年提高', raw: '五年', value: 5, unit: '年' },
    { text: '库存连续4个月下降', raw: '4个月', value: 4, unit: '个月' },
  ],
  'a span of time stated under its label': [
    { text: '设计使用年限100年', raw: '100年', value: 100, unit: '年' },
    { text: '合同有效期为3年。', raw: '3年', value: 3, unit: '年' },
    { text: '服务期限:1年', raw: '1年', value: 1, unit: '年' },
    { text: '设备质保期为2年', raw: '2年', value: 2, unit: '年' },
    { text: '工期180日', raw: '180日', value: 180, unit: '日' },
    { text: '决定延长该项措施,为期3年。', raw: '3年', value: 3, unit: '年' },
    { text: '开展为期6个月的专项整治', raw: '6个月', value: 6, unit: '个月' },
  ],
  'a span reached after 满, and one short of it after 不满/未满': [
    { text: '再次申请需间隔满1年。', raw: '1年', value: 1, unit: '年', qualifier: 'exact' },
    { text: '连续缴纳社会保险满3年的', raw: '3年', value: 3, unit: '年' },
    { text: '工作满两年的可以申请', raw: '两年', value: 2, unit: '年' },
    { text: '工作不满1年的不予受理', raw: '不满1年', value: 1, unit: '年', qualifier: 'atMost' },
    { text: '未满18周岁的不得申请', raw: '未满18周岁', value: 18, unit: '周岁', qualifier: 'atMost' },
  ],
  'a household sized by its persons': [
    { text: '面向家庭保障人口为3人户及以上的家庭', raw: '3人户及以上', value: 3, unit: '人户', qualifier: 'atLeast' },
    { text: '一房一厅房源面向1人户家庭', raw: '1人户', value: 1, unit: '人户' },
    // 户籍 opens inside 人户: the unit is 人
    { text: '常住人口50万人户籍人口42万人', raw: '50万人', value: 500_000, unit: '人' },
  ],
  'person nouns as the measure word after 余/多': [
    { text: '当地有20多万华商', raw: '20多万华商', value: 200_000, unit: '华商', qualifier: 'atLeast' },
    { text: '组织10余万群众参加', raw: '10余万群众', value: 100_000, unit: '群众', qualifier: 'atLeast' },
    { text: '三千多万学生受益', raw: '三千多万学生', value: 30_000_000, unit: '学生', qualifier: 'atLeast' },
    { text: '吸引500余名志愿者', raw: '500余名', value: 500, unit: '名', qualifier: 'atLeast' },
    { text: '服务20多万人口', raw: '20多万人口', value: 200_000, unit: '人口', qualifier: 'atLeast' },
  ],
};

describeClasses(CLASSES);

describe('an index value and its change', () => {
  it('the change written right after an index value attaches to it, bare or in 点', () => {
    const [yoy] = extract('全市综合指数为78.23,较上年提高0.33。');
    expect(yoy).toMatchObject({ label: '全市综合指数', change: { direction: 'up', value: 0.33, unit: null, basis: 'yoy' } });
    const [pop] = extract('制造业景气指数达102.5,比上月回落1.2点。');
    expect(pop).toMatchObject({ label: '制造业景气指数', change: { direction: 'down', value: 1.2, unit: '点', basis: 'pop' } });
    const [ratio] = extract('城乡收入比值为2.19,比上年缩小0.04');
    expect(ratio).toMatchObject({ value: 2.19, change: { direction: 'down', value: 0.04, unit: null } });
  });

  it('never reads a bare number, a number after another label, or a change after no index', () => {
    expect(extract('全市78.23,较上年提高0.33')).toEqual([]);
    expect(extract('地区生产总值为78.23,增长0.33')).toEqual([]);
    expect(extract('指数超过78')).toEqual([]);
    expect(extract('编号为12,下降3')).toEqual([]);
    // a clause between the index and the number: the change is not the index's
    expect(extract('综合指数为78.23,其中出口增长3.2').map((m) => m.raw)).toEqual(['78.23']);
  });

  it('never reads a closing verb without points, a clock time or points counted', () => {
    expect(extract('会议收于12时')).toEqual([]);
    expect(extract('股价收报12.5')).toEqual([]);
    expect(extract('上午9点30分开市')).toEqual([]);
    expect(extract('提出3点建议')).toEqual([]);
  });

  it('reads bare 报 as a quote only after a market index or a change, never in everyday wording (QUOTE_VERBS)', () => {
    expect(extract('会议通报3点要求。各单位要上报5点建议。汇报2点体会。每周一上午报8点前数据。周五报10点。')).toEqual([]);
    expect(extract('申报3点意见,预报2点变化,填报4点,呈报1点,举报6点,回报7点')).toEqual([]);
    const m = expectMetric({ text: '道指跌0.6%报38763.45点。', raw: '38763.45点', value: 38763.45, unit: '点' });
    expect(m.change).toMatchObject({ direction: 'down', value: 0.6, unit: '%' });
  });

  it('leaves an index label with a unit or a year to the usual readers', () => {
    expect(extract('指数为2023年').map((m) => m.raw)).toEqual([]);
    expect(extract('系数为1:2').map((m) => m.raw)).toEqual([]);
    expect(extract('价格指数上涨2.1%').map((m) => [m.raw, m.unit])).toEqual([['2.1%', '%']]);
  });
});

describe('what the new readers leave alone', () => {
  it('a currency sign glued to letters or digits is part of a code', () => {
    expect(extract('变量ABC$25')).toEqual([]);
    expect(extract('参数X1$300')).toEqual([]);
  });

  it('brackets after a number hold a unit only when it is a unit of measure, money or rate', () => {
    expect(extract('见第3(二)项')).toEqual([]);
    expect(extract('详见附件1(表)')).toEqual([]);
    expect(extract('抽取3(个)样品')).toEqual([]);
    expect(extract('于2023(年度)完成')).toEqual([]);
  });

  it('a count is not read across a space, with or without a magnitude', () => {
    expectNoMetricAt('序号 1 万家', '1 万家');
  });

  it('a person noun without 余/多, or with no magnitude word in the table, is no unit', () => {
    expect(extract('20万华商')).toEqual([]);
    expect(extract('有20华商')).toEqual([]);
  });

  it('a labelled span that is a date, or a year without its label, stays a date', () => {
    expectNoMetricAt('截止期限为2024年12月31日', '2024年');
    expectNoMetricAt('有效期至2025年', '2025年');
    expectNoMetricAt('期限为3年12月', '3年');
    expectNoMetricAt('项目于3年前建成', '3年');
    expectNoMetricAt('成为期待已久的2031年盛会', '2031年');
    expectNoMetricAt('2031年为期限届满年份', '2031年');
  });

  it('a streak that is no change stays a time frame', () => {
    expectNoMetricAt('连续5年居全国首位', '5年');
    expectNoMetricAt('连续5个月位居首位', '5个月');
    expectNoMetricAt('连续6年被评为先进单位', '6年');
  });
});

describe('a unit that is the start of a longer word', () => {
  it('1单元 is an address, not 1 单; 单 still counts where it stands alone', () => {
    expect(extract('3号楼1单元住户')).toEqual([]);
    expectMetric({ text: '受理报关单1200单', raw: '1200单', value: 1200, unit: '单' });
  });

  it('the longest unit wins over its first character', () => {
    expectMetric({ text: '服务20多万人口', raw: '20多万人口', value: 200_000, unit: '人口', qualifier: 'atLeast' });
    expectMetric({ text: '出动执法人员3000多人次', raw: '3000多人次', value: 3000, unit: '人次', qualifier: 'atLeast' });
  });
});
