// The parts every command shares: the io it writes through, the exit codes, size parsing and the
// message prefix. A leaf module: it imports nothing of the CLI, so cli.ts and commands/*.ts both
// import it and not each other (tests/import-cycles.test.ts).

import { EXIT } from '../errors.js';

export const EXIT_OK: number = EXIT.ok;
/** some input could not be processed, --fail-on matched, no document read, another run holds DIR */
export const EXIT_SOME_FAILED: number = EXIT.someFailed;
/** a usage error, or an output folder -o may not write: nothing was read or written */
export const EXIT_USAGE: number = EXIT.usage;

export const NAME = 'customs-extract';

export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
}

const SIZE = /^(\d+)\s*([kmg]?)i?b?$/i;
const SIZE_FACTOR: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** `50000000`, `800k`, `50MB`, `2GiB` → bytes; null when not a positive size */
export function parseSize(text: string): number | null {
  const m = SIZE.exec(text.trim());
  if (!m) return null;
  const n = Number(m[1]) * SIZE_FACTOR[m[2]!.toLowerCase()]!;
  return n > 0 && Number.isSafeInteger(n) ? n : null;
}
