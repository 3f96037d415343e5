// Shared by the tests: where things are, and how to run the built CLI as a user would.
import { spawn, spawnSync, type ChildProcess, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll } from 'vitest';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SEEDS = path.join(ROOT, 'seeds');
export const FIXTURES = path.join(ROOT, 'fixtures');
export const GOLD = path.join(ROOT, 'tests', 'gold');
export const BIN = path.join(ROOT, 'bin', 'customs-extract');

const made: string[] = [];
// a test file's temporary folders go when its tests are done (each test file loads this module afresh)
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(prefix = 'ce-test-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
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

/**
 * runBin without blocking the test worker: the child runs while the worker's event loop still
 * answers the test runner (a long spawnSync under load can starve the runner's messages and fail
 * a test that is otherwise fine). Resolves once the child has exited and its output is read.
 */
export function runBinAsync(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<{ status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }));
  });
}

/** Runs the built CLI with raw stdout bytes (for byte-equality and BOM checks). */
export function runBinBytes(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): { status: number | null; stdout: Buffer; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env: { ...process.env, ...options.env }, maxBuffer: 256 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.toString('utf8') };
}

/** Starts the built CLI without waiting, for tests that signal it or close its stdout. */
export function spawnBin(args: string[], options: { cwd?: string } = {}): ChildProcess {
  return spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
}

/**
 * Starts a run (into a dataset folder, say) that is held mid-write, whatever the timing: it also prints NDJSON to a
 * pipe this test does not read, so it stops once the pipe is full (200+ documents are far more
 * than it holds). Resolves once it has printed its first document: by then a run with -o holds DIR's
 * lock and has added that document to its staging folder, and it cannot commit until its stdout is read.
 */
export async function heldRun(args: string[]): Promise<ChildProcess> {
  const child = spawnBin([...args, '--ndjson']);
  await new Promise((resolve, reject) => {
    child.stdout!.once('readable', resolve);
    child.once('exit', () => reject(new Error('the run ended before it printed a document')));
  });
  return child;
}

