// `customs-extract diff`. STUB: not yet built.
import type { CliIo } from '../cli.js';

export async function run(_args: string[], io: CliIo): Promise<number> {
  io.stderr.write('customs-extract: diff: not available yet\n');
  return 2;
}
