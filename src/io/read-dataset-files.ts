// Reads the files of a dataset folder as text, for `validate`: whole (datapackage.json) or as a
// stream of chunks (documents.json and the CSV tables, which may be gigabytes).
import { promises as fs } from 'node:fs';
import path from 'node:path';

/** The file's text, or null when it does not exist. */
export async function readDatasetFile(dir: string, name: string): Promise<string | null> {
  try {
    return await fs.readFile(path.join(dir, name), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new Error(`${path.join(dir, name)}: cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
}

/** Chunk size of the streams: a few of these are all validate holds of a file at once. */
const CHUNK = 256 * 1024;

/**
 * The file's text as UTF-8 chunks (a character split between two reads is joined), or null when
 * it does not exist. The file is opened here, so a missing one is known before reading.
 */
export async function streamDatasetFile(dir: string, name: string): Promise<AsyncIterable<string> | null> {
  const file = path.join(dir, name);
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, 'r');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new Error(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  const stream = handle.createReadStream({ encoding: 'utf8', highWaterMark: CHUNK, autoClose: true });
  return (async function* chunks(): AsyncGenerator<string> {
    try {
      for await (const chunk of stream) yield chunk as string;
    } catch (e) {
      throw new Error(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
    } finally {
      stream.destroy();
    }
  })();
}

/** The folder's kind: a folder, something else, or nothing. */
export async function datasetFolder(dir: string): Promise<'folder' | 'not-folder' | 'missing'> {
  const stat = await fs.stat(dir).catch(() => null);
  return !stat ? 'missing' : stat.isDirectory() ? 'folder' : 'not-folder';
}
