// npm run schemas: regenerates schemas/*.schema.json from the zod records, and the compiled
// document validator from the document's schema.
// tests/schema/schemas.test.ts fails when the committed files drift from the records.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeGenerated, writeSchemas } from '../io/write-schemas.js';
import { documentValidatorSource, DOCUMENT_VALIDATOR_FILE } from './validator-source.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
for (const file of await writeSchemas(path.join(root, 'schemas'))) process.stdout.write(`wrote ${path.relative(root, file)}\n`);
process.stdout.write(`wrote ${path.relative(root, await writeGenerated(path.join(root, DOCUMENT_VALIDATOR_FILE), documentValidatorSource()))}\n`);
