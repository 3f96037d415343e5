// Which inputs a run takes and how they are named: --include/--exclude globs on the relative path,
// --root, --files-from; and --failures FILE, which records failed inputs instead of failing the run.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/schema/records.js';
import { FIXTURES, messages, runBin, tempDir } from '../helpers.js';

describe('--include, --exclude, --root, --files-from, --failures', () => {
  it('globs match the relative path; a README in a corpus is not a document', () => {
    const dir = tempDir();
    cpSync(path.join(FIXTURES, 'cli', 'corpus'), dir, { recursive: true });
    writeFileSync(path.join(dir, 'README.md'), '# 说明\n本文件夹是语料。\n');
    const ids = (args: string[]): string[] => {
      const r = runBin([dir, '--ndjson', '-q', ...args]);
      return r.stdout.trim().split('\n').filter(Boolean).map((l) => (JSON.parse(l) as Document).id);
    };
    const all = ids([]);
    expect(all).toContain('README');
    expect(ids(['--exclude', '**/README.md'])).toEqual(all.filter((id) => id !== 'README'));
    expect(ids(['--include', 'a/**'])).toEqual(all.filter((id) => id.startsWith('a/')));
    expect(ids(['--include', 'a/**', '--include', 'b/**', '--exclude', '**/*.md'])).toEqual(all.filter((id) => /^[ab]\//.test(id) && !id.endsWith('zz')));
  });

  it('--root: two folders that share file names get ids below the root, no clash; an argument outside it is a usage error', () => {
    const dir = tempDir();
    for (const year of ['2023', '2024']) cpSync(path.join(FIXTURES, 'cli', 'corpus', 'a'), path.join(dir, 'two', year), { recursive: true });
    const clash = runBin([path.join(dir, 'two', '2023'), path.join(dir, 'two', '2024'), '--ndjson']);
    expect(clash.status).toBe(1);
    expect(clash.stderr).toContain('is also the id of');
    const rooted = runBin(['--root', path.join(dir, 'two'), path.join(dir, 'two', '2023'), path.join(dir, 'two', '2024'), '--ndjson']);
    expect(rooted.status, rooted.stderr).toBe(0);
    expect(rooted.stdout.trim().split('\n').map((l) => [(JSON.parse(l) as Document).id, (JSON.parse(l) as Document).path])).toEqual([
      ['2023/report', '2023/report.txt'],
      ['2023/zz', '2023/zz.md'],
      ['2024/report', '2024/report.txt'],
      ['2024/zz', '2024/zz.md'],
    ]);
    const outside = runBin(['--root', path.join(dir, 'two', '2023'), path.join(dir, 'two', '2024'), '--ndjson']);
    expect(outside.status).toBe(2);
    expect(messages(outside.stderr)).toEqual([`customs-extract: ${path.join(dir, 'two', '2024')}: is outside --root ${path.join(dir, 'two', '2023')}`]);
  });

  it('--files-from reads paths one a line, from a file or stdin', () => {
    const dir = tempDir();
    const a = path.join(FIXTURES, 'cli', 'corpus', 'a');
    const list = path.join(dir, 'list.txt');
    writeFileSync(list, `${path.join(a, 'report.txt')}\r\n\n${path.join(a, 'zz.md')}\n`);
    const fromFile = runBin(['--files-from', list, '--ndjson']);
    expect(fromFile.status, fromFile.stderr).toBe(0);
    expect(fromFile.stdout.trim().split('\n').map((l) => (JSON.parse(l) as Document).path)).toEqual(['report.txt', 'zz.md']);
    const fromStdin = runBin(['--files-from', '-', '--ndjson'], { input: readFileSync(list) });
    expect(fromStdin.stdout).toBe(fromFile.stdout);
    const both = runBin(['--files-from', '-', '-', '--ndjson'], { input: '' });
    expect(both.status).toBe(2);
    expect(messages(both.stderr)[0]).toContain('cannot also be a document');
  });

  it('--failures FILE records each failed input as NDJSON and the run exits 0', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'good.txt'), '海关公告\n一、进出口总值5.2亿元。\n');
    writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3]));
    writeFileSync(path.join(dir, 'big.txt'), 'x'.repeat(2000));
    const plain = runBin([dir, '-o', path.join(dir, '..', 'ds1'), '-q', '--max-bytes', '1000']);
    expect(plain.status).toBe(1);
    const file = path.join(tempDir(), 'failures.ndjson');
    const r = runBin([dir, '-o', path.join(dir, '..', 'ds2'), '-q', '--max-bytes', '1000', '--failures', file]);
    expect(r.status, r.stderr).toBe(0);
    expect(messages(r.stderr)).toHaveLength(2);
    const records = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { path: string; code: string; message: string });
    expect(records.map((x) => [x.path, x.code])).toEqual([
      ['big.txt', 'read/too-large'],
      ['binary.txt', 'decode/nul-bytes'],
    ]);
    expect(records[0]!.message).toContain('--max-bytes 1000');
  });
});
