// What the tool may replace in an output folder DIR, and how it replaces it without losing data.
//
// - The manifest (`customs-extract.manifest.json`) lists every file the tool wrote in DIR. A run
//   replaces those files only; everything else in DIR stays.
// - A missing or empty DIR is created. A non-empty DIR without a manifest is refused, unless
//   every entry in it is a known output of the tool (a dataset written before manifests existed).
// - A lock file names the run writing DIR; a second run refuses while that process lives.
// - The new files are written into a staging folder inside DIR. The commit point is one rename
//   of that folder to `.customs-extract.commit`; from then on the new dataset is complete and
//   `finishCommit` (run by the committing process, the next run, or a reader through
//   `recoverDataset`) moves it into place, removes the old files the new manifest no longer
//   lists, and moves the manifest last. Every step can be repeated, so a kill at any point
//   leaves the old dataset (before the commit point) or the new one (after it).
import { OutputBusyError, OutputDirError } from '../errors.js';
import { closeSync, existsSync, fsyncSync, linkSync, mkdirSync, openSync, readdirSync, readFileSync, realpathSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import path from 'node:path';
import { DATASET_FILES } from '../format/encode-document.js';
import { DOCUMENTS_PART } from './read-documents.js';

export const MANIFEST_FILE = 'customs-extract.manifest.json';
const LOCK_FILE = '.customs-extract.lock';
const STAGING_PREFIX = '.customs-extract.staging-';
const COMMIT_DIR = '.customs-extract.commit';
const MANIFEST_KIND = 'customs-extract manifest';

/** The tool's own bookkeeping entries in DIR: neither user files nor dataset files. */
export function isInternalEntry(name: string): boolean {
  return name === LOCK_FILE || name.startsWith(`${LOCK_FILE}.`) || name === COMMIT_DIR || name.startsWith(STAGING_PREFIX);
}

// ---------------------------------------------------------------------------------------------
// The registry of outputs: every writer that puts a file into a dataset folder registers its
// name (or a pattern of names) here. The registry decides which files a dataset written before
// manifests existed may hold, and commit refuses to list a file no writer registered, so a
// new writer cannot forget to say what it owns.

export interface OutputKind {
  /** a file name, or a pattern over the /-separated path inside DIR */
  name: string | RegExp;
  /** what the file is, for messages and the README */
  what: string;
}

const OUTPUTS: OutputKind[] = [];

/** Declares that the tool writes files of this name (or pattern) into a dataset folder. */
export function registerOutput(name: string | RegExp, what: string): void {
  if (!OUTPUTS.some((o) => String(o.name) === String(name))) OUTPUTS.push({ name, what });
}

/** The outputs registered so far. */
export function registeredOutputs(): readonly OutputKind[] {
  return OUTPUTS;
}

export function isRegisteredOutput(rel: string): boolean {
  return OUTPUTS.some((o) => (typeof o.name === 'string' ? o.name === rel : o.name.test(rel)));
}

for (const name of DATASET_FILES) registerOutput(name, name.endsWith('.json') ? 'the documents as a JSON array' : 'a CSV table');
registerOutput(DOCUMENTS_PART, 'a numbered NDJSON part of the documents, written instead of documents.json past --split-size');
registerOutput('datapackage.json', 'the Frictionless Data Package');
registerOutput('review.html', 'the review page');

// ---------------------------------------------------------------------------------------------

export { OutputBusyError, OutputDirError };

interface Manifest {
  kind: typeof MANIFEST_KIND;
  version: 1;
  files: string[];
}

export function manifestJson(files: readonly string[]): string {
  const manifest: Manifest = { kind: MANIFEST_KIND, version: 1, files: [...files].sort() };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

function parseManifest(file: string): string[] | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  let parsed: Partial<Manifest>;
  try {
    parsed = JSON.parse(text) as Partial<Manifest>;
  } catch {
    throw new OutputDirError('output/bad-manifest', `${MANIFEST_FILE} is not valid JSON; remove it only if the folder holds nothing but a dataset`);
  }
  if (parsed.kind !== MANIFEST_KIND || !Array.isArray(parsed.files) || !parsed.files.every((f) => typeof f === 'string' && isSafeRelative(f)))
    throw new OutputDirError('output/bad-manifest', `${MANIFEST_FILE} is not a manifest this tool wrote`);
  return parsed.files;
}

/** A manifest entry may only name a file below DIR. */
function isSafeRelative(rel: string): boolean {
  return rel !== '' && !rel.startsWith('/') && !rel.split('/').some((p) => p === '' || p === '.' || p === '..') && !isInternalEntry(rel.split('/')[0]!) && rel !== MANIFEST_FILE;
}

/** The files of DIR's dataset: its manifest's, or those of a dataset written before manifests. */
export function ownedFiles(dir: string): string[] {
  const listed = parseManifest(path.join(dir, MANIFEST_FILE));
  if (listed) return listed;
  const names = readdirSync(dir).filter((n) => !isInternalEntry(n));
  return names.filter((n) => isRegisteredOutput(n) && isFile(path.join(dir, n)));
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/**
 * Throws OutputDirError unless the tool may write DIR: missing, empty, holding its manifest, or
 * holding nothing but the tool's known outputs (a dataset written before manifests existed).
 */
export function checkWritable(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    if (code === 'ENOTDIR') throw new OutputDirError('output/not-a-folder', 'is a file, not a folder; name a new, empty or dataset folder for -o');
    throw new OutputDirError('output/unreadable', `cannot read the folder: ${code ?? String(e)}`);
  }
  names = names.filter((n) => !isInternalEntry(n));
  if (names.length === 0 || names.includes(MANIFEST_FILE)) {
    if (names.includes(MANIFEST_FILE)) parseManifest(path.join(dir, MANIFEST_FILE)); // a broken manifest is refused here
    return;
  }
  const foreign = names.filter((n) => !(isRegisteredOutput(n) && isFile(path.join(dir, n))));
  const isOldDataset = foreign.length === 0 && (names.includes('documents.json') || names.includes('datapackage.json'));
  if (!isOldDataset)
    throw new OutputDirError(
      'output/not-empty',
      `holds files this tool did not write (${describeFew(foreign.length ? foreign : names)}) and no ${MANIFEST_FILE}; name a new, empty or dataset folder for -o`,
    );
}

function describeFew(names: string[]): string {
  const shown = [...names].sort().slice(0, 3).map((n) => JSON.stringify(n));
  return names.length > 3 ? `${shown.join(', ')} and ${names.length - 3} more` : shown.join(', ');
}

// ---------------------------------------------------------------------------------------------
// Input / output overlap

/** The real path of `p`, resolving links in the part that exists. */
function realPathOf(p: string): string {
  let head = path.resolve(p);
  const tail: string[] = [];
  for (;;) {
    try {
      return path.join(realpathNative(head), ...tail);
    } catch {
      const parent = path.dirname(head);
      if (parent === head) return path.join(head, ...tail);
      tail.unshift(path.basename(head));
      head = parent;
    }
  }
}

const realpathNative = (p: string): string => realpathSync.native(p);

const inside = (child: string, parent: string): boolean => child === parent || child.startsWith(parent.endsWith(path.sep) ? parent : parent + path.sep);

/** Refuses an output folder that is an input, contains one, or sits inside one. */
export function checkNotAnInput(dir: string, inputs: readonly string[]): void {
  const out = realPathOf(dir);
  for (const input of inputs) {
    if (input === '-' || !existsSync(input)) continue;
    const real = realPathOf(input);
    const how = out === real ? 'is' : inside(real, out) ? 'contains' : inside(out, real) ? 'sits inside' : null;
    if (how) throw new OutputDirError('output/overlaps-input', `${how} the input ${input}; write the dataset outside the inputs`);
  }
}

// ---------------------------------------------------------------------------------------------
// Fault injection: tests kill the process at a named step of the commit.

export const FAULT_ENV = 'CUSTOMS_EXTRACT_FAULT';
export const COMMIT_STEPS = ['staged', 'commit-point', 'moved-one', 'moved-all', 'removed-old', 'manifest-moved'] as const;
export type CommitStep = (typeof COMMIT_STEPS)[number];

function faultPoint(step: CommitStep): void {
  if (process.env[FAULT_ENV] !== step) return;
  process.kill(process.pid, 'SIGKILL');
  // SIGKILL to oneself is delivered at once; never go on past the fault point
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
}

// ---------------------------------------------------------------------------------------------
// The lock

/** Test-only: milliseconds to pause between judging a lock stale and taking it over (widens the race). */
export const LOCK_PAUSE_ENV = 'CUSTOMS_EXTRACT_LOCK_PAUSE_MS';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * When process `pid` started, in clock ticks since boot (field 22 of `/proc/PID/stat`), or null
 * where there is no /proc. A pid the system reused belongs to a process that started later.
 */
export function processStartTime(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    // the command name (field 2) is in parentheses and may hold spaces or parentheses itself
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19] ?? null;
  } catch {
    return null;
  }
}

