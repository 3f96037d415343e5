// zod's definition of the document record, for the documents the compiled validator rejects
// (finalise.ts: zod's verdict and message stand). It is loaded only then: writing a dataset of
// valid documents never loads zod (95 modules, some 75 ms of CPU per thread at start-up, a worker
// thread's too). It is loaded when first asked for, synchronously (require of an ES module:
// Node ≥ 20.19 and 22.12); on an older Node, the CLI and its workers import it at start-up
// (loadRecordsWithoutRequire), and the library's index hands over the one it imports.
import { createRequire } from 'node:module';
import type { Document } from './records.js';

type DocumentSchema = typeof Document;
type Records = typeof import('./records.js');

let loaded: DocumentSchema | null = null;

/** The schema, from a module that imported records.ts already (the library's index). */
export function documentSchemaLoaded(schema: DocumentSchema): void {
  loaded = schema;
}

/** Whether this Node can require an ES module (`process.features.require_module`). */
const requiresEsm = (): boolean => (process.features as { require_module?: boolean }).require_module === true;

/** zod's document schema, loaded now if it was not yet. */
export function documentSchema(): DocumentSchema {
  if (loaded === null && requiresEsm()) loaded = (createRequire(import.meta.url)('./records.js') as Records).Document;
  if (loaded === null) throw new Error('internal: the record definitions (schema/records.js) are not loaded');
  return loaded;
}

/** Where require cannot load an ES module (Node < 20.19), the definitions are imported ahead, at a thread's start. */
export async function loadRecordsWithoutRequire(): Promise<void> {
  if (loaded === null && !requiresEsm()) loaded = (await import('./records.js')).Document;
}
