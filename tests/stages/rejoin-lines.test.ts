// Lines a scraper split by markup are rejoined where they only make sense joined; a table's cells,
// list items, headings, fields and menus stay apart, and a page without the pattern is left alone.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/pipeline.js';
import { normalise } from '../../src/stages/normalise.js';
import { rejoinLines } from '../../src/stages/rejoin-lines.js';
import type { PageText } from '../../src/stages/types.js';
import { FIXTURES } from '../helpers.js';

const read = (name: string): string => readFileSync(path.join(FIXTURES, 'rejoin', name), 'utf8');
const page = (text: string, extra: Partial<PageText> = {}): PageText => ({ text: normalise(text), metadata: {}, titleHints: [], ...extra });
const linesOf = (name: string): string[] => rejoinLines(page(read(name))).text.split('\n').filter((l) => l.length > 0);

describe('rejoinLines on a page split one inline element a line', () => {
  const lines = linesOf('split-inline-elements.txt');

  it('joins a sentence split at its numbers, units, marks and brackets', () => {
    expect(lines).toContain('今年1-9月份,全县外贸进出口总值45.6亿元,同比增长6.2%,增幅比上半年(4.1%)提高2.1个百分点(见图1)。其中出口30.2亿元,进口15.4亿元。');
    expect(lines).toContain('机电产品出口12.8亿元,占出口总值的42.4%;新建厂房3.5万m2,平均价格2100元/ m2。');
  });

  it('joins a heading cut from its numeral and a word cut in two', () => {
    expect(lines).toContain('一、出口结构持续优化:');
    expect(lines).toContain('二、对外贸易。');
  });

  it('keeps the header fields, the menu, the list items, the table cells and the note apart', () => {
    expect(lines.slice(0, 7)).toEqual(['标题: 某县2023年前三季度外贸运行简况', '发布时间: 2023-10-25 10:30', '文号:', '正文:', '首页', '政务公开', '统计信息']);
    expect(lines).toEqual(expect.arrayContaining(['• 一般贸易', '• 加工贸易']));
    const table = lines.indexOf('贸易方式');
    expect(lines.slice(table, table + 9)).toEqual(['贸易方式', '进出口', '出口', '一般贸易', '30.1', '20.5', '加工贸易', '15.5', '9.7']);
    // a lone 年 between a year and a number is the table's cell, not the year's unit
    const years = lines.indexOf('年份');
    expect(lines.slice(years, years + 7)).toEqual(['年份', '2022', '年', '35.2', '2023', '年', '45.6']);
    expect(lines.slice(-3)).toEqual(['某县商务局', '2023年10月20日', '(此件主动公开)']);
  });

  it('runs in the pipeline: the metrics keep their units, the heading is a section, spans point into the text', () => {
    const doc = processDocument({ path: 'split-inline-elements.txt', id: 'split', bytes: Buffer.from(read('split-inline-elements.txt')), format: 'text' });
    const raws = doc.metrics.map((m) => m.raw);
    for (const raw of ['45.6亿元', '30.2亿元', '12.8亿元', '2.1个百分点', '3.5万m2']) expect(raws).toContain(raw);
    expect(doc.sections.map((s) => s.title)).toEqual(['出口结构持续优化', '对外贸易']);
    const points = [...doc.text];
    for (const m of doc.metrics) expect(points.slice(m.span[0], m.span[1]).join('')).toBe(m.raw);
    expect(doc.metadata).toMatchObject({ issuer: '某县商务局', publishDate: '2023-10-20' });
  });
});

describe('rejoinLines leaves alone', () => {
  it('a page of whole lines with a stray break or two (the same object back)', () => {
    const p = page(read('whole-lines-one-stray.txt'));
    expect(rejoinLines(p)).toBe(p);
  });

  it('an HTML page (inline markup never splits its lines)', () => {
    const p = page('总值\n45.6\n亿元\n,增长\n6.2\n%\n。', { blocks: [] });
    expect(rejoinLines(p)).toBe(p);
  });
});

describe('rejoinLines on a page of whole lines, where a break is provably inside one sentence', () => {
  it('joins prose cut before a subscript, a phrase set apart after 的 and a cut 题注, the sentence whole', () => {
    expect(linesOf('provable-sentence-splits.txt')).toEqual([
      '某市政府工作报告',
      '——2031年1月10日在某市第五届人民代表大会第三次会议上',
      '一、过去一年工作回顾',
      '全市生态环境持续改善,森林覆盖率提高到58.2%,城市空气质量优良天数比例达到95.1%,PM2.5年平均浓度降至21微克/立方米。',
      '今年经济社会发展的主要预期目标是:地区生产总值增长5%左右,城镇调查失业率5.5%左右。',
      '二、今年主要任务',
      '持续改善空气质量,推动减污降碳协同增效,以PM2.5浓度持续下降为主线,强化臭氧污染防治。',
    ]);
  });

  it('negative: joins no heading, list item, caption, noun ending, table cell, sentence after a dated 在, nor a whole sentence after a phrase', () => {
    const text = normalise(read('provable-splits-negative.txt'));
    const lines = rejoinLines(page(text)).text.split('\n');
    const joined = text.split('\n').filter((l) => !lines.includes(l));
    expect(joined).toEqual(['今年重点推进的', '十大工程']);
    expect(lines).toContain('今年重点推进的十大工程');
    expect(lines).toContain('包括以下内容。');
  });
});

