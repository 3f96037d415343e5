// The one reader of a dataset's documents, in both of the forms the writer gives them:
// `documents.json` (a JSON array), or, past --split-size, numbered NDJSON parts
// (`documents-00001.ndjson` …) that datapackage.json lists. `validate`, `diff`, `review`,
// `merge` and `--since` all read documents through here, one record at a time, so memory holds
// one document whatever the dataset's size.
import { JsonArrayError, JsonArraySplitter } from '../format/json-array-splitter.js';
import type { DocumentText } from '../format/check-dataset.js';
import { streamDatasetFile } from './read-dataset-files.js';

export const DOCUMENTS_JSON = 'documents.json';
/** The name of part `n` (from 1) of the documents in NDJSON form. */
export const documentsPart = (n: number): string => `documents-${String(n).padStart(5, '0')}.ndjson`;
export const DOCUMENTS_PART = /^documents-\d{5}\.ndjson$/;

export type DocumentsLayout = { form: 'json'; files: string[] } | { form: 'ndjson'; files: string[] };

export const JSON_LAYOUT: DocumentsLayout = { form: 'json', files: [DOCUMENTS_JSON] };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Where a dataset's documents are, as its datapackage.json says: the resource whose path is a
 * list of NDJSON parts, or else documents.json (also for a dataset without datapackage.json).
 */
export function documentsLayout(datapackage: unknown): DocumentsLayout {
  const resources = isRecord(datapackage) && Array.isArray(datapackage.resources) ? datapackage.resources : [];
  for (const r of resources) {
    if (!isRecord(r) || r.format !== 'ndjson' || !Array.isArray(r.path)) continue;
    const files = r.path.filter((p): p is string => typeof p === 'string' && DOCUMENTS_PART.test(p));
    if (files.length === r.path.length && files.length > 0) return { form: 'ndjson', files };
  }
  return JSON_LAYOUT;
}

export type { DocumentText };

/**
 * The documents' records, as JSON text, in order. A file that is missing, or not in its form
 * (not an array, not one record a line), gives one problem and the rest of the files are not
 * read: what follows could not be told apart from what is missing.
 */
export async function* documentTexts(dir: string, layout: DocumentsLayout): AsyncGenerator<DocumentText> {
  for (const file of layout.files) {
    const chunks = await streamDatasetFile(dir, file);
    if (!chunks) {
      yield { file, problem: 'missing' };
      return;
    }
    const ok = yield* layout.form === 'json' ? arrayTexts(file, chunks) : lineTexts(file, chunks);
    if (!ok) return;
  }
}

async function* arrayTexts(file: string, chunks: AsyncIterable<string>): AsyncGenerator<DocumentText, boolean> {
  const splitter = new JsonArraySplitter();
  try {
    for await (const chunk of chunks) for (const text of splitter.push(chunk)) yield { file, text: text.trimEnd() };
    splitter.end();
  } catch (e) {
    if (!(e instanceof JsonArrayError)) throw e;
    yield { file, problem: e.message };
    return false;
  }
  return true;
}

/** NDJSON: one record a line; a blank line is a problem (the writer never writes one). */
async function* lineTexts(file: string, chunks: AsyncIterable<string>): AsyncGenerator<DocumentText, boolean> {
  let carry = '';
  let line = 0;
  for await (const chunk of chunks) {
    let start = 0;
    for (let nl = chunk.indexOf('\n'); nl >= 0; nl = chunk.indexOf('\n', start)) {
      const text = carry + chunk.slice(start, nl);
      carry = '';
      start = nl + 1;
      line++;
      if (text === '') {
        yield { file, line, problem: 'a blank line (NDJSON holds one document a line)' };
        return false;
      }
      yield { file, line, text };
    }
    carry += chunk.slice(start);
  }
  if (carry !== '') yield { file, line: line + 1, text: carry };
  return true;
}