function bootId(): string | null {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'latin1').trim() || null;
  } catch {
    return null;
  }
}

/** Who holds a lock: enough to tell that very process from a later one given the same pid. */
interface LockHolder {
  pid: number;
  host: string;
  /** ISO time the run started (for the message) */
  started: string;
  command: string;
  /** the process's start time (`processStartTime`), where the system says */
  startTime?: string | null;
  /** the system's boot id, where the system says: a lock from before a reboot is stale */
  boot?: string | null;
  /** random, so that two holders' files always differ */
  token?: string;
}

/** The lock file's text and what it says, or null when there is none (or it is being written). */
function readLockFile(file: string): { text: string; holder: LockHolder | null } | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  try {
    const holder = JSON.parse(text) as LockHolder;
    return { text, holder: holder && Number.isInteger(holder.pid) ? holder : null };
  } catch {
    return { text, holder: null };
  }
}

/**
 * Whether the process a lock names still runs. On another host it is taken to (we cannot ask);
 * on this one, its pid must run and, where the lock recorded them, with the same start time
 * since the same boot (a reused pid is another process).
 */
function holderAlive(holder: LockHolder, me: LockHolder): boolean {
  if (holder.host !== me.host) return true;
  if (!isRunning(holder.pid)) return false;
  if (holder.boot && me.boot && holder.boot !== me.boot) return false;
  if (holder.startTime) {
    const now = processStartTime(holder.pid);
    if (now !== null && now !== holder.startTime) return false;
  }
  return true;
}

