// The segment stage end to end on the fixtures in fixtures/segment (see its README), on text as
// the normalise stage hands it over.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/index.js';
import { normalise } from '../../../src/stages/normalise.js';
import { levelsByFirstAppearance, segment } from '../../../src/stages/segment/segment.js';
import { FIXTURES } from '../../helpers.js';

const fixture = (name: string): string => normalise(readFileSync(path.join(FIXTURES, 'segment', name), 'utf8'));
const outline = (text: string) => segment(text);
const tree = (text: string) => outline(text).sections.map((s) => [s.id, s.level, s.marker, s.number, s.title, s.parent]);

describe('segment', () => {
  it('outlines a regulation by 章, 节 and 条; a 节 seen after the first 条s still ranks above them', () => {
    expect(tree(fixture('regulation-chapters-articles.txt'))).toEqual([
      ['s1', 1, '第一章', 1, '总则', null],
      ['s1.1', 3, '第一条', 1, '为了规范海关行政处罚,保障海关依法行使职权,根据《中华人民共和国海关法》,制定本办法', 's1'],
      ['s1.2', 3, '第二条', 2, '本办法适用于海关对违反海关法的行为实施行政处罚', 's1'],
      ['s2', 1, '第二章', 2, '管辖', null],
      ['s2.1', 2, '第一节', 1, '一般规定', 's2'],
      ['s2.1.1', 3, '第三条', 3, '海关行政处罚由发现违法行为的海关管辖', 's2.1'],
      ['s2.1.2', 3, '第四条', 4, '两个以上海关都有管辖权的案件,由最先发现违法行为的海关管辖', 's2.1'],
      ['s2.2', 2, '第二节', 2, '指定管辖', 's2'],
      ['s2.2.1', 3, '第五条', 5, '管辖不明确的案件,由有关海关协商确定管辖', 's2.2'],
      ['s3', 1, '第三章', 3, '附则', null],
      ['s3.1', 3, '第六条', 6, '本办法自公布之日起施行', 's3'],
    ]);
  });

  it('outlines a law whose line breaks were lost, ignoring references to articles', () => {
    const sections = outline(fixture('law-lost-line-breaks.txt')).sections;
    expect(sections.map((s) => s.marker)).toEqual(['第一章', '第一条', '第二条', '第二章', '第三条', '第四条', '第三章', '第五条']);
    expect(sections.map((s) => s.title).filter((_, i) => [0, 3, 6].includes(i))).toEqual(['总则', '统计调查', '附则']);
    expect(sections[2]!.text).toBe('依照本条例第一条的规定,海关统计应当准确、及时、完整。');
  });

  it('outlines a flattened report: (一) after its parent\'s title, (二) after a sentence end, numbering restarted under 二、', () => {
    const sections = outline(fixture('flattened-glued-paren-headings.txt')).sections;
    expect(sections.map((s) => [s.id, s.marker, s.title])).toEqual([
      ['s1', '一、', '2023年工作回顾'],
      ['s1.1', '(一)', '强化产业支撑'],
      ['s1.2', '(二)', '优化营商环境,提升政务服务效能'],
      ['s2', '二、', '2024年工作安排'],
      ['s2.1', '(一)', '扩大有效投资,推动项目建设提速'],
      ['s2.2', '(二)', '深化改革创新,激发市场主体活力'],
    ]);
    // `(三)` inside a sentence and `(五)` out of its numbering stay text
    expect(sections[2]!.text).toContain('依照本区实施方案(三)的要求');
    expect(sections[2]!.text).toContain('(五)相关数据以统计部门公布为准');
  });

  it('outlines a Markdown law whose # marks are still there', () => {
    const text = fixture('markdown-law.md');
    const sections = outline(text).sections;
    expect(sections.map((s) => [s.marker, s.title, s.level])).toEqual([
      ['第一章', '总则', 1],
      ['第一条', '为了加强进出口商品检验工作,规范进出口商品检验行为,制定本法', 2],
      ['第二条', '国务院设立进出口商品检验部门,主管全国进出口商品检验工作', 2],
      ['第二章', '进口商品的检验', 1],
      ['第三条', '进口商品的收货人应当向商检机构报检', 2],
      ['第四条', '本法规定必须经商检机构检验的进口商品未报经检验的,不准销售、使用', 2],
    ]);
    // a section's span and body stop before the next heading's line, # marks included
    expect(text.slice(sections[2]!.span[0], sections[2]!.span[1])).toBe('第二条 国务院设立进出口商品检验部门,主管全国进出口商品检验工作。');
  });

  it("outlines a procurement notice's numbered `label:value` lines by their labels, the values in their sections' text", () => {
    const text = fixture('procurement-label-values.txt');
    const sections = outline(text).sections.filter((s) => s.level === 1);
    expect(sections.map((s) => s.title)).toEqual(['项目编号', '项目名称', '采购方式', '预算金额', '采购需求', '供应商资格要求', '总体要求', '2018年6月20日上午9时开标']);
    expect(sections[0]!.text).toContain('0835-2018-001');
    expect(sections[2]!.text).toContain('公开招标');
  });

  it('outlines a notice with (1) and ① lists; the closing formula is not body of the last item', () => {
    const text = fixture('notice-paren-and-circled-lists.txt');
    const o = outline(text);
    expect(o.sections.map((s) => [s.id, s.level, s.marker, s.title])).toEqual([
      ['s1', 1, '一、', '申报要求'],
      ['s1.1', 2, '(1)', '申报单位应当如实申报'],
      ['s1.1.1', 3, '①', '报关单应当完整填写'],
      ['s1.1.2', 3, '②', '随附单证应当齐全'],
      ['s1.2', 2, '(2)', '申报时限'],
      ['s2', 1, '二、', '工作要求'],
      ['s2.1', 2, '(1)', '加强组织领导'],
      ['s2.2', 2, '(2)', '做好宣传解释'],
    ]);
    const last = o.sections[o.sections.length - 1]!;
    expect(last.text).toBe('');
    expect(text.slice(last.span[1])).toBe('\n\n特此通知。\n');
  });

  it('ends an announcement at 特此公告: its attachment list and signature are not sections', () => {
    const text = fixture('announcement-with-attachments.txt');
    const sections = outline(text).sections;
    expect(sections.map((s) => [s.marker, s.title])).toEqual([
      ['一、', '申报单位应当如实申报进口货物的品名、规格和数量'],
      ['二、', '本公告自发布之日起施行'],
    ]);
    expect(text.slice(sections[1]!.span[0], sections[1]!.span[1])).toBe('二、本公告自发布之日起施行。');
  });

  it('makes each appendix a level-1 section of its own, its numbered items below it', () => {
    const text = fixture('report-with-appendices.txt');
    expect(tree(text)).toEqual([
      ['s1', 1, '一、', 1, '过去一年工作回顾', null],
      ['s1.1', 2, '(一)', 1, '经济运行稳中有进', 's1'],
      ['s2', 1, '二、', 2, '今年主要任务', null],
      ['s2.1', 2, '(一)', 1, '扩大有效需求', 's2'],
      ['s3', 1, '附件1', 1, '2031年县十件民生实事', null],
      ['s3.1', 2, '一、', 1, '提高城乡低保标准', 's3'],
      ['s3.2', 2, '二、', 2, '新建一批社区养老服务站', 's3'],
      ['s4', 1, '附件2', 2, '名词解释', null],
      ['s4.1', 2, '1.', 1, '“两新”', 's4'],
      ['s4.2', 2, '2.', 2, '“一网通办”', 's4'],
    ]);
    const sections = outline(text).sections;
    expect(sections[4]!.text).toBe('坚持民生为大,扎实办好以下事项:');
    expect(sections[3]!.text).not.toContain('附件1');
  });

  it('negative: a notice\'s list of its files (附件1:某某表) is no appendix', () => {
    const sections = outline(fixture('notice-attachment-list-negative.txt')).sections;
    expect(sections.map((s) => [s.level, s.marker])).toEqual([
      [1, '一、'],
      [1, '二、'],
    ]);
  });

  it('gives a 此外 paragraph after the last item of a list back to the list\'s parent', () => {
    const text = '一、主要措施\n(二)健全监督机制\n通过改革加强监督。\n1.统一执法依据;\n2.规范查验程序。\n此外,要进一步加大科技投入。\n(三)健全制度';
    const o = outline(text);
    const byId = new Map(o.sections.map((s) => [s.id, s]));
    expect(byId.get('s1.1')!.text).toBe('通过改革加强监督。\n此外,要进一步加大科技投入。');
    expect(byId.get('s1.1.2')!.text).toBe('');
    expect(text.slice(...byId.get('s1.1.2')!.span)).toBe('2.规范查验程序。');
  });

  it('keeps a 此外 paragraph inside a list with the item it follows', () => {
    const text = '一、主要措施\n1.统一执法依据。\n此外,要加大投入。\n2.规范查验程序。';
    expect(outline(text).sections.find((s) => s.id === 's1.1')!.text).toBe('此外,要加大投入。');
  });

  it('reads fullwidth （一） markers once normalised', () => {
    expect(tree(fixture('fullwidth-paren-markers.txt'))).toEqual([
      ['s1', 1, '(一)', 1, '总体要求', null],
      ['s2', 1, '(二)', 2, '重点任务', null],
      ['s3', 1, '(三)', 3, '保障措施', null],
    ]);
  });

  it('finds no sections in a document without structure, and does not fail', () => {
    expect(outline(fixture('no-structure.txt'))).toEqual({ sections: [], toc: null, columns: [], tables: [] });
    expect(outline('')).toEqual({ sections: [], toc: null, columns: [], tables: [] });
  });

  it('makes topic-sentence sections in a yearbook without markers', () => {
    expect(tree(fixture('yearbook-topic-sentences.txt'))).toEqual([
      ['s1', 1, null, null, '强化口岸监管', null],
      ['s2', 1, null, null, '深化综合治税', null],
      ['s3', 1, null, null, '做好商品检验工作', null],
    ]);
  });

  it('leaves the introduction and the closing 下一步 paragraph out of the sections', () => {
    const text = fixture('report-with-conclusion.txt');
    const sections = outline(text).sections;
    expect(sections[0]!.span[0]).toBe(text.indexOf('一、完善制度'));
    const last = sections[sections.length - 1]!;
    expect(last.text).toBe('查发案件120起。');
    expect(text.slice(last.span[1]).trim()).toMatch(/^下一步,/);
    expect(sections.find((s) => s.id === 's2')!.span[1]).toBe(last.span[1]);
  });

  it('turns a repeated run of heading lines into a toc, not a second copy of the sections', () => {
    const o = outline(fixture('plan-with-toc.txt'));
    expect(o.sections).toHaveLength(5);
    expect(o.toc!.entries.map((e) => [e.marker, e.title, e.level, e.section])).toEqual([
      ['一、', '发展基础', 1, 's1'],
      ['(一)', '取得的成就', 2, 's1.1'],
      ['(二)', '面临的形势', 2, 's1.2'],
      ['二、', '总体要求', 1, 's2'],
      ['(三)', '指导思想', 2, 's2.1'],
    ]);
  });

  it('ends a toc where the body repeats its first entry, when the body’s headings are one-line 条s too', () => {
    const o = outline(fixture('regulation-toc-one-line-articles.txt'));
    expect(o.toc!.entries.map((e) => [e.marker, e.title, e.section])).toEqual([
      ['第一章', '总则', 's1'],
      ['第二章', '申报与查验', 's2'],
      ['第三章', '附则', 's3'],
    ]);
    expect(o.sections.map((s) => s.marker)).toEqual(['第一章', '第一条', '第二条', '第二章', '第三条', '第四条', '第三章', '第五条']);
  });

  it('reads 专栏 boxes from | lines: a table and a box of inline items, kept out of section text', () => {
    const text = fixture('column-table-lines.txt');
    const o = outline(text);
    expect(o.sections.map((s) => [s.id, s.marker, s.title])).toEqual([
      ['s1', '一、', '发展目标'],
      ['s2', '二、', '主要任务'],
      ['s2.1', '(一)', '优化通关流程'],
      ['s2.2', '(二)', '深化区域合作'],
    ]);
    expect(o.columns.map((c) => [c.id, c.number, c.title, c.section])).toEqual([
      ['c1', 1, '口岸发展主要指标', 's1'],
      ['c2', 2, '智慧口岸建设工程', 's2.1'],
    ]);
    expect(o.columns[0]!.table).toEqual({
      header: ['指标', '2020年', '2025年', '属性'],
      rows: [
        ['1.进口整体通关时间(小时)', '34', '<30', '预期性'],
        ['2.智慧口岸覆盖率(%)', '—', '100', ''],
      ],
    });
    expect(o.columns[1]!.items.map((i) => [i.title, i.text])).toEqual([
      ['建设智能卡口', '推广卡口自动核放。'],
      ['推广无感通关', '推进旅客无感通关。'],
    ]);
    expect(o.sections[0]!.text).toBe('到2025年,口岸通关效率进一步提升。');
    expect(o.sections[2]!.text).toBe('压缩整体通关时间。');
  });

  it('runs in linear time on a 1 MB line and a row of thousands of cells', () => {
    const started = Date.now();
    segment(`一、${'、'.repeat(500_000)}x${' '.repeat(500_000)}x`);
    segment(`专栏1 表 |\n${'a | '.repeat(20_000)}\n第${'一'.repeat(100_000)}`);
    segment(`(一)${'第一条第'.repeat(100_000)}`);
    // many lines, none with a sentence end or a legal marker: no search may run past its line
    segment(`${'普通文本行'.repeat(4)}\n`.repeat(100_000) + '第');
    expect(Date.now() - started).toBeLessThan(3000);
  });
});

