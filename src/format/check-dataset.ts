// Checks a dataset's CSV tables against the Table Schemas its datapackage.json declares (types,
// required fields, primary and foreign keys) and against documents.json, every record against the
// zod Document schema. Streaming: documents.json and the tables are read a document at a time,
// in step (the tool writes every table's rows grouped by document, in documents.csv's order, and
// validate requires that), so memory is bounded by the largest document plus its id per document,
// whatever the size of the dataset. Pure: the caller hands in the files' text as chunks.
import * as z from 'zod';
import { Document } from '../schema/records.js';
import { CsvRecordSplitter, type CsvProblem, type CsvRecord } from './csv-records.js';
import { TABLES, dayOf } from './tables.js';

const FieldSchema = z.object({
  name: z.string(),
  type: z.enum(['string', 'integer', 'number', 'boolean', 'date']),
  constraints: z.object({ required: z.boolean().optional(), enum: z.array(z.string()).optional() }).optional(),
});
const ForeignKey = z.object({ fields: z.array(z.string()).min(1), reference: z.object({ resource: z.string(), fields: z.array(z.string()).min(1) }) });
const TabularResource = z.object({
  name: z.string(),
  path: z.string(),
  profile: z.literal('tabular-data-resource'),
  schema: z.object({ fields: z.array(FieldSchema).min(1), primaryKey: z.array(z.string()).optional(), foreignKeys: z.array(ForeignKey).optional() }),
});
const PackageSchema = z.object({
  customs_extract: z.object({ name: z.string(), version: z.string(), rulesHash: z.string().regex(/^sha256:[0-9a-f]{64}$/), excel: z.boolean() }),
  // a path is a file, or a list of files (the documents' NDJSON parts)
  resources: z.array(z.object({ name: z.string(), path: z.union([z.string(), z.array(z.string()).min(1)]), profile: z.string() }).loose()),
});
type TabularResource = z.infer<typeof TabularResource>;

const INTEGER = /^-?\d+$/;
const NUMBER = /^-?\d+(?:\.\d+)?$/;
const BOOLEAN = /^(?:true|false)$/;
const EXCEL_GUARDED = /^'[=+\-@\t\r]/;

export function tabularResources(datapackage: unknown): TabularResource[] {
  const pkg = PackageSchema.safeParse(datapackage);
  if (!pkg.success) return [];
  return pkg.data.resources.flatMap((r) => {
    const t = TabularResource.safeParse(r);
    return t.success ? [t.data] : [];
  });
}

/** The names of the CSV files a datapackage.json declares (the caller reads them). */
export function csvFilesOf(datapackage: unknown): string[] {
  return tabularResources(datapackage).map((r) => r.path);
}

/**
 * One document's record as JSON text, with the file it is in (and, for NDJSON, its line); or the
 * first problem of the documents' files (one missing, or not in its form), after which none is read.
 */
export type DocumentText = { file: string; line?: number; text: string } | { file: string; line?: number; problem: string };

/** The files of a dataset, as text chunks; null for a file that is missing. */
export interface DatasetSources {
  /** the documents' records, in order (documents.json's, or its NDJSON parts') */
  documents: AsyncIterable<DocumentText>;
  /** how messages name the documents' files (default documents.json) */
  documentsName?: string;
  /** the parsed datapackage.json, or null when missing or not JSON (the caller reports that) */
  datapackage: unknown;
  /** a CSV file the package names (a plain file name), or null when it is missing */
  csv: (file: string) => AsyncIterable<string> | null;
}

/** A problem found: where, and what. */
export interface DatasetProblem {
  file: string;
  line?: number;
  message: string;
}

export interface DatasetCounts {
  documents: number;
  sections: number;
  columns: number;
  metrics: number;
}

/** Thrown once `limit` problems are found: the check stops there. */
class Enough extends Error {}

/** One CSV table read row by row, with a row of look-ahead. */
class TableReader {
  readonly names: string[];
  /** the table cannot be read on (a syntax problem, a wrong header): its keys are not checked */
  broken = false;
  rows = 0;
  private queue: Array<CsvRecord | CsvProblem> = [];
  private readonly iterator: AsyncIterator<string> | null;
  private readonly splitter: CsvRecordSplitter;
  private done = false;

  constructor(
    readonly resource: TabularResource,
    chunks: AsyncIterable<string> | null,
    excel: boolean,
    private readonly report: (p: DatasetProblem) => void,
  ) {
    this.names = resource.schema.fields.map((f) => f.name);
    this.iterator = chunks ? chunks[Symbol.asyncIterator]() : null;
    this.splitter = new CsvRecordSplitter(excel);
    if (!chunks) {
      this.broken = true;
      report({ file: resource.path, message: 'missing' });
    }
  }

