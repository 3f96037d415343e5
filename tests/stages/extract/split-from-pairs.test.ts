// src/stages/extract/refiners/split-from-pairs.ts: the earlier value of a from–to pair as a record of its own.
import { describe, expect, it } from 'vitest';
import { newDraft } from '../../../src/stages/extract/draft.js';
import { splitFromPairs } from '../../../src/stages/extract/refiners/split-from-pairs.js';

describe('splitFromPairs', () => {
  const text = '覆盖率从2012年底的56%提高到2022年的81.5%。';
  const earlier = newDraft({ start: text.indexOf('56%'), end: text.indexOf('56%') + 3, value: 56, unit: '%', qualifier: 'approx' });
  const later = newDraft({ start: text.indexOf('81.5%'), end: text.indexOf('81.5%') + 5, value: 81.5, unit: '%', from: 56, earlier, label: '覆盖率', period: '2022', leadStart: text.indexOf('从') });

  it('returns the drafts as they are when no pair holds an earlier value', () => {
    const drafts = [newDraft({ start: 0, end: 3, value: 1, unit: '%' })];
    expect(splitFromPairs(drafts, text)).toBe(drafts);
  });

  it('puts the earlier value before the pair, with its own span and qualifier, the pair’s label and its own year', () => {
    const out = splitFromPairs([later], text);
    expect(out.map((d) => [text.slice(d.start, d.end), d.value, d.from, d.qualifier, d.label, d.period, d.earlier])).toEqual([
      ['56%', 56, null, 'approx', '覆盖率', '2012', null],
      ['81.5%', 81.5, 56, 'exact', '覆盖率', '2022', null],
    ]);
  });

  it('gives an undated earlier value no period', () => {
    const t = '比例由35%提升至60%';
    const e = newDraft({ start: 3, end: 6, value: 35, unit: '%' });
    const l = newDraft({ start: 9, end: 12, value: 60, unit: '%', from: 35, earlier: e, label: '比例', period: '2024', leadStart: 2 });
    expect(splitFromPairs([l], t)[0]!.period).toBeNull();
  });
});
