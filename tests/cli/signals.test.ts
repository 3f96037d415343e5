// Ctrl-C (SIGINT), SIGTERM, SIGHUP or SIGQUIT in the middle of writing a dataset leaves the previous dataset in
// DIR byte-identical and no temporary folder behind. The run is held mid-write by its own stdout
// (heldRun), not caught by polling, so the signal always lands before the commit.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEEDS, heldRun, makeCorpus, runBin, snapshotDir, tempDir } from '../helpers.js';

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
      const child = await heldRun([corpus, '-o', dir, '--jobs', jobs]);
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, sig) => resolve({ code, signal: sig })));
      expect(readdirSync(dir).some((n) => n.startsWith('.customs-extract.staging-'))).toBe(true);
      child.kill(signal);
      const end = await exited;
      expect(end.signal).toBe(signal);
      expect(readdirSync(parent)).toEqual(['ds']);
      // no staging folder, no lock: the dataset exactly as it was
      expect(snapshotDir(dir)).toEqual(before);
    }, 120_000);
  }
});
