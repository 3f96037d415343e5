// Reads the files of a dataset folder as text, for `validate`.
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
