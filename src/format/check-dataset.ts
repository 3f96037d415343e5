// Checks a dataset's CSV tables against the Table Schemas its datapackage.json declares (types,
// required fields, primary and foreign keys) and against documents.json. Pure: the caller reads.
import * as z from 'zod';
import type { Document } from '../schema/records.js';
import { parseCsv } from './parse-csv.js';
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
  resources: z.array(z.object({ name: z.string(), path: z.string(), profile: z.string() }).loose()),
});
type TabularResource = z.infer<typeof TabularResource>;

export interface DatasetFiles {
  /** documents.json, read and validated record by record; null when it could not be */
  documents: Document[] | null;
  datapackage: unknown;
  /** the text of each CSV file named by the package, null when missing */
  csv: Record<string, string | null>;
}

/** A problem found: where, and what. */
export interface DatasetProblem {
  file: string;
  line?: number;
  message: string;
}

interface LoadedTable {
  resource: TabularResource;
  rows: Array<Array<string | null>>;
  /** 1-based line of each row (rows can span lines) */
  lines: number[];
}

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

export function checkDataset(files: DatasetFiles, limit = 20): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const report = (p: DatasetProblem): boolean => {
    problems.push(p);
    return problems.length >= limit;
  };
  const pkg = PackageSchema.safeParse(files.datapackage);
  if (!pkg.success) {
    const issue = pkg.error.issues[0]!;
    report({ file: 'datapackage.json', message: `${issue.path.join('.') || '(package)'}: ${issue.message}` });
    return problems;
  }
  const excel = pkg.data.customs_extract.excel;
  const resources = tabularResources(files.datapackage);
  for (const expected of TABLES) {
    if (!resources.some((r) => r.name === expected.name)) report({ file: 'datapackage.json', message: `no tabular resource "${expected.name}"` });
  }
  const tables = new Map<string, LoadedTable>();
  for (const resource of resources) {
    if (problems.length >= limit) return problems;
    const text = files.csv[resource.path];
    if (text === undefined || text === null) {
      report({ file: resource.path, message: 'missing' });
      continue;
    }
    const parsed = parseCsv(excel && text.startsWith('\uFEFF') ? text.slice(1) : text);
    if (parsed.error) {
      report({ file: resource.path, line: parsed.error.line, message: parsed.error.message });
      continue;
    }
    const [header, ...rows] = parsed.rows;
    const names = resource.schema.fields.map((f) => f.name);
    if (!header || header.join(',') !== names.join(',')) {
      report({ file: resource.path, line: 1, message: `header is ${JSON.stringify(header ?? [])}, the Table Schema says ${JSON.stringify(names)}` });
      continue;
    }
    // line numbers: count the newlines inside each row's quoted fields
    const lines: number[] = [];
    let line = 2;
    for (const row of rows) {
      lines.push(line);
      line += 1 + row.reduce((n, cell) => n + (cell ? (cell.match(/\n/g)?.length ?? 0) : 0), 0);
    }
    const table: LoadedTable = { resource, rows, lines };
    if (checkCells(table, report)) return problems;
    tables.set(resource.name, table);
  }
  if (checkKeys(tables, report)) return problems;
  if (files.documents) checkAgainstJson(files.documents, tables, excel, report);
  return problems;
}

function checkCells(table: LoadedTable, report: (p: DatasetProblem) => boolean): boolean {
  const { resource, rows, lines } = table;
  const fields = resource.schema.fields;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    const at = { file: resource.path, line: lines[r]! };
    if (row.length !== fields.length) {
      if (report({ ...at, message: `${row.length} cells, the Table Schema has ${fields.length} fields` })) return true;
      continue;
    }
    for (let c = 0; c < fields.length; c++) {
      const field = fields[c]!;
      const cell = row[c] ?? null;
      if (cell === null) {
        if (field.constraints?.required && report({ ...at, message: `${field.name}: required, but empty` })) return true;
        continue;
      }
      const bad =
        (field.type === 'integer' && !INTEGER.test(cell)) ||
        (field.type === 'number' && !NUMBER.test(cell)) ||
        (field.type === 'boolean' && !BOOLEAN.test(cell)) ||
        (field.type === 'date' && dayOf(cell) !== cell);
      if (bad && report({ ...at, message: `${field.name}: "${cell}" is not ${field.type === 'integer' ? 'an' : 'a'} ${field.type}` })) return true;
      const allowed = field.constraints?.enum;
      if (!bad && allowed && !allowed.includes(cell) && report({ ...at, message: `${field.name}: "${cell}" is not one of ${allowed.join(', ')}` })) return true;
    }
  }
  return false;
}

const keyOf = (row: Array<string | null>, indexes: number[]): string | null => {
  const parts = indexes.map((i) => row[i] ?? null);
  return parts.some((p) => p === null) ? null : JSON.stringify(parts);
};