  get file(): string {
    return this.resource.path;
  }

  /** Reads and checks the header: false when the table is missing or its header is not the Table Schema's. */
  async open(): Promise<boolean> {
    if (this.broken) return false;
    const header = await this.next();
    this.rows = 0; // rows are data rows
    if (this.broken) return false;
    if (!header || header.cells.join(',') !== this.names.join(',')) {
      this.report({ file: this.file, line: 1, message: `header is ${JSON.stringify(header?.cells ?? [])}, the Table Schema says ${JSON.stringify(this.names)}` });
      this.broken = true;
      return false;
    }
    return true;
  }

  /** The next row without taking it. */
  async peek(): Promise<CsvRecord | null> {
    while (this.queue.length === 0 && !this.done && !this.broken) {
      const r = await this.iterator!.next();
      if (r.done) {
        this.queue.push(...this.splitter.end());
        this.done = true;
      } else this.queue.push(...this.splitter.push(r.value));
    }
    const head = this.queue[0];
    if (!head || this.broken) return null;
    if ('message' in head) {
      this.report({ file: this.file, line: head.line, message: head.message });
      this.broken = true;
      this.queue = [];
      return null;
    }
    return head;
  }

  async next(): Promise<CsvRecord | null> {
    const head = await this.peek();
    if (head) {
      this.queue.shift();
      this.rows++;
    }
    return head;
  }
}

function checkRow(resource: TabularResource, row: CsvRecord, report: (p: DatasetProblem) => void): void {
  const fields = resource.schema.fields;
  const at = { file: resource.path, line: row.line };
  if (row.cells.length !== fields.length) {
    report({ ...at, message: `${row.cells.length} cells, the Table Schema has ${fields.length} fields` });
    return;
  }
  for (let c = 0; c < fields.length; c++) {
    const field = fields[c]!;
    const cell = row.cells[c] ?? null;
    if (cell === null) {
      if (field.constraints?.required) report({ ...at, message: `${field.name}: required, but empty` });
      continue;
    }
    const bad =
      (field.type === 'integer' && !INTEGER.test(cell)) || (field.type === 'number' && !NUMBER.test(cell)) || (field.type === 'boolean' && !BOOLEAN.test(cell)) || (field.type === 'date' && dayOf(cell) !== cell);
    if (bad) report({ ...at, message: `${field.name}: "${cell}" is not ${field.type === 'integer' ? 'an' : 'a'} ${field.type}` });
    const allowed = field.constraints?.enum;
    if (!bad && allowed && !allowed.includes(cell)) report({ ...at, message: `${field.name}: "${cell}" is not one of ${allowed.join(', ')}` });
  }
}

const keyOf = (row: Array<string | null>, indexes: number[]): string | null => {
  const parts = indexes.map((i) => row[i] ?? null);
  return parts.some((p) => p === null) ? null : JSON.stringify(parts);
};
const indexesOf = (names: string[], wanted: string[]): number[] | null => {
  const idx = wanted.map((n) => names.indexOf(n));
  return idx.some((i) => i < 0) ? null : idx;
};

/** Checks one group of rows (one document's, or stray rows): primary key unique within it. */
function checkPrimaryKey(table: TableReader, rows: CsvRecord[], report: (p: DatasetProblem) => void): void {
  const pk = table.resource.schema.primaryKey ?? [];
  if (pk.length === 0) return;
  const idx = indexesOf(table.names, pk);
  if (!idx) return; // reported once, up front
  const seen = new Set<string>();
  for (const row of rows) {
    const key = keyOf(row.cells, idx);
    const at = { file: table.file, line: row.line };
    if (key === null) report({ ...at, message: `primary key (${pk.join(', ')}) is empty` });
    else if (seen.has(key)) report({ ...at, message: `primary key (${pk.join(', ')}) ${key} appears twice` });
    else seen.add(key);
  }
}

/**
 * Checks a dataset; the problems found (at most `limit`), and the counts documents.json gives.
 * documents.json records are checked against the zod schema whatever the package says.
 */
export async function checkDataset(sources: DatasetSources, limit = 20): Promise<{ problems: DatasetProblem[]; counts: DatasetCounts }> {
  const problems: DatasetProblem[] = [];
  const counts: DatasetCounts = { documents: 0, sections: 0, columns: 0, metrics: 0 };
  const report = (p: DatasetProblem): void => {
    problems.push(p);
    if (problems.length >= limit) throw new Enough();
  };
  try {
    await check(sources, report, counts);
  } catch (e) {
    if (!(e instanceof Enough)) throw e;
  }
  return { problems, counts };
}

