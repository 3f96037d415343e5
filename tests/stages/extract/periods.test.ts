// src/rules/zh/periods.ts and refiners/assign-period.ts.
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../../src/pipeline.js';
import { extract } from './extract-helpers.js';

const periods = (text: string, period?: string): (string | null)[] => extract(text, period ? { period } : {}).map((m) => m.period);

describe('periods', () => {
  it('reads 全年 as the document period (a 2023 yearbook), else as written', () => {
    expect(periods('全年监管进出口货物总值11997.04亿元', '2023')).toEqual(['2023']);
    expect(periods('全年系统整体可用性达99.9%以上')).toEqual(['全年']);
  });

  it('reads the frame after a clause naming the figures\' source (据某海关统计, 据初步核算, 经测算)', () => {
    expect(periods('据某海关统计,今年前4个月,我省货物贸易进出口总值1520.6亿元。')).toEqual(['前4个月']);
    expect(periods('据初步核算,2024年全市地区生产总值3200亿元。')).toEqual(['2024']);
    expect(periods('经测算,1-9月全市减税降费12.5亿元。')).toEqual(['1-9月']);
    // a clause that names the year itself frames the figures with it
    expect(periods('据2030年人口普查数据显示,全市常住人口120.5万人。')).toEqual(['2030']);
    // negative: a clause that is no source's keeps the frame out of reach
    expect(periods('据了解该企业的情况较为复杂,今年前4个月,企业出口1.2亿元。')).toEqual([null]);
  });

  it('keeps recurring frames as written', () => {
    expect(periods('涉案率每年控制在0.4%以内')).toEqual(['每年']);
    expect(periods('口岸创建数量年均7个')).toEqual(['年均']);
    expect(periods('5年内累计不少于3个月')).toEqual(['5年内']);
    expect(periods('处级以上干部每2至3年至少接受1次系统理论教育')).toEqual(['每2至3年']);
  });

  it('normalises a target year and a span of years', () => {
    expect(periods('到2025年重点建成2-3个智库实体')).toEqual(['2025']);
    expect(periods('2020—2025年,累计培养人才3000人')).toEqual(['2020-2025']);
  });

  it('lets a year that opens a paragraph frame its sentences, and a colon-led line the next paragraph', () => {
    expect(periods('2024年,完成署级督察4项。召开会议3次。')).toEqual(['2024', '2024']);
    expect(periods('到2010年,海关要努力完成以下主要指标:\n风险管理布控率保持在4%左右。')).toEqual(['2010']);
  });

  it('has no period where none is stated', () => {
    expect(periods('查发大要案51起、增长21.4%')).toEqual([null]);
    expect(periods('全年办结稽查作业356起、核查作业2054起,查发大要案51起', '2023')).toEqual(['2023', '2023', null]);
  });

  it('keeps a part of a year that opens the sentence or paragraph as written, with its year', () => {
    expect(periods('1—10月,全市规模以上工业增加值同比增长6.5%。')).toEqual(['1—10月']);
    expect(periods('2024年上半年,外贸进出口总额56.7亿元。其中,出口32.1亿元。')).toEqual(['2024年上半年', '2024年上半年']);
    expect(periods('今年前11个月,全市新设外资企业125家。')).toEqual(['前11个月']);
    expect(periods('前三季度,全市粮食总产量125.6万吨。\n其中早稻产量12.3万吨。')).toEqual(['前三季度', null]);
    expect(periods('截至3月中旬,通关货物约12.6万吨。')).toEqual(['3月中旬']);
    expect(periods('11月份,我国进出口3.7万亿元。')).toEqual(['11月份']);
  });

  it('lets a sentence opening with 其中 continue the frame of the sentence before it, within its paragraph', () => {
    // the frame opens the paragraph's second sentence, so it frames that sentence alone…
    expect(periods('今年以来全市外贸平稳。1-9月,全市进出口356.8亿元。另外,出口245.3亿元。')).toEqual(['1-9月', null]);
    // …and the 其中 sentence after it
    expect(periods('今年以来全市外贸平稳。1-9月,全市进出口356.8亿元。其中,出口245.3亿元。')).toEqual(['1-9月', '1-9月']);
    expect(periods('1-9月,全市进出口356.8亿元。\n其中,出口245.3亿元。')).toEqual(['1-9月', null]);
  });

  it('gives a figure framed no other way the part of a year the title states', () => {
    const titled = (text: string, title: string) => extract(text, { title }).map((m) => m.period);
    expect(titled('出口245.3亿元。\n1-8月,进口111.5亿元。', '某市2030年1-9月外贸进出口情况分析')).toEqual(['2030年1-9月', '1-8月']);
    expect(titled('东盟贸易总值6.27万亿元。', '海关总署:前11个月我国货物贸易进出口增长4.9%')).toEqual(['前11个月']);
    // the text's part of a year without its year takes the title's, year and all; another part keeps its own
    expect(titled('据某海关统计,今年前三季度,全省出口1.98万亿元。4月份,进口1.2亿元。', '2018年前三季度某省外贸进出口情况解读')).toEqual(['2018年前三季度', '4月份']);
    // …only the same span: a month within the title's months keeps its own, and last year's part its year word
    expect(titled('2月,全省出口总值112.3亿元。', '2024年1-2月全省外贸进出口情况')).toEqual(['2月']);
    expect(titled('三季度,进出口0.6万亿元。去年前三季度,进出口2.9万亿元。', '2018年前三季度江苏省外贸进出口情况解读')).toEqual(['三季度', '去年前三季度']);
    // a title with a year alone, or a date, states no part of a year
    expect(titled('出口245.3亿元。', '某市2030年外贸进出口情况分析')).toEqual([null]);
    expect(titled('出口245.3亿元。', '11月5日某市召开外贸座谈会')).toEqual([null]);
  });

  it('lets a part of a year that opens the number\'s clause win over the sentence\'s', () => {
    expect(periods('上半年全市销售商品房58.80万m2,第一季度销售25.88万m2,第二季度销售32.92万m2。')).toEqual(['上半年', '第一季度', '第二季度']);
  });

  it('does not read a date, a comparison\'s base or a count of months as a part of a year', () => {
    expect(periods('11月5日,海关查获走私案件3起。')).toEqual([null]);
    expect(periods('全市工业增加值增长6.5%,增速比上半年提高0.3个百分点。')).toEqual([null, null]);
    expect(periods('前18个月累计开行262列。')).toEqual([null]);
  });

  it('lets 全年 in the clause or its list win over a part of a year opening the sentence or paragraph', () => {
    expect(periods('1-11月,全市进出口345亿元。12月份,全市进出口40亿元。全年进出口385亿元。')).toEqual(['1-11月', '12月份', '全年']);
    expect(periods('1-11月,全市进出口345亿元,全年有望突破400亿元。')).toEqual(['1-11月', '全年']);
    expect(periods('上半年,全市经济平稳。预计全年进出口将达800亿元。', '2023')).toEqual(['2023']);
  });

  it('reads no frame from a list of periods, a deadline\'s 提前, or a date in numerals; keeps 以来 and a span with 月 twice', () => {
    expect(periods('一季度、上半年、前三季度全市GDP分别增长5.1%、5.3%和5.2%。')).toEqual([null, null, null]);
    // the lead time itself is a quantity (LEAD_TIME_WORDS, fixtures/extract/lead-times), framed by nothing
    expect(periods('提前3个月完成全年任务,完成投资12.5亿元。')).toEqual([null, null]);
    expect(periods('自二〇二四年一月一日起,罚款500元。')).toEqual([null]);
    expect(periods('同上半年相比,出口增长3.2%。')).toEqual([null]);
    expect(periods('6月以来,全市新增市场主体1.2万户。')).toEqual(['6月以来']);
    expect(periods('1月至6月,全市进出口总额345.6亿元。')).toEqual(['1月至6月']);
  });

  it('takes no frame from a notice\'s title, a start (起, 以来) or a comparison in the title', () => {
    const titled = (text: string, title: string) => extract(text, { title }).map((m) => m.period);
    expect(titled('抽查企业120家。', '关于开展2024年第一季度安全生产大检查的通知')).toEqual([null]);
    expect(titled('罚款500元。', '12月起这些新规将施行')).toEqual([null]);
    expect(titled('出口245.3亿元。', '我市出口增速较一季度加快')).toEqual([null]);
  });
});

describe('a section heading that opens with a year frames the figures under it', () => {
  const run = (text: string) =>
    processDocument({ path: 'r.txt', id: 'r', bytes: Buffer.from(text), format: 'text' }).metrics.map((m) => [m.raw, m.period]);
  it('gives a report\'s review and plan sections their years; a frame of the sentence still comes first', () => {
    const report = [
      '2031年某市人民政府工作报告',
      '一、2030年工作回顾',
      '过去一年,全市地区生产总值增长6.1%,新设外资企业186家。',
      '二、2031年工作安排',
      '今年主要预期目标是:地区生产总值增长6%左右。一季度,开工项目120个。',
    ].join('\n');
    expect(run(report)).toEqual([
      ['6.1%', '2030'],
      ['186家', '2030'],
      ['6%左右', '2031'],
      ['120个', '一季度'],
    ]);
  });
  it('negative: a heading of years in a list or from a start frames nothing', () => {
    const report = ['某市工作报告', '一、2025年和“十四五”时期工作回顾', '全市新设外资企业186家。', '二、2023年以来主要成效', '累计建成口岸3个。'].join('\n');
    expect(run(report)).toEqual([
      ['186家', null],
      ['3个', null],
    ]);
  });
});
