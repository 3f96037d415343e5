import { describe, expect, it } from 'vitest';
import { LineKey, lineKeyOf, sameLine } from '../../../src/stages/article/lines.js';

/** The key as it was always built (every line through the regex and lower-casing). */
const slowKey = (s: string): string => s.replace(/\s+/g, '').toLowerCase();

describe('lineKey', () => {
  it('is the line itself when it has no white space and nothing lower-casing changes', () => {
    for (const s of ['海关总署公告2024年第1号', '2024-01-12', '《关于…的通知》', '(一)进出口', '•“通知”—附件', 'http://www.customs.gov.cn', '']) {
      expect(lineKeyOf(s)).toBe(s);
      expect(lineKeyOf(s)).toBe(slowKey(s));
    }
  });

  it('drops white space and lower-cases Latin letters as before', () => {
    for (const s of ['海关 总署', 'GDP增长', '\u3000标题\t ', 'Ünïcode ÀB', 'ΣΑΣ', 'İstanbul', '\u00a0a\u2028b\ufeff']) expect(lineKeyOf(s)).toBe(slowKey(s));
  });

  it('is the key lower-casing gives for every character it takes as kept (ASCII, U+2000–U+206F, U+3000–U+9FFF)', () => {
    for (let c = 0; c < 0x80; c++) {
      const s = String.fromCharCode(c);
      expect(lineKeyOf(`甲${s}乙`)).toBe(slowKey(`甲${s}乙`));
    }
    for (let c = 0x2000; c <= 0x206f; c++) expect(lineKeyOf(`•${String.fromCharCode(c)}“`)).toBe(slowKey(`•${String.fromCharCode(c)}“`));
    for (let c = 0x3000; c <= 0x9fff; c++) {
      const s = String.fromCharCode(c);
      if (lineKeyOf(s) !== slowKey(s)) throw new Error(`U+${c.toString(16)}: ${lineKeyOf(s)} vs ${slowKey(s)}`);
    }
  });

  it('compares lines by that key', () => {
    expect(sameLine('海关 总署 公告', '海关总署公告')).toBe(true);
    expect(sameLine('GDP 增长', 'gdp增长')).toBe(true);
    expect(sameLine('海关总署公告', '海关总署通告')).toBe(false);
    expect(new LineKey('关于 ABC 的通知').matches('关于abc的通知')).toBe(true);
    expect(new LineKey('关于ABC的通知').matches('关于ABD的通知')).toBe(false);
  });
});
