// Text dumps a scraper saved: its header of fields goes (what it states is kept), and a flattened
// page's glued chrome goes while every sentence of the text stays.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../../src/pipeline.js';
import { FIXTURES } from '../../helpers.js';

const run = (name: string) => processDocument({ path: name, id: name.replace(/\.[^.]+$/, ''), bytes: readFileSync(path.join(FIXTURES, 'clean', name)), format: 'text' });

describe('a scraper header over a flattened page', () => {
  const doc = run('scraper-header-flattened.txt');
  it('keeps only the title line and the text, from its first sentence to its last', () => {
    expect(doc.text.startsWith('某县2023年一季度外贸运行情况\n一季度,全县外贸进出口总值12.5亿元')).toBe(true);
    expect(doc.text.endsWith('占出口总值的39.5%。')).toBe(true);
    for (const chrome of ['原文链接', '本地目录', '同目录', '正文', '当前位置', '时间:', '微信', '来源:', '附件下载']) expect(doc.text).not.toContain(chrome);
  });
  it('reads the header fields: title, dates, issuer, index number, category, url', () => {
    expect(doc.title).toBe('某县2023年一季度外贸运行情况');
    expect(doc.metadata).toMatchObject({
      pageDate: '2023-04-20 09:15',
      issuer: '某县商务局',
      indexNumber: '11350000X/2023-00123',
      category: '统计分析',
      url: 'https://www.example.gov.cn/zwgk/tjfx/202304/t20230420_1001.htm',
      source: '某县商务局',
      docNumber: null,
    });
  });
  it('records every removal', () => {
    expect(doc.removed.map((r) => r.rule)).toEqual(['scraper-header', 'breadcrumb', 'page-fields', 'page-widgets', 'page-fields']);
  });
});

describe('a scraper header with English keys', () => {
  const doc = run('scraper-header-english-keys.txt');
  it('takes the title and url from it and keeps every paragraph', () => {
    expect(doc.title).toBe('某市举行外贸企业座谈会');
    expect(doc.metadata).toMatchObject({ url: 'http://www.example.org.cn/news/2021/0315/123.htm', author: '某市人民政府网站' });
    expect(doc.text.split('\n')).toHaveLength(3);
    expect(doc.text.startsWith('3月15日')).toBe(true);
  });
});

describe('a flattened notice with download links glued after its last sentence', () => {
  const doc = run('flattened-tail-downloads.txt');
  it('removes the links, counter and widgets, and nothing of the notice', () => {
    expect(doc.text).toBe('现将有关事项公告如下。一、企业应当按规定办理备案手续。二、本公告自2024年3月1日起施行。特此公告。');
    expect(doc.removed.map((r) => r.rule)).toEqual(['download-links']);
  });
});
