// Peak memory of `customs-extract validate` on a large dataset: the seeds' dataset repeated.
//   npm run build && node bench/validate-memory.mjs [COPIES=1750] [CLI=bin/customs-extract]
// Writes the seeds' dataset (seeds/ -o), then COPIES copies of its documents (ids renamed) through
// the tool's own dataset writer into a temporary folder (bench/repeated-dataset.mjs; 1750 copies:
// 8,750 documents, an 809 MB documents.json, 880 MB in all), runs validate on it and prints its
// time and peak RSS.
// Not part of npm test (minutes, and a gigabyte of disk).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { root, runMeasured, seedDocuments, writeRepeated } from './repeated-dataset.mjs';

const copies = Number(process.argv[2] ?? 1750);
const cli = path.resolve(process.argv[3] ?? path.join(root, 'bin', 'customs-extract'));
const work = mkdtempSync(path.join(tmpdir(), 'ce-validate-bench-'));
try {
  const docs = seedDocuments(work);
  const big = path.join(work, 'big');
  const du = await writeRepeated(big, docs, copies);
  const { result: r, seconds, rssMb } = runMeasured(cli, ['validate', big]);
  process.stdout.write(`${r.stdout}dataset ${du} MB (${copies * docs.length} documents): validate exit ${r.status}, ${seconds} s, peak RSS ${rssMb} MB\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
