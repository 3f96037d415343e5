// A worker thread loads the half of the run it uses (src/process-entry.ts): the pipeline, the
// reader and the encoder, not the run's planning, archive listing and ordering, which only the
// main thread uses. Runs the built product (dist/, `npm run build`).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, loadedModules, makeCorpus, tempDir, watchingLoads } from './helpers.js';

const timesLoaded = (stderr: string, file: string): number => loadedModules(stderr).filter((url) => url.endsWith(file)).length;

describe('process-entry: what a worker loads', () => {
  it('a worker loads the pipeline, not run.js, select-inputs or picomatch', () => {
    const r = spawnSync(process.execPath, [...watchingLoads(), BIN, makeCorpus(12), '-o', path.join(tempDir(), 'ds'), '--quiet', '--jobs', '2'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    // both threads load the pipeline (the check can fail: a worker's loads are seen)
    expect(timesLoaded(r.stderr, '/dist/pipeline.js')).toBe(2);
    expect(timesLoaded(r.stderr, '/dist/process-entry.js')).toBe(2);
    // the main thread alone loads the run and its planning
    expect(timesLoaded(r.stderr, '/dist/run.js')).toBe(1);
    expect(timesLoaded(r.stderr, '/dist/io/select-inputs.js')).toBe(1);
  });
});
