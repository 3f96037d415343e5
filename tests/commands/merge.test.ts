// Shards and merging: the datasets of `--shard K/N` runs, merged, are the dataset one run writes,
// byte for byte (Parquet included); and merge refuses parts it cannot merge, in one line.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { shardOf } from '../../src/io/select-inputs.js';
import type { Document } from '../../src/schema/records.js';
import { FIXTURES, messages, runBin, snapshotDir, tempDir } from '../helpers.js';
import { makeZip } from '../io/archive-fixtures.js';

const SHARDS = 3;

describe('--shard K/N and merge', () => {
  const work = tempDir();
  const corpus = path.join(work, 'corpus');
  const full = path.join(work, 'full');
  const part = (k: number): string => path.join(work, `part-${k}`);
  const merged = path.join(work, 'merged');

  beforeAll(() => {
    cpSync(path.join(FIXTURES, 'holdout'), path.join(corpus, 'holdout'), { recursive: true });
    cpSync(path.join(FIXTURES, 'cli', 'corpus'), path.join(corpus, 'cli'), { recursive: true });
    // an archive is never split: its members all go to one shard
    writeFileSync(
      path.join(corpus, 'pages.zip'),
      makeZip(['一', '二', '三'].map((n, i) => ({ name: `p${i}.txt`, data: Buffer.from(`海关公告第${n}号\n一、进出口总值${i + 1}.5亿元,比上年增长${i + 2}%。\n`) }))),
    );
    const common = ['-q', '--parquet', '--exclude', '**/README.md', '--exclude', '**/*.mjs'];
    const r = runBin([corpus, '-o', full, ...common]);
    expect(r.status, r.stderr).toBe(0);
    for (let k = 0; k < SHARDS; k++) {
      const s = runBin([corpus, '-o', part(k), '--shard', `${k}/${SHARDS}`, '--jobs', '1', ...common]);
      expect(s.status, s.stderr).toBe(0);
    }
  }, 180_000);

  it('each input is in exactly one shard, picked by the SHA-256 of its relative path', () => {
    const all = (JSON.parse(readFileSync(path.join(full, 'documents.json'), 'utf8')) as Document[]).map((d) => d.id);
    const parts = Array.from({ length: SHARDS }, (_, k) => (JSON.parse(readFileSync(path.join(part(k), 'documents.json'), 'utf8')) as Document[]).map((d) => d.path));
    expect(parts.filter((p) => p.length > 0).length).toBeGreaterThan(1);
    parts.forEach((paths, k) => {
      for (const p of paths) expect(shardOf(p.startsWith('pages.zip/') ? 'pages.zip' : p, SHARDS), p).toBe(k);
    });
    expect(parts.flat().length).toBe(all.length);
    // the zip's members stay together
    expect(parts.filter((p) => p.some((x) => x.startsWith('pages.zip/'))).length).toBe(1);
  });

  it('merge writes the dataset one run writes, byte for byte', () => {
    const r = runBin(['merge', part(0), part(1), part(2), '-o', merged, '--parquet']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const want = snapshotDir(full);
    const got = snapshotDir(merged);
    expect(Object.keys(got)).toEqual(Object.keys(want));
    for (const [file, bytes] of Object.entries(want)) expect(got[file]!.equals(bytes), file).toBe(true);
    // whatever order the parts are named in
    const again = path.join(work, 'merged-2');
    expect(runBin(['merge', part(2), part(0), part(1), '-o', again, '--parquet']).status).toBe(0);
    expect(snapshotDir(again)).toEqual(got);
  });

  it('refuses clashing ids, another version, another rulesHash and other options, in one line', () => {
    const twice = runBin(['merge', part(0), part(0), '-o', path.join(work, 'x')]);
    expect(twice.status).toBe(1);
    expect(messages(twice.stderr)).toHaveLength(1);
    expect(twice.stderr).toMatch(/document id ".*" is in both/);

    const other = path.join(work, 'other-rules');
    cpSync(part(1), other, { recursive: true });
    const pkg = JSON.parse(readFileSync(path.join(other, 'datapackage.json'), 'utf8'));
    pkg.customs_extract.rulesHash = `sha256:${'f'.repeat(64)}`;
    writeFileSync(path.join(other, 'datapackage.json'), JSON.stringify(pkg));
    const rules = runBin(['merge', part(0), other, '-o', path.join(work, 'y')]);
    expect(rules.status).toBe(1);
    expect(messages(rules.stderr)).toEqual([expect.stringMatching(/other-rules: made with other rules/)]);

    const older = path.join(work, 'other-version');
    cpSync(part(1), older, { recursive: true });
    const stamped = JSON.parse(readFileSync(path.join(older, 'datapackage.json'), 'utf8'));
    stamped.customs_extract.version = '0.0.1';
    writeFileSync(path.join(older, 'datapackage.json'), JSON.stringify(stamped));
    const version = runBin(['merge', part(0), older, '-o', path.join(work, 'v')]);
    expect(version.status).toBe(1);
    expect(messages(version.stderr)).toEqual([expect.stringMatching(/other-version: made by version 0\.0\.1, this is /)]);

    const excel = path.join(work, 'excel');
    expect(runBin([path.join(corpus, 'cli', 'a'), '-o', excel, '-q', '--excel']).status).toBe(0);
    const mixed = runBin(['merge', part(0), excel, '-o', path.join(work, 'z')]);
    expect(mixed.status).toBe(1);
    expect(messages(mixed.stderr)).toEqual([expect.stringMatching(/excel: written with --excel/)]);
  });

  it('--encoding is recorded: parts made with another (or none) are refused; parts made with the same merge into one run\'s bytes', () => {
    // the GBK and GB2312 pages of the holdout set: each decodes with --encoding gbk
    const input = path.join(work, 'gbk-pages');
    cpSync(path.join(FIXTURES, 'holdout'), input, { recursive: true, filter: (src) => !src.includes('gbk-src') && (!/\.[a-z]+$/.test(src) || /_(gbk|gb2312)[a-z_]*\.(txt|html)$/.test(src)) });
    const withGbk = (k: number | null, encoding: string): string => {
      const out = path.join(work, `enc-${encoding}-${k ?? 'all'}`);
      const r = runBin([input, '-o', out, '-q', '--encoding', encoding, ...(k === null ? [] : ['--shard', `${k}/2`])]);
      expect(r.status, r.stderr).toBe(0);
      return out;
    };
    const whole = withGbk(null, 'gbk');
    expect(JSON.parse(readFileSync(path.join(whole, 'datapackage.json'), 'utf8')).customs_extract.encoding).toBe('gb18030');
    // GBK and gbk name the same decoder, so they are the same option
    const same = runBin(['merge', withGbk(0, 'GBK'), withGbk(1, 'gbk'), '-o', path.join(work, 'enc-merged')]);
    expect(same.status, same.stderr).toBe(0);
    expect(snapshotDir(path.join(work, 'enc-merged'))).toEqual(snapshotDir(whole));
    const plain = path.join(work, 'enc-none');
    expect(runBin([input, '-o', plain, '-q', '--shard', '1/2']).status).toBe(0);
    expect(JSON.parse(readFileSync(path.join(plain, 'datapackage.json'), 'utf8')).customs_extract.encoding).toBe(null);
    const mixed = runBin(['merge', withGbk(0, 'gbk'), plain, '-o', path.join(work, 'enc-mixed')]);
    expect(mixed.status).toBe(1);
    expect(messages(mixed.stderr)).toEqual([expect.stringMatching(/enc-none: written without --encoding, unlike .* \(--encoding gb18030\)/)]);
    const big5 = path.join(work, 'enc-big5');
    cpSync(withGbk(1, 'gbk'), big5, { recursive: true });
    const pkg = JSON.parse(readFileSync(path.join(big5, 'datapackage.json'), 'utf8'));
    pkg.customs_extract.encoding = 'big5';
    writeFileSync(path.join(big5, 'datapackage.json'), JSON.stringify(pkg));
    const other = runBin(['merge', withGbk(0, 'gbk'), big5, '-o', path.join(work, 'enc-big5-merged')]);
    expect(other.status).toBe(1);
    expect(messages(other.stderr)).toEqual([expect.stringMatching(/written with --encoding big5/)]);
  });

  it('--shard takes K/N with 0 ≤ K < N', () => {
    for (const bad of ['3/3', '1', 'a/b', '0/0']) {
      const r = runBin([corpus, '--shard', bad, '--format', 'ndjson']);
      expect(r.status, bad).toBe(2);
      expect(messages(r.stderr)[0]).toContain('--shard');
    }
  });
});
