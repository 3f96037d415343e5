// The only writer of the file system. A dataset is written into a temporary folder beside
// DIR and swapped in whole, so an interrupted run leaves the previous dataset intact.
import { createWriteStream, promises as fs, rmSync, type WriteStream } from 'node:fs';
import path from 'node:path';
import type { Document } from '../schema/records.js';
import { csvHeader, csvRows, type CsvOptions } from '../format/to-csv.js';
import { TABLES } from '../format/tables.js';

function writeChunk(stream: WriteStream, chunk: string): Promise<void> {
  return stream.write(chunk) ? Promise.resolve() : new Promise((resolve) => stream.once('drain', resolve));
}

function close(stream: WriteStream): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.once('error', reject);
    stream.end(resolve);
  });
}

export interface DatasetWriter {
  add(doc: Document): Promise<void>;
  /** Finishes every file and swaps the dataset into place. */
  commit(): Promise<void>;
  /** Removes the temporary folder; the previous dataset stays. */
  abort(): void;
}

/** Opens a dataset in a temporary folder beside `dir`; nothing appears at `dir` until commit(). */
export async function openDataset(dir: string, options: CsvOptions = {}): Promise<DatasetWriter> {
  const target = path.resolve(dir);
  await fs.mkdir(path.dirname(target), { recursive: true });
  const temp = await fs.mkdtemp(path.join(path.dirname(target), `.${path.basename(target)}.tmp-`));
  await fs.chmod(temp, 0o755); // mkdtemp makes it private; a dataset is an ordinary folder
  const bom = options.excel ? '\uFEFF' : '';
  const json = createWriteStream(path.join(temp, 'documents.json'));
  const csv = TABLES.map((table) => ({ table, stream: createWriteStream(path.join(temp, `${table.name}.csv`)) }));
  for (const { table, stream } of csv) stream.write(bom + csvHeader(table));
  let count = 0;
  let aborted = false;
  const abort = (): void => {
    if (aborted) return;
    aborted = true;
    json.destroy();
    for (const { stream } of csv) stream.destroy();
    rmSync(temp, { recursive: true, force: true });
  };
  return {
    async add(doc) {
      await writeChunk(json, (count++ === 0 ? '[\n' : ',\n') + JSON.stringify(doc));
      for (const { table, stream } of csv) await writeChunk(stream, csvRows(table, doc, options));
    },
    async commit() {
      json.write(count === 0 ? '[]\n' : '\n]\n');
      await Promise.all([close(json), ...csv.map(({ stream }) => close(stream))]);
      // Swap: the old dataset is moved aside, the new one renamed in, the old one removed.
      const old = `${temp}.old`;
      const hadOld = await fs
        .rename(target, old)
        .then(() => true)
        .catch((e: NodeJS.ErrnoException) => {
          if (e.code === 'ENOENT') return false;
          throw e;
        });
      await fs.rename(temp, target);
      if (hadOld) await fs.rm(old, { recursive: true, force: true });
    },
    abort,
  };
}
