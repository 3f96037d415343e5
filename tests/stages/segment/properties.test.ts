// Properties that hold for any text: segment never throws, spans stay inside the text, children
// sit inside their parents, ids are unique, boxes never overlap sections' own text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segment } from '../../../src/stages/segment/segment.js';

const PIECES = ['一、', '二、', '(一)', '(二)', '1.', '2、', '(1)', '①', '第一章 ', '第二条 ', '第', '条', '总则', '加强监管', '。', ';', ',', '\n', '\n\n', ' ', '|', ' | ', '专栏1 ', '专栏2?', '下一步,', '特此通知。', '此外,', '附件:', '2024年', '1.5亿元', '【概况】', '——'];
const documents = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((parts) => parts.join(''));

describe('segment on any text', () => {
  it('keeps spans inside the text and children inside their parents', () => {
    fc.assert(
      fc.property(documents, (text) => {
        const o = segment(text);
        const byId = new Map(o.sections.map((s) => [s.id, s]));
        expect(byId.size).toBe(o.sections.length);
        for (const s of o.sections) {
          expect(0 <= s.span[0] && s.span[0] <= s.span[1] && s.span[1] <= text.length).toBe(true);
          expect(s.title).not.toBe('');
          if (s.parent !== null) {
            const p = byId.get(s.parent)!;
            expect(p.level).toBeLessThan(s.level);
            expect(p.span[0] <= s.span[0] && s.span[1] <= p.span[1]).toBe(true);
            expect(s.path).toEqual([...p.path, p.title]);
          }
        }
        for (const c of o.columns) {
          expect(0 <= c.span[0] && c.span[0] <= c.span[1] && c.span[1] <= text.length).toBe(true);
          for (const item of c.items) expect(c.span[0] <= item.span[0] && item.span[1] <= c.span[1]).toBe(true);
          if (c.section !== null) expect(byId.has(c.section)).toBe(true);
        }
        if (o.toc) for (const e of o.toc.entries) if (e.section !== null) expect(byId.has(e.section)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
