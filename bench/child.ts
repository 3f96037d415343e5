// Runs one measured child process: wall time seen from the parent, peak RSS from
// /usr/bin/time -v when it exists, else from the child itself (report-rss.js preload).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const GNU_TIME = '/usr/bin/time';
const REPORT_RSS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'report-rss.js');
/** Child output kept for error messages and JSON results; beyond it the child is not killed, only truncated. */
const MAX_OUTPUT = 256 * 1024 * 1024;
const MAX_RSS_LINE = /Maximum resident set size \(kbytes\):\s*(\d+)/;
const USER_TIME_LINE = /User time \(seconds\):\s*([\d.]+)/;
const SYSTEM_TIME_LINE = /System time \(seconds\):\s*([\d.]+)/;

export type RssSource = 'time -v' | 'child maxRSS';

export interface ChildResult {
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  wallMs: number;
  peakRssKb: number | null;
  rssSource: RssSource | null;
  /** user + system CPU time of the process and its threads, from /usr/bin/time -v (null without it) */
  cpuMs: number | null;
  stdout: string;
  stderr: string;
}

export interface ChildOptions {
  cwd: string;
  timeoutMs: number;
  /** measure peak RSS (default true) */
  rss?: boolean;
  /** extra node flags before the script (e.g. --cpu-prof) */
  nodeFlags?: string[];
  env?: NodeJS.ProcessEnv;
}

let gnuTimeWorks: boolean | null = null;

/** True when /usr/bin/time -v runs and reports a peak RSS (checked once). */
export function hasGnuTime(): boolean {
  if (gnuTimeWorks === null) {
    // BENCH_NO_GNU_TIME=1 exercises the fallback on a machine that has the tool.
    if (!existsSync(GNU_TIME) || process.env.BENCH_NO_GNU_TIME === '1') gnuTimeWorks = false;
    else {
      const r = spawnSync(GNU_TIME, ['-v', process.execPath, '-e', '0'], { encoding: 'utf8' });
      gnuTimeWorks = r.status === 0 && MAX_RSS_LINE.test(r.stderr);
    }
  }
  return gnuTimeWorks;
}

/** Runs `node [flags] script args…` and measures it. */
export function runNode(script: string[], options: ChildOptions): ChildResult {
  const measureRss = options.rss ?? true;
  const scratch = mkdtempSync(path.join(tmpdir(), 'ce-bench-child-'));
  const timeFile = path.join(scratch, 'time.txt');
  const rssFile = path.join(scratch, 'rss.txt');
  const useTime = measureRss && hasGnuTime();
  const nodeArgs = [...(options.nodeFlags ?? []), ...(measureRss && !useTime ? ['--import', pathToFileURL(REPORT_RSS).href] : []), ...script];
  const [command, args] = useTime ? [GNU_TIME, ['-v', '-o', timeFile, process.execPath, ...nodeArgs]] : [process.execPath, nodeArgs];
  const env = { ...process.env, ...options.env, ...(measureRss && !useTime ? { BENCH_RSS_FILE: rssFile } : {}) };
  const started = process.hrtime.bigint();
  const r = spawnSync(command, args as string[], { cwd: options.cwd, env, encoding: 'utf8', maxBuffer: MAX_OUTPUT, timeout: options.timeoutMs, killSignal: 'SIGKILL' });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  let peakRssKb: number | null = null;
  let rssSource: RssSource | null = null;
  let cpuMs: number | null = null;
  try {
    if (useTime) {
      const report = readFileSync(timeFile, 'utf8');
      const m = MAX_RSS_LINE.exec(report);
      if (m) [peakRssKb, rssSource] = [Number(m[1]), 'time -v'];
      const user = USER_TIME_LINE.exec(report);
      const system = SYSTEM_TIME_LINE.exec(report);
      if (user && system) cpuMs = (Number(user[1]) + Number(system[1])) * 1000;
    } else if (measureRss) [peakRssKb, rssSource] = [Number(readFileSync(rssFile, 'utf8')), 'child maxRSS'];
  } catch {
    // no figure: the child died before writing it; reported as missing, never guessed
  }
  rmSync(scratch, { recursive: true, force: true });
  // GNU time passes on the child's exit status; a signal shows as "Command terminated by signal".
  return {
    exitCode: r.status,
    signal: r.signal,
    timedOut: r.error !== undefined && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT',
    wallMs,
    peakRssKb,
    rssSource,
    cpuMs,
    stdout: r.stdout ?? '',
    stderr: r.stderr ?? '',
  };
}

/** Wall time only, no wrapper: for start-up comparisons where a wrapper would distort the figure. */
export function timeNode(args: string[], cwd: string, timeoutMs: number): { ms: number; exitCode: number | null; stderr: string } {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', timeout: timeoutMs, maxBuffer: MAX_OUTPUT });
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, exitCode: r.status, stderr: r.stderr ?? '' };
}
