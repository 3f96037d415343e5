// Archives in: a WARC of a few hundred pages, a zip and a tar.gz made here from the fixtures give
// the same documents as the loose files; and each archive's safety rules, one case each.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { archiveKindOf, decodeName, readArchive, safeMemberPath, warcMemberPath, type ArchiveItem } from '../../src/io/read-archive.js';
import type { Document } from '../../src/schema/records.js';
import { FIXTURES, messages, runBin, tempDir } from '../helpers.js';
import { makeTarGz, makeWarc, makeZip, type WarcRecordSpec } from './archive-fixtures.js';

const HOLDOUT = path.join(FIXTURES, 'holdout');
const MEDIA: Record<string, string> = { '.html': 'text/html', '.txt': 'text/plain', '.md': 'text/markdown' };
const COPIES = 13;

async function items(file: string, maxBytes = 1 << 20): Promise<ArchiveItem[]> {
  const out: ArchiveItem[] = [];
  for await (const item of readArchive(file, archiveKindOf(file)!.kind, { maxBytes })) out.push(item);
  return out;
}

/** A document without what names where it came from: its id, path, metric ids and (WARC) url. */
function content(d: Document): unknown {
  const metadata = { ...d.metadata };
  delete metadata.url;
  return { ...d, id: '', path: '', metadata, metrics: d.metrics.map((m) => ({ ...m, id: m.id.slice(m.id.indexOf('#')), doc: '' })) };
}

function byRelativeId(dir: string, prefix: string): Map<string, unknown> {
  const docs = JSON.parse(readFileSync(path.join(dir, 'documents.json'), 'utf8')) as Document[];
  return new Map(docs.map((d) => [d.id.startsWith(prefix) ? d.id.slice(prefix.length) : `!${d.id}`, content(d)]));
}

describe('archives give the same documents as the loose files', () => {
  const work = tempDir();
  const loose = path.join(work, 'pages');
  const out = (name: string): string => path.join(work, `out-${name}`);
  let files: string[] = [];

  beforeAll(async () => {
    const names = readdirSync(HOLDOUT).filter((n) => MEDIA[path.extname(n)]);
    for (let c = 0; c < COPIES; c++) {
      mkdirSync(path.join(loose, `copy-${c}`), { recursive: true });
      for (const n of names) writeFileSync(path.join(loose, `copy-${c}`, n), readFileSync(path.join(HOLDOUT, n)));
    }
    files = readdirSync(loose).flatMap((d) => readdirSync(path.join(loose, d)).map((n) => `${d}/${n}`)).sort();
    const data = (f: string): Buffer => readFileSync(path.join(loose, f));
    writeFileSync(path.join(work, 'crawl.warc.gz'), makeWarc(files.map((f) => ({ type: 'response', uri: `http://example.org/${f}`, contentType: MEDIA[path.extname(f)], body: data(f) })), true));
    writeFileSync(path.join(work, 'pages.zip'), makeZip(files.map((f) => ({ name: f, data: data(f), deflate: true }))));
    writeFileSync(path.join(work, 'pages.tar.gz'), await makeTarGz(files.map((f) => ({ name: f, data: data(f) }))));
    for (const [name, input] of [
      ['loose', loose],
      ['warc', path.join(work, 'crawl.warc.gz')],
      ['zip', path.join(work, 'pages.zip')],
      ['tgz', path.join(work, 'pages.tar.gz')],
    ] as const) {
      const r = runBin([input, '-o', out(name), '-q', '--jobs', '2']);
      expect(r.status, r.stderr).toBe(0);
    }
  }, 240_000);

  it('a WARC of a few hundred pages, a zip and a tar.gz: the same documents, ids under the archive id', () => {
    expect(files.length).toBeGreaterThanOrEqual(200);
    const expected = byRelativeId(out('loose'), '');
    expect(expected.size).toBe(files.length);
    for (const [name, prefix] of [
      ['warc', 'crawl/example.org/'],
      ['zip', 'pages/'],
      ['tgz', 'pages/'],
    ] as const) {
      const got = byRelativeId(out(name), prefix);
      expect([...got.keys()].sort(), name).toEqual([...expected.keys()].sort());
      for (const [id, doc] of expected) expect(got.get(id), `${name} ${id}`).toEqual(doc);
    }
  });

  it("a WARC record's target URI is the document's metadata.url; a member's path is under the archive's", () => {
    const docs = JSON.parse(readFileSync(path.join(out('warc'), 'documents.json'), 'utf8')) as Document[];
    const first = docs.find((d) => d.id === `crawl/example.org/${files[0]!.replace(/\.[^.]+$/, '')}`)!;
    expect(first.metadata.url).toBe(`http://example.org/${files[0]}`);
    expect(first.path).toBe(`crawl.warc.gz/example.org/${files[0]}`);
  });
});