/** The documents, one valid document at a time (invalid ones reported and skipped). */
async function* jsonDocuments(records: AsyncIterable<DocumentText>, report: (p: DatasetProblem) => void): AsyncGenerator<Document> {
  const seen = new Map<string, number>(); // id → index: one short string a document
  let index = 0;
  for await (const element of records) {
    const at = { file: element.file, ...(element.line ? { line: element.line } : {}) };
    if (!('text' in element)) {
      report({ ...at, message: element.problem });
      return;
    }
    let record: unknown;
    try {
      record = JSON.parse(element.text);
    } catch (e) {
      report({ ...at, message: `not valid JSON (${(e as Error).message})` });
      return;
    }
    const result = Document.safeParse(record);
    const i = index++;
    if (!result.success) {
      const issue = result.error.issues[0];
      const where = issue && issue.path.length ? issue.path.join('.') : 'record';
      const id = typeof (record as { id?: unknown } | null)?.id === 'string' ? ` (${(record as { id: string }).id})` : '';
      report({ ...at, message: `document ${i}${id}: ${where}: ${issue?.message ?? 'invalid'}` });
      continue;
    }
    const d = result.data;
    const first = seen.get(d.id);
    if (first !== undefined) report({ ...at, message: `document ${i}: duplicate id "${d.id}" (document ${first} has it too)` });
    seen.set(d.id, i);
    const sections = new Set(d.sections.map((s) => s.id));
    const columns = new Set(d.columns.map((c) => c.id));
    for (const m of d.metrics) {
      const problem =
        m.doc !== d.id
          ? `doc is "${m.doc}", not its document's id`
          : m.section !== null && !sections.has(m.section)
            ? `section "${m.section}" is not a section of the document`
            : m.column !== null && !columns.has(m.column)
              ? `column "${m.column}" is not a 专栏 of the document`
              : null;
      if (problem) report({ ...at, message: `${d.id}: metric ${m.id}: ${problem}` });
    }
    yield d;
  }
}

