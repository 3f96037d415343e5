// Peak memory of `customs-extract validate` on a large dataset: the seeds' dataset repeated.
//   npm run build && node bench/validate-memory.mjs [COPIES=1750] [CLI=bin/customs-extract]
// Writes the seeds' dataset (seeds/ -o), then COPIES copies of its documents (ids renamed) through
// the tool's own dataset writer into a temporary folder (1750 copies: 8,750 documents, an 809 MB
// documents.json, 880 MB in all), runs validate on it and prints its time and peak RSS.
// Not part of npm test (minutes, and a gigabyte of disk).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const copies = Number(process.argv[2] ?? 1750);
const cli = path.resolve(process.argv[3] ?? path.join(root, 'bin', 'customs-extract'));
const work = mkdtempSync(path.join(tmpdir(), 'ce-validate-bench-'));
try {
  const seeds = path.join(work, 'seeds-ds');
  const made = spawnSync(process.execPath, [path.join(root, 'bin', 'customs-extract'), path.join(root, 'seeds'), '-o', seeds, '-q'], { stdio: 'inherit' });
  if (made.status !== 0) throw new Error('could not write the seeds dataset');
  const { openDataset } = await import(pathToFileURL(path.join(root, 'dist', 'io', 'write-outputs.js')).href);
  const docs = JSON.parse(readFileSync(path.join(seeds, 'documents.json'), 'utf8'));
  const big = path.join(work, 'big');
  const writer = await openDataset(big, { tool: { name: 'customs-extract', version: '0.0.0', rulesHash: `sha256:${'0'.repeat(64)}` } });
  for (let i = 0; i < copies; i++) {
    for (const d of docs) {
      const id = `copy${String(i).padStart(5, '0')}/${d.id}`;
      await writer.add({ ...d, id, path: `${id}.txt`, metrics: d.metrics.map((m) => ({ ...m, doc: id, id: m.id.replace(d.id, id) })) });
    }
  }
  await writer.commit();
  const du = spawnSync('du', ['-sm', big], { encoding: 'utf8' }).stdout.split('\t')[0];
  // the CLI in a child that reports its own peak RSS on exit
  const probe = `process.on('exit', () => process.stderr.write('maxRSS ' + process.resourceUsage().maxRSS + '\\n')); process.argv = [process.argv[0], ${JSON.stringify(cli)}, 'validate', ${JSON.stringify(big)}]; await import(${JSON.stringify(pathToFileURL(cli).href)});`;
  const started = Date.now();
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const rss = /maxRSS (\d+)/.exec(r.stderr)?.[1];
  process.stdout.write(`${r.stdout}dataset ${du} MB (${copies * docs.length} documents): validate exit ${r.status}, ${seconds} s, peak RSS ${rss ? Math.round(Number(rss) / 1024) : '?'} MB\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
