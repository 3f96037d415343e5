// A crawler's one-line page dump led by the page's <title> (src/stages/article/crawler-lead.ts):
// the lead and the page's header up to the title's repeat are cut off as the page's header.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../../src/pipeline.js';
import { crawlerLead } from '../../../src/stages/article/crawler-lead.js';
import { FIXTURES } from '../../helpers.js';

const run = (name: string) =>
  processDocument({ path: name, id: name.replace(/\.[^.]+$/, ''), bytes: readFileSync(path.join(FIXTURES, 'clean', name)), format: 'text' });

describe('crawlerLead', () => {
  it('cuts a single-dash channel path off the title and the header up to the repeat', () => {
    const lead = crawlerLead(['某市举办秋季招聘会 岗位超万个-要闻-某某网 首页 新闻 财经 当前位置: 首页 > 要闻 某市举办秋季招聘会 岗位超万个 2031-03-04 正文一句。']);
    expect(lead).toEqual({
      lines: ['某市举办秋季招聘会 岗位超万个-要闻-某某网', '首页 新闻 财经 当前位置: 首页 > 要闻', '某市举办秋季招聘会 岗位超万个', '2031-03-04 正文一句。'],
      end: 2,
      title: '某市举办秋季招聘会 岗位超万个',
    });
  });
  it('reads an underscore or double-dash suffix, and a repeat with nothing between', () => {
    expect(crawlerLead(['', '某县召开会议_某某财经 网站导航 某县召开会议 会议指出,要压实责任。'])?.title).toBe('某县召开会议');
    expect(crawlerLead(['某县召开会议--时政--某某网 某县召开会议 会议指出。'])).toEqual({
      lines: ['某县召开会议--时政--某某网', '某县召开会议', '会议指出。'],
      end: 1,
      title: '某县召开会议',
    });
  });
  it('takes the longest title the page repeats, not a shorter part before a dash of its own', () => {
    expect(crawlerLead(['2031-2035年某县规划-某某网 首页 2031-2035年某县规划 正文。'])?.title).toBe('2031-2035年某县规划');
  });
  it('reads nothing when the title is not repeated, is repeated inside a word, or text with a full stop stands before the repeat', () => {
    expect(crawlerLead(['某县召开会议-要闻-某某网 会议指出,要压实责任。'])).toBeNull();
    expect(crawlerLead(['某县召开会议-要闻-某某网 首页 关于某县召开会议的通知'])).toBeNull();
    expect(crawlerLead(['某县召开会议-要闻-某某网 会议指出,要压实责任。 某县召开会议 精神要传达。'])).toBeNull();
  });
  it('reads nothing when the suffix is no channel path (spaces, a sentence mark) or the lead is prose', () => {
    expect(crawlerLead(['某县召开会议- 要闻 某县召开会议 正文。'])).toBeNull();
    expect(crawlerLead(['某县召开会议-会议指出,要压实责任 某县召开会议 正文。'])).toBeNull();
    expect(crawlerLead(['会议指出,要压实责任。-要闻 会议指出,要压实责任。 正文。'])).toBeNull();
  });
});

describe('a crawler dump led by its <title> through the pipeline', () => {
  it('takes the title, reads the info line, removes the lead and the header, keeps the text', () => {
    const doc = run('dump-crawler-title-lead.txt');
    expect(doc.title).toBe('某县秋季农产品展销会开幕 首日交易额超3亿元');
    expect(doc.metadata).toMatchObject({ pageDate: '2031-09-12', source: '某某日报', author: '李四' });
    for (const chrome of ['-要闻-新闻中心-某某资讯网', '欢迎您访问', '服务热线', '您当前的位置']) expect(doc.text).not.toContain(chrome);
    expect(doc.text).toContain('本届展销会设展位320个,吸引参展企业186家。');
    expect(doc.removed.find((r) => r.rule === 'crawler-lead')?.text).toContain('您当前的位置: 新闻中心 » 要闻 » 正文');
    expect(doc.metrics.map((m) => m.raw)).toEqual(expect.arrayContaining(['320个', '186家', '3.2亿元']));
  });
  it('negative: a dashed lead whose title repeats only after a sentence stays text, no title is read', () => {
    const doc = run('dump-crawler-title-lead-negative.txt');
    expect(doc.title).toBeNull();
    expect(doc.removed).toEqual([]);
    expect(doc.text).toContain('2031-2035年某县农业发展规划-征求意见稿-某县农业局 为推进农业现代化');
  });
});
