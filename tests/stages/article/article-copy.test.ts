// The article's copy at the page's foot (a read-aloud widget's, a share teaser cut with `…`) goes
// with the footer above it; a repeat of a paragraph, or a closing that opens like the first one, stays.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleCopyMarks } from '../../../src/stages/article/article-copy.js';
import { processDocument } from '../../../src/pipeline.js';
import { FIXTURES } from '../../helpers.js';

const run = (name: string, format: 'markdown' | 'text') => {
  const file = path.join(FIXTURES, 'article', name);
  return processDocument({ path: file, id: name.replace(/\.[^.]+$/, ''), bytes: readFileSync(file), format });
};

const LEAD = '为稳定外贸基本盘,市商务局近日出台十条措施,对年进出口额超过500万元的企业给予奖励。';
const SECOND = '企业参加境外展会的展位费按50%给予补助,每家每年不超过20万元。';

describe('articleCopyMarks', () => {
  it('marks a longer line holding the whole first paragraph (spaces aside) and a teaser cut with an ellipsis', () => {
    const lines = ['标题', LEAD, SECOND, '网站标识码', `标题 ${LEAD.replace('十条', '十 条')} ${SECOND}`, '为稳定外贸基本盘,市商务局近日出台…'];
    expect(Array.from(articleCopyMarks(lines, 1) ?? [])).toEqual([0, 0, 0, 0, 1, 1]);
  });
  it('negative: the paragraph repeated, a line opening like it, a short teaser, or nothing below', () => {
    expect(articleCopyMarks(['标题', LEAD, '第二段。', LEAD], 1)).toBeNull();
    expect(articleCopyMarks(['标题', LEAD, '为稳定外贸基本盘,市商务局近日出台了配套细则。'], 1)).toBeNull();
    expect(articleCopyMarks(['标题', LEAD, '为稳定外贸…'], 1)).toBeNull();
    expect(articleCopyMarks(['标题', LEAD], 1)).toBeNull();
    expect(articleCopyMarks(['标题', LEAD], -1)).toBeNull();
  });
  it('negative: a line holding the first paragraph and none of the later ones is the article, the first a teaser above it', () => {
    const teaser = LEAD.slice(0, 30);
    expect(articleCopyMarks(['标题', teaser, '', `${LEAD}${SECOND}`], 1)).toBeNull();
    // nor does a short later line (a date, a heading), nor a field line (chrome) above it
    expect(articleCopyMarks(['标题', teaser, '一、总体要求', `${LEAD}一、总体要求${SECOND}`], 1)).toBeNull();
    expect(articleCopyMarks(['标题', teaser, '发布时间:2031-04-13 来源:某市商务局办公室', `标题 ${LEAD}${SECOND}${SECOND}`], 1)).toBeNull();
    // nor a second copy below it: what stands above the first is still the teaser alone
    expect(articleCopyMarks(['标题', teaser, `${LEAD}${SECOND}`, `${LEAD}${SECOND}`], 1)).toEqual(Uint8Array.from([0, 0, 0, 1]));
  });
});

describe('a reader dump whose page ends with the article again and a teaser', () => {
  const doc = run('reader-copy-at-foot.md', 'markdown');
  it('ends at the last sentence: the footer, the copy and the teaser go', () => {
    expect(doc.text.endsWith('据测算,全市约1200家外贸企业将从中受益。')).toBe(true);
    for (const chrome of ['版权所有', '网站标识码', '相关附件', '扫一扫']) expect(doc.text).not.toContain(chrome);
    expect(doc.removed.filter((r) => r.rule === 'article-copy')).toHaveLength(1);
    expect(doc.metadata).toMatchObject({ pageDate: '2031-03-02', source: '某市商务局' });
    expect(doc.metrics.map((m) => m.raw)).toEqual(['十条', '十条', '超过500万元', '50%', '不超过20万元', '约1200家']);
  });
});

describe('negative: a notice that repeats its first paragraph and closes with a line opening like it', () => {
  const doc = run('reader-copy-negative.txt', 'text');
  it('keeps every line', () => {
    expect(doc.removed).toEqual([]);
    expect(doc.text.split('\n')).toHaveLength(6);
  });
});

describe('negative: a page whose lead, cut without an ellipsis, stands above the whole article on one line', () => {
  const doc = run('teaser-above-article.txt', 'text');
  it('keeps the article and its metrics', () => {
    expect(doc.removed.filter((r) => r.rule === 'article-copy')).toEqual([]);
    expect(doc.text).toContain('新增市场主体1.2万户');
    expect(doc.metrics.map((m) => m.raw)).toContain('1.2万户');
  });
});
