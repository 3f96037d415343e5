// The metadata stage on records built by hand: statements weighed, the article's own 题注 and
// period read, nothing guessed.
import { describe, expect, it } from 'vitest';
import { findMetadata } from '../../../src/stages/metadata/find-metadata.js';

describe('findMetadata', () => {
  it('keeps one value per key: a stated value beats a stated absence, the lower priority number wins', () => {
    const md = findMetadata({
      text: '正文第一句。',
      titleLine: -1,
      statements: [
        { key: 'source', value: null, priority: 0 },
        { key: 'source', value: '某海关', priority: 1 },
        { key: 'category', value: '海关动态', priority: 2 },
        { key: 'category', value: '通知公告', priority: 1 },
      ],
    });
    expect(md).toEqual({ category: '通知公告', source: '某海关' });
  });

  it("reads a 题注 under the title line, and the period a report's opening states", () => {
    const text = '某区工作报告\n——2024年1月5日在某区人民代表大会上\n2023年,全区经济平稳运行。';
    expect(findMetadata({ text, titleLine: 0, statements: [] })).toEqual({ publishDate: '2024-01-05' });
    expect(findMetadata({ text: '某区工作报告\n2023年,全区经济平稳运行。', titleLine: 0, statements: [] })).toEqual({ period: '2023' });
  });

  it('states nothing for a text that states nothing', () => {
    expect(findMetadata({ text: '正文第一句。\n正文第二句。', titleLine: -1, statements: [] })).toEqual({});
  });
});
