// The same document, however it arrives: a seed as GB18030 bytes, and a seed's paragraphs wrapped
// in a government-style HTML page (chrome, <meta> tags, fullwidth punctuation).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/pipeline.js';
import type { Document } from '../../src/schema/records.js';
import { SEEDS } from '../helpers.js';

const seedFiles = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
const idOf = (f: string): string => f.replace(/\.txt$/, '');
const seedBytes = (f: string): Buffer => readFileSync(path.join(SEEDS, f));

/** The parts of a document that say what it holds (not how it was stored). */
function content(d: Document) {
  return { title: d.title, metadata: d.metadata, text: d.text, removed: d.removed, sections: d.sections, toc: d.toc, columns: d.columns, metrics: d.metrics };
}

describe('a seed saved as GB18030 bytes', () => {
  for (const file of seedFiles) {
    it(`${file}: same document as the UTF-8 seed`, () => {
      const utf8 = processDocument({ path: file, id: idOf(file), bytes: seedBytes(file), format: 'text' });
      const gbBytes = iconv.encode(seedBytes(file).toString('utf8'), 'gb18030');
      const gb = processDocument({ path: file, id: idOf(file), bytes: gbBytes, format: 'text' });
      expect(gb.encoding).toEqual({ name: 'gb18030', how: 'gb18030' });
      expect(content(gb)).toEqual(content(utf8));
    });
  }
});

const toFullwidth = (s: string): string => s.replace(/[,:;()%!?]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const paragraphs = (text: string): string[] => text.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);

const PAGE = { title: '海关工作情况报告', date: '2025-03-28', source: '海关总署办公厅' };

/** A government-style page around the given paragraphs. */
function governmentPage(lines: string[]): string {
  const body = lines.map((l) => `<p>\u3000\u3000${escapeHtml(toFullwidth(l.trim()))}</p>`).join('\n');
  return `<!DOCTYPE html><html><head><meta charset="utf-8">
<title>${PAGE.title}_中华人民共和国海关总署</title>
<meta name="ArticleTitle" content="${PAGE.title}"><meta name="PubDate" content="${PAGE.date}"><meta name="ContentSource" content="${PAGE.source}">
<script>var x = "<p>脚本</p>";</script></head><body>
<header><div>中华人民共和国海关总署</div><nav><a>首页</a><a>信息公开</a></nav></header>
<div class="bread">首页 &gt; 信息公开 &gt; 工作报告</div>
<div class="detail"><h1>${PAGE.title}</h1>
<div class="info">发布时间：${PAGE.date}　来源：${PAGE.source}　浏览次数：318</div>
<div>字号：[大 中 小]　打印本页　关闭窗口</div>
<div class="content">${body}</div>
<div>【我要纠错】　打印本页　关闭窗口</div><div>扫一扫在手机打开当前页</div></div>
<footer>版权所有：中华人民共和国海关总署　网站标识码：bm28000001　京ICP备17001314号</footer>
</body></html>`;
}

describe("a seed's paragraphs wrapped in a government-style HTML page", () => {
  for (const file of seedFiles) {
    it(`${file}: same paragraphs and metrics, plus the page's own title, date and source`, () => {
      const seed = processDocument({ path: file, id: idOf(file), bytes: seedBytes(file), format: 'text' });
      const seedLines = paragraphs(seed.text);
      // the seed's own title line is replaced by the page's title
      const articleLines = seed.title !== null && seedLines[0] === seed.title ? seedLines.slice(1) : seedLines;
      const html = governmentPage(articleLines);
      const page = processDocument({ path: `${idOf(file)}.html`, id: idOf(file), bytes: Buffer.from(html, 'utf8'), format: 'html' });
      expect(page.title).toBe(PAGE.title);
      expect(page.metadata).toMatchObject({ title: PAGE.title, pageDate: PAGE.date, source: PAGE.source });
      expect(paragraphs(page.text)).toEqual([PAGE.title, ...articleLines]);
      expect(page.metrics.map((m) => [m.raw, m.value])).toEqual(seed.metrics.map((m) => [m.raw, m.value]));
      if (seed.metadata.period !== undefined) expect(page.metadata.period).toBe(seed.metadata.period);
    });
  }
});
