// Writes schemas/*.schema.json, one per record (npm run schemas), each atomically, and the
// validator generated from the document's schema.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { RECORD_NAMES, recordJsonSchemaText, schemaFileName } from '../format/json-schema.js';

export async function writeSchemas(dir: string): Promise<string[]> {
  await fs.mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const name of RECORD_NAMES) {
    const file = path.join(dir, schemaFileName(name));
    const temp = `${file}.tmp-${process.pid}`;
    await fs.writeFile(temp, recordJsonSchemaText(name));
    await fs.rename(temp, file);
    written.push(file);
  }
  return written;
}

/** Writes one generated file atomically (the document validator's source). */
export async function writeGenerated(file: string, text: string): Promise<string> {
  const temp = `${file}.tmp-${process.pid}`;
  await fs.writeFile(temp, text);
  await fs.rename(temp, file);
  return file;
}
