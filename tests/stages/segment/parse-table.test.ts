import { describe, expect, it } from 'vitest';
import { flatTableRowLines, isTableRow, parseTable, splitCells } from '../../../src/stages/segment/parse-table.js';
import { splitLines } from '../../../src/stages/segment/lines.js';

describe('splitCells', () => {
  it('treats a trailing | as the end of the row, not an empty cell', () => {
    expect(splitCells('指标 | 2020年 | 2025年 |')).toEqual(['指标', '2020年', '2025年']);
  });
  it('keeps empty cells inside the row as empty strings', () => {
    expect(splitCells('2.智慧口岸覆盖率(%) | — | 100 |  |')).toEqual(['2.智慧口岸覆盖率(%)', '—', '100', '']);
  });
  it('reads Markdown rows with a leading bar', () => {
    expect(splitCells('| a | b |')).toEqual(['a', 'b']);
  });
  it('keeps an empty first cell before a leading bar in a table whose rows do not all open with one', () => {
    expect(splitCells('| 2022年 | 2023年 |', false)).toEqual(['', '2022年', '2023年']);
    expect(parseTable(['| 2022年 | 2023年 |', '产值 | 1 | 2 |'])).toEqual({ header: ['', '2022年', '2023年'], rows: [['产值', '1', '2']] });
    expect(parseTable(['| a | b |', '| 1 | 2 |'])).toEqual({ header: ['a', 'b'], rows: [['1', '2']] });
  });
  it('keeps the last cell of a row without a terminator', () => {
    expect(splitCells('a | b')).toEqual(['a', 'b']);
  });
});

describe('parseTable', () => {
  it('skips the caption row and takes the first row of cells as the header', () => {
    const table = parseTable(['专栏1?主要指标 | ||||', '指标 | 2020年 | 2025年 | 年均 | 属性 |', '1.合作机制(个) | 53 | >90 | — | 预期性 |', '4.口岸数量(个) | — | 35 | 7 | 预期性 |']);
    expect(table).toEqual({
      header: ['指标', '2020年', '2025年', '年均', '属性'],
      rows: [
        ['1.合作机制(个)', '53', '>90', '—', '预期性'],
        ['4.口岸数量(个)', '—', '35', '7', '预期性'],
      ],
    });
  });
  it('drops Markdown alignment rows', () => {
    expect(parseTable(['| a | b |', '|---|:--:|', '| 1 | 2 |'])).toEqual({ header: ['a', 'b'], rows: [['1', '2']] });
  });
  it('is null for one-cell rows (a 专栏 of inline items)', () => {
    expect(parseTable(['专栏2?工程 |', '(一)完善体系。 建立机制。 |'])).toBeNull();
  });
  it('merges a second header row under cells that span columns, the lower row under the last columns', () => {
    expect(parseTable(['指标 | 单位 | 3月 |  | 1-3月 |  |', '绝对值 | 增长(%) | 绝对值 | 增长(%) |', '产值 | 亿元 | 1 | 2 | 3 | 4 |'])).toEqual({
      header: ['指标', '单位', '3月 绝对值', '3月 增长(%)', '1-3月 绝对值', '1-3月 增长(%)'],
      rows: [['产值', '亿元', '1', '2', '3', '4']],
    });
  });
  it('takes a row of words under the header as data when no header cell spans it, or when it holds a number', () => {
    // no empty header cell after a filled one: the words are the first row
    expect(parseTable(['姓名 | 职务 |', '张三 | 主任 |', '李四 | 科长 |'])?.rows).toHaveLength(2);
    expect(parseTable(['地区 | 2023年 |  |', '甲县 | 12 | 3 |', '乙县 | 5 | 1 |'])?.header).toEqual(['地区', '2023年', '']);
  });
  it('is null for a header without rows', () => {
    expect(parseTable(['a | b |'])).toBeNull();
  });
});

describe('isTableRow', () => {
  it('needs two bars', () => {
    expect(isTableRow('a | b |')).toBe(true);
    expect(isTableRow('标题 |')).toBe(false);
    expect(isTableRow('no bars')).toBe(false);
  });
});

describe('flatTableRowLines', () => {
  const rowsOf = (text: string): number[] => [...flatTableRowLines(text, splitLines(text))];
  it('takes the lines after a statistics header that end in numbers, up to the first that does not', () => {
    const text = '标题\n指标 单位 本月 累计 比增(%)\n一、固定资产投资 亿元 12.30 88.45 6.7\n其中:工业投资\t亿元\t30.12\t-2.2\n二、下一节\n三、进出口 亿元 1 2';
    expect(rowsOf(text)).toEqual([2, 3]);
  });
  it('takes no line without such a header, nor a sentence that ends in a number', () => {
    expect(rowsOf('一、固定资产投资 亿元 12.30 88.45 6.7\n二、进出口 亿元 1 2')).toEqual([]);
    expect(rowsOf('指标 单位 本月 累计\n全年完成投资,同比增长 6.7')).toEqual([]);
  });
});