async function check(sources: DatasetSources, report: (p: DatasetProblem) => void, counts: DatasetCounts): Promise<void> {
  const docs = jsonDocuments(sources.documents, report);
  const docsName = sources.documentsName ?? 'documents.json';
  const drainJson = async (): Promise<void> => {
    for await (const d of docs) tally(d);
  };
  const tally = (d: Document): void => {
    counts.documents++;
    counts.sections += d.sections.length;
    counts.columns += d.columns.length;
    counts.metrics += d.metrics.length;
  };
  if (sources.datapackage === null) return drainJson();
  const pkg = PackageSchema.safeParse(sources.datapackage);
  if (!pkg.success) {
    const issue = pkg.error.issues[0]!;
    report({ file: 'datapackage.json', message: `${issue.path.join('.') || '(package)'}: ${issue.message}` });
    return drainJson();
  }
  const excel = pkg.data.customs_extract.excel;
  const unguard = (s: string | null): string | null => (excel && s !== null && EXCEL_GUARDED.test(s) ? s.slice(1) : s);
  const resources = tabularResources(sources.datapackage);
  for (const expected of TABLES) {
    if (!resources.some((r) => r.name === expected.name)) report({ file: 'datapackage.json', message: `no tabular resource "${expected.name}"` });
  }
  const tables = new Map<string, TableReader>();
  for (const resource of resources) {
    // a resource path is a file inside the dataset, never elsewhere
    const chunks = /^[\w.-]+$/.test(resource.path) ? sources.csv(resource.path) : null;
    const table = new TableReader(resource, chunks, excel, report);
    await table.open();
    tables.set(resource.name, table);
    const pk = resource.schema.primaryKey ?? [];
    if (pk.length && !indexesOf(table.names, pk)) report({ file: resource.path, message: `primary key ${pk.join(', ')} names a field the table does not have` });
  }

  // Pass 1: documents.csv, the order every other table follows: its ids, in order.
  const order = new Map<string, number>();
  const documentsTable = tables.get('documents');
  const idCol = documentsTable ? documentsTable.names.indexOf('id') : -1;
  if (documentsTable && idCol >= 0) {
    for (let row = await documentsTable.next(); row; row = await documentsTable.next()) {
      checkRow(documentsTable.resource, row, report);
      const id = row.cells[idCol] ?? null;
      const at = { file: documentsTable.file, line: row.line };
      if (id === null) report({ ...at, message: 'primary key (id) is empty' });
      else if (order.has(id)) report({ ...at, message: `primary key (id) ${JSON.stringify([id])} appears twice` });
      else {
        order.set(id, order.size);
      }
    }
  }

  // Pass 2: documents.json and the other tables, a document at a time.
  const children = [...tables.values()].filter((t) => t.resource.name !== 'documents' && !t.broken);
  const docCol = new Map(children.map((t) => [t, t.names.indexOf('doc')]));
  let position = 0;
  let jsonMismatch = false;
  const pull = async (table: TableReader, id: string | null): Promise<CsvRecord[]> => {
    const rows: CsvRecord[] = [];
    const col = docCol.get(table)!;
    for (let row = await table.peek(); row; row = await table.peek()) {
      const doc = col >= 0 ? (row.cells[col] ?? null) : null;
      if (id !== null && doc === id) {
        rows.push((await table.next())!);
        checkRow(table.resource, row, report);
        continue;
      }
      if (doc !== null && order.has(doc) && order.get(doc)! >= position && id !== null) break; // a later document's
      await table.next();
      checkRow(table.resource, row, report);
      if (doc === null) continue; // reported as a required cell
      if (!order.has(doc)) {
        if (documentsTable && !documentsTable.broken) report({ file: table.file, line: row.line, message: `(doc) ${JSON.stringify([doc])} has no row in documents (id)` });
      } else report({ file: table.file, line: row.line, message: `rows of document "${doc}" are not together in documents.csv's order` });
    }
    return rows;
  };
  const jsonIterator = docs[Symbol.asyncIterator]();
  for (const id of order.keys()) {
    const next = await jsonIterator.next();
    if (!next.done) {
      tally(next.value);
      if (!jsonMismatch && unguard(id) !== next.value.id) {
        jsonMismatch = true;
        report({ file: documentsTable!.file, message: `id "${unguard(id)}" (row ${position + 1}), ${docsName} has "${next.value.id}" there` });
      }
    }
    const groups = new Map<TableReader, CsvRecord[]>();
    for (const table of children) groups.set(table, await pull(table, id));
    for (const [table, rows] of groups) {
      checkPrimaryKey(table, rows, report);
      checkForeignKeys(table, rows, groups, tables, report);
    }
    position++;
  }
  // what is left: documents.json past documents.csv's rows, rows of no document in order
  for (let next = await jsonIterator.next(); !next.done; next = await jsonIterator.next()) tally(next.value);
  position = order.size;
  for (const table of children) await pull(table, null);
  if (documentsTable && !documentsTable.broken && documentsTable.rows !== counts.documents && !jsonMismatch) {
    report({ file: documentsTable.file, message: `${documentsTable.rows} rows, ${docsName} has ${counts.documents} documents` });
  }
  for (const [name, count] of [['sections', counts.sections], ['columns', counts.columns], ['metrics', counts.metrics]] as const) {
    const t = tables.get(name);
    if (t && !t.broken && t.rows !== count) report({ file: t.file, message: `${t.rows} rows, ${docsName} has ${count} ${name}` });
  }
}

/** A group's foreign keys into another table: checked against that table's rows of the same document. */
function checkForeignKeys(
  table: TableReader,
  rows: CsvRecord[],
  groups: Map<TableReader, CsvRecord[]>,
  tables: Map<string, TableReader>,
  report: (p: DatasetProblem) => void,
): void {
  for (const fk of table.resource.schema.foreignKeys ?? []) {
    if (fk.reference.resource === 'documents') continue; // the grouping itself checks it
    const target = tables.get(fk.reference.resource);
    const from = indexesOf(table.names, fk.fields);
    const to = target ? indexesOf(target.names, fk.reference.fields) : null;
    if (!target || !from || !to) {
      if (rows.length) report({ file: table.file, message: `foreign key (${fk.fields.join(', ')}) → ${fk.reference.resource} names a table or field that does not exist` });
      continue;
    }
    if (target.broken) continue;
    const keys = new Set((groups.get(target) ?? []).map((row) => keyOf(row.cells, to)));
    for (const row of rows) {
      const key = keyOf(row.cells, from);
      // a key with an empty part refers to nothing (a metric outside any section), as Frictionless reads it
      if (key !== null && !keys.has(key)) {
        report({ file: table.file, line: row.line, message: `(${fk.fields.join(', ')}) ${key} has no row in ${fk.reference.resource} (${fk.reference.fields.join(', ')})` });
      }
    }
  }
}
