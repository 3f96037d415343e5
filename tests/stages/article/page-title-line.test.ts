// A text dump led by the page's <title> on a line of its own (src/stages/article/page-title-line.ts):
// the line goes when its title repeats below, the title is read without the site's suffix.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../../src/pipeline.js';
import { pageTitleLine } from '../../../src/stages/article/page-title-line.js';
import { FIXTURES } from '../../helpers.js';

const run = (name: string) => processDocument({ path: name, id: name.replace(/\.[^.]+$/, ''), bytes: readFileSync(path.join(FIXTURES, 'article', name)), format: 'text' });

describe('pageTitleLine', () => {
  it('reads a channel path or a site glued after the title, the title repeated below as a line or a field value', () => {
    expect(pageTitleLine(['某县召开会议_要闻_政务公开', '首页', '某县召开会议', '正文。'])).toEqual({ line: 0, title: '某县召开会议', site: null });
    expect(pageTitleLine(['', '某县召开春耕生产工作会议_某县人民政府', '名 称 :', '某县召开春耕生产工作会议'])).toEqual({ line: 1, title: '某县召开春耕生产工作会议', site: '某县人民政府' });
    expect(pageTitleLine(['某县召开春耕生产工作会议_某县人民政府', '标 题: 某县召开春耕生产工作会议'])?.title).toBe('某县召开春耕生产工作会议');
  });
  it('reads a bracketed title, the longest that repeats (a dash of the title\'s own kept), and a copy of the line under it', () => {
    expect(pageTitleLine(['【关于某事的通知(某发〔2031〕1号)】-某省发展和改革委员会', '关于某事的通知(某发〔2031〕1号)'])).toEqual({
      line: 0,
      title: '关于某事的通知(某发〔2031〕1号)',
      site: '某省发展和改革委员会',
    });
    expect(pageTitleLine(['2031-2035年某县规划_某县人民政府', '2031-2035年某县规划'])?.title).toBe('2031-2035年某县规划');
    expect(pageTitleLine(['某县召开春耕生产工作会议_某县人民政府', '', '某县召开春耕生产工作会议_某县人民政府', '某县召开春耕生产工作会议'])?.line).toBe(2);
  });
  it('reads nothing when the title is not repeated as a line, is no longer than the site, or the first line is prose', () => {
    expect(pageTitleLine(['某县召开春耕生产工作会议_某县人民政府', '会议指出,某县召开春耕生产工作会议很重要。'])).toBeNull();
    expect(pageTitleLine(['新闻动态--某某学会网站', '首页 新闻动态 通知公告', '新闻动态'])).toBeNull();
    expect(pageTitleLine(['某市日报-关于某市预算执行情况的报告', '某市日报'])).toBeNull();
    expect(pageTitleLine(['会议指出,要压实责任。-要闻', '会议指出,要压实责任。'])).toBeNull();
  });
});

describe('pageTitleLine: the site set off by spaces', () => {
  it('reads a site suffix set off by spaces around its separator (`… - 某省财政厅`)', () => {
    expect(pageTitleLine(['图文实录|某省投资基金新闻发布会 - 某省财政厅 ', ' 中国政府网 |', ' 图文实录|某省投资基金新闻发布会 '])).toEqual({
      line: 0,
      title: '图文实录|某省投资基金新闻发布会',
      site: '某省财政厅',
    });
  });
  it('reads the site and its column before the title, parted by spaces, when the title repeats below', () => {
    expect(pageTitleLine([' 某省财政厅 财政新闻 人民日报关注:某省用好政府投资基金 ', ' 首页', '人民日报关注:某省用好政府投资基金', '正文。'])).toEqual({
      line: 0,
      title: '人民日报关注:某省用好政府投资基金',
      site: '某省财政厅',
    });
  });
  it('reads no prefix when the lead names no site, a lead word holds a colon, or the title does not repeat', () => {
    expect(pageTitleLine(['通知公告 人民日报关注:某省用好政府投资基金', '人民日报关注:某省用好政府投资基金'])).toBeNull();
    expect(pageTitleLine(['某省财政厅 来源:人民日报 某省用好政府投资基金', '某省用好政府投资基金'])).toBeNull();
    expect(pageTitleLine(['某省财政厅 财政新闻 人民日报关注:某省用好政府投资基金', '会议指出,某省用好政府投资基金很重要。'])).toBeNull();
    expect(pageTitleLine(['某县召开春耕生产工作会议 - 某县人民政府', '某县召开春耕生产工作会议很重要。'])).toBeNull();
  });
});

describe('text dumps led by their <title> through the pipeline', () => {
  it('removes the <title> line and the info table with spaced labels; reads index number, issuer, number, topic', () => {
    const doc = run('page-title-line.txt');
    expect(doc.title).toBe('某区发展改革委关于印发2031年重点项目计划的通知');
    expect(doc.metadata).toMatchObject({
      indexNumber: '11010000AB1234567C/2031-00012',
      issuer: '某区发展和改革委员会',
      docNumber: '某发改〔2031〕5号',
      category: '综合政务\\计划;综合政务\\其他',
    });
    for (const chrome of ['_委局文件_政务公开', '名 称', '索 引 号', '主 题', '有 效 性', '成 文 日 期', '星期三']) expect(doc.text).not.toContain(chrome);
    expect(doc.removed.find((r) => r.rule === 'page-title')?.text).toBe('某区发展改革委关于印发2031年重点项目计划的通知_委局文件_政务公开');
    expect(doc.text).toContain('全年计划完成投资45.6亿元,新开工项目28个');
    expect(doc.metrics.map((m) => m.raw)).toEqual(['45.6亿元', '28个']);
  });
  it('reads a headline closed by its document number as title and docNumber; the site from the <title>; the foot lists go', () => {
    const doc = run('page-title-line-bracketed-number.txt');
    expect(doc.title).toBe('关于做好春季用电保障工作的通知');
    expect(doc.metadata).toMatchObject({ docNumber: '某发改办〔2031〕12号', site: '某省发展和改革委员会', pageDate: '2031-03-10', source: '能源处' });
    for (const chrome of ['】-某省发展和改革委员会', '相关政策与解读', '政策解读', '排行榜', '[ 打印 ]']) expect(doc.text).not.toContain(chrome);
    expect(doc.text).toContain('本通知自发布之日起施行,有效期2年。');
    // negative: a page that explains a document carries the explained one's number, not its own
    const explained = processDocument({ path: 'e.txt', id: 'e', bytes: Buffer.from('一图读懂《某市促进外贸稳规模优结构若干措施》(某府规〔2031〕3号)\n近日,市政府印发若干措施,支持外贸企业拓市场。\n'), format: 'text' });
    expect(explained.metadata.docNumber).toBeUndefined();
    expect(explained.title).toBe('一图读懂《某市促进外贸稳规模优结构若干措施》(某府规〔2031〕3号)');
  });
  it('negative: a site leading the title, or a channel page, leaves the first line and the title as they were', () => {
    const doc = run('page-title-line-negative.txt');
    expect(doc.removed.some((r) => r.rule === 'page-title')).toBe(false);
    expect(doc.text).toContain('某市日报-关于某市2031年预算执行情况的报告');
  });
});
