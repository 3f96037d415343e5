// integrations/dask/run_shards.py end to end: a LocalCluster of 2 workers runs the shards of a
// corpus of a few hundred documents; the merged dataset equals one plain run, byte for byte.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, FIXTURES, ROOT, runBin, snapshotDir, tempDir } from '../helpers.js';

/** A Python that has Dask distributed: the one on PATH, else Debian's. */
function pythonWithDask(): string | null {
  for (const py of ['python3', '/usr/bin/python3']) {
    const r = spawnSync(py, ['-c', 'import distributed'], { encoding: 'utf8' });
    if (r.status === 0) return py;
  }
  return null;
}

const python = pythonWithDask();
if (!python) console.warn('dask.test.ts: skipped: no python3 with distributed (apt-get install python3-distributed; .ci/run installs it)');

describe.skipIf(!python)('integrations/dask/run_shards.py', () => {
  it('a LocalCluster of 2 workers, 6 shards over 208 documents: the merged dataset is the plain run', () => {
    const work = tempDir();
    const corpus = path.join(work, 'corpus');
    const names = readdirSync(path.join(FIXTURES, 'holdout')).filter((n) => /\.(html|txt|md)$/.test(n) && n !== 'README.md');
    for (let c = 0; c < 13; c++) {
      mkdirSync(path.join(corpus, `copy-${c}`), { recursive: true });
      for (const n of names) cpSync(path.join(FIXTURES, 'holdout', n), path.join(corpus, `copy-${c}`, n));
    }
    expect(names.length * 13).toBeGreaterThanOrEqual(200);
    const plain = path.join(work, 'plain');
    expect(runBin(['--root', corpus, corpus, '-o', plain, '-q']).status).toBe(0);
    const merged = path.join(work, 'merged');
    const r = spawnSync(
      python!,
      [path.join(ROOT, 'integrations', 'dask', 'run_shards.py'), '--root', corpus, corpus, '-o', merged, '--shards', '6', '--workers', '2', '--cli', `${process.execPath} ${BIN}`],
      { encoding: 'utf8', cwd: work, timeout: 280_000 },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(snapshotDir(merged)).toEqual(snapshotDir(plain));
    expect(readdirSync(`${merged}.parts`).filter((n) => n.startsWith('part-') && !n.endsWith('.ndjson'))).toHaveLength(6);
  }, 300_000);
});