function pauseForTests(): void {
  const ms = Number(process.env[LOCK_PAUSE_ENV]);
  if (ms > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Creates `file` holding `text` unless it exists, in one step: the text is written to a file of
 * its own, then linked to the name (link fails when the name exists), so that no reader ever sees
 * a lock half written. Returns false when `file` exists.
 */
function createWhole(file: string, text: string): boolean {
  const temp = `${file}.new-${randomBytes(8).toString('hex')}`;
  writeFileSync(temp, text, { flag: 'wx' });
  try {
    linkSync(temp, file);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    return false;
  } finally {
    rmSync(temp, { force: true });
  }
}

const CLAIM = /^\.customs-extract\.lock\.claim-[0-9a-f]{16}$/;

/** Claims (see `removeStale`) a killed run left, removed by the run that holds the lock now. */
function removeDeadClaims(dir: string, me: LockHolder): void {
  for (const name of readdirSync(dir)) {
    if (!CLAIM.test(name)) continue; // (a `.new-` file may be being written by a live run)
    const found = readLockFile(path.join(dir, name));
    if (found !== null && (found.holder === null || !holderAlive(found.holder, me))) rmSync(path.join(dir, name), { force: true });
  }
}

/** A name for one version of a lock file: its text's hash (each holder's text has its own token). */
const versionOf = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 16);

/**
 * Removes `file`, a lock (or claim) whose holder is gone, if it still is the version `text`.
 * Several runs may find the same stale lock at once: each first creates the claim file
 * `LOCK.claim-VERSION` exclusively, so only one of them removes that version, and it removes it
 * only after reading it again (a run that came later may already have replaced it by its own
 * lock). A claim whose holder is gone is itself removed the same way. Returns false while another
 * live run holds the claim.
 */
function removeStale(lockFile: string, file: string, text: string, me: LockHolder, depth = 0): boolean {
  const claim = `${lockFile}.claim-${versionOf(text)}`;
  const mine = `${JSON.stringify({ ...me, token: randomBytes(16).toString('hex') })}\n`;
  while (!createWhole(claim, mine)) {
    const other = readLockFile(claim);
    if (other === null) continue; // its claimer just finished
    if (other.holder === null || holderAlive(other.holder, me) || depth > 4) return false;
    if (!removeStale(lockFile, claim, other.text, me, depth + 1)) return false;
  }
  try {
    pauseForTests();
    if (readLockFile(file)?.text === text) rmSync(file, { force: true });
    return true;
  } finally {
    rmSync(claim, { force: true });
  }
}

/**
 * Takes DIR's lock (DIR exists); returns its release. The lock names this process by pid, start
 * time, boot, host and a random token. A lock whose process is gone is taken over: at most one
 * of several runs doing so at once gets it (see `removeStale`); the others refuse as usual.
 */
export function takeLock(dir: string, command = process.argv.slice(2).join(' ')): () => void {
  const file = path.join(dir, LOCK_FILE);
  const mine: LockHolder = {
    pid: process.pid,
    host: hostname(),
    started: new Date().toISOString(),
    command,
    startTime: processStartTime(process.pid),
    boot: bootId(),
    token: randomBytes(16).toString('hex'),
  };
  const text = `${JSON.stringify(mine)}\n`;
  for (let attempt = 0; attempt < 20; attempt++) {
    if (createWhole(file, text)) {
      removeDeadClaims(dir, mine);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        if (readLockFile(file)?.text === text) rmSync(file, { force: true });
      };
    }
    const found = readLockFile(file);
    if (found === null) continue; // released meanwhile
    const holder = found.holder;
    // a file that is not a lock (none of this tool's runs writes one) names no live run
    if (holder !== null && holderAlive(holder, mine)) {
      const where = holder.host !== mine.host ? ` on ${holder.host}` : '';
      throw new OutputBusyError(`another run is writing this folder (pid ${holder.pid}${where}, started ${holder.started}: customs-extract ${holder.command}); wait for it or stop it`);
    }
    // the holder is gone (killed outright): its lock is taken over, by one run only
    if (!removeStale(file, file, found.text, mine)) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
  }
  throw new OutputBusyError("another run keeps taking this folder's lock; try again");
}

