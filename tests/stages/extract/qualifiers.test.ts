// src/rules/zh/qualifiers.ts: prefix, infix and suffix qualifier words, distant adverbs, ranges.
import { describe, expect, it } from 'vitest';
import { expectMetric, extract, type Expected } from './extract-helpers.js';

const MUST_MATCH: Expected[] = [
  { text: '实现口岸初筛检查鉴定覆盖率达到80%', raw: '80%', value: 80, unit: '%', qualifier: 'exact' },
  { text: '系统可用性实现100%', raw: '100%', value: 100, unit: '%', qualifier: 'exact' },
  { text: '监测点数量不少于2万个', raw: '不少于2万个', value: 20000, unit: '个', qualifier: 'atLeast' },
  { text: '参与率不低于60%', raw: '不低于60%', value: 60, unit: '%', qualifier: 'atLeast' },
  { text: '查获毒品超过300公斤', raw: '超过300公斤', value: 300, unit: '公斤', qualifier: 'atLeast' },
  { text: '查获毒品逾300公斤', raw: '逾300公斤', value: 300, unit: '公斤', qualifier: 'atLeast' },
  { text: '跨境电商占比首次突破50%', raw: '突破50%', value: 50, unit: '%', qualifier: 'atLeast' },
  { text: '布控有效率达到25%以上', raw: '25%以上', value: 25, unit: '%', qualifier: 'atLeast' },
  { text: '合格率>90%', raw: '>90%', value: 90, unit: '%', qualifier: 'atLeast' },
  // above / below a level, right before the number; a comparison's target between them leaves it exact
  { text: '两年平均增速均高于6%', raw: '高于6%', value: 6, unit: '%', qualifier: 'atLeast' },
  { text: '居民消费价格涨幅低于2.5%', raw: '低于2.5%', value: 2.5, unit: '%', qualifier: 'atMost' },
  { text: '出口增速高于全市平均水平2.3个百分点', raw: '2.3个百分点', value: 2.3, unit: '个百分点', qualifier: 'exact' },
  // 不超 is 不超过's short form: at most, never the 超 of 超15% (at least)
  { text: '团购可给予不超15%的优惠', raw: '不超15%', value: 15, unit: '%', qualifier: 'atMost' },
  { text: '团购可给予超15%的优惠', raw: '超15%', value: 15, unit: '%', qualifier: 'atLeast' },
  { text: '合格率≥60%', raw: '≥60%', value: 60, unit: '%', qualifier: 'atLeast' },
  { text: '基层党支部集中学习研讨7万余次', raw: '7万余次', value: 70000, unit: '次', qualifier: 'atLeast' },
  { text: '处置40多起口岸聚集性疫情', raw: '40多起', value: 40, unit: '起', qualifier: 'atLeast' },
  // 余/多 before the magnitude: the magnitude still scales the numeral
  { text: '申报清单一千八百余万票', raw: '一千八百余万票', value: 18000000, unit: '票', qualifier: 'atLeast' },
  { text: '货值六百多万元', raw: '六百多万元', value: 6000000, unit: '元', qualifier: 'atLeast' },
  { text: '申报清单1800余万票', raw: '1800余万票', value: 18000000, unit: '票', qualifier: 'atLeast' },
  { text: '货值300多亿元', raw: '300多亿元', value: 30000000000, unit: '元', qualifier: 'atLeast' },
  { text: '接入企业1.3万余家', raw: '1.3万余家', value: 13000, unit: '家', qualifier: 'atLeast' },
  // a range closed by 之间 (RANGE_SUFFIXES): in raw, not in the label
  { text: '企业年均增长率保持在8%~10%之间。', raw: '8%~10%之间', value: 8, unit: '%', qualifier: 'range' },
  { text: '降幅在2至3个百分点之间', raw: '2至3个百分点之间', value: 2, unit: '个百分点', qualifier: 'range' },
  // a bare magnitude after a prefix qualifier is one of it, as 近千家 is 1000 家 (fixtures/extract/bare-magnitude-bounds)
  { text: '全市新增市场主体近万家', raw: '近万家', value: 10000, unit: '家', qualifier: 'approx' },
  { text: '带动就业逾万人。', raw: '逾万人', value: 10000, unit: '人', qualifier: 'atLeast' },
  { text: '受益群众不足万人。', raw: '不足万人', value: 10000, unit: '人', qualifier: 'atMost' },
  { text: '投入近亿元资金', raw: '近亿元', value: 100000000, unit: '元', qualifier: 'approx' },
  { text: '涉案率每年控制在0.4%以内', raw: '0.4%以内', value: 0.4, unit: '%', qualifier: 'atMost' },
  { text: '比重降低到1%以下', raw: '1%以下', value: 1, unit: '%', qualifier: 'atMost' },
  { text: '误差不超过5%', raw: '不超过5%', value: 5, unit: '%', qualifier: 'atMost' },
  { text: '合格率≤2%', raw: '≤2%', value: 2, unit: '%', qualifier: 'atMost' },
  { text: '重点培养主任骨干50名左右', raw: '50名左右', value: 50, unit: '名', qualifier: 'approx' },
  { text: '年龄50岁上下', raw: '50岁上下', value: 50, unit: '岁', qualifier: 'approx' },
  { text: '培养储备各类智库人才约200名', raw: '约200名', value: 200, unit: '名', qualifier: 'approx' },
  { text: '查获近300公斤', raw: '近300公斤', value: 300, unit: '公斤', qualifier: 'approx' },
  // 约 before a verb of reaching or converting (the verb alone is exact)
  { text: '建造成本180亿英镑(约合280亿美元)', raw: '约合280亿美元', value: 28000000000, unit: '美元', qualifier: 'approx' },
  { text: '两国股份累计约高达8%', raw: '约高达8%', value: 8, unit: '%', qualifier: 'approx' },
  { text: '出口占比约达5%', raw: '约达5%', value: 5, unit: '%', qualifier: 'approx' },
  { text: '出口占比高达9%', raw: '9%', value: 9, unit: '%', qualifier: 'exact' },
  { text: '重点建成2-3个智库实体', raw: '2-3个', value: 2, unit: '个', qualifier: 'range', valueMax: 3 },
  { text: '完成培训项目3至5个', raw: '3至5个', value: 3, unit: '个', qualifier: 'range', valueMax: 5 },
  { text: '价格水平保持在0.95到1.05的合理区间', raw: '0.95到1.05', value: 0.95, unit: null, qualifier: 'range', valueMax: 1.05 },
  { text: '处货物价值5%以上30%以下罚款', raw: '5%以上30%以下', value: 5, unit: '%', qualifier: 'range', valueMax: 30 },
  { text: '处1万元以上10万元以下罚款', raw: '1万元以上10万元以下', value: 10000, unit: '元', qualifier: 'range', valueMax: 100000 },
  { text: '自受理之日起三个月内作出决定', raw: '三个月内', value: 3, unit: '个月', qualifier: 'atMost' },
  { text: '资格有效期不超过3年', raw: '不超过3年', value: 3, unit: '年', qualifier: 'atMost' },
  { text: '从事相关工作5年以上', raw: '5年以上', value: 5, unit: '年', qualifier: 'atLeast' },
  { text: '应当在届满前30日内提出申请', raw: '30日内', value: 30, unit: '日', qualifier: 'atMost' },
  { text: '延期不得超过2次', raw: '不得超过2次', value: 2, unit: '次', qualifier: 'atMost' },
  { text: '暂停其业务6个月至12个月', raw: '6个月至12个月', value: 6, unit: '个月', qualifier: 'range', valueMax: 12 },
];

