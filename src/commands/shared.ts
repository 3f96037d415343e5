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

/** An input a plan could not take before reading (the shape of `InputPlan`'s problems). */
export interface PlanProblem {
  path: string;
  code: string;
  message: string;
}

/**
 * Every subcommand that takes input paths reports its plan's problems here: one line
 * `customs-extract: PATH: reason` each, paths that do not exist first, then inputs refused
 * before reading (id clashes, unreadable folders). Each is a failed input (exit 1, the README's
 * exit codes), never a usage error: the other inputs are still processed. Returns the problems
 * reported, so a caller can also record them (`--failures`) and set its exit code.
 */
export function reportPlanProblems<P extends PlanProblem>(plan: { missing: readonly P[]; failures: readonly P[] }, say: (line: string) => void): P[] {
  const problems = [...plan.missing, ...plan.failures];
  for (const p of problems) say(`${p.path}: ${p.message}`);
  return problems;
}
