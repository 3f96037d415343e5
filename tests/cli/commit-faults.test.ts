// A kill at any step of the commit leaves DIR's old dataset or its new one, whole: before the
// commit point DIR is untouched; after it, the next run or a reader (recoverDataset) finishes
// the commit. The process is killed (SIGKILL) at each step through the fault-injection variable,
// so where it stops does not depend on timing. The CLI runs as a child the test awaits (never
// spawnSync, and nothing at collection time), so a loaded machine only makes the tests slower.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMMIT_STEPS, FAULT_ENV, recoverDataset } from '../../src/io/dataset-dir.js';
import { FIXTURES, SEEDS, runBinAsync as run, snapshotDir, tempDir } from '../helpers.js';

const CORPUS = path.join(FIXTURES, 'cli', 'corpus');
const internal = (snapshot: Record<string, Buffer>): Record<string, Buffer> =>
  Object.fromEntries(Object.entries(snapshot).filter(([name]) => !name.startsWith('.customs-extract')));

/** DIR with the old dataset (with its review page) and a user's files beside it. */
async function oldDataset(): Promise<string> {
  const dir = path.join(tempDir(), 'ds');
  const r = await run([SEEDS, '-o', dir, '--review', '-q']);
  expect(r.status, r.stderr).toBe(0);
  writeFileSync(path.join(dir, 'notebook.ipynb'), '{"cells": []}');
  mkdirSync(path.join(dir, 'notes'));
  writeFileSync(path.join(dir, 'notes', 'todo.md'), '- check 2024');
  return dir;
}

describe('a kill during the commit', () => {
  // what DIR holds once the new dataset is in: the same run into a copy, uninterrupted
  let expectedNew: Record<string, Buffer> = {};
  beforeAll(async () => {
    const dir = await oldDataset();
    const r = await run([CORPUS, '-o', dir, '-q']);
    expect(r.status, r.stderr).toBe(0);
    expectedNew = snapshotDir(dir);
  });

  it('the new dataset differs from the old one, and drops its review page', async () => {
    const old = snapshotDir(await oldDataset());
    expect(Object.keys(old)).toContain('review.html');
    expect(Object.keys(expectedNew)).not.toContain('review.html');
    expect(expectedNew['documents.json']).not.toEqual(old['documents.json']);
  });

  for (const step of COMMIT_STEPS) {
    const beforeCommitPoint = step === 'staged';
    it(`at "${step}": DIR keeps the ${beforeCommitPoint ? 'old' : 'new'} dataset for a reader, and the next run finishes`, async () => {
      const dir = await oldDataset();
      const old = snapshotDir(dir);
      const killed = await run([CORPUS, '-o', dir, '-q'], { env: { [FAULT_ENV]: step } });
      expect(killed.signal).toBe('SIGKILL');
      if (beforeCommitPoint) expect(internal(snapshotDir(dir))).toEqual(old);
      // a reader finds a whole dataset
      expect(recoverDataset(dir)).toBe(beforeCommitPoint ? 'ok' : 'recovered');
      expect(internal(snapshotDir(dir))).toEqual(beforeCommitPoint ? old : expectedNew);
      // and the next run (taking over the dead run's lock) writes the new one, leaving nothing behind
      const next = await run([CORPUS, '-o', dir, '-q']);
      expect(next.status, next.stderr).toBe(0);
      expect(snapshotDir(dir)).toEqual(expectedNew);
      expect(readdirSync(dir).filter((n) => n.startsWith('.'))).toEqual([]);
    }, 60_000);

    if (!beforeCommitPoint)
      it(`at "${step}": the next run alone finishes the interrupted commit before its own`, async () => {
        const dir = await oldDataset();
        expect((await run([CORPUS, '-o', dir, '-q'], { env: { [FAULT_ENV]: step } })).signal).toBe('SIGKILL');
        expect(existsSync(path.join(dir, '.customs-extract.commit'))).toBe(true);
        const next = await run([SEEDS, '-o', dir, '-q']);
        expect(next.status, next.stderr).toBe(0);
        expect(snapshotDir(dir)['notes/todo.md']?.toString()).toBe('- check 2024');
        expect(existsSync(path.join(dir, 'review.html'))).toBe(false);
        expect(readdirSync(dir).filter((n) => n.startsWith('.'))).toEqual([]);
      }, 60_000);
  }
});

describe('readers of a dataset a kill left mid-commit', () => {
  it('validate finishes the commit first, then checks the new dataset whole', async () => {
    const dir = await oldDataset();
    expect((await run([CORPUS, '-o', dir, '-q'], { env: { [FAULT_ENV]: 'moved-one' } })).signal).toBe('SIGKILL');
    expect(existsSync(path.join(dir, '.customs-extract.commit'))).toBe(true);
    const r = await run(['validate', dir]);
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(path.join(dir, '.customs-extract.commit'))).toBe(false);
    expect(existsSync(path.join(dir, 'review.html'))).toBe(false);
  }, 60_000);

  it('review DIR finishes the commit, and lists the page it writes in the manifest', async () => {
    const dir = await oldDataset();
    expect((await run([CORPUS, '-o', dir, '-q'], { env: { [FAULT_ENV]: 'moved-all' } })).signal).toBe('SIGKILL');
    const r = await run(['review', dir, '-q']);
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(path.join(dir, '.customs-extract.commit'))).toBe(false);
    const manifest = JSON.parse(readFileSync(path.join(dir, 'customs-extract.manifest.json'), 'utf8')) as { files: string[] };
    expect(manifest.files).toContain('review.html');
    // so the next run, which writes no review page, removes it as its own old file; the user's files stay
    expect((await run([CORPUS, '-o', dir, '-q'])).status).toBe(0);
    expect(existsSync(path.join(dir, 'review.html'))).toBe(false);
    expect(existsSync(path.join(dir, 'notebook.ipynb'))).toBe(true);
  }, 60_000);
});

describe('a kill during the commit of a dataset that changes form (documents.json ⇄ NDJSON parts)', () => {
  const SPLIT = ['--split-size', '8k'];
  const form = (dir: string): string[] => Object.keys(snapshotDir(dir)).filter((f) => f.startsWith('documents-') || f === 'documents.json');
  // the new dataset in parts, written over the old one (documents.json); and back again
  for (const [what, first, second] of [
    ['documents.json → parts', [] as string[], SPLIT],
    ['parts → documents.json', SPLIT, [] as string[]],
  ] as const) {
    for (const step of ['staged', 'moved-one', 'removed-old'] as const) {
      it(`${what}, killed at "${step}": a reader finds one whole dataset, in one form, and validate passes`, async () => {
        const dir = path.join(tempDir(), 'ds');
        // the seeds pass 8k; the small corpus does not
        const input = (options: readonly string[]): string => (options.length ? SEEDS : CORPUS);
        expect((await run([input(first), '-o', dir, '-q', ...first])).status).toBe(0);
        const old = snapshotDir(dir);
        const fresh = path.join(tempDir(), 'ds');
        expect((await run([input(second), '-o', fresh, '-q', ...second])).status).toBe(0);
        const expectedNew = snapshotDir(fresh);
        expect(form(fresh)).not.toEqual(form(dir));
        expect((await run([input(second), '-o', dir, '-q', ...second], { env: { [FAULT_ENV]: step } })).signal).toBe('SIGKILL');
        recoverDataset(dir);
        expect(internal(snapshotDir(dir))).toEqual(step === 'staged' ? old : expectedNew);
        const v = await run(['validate', dir]);
        expect(v.status, v.stderr).toBe(0);
      }, 60_000);
    }
  }
});
