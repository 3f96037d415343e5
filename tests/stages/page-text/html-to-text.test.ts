// src/stages/page-text/html-to-text.ts: a meta tag's instant in another zone is restated in the pages' own zone;
// a <title> naming the page's type names no article.
import { describe, expect, it } from 'vitest';
import { inSiteZone, namesPageType, readMetadata } from '../../../src/stages/page-text/html-to-text.js';
import { toPageText } from '../../../src/stages/page-text/page-text.js';

describe('inSiteZone', () => {
  it('restates a UTC or other-zone instant in China Standard Time, so its day is the page’s', () => {
    expect(inSiteZone('2024-12-11T17:30:00Z')).toBe('2024-12-12T01:30:00+08:00');
    expect(inSiteZone('2024-12-11T09:30:00+00:00')).toBe('2024-12-11T17:30:00+08:00');
    expect(inSiteZone('2024-12-31T20:00:00.000-0500')).toBe('2025-01-01T09:00:00+08:00');
  });
  it('leaves an instant already in +08:00, a date, a local time and anything else as stated', () => {
    for (const v of ['2024-12-11T17:30:00+08:00', '2024-12-11', '2024-12-11 17:30:00', '2024-12-11T17:30', 'Wed, 11 Dec 2024 17:30:00 GMT', '2024年12月11日']) {
      expect(inSiteZone(v)).toBe(v);
    }
  });
  it('applies to the date keys of meta tags only', () => {
    const page = toPageText(
      '<html><head><title>外贸数据发布</title><meta property="article:published_time" content="2024-12-11T17:30:00Z"><meta name="description" content="2024-12-11T17:30:00Z"></head><body><p>今年前11个月进出口增长4.9%。</p></body></html>',
      'html',
    );
    expect(page.metadata.pageDate).toBe('2024-12-12T01:30:00+08:00');
    expect(page.metadata.description).toBe('2024-12-11T17:30:00Z');
  });
});

describe('namesPageType', () => {
  it('is a GENERIC_CRUMBS word after an optional noun for what the site publishes, before an optional 页/页面', () => {
    for (const t of ['资讯详情页', '新闻详情', '文章内容页', '正文页', '详情页面', '产品详情', '信息详细内容', '内容', ' 新闻 详情 页 ']) expect(namesPageType(t), t).toBe(true);
  });
  it('is no article title, however close in words', () => {
    for (const t of ['', '页', '通知', '详情请见附件', '新闻发布会', '资讯', '关于开展产品详情页规范检查的通知', '政策解读', '某某市统计局']) expect(namesPageType(t), t).toBe(false);
  });
  it('gives readMetadata no title hint; a <title> naming an article still gives one', () => {
    expect(readMetadata({ metas: [], title: '资讯详情页', h1s: [] }).titleHints).toEqual([]);
    const split = readMetadata({ metas: [], title: '新闻详情 - 某某商务网', h1s: [] });
    expect(split.titleHints).toEqual([]);
    expect(split.metadata.site).toBe('某某商务网');
    expect(readMetadata({ metas: [], title: '某省前三季度农产品出口额增长12%', h1s: [] }).titleHints).toEqual(['某省前三季度农产品出口额增长12%']);
  });
});
