// Which planned inputs a run processes, and in what order: --include/--exclude globs, --shard K/N,
// and id order, so that every dataset lists its documents by id, and the datasets of N shards
// merge into the one a single run writes.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import picomatch from 'picomatch';
import { readStdin, type InputEntry } from './read-inputs.js';
import type { InputList } from './input-list.js';
import { compareIds } from '../format/id-order.js';

export interface Shard {
  index: number;
  count: number;
}

/** `K/N` with 0 ≤ K < N, as JOB_COMPLETION_INDEX and SLURM array ids count; null when it is not one. */
export function parseShard(text: string): Shard | null {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!m) return null;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return Number.isSafeInteger(count) && count >= 1 && index < count ? { index, count } : null;
}

/**
 * The shard an input belongs to: the first 8 bytes of the SHA-256 of its relative path (an
 * archive's own path: an archive is never split), as an unsigned big-endian integer, modulo N.
 */
export function shardOf(relPath: string, count: number): number {
  const digest = createHash('sha256').update(relPath, 'utf8').digest();
  return Number(digest.readBigUInt64BE(0) % BigInt(count));
}

export interface SelectOptions {
  include?: readonly string[];
  exclude?: readonly string[];
  shard?: Shard | null;
}

/** An archive sorts where its members' ids (`id/…`) do, not where its own id would. */
export const sortKey = (e: InputEntry): string => (e.archive ? `${e.id}/` : e.id);

/** sortKey of the input at `k`, made from the list's columns (no entry made). */
export const sortKeyAt = (inputs: InputList, k: number): string => (inputs.isArchive(k) ? `${inputs.idAt(k)}/` : inputs.idAt(k));

/**
 * The inputs to process, in id order. Globs match the input's relative path (`dot: true`, so a
 * pattern may name a hidden file; `**` crosses folders); an input is kept when some --include
 * matches (or none is given) and no --exclude does. stdin is always kept and never sharded away
 * from shard 0.
 */
export function selectInputs(inputs: InputList, options: SelectOptions = {}): InputList {
  const include = options.include?.length ? picomatch([...options.include], { dot: true }) : null;
  const exclude = options.exclude?.length ? picomatch([...options.exclude], { dot: true }) : null;
  const shard = options.shard ?? null;
  const kept = inputs.filter((k) => {
    if (inputs.isStdin(k)) return !shard || shard.index === 0;
    if (!include && !exclude && !shard) return true;
    const relPath = inputs.pathAt(k);
    if (include && !include(relPath)) return false;
    if (exclude && exclude(relPath)) return false;
    return !shard || shardOf(relPath, shard.count) === shard.index;
  });
  return kept.sortedBy((k) => sortKeyAt(kept, k), compareIds);
}

/**
 * `--files-from FILE`: the paths FILE lists, one a line (`-`: from stdin). Blank lines and a
 * trailing CR are dropped; a line is a path as written, spaces included.
 */
export async function readPathList(file: string): Promise<string[]> {
  const text = file === '-' ? Buffer.from(await readStdin()).toString('utf8') : await fs.readFile(file, 'utf8');
  return text
    .split('\n')
    .map((l) => l.replace(/\r$/, ''))
    .filter((l) => l !== '');
}
