// datapackage.json: a Frictionless Data Package describing a dataset, made from the same table
// declarations as the CSV writer so the two cannot disagree. No timestamps: two runs of the same
// tool over the same input give the same bytes.
import { TABLES, type FieldType, type Table } from './tables.js';

export interface ToolStamp {
  name: string;
  version: string;
  /** sha256 over the compiled rule tables: equal hashes mean the same rules made the data */
  rulesHash: string;
}

export interface DatasetOptions {
  /** the CSV files were written with --excel (BOM, formula guard) */
  excel: boolean;
  /** --encoding: every input was decoded with this encoding (its canonical name); null: detected per document */
  encoding: string | null;
}

export interface TableSchemaField {
  name: string;
  type: FieldType;
  description: string;
  constraints?: { required?: true; enum?: readonly string[] };
}

export interface TableSchema {
  fields: TableSchemaField[];
  primaryKey: string[];
  foreignKeys: Table['foreignKeys'];
  missingValues: string[];
}

export interface TabularResource {
  name: string;
  path: string;
  profile: 'tabular-data-resource';
  format: 'csv';
  mediatype: 'text/csv';
  encoding: 'utf-8';
  description: string;
  dialect: { delimiter: ','; header: true; doubleQuote: true; lineTerminator: '\n' };
  schema: TableSchema;
}

export interface JsonResource {
  name: 'documents-json';
  path: 'documents.json';
  profile: 'data-resource';
  format: 'json';
  mediatype: 'application/json';
  encoding: 'utf-8';
  description: string;
}

/** The documents in NDJSON form: numbered parts, one document a line (a multipart Data Resource). */
export interface NdjsonResource {
  name: 'documents-ndjson';
  path: string[];
  profile: 'data-resource';
  format: 'ndjson';
  mediatype: 'application/x-ndjson';
  encoding: 'utf-8';
  description: string;
}

export interface DataPackage {
  profile: 'data-package';
  name: string;
  title: string;
  customs_extract: ToolStamp & DatasetOptions;
  resources: Array<JsonResource | NdjsonResource | TabularResource>;
}

export function tableSchema(table: Table): TableSchema {
  return {
    fields: table.fields.map((f) => ({
      name: f.name,
      type: f.type,
      description: f.description,
      ...(f.required || f.enum ? { constraints: { ...(f.required ? { required: true as const } : {}), ...(f.enum ? { enum: f.enum } : {}) } } : {}),
    })),
    primaryKey: table.primaryKey,
    foreignKeys: table.foreignKeys,
    // an empty cell is a null; an empty string is written quoted ("")
    missingValues: [''],
  };
}

/**
 * The package of a dataset. `documentParts`: the NDJSON parts the documents were written in
 * (past --split-size), or null for documents.json.
 */
export function dataPackage(tool: ToolStamp, options: DatasetOptions, tables: readonly Table[] = TABLES, documentParts: readonly string[] | null = null): DataPackage {
  return {
    profile: 'data-package',
    name: 'customs-extract-dataset',
    title: 'Documents extracted by customs-extract',
    customs_extract: { ...tool, ...options },
    resources: [
      documentParts
        ? {
            name: 'documents-ndjson',
            path: [...documentParts],
            profile: 'data-resource',
            format: 'ndjson',
            mediatype: 'application/x-ndjson',
            encoding: 'utf-8',
            description: 'every document record in full, one a line, in numbered parts read in order (schema: customs-extract schema document)',
          }
        : {
            name: 'documents-json',
            path: 'documents.json',
            profile: 'data-resource',
            format: 'json',
            mediatype: 'application/json',
            encoding: 'utf-8',
            description: 'every document record in full, as an array (schema: customs-extract schema document)',
          },
      ...tables.map(
        (table): TabularResource => ({
          name: table.name,
          path: `${table.name}.csv`,
          profile: 'tabular-data-resource',
          format: 'csv',
          mediatype: 'text/csv',
          encoding: 'utf-8',
          description: table.description,
          dialect: { delimiter: ',', header: true, doubleQuote: true, lineTerminator: '\n' },
          schema: tableSchema(table),
        }),
      ),
    ],
  };
}

export function toDataPackageJson(pkg: DataPackage): string {
  return `${JSON.stringify(pkg, null, 2)}\n`;
}
