// `--failures FILE`: each input that failed becomes one NDJSON record {path, code, message} in
// FILE, so that an engine's task succeeds while the report still lists what failed. The file is
// written whole at the end of the run (through a temporary file and a rename).
import { writeFileAtomic } from './write-file-atomic.js';

export interface FailureRecord {
  path: string;
  code: string;
  message: string;
}

export const failuresNdjson = (records: readonly FailureRecord[]): string => records.map((r) => `${JSON.stringify({ path: r.path, code: r.code, message: r.message })}\n`).join('');

export async function writeFailures(file: string, records: readonly FailureRecord[]): Promise<void> {
  await writeFileAtomic(file, failuresNdjson(records));
}
