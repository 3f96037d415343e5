// The folded view the metric reading works in (src/stages/extract/reading-view.ts).
import { describe, expect, it } from 'vitest';
import { readingView } from '../../../src/stages/extract/reading-view.js';
import { extract } from './extract-helpers.js';

describe('readingView', () => {
  it('folds traditional units, magnitudes, qualifier words and change verbs, one character for one', () => {
    const text = '逾3,200個,超過12.5億元,增長8.4%,床位5,600張,約45噸';
    const view = readingView(text);
    expect(view).toBe('逾3,200个,超过12.5亿元,增长8.4%,床位5,600张,约45吨');
    expect(view.length).toBe(text.length);
  });
  it('returns a simplified text itself, untouched', () => {
    const text = '全年进出口总额403.4亿元,比上年下降1.5%。';
    expect(readingView(text)).toBe(text);
  });
  it('folds a text whose only foldable character is its last, and one whose only one is its first', () => {
    expect(readingView('全年进出口总额403.4亿元,比上年下降1.5個')).toBe('全年进出口总额403.4亿元,比上年下降1.5个');
    expect(readingView('總额403.4亿元')).toBe('总额403.4亿元');
  });
  it('leaves financial numerals and the words 參 and 陸 make in prose as they are', () => {
    expect(readingView('參與調查,大陸沿海,壹拾元')).toBe('參與調查,大陸沿海,壹拾元');
  });
  it('gives an attached change as the text writes it: its raw and unit in traditional characters', () => {
    expect(extract('出口總額1,234.5億元,比上年增長1.2個百分點。')).toMatchObject([
      { raw: '1,234.5億元', change: { direction: 'up', value: 1.2, unit: '個百分點', basis: 'yoy', raw: '比上年增長1.2個百分點' } },
    ]);
  });
});
