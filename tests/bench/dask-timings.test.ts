// run_shards.py --timings, which the bench's Dask rows read: each phase's wall seconds (start,
// shards, stop, merge), the merge's CPU seconds and the total, written beside a dataset that is still the plain run's.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, runBin, SEEDS, snapshotDir, tempDir } from '../helpers.js';

function pythonWithDask(): string | null {
  for (const py of ['python3', '/usr/bin/python3']) if (spawnSync(py, ['-c', 'import distributed'], { stdio: 'ignore' }).status === 0) return py;
  return null;
}
const python = pythonWithDask();
if (!python) console.warn('dask-timings.test.ts: skipped: no python3 with distributed (apt-get install python3-distributed)');

describe.skipIf(!python)('run_shards.py --timings', () => {
  it('writes the wall seconds of each phase, and the merged dataset is the plain run', () => {
    const work = tempDir('ce-bench-dask-');
    const corpus = path.join(work, 'corpus');
    mkdirSync(corpus);
    for (const name of readdirSync(SEEDS).filter((n) => n.endsWith('.txt'))) cpSync(path.join(SEEDS, name), path.join(corpus, name));
    const timings = path.join(work, 'timings.json');
    const merged = path.join(work, 'merged');
    const r = spawnSync(
      python!,
      [path.join(ROOT, 'integrations', 'dask', 'run_shards.py'), '--root', corpus, corpus, '-o', merged, '--shards', '2', '--workers', '2', '--cli', `${process.execPath} ${BIN}`, '--timings', timings],
      { encoding: 'utf8', cwd: work, timeout: 170_000 },
    );
    expect(r.status, r.stderr).toBe(0);
    const phases = JSON.parse(readFileSync(timings, 'utf8')) as Record<string, number>;
    expect(Object.keys(phases).sort()).toEqual(['merge', 'merge_cpu', 'shards', 'start', 'stop', 'total']);
    for (const s of Object.values(phases)) expect(s).toBeGreaterThan(0);
    expect(phases.total).toBeGreaterThanOrEqual(phases.start! + phases.shards! + phases.stop! + phases.merge!);
    const plain = path.join(work, 'plain');
    expect(runBin(['--root', corpus, corpus, '-o', plain, '-q']).status).toBe(0);
    expect(snapshotDir(merged)).toEqual(snapshotDir(plain));
  }, 180_000);
});
