// Shared by the tests: where things are, and how to run the built CLI as a user would.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SEEDS = path.join(ROOT, 'seeds');
export const FIXTURES = path.join(ROOT, 'fixtures');
export const GOLD = path.join(ROOT, 'tests', 'gold');
export const BIN = path.join(ROOT, 'bin', 'customs-extract');

export function tempDir(prefix = 'ce-test-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/** Runs the built CLI (npm test builds first) in a child process. */
export function runBin(args: string[], options: { input?: string | Buffer; cwd?: string; env?: NodeJS.ProcessEnv } = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    encoding: 'utf8',
    env: { ...process.env, ...options.env },
    maxBuffer: 256 * 1024 * 1024,
  });
}
