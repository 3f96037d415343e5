// `customs-extract templates`: learns a folder's site template; `--templates` removes it from the
// edges of each page and nothing else. The file depends only on the inputs.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/commands/templates.js';
import { processDocument } from '../../src/pipeline.js';
import { readTemplates } from '../../src/io/read-templates.js';
import { FIXTURES, tempDir } from '../helpers.js';

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
