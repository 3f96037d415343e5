// The metadata stage on records built by hand: statements weighed, the article's own 题注 and
// period read, nothing guessed.
import { describe, expect, it } from 'vitest';
import { findMetadata } from '../../../src/stages/metadata/find-metadata.js';

describe('findMetadata', () => {
  it('keeps one value per key: a stated value beats a stated absence, the lower priority number wins', () => {
    const md = findMetadata({
      text: '正文第一句。',
      titleLine: -1,
      statements: [
        { key: 'source', value: null, priority: 0 },
        { key: 'source', value: '某海关', priority: 1 },
        { key: 'category', value: '海关动态', priority: 2 },
        { key: 'category', value: '通知公告', priority: 1 },
      ],
    });
    expect(md).toEqual({ category: '通知公告', source: '某海关' });
  });

  it("reads a 题注 under the title line, and the period a report's opening states", () => {
    const text = '某区工作报告\n——2024年1月5日在某区人民代表大会上\n2023年,全区经济平稳运行。';
    expect(findMetadata({ text, titleLine: 0, statements: [] })).toEqual({ publishDate: '2024-01-05' });
    expect(findMetadata({ text: '某区工作报告\n2023年,全区经济平稳运行。', titleLine: 0, statements: [] })).toEqual({ period: '2023' });
  });

  it('reads an organisation alone in brackets closing the text as its issuer; other bracketed lines are none', () => {
    const read = (text: string) => findMetadata({ text, titleLine: 0, statements: [] }).issuer;
    expect(read('某县2030年统计公报\n全县生产总值增长5.6%。\n(某某县统计局)')).toBe('某某县统计局');
    expect(read('某县2030年统计公报\n全县生产总值增长5.6%。\n(完)')).toBeUndefined();
    expect(read('某县2030年统计公报\n全县生产总值增长5.6%。\n(某某县统计局 国家统计局某某县调查队)')).toBe('某某县统计局 国家统计局某某县调查队');
    expect(read('某县2030年统计公报\n(某某县统计局)\n全县生产总值增长5.6%。')).toBeUndefined();
  });

  it("reads the year a yearly report's title names as its period, and no part of a year or span as one", () => {
    const read = (title: string) => findMetadata({ text: `${title}\n全年地区生产总值增长5.6%。`, titleLine: 0, statements: [], title }).period;
    expect(read('某县2022年国民经济和社会发展统计公报')).toBe('2022');
    expect(read('某市2023年度报告')).toBe('2023');
    expect(read('某市2024年上半年统计公报')).toBeUndefined();
    expect(read('某市2023—2024年统计公报')).toBeUndefined();
    expect(read('某市2023年经济运行情况')).toBeUndefined();
    expect(read('某市2023年半年报')).toBeUndefined();
    expect(read('某市2024年统计年鉴')).toBeUndefined();
  });

  it('of two sources agreeing on a date, keeps the one that gives the time too', () => {
    const statements = [
      { key: 'pageDate', value: '2024-05-20 16:30', priority: 1.5 },
      { key: 'pageDate', value: '2024-05-20', priority: 1 },
      { key: 'publishDate', value: '2024-05-01', priority: 1.5 },
      { key: 'publishDate', value: '2024-05-02', priority: 1 },
    ];
    expect(findMetadata({ text: '正文。', titleLine: -1, statements })).toEqual({ pageDate: '2024-05-20 16:30', publishDate: '2024-05-02' });
  });

  it('states nothing for a text that states nothing', () => {
    expect(findMetadata({ text: '正文第一句。\n正文第二句。', titleLine: -1, statements: [] })).toEqual({});
  });
});

describe('a news dateline opening the first paragraph', () => {
  const read = (text: string, titleLine = -1) => findMetadata({ text, titleLine, statements: [] });

  it('reads the agency as the source and the credit as the author; a paper of its own names no source', () => {
    expect(read('某某社北京3月2日电(记者 张三)今年以来,某市外贸进出口总值12.3亿元。')).toEqual({ source: '某某社', author: '张三' });
    expect(read('某市外贸稳中有进\n某某网3月2日讯(编辑 李四) 今年以来,外贸增长。', 0)).toEqual({ source: '某某网', author: '李四' });
    expect(read('本报讯(记者 王五) 某县前三季度外贸进出口12.3亿元。')).toEqual({ author: '王五' });
    // the roles between the names are no part of the author
    expect(read('本报讯(记者 张三 通讯员 李四)5月10日,记者从某海关获悉。')).toEqual({ author: '张三 李四' });
    expect(read('某某社3月2日电 今年以来,外贸增长。')).toEqual({ source: '某某社' });
  });

  it('reads nothing from a report citing an agency, a bare 本报讯, or a dateline deep in the text', () => {
    expect(read('据某某社3月2日电,某市外贸进出口总值12.3亿元。')).toEqual({});
    expect(read('某某社3月2日电,某市外贸进出口总值12.3亿元。')).toEqual({});
    expect(read('本报讯 某县召开外贸工作会议。')).toEqual({});
    expect(read('一\n二\n三\n四\n某某社3月2日电(记者 张三)今年以来。')).toEqual({});
  });
});

