// src/stages/page-text/html-to-text.ts: a meta tag's instant in another zone is restated in the pages' own zone.
import { describe, expect, it } from 'vitest';
import { inSiteZone } from '../../../src/stages/page-text/html-to-text.js';
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
