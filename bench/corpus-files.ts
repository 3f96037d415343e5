// The bench children's view of a corpus folder: the files the CLI would read, in its order.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { FORMAT_BY_EXTENSION, sniffFormat } from '../dist/rules/formats.js';
import type { InputFormat } from '../dist/schema/records.js';

/** A corpus file, and its format when the extension names one (null: sniffed from the bytes). */
export interface CorpusFile {
  file: string;
  format: InputFormat | null;
}

/** Every file under `dir` that the CLI reads (a known extension, or none), depth first, names in code-unit order. */
export function* corpusFiles(dir: string): Generator<CorpusFile> {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      yield* corpusFiles(full);
      continue;
    }
    const ext = path.extname(full).toLowerCase();
    const known = FORMAT_BY_EXTENSION[ext];
    if (ext && !known) continue;
    yield { file: full, format: known ?? null };
  }
}

/** The format the CLI gives a file's bytes. */
export const formatOf = (f: CorpusFile, data: Uint8Array): InputFormat => f.format ?? sniffFormat(data);
