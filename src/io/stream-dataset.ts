// Reads a dataset's documents.json one document at a time. The writer puts one record a line
// between `[` and `]` (jsonArrayFramer), so a part of any size is read with one document in
// memory; a file in another layout is refused in one line rather than read whole.
import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Document } from '../schema/records.js';
import { DATAPACKAGE_FILE, DOCUMENTS_FILE, openDatasetFolder, readDataset } from './read-dataset.js';

export class DatasetReadError extends Error {
  readonly code: string = 'dataset/unreadable';
}

/** documents.json is not in the writer's layout of one record a line. */
export class NotOneALineError extends DatasetReadError {
  override readonly code = 'dataset/not-one-a-line';
}

/** The dataset's datapackage.json, parsed; a one-line DatasetReadError when it is missing or broken. */
export async function readDatapackage(dir: string): Promise<unknown> {
  const file = path.join(dir, DATAPACKAGE_FILE);
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    throw new DatasetReadError(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)}; is ${dir} a dataset written by -o DIR?)`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new DatasetReadError(`${file}: not valid JSON (${(e as Error).message})`);
  }
}

/**
 * The documents of DIR/documents.json in file order, each checked against the Document schema
 * and handed on as parsed (so that writing it again gives the bytes it was written with).
 */
export async function* streamDocuments(dir: string): AsyncGenerator<Document> {
  const file = path.join(dir, DOCUMENTS_FILE);
  const stream = createReadStream(file, { encoding: 'utf8' });
  const opened = new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', reject);
  });
  try {
    await opened;
  } catch (e) {
    throw new DatasetReadError(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  let closed = false;
  try {
    for await (const raw of lines) {
      n++;
      if (n === 1 && raw === '[') continue;
      if (raw === ']' || raw === '[]') {
        closed = true;
        continue;
      }
      const text = raw.endsWith(',') ? raw.slice(0, -1) : raw;
      let record: unknown;
      try {
        record = JSON.parse(text);
      } catch {
        throw new NotOneALineError(`${file}:${n}: not one document a line, as -o DIR writes documents.json`);
      }
      const checked = Document.safeParse(record);
      if (!checked.success) {
        const issue = checked.error.issues[0];
        throw new DatasetReadError(`${file}:${n}: ${issue && issue.path.length ? issue.path.join('.') : 'record'}: ${issue?.message ?? 'invalid'}`);
      }
      yield record as Document;
    }
  } finally {
    lines.close();
    stream.destroy();
  }
  if (!closed) throw new DatasetReadError(`${file}: cut short (no closing ])`);
}

/** A dataset opened for reading one document at a time: what its datapackage.json says, and its documents. */
export interface OpenedDataset {
  /** the parsed datapackage.json, or null when the dataset has none */
  datapackage: unknown | null;
  /** the documents in file order; iterate once */
  documents: AsyncIterable<Document>;
}

/**
 * Opens dataset DIR for the readers that go through it a document at a time (`diff`, `review`):
 * checks the folder and documents.json up front (one-line errors, as `readDataset` gives them),
 * finishes a commit a killed run left, then hands out the documents. A documents.json in the
 * writer's layout (one record a line) is streamed, so memory holds one document; one in another
 * layout (written or pretty-printed by hand) is read whole, as `readDataset` reads it.
 */
export async function openDocuments(dir: string): Promise<OpenedDataset> {
  await openDatasetFolder(dir);
  const file = path.join(dir, DOCUMENTS_FILE);
  let head: string;
  try {
    const handle = await fs.open(file, 'r');
    try {
      const buffer = Buffer.alloc(3);
      const { bytesRead } = await handle.read(buffer, 0, 3, 0);
      head = buffer.subarray(0, bytesRead).toString('latin1');
    } finally {
      await handle.close();
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new Error(`${file}: missing (is ${dir} a dataset written by -o DIR?)`);
    throw new Error(`${file}: cannot read (${code ?? String(e)})`);
  }
  const datapackage = await readOptionalDatapackage(dir);
  return { datapackage, documents: /^\[\r?\n/.test(head) ? streamedOrWhole(dir) : whole(dir) };
}

/** The writer's layout streamed; a file laid out otherwise (pretty-printed by hand) read whole. */
async function* streamedOrWhole(dir: string): AsyncGenerator<Document> {
  let yielded = false;
  try {
    for await (const doc of streamDocuments(dir)) {
      yielded = true;
      yield doc;
    }
  } catch (e) {
    if (yielded || !(e instanceof NotOneALineError)) throw e;
    yield* whole(dir);
  }
}

async function* whole(dir: string): AsyncGenerator<Document> {
  yield* (await readDataset(dir)).documents;
}

/** The parsed datapackage.json, or null when there is none (a dataset written before it existed, or by hand). */
async function readOptionalDatapackage(dir: string): Promise<unknown | null> {
  const file = path.join(dir, DATAPACKAGE_FILE);
  if (!(await fs.stat(file).catch(() => null))) return null;
  return readDatapackage(dir);
}
