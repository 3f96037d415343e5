import { describe, expect, it } from 'vitest';
import { findPublishedTitle } from '../../../src/stages/metadata/find-published-title.js';
import { extractDocument } from '../../../src/index.js';

describe('findPublishedTitle', () => {
  it('takes the document a flattened announcement names and then gives whole, its name glued between the signature and its first article', () => {
    const text = '为规范某类业务管理,特制定《某某海关某类货物监管办法》,现予发布。特此公告。某某海关2031年3月4日某某海关某类货物监管办法第一条 为了规范管理,制定本办法。第二条 本办法自发布之日起施行。';
    expect(findPublishedTitle(text)).toBe('某某海关某类货物监管办法');
  });

  it('takes it on a line of its own, before 第一章 or after a (试行) mark', () => {
    expect(findPublishedTitle('现将《某市数据管理细则》印发给你们。\n某市数据管理细则\n第一章 总则\n第一条 为了…')).toBe('某市数据管理细则');
    expect(findPublishedTitle('现将《某市数据管理细则》印发。\n某市数据管理细则(试行)\n第一条 为了…')).toBe('某市数据管理细则');
  });

  it('takes nothing when the named document is not given whole, or its name is no document’s', () => {
    // named, then cited again in quotes only
    expect(findPublishedTitle('根据《某某管理办法》第一条的规定,现公告如下。依照《某某管理办法》第一条执行。')).toBeNull();
    // not a document's name (no TITLE_ENDINGS word)
    expect(findPublishedTitle('《亚太贸易协定》生效。亚太贸易协定第一条 …')).toBeNull();
    // given whole but without its first article
    expect(findPublishedTitle('特制定《某某办法》。某某办法 全文如下。')).toBeNull();
  });

  it('stands in only for a missing title: a document with a title keeps it', () => {
    const text = '关于发布某某办法的公告\n特制定《某某海关监管办法》,现予发布。\n某某海关监管办法\n第一条 为了规范管理,制定本办法。';
    expect(extractDocument(text, { path: 'a.txt', format: 'text' }).title).toBe('关于发布某某办法的公告');
  });
});
