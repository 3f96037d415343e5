// Writes one file so that a reader never sees it half-written: the content goes to a
// temporary file beside the target, which is then renamed over it (rename is atomic
// within one folder on POSIX file systems).
import { promises as fs } from 'node:fs';
import path from 'node:path';

/** Writes `content`: a string, or pieces written one after another (never joined into one string). */
export async function writeFileAtomic(file: string, content: string | Iterable<string>): Promise<void> {
  const target = path.resolve(file);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.tmp-${process.pid}-${Date.now().toString(36)}`);
  try {
    if (typeof content === 'string') await fs.writeFile(temp, content, 'utf8');
    else {
      const handle = await fs.open(temp, 'w');
      try {
        for (const piece of content) await handle.write(piece, null, 'utf8');
      } finally {
        await handle.close();
      }
    }
    await fs.rename(temp, target);
  } catch (e) {
    await fs.rm(temp, { force: true });
    throw e;
  }
}