function checkKeys(tables: Map<string, LoadedTable>, report: (p: DatasetProblem) => boolean): boolean {
  const indexOf = (t: LoadedTable, names: string[]): number[] | null => {
    const all = t.resource.schema.fields.map((f) => f.name);
    const idx = names.map((n) => all.indexOf(n));
    return idx.some((i) => i < 0) ? null : idx;
  };
  for (const t of tables.values()) {
    const pk = t.resource.schema.primaryKey ?? [];
    if (pk.length === 0) continue;
    const idx = indexOf(t, pk);
    if (!idx) {
      if (report({ file: t.resource.path, message: `primary key ${pk.join(', ')} names a field the table does not have` })) return true;
      continue;
    }
    const seen = new Set<string>();
    for (let r = 0; r < t.rows.length; r++) {
      const key = keyOf(t.rows[r]!, idx);
      const at = { file: t.resource.path, line: t.lines[r]! };
      if (key === null) {
        if (report({ ...at, message: `primary key (${pk.join(', ')}) is empty` })) return true;
      } else if (seen.has(key)) {
        if (report({ ...at, message: `primary key (${pk.join(', ')}) ${key} appears twice` })) return true;
      } else seen.add(key);
    }
  }
  for (const t of tables.values()) {
    for (const fk of t.resource.schema.foreignKeys ?? []) {
      const target = tables.get(fk.reference.resource);
      const from = indexOf(t, fk.fields);
      const to = target ? indexOf(target, fk.reference.fields) : null;
      if (!target || !from || !to) {
        if (report({ file: t.resource.path, message: `foreign key (${fk.fields.join(', ')}) → ${fk.reference.resource} names a table or field that does not exist` })) return true;
        continue;
      }
      const keys = new Set(target.rows.map((row) => keyOf(row, to)));
      for (let r = 0; r < t.rows.length; r++) {
        const key = keyOf(t.rows[r]!, from);
        // a key with an empty part refers to nothing (a metric outside any section), as Frictionless reads it
        if (key !== null && !keys.has(key)) {
          if (report({ file: t.resource.path, line: t.lines[r]!, message: `(${fk.fields.join(', ')}) ${key} has no row in ${fk.reference.resource} (${fk.reference.fields.join(', ')})` })) return true;
        }
      }
    }
  }
  return false;
}

/** The CSV tables say what documents.json says: the same documents, in order, with as many rows each. */
function checkAgainstJson(documents: Document[], tables: Map<string, LoadedTable>, excel: boolean, report: (p: DatasetProblem) => boolean): void {
  const unguard = (s: string | null): string | null => (excel && s !== null && EXCEL_GUARDED.test(s) ? s.slice(1) : s);
  const docs = tables.get('documents');
  if (docs) {
    const idCol = docs.resource.schema.fields.findIndex((f) => f.name === 'id');
    const csvIds = docs.rows.map((row) => unguard(row[idCol] ?? null));
    const jsonIds = documents.map((d) => d.id);
    if (csvIds.length !== jsonIds.length) {
      if (report({ file: 'documents.csv', message: `${csvIds.length} rows, documents.json has ${jsonIds.length} documents` })) return;
    } else {
      const i = csvIds.findIndex((id, k) => id !== jsonIds[k]);
      if (i >= 0 && report({ file: 'documents.csv', line: docs.lines[i]!, message: `id "${csvIds[i]}", documents.json has "${jsonIds[i]}" there` })) return;
    }
  }
  const counts: Array<[string, (d: Document) => number]> = [
    ['sections', (d) => d.sections.length],
    ['columns', (d) => d.columns.length],
    ['metrics', (d) => d.metrics.length],
  ];
  for (const [name, count] of counts) {
    const t = tables.get(name);
    if (!t) continue;
    const expected = documents.reduce((n, d) => n + count(d), 0);
    if (t.rows.length !== expected && report({ file: `${name}.csv`, message: `${t.rows.length} rows, documents.json has ${expected} ${name}` })) return;
  }
  const seen = new Set<string>();
  for (const d of documents) {
    const at = { file: 'documents.json' };
    if (seen.has(d.id) && report({ ...at, message: `document id "${d.id}" appears twice` })) return;
    seen.add(d.id);
    const sections = new Set(d.sections.map((s) => s.id));
    const columns = new Set(d.columns.map((c) => c.id));
    for (const m of d.metrics) {
      const problem =
        m.doc !== d.id ? `doc is "${m.doc}", not its document's id` : m.section !== null && !sections.has(m.section) ? `section "${m.section}" is not a section of the document` : m.column !== null && !columns.has(m.column) ? `column "${m.column}" is not a 专栏 of the document` : null;
      if (problem && report({ ...at, message: `${d.id}: metric ${m.id}: ${problem}` })) return;
    }
  }
}
