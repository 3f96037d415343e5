// JSON Schemas of the output records, generated from the zod records (the one definition).
import * as z from 'zod';
import { RECORD_SCHEMAS, type RecordName } from '../schema/records.js';

export const RECORD_NAMES = Object.keys(RECORD_SCHEMAS) as RecordName[];

export function isRecordName(name: string): name is RecordName {
  return Object.hasOwn(RECORD_SCHEMAS, name);
}

/** The JSON Schema (draft 2020-12) of one record, titled with its name. */
export function recordJsonSchema(name: RecordName): Record<string, unknown> {
  const schema = z.toJSONSchema(RECORD_SCHEMAS[name], { target: 'draft-2020-12', unrepresentable: 'throw' }) as Record<string, unknown>;
  const { $schema, ...rest } = schema;
  return { $schema, title: name, ...rest };
}

export function schemaFileName(name: RecordName): string {
  return `${name}.schema.json`;
}

export function recordJsonSchemaText(name: RecordName): string {
  return `${JSON.stringify(recordJsonSchema(name), null, 2)}\n`;
}
