import { describe, expect, it } from 'vitest';
import { isTableRow, parseTable, splitCells } from '../../../src/stages/segment/parse-table.js';

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
