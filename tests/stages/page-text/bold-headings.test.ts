// Bold lead-ins: page text notes a bold run opening a line, decides which are sub-headings (a run of
// short ones; no label, no sentence's subject, no bold word inside a sentence), and segment takes
// them as sections; a numbered heading's title ends where its bold words end.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../../src/pipeline.js';
import { boldHeadings } from '../../../src/stages/page-text/bold-headings.js';
import { htmlToPageText } from '../../../src/stages/page-text/html-to-text.js';
import { streamHtmlToPageText } from '../../../src/stages/page-text/html-stream.js';
import { markdownToPageText } from '../../../src/stages/page-text/markdown-to-text.js';
import { segment } from '../../../src/stages/segment/segment.js';
import { BOLD_HEADING_DEPTH } from '../../../src/rules/zh/headings.js';
import { FIXTURES } from '../../helpers.js';

const read = (name: string): string => readFileSync(path.join(FIXTURES, 'page-text', name), 'utf8');
const run = (name: string) =>
  processDocument({ path: name, id: name.replace(/\.[^.]+$/, ''), bytes: Buffer.from(read(name)), format: name.endsWith('.md') ? 'markdown' : 'html' });
const outline = (name: string) => run(name).sections.map((s) => [s.id, s.level, s.marker, s.title]);

describe('bold lead-ins in HTML', () => {
  it('page text hands on the lead-ins of a run as heading hints (the bold words, not the line)', () => {
    const page = htmlToPageText(read('bold-lead-ins.html'));
    const lines = page.text.split('\n');
    expect(page.headings!.map((h) => [lines[h.line]!.trim().slice(0, 6), h.lead, h.depth])).toEqual([
      ['一是强化监管', '一是强化监管。', BOLD_HEADING_DEPTH],
      ['二是优化服务', '二是优化服务。', BOLD_HEADING_DEPTH],
      ['三是守牢安全', '三是守牢安全底线', BOLD_HEADING_DEPTH],
    ]);
  });

  it('makes them sections: title the bold words, body the rest; a bold word, a bold paragraph and a label are none', () => {
    const doc = run('bold-lead-ins.html');
    expect(doc.sections.map((s) => [s.level, s.marker, s.title])).toEqual([
      [1, null, '一是强化监管'],
      [1, null, '二是优化服务'],
      [1, null, '三是守牢安全底线'],
    ]);
    expect(doc.sections[0]!.text).toBe('全年检查各类市场主体1250户次,立案查处违法案件86件,罚没款120.5万元。');
    expect(doc.sections.map((s) => s.title)).not.toContain('重点品种');
  });

  it("ends a numbered heading's title where its bold words end, and puts an unnumbered one below the heading before it", () => {
    expect(outline('bold-numbered-lead-ins.html')).toEqual([
      ['s1', 1, '一、', '稳增长'],
      ['s1.1', 2, '(一)', '扩大有效投资'],
      ['s1.2', 2, '(二)', '加快项目建设'],
      ['s1.2.1', 3, null, '抓好要素保障'],
      ['s2', 1, '二、', '惠民生'],
      ['s2.1', 2, '(一)', '稳定就业'],
      ['s2.2', 2, '(二)', '办好民生实事'],
    ]);
  });

  it('takes no heading from one bold word opening a sentence (`一季度`,…) or inside one', () => {
    expect(htmlToPageText(read('bold-word-alone.html')).headings).toBeUndefined();
    expect(run('bold-word-alone.html').sections).toEqual([]);
  });
});

describe('bold lead-ins in Markdown', () => {
  it('reads `**…**` opening a line as HTML`s bold, and a bold word inside a sentence as none', () => {
    expect(markdownToPageText(read('bold-lead-ins.md')).headings!.filter((h) => h.lead !== undefined).map((h) => h.lead)).toEqual(['一是强化监管。', '二是优化服务。']);
    expect(outline('bold-lead-ins.md')).toEqual([
      ['s1', 1, null, '一是强化监管'],
      ['s2', 1, null, '二是优化服务'],
    ]);
  });
});

