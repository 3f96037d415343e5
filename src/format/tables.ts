// The CSV tables of a dataset, declared once: the CSV writer and the datapackage.json
// Table Schemas are both made from these declarations.
import { codePointLength } from '../lib/span.js';
import type { Column, Document, Metric, Section } from '../schema/records.js';
import { BASES, DIRECTIONS, ENCODING_HOWS, INPUT_FORMATS, KNOWN_METADATA_KEYS, METRIC_KINDS, QUALIFIERS, type KnownMetadataKey } from '../schema/vocabulary.js';

/** Table Schema types; `date` is a day written YYYY-MM-DD (the Table Schema's default date format). */
export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date';
export type Cell = string | number | boolean | null;

export interface Field<Row> {
  name: string;
  type: FieldType;
  description: string;
  /** never empty: declared as a `required` constraint in the Table Schema */
  required?: boolean;
  /** the only values a non-empty cell may hold: an `enum` constraint */
  enum?: readonly string[];
  /** the cell of a row; `doc` is the document the row belongs to (rows do not copy its id) */
  get: (row: Row, doc: Document) => Cell;
}

export type TableName = 'documents' | 'sections' | 'columns' | 'metrics';

export interface TableDef<Row> {
  name: TableName;
  description: string;
  primaryKey: string[];
  foreignKeys: Array<{ fields: string[]; reference: { resource: string; fields: string[] } }>;
  rows: (doc: Document) => Row[];
  fields: Array<Field<Row>>;
}

/** A table with its row type erased: field declarations plus a function giving one document's cells. */
export interface Table {
  name: TableName;
  description: string;
  primaryKey: string[];
  foreignKeys: TableDef<unknown>['foreignKeys'];
  fields: Array<Omit<Field<unknown>, 'get' | 'required'> & { required: boolean }>;
  cells: (doc: Document) => Cell[][];
  /** the rows of a document, to be read by `getters`: cells(doc) is rows(doc).map((row) => getters.map((get) => get(row, doc))) */
  rows: (doc: Document) => readonly unknown[];
  /** one a field, in field order */
  getters: ReadonlyArray<(row: unknown, doc: Document) => Cell>;
}

function defineTable<Row>(def: TableDef<Row>): Table {
  return {
    name: def.name,
    description: def.description,
    primaryKey: def.primaryKey,
    foreignKeys: def.foreignKeys,
    fields: def.fields.map(({ name, type, description, required, enum: values }) => ({ name, type, description, required: required ?? false, ...(values ? { enum: values } : {}) })),
    cells: (doc) => def.rows(doc).map((row) => def.fields.map((f) => f.get(row, doc))),
    rows: def.rows,
    getters: def.fields.map((f) => f.get as (row: unknown, doc: Document) => Cell),
  };
}

export { codePointLength } from '../lib/span.js';

const json = (v: unknown): string | null => (v === null || v === undefined ? null : JSON.stringify(v));

const KNOWN_KEYS = new Set<string>(KNOWN_METADATA_KEYS);

/** The metadata keys that hold dates (`YYYY-MM-DD[ HH:MM[:SS]]` once the clean stage has read them). */
export const DATE_METADATA_KEYS: ReadonlySet<string> = new Set<KnownMetadataKey>(['pageDate', 'publishDate', 'effectiveDate', 'expiryDate']);
const DAY = /^(\d{4})-(\d{2})-(\d{2})(?![\d])/;

/**
 * The day a date value states (`2024-01-05` of `2024-01-05 08:48`), or null when it states none
 * that exists: a day of the proleptic Gregorian calendar (JavaScript's Date) from the year 100 on
 * (Date.UTC reads a year below 100 as 19YY, so an earlier day was never the one read back). Counted
 * here, not by a Date and a match array per value: the documents table asks it for every date
 * field of every document.
 */
export function dayOf(value: string | null | undefined): string | null {
  if (!value || !DAY.test(value)) return null;
  const y = digitsAt(value, 0, 4);
  const mo = digitsAt(value, 5, 2);
  const d = digitsAt(value, 8, 2);
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const days = mo === 2 ? (leap ? 29 : 28) : mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31;
  if (y < 100 || mo < 1 || mo > 12 || d < 1 || d > days) return null;
  return value.length === 10 ? value : value.slice(0, 10);
}

/** The number the `n` ASCII digits of `text` at `at` write. */
function digitsAt(text: string, at: number, n: number): number {
  let v = 0;
  for (let i = at; i < at + n; i++) v = 10 * v + text.charCodeAt(i) - 48;
  return v;
}

/**
 * Metadata the columns do not hold whole, as a JSON object: keys that have no column, and a
 * date key's value as stated when its column's day is not all of it (a time of day, or text
 * that is no date), so the CSV loses nothing.
 */
