// Reads a site-template file (written by `customs-extract templates`). Throws an Error with a
// one-line reason when it cannot be read or is not such a file.
import { existsSync, readFileSync } from 'node:fs';
import { TemplateFile } from '../schema/records.js';

export function readTemplates(file: string): TemplateFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new Error(`cannot read: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error('not a templates file: not JSON');
  }
  const parsed = TemplateFile.safeParse(json);
  if (!parsed.success) throw new Error(`not a templates file: ${parsed.error.issues[0]?.path.join('.') || 'root'}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return parsed.data;
}

/**
 * Whether `file` may be (over)written with templates: it does not exist, or it is a templates file.
 * The tool never overwrites a file it did not write.
 */
export function mayWriteTemplates(file: string): boolean {
  if (!existsSync(file)) return true;
  try {
    readTemplates(file);
    return true;
  } catch {
    return false;
  }
}
