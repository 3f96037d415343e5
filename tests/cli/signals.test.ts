// Ctrl-C (SIGINT), SIGTERM, SIGHUP or SIGQUIT in the middle of writing a dataset leaves the previous dataset in
// DIR byte-identical and no temporary folder behind.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEEDS, makeCorpus, runBin, snapshotDir, spawnBin, tempDir } from '../helpers.js';

async function until(condition: () => boolean, timeoutMs = 60_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('interrupting a run', () => {
  const corpus = makeCorpus(60); // 300 documents: seconds of work

  const cases = [
    ['SIGINT', '1'],
    ['SIGTERM', '1'],
    ['SIGHUP', '1'], // the terminal closed
    ['SIGQUIT', '1'],
    ['SIGINT', '2'], // worker threads running
  ] as const;
  for (const [signal, jobs] of cases) {
    it(`${signal} mid-run (--jobs ${jobs}) leaves the old dataset intact and no temporary folder`, async () => {
      const parent = tempDir();
      const dir = path.join(parent, 'ds');
      expect(runBin([SEEDS, '-o', dir]).status).toBe(0);
      const before = snapshotDir(dir);
      const child = spawnBin([corpus, '-o', dir, '--jobs', jobs]);
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, sig) => resolve({ code, signal: sig })));
      // wait until the new dataset is being written: its staging folder holds some documents
      const temp = (): string | undefined => readdirSync(dir).find((n) => n.startsWith('.customs-extract.staging-'));
      await until(() => {
        const t = temp();
        return t !== undefined && existsSync(path.join(dir, t, 'documents.json')) && statSync(path.join(dir, t, 'documents.json')).size > 100_000;
      });
      child.kill(signal);
      const end = await exited;
      expect(end.signal).toBe(signal);
      expect(readdirSync(parent)).toEqual(['ds']);
      // no staging folder, no lock: the dataset exactly as it was
      expect(snapshotDir(dir)).toEqual(before);
    }, 120_000);
  }
});
