import { describe, expect, it } from 'vitest';
import { lineIndexAt, splitLines } from '../../../src/stages/segment/lines.js';

describe('splitLines', () => {
  it('gives offsets, with content after indentation and Markdown #s', () => {
    const text = '   一、总则\n\n## 第一章 总则\n#标签';
    expect(splitLines(text)).toEqual([
      { start: 0, end: 7, content: 3 },
      { start: 8, end: 8, content: 8 },
      { start: 9, end: 18, content: 12 },
      { start: 19, end: 22, content: 19 },
    ]);
  });
  it('finds the line of an offset', () => {
    const lines = splitLines('ab\ncd\nef');
    expect([0, 2, 3, 5, 7].map((at) => lineIndexAt(lines, at))).toEqual([0, 0, 1, 1, 2]);
  });
});
