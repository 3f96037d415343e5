// One worker pool per run: loose files and every batch of every archive's members go through the
// same workers, started once (a pool per batch made each new worker compile the pipeline again).
// The worker script exists only in the build, so these tests run the built modules.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from './helpers.js';
import { makeTarGz } from './io/archive-fixtures.js';

interface Result {
  ok: boolean;
  entry: { path: string };
  document?: unknown;
  message?: string;
}
interface RunModule {
  runCorpus: (entries: unknown, options: object) => AsyncGenerator<Result>;
  runCorpusEncoded: (entries: unknown, outputs: object, options: object) => AsyncGenerator<Result & { encoded?: { pieces?: Iterable<unknown>; printed: unknown } }>;
  ARCHIVE_BATCH_FILES: number;
}
interface ReadModule {
  planInputs: (args: string[]) => Promise<{ inputs: unknown }>;
}
interface SelectModule {
  selectInputs: (inputs: unknown) => unknown;
}

const load = async <T>(file: string): Promise<T> => (await import(path.join(ROOT, 'dist', file))) as T;
const page = (n: number): string => `海关总署公告\n\n第一条 第${n}批进口货物${n * 3}吨，同比增长${n % 9}.5%。\n`;

describe('one worker pool per run', () => {
  let run: RunModule;
  let entries: unknown = null;

  beforeAll(async () => {
    run = await load<RunModule>('run.js');
    const { planInputs } = await load<ReadModule>('io/read-inputs.js');
    const { selectInputs } = await load<SelectModule>('io/select-inputs.js');
    const dir = tempDir();
    // loose files sorting before and after the archive, and an archive of more than two batches' members
    for (const name of ['a-first', 'b-second', 'z-last']) writeFileSync(path.join(dir, `${name}.txt`), page(name.length));
    const members = Array.from({ length: 2 * run.ARCHIVE_BATCH_FILES + 7 }, (_, i) => ({ name: `p${String(i).padStart(4, '0')}.txt`, data: Buffer.from(page(i)) }));
    writeFileSync(path.join(dir, 'm.tar.gz'), await makeTarGz(members.reverse()));
    entries = selectInputs((await planInputs([dir])).inputs);
  });

  const collect = async (options: object): Promise<Result[]> => {
    const out: Result[] = [];
    for await (const r of run.runCorpus(entries, options)) out.push(r);
    return out;
  };

  it('starts jobs - 1 workers once for loose files and every batch of an archive, and gives what one job gives', async () => {
    let starts = 0;
    const startWorker = (url: URL, options: WorkerOptions): Worker => {
      starts++;
      return new Worker(url, options);
    };
    const planned: number[] = [];
    const three = await collect({ jobs: 3, workerThreshold: { files: 1, bytes: 1 }, startWorker, onPlan: (w: number) => planned.push(w) });
    expect(starts).toBe(2);
    expect(planned).toEqual([2]);
    const one = await collect({ jobs: 1 });
    expect(one).toHaveLength(2 * run.ARCHIVE_BATCH_FILES + 10);
    expect(one.every((r) => r.ok)).toBe(true);
    expect(JSON.stringify(three)).toBe(JSON.stringify(one));
  }, 120_000);

  it('starts no worker for large documents alone (this thread makes them), and one for the small files beside them', async () => {
    const { planInputs } = await load<ReadModule>('io/read-inputs.js');
    const { selectInputs } = await load<SelectModule>('io/select-inputs.js');
    const dir = tempDir();
    writeFileSync(path.join(dir, 'big.txt'), page(7).repeat(50));
    const big = selectInputs((await planInputs([dir])).inputs);
    const large = { inputBytes: 1000, partChars: 1 << 20, pieceUnits: 1 << 18 };
    const startsFor = async (corpus: unknown): Promise<number> => {
      let starts = 0;
      const startWorker = (url: URL, options: WorkerOptions): Worker => (starts++, new Worker(url, options));
      const results: Result[] = [];
      for await (const r of run.runCorpusEncoded(corpus, { dataset: {}, printer: null }, { jobs: 2, workerThreshold: { files: 1, bytes: 1 }, largeDocument: large, startWorker })) results.push(r);
      expect(results.every((r) => r.ok)).toBe(true);
      return starts;
    };
    expect(await startsFor(big)).toBe(0);
    // the negative case: small documents beside it still get their worker
    writeFileSync(path.join(dir, 'small.txt'), page(3));
    expect(await startsFor(selectInputs((await planInputs([dir])).inputs))).toBe(1);
  }, 120_000);

  it('starts no worker for --jobs 1, and says so once', async () => {
    let starts = 0;
    const planned: number[] = [];
    const startWorker = (url: URL, options: WorkerOptions): Worker => (starts++, new Worker(url, options));
    await collect({ jobs: 1, workerThreshold: { files: 1, bytes: 1 }, startWorker, onPlan: (w: number) => planned.push(w) });
    expect(starts).toBe(0);
    expect(planned).toEqual([0]);
  }, 120_000);
});

describe('a large document', () => {
  // what a run makes of one large document (the threshold made tiny), for each kind of output
  const made = async (outputs: object): Promise<'pieces' | 'whole'> => {
    const run = await load<RunModule>('run.js');
    const { planInputs } = await load<ReadModule>('io/read-inputs.js');
    const dir = tempDir();
    writeFileSync(path.join(dir, 'long.txt'), page(7).repeat(50));
    const { inputs: entries } = await planInputs([dir]);
    const options = { jobs: 1, largeDocument: { inputBytes: 1000, partChars: 400, pieceUnits: 200 } };
    for await (const r of run.runCorpusEncoded(entries, outputs, options)) {
      expect(r.ok, r.message).toBe(true);
      if (r.encoded?.pieces) {
        expect([...r.encoded.pieces].length).toBeGreaterThan(1);
        return 'pieces';
      }
      return 'whole';
    }
    throw new Error('no result');
  };
  const printer = (format: string, table: string | null = null): object => ({ format, table, csv: {} });

  it('is made in pieces for a dataset and for stdout records that are whole documents (JSON, NDJSON), whole for a table\'s rows', async () => {
    expect(await made({ dataset: {}, printer: null })).toBe('pieces');
    expect(await made({ dataset: null, printer: printer('json') })).toBe('pieces');
    expect(await made({ dataset: null, printer: printer('ndjson') })).toBe('pieces');
    expect(await made({ dataset: {}, printer: printer('ndjson') })).toBe('pieces');
    expect(await made({ dataset: null, printer: printer('ndjson', 'metrics') })).toBe('whole');
    expect(await made({ dataset: {}, printer: printer('csv', 'documents') })).toBe('whole');
  }, 120_000);
});
