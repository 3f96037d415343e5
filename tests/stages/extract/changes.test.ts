// src/rules/zh/changes.ts and refiners/attach-changes.ts: change verbs, basis words, attached
// and standalone changes, change lists, from–to pairs, targets.
import { describe, expect, it } from 'vitest';
import { extract } from './extract-helpers.js';

describe('changes', () => {
  it('attaches 比上年下降5.1% to the quantity before it, basis yoy', () => {
    const text = '全年监管进出口货物总值11997.04亿元,比上年下降5.1%;';
    const ms = extract(text);
    expect(ms).toHaveLength(1);
    expect(ms[0]).toMatchObject({
      raw: '11997.04亿元',
      value: 1199704000000,
      unit: '元',
      kind: 'quantity',
      change: { direction: 'down', value: 5.1, unit: '%', basis: 'yoy', raw: '比上年下降5.1%' },
    });
  });

  it('reads a yield moving (下行/上行) and a decline deepening or narrowing (加深/缩窄) as changes', () => {
    const rows = (text: string) => extract(text).map((m) => [m.raw, m.kind, m.direction, m.label]);
    expect(rows('10年期国债收益率下行5个基点')).toEqual([['5个基点', 'change', 'down', '10年期国债收益率']]);
    expect(rows('公司债收益率上行3个基点')).toEqual([['3个基点', 'change', 'up', '公司债收益率']]);
    expect(rows('进口降幅加深2.1个百分点')).toEqual([['2.1个百分点', 'change', 'up', '进口降幅']]);
    expect(rows('价格降幅缩窄0.6个百分点')).toEqual([['0.6个百分点', 'change', 'down', '价格降幅']]);
    // 下行 before a noun is no change, nor before an amount: goods flowing to or from the countryside
    expect(rows('经济下行压力加大')).toEqual([]);
    expect(rows('农村电商工业品下行8.2亿元,农产品上行5.1亿元').map(([raw, kind]) => [raw, kind])).toEqual([
      ['8.2亿元', 'quantity'],
      ['5.1亿元', 'quantity'],
    ]);
  });

  it('attaches a change in points opened by the share\'s noun said again (,比重提升3.5个百分点) to the share', () => {
    const [share] = extract('民营企业进出口占全市外贸总值的65.3%,比重提升3.5个百分点。');
    expect(share).toMatchObject({ raw: '65.3%', kind: 'quantity', change: { direction: 'up', value: 3.5, unit: '个百分点' } });
    expect(extract('加工贸易进出口45.6亿元,比重提升2.1个百分点。').map((m) => [m.raw, m.kind])).toEqual([['45.6亿元', 'quantity'], ['2.1个百分点', 'change']]);
    expect(extract('出口退税率为13%,工业比重提高1个百分点。').map((m) => [m.raw, m.kind])).toEqual([['13%', 'quantity'], ['1个百分点', 'change']]);
  });

  it('leaves a method clause right before a change\'s verb out of its label (按可比价格计算, 扣除价格因素, 按人民币计)', () => {
    expect(extract('全市生产总值按可比价格计算增长5.6%。').map((m) => m.label)).toEqual(['全市生产总值']);
    expect(extract('人均可支配收入32450元,名义增长4.9%,扣除价格因素实际增长3.3%。').map((m) => m.label)).toEqual(['人均可支配收入', '人均可支配收入']);
    expect(extract('出口1234万美元,增长12%(按人民币计增长15%)。').map((m) => m.label)).toEqual(['出口', '出口']);
  });

  it('keeps 同比/环比 before the rate a change measures in its label (同比涨幅, not 同)', () => {
    expect(extract('价格环比上涨0.2%,同比涨幅回落0.4个百分点').map((m) => m.label)).toEqual(['价格', '同比涨幅']);
    // a comparison closing the label still leaves it
    expect(extract('出口增速较一季度加快1.1个百分点').map((m) => m.label)).toEqual(['出口增速']);
  });

  it('reads a bracketed note after the basis (比去年同期(下同)增长) as part of the change, not as its label', () => {
    expect(extract('进出口总值3.2万亿元,比去年同期(下同)增长8.7%。')).toMatchObject([
      { raw: '3.2万亿元', change: { direction: 'up', value: 8.7, basis: 'yoy', raw: '比去年同期(下同)增长8.7%' } },
    ]);
    // a note with a number in it is no note: the change stands alone
    expect(extract('进出口总值3.2万亿元,比上年(2023年)增长8.7%。').map((m) => m.raw)).toEqual(['3.2万亿元', '8.7%']);
  });

  it('pairs a from–to whose earlier value has a longer modifier ending in 的 (由“十三五”开局之年的21.4%攀升至46%)', () => {
    expect(extract('外贸依存度由“十三五”开局之年的21.4%攀升至46%。')).toMatchObject([
      { raw: '21.4%', value: 21.4, from: null },
      { raw: '46%', value: 46, from: 21.4 },
    ]);
    // a clause between the two values makes no pair, however the earlier one is modified
    expect(extract('由区财政统一拨付的3000万元,提升至5000万元。').map((m) => m.from)).toEqual([null, null]);
  });

  it('gives a % change after a share of the plan (为预算的91.4%, 完成年度计划的102.3%) to the amount before the share', () => {
    expect(extract('收入完成46.2亿元,为预算的91.4%,下降3.7%。')).toMatchObject([
      { raw: '46.2亿元', change: { direction: 'down', value: 3.7, unit: '%' } },
      { raw: '91.4%', change: null },
    ]);
    expect(extract('完成投资120.6亿元,完成年度计划的102.3%,同比增长8.8%。')).toMatchObject([{ raw: '120.6亿元', change: { value: 8.8, basis: 'yoy' } }, { raw: '102.3%', change: null }]);
    // a share with no plan word before it keeps the change right after it
    expect(extract('出口占比为30%,提高2%。')).toMatchObject([{ raw: '30%', change: { value: 2 } }]);
  });

  it('reads a budget report’s 增收/减收/增支/减支 as a change of the amount before it, not as an amount of its own', () => {
    expect(extract('税收收入11.2亿元,减收4200万元,同比下降3.6%。')).toMatchObject([
      { raw: '11.2亿元', kind: 'quantity', change: { direction: 'down', value: 42000000, unit: '元' } },
      { raw: '3.6%', kind: 'change', direction: 'down', label: '税收收入' },
    ]);
    expect(extract('支出3.1亿元,比上年增支860万元。')).toMatchObject([{ raw: '3.1亿元', change: { direction: 'up', value: 8600000, basis: 'yoy' } }]);
    // 增收节支 before the number is a noun phrase: the amount stays a quantity
    expect(extract('全年实现增收节支3000万元。')).toMatchObject([{ raw: '3000万元', kind: 'quantity', change: null }]);
  });

  it('reads a rate right before a levy (增收10%关税, 加征25%的反倾销税) as the levy’s rate, not a change by that much', () => {
    expect(extract('对上述商品增收10%关税。')).toMatchObject([{ raw: '10%', value: 10, kind: 'quantity', direction: null, change: null }]);
    expect(extract('对原产于某国的进口商品加征25%的反倾销税。')).toMatchObject([{ raw: '25%', kind: 'quantity', direction: null }]);
    // the levy's own change is still a change, and a % before another noun after the verb stays one
    expect(extract('关税收入增收10%。')).toMatchObject([{ raw: '10%', kind: 'change', direction: 'up' }]);
    expect(extract('全年税收增收10%以上。')).toMatchObject([{ kind: 'change', direction: 'up', qualifier: 'atLeast' }]);
    expect(extract('进口额增长10%关键在于政策。')).toMatchObject([{ raw: '10%', kind: 'change', direction: 'up' }]);
  });

  it('reads the verbs of pace (加快, 回升 up; 收窄, 放缓, 下调 down) as changes; a verb not right before the number makes none', () => {
    expect(extract('增速加快1.2个百分点。')).toMatchObject([{ kind: 'change', direction: 'up', value: 1.2, unit: '个百分点' }]);
    expect(extract('降幅收窄2.1个百分点。')).toMatchObject([{ kind: 'change', direction: 'down', value: 2.1 }]);
    expect(extract('增速放缓0.3个百分点。')).toMatchObject([{ kind: 'change', direction: 'down' }]);
    expect(extract('贷款利率下调0.25个百分点。')).toMatchObject([{ kind: 'change', direction: 'down', value: 0.25 }]);
    // money and a count that ends its clause are changes too
    expect(extract('贸易逆差收窄120亿元。')).toMatchObject([{ kind: 'change', direction: 'down', unit: '元' }]);
    expect(extract('就业人数回升3万人。')).toMatchObject([{ kind: 'change', direction: 'up', value: 30000, unit: '人' }]);
    expect(extract('加快推进3个重点项目。')).toMatchObject([{ raw: '3个', kind: 'quantity', change: null }]);
    // before a count of things the verb takes them as its object: a count, the verb in its label
    expect(extract('加快2座跨海大桥建设。')).toMatchObject([{ raw: '2座', kind: 'quantity', direction: null, label: '加快跨海大桥建设' }]);
    expect(extract('下调2家企业信用等级。')).toMatchObject([{ raw: '2家', kind: 'quantity', direction: null }]);
  });

  it('an adverb of measure (同比名义增长) and a method clause (,按可比价格计算,) stay inside the change', () => {
    expect(extract('人均可支配收入3.2万元,同比名义增长6.1%。')).toMatchObject([{ raw: '3.2万元', change: { direction: 'up', value: 6.1, basis: 'yoy', raw: '同比名义增长6.1%' } }]);
    expect(extract('生产总值2345.6亿元,按可比价格计算,增长5.6%。')).toMatchObject([{ raw: '2345.6亿元', change: { direction: 'up', value: 5.6, raw: '增长5.6%' } }]);
    expect(extract('居民收入3.2万元,扣除价格因素影响后增长3%。')).toMatchObject([{ raw: '3.2万元', change: { direction: 'up', value: 3 } }]);
    // any other clause between them still parts them
    expect(extract('生产总值2345.6亿元,其中服务业增长5.6%。').map((m) => m.raw)).toEqual(['2345.6亿元', '5.6%']);
  });

  it('gives the change after a share of the plan (为预算的101.3%) to the amount before the share; a change in points stays the share\'s', () => {
    const pick = (text: string) => extract(text).map((m) => [m.raw, m.change ? `${m.change.direction} ${m.change.value}${m.change.unit}` : null]);
    expect(pick('收入完成56.2亿元,为预算的101.3%,增长6.4%。')).toEqual([['56.2亿元', 'up 6.4%'], ['101.3%', null]]);
    expect(pick('税收38.5亿元(快报数),完成年度预算的97.2%,同比增长3.1%。')).toEqual([['38.5亿元', 'up 3.1%'], ['97.2%', null]]);
    expect(pick('支出完成88.1亿元,为预算的96.5%,提高1.2个百分点。')).toEqual([['88.1亿元', null], ['96.5%', 'up 1.2个百分点']]);
    // no share of the plan between them: the change is the rate's, as before
    expect(pick('出口总额45.6亿元,增速为12.5%,增长7.1%。')).toEqual([['45.6亿元', null], ['12.5%', 'up 7.1%']]);
  });

  it('reads 可比口径 / 按可比口径 before the verb as the change\'s method: the change attaches to the amount before it', () => {
    const ms = extract('县本级收入安排12.6亿元,可比口径增长8.5%。获得转移支付9.3亿元,按可比口径增长2.3%。');
    expect(ms.map((m) => [m.raw, m.kind, m.change?.value ?? null])).toEqual([['12.6亿元', 'quantity', 8.5], ['9.3亿元', 'quantity', 2.3]]);
  });

  it('attaches 、增长42.8倍 (unit 倍) and 同比增长13.5%', () => {
    expect(extract('截获“异宠”263只、增长42.8倍')[0]).toMatchObject({ raw: '263只', change: { direction: 'up', value: 42.8, unit: '倍', basis: null } });
    expect(extract('办理行政诉讼案件177起,同比增长13.5%')[0]).toMatchObject({ raw: '177起', change: { direction: 'up', value: 13.5, basis: 'yoy' } });
  });

  it('reads the contracted 比增/比降 as a yoy change and attaches it to the quantity before it', () => {
    const ms = extract('全县进口9.2亿美元,比增8.4%;出口3.1亿美元,比降2.5%。');
    expect(ms).toHaveLength(2);
    expect(ms[0]).toMatchObject({ raw: '9.2亿美元', change: { direction: 'up', value: 8.4, unit: '%', basis: 'yoy', raw: '比增8.4%' } });
    expect(ms[1]).toMatchObject({ raw: '3.1亿美元', change: { direction: 'down', value: 2.5, unit: '%', basis: 'yoy', raw: '比降2.5%' } });
    // with no quantity before it, a contracted change stands alone
    expect(extract('社会消费品零售额比增6.1%')[0]).toMatchObject({ raw: '6.1%', kind: 'change', direction: 'up', basis: 'yoy' });
  });

  it('attaches a change across a bracketed note after the quantity', () => {
    expect(extract('实际到资5520万美元(按验资口径),同比增长18.6%')).toEqual([
      expect.objectContaining({ raw: '5520万美元', change: expect.objectContaining({ direction: 'up', value: 18.6, basis: 'yoy' }) }),
    ]);
    expect(extract('利用外资450万美元(含增资)增长3%')[0]).toMatchObject({ raw: '450万美元', change: { value: 3, basis: null } });
  });

  it('does not attach across a long bracketed aside or one holding a number', () => {
    const long = extract('出口额12亿元(其中一般贸易方式出口占到了绝大部分份额),增长7%');
    expect(long.map((m) => [m.raw, m.change])).toEqual([['12亿元', null], ['7%', null]]);
    const numbered = extract('完成投资8亿元(2个项目),增长7%');
    expect(numbered.find((m) => m.raw === '8亿元')!.change).toBeNull();
  });

  it('keeps a change that follows no quantity as its own record', () => {
    const ms = extract('推进智慧综合保税区建设,企业申报效率提升40%;');
    expect(ms).toHaveLength(1);
    expect(ms[0]).toMatchObject({ raw: '40%', value: 40, unit: '%', kind: 'change', direction: 'up', change: null, label: '企业申报效率' });
    expect(extract('查验集装箱吊装时间压缩90%')[0]).toMatchObject({ kind: 'change', direction: 'down', value: 90 });
  });

  it('attaches a change against a named year (比2017年压缩63.2%), basis not yoy', () => {
    expect(extract('进口整体通关时间为28.6小时,比2017年压缩63.2%;')[0]).toMatchObject({ raw: '28.6小时', change: { direction: 'down', value: 63.2, basis: null, raw: '比2017年压缩63.2%' } });
  });

  it('reads 由6个月延长至12个月 as 12 from 6, and 6个月 as a record of its own', () => {
    expect(extract('有效期由6个月延长至12个月')).toMatchObject([
      { raw: '6个月', value: 6, from: null, label: '有效期' },
      { raw: '12个月', value: 12, from: 6, label: '有效期' },
    ]);
  });

  it('reads 负增长 as down', () => {
    expect(extract('进口额负增长2%')[0]).toMatchObject({ kind: 'change', direction: 'down', value: 2 });
  });

  it('reads 环比 as pop and 同比 as yoy on a standalone change', () => {
    expect(extract('进口额环比下降3.2%')[0]).toMatchObject({ kind: 'change', direction: 'down', basis: 'pop' });
    expect(extract('出口额同比增长8%')[0]).toMatchObject({ kind: 'change', direction: 'up', basis: 'yoy' });
  });

  it('keeps percentage points as their own unit', () => {
    expect(extract('贸易逆差占比下降0.5个百分点')[0]).toMatchObject({ raw: '0.5个百分点', unit: '个百分点', kind: 'change', direction: 'down' });
    expect(extract('进口额3亿元,下降0.5个百分点')[0]!.change).toMatchObject({ unit: '个百分点', value: 0.5 });
  });

  it('gives 分别增长12.5%、7%、30.2% three changes', () => {
    const ms = extract('三类商品出口分别增长12.5%、7%、30.2%。');
    expect(ms.map((m) => [m.raw, m.kind, m.direction, m.value])).toEqual([
      ['12.5%', 'change', 'up', 12.5],
      ['7%', 'change', 'up', 7],
      ['30.2%', 'change', 'up', 30.2],
    ]);
  });

  it('distributes 分别 over as many quantities right before it', () => {
    const ms = extract('出口机电产品1.2万亿元、劳动密集型产品3000亿元,分别增长5%、3%。');
    expect(ms.map((m) => [m.raw, m.change?.value, m.change?.direction])).toEqual([
      ['1.2万亿元', 5, 'up'],
      ['3000亿元', 3, 'up'],
    ]);
  });

  it('keeps 增加 with an object a change (增加编制100名)', () => {
    expect(extract('增加编制100名。').map((m) => [m.raw, m.kind])).toEqual([['100名', 'change']]);
  });

  it('attaches a change against a point in time (比上年末, 比年初), its basis none of yoy/pop', () => {
    expect(extract('年末户籍人口312.5万人,比上年末增加1.2万人。').map((m) => [m.raw, m.change?.value, m.change?.unit, m.change?.basis])).toEqual([['312.5万人', 12000, '人', null]]);
    expect(extract('存款余额8765.4亿元,较年初增加654.3亿元。').map((m) => [m.raw, m.change?.value])).toEqual([['8765.4亿元', 65430000000]]);
  });

  it('reads a departure from the normal as a change (偏高0.7℃, 偏少5.3%)', () => {
    expect(extract('全年平均气温19.0℃,偏高0.7℃。').map((m) => [m.raw, m.change?.value, m.change?.direction])).toEqual([['19.0℃', 0.7, 'up']]);
    expect(extract('总降水量较常年偏少5.3%。').map((m) => [m.raw, m.kind, m.direction])).toEqual([['5.3%', 'change', 'down']]);
  });

  it('reads 增长达15.6% as a change, and 增长达到100亿元 as the level reached', () => {
    expect(extract('出口额同比增长达15.6%。').map((m) => [m.raw, m.kind, m.direction, m.basis])).toEqual([['15.6%', 'change', 'up', 'yoy']]);
    expect(extract('交易金额比增达2倍以上。').map((m) => [m.raw, m.kind, m.qualifier])).toEqual([['2倍以上', 'change', 'atLeast']]);
    expect(extract('出口增长达到100亿元。').map((m) => [m.raw, m.kind, m.label])).toEqual([['100亿元', 'quantity', '出口增长']]);
  });

  it('attaches a change against a state before or after an event (较调整前, 比改革前)', () => {
    expect(extract('目录共涉及商品编码4856个,较调整前减少120个。').map((m) => [m.raw, m.kind, m.change?.value, m.change?.basis])).toEqual([['4856个', 'quantity', 120, null]]);
  });

  it('keeps two 分别 lists apart: a change with its own 分别 starts another list', () => {
    const ms = extract('出口120亿元、进口80亿元,分别增长5%、3%,增速分别比上年提高1.2个百分点和0.5个百分点。');
    expect(ms.map((m) => [m.raw, m.kind, m.change?.value ?? null])).toEqual([
      ['120亿元', 'quantity', 5],
      ['80亿元', 'quantity', 3],
      ['1.2个百分点', 'change', null],
      ['0.5个百分点', 'change', null],
    ]);
  });

  it('takes 分别 before the basis as well as after it', () => {
    const ms = extract('出口1.2万亿元、进口3000亿元,分别比上年增长5%、3%。');
    expect(ms.map((m) => [m.raw, m.change?.value, m.change?.basis])).toEqual([
      ['1.2万亿元', 5, 'yoy'],
      ['3000亿元', 3, 'yoy'],
    ]);
  });

  it('counts a change with its own verb in a 分别 list as one of the list', () => {
    const ms = extract('一般贸易、加工贸易进出口分别为25.35万亿元、7.12万亿元,分别增长3.6%、下降1.2%。');
    expect(ms.map((m) => [m.raw, m.change?.value, m.change?.direction])).toEqual([
      ['25.35万亿元', 3.6, 'up'],
      ['7.12万亿元', 1.2, 'down'],
    ]);
    // without 分别 the second change is no list item: each change keeps to what it follows
    expect(extract('出口25.35万亿元,增长3.6%、下降1.2%。').map((m) => [m.raw, m.kind])).toEqual([
      ['25.35万亿元', 'quantity'],
      ['1.2%', 'change'],
    ]);
  });

  it('reads 由35%提升至60% as value 60 from 35, the earlier value a record of its own with the same label', () => {
    const ms = extract('无纸化申报比例由35%提升至60%');
    expect(ms).toHaveLength(2);
    expect(ms[0]).toMatchObject({ raw: '35%', value: 35, from: null, change: null, kind: 'quantity', unit: '%', label: '无纸化申报比例', period: null });
    expect(ms[1]).toMatchObject({ raw: '60%', value: 60, from: 35, kind: 'quantity', unit: '%', label: '无纸化申报比例' });
  });

  it('gives a change that reaches a level to that level (提升1.3个百分点至53.5%)', () => {
    const ms = extract('民营企业进出口占比提升1.3个百分点至53.5%。');
    expect(ms).toHaveLength(1);
    expect(ms[0]).toMatchObject({ raw: '53.5%', value: 53.5, kind: 'quantity', change: { direction: 'up', value: 1.3, unit: '个百分点' }, label: '民营企业进出口占比' });
  });

  it('reads a change verb + 至/到 as a target, not a change', () => {
    expect(extract('覆盖率提升至60%')[0]).toMatchObject({ kind: 'quantity', value: 60, from: null, direction: null });
  });

  it('reads 增加编制100名 as a change in the object', () => {
    const ms = extract('在已有编制100名的基础上,增加编制100名。');
    expect(ms.map((m) => [m.raw, m.kind, m.direction])).toEqual([
      ['100名', 'quantity', null],
      ['100名', 'change', 'up'],
    ]);
  });

  it('reads a sector\'s 增加值 (value added) as a quantity, its change attached, not as 增加 + object', () => {
    expect(extract('第一产业增加值6.2亿元,增长3.1%;第二产业实现增加值20.4亿元,增长5.6%。').map((m) => [m.raw, m.kind, m.change?.value ?? null])).toEqual([
      ['6.2亿元', 'quantity', 3.1],
      ['20.4亿元', 'quantity', 5.6],
    ]);
    // negative: an object after 增加 still makes a change
    expect(extract('增加编制30名。')[0]).toMatchObject({ raw: '30名', kind: 'change', direction: 'up' });
  });

  it('does not attach a change across a clause that names something else', () => {
    const ms = extract('签发证书3万份,出口货值增长5%');
    expect(ms.map((m) => m.kind)).toEqual(['quantity', 'change']);
    expect(ms[0]!.change).toBeNull();
  });

  describe('a change in Chinese numerals keeps its unit', () => {
    it('百分之… after a change verb is a change in %', () => {
      expect(extract('出口一万九千八百亿元,增长百分之九点八;')[0]).toMatchObject({ raw: '一万九千八百亿元', change: { direction: 'up', value: 9.8, unit: '%' } });
      expect(extract('进口额同比下降百分之十二点五')[0]).toMatchObject({ raw: '百分之十二点五', kind: 'change', direction: 'down', value: 12.5, unit: '%', basis: 'yoy' });
    });

    it('百分之一 after a verb is a change, not the indefinite 一', () => {
      expect(extract('进口额增长百分之一')[0]).toMatchObject({ kind: 'change', value: 1, unit: '%' });
    });

    it('a fraction after a verb is a change in % (三分之一 → 33.3…)', () => {
      const m = extract('查验时间缩短三分之一')[0]!;
      expect(m).toMatchObject({ kind: 'change', direction: 'down', unit: '%' });
      expect(m.value).toBeCloseTo(100 / 3, 9);
    });

    it('成 and 倍 in Chinese numerals attach too (两成 → 2 成, 一点三倍, 近两倍)', () => {
      expect(extract('进口原油一千二百三十万吨,同比增长两成;')[0]!.change).toMatchObject({ direction: 'up', value: 2, unit: '成' });
      expect(extract('进口冻肉一万五千吨,增长一点三倍。')[0]!.change).toMatchObject({ direction: 'up', value: 1.3, unit: '倍' });
      expect(extract('货值二十三亿四千万元,增长近两倍,')[0]!.change).toMatchObject({ direction: 'up', value: 2, unit: '倍' });
    });
  });

  describe('from–to pairs with words before the earlier value', () => {
    it('由原来的近20小时压缩至6小时左右: 6 from 20; the earlier value keeps its own qualifier', () => {
      const ms = extract('全程平均通关时间由原来的近20小时压缩至6小时左右,');
      expect(ms).toHaveLength(2);
      expect(ms[0]).toMatchObject({ raw: '近20小时', value: 20, qualifier: 'approx', from: null, label: '全程平均通关时间' });
      expect(ms[1]).toMatchObject({ raw: '6小时左右', value: 6, qualifier: 'approx', from: 20, label: '全程平均通关时间' });
    });

    it('由平均48小时压缩至12小时以内: 12 from 48, and 48小时', () => {
      expect(extract('口岸查验时间由平均48小时压缩至12小时以内;')).toMatchObject([
        { raw: '48小时', qualifier: 'exact', from: null, label: '口岸查验时间' },
        { raw: '12小时以内', qualifier: 'atMost', from: 48, label: '口岸查验时间' },
      ]);
    });

    it('由每批次5%调整为2%—3%: a verb that is no change verb + 为 links the pair; the range keeps from', () => {
      expect(extract('二是抽样比例由每批次5%调整为2%—3%;')).toMatchObject([
        { raw: '5%', value: 5, from: null, label: '抽样比例' },
        { raw: '2%—3%', value: 2, valueMax: 3, qualifier: 'range', from: 5, label: '抽样比例' },
      ]);
    });

    it('由/从 inside a word is no from marker (自由贸易区, 从事)', () => {
      const ms = extract('自由贸易区12个提升至20个');
      expect(ms.map((m) => [m.raw, m.from])).toEqual([
        ['12个', null],
        ['20个', null],
      ]);
    });

    it('too many words between the marker and the value: no pair', () => {
      expect(extract('由海关牵头的专项行动查获3起,增加到5起').map((m) => m.from)).toEqual([null, null]);
    });
  });

  describe('a change whose upper end carries the unit again is one ranged change', () => {
    it('降低10%~15% (and the fullwidth ～)', () => {
      for (const text of ['物流成本降低10%~15%。', '物流成本降低10%～15%。']) {
        const ms = extract(text);
        expect(ms).toHaveLength(1);
        expect(ms[0]).toMatchObject({ kind: 'change', direction: 'down', value: 10, valueMax: 15, qualifier: 'range', unit: '%', label: '物流成本' });
      }
    });

    it('增长2%—3% after a quantity attaches as one change', () => {
      const ms = extract('货值12亿元,增长2%—3%。');
      expect(ms).toHaveLength(1);
      expect(ms[0]!.change).toMatchObject({ direction: 'up', value: 2, unit: '%' });
    });

    it('a bare lower bound after the verb (增长1-3%, 下降2至3个百分点) is a ranged change too, never the lower bound alone', () => {
      expect(extract('预计价格增长1-3%。')).toMatchObject([{ raw: '1-3%', kind: 'change', direction: 'up', value: 1, valueMax: 3, qualifier: 'range', unit: '%' }]);
      expect(extract('占比下降2至3个百分点。')).toMatchObject([{ raw: '2至3个百分点', kind: 'change', direction: 'down', value: 2, valueMax: 3, qualifier: 'range' }]);
    });

    it('not 至: a change + 至 reaches a level (提升2%至3%: 3 % with the change, no range)', () => {
      expect(extract('覆盖率提升2%至3%').map((m) => m.qualifier)).not.toContain('range');
    });
  });

  describe('a change verb as a noun after its number (…的增长)', () => {
    it('保持百分之十左右的增长 is a change, up 10 %, approx', () => {
      const ms = extract('预计全年外贸进出口将保持百分之十左右的增长。');
      expect(ms).toHaveLength(1);
      expect(ms[0]).toMatchObject({ raw: '百分之十左右', kind: 'change', direction: 'up', value: 10, unit: '%', qualifier: 'approx' });
    });

    it('实现5%的下降 is a change down', () => {
      expect(extract('能耗实现5%的下降;')[0]).toMatchObject({ raw: '5%', kind: 'change', direction: 'down' });
    });

    it('not when the verb begins a longer noun (增长点, 增长目标) or the unit is no change unit', () => {
      expect(extract('完成30%的增长目标')[0]).toMatchObject({ kind: 'quantity', direction: null });
      expect(extract('培育3个的增长')[0]).toMatchObject({ kind: 'quantity', direction: null });
    });
  });

  describe('a rate frame between a quantity and its change (年均)', () => {
    it('达到1.21万亿元,年均增长5.3%: the change attaches', () => {
      const ms = extract('全省口岸进出口货物总值达到1.21万亿元,年均增长5.3%;');
      expect(ms).toHaveLength(1);
      expect(ms[0]).toMatchObject({ raw: '1.21万亿元', change: { direction: 'up', value: 5.3, unit: '%' } });
    });

    it('with no quantity before, 年均增长5%左右 stands alone', () => {
      expect(extract('关区进出口总值年均增长5%左右。')).toMatchObject([{ kind: 'change', direction: 'up', value: 5, qualifier: 'approx', period: '年均' }]);
    });

    it('other words than a rate frame still keep them apart', () => {
      expect(extract('签发证书3万份,货值年均增长5%').map((m) => m.kind)).toEqual(['quantity', 'change']);
    });
  });
});
