// Procurement and public notices state their date and project number with labels of their own
// (公示日期, 公告日期, 招标编号, 采购项目编号, 项目编号): read from the head as metadata.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../../src/pipeline.js';
import { FIXTURES } from '../../helpers.js';

const run = (name: string, format: 'html' | 'text') =>
  processDocument({ path: name, id: name.replace(/\.[^.]+$/, ''), bytes: readFileSync(path.join(FIXTURES, 'article', name)), format });

describe('procurement notice field labels', () => {
  it('reads 公示日期 as publishDate and 采购项目编号 as projectNumber in an HTML award notice', () => {
    const doc = run('procurement-notice-fields.html', 'html');
    expect(doc.metadata.publishDate).toBe('2022-03-04');
    expect(doc.metadata.projectNumber).toBe('ABCD2022-001');
  });

  it('reads 公告日期 and 招标编号 from a text dump written with other labels', () => {
    const doc = run('tender-notice-fields.txt', 'text');
    expect(doc.metadata.publishDate).toBe('2023-05-06');
    expect(doc.metadata.projectNumber).toBe('SZ-ZB-2023-017');
  });

  it('keeps a project number inside the notice body, and reads neither 公示期 nor 开标时间 as a publish date', () => {
    const doc = run('tender-notice-fields.txt', 'text');
    expect(doc.text).toContain('项目编号:CG2023-0456');
    expect(doc.text).toContain('公示期:2023年5月6日至2023年5月12日');
    const award = run('procurement-notice-fields.html', 'html');
    expect(award.text).toContain('招标编号:XY-2022-01');
    expect(award.text).toContain('开标时间:2022年2月28日');
    expect(award.metadata.publishDate).not.toBe('2022-02-28');
  });
});
