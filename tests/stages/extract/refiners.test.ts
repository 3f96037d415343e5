// Section and column assignment by span containment, overlap removal, ids in text order.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Column, Section } from '../../../src/schema/records.js';
import { sectionAt } from '../../../src/stages/extract/refiners/assign-section.js';
import { REFINERS } from '../../../src/stages/extract/refiners/index.js';
import { copyDraft, newDraft } from '../../../src/stages/extract/draft.js';
import { extract } from './extract-helpers.js';

const section = (id: string, span: [number, number], parent: string | null = null): Section => ({
  id,
  level: parent ? 2 : 1,
  marker: null,
  number: null,
  title: id,
  parent,
  path: [],
  text: '',
  span,
});

describe('refiners', () => {
  it('are listed in order, changes before labels', () => {
    const names = REFINERS.map(([n]) => n);
    expect(names.indexOf('attachChanges')).toBeLessThan(names.indexOf('attachLabels'));
    expect(names.indexOf('removeOverlaps')).toBeLessThan(names.indexOf('attachChanges'));
  });

  it('assigns the innermost section that holds a metric, null outside every section', () => {
    const text = '引言查获10件。一、总体\n(一)分项查获20件。\n结语查获30件。';
    const outer: [number, number] = [text.indexOf('一、'), text.indexOf('结语')];
    const inner: [number, number] = [text.indexOf('(一)'), text.indexOf('结语')];
    const sections = [section('s1', outer), section('s1.1', inner, 's1')];
    expect(sectionAt(sections, inner[0] + 5, inner[0] + 8)).toBe('s1.1');
    const ms = extract(text, {}, { sections });
    expect(ms.map((m) => [m.raw, m.section])).toEqual([
      ['10件', null],
      ['20件', 's1.1'],
      ['30件', null],
    ]);
  });

  it('assigns the 专栏 box whose span holds a metric', () => {
    const text = '正文查获10件。\n专栏1 工程 |\n(一)建设监测点2万个。 |\n正文又查获5件。';
    const col: Column = { id: 'c1', number: 1, title: '工程', section: null, items: [], table: null, span: [text.indexOf('专栏'), text.indexOf('正文又')] };
    expect(extract(text, {}, { columns: [col] }).map((m) => [m.raw, m.column])).toEqual([
      ['10件', null],
      ['2万个', 'c1'],
      ['5件', null],
    ]);
  });

  it('keeps one record where mentions overlap (2-3个, not also 3个), ids in text order', () => {
    const ms = extract('建成2-3个智库,引进1-2名学者');
    expect(ms.map((m) => [m.id, m.raw])).toEqual([
      ['doc#1', '2-3个'],
      ['doc#2', '1-2名'],
    ]);
  });
});

describe('copyDraft', () => {
  it('copies every field of a draft, in newDraft\'s order, into a new object', () => {
    const d = newDraft({ start: 3, end: 7, value: 2.5, unit: '万元', kind: 'change', direction: 'up', label: '进口', period: '2024', respectively: true, source: 'table' });
    const copy = copyDraft(d);
    expect(copy).not.toBe(d);
    expect(copy).toStrictEqual(d);
    expect(Object.keys(copy)).toEqual(Object.keys(newDraft({ start: 0, end: 0, value: 0, unit: null })));
    copy.label = '出口';
    expect(d.label).toBe('进口');
  });
});

describe('sectionAt: the pruned walk', () => {
  it('finds what a scan of every section finds: the shortest holder, the first of equally short ones', () => {
    const span = fc.tuple(fc.nat(60), fc.nat(30)).map(([s, len]) => [s, s + len] as [number, number]);
    fc.assert(
      fc.property(fc.array(span, { maxLength: 12 }), span, (spans, [start, end]) => {
        const sections = spans.map((s, i) => ({ id: String(i), span: s })) as unknown as Section[];
        let best: number | null = null;
        spans.forEach(([s, e], i) => {
          if (s <= start && end <= e && (best === null || e - s < spans[best]![1] - spans[best]![0])) best = i;
        });
        expect(sectionAt(sections, start, end)).toBe(best === null ? null : String(best));
      }),
      { numRuns: 3000 },
    );
  });
});
