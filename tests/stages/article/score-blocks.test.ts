// The measures the article finder scores blocks by, on hand-built lines and blocks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_HINT, PLAIN_LINE_WEIGHT, SHORT_LINE_COST } from '../../../src/rules/article.js';
import { attributeWords, blockScore, hintWeight, lineValue, lineValueSums, linkDensity, measureLine, punctuationPer100 } from '../../../src/stages/article/score-blocks.js';
import type { PageBlock } from '../../../src/stages/types.js';

const block = (over: Partial<PageBlock>): PageBlock => ({ tag: 'div', attrs: '', parent: -1, depth: 0, from: 0, to: 0, chars: 0, linkChars: 0, punctuation: 0, ...over });

describe('measureLine and lineValue', () => {
  it('counts characters without whitespace and the sentence punctuation among them', () => {
    expect(measureLine('进口 增长,出口下降。')).toEqual({ chars: 10, punctuation: 2 });
    expect(measureLine('\u3000\u3000')).toEqual({ chars: 0, punctuation: 0 });
  });
  it('values a punctuated line by its characters, costs a short bare line, and counts a share of any other', () => {
    expect(lineValue('全年进出口总值增长百分之五,出口增长更快。')).toBe(21);
    expect(lineValue('政务公开')).toBe(-(4 + SHORT_LINE_COST));
    expect(lineValue('万载县2015年国民经济和社会发展统计公报')).toBe(21 * PLAIN_LINE_WEIGHT);
    expect(lineValue('')).toBe(0);
  });
  it('sums line values so any range is read in constant time', () => {
    const sums = lineValueSums(['首页', '正文第一段,说明情况。']);
    expect(sums[2]! - sums[1]!).toBe(lineValue('正文第一段,说明情况。'));
    expect(sums[1]).toBe(lineValue('首页'));
  });
});

describe('class and id hints', () => {
  it('splits attributes into words at separators, digits and case changes', () => {
    expect(attributeWords('news_content detailCon TRS_Editor nav-2')).toEqual(['news', 'content', 'detail', 'con', 'trs', 'editor', 'nav']);
  });
  it('adds the weights both ways, each word once, bounded', () => {
    expect(hintWeight('article-content')).toBeGreaterThan(0);
    expect(hintWeight('footer')).toBeLessThan(0);
    expect(hintWeight('breadcrumb nav menu sidebar share')).toBe(-MAX_HINT);
    expect(hintWeight('content content')).toBe(hintWeight('content'));
    expect(hintWeight('')).toBe(0);
    expect(hintWeight('wrapper clearfix')).toBe(0);
  });
});

describe('blockScore', () => {
  const lines = ['首页', '政务公开', '海关总署发布进出口数据,全年增长百分之五。', '其中,出口增长百分之六,进口增长百分之四。'];
  const sums = lineValueSums(lines);
  it('is the value of its lines less twice its link characters', () => {
    expect(blockScore(block({ from: 2, to: 4, chars: 42 }), sums)).toBe(sums[4]! - sums[2]!);
    expect(blockScore(block({ from: 0, to: 2, chars: 6, linkChars: 6 }), sums)).toBe(sums[2]! - 12);
  });
  it('scales a positive score by its hints, and never makes a block without text worth anything', () => {
    const plain = blockScore(block({ from: 2, to: 4 }), sums);
    expect(blockScore(block({ from: 2, to: 4, attrs: 'content' }), sums)).toBeGreaterThan(plain);
    expect(blockScore(block({ from: 2, to: 4, attrs: 'footer' }), sums)).toBeLessThan(plain);
    expect(blockScore(block({ from: 2, to: 2, attrs: 'article content' }), sums)).toBe(0);
    expect(blockScore(block({ from: 0, to: 2, attrs: 'content' }), sums)).toBe(sums[2]!);
  });
  it('reads link density and punctuation per 100 characters from the record', () => {
    expect(linkDensity(block({ chars: 10, linkChars: 4 }))).toBe(0.4);
    expect(linkDensity(block({}))).toBe(0);
    expect(punctuationPer100(block({ chars: 50, punctuation: 3 }))).toBe(6);
  });
});

describe('attributeWords as a scan', () => {
  // the reading the scan replaced, kept here as its oracle
  const byRegex = (attrs: string): string[] =>
    attrs
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .split(/[^A-Za-z]+/)
      .filter((w) => w.length > 0)
      .map((w) => w.toLowerCase());
  it('reads the same words as replace/split/filter/map, on any attribute text', () => {
    const chars = fc.constantFrom(...'aAbBzZyY-_ 09é中'.split(''));
    fc.assert(fc.property(fc.array(chars, { maxLength: 24 }).map((cs) => cs.join('')), (attrs) => {
      expect(attributeWords(attrs)).toEqual(byRegex(attrs));
    }), { numRuns: 2000 });
  });
  it('cuts where a lower-case letter meets an upper-case one, not between capitals', () => {
    expect(attributeWords('aBC xyzAbcDEf')).toEqual(['a', 'bc', 'xyz', 'abc', 'def']);
    expect(attributeWords('ABc')).toEqual(['abc']);
  });
});
