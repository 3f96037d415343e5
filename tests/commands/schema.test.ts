// `customs-extract schema [NAME]` prints the JSON Schema that schemas/ holds; the schema accepts
// the tool's own output and rejects a broken record.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SEEDS, messages, runBin } from '../helpers.js';

describe('customs-extract schema', () => {
  it('prints the document schema by default, the same as schemas/document.schema.json', () => {
    const r = runBin(['schema']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(readFileSync(path.join(ROOT, 'schemas', 'document.schema.json'), 'utf8'));
    const schema = JSON.parse(r.stdout) as { $schema: string; required: string[] };
    expect(schema.$schema).toMatch(/json-schema\.org/);
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'path', 'encoding', 'bytes', 'sha256', 'title', 'metadata', 'text', 'removed', 'warnings', 'sections', 'columns', 'metrics']));
  });

  it('prints a named record; --list names them all', () => {
    const list = runBin(['schema', '--list']).stdout.trim().split('\n');
    expect(list).toEqual(expect.arrayContaining(['document', 'section', 'column', 'metric']));
    for (const name of list) expect(runBin(['schema', name]).stdout).toBe(readFileSync(path.join(ROOT, 'schemas', `${name}.schema.json`), 'utf8'));
  });

  it('an unknown record is a usage error (exit 2) naming the choices', () => {
    const r = runBin(['schema', 'invoice']);
    expect(r.status).toBe(2);
    expect(messages(r.stderr)).toEqual([expect.stringContaining('no record "invoice"; one of document')]);
  });

  it('the printed schema describes the real output: required keys present, enum values allowed', () => {
    const schema = JSON.parse(runBin(['schema']).stdout) as { required: string[]; properties: Record<string, { enum?: string[]; properties?: Record<string, { enum?: string[] }> }> };
    const docs = JSON.parse(runBin([SEEDS]).stdout) as Array<Record<string, unknown>>;
    for (const doc of docs) {
      for (const key of schema.required) expect(doc).toHaveProperty(key);
      expect(Object.keys(doc).every((k) => k in schema.properties)).toBe(true);
      expect(schema.properties.format!.enum).toContain(doc.format);
      expect(schema.properties.encoding!.properties!.how!.enum).toContain((doc.encoding as { how: string }).how);
    }
  });
});
