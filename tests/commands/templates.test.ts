// `customs-extract templates`: learns a folder's site template; `--templates` removes it from the
// edges of each page and nothing else. The file depends only on the inputs.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/commands/templates.js';
import { processDocument } from '../../src/pipeline.js';
import { readTemplates } from '../../src/io/read-templates.js';
import { templateGroup } from '../../src/stages/article/templates.js';
import { FIXTURES, tempDir } from '../helpers.js';
import { makeWarc, type WarcRecordSpec } from '../io/archive-fixtures.js';

function io() {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const err: string[] = [];
  stderr.on('data', (c: Buffer) => err.push(c.toString()));
  return { io: { stdout, stderr }, err: () => err.join('') };
}

const SITE = path.join(FIXTURES, 'clean', 'templates', 'site-a');
const TEMPLATE_LINES = ['地址:某某路88号 电话:0000-1234567', '本页内容由某某区商务局维护', '某某区商务局', '网站首页 机构职能 政务公开 办事服务 互动交流'];

describe('customs-extract templates', () => {
  it("learns the lines most of a folder's pages share at their edges, never a page's title", async () => {
    const out = path.join(tempDir(), 't.json');
    const t = io();
    expect(await run([path.dirname(SITE), '-o', out], t.io)).toBe(0);
    expect(t.err()).toBe('');
    const file = readTemplates(out);
    expect(file.groups['site-a']).toEqual({ documents: 4, lines: TEMPLATE_LINES });
  });

  it('writes the same bytes whatever the order of its inputs', async () => {
    const dir = tempDir();
    const a = path.join(dir, 'a.json');
    const b = path.join(dir, 'b.json');
    const files = ['page-1.txt', 'page-2.txt', 'page-3.txt', 'page-4.txt', 'page-1-copy.txt'].map((f) => path.join(SITE, f));
    await run([...files, '-o', a], io().io);
    await run([...files].reverse().concat(['-o', b]), io().io);
    expect(readFileSync(a)).toEqual(readFileSync(b));
  });

  it('learns nothing for a group of fewer than 3 distinct documents (a byte copy counts once)', async () => {
    const out = path.join(tempDir(), 't.json');
    await run([path.join(SITE, 'page-1.txt'), path.join(SITE, 'page-1-copy.txt'), path.join(SITE, 'page-2.txt'), '-o', out], io().io);
    expect(readTemplates(out).groups['site-a']).toEqual({ documents: 2, lines: [] });
  });

  it('reports a path that does not exist in one line, exits 1 and still learns from the others', async () => {
    const out = path.join(tempDir(), 't.json');
    const t = io();
    expect(await run([path.dirname(SITE), path.join(SITE, 'no-such-page.txt'), '-o', out], t.io)).toBe(1);
    expect(t.err()).toMatch(/^customs-extract: .*no-such-page\.txt: no such file or folder\n$/);
    expect(readTemplates(out).groups['site-a']).toEqual({ documents: 4, lines: TEMPLATE_LINES });
  });

  it('never overwrites a file that is not a templates file', async () => {
    const out = path.join(tempDir(), 'notes.json');
    writeFileSync(out, '{"mine": true}');
    const t = io();
    expect(await run([SITE, '-o', out], t.io)).toBe(2);
    expect(t.err()).toContain('not overwritten');
    expect(readFileSync(out, 'utf8')).toBe('{"mine": true}');
  });
});

describe('--templates', () => {
  const page = (name: string, templates?: ReturnType<typeof readTemplates>) =>
    processDocument({ path: `site-a/${name}`, id: name, bytes: readFileSync(path.join(SITE, name)), format: 'text', group: 'site-a' }, templates ? { templates } : {});
  const templates = { version: 1 as const, edgeLines: 15, minShare: 0.6, minDocuments: 3, groups: { 'site-a': { documents: 4, lines: TEMPLATE_LINES } } };

  it('removes the template lines from the head and tail, keeping title and text', () => {
    const doc = page('page-2.txt', templates);
    expect(doc.title).toBe('一季度口岸通关情况');
    expect(doc.text).toBe('一季度口岸通关情况\n一季度,口岸监管进出境货物1.2万批次,同比增长4.5%。平均通关时间进一步压缩。');
    expect(doc.removed.filter((r) => r.rule === 'template').map((r) => r.text)).toEqual(['某某区商务局', '本页内容由某某区商务局维护\n地址:某某路88号 电话:0000-1234567']);
  });

  it('leaves a template line that stands inside the article', () => {
    const inside = { ...templates, groups: { 'site-a': { documents: 4, lines: ['平均通关时间进一步压缩。'] } } };
    const doc = processDocument(
      { path: 'site-a/x.txt', id: 'x', bytes: Buffer.from('标题一则\n第一段。\n平均通关时间进一步压缩。\n第三段。\n'), format: 'text', group: 'site-a' },
      { templates: inside },
    );
    expect(doc.text).toContain('平均通关时间进一步压缩。');
  });

  it('changes nothing for a document of another group', () => {
    const other = processDocument({ path: 'b/page-2.txt', id: 'p', bytes: readFileSync(path.join(SITE, 'page-2.txt')), format: 'text', group: 'b' }, { templates });
    expect(other.removed.some((r) => r.rule === 'template')).toBe(false);
  });
});