// ---------------------------------------------------------------------------------------------
// Staging and commit

/** how many staging folders this process has made: each writer's has a name of its own */
let stagingCount = 0;

/**
 * A fresh staging folder inside DIR, after removing any a killed run left (the caller holds the lock).
 * Its name is never one an earlier writer of this process used: an aborted writer's file opens may
 * still be queued (fs.createWriteStream opens on the thread pool), and one that runs late must find
 * no folder rather than create or truncate a file in the next writer's.
 */
export function makeStaging(dir: string): string {
  for (const name of readdirSync(dir)) if (name.startsWith(STAGING_PREFIX)) rmSync(path.join(dir, name), { recursive: true, force: true });
  stagingCount += 1;
  const staging = path.join(dir, `${STAGING_PREFIX}${process.pid}-${stagingCount}`);
  mkdirSync(staging, { mode: 0o755 });
  return staging;
}

/**
 * The ordering layer's spill folder for a staging folder (id-order.ts): beside it, never inside
 * (commit lists everything inside), and named so that the next run removes it after a kill.
 */
export const spillDirOf = (staging: string): string => `${staging}.spill`;

/** Every file below `root`, /-separated, sorted. */
function listFiles(root: string, rel = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(root, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(root, r));
    else out.push(r);
  }
  return out.sort();
}

