// Peak memory of a process tree (the Dask rows: a scheduler, worker processes and the CLI
// processes they start): runs the command and, every SAMPLE_MS, sums the resident set of the
// command and of every process descended from it (/proc/PID/stat's parent links, /proc/PID/statm's
// resident pages). /usr/bin/time -v gives the peak of one process only (the largest one), which
// says nothing about a tree. A sum of RSS counts pages that processes share (the python and node
// binaries, shared libraries) once per process: an upper bound of the tree's memory, sampled, so
// a peak shorter than SAMPLE_MS can be missed.
// Usage: node dist-bench/tree-rss.js OUT.json COMMAND [ARG…] → OUT.json holds a TreeRss; the exit
// status is the command's (128 + the signal's number when a signal ended it).
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { constants } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface TreeRss {
  /** the largest sum of RSS over the tree seen in one sample, in kB */
  peakKb: number;
  /** how many processes the tree held at that sample, and at most */
  processesAtPeak: number;
  maxProcesses: number;
  samples: number;
  /** CPU time this sampler spent (user + system), to subtract from a figure that includes it */
  samplerCpuMs: number;
}

export const SAMPLE_MS = 200;
const PAGE_KB = 4;

/** The parent of each live process, read from /proc/PID/stat (field 4, after the command's closing parenthesis). */
export function parentLinks(procDir = '/proc'): Map<number, number> {
  const parents = new Map<number, number>();
  for (const name of readdirSync(procDir)) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(path.join(procDir, name, 'stat'), 'latin1');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(name), Number(fields[1]));
    } catch {
      // the process ended between the listing and the read
    }
  }
  return parents;
}

/** `root` and every process whose chain of parents reaches it. */
export function descendants(root: number, parents: Map<number, number>): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parents) {
    const list = children.get(ppid);
    if (list) list.push(pid);
    else children.set(ppid, [pid]);
  }
  const tree: number[] = [];
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    if (!parents.has(pid)) continue;
    tree.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** The resident set of a process in kB (0 when it has ended). */
export function residentKb(pid: number, procDir = '/proc'): number {
  try {
    return Number(readFileSync(path.join(procDir, String(pid), 'statm'), 'latin1').split(' ')[1]) * PAGE_KB;
  } catch {
    return 0;
  }
}

async function main(argv: string[]): Promise<void> {
  const [out, command, ...args] = argv;
  if (!out || !command) {
    process.stderr.write('usage: node dist-bench/tree-rss.js OUT.json COMMAND [ARG…]\n');
    process.exitCode = 2;
    return;
  }
  const child = spawn(command, args, { stdio: 'inherit' });
  const result: TreeRss = { peakKb: 0, processesAtPeak: 0, maxProcesses: 0, samples: 0, samplerCpuMs: 0 };
  const sample = (): void => {
    if (child.pid === undefined) return;
    const tree = descendants(child.pid, parentLinks());
    const kb = tree.reduce((n, pid) => n + residentKb(pid), 0);
    result.samples++;
    result.maxProcesses = Math.max(result.maxProcesses, tree.length);
    if (kb > result.peakKb) [result.peakKb, result.processesAtPeak] = [kb, tree.length];
  };
  const timer = setInterval(sample, SAMPLE_MS);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('exit', (c, s) => resolve([c, s])));
  clearInterval(timer);
  const cpu = process.cpuUsage();
  result.samplerCpuMs = (cpu.user + cpu.system) / 1000;
  writeFileSync(out, JSON.stringify(result));
  process.exitCode = code ?? 128 + (signal ? (constants.signals[signal] ?? 0) : 0);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main(process.argv.slice(2));
