import { describe, expect, it } from 'vitest';
import { findColumns, findItems } from '../../../src/stages/segment/find-columns.js';
import { splitLines } from '../../../src/stages/segment/lines.js';

const columnsOf = (text: string) => findColumns(text, splitLines(text));

describe('findColumns', () => {
  it('reads a box of inline items from a text dump, separator ? or space', () => {
    const text = '正文。\n专栏2?税收风险防控工程 |\n(一)完善协同防控体系。 建立管理模式。 (二)深化属地纳税人管理。 推动关企征纳。 |\n(九)维护口岸安全。';
    const [box, ...rest] = columnsOf(text);
    expect(rest).toEqual([]);
    expect(box).toMatchObject({ number: 2, title: '税收风险防控工程', table: null, firstLine: 1, lastLine: 2 });
    expect(box!.items.map((i) => [i.marker, i.number, i.title, i.text])).toEqual([
      ['(一)', 1, '完善协同防控体系', '建立管理模式。'],
      ['(二)', 2, '深化属地纳税人管理', '推动关企征纳。'],
    ]);
    expect(text.slice(box!.start, box!.end)).toBe(text.split('\n').slice(1, 3).join('\n'));
    const [first] = box!.items;
    expect(text.slice(first!.span[0], first!.span[1])).toBe('(一)完善协同防控体系。 建立管理模式。');
    expect(columnsOf(text.replace('专栏2?', '专栏2 '))[0]!.title).toBe('税收风险防控工程');
    expect(columnsOf(text.replace('专栏2?', '专栏 2 '))[0]!.number).toBe(2);
  });

  it('reads a box that is a table: caption row skipped, header and rows exact', () => {
    const text = '专栏1?主要指标 | ||||\n指标 | 2020年 | 2025年 | 年均 | 属性 |\n1.合作机制(个) | 53 | >90 | — | 预期性 |\n4.口岸数量(个) | — | 35 | 7 | 预期性 |\n三、坚决维护国家安全';
    const [box] = columnsOf(text);
    expect(box).toMatchObject({ number: 1, title: '主要指标', items: [], lastLine: 3 });
    expect(box!.table).toEqual({
      header: ['指标', '2020年', '2025年', '年均', '属性'],
      rows: [
        ['1.合作机制(个)', '53', '>90', '—', '预期性'],
        ['4.口岸数量(个)', '—', '35', '7', '预期性'],
      ],
    });
  });

  it('reads a box without cell bars as the numbered item lines that follow it', () => {
    const text = '专栏3 口岸建设工程\n(一)建设智能卡口。推广自动核放。\n(二)推广无感通关。\n(十)严格检疫监管。';
    const [box] = columnsOf(text);
    expect(box!.items.map((i) => i.title)).toEqual(['建设智能卡口', '推广无感通关']);
    expect(box!.lastLine).toBe(2);
  });

  it('falls back to the item lines when only the title line has a bar', () => {
    const text = '专栏4 检疫工程 |\n(一)疫情监测。建设监测体系。\n(二)检疫监管。\n(十一)强化食品安全监管。';
    const [box] = columnsOf(text);
    expect(box!.lastLine).toBe(2);
    expect(box!.items.map((i) => i.title)).toEqual(['疫情监测', '检疫监管']);
  });

  it('needs a title after the number', () => {
    expect(columnsOf('专栏1\n正文')).toEqual([]);
  });

  it('reads Chinese box numbers after a separator only', () => {
    expect(columnsOf('专栏十二:智库建设工程 |\n(一)统筹推进。 |').map((b) => [b.number, b.title])).toEqual([[12, '智库建设工程']]);
    expect(columnsOf('专栏一览表\n正文')).toEqual([]);
  });
});

describe('findItems', () => {
  it('follows the numbering, so a reference inside an item is not a new item', () => {
    const text = '(一)甲项。 见(三)所述。 (二)乙项。';
    expect(findItems(text, 0, text.length).map((i) => i.title)).toEqual(['甲项', '乙项']);
  });
  it('is empty when the box does not open with item 1', () => {
    const text = '说明文字。 (二)乙项。';
    expect(findItems(text, 0, text.length)).toEqual([]);
  });
});