describe('a reporter\'s byline on a line of its own under the title', () => {
  const read = (text: string) => findMetadata({ text, titleLine: 0, statements: [] });

  it('reads the names after 本报记者, 记者, 通讯员 as the author', () => {
    expect(read('某市外贸稳中有进\n本报记者 韩冬\n今年以来,外贸增长。')).toEqual({ author: '韩冬' });
    expect(read('某市外贸稳中有进\n记者 张三 李四\n今年以来,外贸增长。')).toEqual({ author: '张三 李四' });
    expect(read('某市外贸稳中有进\n本报通讯员 王五、赵六\n今年以来,外贸增长。')).toEqual({ author: '王五、赵六' });
  });

  it('reads none from a photo credit, a sentence, or a byline far below the title', () => {
    expect(read('某市外贸稳中有进\n记者 张三 摄\n今年以来,外贸增长。')).toEqual({});
    expect(read('某市外贸稳中有进\n记者 张三摄\n今年以来,外贸增长。')).toEqual({});
    expect(read('某市外贸稳中有进\n本报记者从市商务局获悉,今年以来外贸增长。')).toEqual({});
    expect(read('某市外贸稳中有进\n一\n二\n三\n本报记者 韩冬')).toEqual({});
  });
});

describe("a reporter's credit closing a news report", () => {
  const read = (text: string) => findMetadata({ text, titleLine: 0, statements: [] });
  it('reads the bracketed credit after the last sentence, and a closing byline with the paper or what the reporter did', () => {
    expect(read('某县外贸增长\n一季度全县外贸进出口增长8.2%。\n下一步将继续帮助企业拓展市场。(记者 李四)')).toEqual({ author: '李四' });
    expect(read('某县外贸增长\n一季度全县外贸进出口增长8.2%。(记者 李四 通讯员 赵六)')).toEqual({ author: '李四 赵六' });
    expect(read('某市预算报告摘要\n全市收入完成120.5亿元。\n□某某日报全媒体记者 张三 整理')).toEqual({ author: '张三', source: '某某日报' });
    expect(read('某市预算报告摘要\n全市收入完成120.5亿元。\n本报记者 张三 整理')).toEqual({ author: '张三' });
  });
  it('reads none from a photo credit, a credit inside a paragraph, or a plain byline line at the end', () => {
    expect(read('某县招聘会\n图为招聘会现场。(记者 张三 摄)')).toEqual({});
    expect(read('某县招聘会\n据介绍(记者 张三)此次招聘会规模最大,共有86家企业参加。')).toEqual({});
    expect(read('某市外贸稳中有进\n一\n二\n三\n本报记者 韩冬')).toEqual({});
  });
});

describe('the signature ending a notice', () => {
  it('gives issuer and date, below every stated field', () => {
    const text = '关于某事项的公告\n现将有关事项公告如下。\n特此公告。\n某某市商务局\n2024年1月5日';
    expect(findMetadata({ text, titleLine: 0, statements: [] })).toEqual({ issuer: '某某市商务局', publishDate: '2024-01-05' });
    const stated = findMetadata({ text, titleLine: 0, statements: [{ key: 'publishDate', value: '2024-01-08', priority: 1 }] });
    expect(stated.publishDate).toBe('2024-01-08');
  });
  it('reads a signature glued after the closing formula of a flattened notice', () => {
    const text = '现将有关事项公告如下。特此公告。某直属海关2024年2月20日关于某事项的办法第一条 为了规范管理,制定本办法。';
    expect(findMetadata({ text, titleLine: -1, statements: [] })).toMatchObject({ issuer: '某直属海关', publishDate: '2024-02-20' });
  });
  it('takes no issuer from a sentence above a date', () => {
    const text = '某报告\n全年工作取得明显成效。\n2024年1月5日';
    expect(findMetadata({ text, titleLine: 0, statements: [] })).toEqual({ publishDate: '2024-01-05' });
  });
});

describe('a description or keywords naming only what the page does not show', () => {
  const text = '某县统计公报\n全年地区生产总值增长4.8%。';
  const meta = (key: string, value: string) => findMetadata({ text, titleLine: 0, statements: [{ key, value, priority: 0 }] });
  it('drops a list of names none of which the text holds', () => {
    expect(meta('keywords', '某某日报数字报,某某日报电子版')).not.toHaveProperty('keywords');
    expect(meta('description', '某某日报数字报 某某日报')).not.toHaveProperty('description');
  });
  it('keeps a list with one name the text holds, a single phrase, and a sentence', () => {
    expect(meta('keywords', '某某日报,统计公报')).toHaveProperty('keywords');
    expect(meta('description', '某某日报数字报')).toHaveProperty('description');
    expect(meta('description', '本网介绍。本网提供服务。')).toHaveProperty('description');
  });
});

