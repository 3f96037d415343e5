// src/rules/zh/units.ts: measure words, compounds, durations, money, physical units, rates.
import { describe, expect, it } from 'vitest';
import { UNITS, UNIT_BLOCKERS } from '../../../src/rules/zh/units.js';
import { normalise } from '../../../src/stages/normalise.js';
import { toPageText } from '../../../src/stages/page-text/page-text.js';
import { expectMetric, expectNoMetricAt, extract, type Expected } from './extract-helpers.js';

const MUST_MATCH: Expected[] = [
  // a cent is a money unit of its own
  { text: '原油期货价格上涨12美分', raw: '12美分', value: 12, unit: '美分' },
  { text: '纪念币面值50欧分', raw: '50欧分', value: 50, unit: '欧分' },
  { text: '全国海关三级党委开展专题学习3018次', raw: '3018次', value: 3018, unit: '次' },
  { text: '通报案例1592件次,开展监督谈话6073人次', raw: '1592件次', value: 1592, unit: '件次' },
  { text: '开展监督谈话6073人次。', raw: '6073人次', value: 6073, unit: '人次' },
  // hours of teaching
  { text: '每年参加培训不少于40学时', raw: '不少于40学时', value: 40, unit: '学时', qualifier: 'atLeast' },
  { text: '累计完成72个课时', raw: '72个课时', value: 72, unit: '个课时' },

  { text: '截获检疫性有害生物7.1万种次', raw: '7.1万种次', value: 71000, unit: '种次' },
  { text: '累计不少于2个月', raw: '不少于2个月', value: 2, unit: '个月', qualifier: 'atLeast' },
  { text: '关员参加教育培训每年不少于12天', raw: '不少于12天', value: 12, unit: '天', qualifier: 'atLeast' },
  { text: '全年征税2.17万亿元', raw: '2.17万亿元', value: 2.17e12, unit: '元' },
  { text: '全年关区进口燕窝149.66吨', raw: '149.66吨', value: 149.66, unit: '吨' },
  { text: '境内外查获毒品约320公斤', raw: '约320公斤', value: 320, unit: '公斤', qualifier: 'approx' },
  { text: '海关行政争议实质性化解率达93%', raw: '93%', value: 93, unit: '%' },
  { text: '监管运输工具3.9万艘(架),增长1.1倍', raw: '3.9万艘(架)', value: 39000, unit: '艘' },
  { text: '确认出口高风险项目清单69类', raw: '69类', value: 69, unit: '类' },
  { text: '制订专项行动5方面35条措施', raw: '5方面', value: 5, unit: '方面' },
  { text: '比例提高到三成', raw: '三成', value: 3, unit: '成' },
  { text: '厅局级后备干部有两个以上领导岗位工作经历', raw: '两个以上', value: 2, unit: '个', qualifier: 'atLeast' },
  { text: '对67船311.75万吨进口粮食实施靠泊检疫', raw: '67船', value: 67, unit: '船' },
  { text: '进出口总值34.32万亿元人民币,比去年同期增长0.03%', raw: '34.32万亿元人民币', value: 34.32e12, unit: '元' },
  { text: '进口大豆均价500元/吨', raw: '500元/吨', value: 500, unit: '元/吨' },
  { text: '土地出让均价2.5万元/亩', raw: '2.5万元/亩', value: 25000, unit: '元/亩' },
  { text: '水稻平均亩产650公斤/亩', raw: '650公斤/亩', value: 650, unit: '公斤/亩' },
  { text: '土地流转租金每亩800元', raw: '800元', value: 800, unit: '元' },
  { text: '集装箱吞吐量3.5万TEU', raw: '3.5万TEU', value: 35000, unit: 'TEU' },
  // things counted flat: works of art, map sheets, plots of land (fixtures/extract/sheet-counts)
  { text: '展出书画作品50幅', raw: '50幅', value: 50, unit: '幅' },
  { text: '完成三幅安置房地块出让', raw: '三幅', value: 3, unit: '幅' },
  // 多/余/来 inside a compound opened by 个 (SPLIT_COMPOUND_HEAD; fixtures/extract/split-compound-units)
  { text: '经过两个多月的激烈角逐', raw: '两个多月', value: 2, unit: '个月', qualifier: 'atLeast' },
  { text: '工程停工三个来月', raw: '三个来月', value: 3, unit: '个月', qualifier: 'approx' },
  { text: '复工持续一个多月', raw: '一个多月', value: 1, unit: '个月', qualifier: 'atLeast' },
  // hours and weeks counted with 个
  { text: '手术持续3个小时', raw: '3个小时', value: 3, unit: '个小时' },
  { text: '会议开了一个多小时', raw: '一个多小时', value: 1, unit: '个小时', qualifier: 'atLeast' },
  { text: '培训为期两个星期', raw: '两个星期', value: 2, unit: '个星期' },
];