describe('levelsByFirstAppearance', () => {
  it('keeps a one-sentence item that comes before the next (二) below it', () => {
    expect(outline('一、总则\n(一)主要任务\n1.加强监管。\n(二)保障措施\n正文。').sections.map((s) => [s.marker, s.level, s.parent])).toEqual([
      ['一、', 1, null],
      ['(一)', 2, 's1'],
      ['1.', 3, 's1.1'],
      ['(二)', 2, 's1'],
    ]);
  });

  it('ranks kinds by the order they first appear', () => {
    const c = (kind: 'cn-comma' | 'cn-paren' | 'arabic-dot', start: number) => ({ kind, start, bodyStart: start + 1, segmentEnd: start + 1 });
    const text = 'a。b。c。d。e。f。';
    expect([...levelsByFirstAppearance([c('cn-paren', 0), c('cn-comma', 2), c('arabic-dot', 4)], text)]).toEqual([
      ['cn-paren', 1],
      ['cn-comma', 2],
      ['arabic-dot', 3],
    ]);
  });
});

describe('segment with the markup headings (Markdown `##`, setext) handed on by the clean stage', () => {
  const text = '导语一段。\n\n通关提速\n\n正文甲。\n\n细分一点\n正文乙。\n\n查验更准\n\n正文丙。\n\n下一步,将继续推进。';
  const marks = [
    { line: 2, depth: 2 },
    { line: 6, depth: 3 },
    { line: 9, depth: 2 },
  ];
  it('makes them sections when no heading is numbered, levels ranked by depth (the shallowest is 1)', () => {
    expect(segment(text, marks).sections.map((s) => [s.id, s.level, s.marker, s.number, s.title, s.parent, s.text])).toEqual([
      ['s1', 1, null, null, '通关提速', null, '正文甲。'],
      ['s1.1', 2, null, null, '细分一点', 's1', '正文乙。'],
      ['s2', 1, null, null, '查验更准', null, '正文丙。'],
    ]);
  });
  it('leaves a closing outlook paragraph out of the last section, as for numbered headings', () => {
    const last = segment(text, marks).sections[2]!;
    expect(text.slice(last.span[0], last.span[1])).toBe('查验更准\n\n正文丙。');
  });
  it('gives way to numbered headings, which the text itself marks', () => {
    const numbered = '一、总体情况\n正文。\n二、下一步工作\n正文。';
    expect(segment(numbered, [{ line: 0, depth: 2 }]).sections.map((s) => s.marker)).toEqual(['一、', '二、']);
  });
  it('without markup headings, falls back to topic sentences as before', () => {
    expect(segment(text).sections).toEqual([]);
  });
});

