// The process-tree sampler of the Dask rows: parent links from /proc/PID/stat (a command name may
// hold spaces and parentheses), the tree under a process, RSS from statm; and, run for real, a
// tree of two processes seen whole and the command's exit status passed on.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { descendants, parentLinks, residentKb, type TreeRss } from '../../bench/tree-rss.js';
import { ROOT, tempDir } from '../helpers.js';

function fakeProc(processes: Array<{ pid: number; ppid: number; comm: string; rssPages?: number }>): string {
  const dir = tempDir('ce-bench-proc-');
  for (const p of processes) {
    mkdirSync(path.join(dir, String(p.pid)));
    writeFileSync(path.join(dir, String(p.pid), 'stat'), `${p.pid} (${p.comm}) S ${p.ppid} ${p.pid} 0 0 -1 4194560 100 0 0 0 5 3\n`);
    if (p.rssPages !== undefined) writeFileSync(path.join(dir, String(p.pid), 'statm'), `9000 ${p.rssPages} 300 10 0 500 0\n`);
  }
  mkdirSync(path.join(dir, 'self'));
  writeFileSync(path.join(dir, 'uptime'), '1.0 1.0\n');
  return dir;
}

describe('parentLinks, descendants and residentKb', () => {
  const proc = fakeProc([
    { pid: 1, ppid: 0, comm: 'init' },
    { pid: 10, ppid: 1, comm: 'python3', rssPages: 1000 },
    { pid: 11, ppid: 10, comm: 'a (worker) 2', rssPages: 500 },
    { pid: 12, ppid: 11, comm: 'node', rssPages: 250 },
    { pid: 13, ppid: 1, comm: 'other', rssPages: 9999 },
  ]);

  it('reads each process\'s parent after the command name, whatever the name holds', () => {
    const parents = parentLinks(proc);
    expect(parents.get(11)).toBe(10);
    expect(parents.get(12)).toBe(11);
    expect(parents.has(Number.NaN)).toBe(false);
  });

  it('finds the tree under a process, and nothing beside it', () => {
    expect(descendants(10, parentLinks(proc)).sort((a, b) => a - b)).toEqual([10, 11, 12]);
    expect(descendants(99, parentLinks(proc))).toEqual([]);
  });

  it('reads RSS in kB from statm, and 0 for a process that is gone', () => {
    expect(residentKb(11, proc)).toBe(2000);
    expect(residentKb(77, proc)).toBe(0);
  });
});

describe.runIf(process.platform === 'linux')('tree-rss.js run on a real tree', () => {
  it('sees the command and its child together, and passes the exit status on', () => {
    const out = path.join(tempDir('ce-bench-tree-'), 'tree.json');
    // a parent that starts a child holding 60 MB, both alive for about a second
    const child = "const b = Buffer.alloc(60e6, 1); setTimeout(() => console.log(b[0]), 1000)";
    const parent = `const c = require('child_process').spawn(process.execPath, ['-e', ${JSON.stringify(child)}], { stdio: 'inherit' }); c.on('exit', () => process.exit(3))`;
    const r = spawnSync(process.execPath, [path.join(ROOT, 'dist-bench', 'tree-rss.js'), out, process.execPath, '-e', parent], { encoding: 'utf8' });
    expect(r.status).toBe(3);
    const tree = JSON.parse(readFileSync(out, 'utf8')) as TreeRss;
    expect(tree.maxProcesses).toBe(2);
    expect(tree.peakKb).toBeGreaterThan(60_000);
    expect(tree.samplerCpuMs).toBeGreaterThan(0);
  });
});