/** Runs a shell pipeline (e.g. `CLI seeds/ --ndjson | head -1`); `CLI` stands for the built CLI. */
export function runShell(command: string, options: { cwd?: string; timeout?: number; env?: NodeJS.ProcessEnv } = {}): SpawnSyncReturns<string> {
  const cli = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)}`;
  return spawnSync('bash', ['-o', 'pipefail', '-c', command.replaceAll('CLI', cli)], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, ...options.env },
    encoding: 'utf8',
    timeout: options.timeout ?? 60_000,
    maxBuffer: 256 * 1024 * 1024,
  });
}

/**
 * Runs the built CLI with stdout and stderr on a pseudo-terminal (util-linux `script`), as an
 * analyst at a terminal runs it. Returns what the terminal showed.
 */
export function runInTerminal(args: string[], options: { cwd?: string } = {}): { status: number | null; output: string } {
  const command = [process.execPath, BIN, ...args].map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(' ');
  const r = spawnSync('script', ['-qefc', command, '/dev/null'], { cwd: options.cwd ?? ROOT, encoding: 'utf8', env: { ...process.env, COLUMNS: '100', TERM: 'xterm' } });
  return { status: r.status, output: r.stdout };
}

export function hasScript(): boolean {
  return spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
}

/**
 * A corpus of `copies` × the seeds, each copy a little different (so ids and hashes differ),
 * spread over nested folders. Returns its folder.
 */
export function makeCorpus(copies: number, dir = tempDir('ce-corpus-')): string {
  const seeds = readdirSync(SEEDS).sort();
  for (let i = 0; i < copies; i++) {
    const sub = path.join(dir, `batch-${String(Math.floor(i / 10)).padStart(3, '0')}`);
    mkdirSync(sub, { recursive: true });
    for (const seed of seeds) {
      const text = readFileSync(path.join(SEEDS, seed), 'utf8');
      writeFileSync(path.join(sub, `${String(i).padStart(4, '0')}-${seed}`), `${text}\n第${i}份副本。\n`);
    }
  }
  return dir;
}

/** Every file under `dir`, relative and sorted, with its bytes: to compare two folders. */
export function snapshotDir(dir: string): Record<string, Buffer> {
  const out: Record<string, Buffer> = {};
  const walk = (rel: string): void => {
    for (const name of readdirSync(path.join(dir, rel)).sort()) {
      const child = rel ? `${rel}/${name}` : name;
      if (statSync(path.join(dir, child)).isDirectory()) walk(child);
      else out[child] = readFileSync(path.join(dir, child));
    }
  };
  walk('');
  return out;
}

/** Lines of stderr that are the tool's own messages. */
export function messages(stderr: string): string[] {
  return stderr.split('\n').filter((l) => l.startsWith('customs-extract: '));
}

/**
 * A hand-made document with two sections, a 专栏 box and metrics inside a section, inside the
 * box and outside both, for tests of the writers that must not wait for the stages to find them.
 */
export function sampleDocument(id = 'sample/doc'): import('../src/schema/records.js').Document {
  const text = '一、总体情况\n进出口总值43.85万亿元,增长5%。\n专栏1 通关\n=SUM 口岸-3项\n二、措施\n其他。';
  return {
    id,
    path: `${id}.txt`,
    format: 'text',
    encoding: { name: 'utf-8', how: 'utf8-valid' },
    bytes: 100,
    sha256: 'a'.repeat(64),
    title: '=HYPERLINK("x") 报告',
    metadata: { source: '海关总署', site: null, 'custom-key': '+值' },
    text,
    removed: [{ rule: 'nav', text: '首页 > 信息公开', at: 0 }],
    warnings: [{ code: 'sample/warning', severity: 'warning', message: 'a sample warning' }],
    sections: [
      { id: 's1', level: 1, marker: '一、', number: 1, title: '总体情况', parent: null, path: [], text: '进出口总值43.85万亿元,增长5%。', span: [0, 30] },
      { id: 's2', level: 1, marker: '二、', number: 2, title: '措施', parent: null, path: [], text: '其他。', span: [30, 40] },
    ],
    toc: null,
    columns: [{ id: 'c1', number: 1, title: '通关', section: 's1', items: [], table: { header: ['a', 'b'], rows: [['1', '2']] }, span: [20, 30] }],
    metrics: [
      { id: `${id}#1`, doc: id, raw: '43.85万亿元', value: 43850000000000, unit: '元', unitNormal: '元', qualifier: 'exact', valueMax: null, kind: 'quantity', change: { direction: 'up', value: 5, unit: '%', basis: 'yoy', raw: '增长5%' }, direction: null, basis: null, from: null, label: '进出口总值', section: 's1', column: null, period: '2024年', span: [12, 20] },
      { id: `${id}#2`, doc: id, raw: '-3项', value: -3, unit: '项', unitNormal: '项', qualifier: 'exact', valueMax: null, kind: 'quantity', change: null, direction: null, basis: null, from: null, label: '=SUM', section: 's1', column: 'c1', period: null, span: [24, 27] },
      { id: `${id}#3`, doc: id, raw: '0.000001', value: 0.000001, unit: null, unitNormal: null, qualifier: 'approx', valueMax: 1e21, kind: 'quantity', change: null, direction: null, basis: null, from: null, label: null, section: null, column: null, period: null, span: [35, 36] },
    ],
  };
}

/** node's arguments that make every module a thread loads print `loaded URL` on stderr (workers inherit them). */
export function watchingLoads(): string[] {
  const hook = "export async function load(url, context, next) { process._rawDebug('loaded ' + url); return next(url, context); }";
  const register = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hook)}`)});`;
  return ['--import', `data:text/javascript,${encodeURIComponent(register)}`];
}

/** The URLs a run watched by watchingLoads() loaded, once for each thread that loaded them. */
export const loadedModules = (stderr: string): string[] => stderr.split('\n').filter((l) => l.startsWith('loaded ')).map((l) => l.slice('loaded '.length));
export const loadedAny = (stderr: string, part: string): boolean => loadedModules(stderr).some((url) => url.includes(part));

/**
 * Heap bytes still held, after a full collection, once `keep` has been handed a 33 MB page made of
 * `line` repeated (and has kept what it likes of it): whether a reading of a line holds its page.
 */
export function heapHeldByPage(line: string, keep: (page: string) => unknown): number {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  const before = process.memoryUsage().heapUsed;
  let page: string | null = `${line}\n`.repeat(700_000) + String(Math.random());
  keep(page);
  page = null;
  gc();
  return process.memoryUsage().heapUsed - before;
}