const extraMetadata = (doc: Document): string | null => {
  const { metadata } = doc;
  // made only for a document that has such metadata (a null prototype: a key `__proto__` is a key)
  let extra: Record<string, string | null | undefined> | null = null;
  for (const k of Object.keys(metadata)) {
    const v = metadata[k];
    if (!KNOWN_KEYS.has(k) || (DATE_METADATA_KEYS.has(k) && v !== null && v !== undefined && dayOf(v) !== v)) (extra ??= Object.create(null) as Record<string, string | null | undefined>)[k] = v;
  }
  return extra ? JSON.stringify(extra) : null;
};

export const DOCUMENTS_TABLE: Table = defineTable<Document>({
  name: 'documents',
  description: 'one row a document',
  primaryKey: ['id'],
  foreignKeys: [],
  rows: (doc) => [doc],
  fields: [
    { name: 'id', type: 'string', description: 'document id: its path without the extension', required: true, get: (d) => d.id },
    { name: 'path', type: 'string', description: 'path relative to the folder argument', required: true, get: (d) => d.path },
    { name: 'format', type: 'string', description: 'text, html or markdown', required: true, enum: INPUT_FORMATS, get: (d) => d.format },
    { name: 'encoding', type: 'string', description: 'encoding the bytes were decoded with', required: true, get: (d) => d.encoding.name },
    { name: 'encoding_how', type: 'string', description: 'how the encoding was chosen: bom, http, declared, utf8-valid, utf8-replaced, gb18030, option', required: true, enum: ENCODING_HOWS, get: (d) => d.encoding.how },
    { name: 'bytes', type: 'integer', description: 'size of the input in bytes', required: true, get: (d) => d.bytes },
    { name: 'sha256', type: 'string', description: 'SHA-256 of the input bytes', required: true, get: (d) => d.sha256 },
    { name: 'title', type: 'string', description: 'document title', get: (d) => d.title },
    ...KNOWN_METADATA_KEYS.filter((k) => k !== 'title').map(
      (k): Field<Document> =>
        DATE_METADATA_KEYS.has(k)
          ? { name: k, type: 'date', description: `the day metadata.${k} states (a time of day, or a value that is no date, is in metadata_extra)`, get: (d) => dayOf(d.metadata[k]) }
          : { name: k, type: 'string', description: `metadata.${k} as the document states it`, get: (d) => d.metadata[k] ?? null },
    ),
    { name: 'metadata_extra', type: 'string', description: 'any other metadata, and a date field as stated when it is more than a day, as a JSON object', get: extraMetadata },
    { name: 'characters', type: 'integer', description: 'length of the cleaned text in code points', required: true, get: (d) => codePointLength(d.text) },
    { name: 'removed_blocks', type: 'integer', description: 'boilerplate blocks removed', required: true, get: (d) => d.removed.length },
    { name: 'removed_characters', type: 'integer', description: 'characters of boilerplate removed', required: true, get: (d) => d.removed.reduce((n, r) => n + codePointLength(r.text), 0) },
    { name: 'warnings', type: 'integer', description: 'number of warnings', required: true, get: (d) => d.warnings.length },
    { name: 'sections', type: 'integer', description: 'number of sections', required: true, get: (d) => d.sections.length },
    { name: 'columns', type: 'integer', description: 'number of 专栏 boxes', required: true, get: (d) => d.columns.length },
    { name: 'metrics', type: 'integer', description: 'number of metrics', required: true, get: (d) => d.metrics.length },
  ],
});

export const SECTIONS_TABLE: Table = defineTable<Section>({
  name: 'sections',
  description: 'one row a section',
  primaryKey: ['doc', 'id'],
  foreignKeys: [{ fields: ['doc'], reference: { resource: 'documents', fields: ['id'] } }],
  rows: (doc) => doc.sections,
  fields: [
    { name: 'doc', type: 'string', description: 'document id', required: true, get: (_s, doc) => doc.id },
    { name: 'id', type: 'string', description: 'section id, a path such as s3.2', required: true, get: (s) => s.id },
    { name: 'level', type: 'integer', description: 'nesting level, 1 at the top', required: true, get: (s) => s.level },
    { name: 'marker', type: 'string', description: 'heading marker as written', get: (s) => s.marker },
    { name: 'number', type: 'integer', description: 'the number the marker spells', get: (s) => s.number },
    { name: 'title', type: 'string', description: 'heading title', get: (s) => s.title },
    { name: 'parent', type: 'string', description: 'id of the parent section', get: (s) => s.parent },
    { name: 'span_start', type: 'integer', description: 'start offset in the cleaned text (code points)', required: true, get: (s) => s.span[0] },
    { name: 'span_end', type: 'integer', description: 'end offset in the cleaned text (code points)', required: true, get: (s) => s.span[1] },
  ],
});

