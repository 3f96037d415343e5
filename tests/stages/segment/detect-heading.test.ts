import { describe, expect, it } from 'vitest';
import { detectHeadings, markerAt, titleOf } from '../../../src/stages/segment/detect-heading.js';
import { splitLines } from '../../../src/stages/segment/lines.js';
import { MARKER_KINDS } from '../../../src/rules/zh/headings.js';

const headingsOf = (text: string) => detectHeadings(text, splitLines(text), () => false);
const brief = (text: string) => headingsOf(text).map((h) => [h.kind, h.marker, h.number, h.title]);

describe('markerAt', () => {
  it.each([
    ['一、总则', 'cn-comma', '一、', 1],
    ['(二十三)加强建设', 'cn-paren', '(二十三)', 23],
    ['（一）加强建设', 'cn-paren', '（一）', 1],
    ['1.坚持科学治关', 'arabic-dot', '1.', 1],
    ['12、坚持', 'arabic-dot', '12、', 12],
    ['(3)申报时限', 'arabic-paren', '(3)', 3],
    ['②随附单证', 'circled', '②', 2],
    ['第五十二条 施行', 'article', '第五十二条', 52],
    ['第一章 总则', 'chapter', '第一章', 1],
    ['第二节 管辖', 'legal-section', '第二节', 2],
    ['第一编 总则', 'part', '第一编', 1],
  ])('%s → %s %s = %d', (text, kind, marker, number) => {
    expect(markerAt(text, 0)).toMatchObject({ kind, marker, number, start: 0, end: marker.length });
  });

  it.each(['2024年,海关…', '1998年,海关总署…', '1.5亿元', '一是加强监管', '——坚持党的全面领导。', '第11个', '专栏1 标题'])('%s has no marker', (text) => {
    expect(markerAt(text, 0)).toBeNull();
  });

  // markerAt reads kind i and its numeral by group number (2i+1, 2i+2) in one combined regex
  it.each(MARKER_KINDS.map((k) => [k.id, k.pattern]))('kind %s captures its numeral and nothing else', (_, pattern) => {
    expect(pattern).toContain('(?<num>');
    expect(new RegExp(`${pattern}|`).exec('')!.length).toBe(2);
  });

  it('reads the kind and numeral of a later kind in a list of some kinds', () => {
    const kinds = MARKER_KINDS.filter((k) => k.id === 'cn-paren' || k.id === 'arabic-paren');
    expect(markerAt('见(12)项', 1, kinds)).toMatchObject({ kind: 'arabic-paren', marker: '(12)', number: 12, start: 1, end: 5 });
  });
});

describe('titleOf', () => {
  it('takes the first sentence when the marker opens a paragraph', () => {
    const text = '(一)深入贯彻落实精神。研究制定方案。';
    expect(titleOf(text, 3, text.length)).toEqual({ title: '深入贯彻落实精神', bodyStart: 12 });
  });
  it('drops layout spaces between Chinese characters (第一章 总　则)', () => {
    const text = '总 则';
    expect(titleOf(text, 0, text.length).title).toBe('总则');
    expect(titleOf('推进 AEO 互认', 0, 9).title).toBe('推进 AEO 互认');
  });

  it('ends a list item at ;', () => {
    const text = '1.实现执法依据的统一,严密行政执法程序;';
    expect(titleOf(text, 2, text.length).title).toBe('实现执法依据的统一,严密行政执法程序');
  });
  it('takes the whole line when there is no sentence end, without trailing punctuation', () => {
    const text = '二、主要任务:';
    expect(titleOf(text, 2, text.length)).toEqual({ title: '主要任务', bodyStart: text.length });
  });
});

