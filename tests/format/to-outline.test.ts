import { describe, expect, it } from 'vitest';
import { toOutline, type OutlineInput } from '../../src/format/to-outline.js';
import type { Section } from '../../src/schema/records.js';

const section = (id: string, marker: string | null, title: string, path: string[], parent: string | null): Section => ({
  id,
  level: path.length + 1,
  marker,
  number: null,
  title,
  parent,
  path,
  text: '',
  span: [0, 0],
});

const doc: OutlineInput = {
  id: 'plan',
  title: '发展规划',
  toc: { entries: [], span: [0, 0] },
  sections: [section('s1', '一、', '总体要求', [], null), section('s1.1', '(一)', '指导思想', ['总体要求'], 's1'), section('s2', '第二章', '附则', [], null)],
  columns: [
    { id: 'c1', number: 1, title: '主要指标', section: 's1.1', items: [], table: { header: ['指标', '2025年'], rows: [['a', '1']] }, span: [0, 0] },
    { id: 'c2', number: 2, title: '工程', section: null, items: [{ marker: '(一)', number: 1, title: '甲', text: '', span: [0, 0] }], table: null, span: [0, 0] },
  ],
};

describe('toOutline', () => {
  it('indents sections by nesting, puts boxes under their section, and notes the toc', () => {
    expect(toOutline(doc)).toBe(
      ['plan: 发展规划', '  (table of contents: 0 entries)', '  [专栏2] 工程 (1 item)', '  一、总体要求', '    (一)指导思想', '      [专栏1] 主要指标 (table 2×1)', '  第二章 附则', ''].join('\n'),
    );
  });

  it('shows section ids on request', () => {
    expect(toOutline(doc, { ids: true })).toContain('    s1.1 (一)指导思想\n');
  });

  it('says so when a document has no sections', () => {
    expect(toOutline({ id: 'news', title: null, toc: null, sections: [], columns: [] })).toBe('news\n  (no sections)\n');
  });

  it('marks topic-sentence sections, which have no marker', () => {
    expect(toOutline({ id: 'y', title: null, toc: null, sections: [section('s1', null, '深化法治建设', [], null)], columns: [] })).toContain('  · 深化法治建设\n');
  });
});
