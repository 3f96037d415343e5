// The large dataset the memory benchmarks read (bench/validate-memory.mjs, bench/diff-memory.mjs):
// the seeds' dataset, its documents written COPIES times (ids renamed, so still in id order)
// through the tool's own dataset writer; and a child run of the CLI that reports its peak RSS.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The seeds' documents, as `seeds/ -o` writes them (into `work/seeds-ds`). */
export function seedDocuments(work) {
  const seeds = path.join(work, 'seeds-ds');
  const made = spawnSync(process.execPath, [path.join(root, 'bin', 'customs-extract'), path.join(root, 'seeds'), '-o', seeds, '-q'], { stdio: 'inherit' });
  if (made.status !== 0) throw new Error('could not write the seeds dataset');
  return JSON.parse(readFileSync(path.join(seeds, 'documents.json'), 'utf8'));
}

/** Writes `docs` `copies` times into the dataset `dir`; `dropLast` leaves out the very last document. */
export async function writeRepeated(dir, docs, copies, { dropLast = false } = {}) {
  const { openDataset } = await import(pathToFileURL(path.join(root, 'dist', 'io', 'write-outputs.js')).href);
  const writer = await openDataset(dir, { tool: { name: 'customs-extract', version: '0.0.0', rulesHash: `sha256:${'0'.repeat(64)}` } });
  for (let i = 0; i < copies; i++) {
    for (const [k, d] of docs.entries()) {
      if (dropLast && i === copies - 1 && k === docs.length - 1) continue;
      const id = `copy${String(i).padStart(5, '0')}/${d.id}`;
      await writer.add({ ...d, id, path: `${id}.txt`, metrics: d.metrics.map((m) => ({ ...m, doc: id, id: m.id.replace(d.id, id) })) });
    }
  }
  await writer.commit();
  return spawnSync('du', ['-sm', dir], { encoding: 'utf8' }).stdout.split('\t')[0];
}

/** Runs `cli args…` in a child that reports its own peak RSS on exit: its result, seconds and peak RSS in MB. */
export function runMeasured(cli, args) {
  const probe = `process.on('exit', () => process.stderr.write('maxRSS ' + process.resourceUsage().maxRSS + '\\n')); process.argv = [process.argv[0], ${JSON.stringify(cli)}, ...${JSON.stringify(args)}]; await import(${JSON.stringify(pathToFileURL(cli).href)});`;
  const started = Date.now();
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const rss = /maxRSS (\d+)/.exec(r.stderr)?.[1];
  return { result: r, seconds, rssMb: rss ? Math.round(Number(rss) / 1024) : '?' };
}