export const COLUMNS_TABLE: Table = defineTable<Column>({
  name: 'columns',
  description: 'one row a 专栏 box',
  primaryKey: ['doc', 'id'],
  foreignKeys: [{ fields: ['doc'], reference: { resource: 'documents', fields: ['id'] } }],
  rows: (doc) => doc.columns,
  fields: [
    { name: 'doc', type: 'string', description: 'document id', required: true, get: (_c, doc) => doc.id },
    { name: 'id', type: 'string', description: '专栏 id', required: true, get: (c) => c.id },
    { name: 'number', type: 'integer', description: 'the box number (专栏N)', get: (c) => c.number },
    { name: 'title', type: 'string', description: 'box title', get: (c) => c.title },
    { name: 'section', type: 'string', description: 'id of the section the box sits in', get: (c) => c.section },
    { name: 'items', type: 'integer', description: 'number of items', required: true, get: (c) => c.items.length },
    { name: 'is_table', type: 'boolean', description: 'whether the box is a table', required: true, get: (c) => c.table !== null },
    { name: 'table', type: 'string', description: 'the table as JSON {header, rows}', get: (c) => json(c.table) },
    { name: 'span_start', type: 'integer', description: 'start offset in the cleaned text (code points)', required: true, get: (c) => c.span[0] },
    { name: 'span_end', type: 'integer', description: 'end offset in the cleaned text (code points)', required: true, get: (c) => c.span[1] },
  ],
});

export const METRICS_TABLE: Table = defineTable<Metric>({
  name: 'metrics',
  description: 'one row a metric, its change flattened into columns',
  primaryKey: ['id'],
  // A metric outside any section or 专栏 has an empty key field, which a foreign key skips.
  foreignKeys: [
    { fields: ['doc'], reference: { resource: 'documents', fields: ['id'] } },
    { fields: ['doc', 'section'], reference: { resource: 'sections', fields: ['doc', 'id'] } },
    { fields: ['doc', 'column'], reference: { resource: 'columns', fields: ['doc', 'id'] } },
  ],
  rows: (doc) => doc.metrics,
  fields: [
    { name: 'id', type: 'string', description: 'metric id', required: true, get: (m) => m.id },
    { name: 'doc', type: 'string', description: 'document id', required: true, get: (m) => m.doc },
    { name: 'section', type: 'string', description: 'id of the innermost section holding it', get: (m) => m.section },
    { name: 'column', type: 'string', description: 'id of the 专栏 box holding it', get: (m) => m.column },
    { name: 'raw', type: 'string', description: 'the mention as written', get: (m) => m.raw },
    { name: 'value', type: 'number', description: 'value in base units', required: true, get: (m) => m.value },
    { name: 'unit', type: 'string', description: 'unit or measure word', get: (m) => m.unit },
    { name: 'unit_normal', type: 'string', description: 'the unit in one normal form (cm → 厘米, m² → 平方米)', get: (m) => m.unitNormal },
    { name: 'qualifier', type: 'string', description: 'exact, approx, atLeast, atMost or range', required: true, enum: QUALIFIERS, get: (m) => m.qualifier },
    { name: 'value_max', type: 'number', description: 'upper bound of a range', get: (m) => m.valueMax },
    { name: 'kind', type: 'string', description: 'quantity or change', required: true, enum: METRIC_KINDS, get: (m) => m.kind },
    { name: 'direction', type: 'string', description: 'up or down (standalone change, or the attached change)', enum: DIRECTIONS, get: (m) => m.direction ?? m.change?.direction ?? null },
    { name: 'change_value', type: 'number', description: 'value of the attached change', get: (m) => m.change?.value ?? null },
    { name: 'change_unit', type: 'string', description: 'unit of the attached change', get: (m) => m.change?.unit ?? null },
    { name: 'basis', type: 'string', description: 'yoy or pop', enum: BASES, get: (m) => m.basis ?? m.change?.basis ?? null },
    { name: 'from', type: 'number', description: 'earlier value', get: (m) => m.from },
    { name: 'label', type: 'string', description: 'what is measured', get: (m) => m.label },
    { name: 'period', type: 'string', description: 'period the value refers to', get: (m) => m.period },
    { name: 'span_start', type: 'integer', description: 'start offset in the cleaned text (code points)', required: true, get: (m) => m.span[0] },
    { name: 'span_end', type: 'integer', description: 'end offset in the cleaned text (code points)', required: true, get: (m) => m.span[1] },
  ],
});

export const TABLES: readonly Table[] = [DOCUMENTS_TABLE, SECTIONS_TABLE, COLUMNS_TABLE, METRICS_TABLE];
