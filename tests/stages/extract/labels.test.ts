// src/rules/zh/labels.ts and refiners/attach-labels.ts: what is measured.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frameAtEdge, trimLabel } from '../../../src/stages/extract/refiners/attach-labels.js';
import { RECURRING_FRAMES } from '../../../src/rules/zh/periods.js';
import { extract } from './extract-helpers.js';

const labels = (text: string): [string, string | null][] => extract(text).map((m) => [m.raw, m.label]);

describe('labels', () => {
  it.each([
    ['(三)覆盖率达到', '覆盖率'],
    // a list's bullet, with its spaces, is no word of the label; a middle dot inside a name stays
    ['全县 ●一般公共预算收入完成', '全县一般公共预算收入完成'],
    ['●县财政投入', '县财政投入'],
    ['冰雪·体育项目投入', '冰雪·体育项目投入'],
    // the items a budget report adds up
    ['加上上级补助收入', '上级补助收入'],
    // a count grown to
    ['全市高新技术企业发展至', '全市高新技术企业'],
    ['会员单位发展到', '会员单位'],
    ['一、其中毛燕', '毛燕'],
    ['2.并完成', '完成'],
    ['涉案率每年控制在', '涉案率'],
    ['海关胜诉率保持', '海关胜诉率'],
    ['海关行政诉讼当年胜诉率(含撤诉案件)在', '海关行政诉讼当年胜诉率(含撤诉案件)'],
    ['对', ''],
    // a trailing word is not cut out of a word that ends with it
    ['现在平均', '现在平均'],
    ['口岸日均', '口岸日均'],
    ['企业所在', '企业所在'],
    ['通关时间均', '通关时间'],
    ['全年开展内部审计', '全年开展内部审计'],
    ['新建公共', '新建公共'],
    ['文书送达', '文书送达'],
    ['审计项目共计', '审计项目'],
    // goal verbs and the adverbs before a change verb
    ['确保进口整体通关时间再', '进口整体通关时间'],
    ['力争线路总数', '线路总数'],
    ['预计全年外贸进出口将', '全年外贸进出口'],
    // the currency named before the amount after a linking word goes with it; alone, or after other words, it stays
    ['单次交易限值为人民币', '单次交易限值'],
    ['合同总额达人民币', '合同总额'],
    ['其中人民币', '人民币'],
    // before the amount 人民币 names its currency (`存款余额人民币950亿元`, `漏缴税款人民币1.23万元`); the item 人民币 of a
    // 其中 list keeps it (below: `其中人民币950亿元` → 存款余额人民币)
    ['存款余额人民币', '存款余额'],
    ['漏缴税款人民币', '漏缴税款'],
    // a total's word alone names the total; 累计 alone is none (never cut to 合 or 累)
    ['合计', '合计'],
    ['总计:', '总计'],
    ['累计', ''],
  ])('trims %s to %s', (raw, want) => {
    expect(trimLabel(raw)).toBe(want);
  });

  it('leaves a rule’s hedge or modal before its bound out of the label (原则上, 一般, 通常, 应当, 必须)', () => {
    expect(extract('补贴标准原则上不超过3000元。')[0]).toMatchObject({ label: '补贴标准', qualifier: 'atMost' });
    expect(extract('申报期限一般不超过30日。')[0]).toMatchObject({ label: '申报期限' });
    expect(extract('营业收入应当不低于500万元。')[0]).toMatchObject({ label: '营业收入' });
    // inside a word or before other words they stay (`一般公共预算收入`)
    expect(extract('一般公共预算收入12.5亿元。')[0]).toMatchObject({ label: '一般公共预算收入' });
    // a hedge alone is a rating's grade, its own label (not the item before's)
    expect(labels('优秀35家,良好120家,一般8家,较差2家。')).toEqual([
      ['35家', '优秀'],
      ['120家', '良好'],
      ['8家', '一般'],
      ['2家', '较差'],
    ]);
    // …but before a bound it hedges it, no label of its own
    expect(labels('一般不超过20个工作日。')).toEqual([['不超过20个工作日', null]]);
  });

  it('takes the clause before the number', () => {
    expect(labels('2023年,全年监管进出口货物总值11997.04亿元,比上年下降5.1%;税收入库476.57亿元')).toEqual([
      ['11997.04亿元', '全年监管进出口货物总值'],
      ['476.57亿元', '税收入库'],
    ]);
  });

  it('adds the noun phrase after the unit', () => {
    expect(labels('命名181个国门卫士青年突击队。')).toEqual([['181个', '命名国门卫士青年突击队']]);
    expect(labels('有效处置40余起口岸聚集性疫情。')).toEqual([['40余起', '有效处置口岸聚集性疫情']]);
  });

  it('shares the clause across a list', () => {
    expect(labels('检出各类传染病14种、556例;')).toEqual([
      ['14种', '检出各类传染病'],
      ['556例', '检出各类传染病'],
    ]);
    expect(labels('对巡视反馈的7个方面25个问题,总署党委主动认领')).toEqual([
      ['7个', '巡视反馈的方面'],
      ['25个', '巡视反馈的问题'],
    ]);
  });

  it('splits at a conjunction: each number keeps its own words', () => {
    expect(labels('部署的由海关参与牵头的6项改革任务和涉及海关工作的114项重要改革举措,逐项细化')).toEqual([
      ['6项', '部署的由海关参与牵头的改革任务'],
      ['114项', '涉及海关工作的重要改革举措'],
    ]);
  });

  it('continues the previous label after 其中 and for a short facet after 、', () => {
    expect(labels('全年关区进口燕窝149.66吨,其中毛燕29.03吨')[1]).toEqual(['29.03吨', '全年关区进口燕窝毛燕']);
    expect(labels('签发原产地证书26.16万份、金额1107.9亿元;')[1]).toEqual(['1107.9亿元', '签发原产地证书金额']);
  });

  it('gives the next item of a list in the same dimension its own noun after the shared verb', () => {
    expect(labels('监管进出境船舶2.1万艘次、飞机1.86万架次。')).toEqual([
      ['2.1万艘次', '监管进出境船舶'],
      ['1.86万架次', '监管飞机'],
    ]);
    expect(labels('全年办结稽查作业356起、核查作业2054起。')[1]).toEqual(['2054起', '全年办结核查作业']);
    // no list verb in the previous item: the noun alone
    expect(labels('疑似枪支配件500件、子弹2.5万发。')[1]).toEqual(['2.5万发', '子弹']);
    // an item with a verb of its own shares none
    expect(labels('查扣侵权嫌疑货物415批次、涉及商品286万件。')[1]).toEqual(['286万件', '涉及商品']);
  });

  it('gives the number after a linking verb the whole clause (12天的比例达100%)', () => {
    expect(labels('关员参加教育培训每年不少于12天的比例达100%。')[1]).toEqual(['100%', '关员参加教育培训每年不少于12天的比例']);
  });

  it('gives an elided subject (占…) the previous label, and drops a leading time frame', () => {
    expect(labels('与东盟贸易6.2万亿元,占我外贸总值的14.8%。')[1]).toEqual(['14.8%', '与东盟贸易占我外贸总值']);
    expect(labels('今年前10个月,我国进口原油4.7亿吨。')).toEqual([['4.7亿吨', '我国进口原油']]);
    expect(labels('近三年进口增长20%。')).toEqual([['20%', '进口']]);
    // any part of a year (rules/zh/periods.ts PART_OF_YEAR): a quarter, a half, a month's end
    expect(labels('一季度全市实现生产总值456.7亿元。')).toEqual([['456.7亿元', '全市实现生产总值']]);
    expect(labels('截止6月末全市空置商品房面积为27.10万平方米。')).toEqual([['27.10万平方米', '全市空置商品房面积']]);
  });

  it('gives a clause of a bare verb the previous label', () => {
    // 其中 adds no words of its own, and a number sharing the 其中 clause's head is not given the opener again
    expect(labels('全年营业收入超亿元的工业企业120户,其中超10亿元6户。')).toEqual([
      ['120户', '全年营业收入超亿元的工业企业'],
      ['超10亿元', '全年营业收入超亿元的工业企业'],
      ['6户', '全年营业收入超亿元的工业企业'],
    ]);
    // 人民币 may be the item itself (`其中人民币950亿元,外币50亿元`): it stays
    expect(labels('存款余额1000亿元,其中人民币950亿元,外币50亿元。')[1]).toEqual(['950亿元', '存款余额人民币']);
    expect(labels('全市跨境电商进出口额增长了三成,达到3.2万亿元。')).toEqual([
      ['三成', '全市跨境电商进出口额'],
      ['3.2万亿元', '全市跨境电商进出口额'],
    ]);
    // a new sentence does not inherit
    expect(labels('进出口额增长三成。达到3.2万亿元。')[1]).toEqual(['3.2万亿元', null]);
  });

  it('skips parentheses and quotes when looking for the clause start', () => {
    expect(labels('世界动物卫生组织(OIE)和国际植物保护公约(IPPC)等国际组织活动参与率不低于60%。')).toEqual([
      ['不低于60%', '世界动物卫生组织(OIE)和国际植物保护公约(IPPC)等国际组织活动参与率'],
    ]);
  });
});

