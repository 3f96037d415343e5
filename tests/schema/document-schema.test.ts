// zod, the records' definition, is loaded only for a document the compiled validator rejects
// (src/schema/document-schema.ts): a run of valid documents, in the main thread and in a worker,
// loads none of its modules, and a rejected document is still judged, and named, by zod. Runs
// the built product (dist/, `npm run build`) in child processes, whose module loads a hook sees.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, SEEDS, loadedAny, loadedModules, makeCorpus, tempDir, watchingLoads } from '../helpers.js';

const loadedZod = (stderr: string): string[] => loadedModules(stderr).filter((url) => url.includes('/node_modules/zod/'));

describe('zod loaded on demand', () => {
  it('a run of valid documents loads no zod module, in this thread or a worker', () => {
    for (const [input, jobs] of [[SEEDS, '1'], [makeCorpus(12), '2']] as const) {
      const r = spawnSync(process.execPath, [...watchingLoads(), BIN, input, '-o', path.join(tempDir(), 'ds'), '--quiet', '--jobs', jobs], { encoding: 'utf8' });
      expect(r.status).toBe(0);
      // the hook sees the pipeline load (the check can fail), and no zod among it
      expect(loadedAny(r.stderr, '/dist/stages/finalise.js')).toBe(true);
      if (jobs === '2') expect(loadedAny(r.stderr, '/dist/workers/process-entry.js')).toBe(true);
      expect(loadedZod(r.stderr)).toEqual([]);
    }
  });

  it('a rejected document is judged by zod, loaded then, and named as zod names it', () => {
    // (zod is then loaded by require, which the import hook does not see)
    const script = "const { validateDocument } = await import('./dist/stages/finalise.js'); try { validateDocument({}); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }";
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stdout.trim()).toMatch(/^DocumentError: invalid record at id: /);
  });
});
