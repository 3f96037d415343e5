// Glued chrome of flattened pages is split off as lines of its own; the text is never cut elsewhere.
import { describe, expect, it } from 'vitest';
import { chromeTail, splitGluedHead, splitGluedTail, unglue } from '../../../src/stages/article/unglue.js';

const BODY = '一季度,全县外贸进出口总值12.5亿元,同比增长6.2%。其中,出口8.1亿元,增长7.4%。';

describe('splitGluedHead', () => {
  it('splits a breadcrumb, the title, a dated field and share widgets off the text', () => {
    const line = `当前位置: 首页 > 政务公开 > 统计 某县外贸情况 时间:2023-04-20 09:15 微信 微博 QQ空间 ${BODY}`;
    expect(splitGluedHead(line, '某县外贸情况')).toEqual(['当前位置: 首页 > 政务公开 > 统计', '某县外贸情况', '时间:2023-04-20 09:15', '微信 微博 QQ空间', BODY]);
  });
  it('leaves a line that opens with its text, or with the title alone', () => {
    expect(splitGluedHead(BODY, null)).toBeNull();
    expect(splitGluedHead(`某县外贸情况 ${BODY}`, '某县外贸情况')).toBeNull();
  });
  it('never cuts inside a word: a piece must end at a space', () => {
    expect(splitGluedHead(`微信公众号推送了${BODY}`, null)).toBeNull();
  });
});

describe('splitGluedTail', () => {
  it('offers what follows the last sentence', () => {
    expect(splitGluedTail(`${BODY} 来源:某县商务局 附件下载`)).toEqual([BODY, '来源:某县商务局 附件下载']);
    expect(splitGluedTail(BODY)).toBeNull();
  });
});

describe('unglue', () => {
  const lines = ['标题', '当前位置: 首页', `${BODY} 来源:某县商务局`];
  it('splits the tail only when the judge calls it chrome', () => {
    expect(unglue(lines, 0, null, () => true)).toEqual(['标题', '当前位置: 首页', BODY, '来源:某县商务局']);
    expect(unglue(lines, 0, null, () => false)).toBe(lines);
  });
});

describe('chromeTail', () => {
  const chrome = (s: string): boolean => /附件下载|^来源:/.test(s);
  it('moves the cut to the download links when the words before them are no chrome', () => {
    const line = `${BODY}某县商务局2023年4月20日附件下载:表.xls`;
    expect(chromeTail(line, splitGluedTail(line)!, chrome)).toEqual([`${BODY}某县商务局2023年4月20日`, '附件下载:表.xls']);
  });
  it('takes an opening bracket and a label of two characters with the links, and leaves a tail that is chrome before them whole', () => {
    const line = `${BODY}共计136家 【附件下载】`;
    expect(chromeTail(line, splitGluedTail(line)!, chrome)).toEqual([`${BODY}共计136家`, '【附件下载】']);
    expect(chromeTail(`${BODY}公告下载链接:表.doc`, [BODY, '公告下载链接:表.doc'], chrome)).toEqual([BODY, '公告下载链接:表.doc']);
    expect(chromeTail(`${BODY} 来源:某县商务局 附件下载`, [BODY, '来源:某县商务局 附件下载'], chrome)).toEqual([BODY, '来源:某县商务局 附件下载']);
  });
});
