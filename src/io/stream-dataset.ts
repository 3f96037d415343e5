// Reads a dataset's documents.json one document at a time. The writer puts one record a line
// between `[` and `]` (jsonArrayFramer), so a part of any size is read with one document in
// memory; a file in another layout is refused in one line rather than read whole.
import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Document } from '../schema/records.js';
import { DATAPACKAGE_FILE, DOCUMENTS_FILE } from './read-dataset.js';

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
        throw new DatasetReadError(`${file}:${n}: not one document a line, as -o DIR writes documents.json`);
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
