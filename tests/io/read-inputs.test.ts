// Reading only what the user meant: links inside a folder argument, links leaving it, cycles,
// a file reached twice, and names that are not UTF-8.
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { nameOf, planInputs, readSource, type InputEntry } from '../../src/io/read-inputs.js';
import { tempDir } from '../helpers.js';

/** corpus/ with a.txt, sub/b.txt; outside/secret.txt beside it */
function layout(): { corpus: string; outside: string } {
  const root = tempDir();
  const corpus = path.join(root, 'corpus');
  const outside = path.join(root, 'outside');
  mkdirSync(path.join(corpus, 'sub'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(path.join(corpus, 'a.txt'), '甲');
  writeFileSync(path.join(corpus, 'sub', 'b.txt'), '乙');
  writeFileSync(path.join(outside, 'secret.txt'), 'password');
  return { corpus, outside };
}

describe('links in a folder argument', () => {
  it('a link leaving the folder (to a file or a folder) is skipped with its reason, unless follow', async () => {
    const { corpus, outside } = layout();
    symlinkSync(outside, path.join(corpus, 'etc'));
    symlinkSync(path.join(outside, 'secret.txt'), path.join(corpus, 'shadow.txt'));
    const plan = await planInputs([corpus]);
    expect(plan.inputs.toArray().map((e) => e.path)).toEqual(['a.txt', 'sub/b.txt']);
    expect(plan.skipped).toEqual([
      { path: 'etc', reason: 'a link leading outside the folder (--follow reads it)' },
      { path: 'shadow.txt', reason: 'a link leading outside the folder (--follow reads it)' },
    ]);
    const followed = await planInputs([corpus], { follow: true });
    // shadow.txt is the file etc/secret.txt already listed: read once
    expect(followed.inputs.toArray().map((e) => e.path)).toEqual(['a.txt', 'etc/secret.txt', 'sub/b.txt']);
    expect(followed.skipped).toEqual([{ path: 'shadow.txt', reason: 'the same file as etc/secret.txt, read once' }]);
  });

  it('a link inside the folder is read, and a file reached twice is read once', async () => {
    const { corpus } = layout();
    symlinkSync(path.join(corpus, 'sub', 'b.txt'), path.join(corpus, 'c.txt'));
    const plan = await planInputs([corpus, path.join(corpus, 'a.txt')]);
    expect(plan.inputs.toArray().map((e) => e.path)).toEqual(['a.txt', 'c.txt']);
    expect(plan.skipped).toEqual([
      { path: 'sub/b.txt', reason: 'the same file as c.txt, read once' },
      { path: 'a.txt', reason: 'the same file as a.txt, read once' },
    ]);
  });

  it('link cycles end: `ln -s . x` and a loop between two folders list every file once', async () => {
    const { corpus, outside } = layout();
    symlinkSync('.', path.join(corpus, 'x'));
    symlinkSync('..', path.join(corpus, 'sub', 'up'));
    const plan = await planInputs([corpus]);
    expect(plan.inputs.toArray().map((e) => e.path)).toEqual(['a.txt', 'sub/b.txt']);
    expect(plan.skipped.map((s) => s.path)).toEqual(['sub/up', 'x']);
    // with --follow, a loop through a folder outside ends too
    symlinkSync(corpus, path.join(outside, 'back'));
    symlinkSync(outside, path.join(corpus, 'out'));
    const followed = await planInputs([corpus], { follow: true });
    expect(followed.inputs.toArray().map((e) => e.path)).toEqual(['a.txt', 'out/secret.txt', 'sub/b.txt']);
  });
});

describe('file names as bytes', () => {
  it('UTF-8, else GB18030, else percent-escaped: every name has a lossless id', () => {
    expect(nameOf(Buffer.from('海关公告.txt'))).toBe('海关公告.txt');
    expect(nameOf(Buffer.concat([iconv.encode('海关公告', 'gbk'), Buffer.from('.txt')]))).toBe('海关公告.txt');
    expect(nameOf(Buffer.from([0x61, 0xff, 0x25, 0x2e, 0x74, 0x78, 0x74]))).toBe('a%FF%25.txt');
  });

  it('a GBK-named file (as Chinese Windows writes them) is listed under its decoded name and read by its bytes', async () => {
    const dir = tempDir();
    const raw = Buffer.concat([Buffer.from(dir + path.sep), iconv.encode('署令第1号', 'gbk'), Buffer.from('.txt')]);
    writeFileSync(raw, '海关总署令');
    const bad = Buffer.concat([Buffer.from(dir + path.sep), Buffer.from([0x62, 0xff, 0xfe, 0x2e, 0x74, 0x78, 0x74])]);
    writeFileSync(bad, '第二份');
    const plan = await planInputs([dir]);
    expect(plan.inputs.toArray().map((e) => e.id)).toEqual(['b%FF%FE', '署令第1号']);
    const texts = await Promise.all(plan.inputs.toArray().map(async (e) => Buffer.from((await readSource(e)).bytes).toString('utf8')));
    expect(texts).toEqual(['第二份', '海关总署令']);
  });
});

describe('readSource of a loose file', () => {
  it('reads the file whole, whatever its size: empty, small, and larger than one read', async () => {
    const dir = tempDir();
    const sizes = [0, 1, 4095, 4096, 65_537, 3 * 1024 * 1024 + 7];
    for (const n of sizes) writeFileSync(path.join(dir, `f${n}.txt`), Buffer.alloc(n, n % 251));
    const plan = await planInputs([dir]);
    for (const entry of plan.inputs.toArray()) {
      const n = Number(entry.id.slice(1));
      expect(Buffer.from((await readSource(entry)).bytes).equals(Buffer.alloc(n, n % 251))).toBe(true);
    }
  });

  it('refuses a file over maxBytes by its size, and a FIFO at once (no writer is waited for), a folder as a folder', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'big.txt'), '海'.repeat(100));
    mkdirSync(path.join(dir, 'dir.txt'));
    execFileSync('mkfifo', [path.join(dir, 'fifo.txt')]);
    const entry = (name: string): InputEntry => ({ location: path.join(dir, name), path: name, id: name.replace(/\.txt$/, ''), format: 'text', size: 0 });
    await expect(readSource(entry('big.txt'), 299)).rejects.toThrow('too large: 300 bytes is over --max-bytes 299');
    expect((await readSource(entry('big.txt'), 300)).bytes.length).toBe(300);
    await expect(readSource(entry('fifo.txt'))).rejects.toThrow('not a regular file');
    await expect(readSource(entry('dir.txt'))).rejects.toThrow('it is a folder');
    await expect(readSource(entry('gone.txt'))).rejects.toThrow('the file is gone');
  });
});
