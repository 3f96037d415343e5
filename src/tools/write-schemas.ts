// npm run schemas: regenerates schemas/*.schema.json from the zod records.
// tests/schema/schemas.test.ts fails when the committed files drift from the records.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSchemas } from '../io/write-schemas.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
for (const file of await writeSchemas(path.join(root, 'schemas'))) process.stdout.write(`wrote ${path.relative(root, file)}\n`);
