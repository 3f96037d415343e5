// 政务公开 info tables: labels spaced out, label cells over value cells; never the title.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pairLabelLines } from '../../../src/stages/article/info-table.js';
import { processDocument } from '../../../src/pipeline.js';
import { FIXTURES } from '../../helpers.js';

const run = (name: string) => processDocument({ path: name, id: name, bytes: readFileSync(path.join(FIXTURES, 'clean', name)), format: 'text' });

describe('pairLabelLines', () => {
  it('joins a bare label with the short line under it, leaving that line blank', () => {
    expect(pairLabelLines(['发布机构:', '某市统计局', '标题一则'], 0)).toEqual(['发布机构: 某市统计局', '', '标题一则']);
  });
  it('joins nothing once the article has begun, nor a label over another label or a sentence', () => {
    const inside = ['现将有关事项通知如下。', '时间:', '2024年3月1日'];
    expect(pairLabelLines(inside, 0)).toBe(inside);
    const labels = ['发布机构:', '发文日期:', '2024-01-01'];
    expect(pairLabelLines(labels, 0)).toEqual(['发布机构:', '发文日期: 2024-01-01', '']);
    const sentence = ['来源:', '本站综合报道。'];
    expect(pairLabelLines(sentence, 0)).toBe(sentence);
  });
});

describe('info tables in pages', () => {
  it('reads label cells over value cells: index number, issuer, written date; the table is removed', () => {
    const doc = run('info-table-cells.txt');
    expect(doc.metadata).toMatchObject({ indexNumber: '11360900X/2024-0012345', issuer: '某市统计局', writtenDate: '2024-03-30' });
    expect(doc.title).toBe('某市2023年国民经济和社会发展统计公报');
    expect(doc.text.startsWith('某市2023年国民经济和社会发展统计公报\n2023年,')).toBe(true);
  });
  it('reads rows with spaced-out labels, and takes the title the table states, never a row of it', () => {
    const doc = run('info-table-row-spaced.txt');
    expect(doc.title).toBe('某部门关于加强某项工作的通知');
    expect(doc.metadata).toMatchObject({ indexNumber: '000014349/2024-00001', category: '财政、金融、审计', keywords: null });
    expect(doc.text).not.toContain('索 引 号');
    expect(doc.text).toContain('为加强某项工作,现就有关事项通知如下。');
  });
});

describe('a topic cell listing its categories', () => {
  it('pairs a topic label with a value that lists categories parted by `;`, not with a sentence', () => {
    expect(pairLabelLines(['主 题 :', '综合政务\\计划;综合政务\\其他', '成 文 日 期 :'], 0)).toEqual(['主 题 : 综合政务\\计划;综合政务\\其他', '', '成 文 日 期 :']);
    const clause = ['主 题 :', '加强管理;提高效率'];
    expect(pairLabelLines(clause, 0)).toEqual(['主 题 : 加强管理;提高效率', '']);
    const prose = ['主 题 :', '本次会议研究了三项议题;会议要求各单位抓好落实'];
    expect(pairLabelLines(prose, 0)).toBe(prose);
  });
});