describe('frameAtEdge', () => {
  // the one regex it stands for, tried at every position of the text
  const EDGE = new RegExp(`^(?:${RECURRING_FRAMES.source})|(?:${RECURRING_FRAMES.source})$`);
  const oracle = (s: string): { index: number; text: string } | null => {
    const m = EDGE.exec(s);
    return m ? { index: m.index, text: m[0] } : null;
  };
  const PIECES = ['每', '至', '年', '年均', '每年', '月', '季度', '周', '内', '个', '个月内', '1', '12', '两', '十', '五', '进出口', '增长', ',', '的'];

  it('finds what the edge regex finds, on texts made of frame pieces', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, (s) => {
        expect(frameAtEdge(s)).toEqual(oracle(s));
      }),
      { numRuns: 3000 },
    );
    for (const s of ['每12至15年', '进出口每12至15年', '年均进出口', '进出口12个月内', '每年', '进出口', '']) expect(frameAtEdge(s)).toEqual(oracle(s));
  });
});

describe('trimLabel keeps words that end or start like the words it cuts', () => {
  it('keeps 即将, 必将, 一再 whole, and a noun a goal verb starts (预计数, 确保率)', () => {
    expect(trimLabel('出口即将')).toBe('出口即将');
    expect(trimLabel('外贸规模必将')).toBe('外贸规模必将');
    expect(trimLabel('企业一再')).toBe('企业一再');
    expect(trimLabel('预计数为')).toBe('预计数');
    expect(trimLabel('确保率达到')).toBe('确保率');
    // the verbs themselves still go
    expect(trimLabel('确保进口整体通关时间再')).toBe('进口整体通关时间');
    expect(trimLabel('通关时间将')).toBe('通关时间');
  });
});