describe('WARC records', () => {
  const html = (title: string, charset?: string): Buffer => iconv.encode(`<html><head>${charset ? `<meta charset="${charset}">` : ''}<title>${title}</title></head><body><p>${title}:进出口总值5.2亿元。</p></body></html>`, 'gb18030');

  it('only responses are documents, in id order; when a URI repeats the latest WARC-Date wins, whatever the order', async () => {
    const dir = tempDir();
    const records: WarcRecordSpec[] = [
      { type: 'warcinfo', body: Buffer.from('software: test\r\n') },
      { type: 'request', uri: 'http://example.org/a.html', body: Buffer.alloc(0) },
      { type: 'response', uri: 'http://example.org/a.html', date: '2024-05-02T00:00:00Z', contentType: 'text/html; charset=utf-8', body: Buffer.from('<p>新的</p>') },
      { type: 'response', uri: 'http://example.org/a.html', date: '2024-05-01T00:00:00Z', contentType: 'text/html; charset=utf-8', body: Buffer.from('<p>旧的</p>') },
      { type: 'revisit', uri: 'http://example.org/b.html', date: '2024-06-01T00:00:00Z', contentType: 'text/html', body: Buffer.alloc(0) },
      { type: 'metadata', uri: 'http://example.org/a.html', body: Buffer.from('outlinks: x\r\n') },
      // written after a.html, read before it: members come in id order
      { type: 'response', uri: 'http://example.org/0.html', contentType: 'text/html', body: Buffer.from('<p>零</p>') },
    ];
    for (const gz of [false, true]) {
      const file = path.join(dir, gz ? 'c.warc.gz' : 'c.warc');
      writeFileSync(file, makeWarc(records, gz));
      const got = await items(file);
      expect(got.map((i) => (i.kind === 'member' ? [i.path, Buffer.from(i.bytes).toString('utf8'), i.url] : i.kind))).toEqual([
        ['example.org/0.html', '<p>零</p>', 'http://example.org/0.html'],
        ['example.org/a.html', '<p>新的</p>', 'http://example.org/a.html'],
      ]);
    }
  });

  it('the HTTP charset decodes the page (how: "http"), ranking after a BOM and before <meta>', () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'c.warc'),
      makeWarc([
        // GBK bytes that <meta> wrongly calls utf-8: the HTTP header is believed first
        { type: 'response', uri: 'http://example.org/gbk.html', contentType: 'text/html; charset=GBK', body: html('海关公告', 'utf-8') },
        { type: 'response', uri: 'http://example.org/bom.html', contentType: 'text/html; charset=gbk', body: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<p>带BOM的页面</p>')]) },
      ]),
    );
    const r = runBin([path.join(dir, 'c.warc'), '--format', 'ndjson']);
    expect(r.status, r.stderr).toBe(0);
    const docs = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Document);
    expect(docs.map((d) => [d.id, d.encoding])).toEqual([
      ['c/example.org/bom', { name: 'utf-8', how: 'bom' }],
      ['c/example.org/gbk', { name: 'gb18030', how: 'http' }],
    ]);
    expect(docs[1]!.title).toBe('海关公告');
    expect(docs[1]!.metadata.url).toBe('http://example.org/gbk.html');
  });

  it("ids are the URI's host and path, never with .. or a leading /", () => {
    expect(warcMemberPath('http://example.org/a/../../../etc/passwd.html')).toBe('example.org/etc/passwd.html');
    expect(warcMemberPath('https://example.org/news/')).toBe('example.org/news/index');
    expect(warcMemberPath('https://example.org')).toBe('example.org/index');
    expect(warcMemberPath('https://example.org/list?page=2')).toBe('example.org/list_page=2');
    expect(warcMemberPath('not a url')).toBeNull();
    expect(safeMemberPath('/../a/./b\\..\\c.txt')).toBe('a/b/c.txt');
  });
});

