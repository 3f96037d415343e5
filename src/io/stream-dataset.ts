// Reads a dataset's documents one at a time, in either form (read-documents.ts), each checked
// against the Document schema: a dataset of any size is read with one document in memory.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Document } from '../schema/records.js';
import { documentTexts, documentsLayout } from './read-documents.js';
import { DATAPACKAGE_FILE, invalidDocument, openDatasetFolder } from './read-dataset.js';

export class DatasetReadError extends Error {
  readonly code = 'dataset/unreadable';
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
 * The documents of DIR (documents.json, or the NDJSON parts its datapackage.json lists) in file
 * order, each checked against the Document schema and handed on as parsed (so that writing it
 * again gives the bytes it was written with).
 */
export async function* streamDocuments(dir: string, datapackage?: unknown): AsyncGenerator<Document> {
  const pkg = datapackage === undefined ? await readDatapackage(dir).catch(() => null) : datapackage;
  let index = 0;
  for await (const record of documentTexts(dir, documentsLayout(pkg))) {
    const at = path.join(dir, record.file);
    if (!('text' in record)) throw new DatasetReadError(`${at}${record.line ? `:${record.line}` : ''}: ${record.problem === 'missing' ? `cannot read (ENOENT; is ${dir} a dataset written by -o DIR?)` : record.problem}`);
    let value: unknown;
    try {
      value = JSON.parse(record.text);
    } catch (e) {
      throw new DatasetReadError(`${at}${record.line ? `:${record.line}` : ''}: not valid JSON (${(e as Error).message})`);
    }
    const checked = Document.safeParse(value);
    if (!checked.success) throw new DatasetReadError(`${at}${record.line ? `:${record.line}` : ''}: ${invalidDocument(index, value, checked.error.issues[0])}`);
    index++;
    yield value as Document;
  }
}

export interface OpenedDataset {
  /** the parsed datapackage.json, or null when the dataset has none */
  datapackage: unknown | null;
  /** the documents in file order; iterate once */
  documents: AsyncIterable<Document>;
}

/**
 * Opens dataset DIR for the readers that go through it a document at a time (`diff`, `review`):
 * checks the folder, finishes a commit a killed run left, and reads the first document up front,
 * so that a missing or broken documents file is a one-line error before any output; the rest
 * are streamed (either form, through read-documents.ts), so memory holds one document.
 */
export async function openDocuments(dir: string): Promise<OpenedDataset> {
  await openDatasetFolder(dir);
  const file = path.join(dir, DATAPACKAGE_FILE);
  const datapackage = (await fs.stat(file).catch(() => null)) ? await readDatapackage(dir) : null;
  const stream = streamDocuments(dir, datapackage);
  const first = await stream.next().catch((e: unknown) => {
    throw e instanceof DatasetReadError ? new Error(e.message) : e;
  });
  async function* documents(): AsyncGenerator<Document> {
    if (first.done) return;
    yield first.value;
    yield* stream;
  }
  return { datapackage, documents: documents() };
}
