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

describe('a toc whose leader dots a text dump set on lines of their own', () => {
  it('reads the toc over its leader lines (the page numbers gone as chrome); the body opens its sections, the first paragraph apart from its heading', () => {
    const doc = run('toc-leader-lines.txt', 'text');
    expect(doc.toc?.entries.map((e) => [e.title, e.section])).toEqual([
      ['工作目标', 's1'],
      ['主要任务', 's2'],
      ['保障措施', 's3'],
    ]);
    expect(doc.sections.map((s) => [s.id, s.title])).toEqual([
      ['s1', '工作目标'],
      ['s2', '主要任务'],
      ['s2.1', '做好苗木调运'],
      ['s2.2', '抓好整地栽植'],
      ['s3', '保障措施'],
    ]);
    // `一、工作目标` / `2031` / `年,全县…`: the year opens the paragraph, it is not joined to the heading
    expect(doc.text).toContain('一、工作目标\n2031年,全县计划完成植树造林1.2万亩,新建绿化示范村15个。');
    expect(doc.metrics.map((m) => [m.raw, m.section])).toEqual([
      ['1.2万亩', 's1'],
      ['15个', 's1'],
    ]);
  });
  it('negative: a few dots between headings the body does not repeat make no toc', () => {
    const doc = run('toc-leader-lines-negative.txt', 'text');
    expect(doc.toc ?? null).toBeNull();
    expect(doc.sections.map((s) => s.title)).toEqual(['工作目标', '主要任务', '保障措施']);
  });
});
