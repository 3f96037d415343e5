// The Parquet copies of a dataset's tables, as DuckDB statements made from the same table
// declarations as the CSV writer and datapackage.json: each Parquet file is the CSV read back with
// its declared types (no detection), so the two cannot disagree. Nothing here runs them: the
// statements are pure text, src/io/write-parquet.ts hands them to DuckDB.
import { type FieldType, type Table } from './tables.js';

/** The DuckDB (and so Parquet) type of each Table Schema type. */
export const PARQUET_TYPE: Readonly<Record<FieldType, string>> = {
  string: 'VARCHAR',
  integer: 'BIGINT',
  number: 'DOUBLE',
  boolean: 'BOOLEAN',
  date: 'DATE',
};

/** The struct the metrics' `change_*` columns are folded into, field → CSV column. */
const CHANGE_STRUCT: ReadonlyArray<readonly [string, string]> = [
  ['direction', 'direction'],
  ['value', 'change_value'],
  ['unit', 'change_unit'],
  ['basis', 'basis'],
];
const CHANGE_COLUMNS = new Set(['change_value', 'change_unit']);

export const sqlString = (s: string): string => `'${s.replaceAll("'", "''")}'`;
const ident = (s: string): string => `"${s.replaceAll('"', '""')}"`;

export interface ParquetOptions {
  /** the CSV files were written with --excel: a BOM, and text cells guarded with a leading ' */
  excel: boolean;
}

/** A text cell as the document has it: the --excel guard (a leading ' before = + - @ tab CR) taken off. */
function cellExpr(name: string, type: FieldType, options: ParquetOptions): string {
  const col = ident(name);
  return options.excel && type === 'string' ? `CASE WHEN regexp_matches(${col}, '^''[=+\\-@\\t\\r]') THEN substr(${col}, 2) ELSE ${col} END` : col;
}

/** The Parquet columns of a table, in order: its CSV fields, with the metrics' change as one struct. */
export function parquetColumns(table: Table, options: ParquetOptions): Array<{ name: string; expr: string }> {
  const out: Array<{ name: string; expr: string }> = [];
  for (const f of table.fields) {
    if (table.name === 'metrics' && CHANGE_COLUMNS.has(f.name)) {
      if (f.name !== 'change_value') continue;
      const type = (name: string): FieldType => table.fields.find((g) => g.name === name)!.type;
      const members = CHANGE_STRUCT.map(([key, column]) => `${key} := ${cellExpr(column, type(column), options)}`).join(', ');
      // a quantity's attached change; a standalone change keeps its direction and basis in their columns
      out.push({ name: 'change', expr: `CASE WHEN "kind" = 'quantity' AND "change_value" IS NOT NULL THEN struct_pack(${members}) END` });
      continue;
    }
    out.push({ name: f.name, expr: cellExpr(f.name, f.type, options) });
  }
  return out;
}

/** One COPY statement: the table's CSV, read with its declared types, written to a Parquet file in the same order. */
export function parquetCopySql(table: Table, csvPath: string, parquetPath: string, options: ParquetOptions): string {
  const columns = `{${table.fields.map((f) => `${sqlString(f.name)}: ${sqlString(PARQUET_TYPE[f.type])}`).join(', ')}}`;
  const select = parquetColumns(table, options)
    .map((c) => `${c.expr} AS ${ident(c.name)}`)
    .join(', ');
  const read = `read_csv(${sqlString(csvPath)}, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', columns = ${columns})`;
  return `COPY (SELECT ${select} FROM ${read}) TO ${sqlString(parquetPath)} (FORMAT parquet, COMPRESSION zstd)`;
}

/** Settings that make the files depend on nothing but the rows: one thread, rows in file order, bounded memory. */
export const PARQUET_SESSION: Readonly<Record<string, string>> = {
  threads: '1',
  preserve_insertion_order: 'true',
  memory_limit: '256MB',
};

export const parquetFileName = (table: Table): string => `${table.name}.parquet`;

