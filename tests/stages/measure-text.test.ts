// One measure of text for the page's blocks and the page's lines (src/stages/measure-text.ts): the
// characters other than white space (src/rules/zh/text-measure.ts), and the sentence punctuation.
import { describe, expect, it } from 'vitest';
import { measureLine } from '../../src/stages/article/score-blocks.js';
import { measureText } from '../../src/stages/measure-text.js';
import { htmlToPageText } from '../../src/stages/page-text/html-to-text.js';

describe('measureText', () => {
  it('counts every character but white space, the no-break and ideographic spaces included, and the punctuation among them', () => {
    expect(measureText('\u3000\u3000进出口总值41.75万亿元,增长5%。')).toEqual({ chars: 19, punctuation: 2 });
    expect(measureText('\u00a0 \t\v\f\r\n')).toEqual({ chars: 0, punctuation: 0 });
    expect(measureText('首页 | 新闻')).toEqual({ chars: 5, punctuation: 0 });
  });

  it('a page block counts what its line counts: nbsp indents and ideographic spaces are not text in either', () => {
    const page = htmlToPageText('<html><body><div id="a"><p>&nbsp;&nbsp;&nbsp;&nbsp;全年进出口总值41.75万亿元，增长5%。</p></div><div id="b"><p>\u3000\u3000海关总署发布：一季度数据。</p></div></body></html>');
    const blocks = page.blocks ?? [];
    for (const id of ['a', 'b']) {
      const block = blocks.find((b) => b.attrs === id)!;
      const lines = page.text.split('\n').slice(block.from, block.to);
      expect(lines.length).toBeGreaterThan(0);
      const byLine = lines.map(measureLine).reduce((a, m) => ({ chars: a.chars + m.chars, punctuation: a.punctuation + m.punctuation }), { chars: 0, punctuation: 0 });
      expect({ chars: block.chars, punctuation: block.punctuation }).toEqual(byLine);
    }
  });
});