describe('rejoinLines and heading hints', () => {
  it('moves each hint to the line its line joined', () => {
    const p = page('## 一、概况\n全县总值\n45.6\n亿元\n,增长\n6.2\n%\n。\n## 二、出口\n出口\n30.2\n亿元\n。', { headings: [{ line: 0, depth: 2 }, { line: 8, depth: 2 }] });
    const r = rejoinLines(p);
    expect(r.text.split('\n')).toEqual(['## 一、概况', '全县总值45.6亿元,增长6.2%。', '## 二、出口', '出口30.2亿元。']);
    expect(r.headings).toEqual([{ line: 0, depth: 2 }, { line: 2, depth: 2 }]);
  });
});

describe('rejoinLines keeps a heading apart from the paragraph under it, and a timestamp apart from the title', () => {
  const lines = linesOf('heading-paragraph-timestamp.txt');

  it('leaves a date with its time on its own line under the title', () => {
    expect(lines.slice(0, 2)).toEqual(['2031年某县人民政府工作报告', '2031年03月04日 10时20分']);
  });

  it('does not join a heading to a paragraph opening with a year or a quote', () => {
    expect(lines).toEqual(expect.arrayContaining(['三、2031年重点工作', '2031年是规划实施第一年,意义重大。', '二、“十六五”时期的主要考虑', '“十六五”时期是全县发展的关键期,要抓住机遇。']));
  });

  it('still joins a sentence split at its numbers, and a numbered line whose number follows (not a year)', () => {
    expect(lines).toContain('全年完成投资32.78亿元,增长6.1%。');
    expect(lines).toContain('四、全年外贸进出口45.6亿元,增长6.2%。');
  });
});

describe('rejoinLines: an info table with spaced labels, a bracketed field line cut in two, a range cut at its connector', () => {
  const lines = linesOf('spaced-labels-range-split.txt');

  it('keeps a spaced-out label on its own line after a code ending in a digit (`…-00012` / `发 布 机 构 :`)', () => {
    expect(lines.slice(1, 7)).toEqual(['名 称 :', '某区发展改革委关于印发2031年重点项目计划的通知', '索 引 号 :', '11010000AB1234567C/2031-00012', '发 布 机 构 :', '某区发展和改革委员会']);
  });

  it('keeps a field line a bracket opens apart from the title above it', () => {
    expect(lines).toEqual(expect.arrayContaining(['某区发展改革委关于印发重点项目计划的通知', '(发布日期:2031年02月03日', '文号:某发改〔2031〕5号)']));
  });

  it('joins a range whose connector stands alone between its two numbers', () => {
    expect(lines).toContain('项目完成率应在计划的80%至120%');
    const doc = processDocument({ path: 'r.txt', id: 'r', bytes: Buffer.from(read('spaced-labels-range-split.txt')), format: 'text' });
    expect(doc.metrics.find((m) => m.raw === '80%至120%')).toMatchObject({ value: 80, valueMax: 120, qualifier: 'range' });
    expect(doc.metadata).toMatchObject({ indexNumber: '11010000AB1234567C/2031-00012', issuer: '某区发展和改革委员会', publishDate: '2031-02-03', docNumber: '某发改〔2031〕5号' });
  });

  it('negative: a connector after a date, spaced words without a colon, a bracket that continues its sentence', () => {
    const neg = linesOf('spaced-labels-range-split-negative.txt');
    expect(neg).toEqual(expect.arrayContaining(['2031年3月1日', '至', '一 二 三 四', '五 六 七 八', '统计口径(见附件1)']));
  });
  it('negative: a dash alone between two numbers is a table\'s empty cell, never a range\'s connector', () => {
    const lines = rejoinLines(page('标题\n指标\n绝对值\n增速(%)\n出口额(亿元)\n1250.3\n-\n6.1\n进口额(亿元)\n88.2\n—\n12.0')).text.split('\n');
    expect(lines).toEqual(expect.arrayContaining(['-', '6.1', '—', '12.0']));
    expect(lines.some((l) => /\d[-—]$|^[-—]\d/.test(l))).toBe(false);
  });
});

describe('rejoinLines: a heading over its paragraph whose opening year markup split from its 年', () => {
  it('keeps the heading apart and joins the year with its 年 (a number of the heading\'s own clause still joins)', () => {
    const text = '标题\n一、实施背景\n2018~2020\n年,全市连续实施试点\n3\n年。\n二、全年外贸进出口\n45.6\n亿元,增长\n6.2\n%。';
    const lines = rejoinLines(page(text)).text.split('\n');
    expect(lines).toEqual(['标题', '一、实施背景', '2018~2020年,全市连续实施试点3年。', '二、全年外贸进出口45.6亿元,增长6.2%。']);
  });
});
