// Structure cases that need the stages before segment: HTML tables and Markdown headings.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../../src/pipeline.js';
import type { InputFormat } from '../../../src/schema/records.js';
import { FIXTURES } from '../../helpers.js';

function run(name: string, format: InputFormat) {
  const bytes = readFileSync(path.join(FIXTURES, 'segment', name));
  return processDocument({ path: name, id: name.replace(/\.[^.]+$/, ''), bytes, format });
}

describe('structure through the pipeline', () => {
  it('reads a 专栏 that arrives as an HTML <table> with the same table parser', () => {
    const doc = run('column-html-table.html', 'html');
    expect(doc.sections.map((s) => [s.id, s.marker, s.title])).toEqual([
      ['s1', '一、', '发展目标'],
      ['s2', '二、', '主要任务'],
      ['s2.1', '(一)', '优化通关流程'],
    ]);
    expect(doc.columns).toHaveLength(1);
    expect(doc.columns[0]).toMatchObject({ id: 'c1', number: 1, title: '口岸发展主要指标', section: 's1', items: [] });
    expect(doc.columns[0]!.table).toEqual({
      header: ['指标', '2020年', '2025年', '属性'],
      rows: [
        ['1.进口整体通关时间(小时)', '34', '<30', '预期性'],
        ['2.智慧口岸覆盖率(%)', '—', '100', ''],
      ],
    });
    expect(doc.sections[0]!.text).toBe('到2025年,口岸通关效率进一步提升。');
  });

  it('outlines a Markdown law by its ## 第X章 headings', () => {
    const doc = run('markdown-law.md', 'markdown');
    expect(doc.sections.map((s) => [s.id, s.level, s.marker, s.number, s.parent])).toEqual([
      ['s1', 1, '第一章', 1, null],
      ['s1.1', 2, '第一条', 1, 's1'],
      ['s1.2', 2, '第二条', 2, 's1'],
      ['s2', 1, '第二章', 2, null],
      ['s2.1', 2, '第三条', 3, 's2'],
      ['s2.2', 2, '第四条', 4, 's2'],
    ]);
    expect(doc.sections[3]!.title).toBe('进口商品的检验');
    expect(doc.text).not.toContain('#');
  });

  it('gives spans in code points that point at each heading', () => {
    const doc = run('markdown-law.md', 'markdown');
    const chars = [...doc.text];
    for (const s of doc.sections) expect(chars.slice(s.span[0], s.span[0] + s.marker!.length).join('')).toBe(s.marker);
  });
});
