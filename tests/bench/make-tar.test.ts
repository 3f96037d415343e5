// The archive rows' input: the bench corpus packed into one .tar.gz, every file once, byte for
// byte, in a seeded shuffle (not in id order), the same archive for the same corpus and seed.
import { createHash } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import path from 'node:path';
import { createGunzip } from 'node:zlib';
import tar from 'tar-stream';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus.js';
import { memberOrder, packCorpus } from '../../bench/make-tar.js';
import { FIXTURES, SEEDS, tempDir } from '../helpers.js';

/** Every member of a .tar.gz, in order, read with tar-stream's extractor. */
async function members(file: string): Promise<Array<{ name: string; bytes: Buffer }>> {
  const extract = tar.extract();
  createReadStream(file).pipe(createGunzip()).pipe(extract);
  const out: Array<{ name: string; bytes: Buffer }> = [];
  for await (const entry of extract) {
    const chunks: Buffer[] = [];
    for await (const chunk of entry) chunks.push(chunk as Buffer);
    out.push({ name: entry.header.name, bytes: Buffer.concat(chunks) });
  }
  return out;
}

const sha = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('packCorpus', () => {
  const work = tempDir('ce-bench-tar-');
  const corpus = generateCorpus({ dir: path.join(work, 'corpus'), sizeBytes: 150_000, seed: 3, seedsDir: SEEDS, fixturesDir: FIXTURES });

  it('holds every corpus file once, byte for byte, in the seeded order, which is not the id order', async () => {
    const out = path.join(work, 'a.tar.gz');
    const result = await packCorpus(corpus.dir, out, 5);
    const read = await members(out);
    expect(read.map((m) => m.name)).toEqual(result.order);
    expect([...read.map((m) => m.name)].sort()).toEqual(corpus.files.map((f) => f.path).sort());
    for (const m of read) expect(m.bytes.equals(readFileSync(path.join(corpus.dir, m.name))), m.name).toBe(true);
    expect(result).toMatchObject({ members: corpus.files.length, bytes: corpus.totalBytes });
    expect(result.archiveBytes).toBe(readFileSync(out).byteLength);
    expect(result.order).not.toEqual([...result.order!].sort());
  });

  it('gives the same archive for the same seed, another order for another seed', async () => {
    const [a, b, c] = ['b.tar.gz', 'c.tar.gz', 'd.tar.gz'].map((n) => path.join(work, n));
    await packCorpus(corpus.dir, a!, 5);
    await packCorpus(corpus.dir, b!, 5);
    await packCorpus(corpus.dir, c!, 6);
    expect(sha(a!)).toBe(sha(b!));
    expect(memberOrder(corpus.dir, 6)).not.toEqual(memberOrder(corpus.dir, 5));
    expect(sha(c!)).not.toBe(sha(a!));
  });
});