describe('boldHeadings', () => {
  const lines = ['一是强化监管。全年检查1250户次。', '二是优化服务。新登记3260户。', '注释:本文数据均为快报数。', '病例1,居住于某区。', '问:《公告》何时施行?'];
  it('needs a run: one lead-in alone is emphasis', () => {
    expect(boldHeadings([{ line: 0, lead: '一是强化监管。' }], lines)).toEqual([]);
    expect(boldHeadings([{ line: 0, lead: '　一是强化监管。' }, { line: 1, lead: '二是优化服务。' }], lines).map((h) => h.lead)).toEqual(['一是强化监管。', '二是优化服务。']);
  });
  it("refuses a label, a Q&A's question, a sentence's subject, a lead that does not open its line, a long one", () => {
    const leads = [{ line: 2, lead: '注释:' }, { line: 4, lead: '问:《公告》何时施行?' }, { line: 3, lead: '病例1' }, { line: 1, lead: '优化服务' }, { line: 0, lead: '一'.repeat(51) }];
    expect(boldHeadings([...leads, ...leads], lines)).toEqual([]);
  });
});

describe('segment and hand-built bold hints', () => {
  it('takes a lead as the heading and the rest of its line as the body, whatever the hints came from', () => {
    const text = '一是强化监管。全年检查1250户次。\n二是优化服务。新登记3260户。';
    const hints = [0, 1].map((line) => ({ line, depth: BOLD_HEADING_DEPTH, lead: ['一是强化监管。', '二是优化服务。'][line]! }));
    expect(segment(text, hints).sections.map((s) => [s.title, s.text])).toEqual([
      ['一是强化监管', '全年检查1250户次。'],
      ['二是优化服务', '新登记3260户。'],
    ]);
  });
});

describe('bold closing lines of a notice', () => {
  it('keeps the bold sub-headings and makes none of the bold closing lines a heading (contact, 特此通知, signature, date)', () => {
    expect(outline('bold-closing-lines.html').map((s) => s[3])).toEqual(['活动时间', '活动要求']);
  });
  it('drops each closing shape from the hints, and keeps a bold heading that only mentions a date or a colon at its end', () => {
    const lines = ['甲项工作', '正文。', '乙项工作', '正文。', '联系电话:0000-1234567', '特此公告', '某某海关', '2024年3月15日', '2024年工作安排', '正文。', '注意事项:', '正文。'];
    // the signature over its date goes; 注意事项: ends in a colon (a label, as before)
    const leads = lines.map((lead, line) => ({ line, lead })).filter((l) => l.lead !== '正文。');
    expect(boldHeadings(leads, lines).map((h) => h.lead)).toEqual(['甲项工作', '乙项工作', '2024年工作安排']);
  });
});

describe('a list marker outside the bold run (1、<strong>…</strong>…)', () => {
  const page = (items: string) =>
    `<html><head><meta charset="utf-8"><title>上半年全市经济运行情况分析</title></head><body><div class="content"><h1>上半年全市经济运行情况分析</h1><p>一、财政收支</p>${items}</div></body></html>`;
  const sections = (html: string) =>
    processDocument({ path: 'b.html', id: 'b', bytes: Buffer.from(html), format: 'html' }).sections.map((s) => [s.level, s.marker, s.title]);
  it('ends the item\'s title where the bold words end, on both HTML paths', () => {
    const html = page('<p>1、<strong>公共财政预算收入</strong>完成45.6亿元,同比增长5.2%。</p><p>2、<strong>公共财政预算支出</strong>完成78.9亿元,增长8.1%。</p>');
    expect(sections(html)).toEqual([
      [1, '一、', '财政收支'],
      [2, '1、', '公共财政预算收入'],
      [2, '2、', '公共财政预算支出'],
    ]);
    expect(streamHtmlToPageText(html)).toEqual(htmlToPageText(html));
  });
  it('negative: words before the bold run, or a bold word inside the sentence, give no lead', () => {
    const html = page('<p>1、全年<strong>公共财政预算收入</strong>完成45.6亿元。</p><p>2、预算支出完成<b>78.9亿元</b>,增长8.1%。</p>');
    expect(htmlToPageText(html).headings ?? []).toEqual([]);
  });
});
