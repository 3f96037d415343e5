// The archive rows' input: the bench corpus packed into one .tar.gz, as a crawler or `tar czf`
// would store it. Members go in a seeded shuffle of the corpus's files, not in id order: a
// crawl's order (or a directory's readdir order) has nothing to do with the ids, so the reader's
// ordering of documents is part of what the rows measure. Built as a stream (one file in memory
// at a time, tar-stream's pack into zlib's gzip into the file, each waiting for the next to
// drain), so building the 1 GB corpus's archive stays in bounded memory; run as its own process,
// the bench records its peak RSS.
// Usage: node dist-bench/make-tar.js CORPUS_DIR OUT.tar.gz [SEED] → one JSON line (PackResult).
import { createWriteStream, readFileSync } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';
import tar from 'tar-stream';
import { seededRandom } from './corpus.js';
import { corpusFiles } from './corpus-files.js';

export interface PackResult {
  members: number;
  /** the members' bytes (the corpus's size) */
  bytes: number;
  /** the .tar.gz on disk */
  archiveBytes: number;
  /** the members' paths in the order written */
  order?: string[];
}

/** One fixed modification time, so the same corpus and seed give the same archive bytes. */
const MTIME = new Date('2026-01-01T00:00:00Z');

/** The corpus's files (relative, /-separated) in a seeded Fisher–Yates shuffle. */
export function memberOrder(dir: string, seed: number): string[] {
  const files = [...corpusFiles(dir)].map((f) => path.relative(dir, f.file).split(path.sep).join('/'));
  const random = seededRandom(seed);
  for (let i = files.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [files[i], files[j]] = [files[j]!, files[i]!];
  }
  return files;
}

/** Packs `dir` into `out` (.tar.gz), one member at a time. */
export async function packCorpus(dir: string, out: string, seed: number): Promise<PackResult> {
  const order = memberOrder(dir, seed);
  const pack = tar.pack();
  let bytes = 0;
  let archiveBytes = 0;
  const file = createWriteStream(out);
  const written = pipeline(pack, createGzip(), file);
  for (const rel of order) {
    const data = readFileSync(path.join(dir, ...rel.split('/')));
    bytes += data.byteLength;
    // the callback comes once the entry is in the pack and the pack's buffer has drained
    await new Promise<void>((resolve, reject) => pack.entry({ name: rel, size: data.byteLength, mtime: MTIME }, data, (error) => (error ? reject(error) : resolve())));
  }
  pack.finalize();
  await written;
  archiveBytes = file.bytesWritten;
  return { members: order.length, bytes, archiveBytes, order };
}

async function main(argv: string[]): Promise<void> {
  const [dir, out, seed = '1'] = argv;
  if (!dir || !out) {
    process.stderr.write('usage: node dist-bench/make-tar.js CORPUS_DIR OUT.tar.gz [SEED]\n');
    process.exitCode = 2;
    return;
  }
  const { order: _order, ...result } = await packCorpus(dir, out, Number(seed));
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main(process.argv.slice(2));
