// Two inputs with one id, where an archive takes part (src/io/archive-id-clashes.ts): a member and
// a loose file, two members of one archive, members of two archives whose ids nest, a WARC
// record and a loose file. Each is refused in one line naming the other (exit 1, or 0 with
// --failures), and the rest of the run is still written; inputs whose ids only look alike (an
// archive's own id beside a loose file's) are read.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { idHash, refuseArchiveIdClashes } from '../../src/io/archive-id-clashes.js';
import { planInputs, type InputEntry, type InputPlan, type InputProblem } from '../../src/io/read-inputs.js';
import { selectInputs } from '../../src/io/select-inputs.js';
import type { Document } from '../../src/schema/records.js';
import { messages, runBin, tempDir } from '../helpers.js';
import { makeTarGz, makeWarc, makeZip } from './archive-fixtures.js';

const page = (words: string): Buffer => Buffer.from(`${words}\n一、进口增长5%。\n`, 'utf8');

function writeAt(file: string, data: Buffer): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, data);
}

interface Refusal {
  entries: InputEntry[];
  failures: InputProblem[];
}

/** The archive clash check on a plan's inputs, its entries made (the list makes them on demand). */
async function refuse(plan: InputPlan): Promise<Refusal> {
  const result = await refuseArchiveIdClashes(selectInputs(plan.inputs));
  return { entries: result.entries.toArray(), failures: result.failures };
}

/** The run's inputs as the CLI chooses them, then the archive clash check. */
async function check(root: string, args: string[]): Promise<Refusal> {
  const plan = await planInputs(args.map((a) => path.join(root, a)), { root });
  expect(plan.failures).toEqual([]);
  return refuse(plan);
}

const refusedOf = (result: Refusal): Array<[string, string[]]> =>
  result.entries.filter((e) => e.refused).map((e) => [e.path, [...e.refused!.keys()]]);

describe('archive members whose id another input has', () => {
  it('a member and a loose file: the member is marked, the file taken out, each naming the other', async () => {
    const root = tempDir();
    writeAt(path.join(root, 'pages', 'x.txt'), page('甲'));
    writeAt(path.join(root, 'pages', 'y.txt'), page('乙'));
    writeFileSync(path.join(root, 'pages.tar'), await makeTarGz([{ name: 'x.html', data: page('丙') }, { name: 'z.txt', data: page('丁') }], false));
    const result = await check(root, ['pages', 'pages.tar']);
    expect(result.failures).toEqual([{ path: 'pages/x.txt', code: 'read/id-clash', message: 'id "pages/x" is also the id of pages.tar/x.html; rename one of them' }]);
    expect(result.entries.map((e) => e.path)).toEqual(['pages.tar', 'pages/y.txt']);
    expect(refusedOf(result)).toEqual([['pages.tar', ['x.html']]]);
    expect(result.entries[0]!.refused!.get('x.html')).toBe('id "pages/x" is also the id of pages/x.txt; rename one of them');
  });

  it('members of two archives whose ids nest, and two members of one zip', async () => {
    const root = tempDir();
    writeFileSync(path.join(root, 'a.tar'), await makeTarGz([{ name: 'b/x.txt', data: page('甲') }, { name: 'c.txt', data: page('乙') }], false));
    mkdirSync(path.join(root, 'a'));
    writeFileSync(path.join(root, 'a', 'b.zip'), makeZip([{ name: 'x.md', data: page('丙') }, { name: 'y.txt', data: page('丁') }, { name: 'y.html', data: page('戊') }, { name: 'y.jpg', data: page('己') }]));
    const result = await check(root, ['a.tar', 'a']);
    expect(result.failures).toEqual([]);
    expect(refusedOf(result)).toEqual([
      ['a.tar', ['b/x.txt']],
      ['a/b.zip', ['x.md', 'y.txt', 'y.html']],
    ]);
    expect(result.entries[1]!.refused!.get('y.html')).toBe('id "a/b/y" is also the id of a/b.zip/y.txt; rename one of them');
  });

  it('inputs whose ids only look alike are all read: an archive beside a loose file of its own id, members beside files of other ids', async () => {
    const root = tempDir();
    writeAt(path.join(root, 'a.txt'), page('甲'));
    writeAt(path.join(root, 'a', 'x.txt'), page('乙'));
    writeFileSync(path.join(root, 'a.tar'), await makeTarGz([{ name: 'y.txt', data: page('丙') }, { name: 'z', data: page('丁') }], false));
    const plan = await planInputs([path.join(root, 'a.txt'), path.join(root, 'a'), path.join(root, 'a.tar')], { root });
    expect(plan.failures).toEqual([]);
    const result = await refuse(plan);
    expect(result.failures).toEqual([]);
    expect(refusedOf(result)).toEqual([]);
    expect(result.entries.map((e) => e.path)).toEqual(['a.txt', 'a.tar', 'a/x.txt']);
  });

  it('a member without an extension is a document, so its id can clash: `x` in a.tar is a/x, as a/x.txt is', async () => {
    const root = tempDir();
    writeAt(path.join(root, 'a', 'x.txt'), page('甲'));
    writeFileSync(path.join(root, 'a.tar'), await makeTarGz([{ name: 'x', data: page('丁') }], false));
    const result = await check(root, ['a', 'a.tar']);
    expect(result.failures.map((f) => f.path)).toEqual(['a/x.txt']);
    expect(refusedOf(result)).toEqual([['a.tar', ['x']]]);
  });

  it('a WARC record that is no document (its HTTP type) beside a file of its id is no clash; one of a document type is', async () => {
    const root = tempDir();
    writeAt(path.join(root, 'crawl', 'example.org', 'logo.txt'), page('甲'));
    writeAt(path.join(root, 'crawl', 'example.org', 'news.txt'), page('乙'));
    writeFileSync(
      path.join(root, 'crawl.warc.gz'),
      makeWarc(
        [
          { type: 'response', uri: 'http://example.org/logo', contentType: 'image/png', body: page('丙') },
          { type: 'response', uri: 'http://example.org/news', contentType: 'text/html; charset=utf-8', body: page('丁') },
        ],
        true,
      ),
    );
    const result = await check(root, ['crawl', 'crawl.warc.gz']);
    expect(result.failures.map((f) => f.path)).toEqual(['crawl/example.org/news.txt']);
    expect(refusedOf(result)).toEqual([['crawl.warc.gz', ['http://example.org/news']]]);
  });

  it('the hash that stands for an id in memory: 53 bits, equal for equal ids', () => {
    expect(idHash('pages/x')).toBe(idHash('pages/x'));
    expect(idHash('pages/x')).not.toBe(idHash('pages/y'));
    expect(Number.isSafeInteger(idHash('公告/一'))).toBe(true);
  });
});

