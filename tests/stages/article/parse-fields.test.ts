// Field lines: the label scan must read labels exactly as the regexes it replaced (kept here as the
// oracle), on any line; and parseFieldLine reads the field lines of the cases by name.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIXTURES, heapHeldByPage } from '../../helpers.js';
import { processDocument } from '../../../src/pipeline.js';
import { alternation } from '../../../src/lib/pattern.js';
import { FIELD_LABELS, MAX_LABEL_GAP, MAX_TWO_CHAR_LABEL_GAP } from '../../../src/rules/zh/metadata.js';
import { BULLET_CHARS } from '../../../src/rules/zh/line-shapes.js';
import { fieldLineGate, forgetFieldLines, labelScan, normaliseDate, parseFieldLine } from '../../../src/stages/article/parse-fields.js';
import { SITE_OR_ORG_ENDINGS } from '../../../src/rules/zh/metadata.js';
import { fixtureLines } from './fixture-lines.js';

// The regex definitions, as parse-fields.ts had them before the scan.
function spacedAlternation(labels: readonly string[]): string {
  const plain = alternation(labels);
  const spaced = labels.filter((l) => /^[\u4e00-\u9fff]{2,4}$/.test(l)).map((l) => [...l].join(`[ \\t]{1,${l.length === 2 ? MAX_TWO_CHAR_LABEL_GAP : MAX_LABEL_GAP}}`));
  return `(?:${spaced.join('|')}|${plain.slice(3, -1)})`;
}
const LABELS = spacedAlternation(Object.keys(FIELD_LABELS));
const LABEL = new RegExp(`【\\s*(${LABELS})\\s*】|\\[\\s*(${LABELS})\\s*\\]|(${LABELS})\\s*[::]`, 'g');
const LABEL_AT_START = new RegExp(LABEL.source, 'y');
const FIELD_OPENING = new RegExp(`(?:[${BULLET_CHARS}]\\s*)?(?:[((\\[【]|\\d{4}|${LABEL.source})`, 'y');
const labelKey = (label: string): string => label.replace(/[ \t]+/g, '');

function regexLabels(s: string): Array<{ label: string; index: number; end: number }> {
  const found: Array<{ label: string; index: number; end: number }> = [];
  LABEL.lastIndex = 0;
  for (let m = LABEL.exec(s); m; m = LABEL.exec(s)) found.push({ label: labelKey((m[1] ?? m[2] ?? m[3])!), index: m.index, end: m.index + m[0].length });
  return found;
}

/** Lines built from the pieces where the readings could part: labels whole, cut and spaced, their closers, spaces. */
const labels = Object.keys(FIELD_LABELS);
const spacedPieces = labels.filter((l) => l.length >= 2 && l.length <= 4).flatMap((l) => [[...l].join(' '), [...l].join('  '), [...l].join('\t'), [...l].join('    '), [...l].join('     ')]);
const cutPieces = labels.filter((l) => l.length > 1).map((l) => l.slice(0, -1));
const PIECES = [
  ...labels, ...spacedPieces, ...cutPieces, '【', '】', '[', ']', '(', ':', ':', ' ', '  ', '\t', '\u3000', '\u00a0', '•', '·', '*', '2024', '202',
  '-01-05', '年', '海关总署', '主动公开', '|', ' | ', '。', 'x', 'URL', 'url', 'Title', '●', '◆', '・',
];
const line = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => parts.join(''));

