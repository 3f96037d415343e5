// `--since DIR`: documents whose input bytes (sha256), rules (rulesHash), tool version and
// output-changing options match the previous dataset in DIR are copied from it, not extracted
// again. Both the planned inputs and a dataset are in id order, so the previous documents are
// read once, alongside the run, one at a time.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ToolStamp } from '../format/datapackage.js';
import type { Document } from '../schema/records.js';
import type { InputList } from './input-list.js';
import { readDatapackage, streamDocuments } from './stream-dataset.js';

export interface SincePlan {
  /** inputs to copy from the previous dataset */
  reused: number;
  /** why nothing can be copied (another version, rules or options), or null */
  incompatible: string | null;
}

/**
 * Marks the entries (loose files only) whose bytes hash to the sha256 the previous dataset
 * records for the same id; returns how many. Nothing is marked when the previous dataset was
 * made by another version, other rules or other output-changing options.
 */
export async function planSince(dir: string, inputs: InputList, tool: ToolStamp, options: { excel: boolean; encoding: string | null }): Promise<SincePlan> {
  const pkg = (await readDatapackage(dir)) as { customs_extract?: Record<string, unknown> } | null;
  const ce = pkg?.customs_extract ?? {};
  const incompatible =
    ce.version !== tool.version
      ? `made by version ${String(ce.version)}`
      : ce.rulesHash !== tool.rulesHash
        ? 'made with other rules'
        : ce.excel !== options.excel
          ? `written ${ce.excel ? 'with' : 'without'} --excel`
          : ce.encoding === undefined
            ? 'it does not record whether --encoding was used'
            : ce.encoding !== options.encoding
              ? `written ${ce.encoding === null ? 'without --encoding' : `with --encoding ${String(ce.encoding)}`}, this run ${options.encoding === null ? 'without' : `with --encoding ${options.encoding}`}`
              : null;
  if (incompatible) return { reused: 0, incompatible };
  // id -> index in `inputs`, of the loose files (a plan's inputs carry no bytes)
  const wanted = new Map<string, number>();
  for (let k = 0; k < inputs.length; k++) if (!inputs.isArchive(k) && !inputs.isStdin(k)) wanted.set(inputs.idAt(k), k);
  let reused = 0;
  for await (const doc of streamDocuments(dir, pkg)) {
    const k = wanted.get(doc.id);
    const entry = k === undefined ? undefined : inputs.at(k);
    if (k === undefined || !entry || entry.path !== doc.path || entry.size !== doc.bytes) continue;
    let bytes: Buffer;
    try {
      bytes = readFileSync(entry.location);
    } catch {
      continue; // read (and reported) by the run as usual
    }
    if (createHash('sha256').update(bytes).digest('hex') !== doc.sha256) continue;
    inputs.markReused(k);
    reused++;
  }
  return { reused, incompatible: null };
}

/** The previous dataset's documents for the marked entries, asked for in id order. */
export function previousDocuments(dir: string): (id: string) => Promise<Document> {
  const docs = streamDocuments(dir);
  return async (id) => {
    for (;;) {
      const step = await docs.next();
      if (step.done) throw new Error(`--since: ${id} is no longer in ${dir}`);
      if (step.value.id === id) return step.value;
    }
  };
}
