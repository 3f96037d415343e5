// Memory is bounded by a few documents per job, not by the corpus: the worker pool reads at most
// a small window of files ahead of the one the writer is waiting for. Shown by removing every
// file beyond that window once the first result is in: only those are reported gone.
import { readdirSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, makeCorpus } from '../helpers.js';

interface RunModule {
  runCorpus: (entries: unknown, options: object) => AsyncGenerator<{ ok: boolean; entry: { path: string }; message?: string }>;
  IN_FLIGHT_PER_JOB: number;
}
interface ReadModule {
  planInputs: (args: string[]) => Promise<{ inputs: { toArray: () => Array<{ location: string; path: string }> } }>;
}

describe('documents in flight', () => {
  it('with 2 worker threads, no file beyond the window is read before the writer gets there', async () => {
    // the worker script exists only in the build, so this test runs the built modules
    const { runCorpus, IN_FLIGHT_PER_JOB } = (await import(path.join(ROOT, 'dist', 'run.js'))) as RunModule;
    const { planInputs } = (await import(path.join(ROOT, 'dist', 'io', 'read-inputs.js'))) as ReadModule;
    const corpus = makeCorpus(8); // 40 files
    const plan = await planInputs([corpus]);
    const window = 2 * IN_FLIGHT_PER_JOB;
    const entries = plan.inputs.toArray();
    const results = runCorpus(plan.inputs, { jobs: 2, workerThreshold: { files: 1, bytes: 1 } });
    const first = await results.next();
    expect(first.value?.ok).toBe(true);
    for (const e of entries.slice(1 + window)) unlinkSync(e.location);
    const rest: Array<{ ok: boolean; path: string }> = [];
    for await (const r of results) rest.push({ ok: r.ok, path: r.entry.path });
    expect(rest).toHaveLength(entries.length - 1);
    // dispatched before the removal: read fine
    expect(rest.slice(0, window).every((r) => r.ok)).toBe(true);
    // beyond the window: not read yet when removed
    expect(rest.slice(window).every((r) => !r.ok)).toBe(true);
    expect(readdirSync(corpus).length).toBeGreaterThan(0);
  }, 60_000);
});