describe('Markdown headings with a lone CR in the text', () => {
  it('count lines the way normalise does, so the headings still become sections', () => {
    const text = '# 年度报告\n\n导言第一行\r导言第二行\n\n## 总体情况\n\n全年进出口增长。\n\n## 主要工作\n\n查获毒品12起。\n';
    expect(extractDocument(text, { path: 'cr.md', format: 'markdown' }).sections.map((s) => s.title)).toEqual(['总体情况', '主要工作']);
  });
});

describe('Markdown headings over numbered items (markupOutline)', () => {
  const levels = (name: string): Array<[number, string]> => {
    const doc = extractDocument(fixture(name), { path: name, format: 'markdown' });
    const out: Array<[number, string]> = [];
    const walk = (ss: typeof doc.sections): void => {
      for (const s of ss) {
        out.push([s.level, s.title]);
        walk(s.children ?? []);
      }
    };
    walk(doc.sections);
    return out;
  };

  it('makes the ## headings the outline and the 1、 items that restart under them their children', () => {
    const got = levels('markdown-sections-over-numbered-items.md');
    expect(got.filter(([l]) => l === 1).map(([, t]) => t)).toEqual(['宏观', '市场', '产业']);
    expect(got.filter(([l]) => l === 2)).toHaveLength(6);
    expect(got.filter(([l]) => l === 3).map(([, t]) => t)).toEqual(['其中先进制造项目5个', '现代服务业项目3个']);
  });

  it('sets a lone heading slipped one level up among peer stories back to their level (slippedDepths)', () => {
    const got = levels('markdown-slipped-heading-level.md');
    expect(got.filter(([l]) => l === 1)).toHaveLength(5);
    expect(got.map(([l]) => l)).toEqual([1, 1, 1, 1, 1]);
  });

  it('keeps ## headings used more than once as the parents of their ### ones', () => {
    const got = levels('markdown-parent-heading-negative.md');
    expect(got).toEqual([[1, '总体情况'], [2, '经济运行'], [2, '民生保障'], [1, '下一步工作'], [2, '重点任务']]);
  });

  it('keeps one numbered series under one markup heading as the outline, beside the ## headings', () => {
    const got = levels('markdown-one-numbered-series-negative.md');
    expect(got).toEqual([[1, '摘要'], [1, '2024年工作回顾'], [1, '存在的问题'], [1, '2025年工作安排'], [1, '名词解释']]);
  });

  it('nests a series under the one markup heading it starts right after (## 宏观 then 1、)', () => {
    const text = '# 某某早报\n\n## 宏观\n1、上月进出口总值12.5亿元。\n\n2、居民消费价格同比上涨0.4%。\n\n## 风险提示\n市场有风险。\n';
    const doc = extractDocument(text, { path: 'digest.md', format: 'markdown' });
    expect(doc.sections.map((s) => [s.level, s.title])).toEqual([[1, '宏观'], [2, '上月进出口总值12.5亿元'], [2, '居民消费价格同比上涨0.4%'], [1, '风险提示']]);
  });

  it('keeps a lone shallower heading followed at once by a deeper one as its parent, not a slip', () => {
    const got = levels('markdown-lone-parent-heading-negative.md');
    expect(got).toEqual([[2, '进出口'], [2, '出口'], [2, '进口'], [1, '附录'], [2, '统计范围']]);
  });

  it('keeps numbered markup headings (## 一、) as the outline', () => {
    const got = levels('markdown-numbered-headings-negative.md');
    expect(got.filter(([l]) => l === 1).map(([, t]) => t)).toEqual(['总体情况', '下一步工作']);
    expect(got.filter(([l]) => l === 2).map(([, t]) => t)).toEqual(['工业项目12个', '服务业项目8个']);
  });
});