describe('detectHeadings', () => {
  it('finds markers at line starts, after indentation', () => {
    expect(brief('   一、形势和要求\n   (一)指导思想。\n   以邓小平理论为指导。\n   1.坚持科学治关。')).toEqual([
      ['cn-comma', '一、', 1, '形势和要求'],
      ['cn-paren', '(一)', 1, '指导思想'],
      ['arabic-dot', '1.', 1, '坚持科学治关'],
    ]);
  });

  it('titles a numbered `label:value` line by its label; the value is its body', () => {
    const text = '一、项目编号:0835-2018-001\n二、项目名称: 某某采购项目\n三、采购方式:公开招标\n(一)指导思想:以创新为动力,推动发展。';
    expect(brief(text)).toEqual([
      ['cn-comma', '一、', 1, '项目编号'],
      ['cn-comma', '二、', 2, '项目名称'],
      ['cn-comma', '三、', 3, '采购方式'],
      ['cn-paren', '(一)', 1, '指导思想'],
    ]);
    const [first, second] = headingsOf(text);
    expect(text.slice(first!.bodyStart, first!.segmentEnd)).toBe('0835-2018-001');
    expect(text.slice(second!.bodyStart, second!.segmentEnd)).toBe('某某采购项目');
  });

  it('keeps the whole title of a line that labels nothing: no colon, a colon at its end, a long or numbered label, a clause', () => {
    expect(brief('一、总体要求\n二、采购需求:\n三、2024年6月1日:开标\n四、关于进一步加强口岸营商环境建设:若干措施')).toEqual([
      ['cn-comma', '一、', 1, '总体要求'],
      ['cn-comma', '二、', 2, '采购需求'],
      ['cn-comma', '三、', 3, '2024年6月1日:开标'],
      ['cn-comma', '四、', 4, '关于进一步加强口岸营商环境建设:若干措施'],
    ]);
  });

  it('does not take inline markers, enumerations, dash paragraphs or years for headings', () => {
    expect(brief('2024年,海关坚持依法行政。\n——坚持党的全面领导。\n要做到:一是加强监管,二是优化服务。\n文件要求(一)落实责任。')).toEqual([]);
  });

  it('reads a marker alone on its line with its title on the next line (a page split by markup)', () => {
    expect(brief('一、\n外贸进出口。\n全市外贸进出口总值增长5.0%。\n二、\n利用外资。\n实际使用外资增长3.1%。')).toEqual([
      ['cn-comma', '一、', 1, '外贸进出口'],
      ['cn-comma', '二、', 2, '利用外资'],
    ]);
  });

  it('tells 一、二季度 (two numbers) from heading 三 whose title opens with 二季度', () => {
    expect(brief('一、二季度进出口均有增长。')).toEqual([]);
    expect(brief('三、二季度商品房售价同比上升\n据统计,均价上涨。')).toEqual([['cn-comma', '三、', 3, '二季度商品房售价同比上升']]);
  });

  it("finds a flattened bulletin's topic headings glued to their text, in numbering order only", () => {
    const filler = '全年各项指标运行平稳,主要指标好于预期。'.repeat(30);
    const line = `一、综 合初步核算,全年生产总值100亿元。${filler}二、农 业2023年,农业总产值50亿元。${filler}五、旅游全年接待游客10万人次。三、交通、邮电全年货运量增长3%。${filler}`;
    expect(brief(line)).toEqual([
      ['cn-comma', '一、', 1, '综合'],
      ['cn-comma', '二、', 2, '农业'],
      ['cn-comma', '三、', 3, '交通、邮电'],
    ]);
    // a short line is no flattened page: a 二、 inside it is text
    expect(brief('一、综合\n全年生产总值增长。二、农业产值增长。')).toEqual([['cn-comma', '一、', 1, '综合']]);
  });

  it('reads `01综合` lines as headings only from 01 on, in order, as whole short lines', () => {
    expect(brief('01综合\n全年生产总值增长5%。\n02工业和建筑业\n工业增加值增长6%。\n04服务业\n10月份出口增长。')).toEqual([
      ['padded', '01', 1, '综合'],
      ['padded', '02', 2, '工业和建筑业'],
    ]);
    expect(brief('12个项目开工建设\n全年完成投资。')).toEqual([]);
  });

  it('reads `01 推进对外开放` (one space after the digits) as `01综合` is read; a spaced count or month line is none', () => {
    expect(brief('01 推进对外开放\n扩大进出口规模。\n02 保障和改善民生\n城镇新增就业5万人。')).toEqual([
      ['padded', '01', 1, '推进对外开放'],
      ['padded', '02', 2, '保障和改善民生'],
    ]);
    expect(brief('10 月份全市进出口增长\n12 个项目开工\n全年完成投资。')).toEqual([]);
  });

  it('in a flattened page, a numbered sentence set off by spaces is a heading whose title is that sentence', () => {
    const filler = '全年各项指标运行平稳,主要指标好于预期。'.repeat(15);
    const line = `出口显示出以下特点。 1.  一般贸易出口占9成以上,加工贸易增长较快。   ${filler} 2.  民营企业出口占半数。   ${filler}`;
    expect(brief(line)).toEqual([
      ['arabic-dot', '1.', 1, '一般贸易出口占9成以上,加工贸易增长较快'],
      ['arabic-dot', '2.', 2, '民营企业出口占半数'],
    ]);
  });

  it('drops a marker without a title', () => {
    expect(brief('(90)\n97.8%\n(2)')).toEqual([]);
  });

  it('recognises 章/条 where a clause starts inside a line whose breaks were lost', () => {
    expect(brief('特制定本办法。第一章 总则第一条 为了规范管理,制定本办法。第二条 本办法适用于海关。')).toEqual([
      ['chapter', '第一章', 1, '总则'],
      ['article', '第一条', 1, '为了规范管理,制定本办法'],
      ['article', '第二条', 2, '本办法适用于海关'],
    ]);
  });

  it('finds a 条 right after a 章 name even without spaces', () => {
    expect(brief('特制定本办法。第一章总则第一条为了规范管理,制定本办法。第二条本办法适用于海关。')).toEqual([
      ['chapter', '第一章', 1, '总则'],
      ['article', '第一条', 1, '为了规范管理,制定本办法'],
      ['article', '第二条', 2, '本办法适用于海关'],
    ]);
  });

  it('does not take a reference to an article for a heading', () => {
    const found = brief('第一条 为了规范管理。\n第二条 依照本办法第一条的规定办理。依照第五条 执行。');
    expect(found.map((h) => h[1])).toEqual(['第一条', '第二条']);
  });

  it('needs a clause-start marker to continue its numbering', () => {
    expect(brief('第一条 总则内容。第三条 跳过的条文。').map((h) => h[1])).toEqual(['第一条']);
  });

  it('restarts 节 numbering in a new 章', () => {
    const found = brief('第一章 总则。第一节 一般规定第一条 内容。第二章 管辖。第一节 管辖规定第二条 内容。');
    expect(found.map((h) => h[1])).toEqual(['第一章', '第一节', '第一条', '第二章', '第一节', '第二条']);
  });

  it('takes the title of a 章 from the next line when the marker stands alone', () => {
    expect(brief('第一章\n总则\n第一条 为了规范管理。')).toEqual([
      ['chapter', '第一章', 1, '总则'],
      ['article', '第一条', 1, '为了规范管理'],
    ]);
  });

  it('skips the lines it is told to', () => {
    const text = '一、总则\n(一)不算\n二、附则';
    expect(detectHeadings(text, splitLines(text), (i) => i === 1).map((h) => h.marker)).toEqual(['一、', '二、']);
  });
});

describe('markers that are numbers in a sentence', () => {
  it.each(['一、二季度,进出口保持增长。', '一、二类产品实行许可管理。', '1、2号线同步开通。', '3.15消费者权益日'])('%s has no marker', (text) => {
    expect(markerAt(text, 0)).toBeNull();
  });
  it('reads 一. (a folded fullwidth 一．) as the 一、 kind', () => {
    expect(markerAt('一.总体要求', 0)).toMatchObject({ kind: 'cn-comma', marker: '一.', number: 1 });
  });
});