describe('qualifiers', () => {
  it.each(MUST_MATCH)('$raw in $text', (e) => {
    expectMetric(e);
  });

  it('reads 余/多 set apart from the digits by a space (150 余项), the raw keeping the space; no measure word across a space alone, nor 余/多 with no unit right after', () => {
    expect(extract('京津医疗合作150 余项落地')[0]).toMatchObject({ raw: '150 余项', value: 150, unit: '项', qualifier: 'atLeast' });
    expect(extract('新开通航线30 多条')[0]).toMatchObject({ raw: '30 多条', value: 30, unit: '条', qualifier: 'atLeast' });
    expect(extract('序号 1 余额 2 多')).toEqual([]);
    expect(extract('检测 3 余 项目')).toEqual([]);
  });

  it('reads a distant adverb (至少接受1次) without putting the words between into raw', () => {
    const [m] = extract('至少接受1次系统理论教育');
    expect(m).toMatchObject({ raw: '1次', value: 1, unit: '次', qualifier: 'atLeast' });
  });

  it('reads a limit word over a share of a long-named whole, 的 right before the number', () => {
    expect(extract('累计提高总额不超过所在统筹地区大病保险原封顶线的20%')[0]).toMatchObject({ raw: '20%', qualifier: 'atMost' });
    expect(extract('研发投入不少于企业上年度主营业务收入的3%')[0]).toMatchObject({ raw: '3%', qualifier: 'atLeast' });
    // negative: no 的 before the number, or a comma between, or past the reach
    expect(extract('补助不超过限额,其中企业自筹部分占总投资的40%')[0]).toMatchObject({ raw: '40%', qualifier: 'exact' });
    expect(extract('不超过本市统筹地区城乡居民基本医疗保险大病保险原有年度封顶线的20%')[0]).toMatchObject({ raw: '20%', qualifier: 'exact' });
  });

  it('reads no bound in a superlative: the limit word with 的 right after it modifies a noun (出口最多的东盟)', () => {
    expect(extract('出口最多的东盟占全市出口总值的35.2%')[0]).toMatchObject({ raw: '35.2%', qualifier: 'exact' });
    expect(extract('盈利最少的小微企业占全部企业的18.5%')[0]).toMatchObject({ raw: '18.5%', qualifier: 'exact' });
    expect(extract('销量最多的品牌销售120万辆')[0]).toMatchObject({ raw: '120万辆', qualifier: 'exact' });
    // a bound still: no 的 after the word
    expect(extract('每户最多补助5000元')[0]).toMatchObject({ raw: '5000元', qualifier: 'atMost' });
  });

  it('reads a limit word a few words before (不得超过货物总重量的0.5%, 至少保存3年)', () => {
    expect(extract('含水率不得超过货物总重量的0.5%')[0]).toMatchObject({ raw: '0.5%', qualifier: 'atMost' });
    expect(extract('账册数据至少保存3年')[0]).toMatchObject({ raw: '3年', value: 3, unit: '年', qualifier: 'atLeast' });
  });

  it('turns a comparison round after a negation, with or without a modal (不应少于, 不宜超过, 均不低于)', () => {
    expect(extract('培训时间不应少于40学时')[0]).toMatchObject({ raw: '不应少于40学时', qualifier: 'atLeast' });
    expect(extract('资本金比例不应低于5%')[0]).toMatchObject({ raw: '不应低于5%', qualifier: 'atLeast' });
    expect(extract('单次展期不宜超过3个月')[0]).toMatchObject({ raw: '不宜超过3个月', qualifier: 'atMost' });
    expect(extract('各项指标均不低于90%')[0]).toMatchObject({ raw: '均不低于90%', qualifier: 'atLeast' });
    expect(extract('利率不会高于3.5%')[0]).toMatchObject({ raw: '不会高于3.5%', qualifier: 'atMost' });
    // over a few words, as 不得超过 (`不得低于货物价值的10%`)
    expect(extract('保证金金额不得低于货物价值的10%')[0]).toMatchObject({ raw: '10%', qualifier: 'atLeast' });
    // without a negation the comparison keeps its own sense
    expect(extract('涨幅低于3%')[0]).toMatchObject({ raw: '低于3%', qualifier: 'atMost' });
    expect(extract('样本少于30个')[0]).toMatchObject({ raw: '少于30个', qualifier: 'atMost' });
  });

  it('reads a threshold not yet passed or reached as a cap (未逾3年, 未满18周岁, 不满2年, 未超过6个月)', () => {
    expect(extract('执行期满未逾5年的不得担任')[0]).toMatchObject({ raw: '未逾5年', value: 5, unit: '年', qualifier: 'atMost' });
    expect(extract('对象为未满18周岁的未成年人')[0]).toMatchObject({ raw: '未满18周岁', qualifier: 'atMost' });
    expect(extract('参保不满2年的不予补助')[0]).toMatchObject({ raw: '不满2年', qualifier: 'atMost' });
    expect(extract('连续缴费未超过6个月的')[0]).toMatchObject({ raw: '未超过6个月', qualifier: 'atMost' });
    // without the negation: 逾 at least, 满 an exact count; 满 of another word gives no bound
    expect(extract('逾期后应逾5年方可申请')[0]).toMatchObject({ raw: '逾5年', qualifier: 'atLeast' });
    expect(extract('登记注册满6个月')[0]).toMatchObject({ raw: '6个月', qualifier: 'exact' });
    expect(extract('未满足以下3项条件的')[0]).toMatchObject({ raw: '3项', qualifier: 'exact' });
    expect(extract('不满意的比例为2%')[0]).toMatchObject({ raw: '2%', qualifier: 'exact' });
  });

  it('reads the inclusive mark before 以内/内 as part of the bound (24个月(含)内)', () => {
    expect(extract('补发时长在24个月(含)内的')[0]).toMatchObject({ raw: '24个月(含)内', qualifier: 'atMost' });
    expect(extract('审核在5个工作日(含本数)以内完成')[0]).toMatchObject({ raw: '5个工作日(含本数)以内', qualifier: 'atMost' });
    expect(extract('共办理证明3件(含补办)')[0]).toMatchObject({ raw: '3件', qualifier: 'exact' });
  });

  it('reads 约占 a few words before (约占全国的三分之一), but not the 约 of 约束性', () => {
    const [share] = extract('进口额约占全国的三分之一');
    expect(share).toMatchObject({ raw: '三分之一', unit: '%', qualifier: 'approx' });
    expect(share!.value).toBeCloseTo(100 / 3, 9);
    expect(extract('约束性指标3个')[0]).toMatchObject({ raw: '3个', qualifier: 'exact' });
  });

  it('has two metrics in 有两个以上领导岗位工作经历的达到100%', () => {
    const ms = extract('有两个以上领导岗位工作经历的达到100%');
    expect(ms.map((m) => [m.raw, m.value, m.unit, m.qualifier])).toEqual([
      ['两个以上', 2, '个', 'atLeast'],
      ['100%', 100, '%', 'exact'],
    ]);
  });

  it('reads a dash between two amounts as the range, not as the upper end\'s minus sign', () => {
    expect(extract('投资5万元-10万元').map((m) => [m.raw, m.value, m.valueMax, m.qualifier])).toEqual([['5万元-10万元', 50000, 100000, 'range']]);
    expect(extract('供养标准提高至16080元/年-39144元/年不等').map((m) => [m.raw, m.value, m.valueMax, m.unit])).toEqual([
      ['16080元/年-39144元/年', 16080, 39144, '元/年'],
    ]);
    // a descending pair is no range: the minus sign stays
    expect(extract('利润10万元-5万元').map((m) => m.value)).toEqual([100000, -50000]);
  });

  it('needs a unit or decimals: a bare integer range (每2至3年, a phone number) is none', () => {
    expect(extract('每2至3年轮训一次')).toEqual([]);
    expect(extract('咨询电话0592-5551234')).toEqual([]);
  });
});
