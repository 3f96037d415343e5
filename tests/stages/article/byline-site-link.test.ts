// A byline that opens with a link to the site's home page naming the site, then an unlabelled
// date and labelled fields: the HTML reader ends the line after the link (html-to-text.ts), the
// site's name goes as chrome (`site-name`), and the date and source are read as metadata.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../../src/pipeline.js';
import { toPageText } from '../../../src/stages/page-text/page-text.js';
import { FIXTURES } from '../../helpers.js';

const run = (name: string) => processDocument({ path: name, id: name.replace(/\.[^.]+$/, ''), bytes: readFileSync(path.join(FIXTURES, 'article', name)), format: 'html' });

describe('a byline opening with the site’s home link', () => {
  it('reads the unlabelled date and time and the 来源 after `某县政府门户网站 www…`, and removes the byline', () => {
    const doc = run('byline-site-date-source.html');
    expect(doc.metadata).toMatchObject({ pageDate: '2019-05-06 10:11:12', source: '某县农业农村局' });
    expect(doc.text).not.toContain('www.example.gov.cn');
    expect(doc.text).not.toContain('来源');
    expect(doc.removed.map((r) => r.rule)).toContain('site-name');
  });

  it('reads the same byline written with a full home URL, a Chinese date and 信息来源, the address written with its scheme', () => {
    const doc = run('byline-site-link-variants.html');
    expect(doc.metadata).toMatchObject({ pageDate: '2021-07-08 09:00', source: '某市统计局' });
    expect(doc.text.split('\n')[1]).toBe('上半年,全市规模以上工业增加值同比增长8.6%,其中制造业增加值增长9.1%。');
  });

  it('leaves a home link inside a sentence, and a menu’s home link, on their lines', () => {
    const doc = run('byline-site-link-variants.html');
    expect(doc.text).toContain('详见某市人民政府网站统计信息栏目,2021年7月9日起可下载全文。');
    const menu = toPageText('<div><a href="/">首页</a> <a href="/a/">政务公开</a> <a href="/b/">统计信息</a> <a href="/c/">互动交流</a></div>', 'html');
    expect(menu.text.split('\n')).toHaveLength(1);
    const noDate = toPageText('<p><a href="/">某县政府网站</a> 首页 > 新闻中心</p>', 'html');
    expect(noDate.text).toBe('某县政府网站 首页 > 新闻中心');
  });
});
