// Reads a dataset folder written by `customs-extract -o DIR`: its documents (documents.json or
// NDJSON parts; required, every record checked against the zod Document schema) and
// datapackage.json (optional: datasets written before it existed, or by hand, still load).
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { recoverDataset } from './dataset-dir.js';
import { Document } from '../schema/records.js';
import { documentTexts, documentsLayout } from './read-documents.js';

export const DOCUMENTS_FILE = 'documents.json';
export const DATAPACKAGE_FILE = 'datapackage.json';

export interface Dataset {
  documents: Document[];
  /** The parsed datapackage.json, or null when the dataset has none. */
  datapackage: unknown | null;
}

/** Where a dataset came from, as its datapackage.json states it; null where it says nothing. */
export interface Provenance {
  rulesHash: string | null;
  toolVersion: string | null;
}

async function readText(file: string): Promise<string | null> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    throw new Error(`${file}: cannot read (${code ?? (e as Error).message})`);
  }
}

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Error(`${file}: not valid JSON (${(e as Error).message})`);
  }
}

/**
 * Checks that DIR is a folder (one-line errors) and finishes a commit a killed run left in it (the
 * new dataset half moved), so that every reader finds a whole dataset.
 */
export async function openDatasetFolder(dir: string): Promise<void> {
  const stat = await fs.stat(dir).catch(() => null);
  if (!stat) throw new Error(`${dir}: no such folder`);
  if (!stat.isDirectory()) throw new Error(`${dir}: not a folder (a dataset is the folder written by -o DIR)`);
  recoverDataset(dir);
}

/**
 * Reads and validates a dataset (documents.json, or the NDJSON parts its datapackage.json lists,
 * through read-documents.ts); throws an Error whose one-line message names the file and the problem.
 */
export async function readDataset(dir: string): Promise<Dataset> {
  await openDatasetFolder(dir);
  const datapackageFile = path.join(dir, DATAPACKAGE_FILE);
  const datapackageText = await readText(datapackageFile);
  const datapackage = datapackageText === null ? null : parseJson(datapackageFile, datapackageText);
  const documents: Document[] = [];
  const seen = new Map<string, number>(); // id → index: ids key everything downstream (diff, links, CSV keys)
  for await (const record of documentTexts(dir, documentsLayout(datapackage))) {
    const file = path.join(dir, record.file);
    const where = `${file}${record.line ? `:${record.line}` : ''}`;
    if (!('text' in record)) throw new Error(record.problem === 'missing' ? `${file}: missing (is ${dir} a dataset written by -o DIR?)` : `${where}: ${record.problem}`);
    const value = parseJson(where, record.text);
    const index = documents.length;
    const result = Document.safeParse(value);
    if (!result.success) throw new Error(`${file}: ${invalidDocument(index, value, result.error.issues[0])}`);
    const first = seen.get(result.data.id);
    if (first !== undefined) throw new Error(`${file}: document ${index}: duplicate id "${result.data.id}" (document ${first} has it too)`);
    seen.set(result.data.id, index);
    documents.push(result.data);
  }
  return { documents, datapackage };
}

/** Why a record is not a Document, worded alike by every reader: its index (and id when it has one), then the field. */
export function invalidDocument(index: number, value: unknown, issue: { path: PropertyKey[]; message: string } | undefined): string {
  const at = issue && issue.path.length ? issue.path.join('.') : 'record';
  const id = typeof (value as { id?: unknown } | null)?.id === 'string' ? ` (${(value as { id: string }).id})` : '';
  return `document ${index}${id}: ${at}: ${issue?.message ?? 'invalid'}`;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/**
 * The rules hash and tool version a datapackage.json records. The writer's exact layout is
 * another module's business, so this looks at the top level and one object down (e.g.
 * `{"customs-extract": {"version", "rulesHash"}}`) rather than at one fixed path.
 */
export function readProvenance(datapackage: unknown): Provenance {
  if (!isRecord(datapackage)) return { rulesHash: null, toolVersion: null };
  const holders = [datapackage, ...Object.values(datapackage).filter(isRecord)];
  const holder = holders.find((h) => str(h.rulesHash) !== null);
  const rulesHash = holder ? str(holder.rulesHash) : null;
  const toolVersion =
    (holder && str(holder.toolVersion)) ??
    (holder && holder !== datapackage ? str(holder.version) : null) ??
    holders.map((h) => str(h.toolVersion)).find((v) => v !== null) ??
    null;
  return { rulesHash, toolVersion };
}
