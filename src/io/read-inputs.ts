// The only reader of the file system: expands arguments into a sorted list of inputs,
// and reads one input's bytes when the pipeline asks for it.
import { ReadError } from '../errors.js';
import { closeSync, constants, fstatSync, lstatSync, openSync, promises as fs, readdirSync, readFileSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import path from 'node:path';
import { templateGroup } from '../stages/article/templates.js';
import { FORMAT_BY_EXTENSION, sniffFormat } from '../rules/formats.js';
import type { InputFormat } from '../schema/records.js';
import type { SourceFile } from '../stages/types.js';
import { archiveKindOf, type ArchiveKind } from './read-archive.js';
import { idOf, InputList, type InputEntry, type InputPlace } from './input-list.js';
import { compareIds } from '../format/id-order.js';

export type { InputEntry } from './input-list.js';

export interface InputProblem {
  path: string;
  code: string;
  message: string;
}

export interface SkippedInput {
  path: string;
  /** why, in a few words: `not a document type`, `a link leading outside FOLDER (--follow reads it)` */
  reason: string;
}

export interface InputPlan {
  /** in argument order, sorted within each folder; entries are made as they are asked for (InputList.at) */
  inputs: InputList;
  skipped: SkippedInput[];
  /** arguments that do not exist: failed inputs (exit 1), the others still written */
  missing: InputProblem[];
  /** inputs that cannot be processed before reading (id clashes, unreadable folders) */
  failures: InputProblem[];
}

export interface PlanOptions {
  stdinName?: string;
  /** --root DIR: paths and ids relative to DIR for every argument (an argument outside it is a usage error) */
  root?: string;
  /** follow links that lead outside the folder argument they are found in */
  follow?: boolean;
}

function formatOf(file: string): InputFormat | null | 'skip' {
  const ext = path.extname(file).toLowerCase();
  if (!ext) return null;
  return FORMAT_BY_EXTENSION[ext] ?? 'skip';
}

function isDocumentName(name: string): boolean {
  const ext = path.extname(name).toLowerCase();
  return (ext !== '' && ext in FORMAT_BY_EXTENSION) || archiveKindOf(name) !== null;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A file name's bytes as text, losslessly: UTF-8 if they are UTF-8, else GB18030 (names made on
 * Chinese Windows machines) if they decode and encode back to the same bytes, else every byte
 * outside printable ASCII, and `%`, percent-escaped.
 */
export function nameOf(bytes: Buffer): string {
  try {
    return UTF8.decode(bytes);
  } catch {
    // not UTF-8
  }
  const gb = iconv.decode(bytes, 'gb18030');
  if (!gb.includes('\uFFFD') && iconv.encode(gb, 'gb18030').equals(bytes)) return gb;
  let out = '';
  for (const b of bytes) out += b >= 0x20 && b < 0x7f && b !== 0x25 ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  return out;
}

/** A folder argument: its location and the relative path it stands for, each with a trailing separator, its path's length in bytes, and its number in the plan (InputList.addBase). */
interface WalkBase {
  location: string;
  rel: string;
  rawLength: number;
  index: number;
}

/** A folder being walked: its path's bytes, whether they are all UTF-8, its relative path, and the folder argument it is in. */
interface Folder {
  raw: Buffer;
  utf8: boolean;
  rel: string;
  base: WalkBase;
}

/** A file's names: its relative path, and where the plan finds its location (below its folder argument, or in full). */
interface Named {
  rel: string;
  utf8: boolean;
  place: InputPlace;
}

/**
 * A file's names. When its path is UTF-8 (and `/` separates), the path below the folder argument
 * is decoded once, and the plan keeps only it (the location and relative path are the argument's
 * prefixes joined to it); else the location is the whole path decoded.
 */
function namesOf(dir: Folder, raw: Buffer, rawName: Buffer, name: string): Named {
  const utf8 = dir.utf8 && isUtf8(rawName);
  if (utf8 && path.sep === '/') {
    const below = UTF8.decode(raw.subarray(dir.base.rawLength));
    return { rel: dir.base.rel + below, utf8, place: { base: dir.base.index, below } };
  }
  const rel = dir.rel ? `${dir.rel}/${name}` : name;
  return { rel, utf8, place: { location: nameOf(raw), path: rel } };
}

interface WalkState {
  /** the plan's inputs, added as the walk lists each file: no second list of files is held */
  inputs: InputList;
  /** files listed that are not documents, said after the walk's own skips */
  notDocuments: SkippedInput[];
  failures: InputProblem[];
  skipped: SkippedInput[];
  follow: boolean;
  /** real paths of the folders walked: a link back to one of them (a cycle) is not walked again */
  walked: Set<string>;
  /** device, then inode, of every file listed, with its input's index (its path when not an input): no file is read twice */
  seen: Map<number, Map<number, number | string>>;
}

const SEP = Buffer.from(path.sep);
const join = (dir: Buffer, name: Buffer): Buffer => Buffer.concat([dir, SEP, name]);
/** A path's real path as a string of its bytes (latin1), so that names not UTF-8 compare exactly. */
const realKey = (p: Buffer | string): string => realpathSync.native(p, { encoding: 'buffer' }).toString('latin1');
const inside = (child: string, root: string): boolean => child === root || child.startsWith(root.endsWith(path.sep) ? root : root + path.sep);

/**
 * A file found, as the plan's input: an archive, a document, or a skip (-1). A 1 GB corpus lists
 * about 230,000 files, so the plan holds of each only the path below its folder argument
 * (InputList), and the bytes of its path only when its name is not UTF-8 (rawLocation).
 */
function addEntry(state: WalkState, named: Named, raw: Buffer | null, size: number): number {
  const { rel, place } = named;
  const archive = archiveKindOf(rel);
  if (archive) return state.inputs.add({ place, format: null, size, archive: archive.kind, rawLocation: null });
  const format = formatOf(rel);
  if (format === 'skip') {
    state.notDocuments.push({ path: rel, reason: 'not a document type' });
    return -1;
  }
  // a name that is not UTF-8 is opened by its bytes
  const rawLocation = raw && 'location' in place && !Buffer.from(place.location).equals(raw) ? raw.toString('base64') : null;
  return state.inputs.add({ place, format, size, archive: null, rawLocation });
}

/** Lists a file once: a second path to the same file (a link, or two arguments) is skipped. */
function addFile(state: WalkState, named: Named, raw: Buffer | null, stat: Stats): void {
  let inodes = state.seen.get(stat.dev);
  const first = inodes?.get(stat.ino);
  if (first !== undefined) {
    state.skipped.push({ path: named.rel, reason: `the same file as ${typeof first === 'number' ? state.inputs.pathAt(first) : first}, read once` });
    return;
  }
  const index = addEntry(state, named, raw, stat.size);
  if (stat.isFile()) {
    if (!inodes) state.seen.set(stat.dev, (inodes = new Map()));
    inodes.set(stat.ino, index >= 0 ? index : named.rel);
  }
}

/**
 * Synchronous, as readSource is: planning waits for the whole walk anyway, and a promise per
 * stat made planning 21,431 files take 0.8 s instead of 0.2 s. Names are read as bytes. A link
 * is followed when it leads inside `root` (the folder argument's real path), or with --follow.
 */
function walk(dir: Folder, root: string, state: WalkState): void {
  let names: Buffer[];
  try {
    names = readdirSync(dir.raw, { encoding: 'buffer' }).sort(Buffer.compare);
  } catch (e) {
    state.failures.push({ path: dir.rel || nameOf(dir.raw), code: 'read/unreadable-folder', message: `cannot read folder: ${(e as NodeJS.ErrnoException).code ?? String(e)}` });
    return;
  }
  for (const rawName of names) {
    const name = nameOf(rawName);
    // hidden files and folders (.git, editor state, a dataset's staging folder) are not documents, as ripgrep skips them
    if (name.startsWith('.')) continue;
    const raw = join(dir.raw, rawName);
    const named = namesOf(dir, raw, rawName, name);
    const { rel: childRel, utf8 } = named;
    // a path not UTF-8 keeps its bytes, to be opened by them
    const keptRaw = utf8 ? null : raw;
    let stat: Stats;
    try {
      const link = lstatSync(raw);
      if (link.isSymbolicLink()) {
        let real: string;
        try {
          real = realKey(raw);
        } catch {
          addEntry(state, named, keptRaw, 0); // dangling link: reported when read
          continue;
        }
        if (!state.follow && !inside(real, root)) {
          state.skipped.push({ path: childRel, reason: 'a link leading outside the folder (--follow reads it)' });
          continue;
        }
      }
      stat = link.isSymbolicLink() ? statSync(raw) : link;
    } catch {
      addEntry(state, named, keptRaw, 0); // gone meanwhile: reported when read
      continue;
    }
    if (stat.isDirectory() && !isDocumentName(name)) {
      const real = realKey(raw);
      if (state.walked.has(real)) {
        state.skipped.push({ path: childRel, reason: 'a folder already read (a link cycle, or a second link to it)' });
        continue;
      }
      state.walked.add(real);
      walk({ raw, utf8, rel: childRel, base: dir.base }, root, state);
    }
    // a folder named like a document (`x.txt/`) is listed, and refused when read
    else addFile(state, named, keptRaw, stat);
  }
}

/** Expands arguments into inputs, in argument order and sorted within each folder. */
export async function planInputs(args: string[], options: PlanOptions = {}): Promise<InputPlan> {
  const plan: InputPlan = { inputs: InputList.empty(), skipped: [], missing: [], failures: [] };
  const state: WalkState = { inputs: plan.inputs, notDocuments: [], failures: plan.failures, skipped: plan.skipped, follow: options.follow ?? false, walked: new Set(), seen: new Map() };
  for (const arg of args) {
    if (arg === '-') {
      const name = options.stdinName ?? 'stdin';
      const format = formatOf(name);
      plan.inputs.add({ place: { location: '-', path: name }, format: format === 'skip' ? null : format, size: 0, archive: null, rawLocation: null });
      continue;
    }
    let stat;
    try {
      stat = await fs.stat(arg);
    } catch {
      plan.missing.push({ path: arg, code: 'read/no-such-path', message: 'no such file or folder' });
      continue;
    }
    let rel: string | null = null;
    if (options.root !== undefined) {
      rel = path.relative(path.resolve(options.root), path.resolve(arg)).split(path.sep).join('/');
      if (rel === '..' || rel.startsWith('../') || path.isAbsolute(rel)) {
        plan.missing.push({ path: arg, code: 'usage/outside-root', message: `is outside --root ${options.root}` });
        continue;
      }
    }
    const location = path.resolve(arg);
    if (stat.isDirectory()) {
      const real = realKey(location);
      if (state.walked.has(real)) {
        plan.skipped.push({ path: arg, reason: 'a folder already read' });
        continue;
      }
      state.walked.add(real);
      const raw = Buffer.from(location);
      const prefixes = { location: location + path.sep, rel: rel ? `${rel}/` : '' };
      const base = { ...prefixes, rawLength: raw.length + SEP.length, index: plan.inputs.addBase(prefixes) };
      walk({ raw, utf8: true, rel: rel ?? '', base }, real, state);
    } else {
      const fileRel = rel ?? path.basename(arg);
      addFile(state, { rel: fileRel, utf8: true, place: { location, path: fileRel } }, Buffer.from(location), stat);
    }
  }
  state.seen.clear();
  plan.inputs.fit();
  plan.skipped.push(...state.notDocuments);
  refuseIdClashes(plan);
  return plan;
}

/**
 * Two inputs with one id would overwrite each other downstream: both are refused. Ids are
 * counted first, so that a corpus of hundreds of thousands of files builds no group per file.
 * An archive's own id names no document (its members' ids are `id/…`): archives are compared
 * by their members' ids, once the run's inputs are chosen (archive-id-clashes.ts).
 */
function refuseIdClashes(plan: InputPlan): void {
  const { inputs } = plan;
  // sorted by id, inputs sharing one are neighbours; no id is kept (the plan holds none)
  // archives are left out: their members' ids are compared in archive-id-clashes.ts
  const byId = inputs.positionsBy((k) => inputs.idAt(k), compareIds).filter((k) => !inputs.isArchive(k));
  const groups = new Map<string, number[]>();
  for (let n = 1; n < byId.length; n++) {
    const id = inputs.idAt(byId[n]!);
    if (id !== inputs.idAt(byId[n - 1]!)) continue;
    const group = groups.get(id) ?? [byId[n - 1]!];
    groups.set(id, [...group, byId[n]!]);
  }
  const clashing = new Set<number>();
  // reported in the plan's order, as the walk found them (a group's members are in that order)
  for (const [id, group] of [...groups].sort((x, y) => x[1][0]! - y[1][0]!)) {
    for (const k of group) {
      clashing.add(k);
      const others = group.filter((o) => o !== k).map((o) => inputs.pathAt(o));
      plan.failures.push({ path: inputs.pathAt(k), code: 'read/id-clash', message: `id "${id}" is also the id of ${others.join(', ')}; rename one of them` });
    }
  }
  if (clashing.size > 0) plan.inputs = inputs.filter((k) => !clashing.has(k));
}

/** Reads stdin, stopping as soon as it holds more than `maxBytes` (the rest is not read). */
export async function readStdin(maxBytes = Infinity): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new ReadError('read/too-large', `too large: over --max-bytes ${maxBytes} (stopped reading stdin)`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Default --max-bytes: larger files are refused rather than read. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/**
 * Reads one input's bytes. Throws an Error with a one-line message on failure.
 * Files are read synchronously: a document is read only when the thread reading it (a worker,
 * or the main thread with --jobs 1) is about to process it, so there is nothing else for the
 * thread to do meanwhile, and the promise API's round trips through the thread pool (open, stat,
 * read, close) cost about six times the read itself on small files (10 MB corpus: 573 ms vs 88 ms).
 */
export async function readSource(entry: InputEntry, maxBytes = DEFAULT_MAX_BYTES): Promise<SourceFile> {
  let bytes: Uint8Array;
  if (entry.bytes) {
    // an archive member, read with the archive (its size already held to maxBytes there)
    return { path: entry.path, id: entry.id, bytes: entry.bytes, format: entry.format ?? sniffFormat(entry.bytes), group: templateGroup(entry.path, entry.url), ...(entry.charset ? { charset: entry.charset } : {}), ...(entry.url ? { url: entry.url } : {}) };
  }
  if (entry.archive) throw new Error('cannot read: an archive is read member by member');
  if (entry.location === '-') bytes = await readStdin(maxBytes);
  else bytes = readFileAt(entry.rawLocation !== undefined ? Buffer.from(entry.rawLocation, 'base64') : entry.location, maxBytes);
  return { path: entry.path, id: entry.id, bytes, format: entry.format ?? sniffFormat(bytes), group: templateGroup(entry.location) };
}

/**
 * Opened without waiting (a FIFO opens at once, with no writer) and without becoming a terminal's
 * controlling process; 0 where the platform has no such flag.
 */
const OPEN_AT_ONCE = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/**
 * A file's bytes: opened, checked by fstat and read, so that its path is looked up once (a
 * stat of the path and readFileSync's own open and fstat cost two lookups and an fstat a
 * file). A file that cannot be opened is judged by readChecked, whose errors stand.
 */
function readFileAt(location: string | Buffer, maxBytes: number): Uint8Array {
  let fd: number;
  try {
    fd = openSync(location, OPEN_AT_ONCE);
  } catch {
    return readChecked(location, maxBytes);
  }
  try {
    const stat = fstatSync(fd);
    checkReadable(stat, maxBytes);
    // a regular file of size 0 may still hold bytes (a /proc file): read to its end, as readFileSync does
    if (stat.size === 0) return readFileSync(fd);
    // as readFileSync reads a regular file: its size's worth at most, less if it ends sooner
    const bytes = Buffer.allocUnsafe(stat.size);
    let at = 0;
    while (at < bytes.length) {
      const read = readSync(fd, bytes, at, bytes.length - at, null);
      if (read === 0) break;
      at += read;
    }
    return at < bytes.length ? bytes.subarray(0, at) : bytes;
  } catch (e) {
    if (e instanceof ReadError) throw e;
    throw new ReadError('read/failed', `cannot read: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  } finally {
    closeSync(fd);
  }
}

/** What a file that is read must be: a regular file, of at most maxBytes. */
function checkReadable(stat: Stats, maxBytes: number): void {
  if (stat.isDirectory()) throw new ReadError('read/folder', 'cannot read: it is a folder');
  if (!stat.isFile()) throw new ReadError('read/not-a-file', 'cannot read: not a regular file (a FIFO, socket or device)');
  if (stat.size > maxBytes) throw new ReadError('read/too-large', `too large: ${stat.size} bytes is over --max-bytes ${maxBytes}`);
}

/** A file read the long way: stat'ed by path first (what it is, or why it is not there), then read. */
function readChecked(location: string | Buffer, maxBytes: number): Uint8Array {
  let stat;
  try {
    stat = statSync(location);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ReadError(code === 'ENOENT' ? 'read/gone' : 'read/failed', code === 'ENOENT' ? 'cannot read: the file is gone (a dangling link, or removed during the run)' : `cannot read: ${code ?? String(e)}`);
  }
  // checked before opening: opening a FIFO without O_NONBLOCK would wait for a writer
  checkReadable(stat, maxBytes);
  try {
    return readFileSync(location);
  } catch (e) {
    throw new ReadError('read/failed', `cannot read: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
}
