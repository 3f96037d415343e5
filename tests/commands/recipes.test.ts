// The README's cluster recipes, run as written: each scheduler's index variable is set in a loop
// (as a Kubernetes indexed Job, a SLURM array and a CI matrix would set it), the parts merged,
// and the merged dataset is the one a plain run writes, byte for byte.
import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, FIXTURES, ROOT, runBin, snapshotDir, tempDir } from '../helpers.js';

const SHARDS = 4;

/** The shell lines of the README's recipe block (the one that sets JOB_COMPLETION_INDEX). */
function recipeLines(): string[] {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const block = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!).find((b) => b.includes('JOB_COMPLETION_INDEX'));
  expect(block, 'the README has the recipe block').toBeDefined();
  return block!.split('\n').filter((l) => l.startsWith('customs-extract '));
}

const cli = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)}`;
const sh = (line: string, cwd: string, env: Record<string, string>): void => {
  const r = spawnSync('bash', ['-c', line.replace(/^customs-extract /, `${cli} `)], { cwd, env: { ...process.env, ...env }, encoding: 'utf8' });
  expect(r.status, `${line}\n${r.stderr}`).toBe(0);
};

describe("the README's cluster recipes", () => {
  it('Kubernetes indexed Job, SLURM array and CI matrix: merged, each equals one plain run', () => {
    const work = tempDir();
    cpSync(path.join(FIXTURES, 'holdout'), path.join(work, 'corpus'), { recursive: true, filter: (src) => !/README\.md$|\.mjs$|gold|gbk-src/.test(src) });
    const plain = path.join(work, 'plain');
    expect(runBin([path.join(work, 'corpus'), '-o', plain, '-q']).status).toBe(0);
    const lines = recipeLines();
    const [k8s, slurm, ci, merge] = [lines.find((l) => l.includes('JOB_COMPLETION_INDEX')), lines.find((l) => l.includes('SLURM_ARRAY_TASK_ID')), lines.find((l) => l.includes('$SHARD')), lines.find((l) => l.startsWith('customs-extract merge'))];
    for (const line of [k8s, slurm, ci, merge]) expect(line).toBeDefined();
    for (let k = 0; k < SHARDS; k++) {
      sh(k8s!, work, { JOB_COMPLETION_INDEX: String(k) });
      sh(slurm!, work, { SLURM_ARRAY_TASK_ID: String(k), SLURM_ARRAY_TASK_COUNT: String(SHARDS) });
      sh(ci!, work, { SHARD: String(k) });
    }
    sh(merge!, work, {});
    expect(snapshotDir(path.join(work, 'dataset'))).toEqual(snapshotDir(plain));
    for (const name of ['slurm', 'ci']) {
      const parts = Array.from({ length: SHARDS }, (_, k) => `parts/${name}-${k}`);
      sh(merge!.replace(/parts\/k8s-\d( parts\/k8s-\d)*/, parts.join(' ')).replace(/-o dataset$/, `-o dataset-${name}`), work, {});
      expect(snapshotDir(path.join(work, `dataset-${name}`)), name).toEqual(snapshotDir(plain));
    }
    // the Job's failure lists exist (empty: nothing failed)
    expect(readFileSync(path.join(work, 'parts', 'k8s-0.failed.ndjson'), 'utf8')).toBe('');
  }, 300_000);
});