describe('a label without the marks at its edges whose partner it does not hold', () => {
  it('drops a quotation opening before the label and an aside closing after it; a whole pair stays', () => {
    expect(labels('报告称,“两国股份累计约8%,远大于其他国家的规模”。')).toEqual([['约8%', '两国股份']]);
    expect(labels('全县医院12家(含联合诊所6家)。')).toEqual([
      ['12家', '全县医院'],
      ['6家', '含联合诊所'],
    ]);
    expect(labels('海关行政诉讼当年胜诉率(含撤诉案件)在95%以上。')).toEqual([['95%以上', '海关行政诉讼当年胜诉率(含撤诉案件)']]);
    expect(labels('进口高达9%。')).toEqual([['9%', '进口']]);
  });
  it('drops the empty pair a number in brackets leaves (its own and the next number\'s label); a pair with words stays', () => {
    const got = labels('平均每亩154.93万元,较去年同期(80.26万元/亩)上升93.04%。');
    expect(got.map(([, label]) => label)).not.toContainEqual(expect.stringContaining('()'));
    expect(got[1]).toEqual(['80.26万元/亩', '较去年同期']);
    expect(labels('全市医院床位(不含诊所)5200张。')).toEqual([['5200张', '全市医院床位(不含诊所)']]);
  });
  it('puts what a quantity is counted per after what is measured, in brackets, and trims the verb before it', () => {
    expect(labels('补贴标准为每亩500元。')).toEqual([['500元', '补贴标准(每亩)']]);
    expect(labels('发放补贴每户2000元。')).toEqual([['2000元', '发放补贴(每户)']]);
    expect(labels('幅度每平方米在200元左右。')).toEqual([['200元左右', '幅度(每平方米)']]);
    // its recurring frame is the period, as before; the verb of a from-to pair goes from both values
    const pair = extract('农村低保标准由每人每年5640元提高到每人每年6000元。');
    expect(pair.map((m) => [m.raw, m.label, m.period])).toEqual([
      ['5640元', '农村低保标准(每人)', '每年'],
      ['6000元', '农村低保标准(每人)', '每年'],
    ]);
    expect(labels('全市残疾人两项补贴标准分别提高至每人每月217元、290元。')).toEqual([
      ['217元', '全市残疾人两项补贴标准(每人)'],
      ['290元', '全市残疾人两项补贴标准(每人)'],
    ]);
    // an average per unit is one phrase
    expect(labels('总价款8亿元,平均每亩154.93万元。')[1]).toEqual(['154.93万元', '平均每亩']);
    expect(labels('价格平均每吨300元。')).toEqual([['300元', '价格(平均每吨)']]);
  });
  it('leaves a per-unit phrase that is the whole label, opens it, or is no unit', () => {
    expect(labels('每人500元。')).toEqual([['500元', '每人']]);
    // the label's words go on after the number: the phrase stays where it stands
    expect(labels('可按每人1500元的标准申请补贴。')).toEqual([['1500元', '可按每人的标准申请补贴']]);
    expect(labels('每百户拥有汽车35辆。')).toEqual([['35辆', '每百户拥有汽车']]);
    expect(labels('每千人医疗卫生机构床位数5.6张。')).toEqual([['5.6张', '每千人医疗卫生机构床位数']]);
    // 每年 is a frame, not a unit: the period, out of the label
    expect(extract('出口额每年增长8%。').map((m) => [m.label, m.period])).toEqual([['出口额', '每年']]);
    // a word that only opens with a unit's character is no per-unit phrase (`每人均` is no unit)
    expect(trimLabel('补贴每人均')).not.toContain('(');
  });
  it('names what is measured by the words after the number without the particle that ties them, only when nothing stands before it', () => {
    expect(labels('对年满60周岁以上的老年人发放补贴。')[0]).toEqual(['60周岁以上', '老年人发放补贴']);
    expect(labels('一半以上的企业实现增长。')).toEqual([['一半以上', '企业实现增长']]);
    // after words of its own the particle joins them (`…培训的比例`)
    expect(labels('关员参加教育培训每年不少于12天的比例达100%。')[0]![1]).toContain('的比例');
  });
  it('gives no label of a function word alone (但, 的)', () => {
    expect(labels('不足一个月但超过十五天的,按一个月计征。').slice(0, 2)).toEqual([
      ['不足一个月', null],
      ['超过十五天', null],
    ]);
  });
});
