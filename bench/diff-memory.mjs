// Peak memory of `customs-extract diff` on a large dataset: the seeds' dataset repeated, compared
// with itself and with a copy whose last document is dropped; and of `review` on it.
//   npm run build && node bench/diff-memory.mjs [COPIES=1750] [CLI=bin/customs-extract]
// Builds the dataset as bench/validate-memory.mjs does (1750 copies: 8,750 documents, 880 MB),
// then runs diff in a child that reports its peak RSS. Not part of npm test (minutes, and a
// gigabyte of disk per dataset).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const copies = Number(process.argv[2] ?? 1750);
const cli = path.resolve(process.argv[3] ?? path.join(root, 'bin', 'customs-extract'));
const work = mkdtempSync(path.join(tmpdir(), 'ce-diff-bench-'));
try {
  const seeds = path.join(work, 'seeds-ds');
  const made = spawnSync(process.execPath, [path.join(root, 'bin', 'customs-extract'), path.join(root, 'seeds'), '-o', seeds, '-q'], { stdio: 'inherit' });
  if (made.status !== 0) throw new Error('could not write the seeds dataset');
  const { openDataset } = await import(pathToFileURL(path.join(root, 'dist', 'io', 'write-outputs.js')).href);
  const docs = JSON.parse(readFileSync(path.join(seeds, 'documents.json'), 'utf8'));
  const tool = { name: 'customs-extract', version: '0.0.0', rulesHash: `sha256:${'0'.repeat(64)}` };
  /** the repeated dataset; `dropLast` leaves out its last document */
  async function build(dir, dropLast) {
    const writer = await openDataset(dir, { tool });
    for (let i = 0; i < copies; i++) {
      for (const [k, d] of docs.entries()) {
        if (dropLast && i === copies - 1 && k === docs.length - 1) continue;
        const id = `copy${String(i).padStart(5, '0')}/${d.id}`;
        await writer.add({ ...d, id, path: `${id}.txt`, metrics: d.metrics.map((m) => ({ ...m, doc: id, id: m.id.replace(d.id, id) })) });
      }
    }
    await writer.commit();
  }
  const big = path.join(work, 'big');
  const smaller = path.join(work, 'smaller');
  await build(big, false);
  await build(smaller, true);
  const du = spawnSync('du', ['-sm', big], { encoding: 'utf8' }).stdout.split('\t')[0];
  const runs = [
    ['diff', 'against itself', [big, big]],
    ['diff', 'against a copy less its last document', [big, smaller]],
    ['review', '', ['-q', big]],
  ];
  for (const [command, what, args] of runs) {
    // the CLI in a child that reports its own peak RSS on exit
    const probe = `process.on('exit', () => process.stderr.write('maxRSS ' + process.resourceUsage().maxRSS + '\\n')); process.argv = [process.argv[0], ${JSON.stringify(cli)}, ${JSON.stringify(command)}, ...${JSON.stringify(args)}]; await import(${JSON.stringify(pathToFileURL(cli).href)});`;
    const started = Date.now();
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const rss = /maxRSS (\d+)/.exec(r.stderr)?.[1];
    process.stdout.write(`dataset ${du} MB (${copies * docs.length} documents): ${command}${what ? ` ${what}` : ''} exit ${r.status}, ${seconds} s, peak RSS ${rss ? Math.round(Number(rss) / 1024) : '?'} MB\n`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