describe('the label scan', () => {
  it('finds the labels the regexes found, where they found them', () => {
    fc.assert(
      fc.property(line, (s) => {
        expect(labelScan.findLabels(s)).toEqual(regexLabels(s));
        LABEL_AT_START.lastIndex = 0;
        expect(labelScan.labelAtStart(s)).toBe(LABEL_AT_START.test(s));
        FIELD_OPENING.lastIndex = 0;
        expect(labelScan.opensField(s)).toBe(FIELD_OPENING.test(s));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads the cases by name', () => {
    expect(labelScan.findLabels('发布时间:2024-01-05 来源:海关总署')).toEqual([
      { label: '发布时间', index: 0, end: 5 },
      { label: '来源', index: 16, end: 19 },
    ]);
    // spaced out to line up in an info table; more than three spaces is no label
    expect(labelScan.findLabels('索 引 号: 1')).toEqual([{ label: '索引号', index: 0, end: 6 }]);
    expect(labelScan.findLabels('索    引号: 1')).toEqual([]);
    // a two-character label padded to a four-character column with half-width spaces
    expect(labelScan.findLabels('【文    号】 测农发〔2019〕12号')).toEqual([{ label: '文号', index: 0, end: 8 }]);
    expect(labelScan.findLabels('【文     号】 测农发〔2019〕12号')).toEqual([]);
    expect(labelScan.findLabels('索    引 号: 1')).toEqual([]);
    expect(labelScan.findLabels('【 发布单位 】海关总署')).toEqual([{ label: '发布单位', index: 0, end: 8 }]);
    expect(labelScan.opensField('• 2024年1月5日')).toBe(true);
    expect(labelScan.opensField('普通的一行')).toBe(false);
  });
});

describe('parseFieldLine', () => {
  it('ends a category at the tags after it (分类:财经 标签:外贸 稳增长)', () => {
    expect(parseFieldLine('发布日期:2031-04-02 分类:财经 标签:外贸 稳增长 政策')).toEqual([
      { label: '发布日期', key: 'publishDate', value: '2031-04-02' },
      { label: '分类', key: 'category', value: '财经' },
      { label: '标签', key: 'keywords', value: '外贸 稳增长 政策' },
    ]);
  });
  it('reads 主题 as a field only in an info table\'s layout (spaced, or beside other fields)', () => {
    expect(parseFieldLine('主 题 : 综合政务\\计划')).toEqual([{ label: '主题', key: 'category', value: '综合政务\\计划' }]);
    expect(parseFieldLine('主题:综合政务 发布日期:2031-04-02')?.map((f) => f.key)).toEqual(['category', 'publishDate']);
    expect(parseFieldLine('主题:青春逐梦 创业未来')).toBeNull();
  });
  it('reads each half of a wrapped info line that markup cut in two, and no half-wrapped prose', () => {
    expect(parseFieldLine('(发布日期:2031年02月03日')).toEqual([{ label: '发布日期', key: 'publishDate', value: '2031-02-03' }]);
    expect(parseFieldLine('文号:某发改〔2031〕5号)')).toEqual([{ label: '文号', key: 'docNumber', value: '某发改〔2031〕5号' }]);
    expect(parseFieldLine('(见附件1')).toBeNull();
    expect(parseFieldLine('来源:某报(记者 张三)')?.[0]?.value).toBe('某报(记者 张三)');
  });
  it('reads a two-character label padded to a four-character column, and no wider padding', () => {
    expect(parseFieldLine('【文    号】 测农发〔2019〕12号')).toEqual([{ label: '文号', key: 'docNumber', value: '测农发〔2019〕12号' }]);
    expect(parseFieldLine('文    号: 测农发〔2019〕12号')).toEqual([{ label: '文号', key: 'docNumber', value: '测农发〔2019〕12号' }]);
    expect(parseFieldLine('【文     号】 测农发〔2019〕12号')).toBeNull();
    // a longer label keeps three spaces a gap at most
    expect(parseFieldLine('【发    布机构】 某某局')).toBeNull();
  });

  it('reads labelled fields, wrapped ones and a leading date', () => {
    expect(parseFieldLine('时间:2011-09-26 08:48来源:未知 作者:admin 点击:')).toEqual([
      { label: '时间', key: 'pageDate', value: '2011-09-26 08:48' },
      { label: '来源', key: 'source', value: null },
      { label: '作者', key: 'author', value: 'admin' },
      { label: '点击', key: null, value: null },
    ]);
    expect(parseFieldLine('(责任编辑:芦顺强)')).toEqual([{ label: '责任编辑', key: FIELD_LABELS['责任编辑'], value: '芦顺强' }]);
    expect(parseFieldLine('2024-01-12 10:30 来源:海关总署')?.[0]).toEqual({ label: '', key: 'pageDate', value: '2024-01-12 10:30' });
    expect(parseFieldLine('2022年全县地区生产总值200亿元。')).toBeNull();
  });
  it('reads fields written as bullet items, the bullets between them no part of a value', () => {
    expect(parseFieldLine('● 发布时间:2020-01-02 ● 来源:市商务局')).toEqual([
      { label: '发布时间', key: 'pageDate', value: '2020-01-02' },
      { label: '来源', key: 'source', value: '市商务局' },
    ]);
    expect(parseFieldLine('▪ 信息来源:区商务局')).toEqual([{ label: '信息来源', key: 'source', value: '区商务局' }]);
    expect(parseFieldLine('● 稳定外贸基本盘,全年进出口增长3%。')).toBeNull();
  });
  it('reads the page date closing a field that states no date as the line\'s date, not the value\'s', () => {
    expect(parseFieldLine('版次:02  作者:  2026年03月18日')).toEqual([
      { label: '版次', key: null, value: '02' },
      { label: '作者', key: 'author', value: null },
      { label: '', key: 'pageDate', value: '2026-03-18' },
    ]);
    expect(parseFieldLine('作者:张三 2026-03-18')).toEqual([
      { label: '作者', key: 'author', value: '张三' },
      { label: '', key: 'pageDate', value: '2026-03-18' },
    ]);
    // a date field keeps its date; a value merely holding a date (no space before it) is kept whole
    expect(parseFieldLine('发布时间:2026-03-18')).toEqual([{ label: '发布时间', key: 'pageDate', value: '2026-03-18' }]);
    expect(parseFieldLine('来源:2026年03月18日版')).toEqual([{ label: '来源', key: 'source', value: '2026年03月18日版' }]);
  });

  it('reads a date line led by its site: a web address or a name ending as site names do', () => {
    expect(parseFieldLine('www.xxx.gov.cn 2018-04-19 来源:市统计局')).toEqual([
      { label: '', key: 'pageDate', value: '2018-04-19' },
      { label: '来源', key: 'source', value: '市统计局' },
    ]);
    expect(parseFieldLine('某某网 2018年04月19日 10:20 来源:新华社')?.map((f) => f.value)).toEqual(['2018-04-19 10:20', '新华社']);
    expect(parseFieldLine('某某县人民政府 2019-03-20 来源:县统计局')?.map((f) => f.value)).toEqual(['2019-03-20', '县统计局']);
  });
  it('reads no site lead without a date line after it', () => {
    // a sentence, a lead with no fields after its date, a lead that is no site name, a date inside a word
    expect(parseFieldLine('某某网 2018年04月19日报道称,全省外贸开局良好。')).toBeNull();
    expect(parseFieldLine('某某网 2018年04月19日')).toBeNull();
    expect(parseFieldLine('全年增长 2018-04-19 来源:市统计局')).toBeNull();
    expect(parseFieldLine('某某网 发布于 2018-04-19 来源:市统计局')).toBeNull();
  });
});

describe('lines read again', () => {
  it('are answered from what was read, on any later page, until forgotten', () => {
    const line = '来源:海关总署 作者:张三';
    const first = parseFieldLine(line);
    expect(first).not.toBeNull();
    expect(parseFieldLine(line)).toBe(first); // the same statements, not read again
    expect(parseFieldLine(`x${line}`.slice(1))).toBe(first); // the same line of another page
    forgetFieldLines();
    const again = parseFieldLine(line);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  it('hold no page the line was read from (the line is read from a copy of its own)', () => {
    const line = '来源:海关总署 作者:张三 发布机构:某市统计局';
    const heldBy = (keep: (page: string) => unknown): number => heapHeldByPage(line, keep);
    forgetFieldLines();
    let read: ReturnType<typeof parseFieldLine> = null;
    let viewed = '';
    const MB = 1 << 20;
    expect(heldBy((page) => (read = parseFieldLine(page.slice(0, line.length))))).toBeLessThan(4 * MB);
    expect(read!.map((f) => f.value)).toEqual(['海关总署', '张三', '某市统计局']);
    // the control: the line itself is a view that holds the page
    expect(heldBy((page) => (viewed = page.slice(0, line.length)))).toBeGreaterThan(24 * MB);
    expect(viewed).toBe(line);
  });

  it('answer as a first reading does, on any line', () => {
    const unit = fc.constantFrom('来源', '作者', ':', ' ', '2024-01-05', '海关', '。', '【', '】', '(', ')', '点击');
    fc.assert(
      fc.property(fc.array(fc.string({ unit, maxLength: 8 }), { minLength: 1, maxLength: 6 }), (lines) => {
        forgetFieldLines();
        const fresh = lines.map((l) => {
          forgetFieldLines();
          return parseFieldLine(l);
        });
        forgetFieldLines();
        expect(lines.map((l) => parseFieldLine(l))).toEqual(fresh);
      }),
    );
  });
});

describe('an info table row with an empty value cell', () => {
  it('gives the label no value rather than the next cell’s label (text as normalised: ASCII colons)', () => {
    expect(parseFieldLine('文 号: |  | 备注: | 无 |')?.[0]).toEqual({ label: '文号', key: 'docNumber', value: null });
    expect(parseFieldLine('文 号: |  | 关键字: | 外贸,进出口 |')).toEqual([
      { label: '文号', key: 'docNumber', value: null },
      { label: '关键字', key: 'keywords', value: '外贸,进出口' },
    ]);
  });
  it('keeps a value cell that follows its label, and a value with a colon inside', () => {
    expect(parseFieldLine('文 号: | 某府发〔2031〕3号 | 备注: | 无 |')?.[0]?.value).toBe('某府发〔2031〕3号');
    expect(parseFieldLine('发布时间: | 2031-03-04 10:20 |')?.[0]?.value).toBe('2031-03-04 10:20');
    // a date in figures alone, or in brackets, is a page's date; one in 年月日 alone may be a signature's
    for (const line of ['2031-03-04', '2031/3/4', '[ 2031-03-04 ]', '(2031.03.04)', '2031-03-04  字体:大 中 小']) expect(parseFieldLine(line), line).toEqual([{ label: '', key: 'pageDate', value: '2031-03-04' }]);
    expect(parseFieldLine('2031年3月4日')).toBeNull();
    expect(parseFieldLine('2031-13-45')).toBeNull();
    // a date with its clock alone is a page's timestamp; after 日 the clock may be glued on (news sites' `2031年03月04日10:20`)
    expect(parseFieldLine('2031年03月04日10:20')).toEqual([{ label: '', key: 'pageDate', value: '2031-03-04 10:20' }]);
    expect(parseFieldLine('2031年3月4日 10:20')).toEqual([{ label: '', key: 'pageDate', value: '2031-03-04 10:20' }]);
    expect(parseFieldLine('2031-03-0410:20')).toBeNull();
    expect(parseFieldLine('2031-03-04 全市召开会议')).toBeNull();
    // a verb of publishing and the page's date, no colon (`发布于 2031-03-04`); in a sentence it is none
    expect(parseFieldLine('发布于 2031-03-04')).toEqual([{ label: '', key: 'pageDate', value: '2031-03-04' }]);
    expect(parseFieldLine('发表于2031年3月4日 10:20 来源:某某网')).toEqual([
      { label: '', key: 'pageDate', value: '2031-03-04 10:20' },
      { label: '来源', key: 'source', value: '某某网' },
    ]);
    for (const line of ['该办法发布于2019年,现已废止', '发布于2031年3月4日的通知要求', '发布于 2031-03-04 全市召开会议']) expect(parseFieldLine(line), line).toBeNull();
  });
});

// parseFieldLine gives a line up before reading it when it can be no field line (fieldLineGate):
// it neither opens as one nor may open with a site before its date. The test must never refuse a
// line the reading takes.
describe('the test before the reading', () => {
  const { mayBeFieldLine, readFieldLine } = fieldLineGate;
  const agree = (s: string): void => {
    forgetFieldLines();
    if (!mayBeFieldLine(s)) expect(readFieldLine(s), s).toBeNull();
  };

  it('refuses no line of the fixtures the reading takes, and refuses most of them', () => {
    const lines = fixtureLines();
    let refused = 0;
    for (const s of lines) {
      agree(s);
      if (!mayBeFieldLine(s)) refused++;
    }
    expect(refused).toBeGreaterThan(lines.length / 2);
  });

  it('refuses no generated line the reading takes', () => {
    fc.assert(fc.property(line, agree), { numRuns: 5000 });
    // site-led date lines: a web address or a name with a site's or an organ's ending, spaces, a date, fields
    const lead = fc.constantFrom('www.xxx.gov.cn', 'https://www.xxx.gov.cn/a/b。c', 'xxx.com.cn', '某某', '某某县人民', ...SITE_OR_ORG_ENDINGS);
    const unit = fc.constantFrom(' ', '  ', '\t', '\u3000', '\u00a0', '2018-04-19', '2018年04月19日', '10:20', '2018', '201', '来源:', '市统计局', '作者:张三', '。', '|');
    fc.assert(fc.property(fc.array(lead, { maxLength: 3 }), fc.array(unit, { maxLength: 8 }), (a, b) => agree(a.join('') + b.join(''))), { numRuns: 5000 });
  });

  it('passes the lines a site leads, and gives up prose before reading it', () => {
    for (const s of ['www.xxx.gov.cn 2018-04-19 来源:市统计局', '某某网\u3000 2018年04月19日 10:20 来源:新华社', '某某县人民政府 2019-03-20 来源:县统计局']) {
      expect(mayBeFieldLine(s)).toBe(true);
      expect(readFieldLine(s)).not.toBeNull();
    }
    expect(mayBeFieldLine('全年进出口总值增长3.5%,其中出口增长5%。')).toBe(false);
    expect(mayBeFieldLine('全年增长 20%')).toBe(false);
  });
});

describe('normaliseDate on English (RFC 2822) dates', () => {
  it('reads day, English month and year, with the time as written and the zone not applied', () => {
    expect(normaliseDate('Fri, 17 Sep 2032 11:05:53 GMT')).toBe('2032-09-17 11:05:53');
    expect(normaliseDate('3 Jan 2031')).toBe('2031-01-03');
    expect(normaliseDate('Sun, 30 November 2031 23:30 +0800')).toBe('2031-11-30 23:30');
  });
  it('keeps what is no such date as written', () => {
    expect(normaliseDate('Q3 2031')).toBe('Q3 2031');
    expect(normaliseDate('17 Foo 2031')).toBe('17 Foo 2031');
    expect(normaliseDate('Fri, 17 Sep')).toBe('Fri, 17 Sep');
  });
});

describe('parseFieldLine on a date glued to the fields after it', () => {
  it('reads `2031-09-26 12:11来源:某某网作者:王五` as the date and two fields', () => {
    expect(parseFieldLine('2031-09-26 12:11来源:某某网作者:王五')).toEqual([
      { label: '', key: 'pageDate', value: '2031-09-26 12:11' },
      { label: '来源', key: 'source', value: '某某网' },
      { label: '作者', key: 'author', value: '王五' },
    ]);
  });
  it('reads nothing when what follows the date is no field', () => {
    expect(parseFieldLine('2031-09-26出台新规,自下月起施行')).toBeNull();
    expect(parseFieldLine('2031年9月26日电 某某网记者报道')).toBeNull();
  });
});

// 政务公开 info tables whose label cells have no colon (INFO_TABLE_ROW_LABELS): a row of label cells, each followed by
// its value cell, is a field line. fixtures/article/info-table-label-cells.html, -reader.md and -negative.txt
describe('parseFieldLine on an info table row of colonless label cells', () => {
  it('reads each label cell with the value cell after it, passing over the empty cells a colspan leaves', () => {
    expect(parseFieldLine('索引号 | 765471314/2022-00073 |  | 发布机构 | 杭州公积金中心 |')).toEqual([
      { label: '索引号', key: 'indexNumber', value: '765471314/2022-00073' },
      { label: '发布机构', key: 'issuer', value: '杭州公积金中心' },
    ]);
    expect(parseFieldLine('文  号 | 杭房公委〔2022〕9号 |  | 有 效 性 | 废止 |')).toEqual([
      { label: '文号', key: 'docNumber', value: '杭房公委〔2022〕9号' },
      { label: '有效性', key: null, value: '废止' },
    ]);
    expect(parseFieldLine('| 成文日期 | 2022-06-10 | 统一编号 | ZJAC16-2022-0303 |')).toEqual([
      { label: '成文日期', key: 'writtenDate', value: '2022-06-10' },
      { label: '统一编号', key: null, value: 'ZJAC16-2022-0303' },
    ]);
    expect(parseFieldLine('文号 |  | 有效性 | 有效')).toEqual([
      { label: '文号', key: 'docNumber', value: null },
      { label: '有效性', key: null, value: '有效' },
    ]);
  });

  it('reads no header of a document list, no body table and no sentence in a value cell', () => {
    for (const s of [
      '标题 | 发布日期',
      '索引号 | 标题 | 发布日期',
      '索引号 | 发布机构 | 成文日期',
      '文号 | 标题 | 有效性',
      '名称 | 苹果 | 分类 | 水果',
      '发布日期 | 2031年3月1日起,各单位按新目录执行。',
      '发布机构 | 某某中心 | 单位 | 亿元',
      // a service guide's row (办事指南): 服务对象 is no info table's label
      '服务对象 | 企业法人 | 公开方式 | 网上办理',
    ]) expect(parseFieldLine(s), s).toBeNull();
  });

  const run = (name: string, format: 'html' | 'markdown' | 'text') =>
    processDocument({ path: name, id: name.replace(/\.[^.]+$/, ''), bytes: readFileSync(path.join(FIXTURES, 'article', name)), format });

  it('reads the table above a notice into its metadata, in HTML and in a reader’s Markdown dump, and removes its rows', () => {
    for (const [name, format] of [['info-table-label-cells.html', 'html'], ['info-table-label-cells-reader.md', 'markdown']] as const) {
      const doc = run(name, format);
      expect(doc.metadata, name).toMatchObject({
        indexNumber: '00000000X/2031-00012',
        issuer: '某某市住房公积金管理中心',
        docNumber: '某公积金〔2031〕3号',
        writtenDate: '2031-05-08',
      });
      expect(doc.text, name).not.toMatch(/索引号|文 *号 *\||统一编号|公开范围/);
      expect(doc.text, name).toContain('单人缴存 | 30万元 | 首套 | 40万元');
    }
  });

  it('leaves a notice’s own tables whose headers are such labels (negative)', () => {
    const doc = run('info-table-label-cells-negative.txt', 'text');
    expect(doc.metadata.indexNumber).toBeUndefined();
    expect(doc.metadata.docNumber).toBeUndefined();
    for (const line of ['文号 | 标题 | 有效性', '索引号 | 发布机构 | 成文日期', '00000000X/2030-00007 | 某某市人民政府 | 2030-03-02', '发布日期 | 2031年3月1日起,各单位按新目录执行。', '名称 | 数量 | 分类 | 备注'])
      expect(doc.text).toContain(line);
  });
});

// A ministry's 政务公开 table whose cells name themselves 信息名称 / 信息索引 / 信息类别 / 内容概述 (blind29, a
// moe.gov.cn notice): each a FIELD_LABELS row. fixtures/article/info-table-xinxi-labels.html
describe('an info table of 信息… labels', () => {
  it('reads the labels as fields of a table row', () => {
    expect(parseFieldLine('信息索引: | 360A00-07-2031-0001-1 | 生成日期: | 2031-05-20 |')).toEqual([
      { label: '信息索引', key: 'indexNumber', value: '360A00-07-2031-0001-1' },
      { label: '生成日期', key: 'writtenDate', value: '2031-05-20' },
    ]);
    expect(parseFieldLine('信息名称: | 某某部办公厅关于开展2031年度某项宣传活动的通知 |  |  |')).toEqual([
      { label: '信息名称', key: 'title', value: '某某部办公厅关于开展2031年度某项宣传活动的通知' },
    ]);
    // a summary's cell may hold sentences (SUMMARY_FIELD_LABELS)
    expect(parseFieldLine('内容概述: | 通知明确,各单位要按时报送材料,每单位限报1项作品。 |  |  |')).toEqual([
      { label: '内容概述', key: 'description', value: '通知明确,各单位要按时报送材料,每单位限报1项作品。' },
    ]);
  });

  it('reads no sentence of the article that opens with one of them (negative)', () => {
    expect(parseFieldLine('内容概述:活动分为线上答题和作品征集两部分,每单位限报1项作品。')).toBeNull();
    expect(parseFieldLine('各单位按信息类别分别报送材料,信息名称应与材料一致。')).toBeNull();
  });

  it('takes the table above the notice into metadata and out of the text; the article’s own lines with the words stay', () => {
    const name = 'info-table-xinxi-labels.html';
    const doc = processDocument({ path: name, id: 'info-table-xinxi-labels', bytes: readFileSync(path.join(FIXTURES, 'article', name)), format: 'html' });
    expect(doc.metadata).toMatchObject({ indexNumber: '360A00-07-2031-0001-1', writtenDate: '2031-05-20', issuer: '某某部办公厅', docNumber: '某办函〔2031〕7号', category: '宣传教育' });
    // the summary's cell, sentences and all, is the description, not the article's text
    expect(doc.metadata.description).toBe('通知明确了活动的时间安排和报送要求,各单位须于6月30日前报送材料。');
    expect(doc.text).not.toContain('6月30日前报送材料');
    expect(doc.text).not.toMatch(/信息名称:|信息索引:|内容概述: \|/);
    expect(doc.text).toContain('内容概述:活动分为线上答题和作品征集两部分,每单位限报1项作品。');
    expect(doc.text).toContain('各单位按信息类别分别报送材料,信息名称应与材料一致。');
  });
});