describe('zip and tar safety', () => {
  const doc = Buffer.from('海关总署公告\n一、进出口总值5.2亿元。\n');

  it('GBK names are decoded; nested archives skipped; encrypted, corrupt and oversize members fail alone; the rest is read', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'mixed.zip');
    writeFileSync(
      file,
      makeZip([
        { name: iconv.encode('公告/第一号.txt', 'gbk'), data: doc },
        { name: 'inner.zip', data: makeZip([{ name: 'x.txt', data: doc }]) },
        { name: 'secret.txt', data: doc, encrypted: true },
        { name: 'broken.txt', data: doc, deflate: true, rawOverride: Buffer.from('this is not deflate data at all') },
        // zip bombs: 8 MB of zeros stated as 100 bytes (stopped past the stated size), and stated
        // honestly (refused before inflating, over --max-bytes)
        { name: 'bomb.txt', data: Buffer.alloc(8 << 20), deflate: true, statedSize: 100 },
        { name: 'bomb2.txt', data: Buffer.alloc(8 << 20), deflate: true },
        { name: 'big.txt', data: Buffer.alloc(2 << 20, 0x61) },
        { name: 'last.md', data: doc },
      ]),
    );
    const got = await items(file, 1 << 20);
    expect(got.map((i) => [i.kind, i.path, i.kind === 'failed' ? i.code : null])).toEqual([
      // in id order (a zip's directory is read first)
      ['failed', 'big.txt', 'read/too-large'],
      ['failed', 'bomb.txt', 'read/too-large'],
      ['failed', 'bomb2.txt', 'read/too-large'],
      ['failed', 'broken.txt', 'read/corrupt-member'],
      ['skipped', 'inner.zip', null],
      ['member', 'last.md', null],
      ['failed', 'secret.txt', 'read/encrypted-member'],
      ['member', '公告/第一号.txt', null],
    ]);
    // through the CLI: one stderr line each, the two documents written, exit 1
    const r = runBin([file, '--format', 'ndjson', '--max-bytes', '1MB']);
    expect(r.status).toBe(1);
    expect(r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as Document).id)).toEqual(['mixed/last', 'mixed/公告/第一号']);
    const lines = messages(r.stderr);
    expect(lines).toHaveLength(6);
    expect(lines).toContain('customs-extract: mixed.zip/inner.zip: skipped (an archive inside an archive is not opened)');
    expect(lines).toContain('customs-extract: mixed.zip/secret.txt: cannot read: the member is encrypted');
    expect(lines).toContain('customs-extract: mixed.zip/bomb.txt: too large: expands past the 100 bytes its header states');
    expect(lines).toContain('customs-extract: mixed.zip/bomb2.txt: too large: 8388608 bytes is over --max-bytes 1048576');
  });

  it('a zip that is not a zip, and a tar.gz cut short, are one-line failures; what came before still counts', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'fake.zip'), 'not a zip');
    expect((await items(path.join(dir, 'fake.zip'))).map((i) => [i.kind, i.path, i.kind === 'failed' && i.code])).toEqual([['failed', '', 'read/corrupt-archive']]);
    const tgz = await makeTarGz([
      { name: 'a.txt', data: doc },
      { name: 'b.txt', data: Buffer.alloc(300_000, 0x62) },
    ]);
    writeFileSync(path.join(dir, 'cut.tar.gz'), tgz.subarray(0, tgz.length - 200));
    const got = await items(path.join(dir, 'cut.tar.gz'));
    expect(got[0]).toMatchObject({ kind: 'member', path: 'a.txt' });
    expect(got.at(-1)).toMatchObject({ kind: 'failed', path: '', code: 'read/corrupt-archive' });
  });

  it('tar (plain and gzipped) members: ids drop the archive and member extensions; a stated size over --max-bytes fails', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'p.tar'), await makeTarGz([{ name: './notes/a.txt', data: doc }, { name: 'big.txt', data: Buffer.alloc(2000, 0x61) }], false));
    expect((await items(path.join(dir, 'p.tar'), 1000)).map((i) => [i.kind, i.path])).toEqual([
      ['member', 'notes/a.txt'],
      ['failed', 'big.txt'],
    ]);
    const r = runBin([path.join(dir, 'p.tar'), '--format', 'ndjson', '--max-bytes', '1000']);
    expect(r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as Document).id)).toEqual(['p/notes/a']);
    expect(messages(r.stderr)).toEqual(['customs-extract: p.tar/big.txt: too large: 2000 bytes is over --max-bytes 1000']);
  });

  it('names: UTF-8 when flagged or valid, else GBK', () => {
    expect(decodeName(iconv.encode('海关', 'gbk'))).toBe('海关');
    expect(decodeName(Buffer.from('海关'))).toBe('海关');
  });
});