describe('through the CLI', () => {
  const run = (args: string[]): ReturnType<typeof runBin> => runBin([...args, '-q']);
  const ids = (dir: string): string[] => (JSON.parse(readFileSync(path.join(dir, 'documents.json'), 'utf8')) as Document[]).map((d) => d.id);

  it('a member and a loose file, a WARC record and a loose file, a tar holding a path twice: one line each, the rest written, exit 1', async () => {
    const root = tempDir();
    writeAt(path.join(root, 'corpus', 'pages', 'x.txt'), page('甲'));
    writeAt(path.join(root, 'corpus', 'pages', 'y.txt'), page('乙'));
    writeAt(path.join(root, 'corpus', 'crawl', 'example.org', 'n.txt'), page('丙'));
    writeFileSync(path.join(root, 'corpus', 'pages.tar.gz'), await makeTarGz([{ name: 'x.html', data: page('丁') }, { name: 'w.txt', data: page('戊') }, { name: 'd.txt', data: page('己') }, { name: 'd.txt', data: page('庚') }]));
    writeFileSync(
      path.join(root, 'corpus', 'crawl.warc'),
      makeWarc([
        { type: 'response', uri: 'http://example.org/n.html', contentType: 'text/html', body: page('辛') },
        { type: 'response', uri: 'http://example.org/m.html', contentType: 'text/html', body: page('壬') },
      ]),
    );
    const out = path.join(root, 'out');
    const r = run([path.join(root, 'corpus'), '-o', out]);
    expect(r.status, r.stderr).toBe(1);
    expect(messages(r.stderr).map((l) => l.slice('customs-extract: '.length)).sort()).toEqual(
      [
        'crawl.warc/example.org/n.html: id "crawl/example.org/n" is also the id of crawl/example.org/n.txt; rename one of them',
        'crawl/example.org/n.txt: id "crawl/example.org/n" is also the id of crawl.warc/example.org/n.html (http://example.org/n.html); rename one of them',
        'pages.tar.gz/d.txt: id "pages/d": the archive holds this member more than once',
        'pages.tar.gz/d.txt: id "pages/d": the archive holds this member more than once',
        'pages.tar.gz/x.html: id "pages/x" is also the id of pages/x.txt; rename one of them',
        'pages/x.txt: id "pages/x" is also the id of pages.tar.gz/x.html; rename one of them',
      ].sort(),
    );
    expect(ids(out)).toEqual(['crawl/example.org/m', 'pages/w', 'pages/y']);

    const failures = path.join(root, 'failed.ndjson');
    const recorded = run([path.join(root, 'corpus'), '-o', path.join(root, 'out2'), '--failures', failures]);
    expect(recorded.status, recorded.stderr).toBe(0);
    const records = readFileSync(failures, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { path: string; code: string });
    expect(records.map((f) => f.code)).toEqual(Array(6).fill('read/id-clash'));
  }, 60_000);

  it('an archive beside a loose file of its own id: both read (they give different ids)', async () => {
    const root = tempDir();
    writeAt(path.join(root, 'c', 'a.txt'), page('甲'));
    writeFileSync(path.join(root, 'c', 'a.zip'), makeZip([{ name: 'x.txt', data: page('乙') }]));
    const out = path.join(root, 'out');
    const r = run([path.join(root, 'c'), '-o', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(ids(out)).toEqual(['a', 'a/x']);
  }, 60_000);
});