describe('units', () => {
  it.each(MUST_MATCH)('$raw in $text', (e) => {
    expectMetric(e);
  });

  it('has no empty unit and no unit that is also a blocker', () => {
    expect(UNITS.every((u) => u.length > 0)).toBe(true);
    expect(UNIT_BLOCKERS.filter((b) => UNITS.includes(b))).toEqual([]);
  });

  it.each([
    ['联合3部门印发通知', '3部门'],
    ['开展重点项目建设,推进2项目落地', '2项目'],
    ['截获二类动物疫病2种', '二类'],
    ['组织完成一期工程', '一期'],
    ['用5年时间', '5年'],
    ['时隔2年再次开行', '2年'],
    ['出口零部件', '零部'],
    // 多 before a word that completes no 个-compound: the count stops at 个, or 一个 is the article
    ['建成一个多功能厅', '一个'],
  ])('%s: %s is no metric', (text, fragment) => {
    expectNoMetricAt(text, fragment);
  });

  describe('a space between a number and its unit', () => {
    it.each<Expected>([
      { text: '抽检合格率为96.4 %,保持稳定', raw: '96.4 %', value: 96.4, unit: '%' },
      { text: '全年平均气温17.9 ℃', raw: '17.9 ℃', value: 17.9, unit: '℃' },
      { text: '共处置废弃物3.5 吨以上', raw: '3.5 吨以上', value: 3.5, unit: '吨', qualifier: 'atLeast' },
      { text: '工业用电量较上年提高0.6 个百分点', raw: '0.6 个百分点', value: 0.6, unit: '个百分点' },
    ])('$raw keeps its metric and its exact span', (e) => {
      expectMetric(e);
    });

    it('reads a percent after &nbsp; once the page is decoded and normalised, span exact', () => {
      const text = normalise(toPageText('<p>新设企业占比达31.7&nbsp;%。</p>', 'html').text);
      const m = extract(text).find((x) => x.unit === '%');
      expect(m).toMatchObject({ raw: '31.7 %', value: 31.7 });
      expect(text.slice(m!.span[0], m!.span[1])).toBe('31.7 %');
    });

    it('a measure word is not read across a space (a flattened table’s next cell)', () => {
      expectNoMetricAt('序号 1 单位 市场监管局', '1 单');
      expectNoMetricAt('第 3 项 检查内容', '3 项');
      expect(extract('合计 12 家企业,其中 5 %').map((m) => m.raw)).toEqual(['5 %']);
    });
  });

  describe('angles, bare metres and plant measure words', () => {
    it.each<Expected>([
      { text: '两线夹角为45.5°,满足设计要求', raw: '45.5°', value: 45.5, unit: '°' },
      { text: '坡度不大于30°', raw: '不大于30°', value: 30, unit: '°', qualifier: 'atMost' },
      { text: '桥下净空不小于6.5m', raw: '不小于6.5m', value: 6.5, unit: 'm', unitNormal: '米', qualifier: 'atLeast' },
      { text: '道路宽12m,两侧设人行道', raw: '12m', value: 12, unit: 'm', unitNormal: '米' },
      { text: '共修剪枝干12枝', raw: '12枝', value: 12, unit: '枝' },
      { text: '补植灌木30丛、花卉200盆', raw: '30丛', value: 30, unit: '丛' },
      { text: '补植灌木30丛、花卉200盆', raw: '200盆', value: 200, unit: '盆' },
    ])('$raw', (e) => {
      expectMetric(e);
    });

    it.each([
      ['建成5G基站1200个', '5G'],
      ['会议时长10min', '10min'],
      ['剂量为5mg', '5mg'],
      ['采用Q235钢材', 'Q235'],
      ['型号为M6螺栓', 'M6'],
      ['3meters long', '3meters'],
      ['修剪3枝条', '3枝条'],
      ['位于四川盆地', '川盆'],
    ])('%s: %s is no angle, metre or plant count', (text, fragment) => {
      expectNoMetricAt(text, fragment);
    });

    it('reads a turnover in 人公里 and 吨公里, not in 人 or 吨', () => {
      expectMetric({ text: '全年旅客周转量3.2亿人公里', raw: '3.2亿人公里', value: 320000000, unit: '人公里' });
      expectMetric({ text: '货物周转量12.5亿吨公里', raw: '12.5亿吨公里', value: 1250000000, unit: '吨公里' });
      expect(extract('铁路客运量120万人,公路货运量350万吨').map((m) => m.unit)).toEqual(['人', '吨']);
    });

    it('reads an allowance per person or per time as one unit (元/年, 元/月, 元/人月)', () => {
      expectMetric({ text: '低保标准提高至10560元/年', raw: '10560元/年', value: 10560, unit: '元/年' });
      expectMetric({ text: '供养标准825元/人月', raw: '825元/人月', value: 825, unit: '元/人月' });
      expect(extract('收入825元,增长5%').map((m) => m.unit)).toEqual(['元']);
      expect(extract('人均消费125元/人次,人均花费320元/人·次').map((m) => m.unit)).toEqual(['元/人次', '元/人·次']);
    });

    it('reads commodity measures (万桶, 万桶/日, 万盎司, 美元/盎司, 美分/蒲式耳) and 个基点 as a change', () => {
      expectMetric({ text: '原油库存减少372.8万桶', raw: '372.8万桶', value: 3728000, unit: '桶', kind: 'change' });
      expectMetric({ text: '国内原油产量为1340万桶/日', raw: '1340万桶/日', value: 13400000, unit: '桶/日' });
      expectMetric({ text: '黄金储备为7280万盎司', raw: '7280万盎司', value: 72800000, unit: '盎司' });
      expectMetric({ text: '黄金期货报2423.5美元/盎司', raw: '2423.5美元/盎司', value: 2423.5, unit: '美元/盎司' });
      expectMetric({ text: '小麦期货报539.25美分/蒲式耳', raw: '539.25美分/蒲式耳', value: 539.25, unit: '美分/蒲式耳' });
      expectMetric({ text: '人民币对美元跌142个基点', raw: '142个基点', value: 142, unit: '个基点', kind: 'change' });
      // 个 alone stays a count
      expect(extract('新建基点3个').map((m) => m.unit)).toEqual(['个']);
    });

    it('reads an optical cable length in 芯千米 (fibres times length), not in 千米', () => {
      expectMetric({ text: '光缆产量166.2万芯千米', raw: '166.2万芯千米', value: 1662000, unit: '芯千米' });
      expect(extract('新建光缆线路3.5万千米').map((m) => m.unit)).toEqual(['千米']);
    });

    it('reads data volumes in Latin units after a magnitude (万GB, 万TB); GB/T and 5G are none', () => {
      expectMetric({ text: '全年移动互联网接入流量3456.789万GB', raw: '3456.789万GB', value: 34567890, unit: 'GB' });
      expectMetric({ text: '存储容量1.2万TB', raw: '1.2万TB', value: 12000, unit: 'TB' });
      expectNoMetricAt('执行GB/T 2260标准', '2260');
      expectNoMetricAt('建成5G基站', '5G');
    });

    it('keeps the longer forms: °C is a temperature, m2/m3/mm/m² are their own units', () => {
      expect(extract('最高气温38.5°C').map((m) => m.unitNormal)).toEqual(['℃']);
      expect(extract('面积120m2').map((m) => m.unit)).toEqual(['m2']);
      expect(extract('降水量25mm').map((m) => m.unitNormal)).toEqual(['毫米']);
      expect(extract('绿地3600m²').map((m) => m.unitNormal)).toEqual(['平方米']);
    });
  });
});

describe('a 个-compound with 多/余/来 inside it (SPLIT_COMPOUND_HEAD)', () => {
  it('stops at 个 when what follows 多 completes no compound unit', () => {
    expect(extract('新建3个多功能区')[0]).toMatchObject({ raw: '3个', unit: '个', qualifier: 'exact' });
    expect(extract('引进两个多元化项目')[0]).toMatchObject({ raw: '两个', unit: '个', qualifier: 'exact' });
  });
  it('keeps a change on the split rate unit (提高2个多百分点)', () => {
    expect(extract('全市城镇化率提高2个多百分点')[0]).toMatchObject({ raw: '2个多百分点', value: 2, unit: '个百分点', qualifier: 'atLeast', kind: 'change', direction: 'up' });
  });
});