describe('customs-extract --templates FILE', () => {
  it('refuses a file that is not a templates file with one line and exit 2', async () => {
    const { runCli } = await import('../../src/cli.js');
    const bad = path.join(tempDir(), 'bad.json');
    writeFileSync(bad, '{"version": 2}');
    const t = io();
    expect(await runCli([SITE, '--templates', bad, '-q', '-f', 'json'], t.io)).toBe(2);
    expect(t.err()).toMatch(/^customs-extract: .*bad\.json: not a templates file: /);
    expect(t.err().trim().split('\n')).toHaveLength(1);
  });
});

describe('templates of a crawl (WARC)', () => {
  // the four pages of site-a, crawled from one host but filed under different folders, and three
  // pages of another host under the same folder names
  const pages = ['page-1.txt', 'page-2.txt', 'page-3.txt', 'page-4.txt'].map((f) => readFileSync(path.join(SITE, f)));
  const folders = ['zwgk/2024', 'tzgg', 'xwdt', 'tzgg'];
  const other = [1, 2, 3].map((n) => Buffer.from(`某某市统计局\n第${n}号统计快报\n本月全市工业增加值增长${n}.5%。\n统计局办公室 承办\n`));
  const records: WarcRecordSpec[] = [
    ...pages.map((body, i) => ({ type: 'response' as const, uri: `http://WWW.Site-A.example/${folders[i]}/p${i + 1}.htm`, contentType: 'text/plain; charset=utf-8', body })),
    ...other.map((body, i) => ({ type: 'response' as const, uri: `http://stats.example:8080/tzgg/q${i + 1}.htm`, contentType: 'text/plain; charset=utf-8', body })),
  ];

  it("groups a WARC's records by their URI's host, whatever folders they stand in", async () => {
    const dir = tempDir();
    const warc = path.join(dir, 'crawl.warc.gz');
    writeFileSync(warc, makeWarc(records, true));
    const out = path.join(dir, 't.json');
    const t = io();
    expect(await run([warc, '-o', out], t.io)).toBe(0);
    expect(t.err()).toBe('');
    const file = readTemplates(out);
    expect(Object.keys(file.groups)).toEqual(['stats.example:8080', 'www.site-a.example']);
    expect(file.groups['www.site-a.example']).toEqual({ documents: 4, lines: TEMPLATE_LINES });
    expect(file.groups['stats.example:8080']).toEqual({ documents: 3, lines: ['统计局办公室 承办'] }); // (its first line is each page's title: never counted)
  });

  it('removes a host\'s template from its records in the main job', async () => {
    const dir = tempDir();
    const warc = path.join(dir, 'crawl.warc');
    writeFileSync(warc, makeWarc(records));
    const file = path.join(dir, 't.json');
    await run([warc, '-o', file], io().io);
    const { runCli } = await import('../../src/cli.js');
    const data = path.join(dir, 'out');
    expect(await runCli([warc, '--templates', file, '-q', '-o', data], io().io)).toBe(0);
    const docs = JSON.parse(readFileSync(path.join(data, 'documents.json'), 'utf8')) as Array<{ id: string; text: string; removed: Array<{ rule: string }> }>;
    const p2 = docs.find((d) => d.id.endsWith('/tzgg/p2'))!;
    expect(p2.text).toBe('一季度口岸通关情况\n一季度,口岸监管进出境货物1.2万批次,同比增长4.5%。平均通关时间进一步压缩。');
    expect(p2.removed.filter((r) => r.rule === 'template')).toHaveLength(2);
  });
});

describe('templateGroup', () => {
  it("is a crawled page's host (lower case, with its port), else its folder's name", () => {
    expect(templateGroup('crawl/www.a.example/x/y', 'https://WWW.A.example:8443/x/y.htm')).toBe('www.a.example:8443');
    expect(templateGroup('site/notices/a.txt')).toBe('notices');
    expect(templateGroup('crawl/x/y', 'not a url')).toBe('x');
    expect(templateGroup('-')).toBe('-');
  });
});