function fsyncPath(p: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(p, 'r');
    fsyncSync(fd);
  } catch {
    // a file system without fsync on folders: the renames are still atomic
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/**
 * Makes the staged files DIR's dataset. Synchronous from the commit point on, so no signal
 * handler runs in the middle. Throws before the commit point if a staged file was not registered.
 */
export function commitStaging(dir: string, staging: string): void {
  const files = listFiles(staging);
  const unknown = files.filter((f) => !isRegisteredOutput(f) || !isSafeRelative(f));
  if (unknown.length) throw new Error(`internal: files written into the dataset without registerOutput: ${unknown.join(', ')}`);
  writeFileSync(path.join(staging, MANIFEST_FILE), manifestJson(files));
  for (const f of files) fsyncPath(path.join(staging, f));
  fsyncPath(path.join(staging, MANIFEST_FILE));
  faultPoint('staged');
  renameSync(staging, path.join(dir, COMMIT_DIR)); // the commit point
  fsyncPath(dir);
  faultPoint('commit-point');
  finishCommit(dir);
}

/**
 * Completes a commit whose staging folder was renamed to the commit folder: repeatable after a
 * kill at any step. Returns whether there was one. The caller holds DIR's lock.
 */
export function finishCommit(dir: string): boolean {
  const commit = path.join(dir, COMMIT_DIR);
  if (!existsSync(commit)) return false;
  const newManifest = path.join(commit, MANIFEST_FILE);
  if (existsSync(newManifest)) {
    const next = parseManifest(newManifest)!;
    let moved = 0;
    for (const f of next) {
      const from = path.join(commit, f);
      if (!existsSync(from)) continue; // moved before a kill
      mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      renameSync(from, path.join(dir, f));
      if (++moved === 1) faultPoint('moved-one');
    }
    faultPoint('moved-all');
    const keep = new Set(next);
    for (const f of ownedFiles(dir)) {
      if (keep.has(f)) continue;
      rmSync(path.join(dir, f), { force: true });
      removeEmptyParents(dir, f);
    }
    faultPoint('removed-old');
    renameSync(newManifest, path.join(dir, MANIFEST_FILE));
    fsyncPath(dir);
    faultPoint('manifest-moved');
  }
  rmSync(commit, { recursive: true, force: true });
  return true;
}

function removeEmptyParents(dir: string, rel: string): void {
  let parent = path.posix.dirname(rel);
  while (parent !== '.') {
    try {
      rmdirSync(path.join(dir, parent));
    } catch {
      return; // not empty: it holds something else
    }
    parent = path.posix.dirname(parent);
  }
}

/**
 * For readers of a dataset (validate, diff, review): finishes a commit a killed run left, so
 * that DIR holds a whole dataset. Does nothing while another run holds the lock. Returns
 * 'busy' in that case, 'recovered' when a commit was finished, else 'ok'.
 */
export function recoverDataset(dir: string): 'ok' | 'recovered' | 'busy' {
  if (!existsSync(path.join(dir, COMMIT_DIR))) return 'ok';
  let release: () => void;
  try {
    release = takeLock(dir, 'recover');
  } catch (e) {
    if (e instanceof OutputBusyError) return 'busy';
    throw e;
  }
  try {
    return finishCommit(dir) ? 'recovered' : 'ok';
  } finally {
    release();
  }
}

/** Adds files a writer put into an existing dataset folder (e.g. `review DIR`) to its manifest. */
export function addToManifest(dir: string, files: readonly string[]): void {
  const release = takeLock(dir);
  try {
    finishCommit(dir);
    for (const f of files) if (!isRegisteredOutput(f)) throw new Error(`internal: ${f} is not a registered output`);
    const listed = new Set([...ownedFiles(dir), ...files]);
    const temp = path.join(dir, `${STAGING_PREFIX}${process.pid}.manifest`);
    writeFileSync(temp, manifestJson([...listed]));
    renameSync(temp, path.join(dir, MANIFEST_FILE));
  } finally {
    release();
  }
}

/** Removes a folder the run created, if it holds nothing (after a refusal or an abort). */
export function removeIfEmpty(dir: string): void {
  try {
    rmdirSync(dir);
  } catch {
    // not empty, or gone: left as it is
  }
}
