import { describe, expect, it } from 'vitest';
import { splitSections, textWithout, type LeveledHeading } from '../../../src/stages/segment/split-sections.js';

const text = '引言。\n一、总则\n(一)目的。正文甲。\n(二)范围。\n正文乙。\n二、附则\n正文丙。';
const at = (s: string): number => text.indexOf(s);
const heading = (level: number, marker: string, number: number, title: string, bodyStart: number): LeveledHeading => ({ level, marker, number, title, start: at(marker), bodyStart });

describe('splitSections', () => {
  const headings = [
    heading(1, '一、', 1, '总则', at('一、总则') + 4),
    heading(2, '(一)', 1, '目的', at('正文甲')),
    heading(2, '(二)', 2, '范围', at('(二)范围。') + 6),
    heading(1, '二、', 2, '附则', at('二、附则') + 4),
  ];
  const sections = splitSections(text, headings, text.length);

  it('gives ids as paths, parents and title paths', () => {
    expect(sections.map((s) => [s.id, s.parent, s.path])).toEqual([
      ['s1', null, []],
      ['s1.1', 's1', ['总则']],
      ['s1.2', 's1', ['总则']],
      ['s2', null, []],
    ]);
  });

  it("keeps each section's own body only", () => {
    expect(sections.map((s) => s.text)).toEqual(['', '正文甲。', '正文乙。', '正文丙。']);
  });

  it('spans a section from its heading to the end of its last subsection', () => {
    const spanText = (i: number): string => text.slice(sections[i]!.span[0], sections[i]!.span[1]);
    expect(spanText(0)).toBe('一、总则\n(一)目的。正文甲。\n(二)范围。\n正文乙。');
    expect(spanText(2)).toBe('(二)范围。\n正文乙。');
    expect(spanText(3)).toBe('二、附则\n正文丙。');
  });

  it('ends the last section where the conclusion starts', () => {
    const withEnd = splitSections(text, headings, at('正文丙'));
    expect(withEnd[3]!.text).toBe('');
    expect(withEnd[3]!.span[1]).toBe(at('二、附则') + 4);
  });

  it('numbers siblings by position, so a level-3 heading under a level-1 gets a path id', () => {
    const s = splitSections(text, [heading(1, '一、', 1, '总则', at('一、总则') + 4), { ...heading(3, '(一)', 1, '目的', at('正文甲')) }], text.length);
    expect(s.map((x) => [x.id, x.parent])).toEqual([
      ['s1', null],
      ['s1.1', 's1'],
    ]);
  });

  it('returns to the parent at a resume point: the item ends there, the parent keeps the paragraph', () => {
    const t = '(二)健全机制\n引言。\n1.甲项。\n2.乙项。\n此外,加大投入。\n(三)健全制度';
    const at2 = (x: string): number => t.indexOf(x);
    const hs: LeveledHeading[] = [
      { level: 1, marker: '(二)', number: 2, title: '健全机制', start: 0, bodyStart: at2('\n引言') },
      { level: 2, marker: '1.', number: 1, title: '甲项', start: at2('1.'), bodyStart: at2('1.') + 5 },
      { level: 2, marker: '2.', number: 2, title: '乙项', start: at2('2.'), bodyStart: at2('2.') + 5 },
      { level: 1, marker: '(三)', number: 3, title: '健全制度', start: at2('(三)'), bodyStart: t.length },
    ];
    const s = splitSections(t, hs, t.length, [], [{ at: at2('此外'), level: 2 }]);
    expect(t.slice(s[2]!.span[0], s[2]!.span[1])).toBe('2.乙项。');
    expect(s[0]!.text).toBe('引言。\n此外,加大投入。');
    expect(t.slice(s[0]!.span[0], s[0]!.span[1])).toBe('(二)健全机制\n引言。\n1.甲项。\n2.乙项。\n此外,加大投入。');
  });

  it('is empty without headings', () => {
    expect(splitSections(text, [], text.length)).toEqual([]);
  });
});

describe('textWithout', () => {
  it('leaves out the excluded ranges (专栏 boxes) and keeps paragraphs apart', () => {
    const t = '甲。\n专栏1 乙 |\n丙。';
    expect(textWithout(t, 0, t.length, [[3, 10]])).toBe('甲。\n丙。');
  });
});
