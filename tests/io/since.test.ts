// --since DIR: unchanged inputs are copied from the previous dataset, changed ones extracted
// again; the result is the dataset a fresh run writes; nothing is copied across rules or options.
import { cpSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/schema/records.js';
import { FIXTURES, messages, runBin, snapshotDir, tempDir } from '../helpers.js';

describe('--since DIR', () => {
  it('copies what did not change (--since DIR -o DIR works) and gives a fresh run\'s bytes', () => {
    const work = tempDir();
    const corpus = path.join(work, 'corpus');
    cpSync(path.join(FIXTURES, 'holdout'), corpus, { recursive: true, filter: (src) => !/README\.md$|\.mjs$|gold|gbk-src/.test(src) });
    const ds = path.join(work, 'ds');
    expect(runBin([corpus, '-o', ds, '-q']).status).toBe(0);
    const before = JSON.parse(readFileSync(path.join(ds, 'documents.json'), 'utf8')) as Document[];
    appendFileSync(path.join(corpus, 'b_trade_release.txt'), '\n一、新增进出口总值3.5亿元。\n');

    // a copied document comes from the previous dataset: mark one there to see it come through
    const marked = path.join(work, 'marked');
    cpSync(ds, marked, { recursive: true });
    const json = readFileSync(path.join(marked, 'documents.json'), 'utf8');
    writeFileSync(path.join(marked, 'documents.json'), json.replace(/("id":"a_gacc_announcement".*?"title":)("[^"]*"|null)/, '$1"copied"'));
    const viaMarked = runBin([corpus, '--since', marked, '--ndjson']);
    expect(viaMarked.status, viaMarked.stderr).toBe(0);
    const docs = viaMarked.stdout.trim().split('\n').map((l) => JSON.parse(l) as Document);
    expect(docs.find((d) => d.id === 'a_gacc_announcement')!.title).toBe('copied');
    expect(messages(viaMarked.stderr)).toEqual([`customs-extract: --since ${marked}: ${before.length - 1} of ${before.length} inputs unchanged, copied`]);

    const r = runBin([corpus, '--since', ds, '-o', ds, '-q']);
    expect(r.status, r.stderr).toBe(0);
    const fresh = path.join(work, 'fresh');
    expect(runBin([corpus, '-o', fresh, '-q']).status).toBe(0);
    expect(snapshotDir(ds)).toEqual(snapshotDir(fresh));
    const changed = (JSON.parse(readFileSync(path.join(ds, 'documents.json'), 'utf8')) as Document[]).find((d) => d.id === 'b_trade_release')!;
    expect(changed.text).toContain('新增进出口总值3.5亿元');
  });

  it('copies nothing from a dataset made with other rules or other options', () => {
    const work = tempDir();
    const ds = path.join(work, 'ds');
    const corpus = path.join(FIXTURES, 'cli', 'corpus', 'a');
    expect(runBin([corpus, '-o', ds, '-q']).status).toBe(0);
    const pkg = JSON.parse(readFileSync(path.join(ds, 'datapackage.json'), 'utf8'));
    pkg.customs_extract.rulesHash = `sha256:${'e'.repeat(64)}`;
    writeFileSync(path.join(ds, 'datapackage.json'), JSON.stringify(pkg));
    const r = runBin([corpus, '--since', ds, '--ndjson']);
    expect(r.status).toBe(0);
    expect(messages(r.stderr)).toEqual([`customs-extract: --since ${ds}: nothing copied: made with other rules`]);
    const excel = runBin([corpus, '--since', path.join(work, 'ds'), '--ndjson', '--excel']);
    expect(messages(excel.stderr)[0]).toContain('nothing copied');
  });

  it('--encoding is recorded in datapackage.json: the same encoding copies, another (or none) copies nothing and says why', () => {
    const work = tempDir();
    const corpus = path.join(work, 'corpus');
    // the GBK and GB2312 pages of the holdout set: each decodes with --encoding gbk
    cpSync(path.join(FIXTURES, 'holdout'), corpus, { recursive: true, filter: (src) => !src.includes('gbk-src') && (!/\.[a-z]+$/.test(src) || /_(gbk|gb2312)[a-z_]*\.(txt|html)$/.test(src)) });
    const ds = path.join(work, 'ds');
    expect(runBin([corpus, '-o', ds, '-q', '--encoding', 'gbk']).status).toBe(0);
    const count = (JSON.parse(readFileSync(path.join(ds, 'documents.json'), 'utf8')) as Document[]).length;
    expect(count).toBe(3);
    // GB18030 is the encoding gbk names: the same option
    const again = runBin([corpus, '--since', ds, '-o', ds, '--encoding', 'GB18030']);
    expect(again.status, again.stderr).toBe(0);
    expect(messages(again.stderr)[0]).toBe(`customs-extract: --since ${ds}: ${count} of ${count} inputs unchanged, copied`);
    const fresh = path.join(work, 'fresh');
    expect(runBin([corpus, '-o', fresh, '-q', '--encoding', 'gbk']).status).toBe(0);
    expect(snapshotDir(ds)).toEqual(snapshotDir(fresh));
    const none = runBin([corpus, '--since', ds, '--ndjson']);
    expect(messages(none.stderr)[0]).toBe(`customs-extract: --since ${ds}: nothing copied: written with --encoding gb18030, this run without`);
    const other = runBin([corpus, '--since', ds, '--ndjson', '--encoding', 'big5']);
    expect(messages(other.stderr)[0]).toBe(`customs-extract: --since ${ds}: nothing copied: written with --encoding gb18030, this run with --encoding big5`);
  });
});
