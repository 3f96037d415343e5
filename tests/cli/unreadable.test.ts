// Inputs that cannot be read are reported one line each and skipped; the rest is written; exit 1.
// (Tests run as root, where chmod cannot make a file unreadable: these are the cases that remain.)
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEEDS, heldRun, makeCorpus, messages, runBin, tempDir } from '../helpers.js';

const SEED = path.join(SEEDS, '000_25454836a7aa128b.txt');

describe('unreadable inputs', () => {
  it('a dangling link, a FIFO, a folder named like a document, a binary file and a file over --max-bytes: one line each, the rest written, exit 1', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'good.txt'), '海关总署关于进口商品检验的公告。\n');
    symlinkSync(path.join(dir, 'nowhere.txt'), path.join(dir, 'dangling.txt'));
    execFileSync('mkfifo', [path.join(dir, 'fifo.txt')]);
    mkdirSync(path.join(dir, 'folder.txt'));
    writeFileSync(path.join(dir, 'folder.txt', 'inner.txt'), '不会被读到');
    writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0xff]));
    writeFileSync(path.join(dir, 'huge.txt'), '海'.repeat(2000));
    const out = path.join(tempDir(), 'ds');
    const r = runBin([dir, '-o', out, '--max-bytes', '5000']);
    expect(r.status).toBe(1);
    const lines = messages(r.stderr);
    expect(lines).toEqual([
      'customs-extract: binary.txt: not text: the file contains NUL bytes',
      'customs-extract: dangling.txt: cannot read: the file is gone (a dangling link, or removed during the run)',
      'customs-extract: fifo.txt: cannot read: not a regular file (a FIFO, socket or device)',
      'customs-extract: folder.txt: cannot read: it is a folder',
      'customs-extract: huge.txt: too large: 6000 bytes is over --max-bytes 5000',
    ]);
    const docs = JSON.parse(readFileSync(path.join(out, 'documents.json'), 'utf8')) as Array<{ id: string }>;
    expect(docs.map((d) => d.id)).toEqual(['good']);
    expect(readFileSync(path.join(out, 'documents.csv'), 'utf8').trimEnd().split('\n')).toHaveLength(2);
  });

  it('a file removed during the run is reported and skipped; the run goes on', async () => {
    // 40 × 5 seeds; the last file sorts after them all. With --jobs 1 the CLI plans every input
    // first, then reads one document at a time as it writes; it is held by its stdout (heldRun).
    // Its first output means the plan is made (the last file is in it), and it cannot read the
    // last file before this test reads its output: so the last file is removed between the two,
    // whatever the timing.
    const corpus = makeCorpus(40);
    const last = path.join(corpus, 'zzz-last.txt');
    copyFileSync(SEED, last);
    const child = await heldRun([corpus, '--jobs', '1']);
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    unlinkSync(last);
    let stdout = '';
    child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
    const closed = new Promise((resolve) => child.on('close', resolve));
    const code = await exited;
    await closed;
    expect(code).toBe(1);
    expect(messages(stderr)).toEqual(['customs-extract: zzz-last.txt: cannot read: the file is gone (a dangling link, or removed during the run)']);
    expect(stdout.trimEnd().split('\n')).toHaveLength(200);
  }, 120_000);
});
