// Peak memory of `customs-extract diff` on a large dataset: the seeds' dataset repeated, compared
// with itself and with a copy whose last document is dropped; and of `review` on it.
//   npm run build && node bench/diff-memory.mjs [COPIES=1750] [CLI=bin/customs-extract]
// Builds the dataset as bench/validate-memory.mjs does (bench/repeated-dataset.mjs; 1750 copies:
// 8,750 documents, 880 MB), then runs each command in a child that reports its peak RSS. Not part
// of npm test (minutes, and a gigabyte of disk per dataset).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { root, runMeasured, seedDocuments, writeRepeated } from './repeated-dataset.mjs';

const copies = Number(process.argv[2] ?? 1750);
const cli = path.resolve(process.argv[3] ?? path.join(root, 'bin', 'customs-extract'));
const work = mkdtempSync(path.join(tmpdir(), 'ce-diff-bench-'));
try {
  const docs = seedDocuments(work);
  const big = path.join(work, 'big');
  const smaller = path.join(work, 'smaller');
  const du = await writeRepeated(big, docs, copies);
  await writeRepeated(smaller, docs, copies, { dropLast: true });
  const runs = [
    ['diff', 'against itself', [big, big]],
    ['diff', 'against a copy less its last document', [big, smaller]],
    ['review', '', ['-q', big]],
  ];
  for (const [command, what, args] of runs) {
    const { result, seconds, rssMb } = runMeasured(cli, [command, ...args]);
    process.stdout.write(`dataset ${du} MB (${copies * docs.length} documents): ${command}${what ? ` ${what}` : ''} exit ${result.status}, ${seconds} s, peak RSS ${rssMb} MB\n`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
