// schemas/*.schema.json are generated from the zod records (npm run schemas); this fails when
// a record changes and the files were not regenerated.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RECORD_NAMES, recordJsonSchemaText, schemaFileName } from '../../src/format/json-schema.js';
import { ROOT } from '../helpers.js';
import { documentValidatorSource, DOCUMENT_VALIDATOR_FILE } from '../../src/tools/validator-source.js';

const DIR = path.join(ROOT, 'schemas');

describe('schemas/', () => {
  it('holds one file per record, and nothing else', () => {
    expect(readdirSync(DIR).sort()).toEqual(RECORD_NAMES.map(schemaFileName).sort());
  });

  for (const name of RECORD_NAMES) {
    it(`${schemaFileName(name)} is what the zod record gives (run npm run schemas if not)`, () => {
      expect(readFileSync(path.join(DIR, schemaFileName(name)), 'utf8')).toBe(recordJsonSchemaText(name));
    });
  }
});

describe(DOCUMENT_VALIDATOR_FILE, () => {
  it("is ajv's standalone code for schemas/document.schema.json (run npm run schemas if not)", () => {
    expect(readFileSync(path.join(ROOT, DOCUMENT_VALIDATOR_FILE), 'utf8')).toBe(documentValidatorSource());
  });

  it('imports nothing: the product runs it without ajv, a dev dependency only', () => {
    const source = documentValidatorSource();
    expect(source).not.toMatch(/^\s*import\b|\brequire\(/m);
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    expect(pkg.dependencies.ajv).toBeUndefined();
    expect(pkg.devDependencies.ajv).toBeDefined();
  });
});
