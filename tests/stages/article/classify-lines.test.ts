import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { classifyLines, isTailChromeLine } from '../../../src/stages/article/classify-lines.js';
import { LINE_RULES } from '../../../src/rules/zh/boilerplate.js';

// lineRuleMatch runs a rule only on lines holding its characters (read from its pattern): these
// hold it to running every rule, as the table reads without the tests.
describe('the line rules with their character tests', () => {
  it('match a rule that may open anywhere on a line that opens with no rule\'s character', () => {
    expect(isTailChromeLine('本站版权所有 Copyright 2024')).toBe(true);
    expect(isTailChromeLine('京ICP备17001314号')).toBe(true);
  });

  it('leave a line that holds none of a rule\'s characters', () => {
    expect(isTailChromeLine('本站发布的统计数据')).toBe(false);
  });

  it('read every line as the first rule of the table that matches it', () => {
    const words = [...new Set(LINE_RULES.flatMap((r) => [...r.pattern.source]).filter((c) => /[\p{Script=Han}A-Za-z0-9:()©-]/u.test(c)))];
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...words, ' ', '版权所有', 'ICP备', '上一篇:', '主办单位:', '(某某供稿)'), minLength: 1, maxLength: 8 }), (line) => {
        const s = line.trim();
        if (s.length === 0) return;
        const m = classifyLines([s]).matchAt(0);
        const first = LINE_RULES.find((r) => (r.phrase === undefined || r.phrase.test(s)) && r.pattern.test(s));
        // fields, breadcrumbs and widgets are read before the table; where none is, the table's first match stands
        if (m === null || LINE_RULES.some((r) => r.id === m.rule)) expect(m?.rule ?? null).toBe(first?.id ?? (m === null ? null : m.rule));
      }),
      { numRuns: 2000 },
    );
  });
});
