// The lock on an output folder (src/io/dataset-dir.ts): one run at a time, a dead run's lock is
// taken over by exactly one of the runs that find it at once, and a lock names its process by
// more than a pid (a reused pid is another process). The racing runs are child processes that
// load the built module (npm test builds first).
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LOCK_PAUSE_ENV, processStartTime, takeLock } from '../../src/io/dataset-dir.js';
import { ROOT, tempDir } from '../helpers.js';

const LOCK = '.customs-extract.lock';
/** above Linux's largest pid (2^22): no such process */
const DEAD_PID = 2 ** 22 + 1;

/** One racer: waits for the start time, tries the lock, says `won` (then holds it until killed) or the error's code. */
const RACER = `
import { takeLock } from ${JSON.stringify(pathToFileURL(path.join(ROOT, 'dist', 'io', 'dataset-dir.js')).href)};
const [dir, at] = process.argv.slice(-2);
while (Date.now() < Number(at)) {}
try {
  takeLock(dir, 'racer');
  process.stdout.write('won');
  setInterval(() => {}, 1000);
} catch (e) {
  process.stdout.write(e.code ?? String(e));
}
`;

function race(dir: string, at: number, children: ChildProcess[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', RACER, dir, String(at)], { env: { ...process.env, [LOCK_PAUSE_ENV]: '300' } });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    children.push(child);
    child.on('error', reject);
    // a winner holds the lock until killed: its answer is known once it has written it
    child.stdout.on('data', () => {
      if (out === 'won') resolve(out);
    });
    child.on('exit', () => resolve(out));
  });
}

describe('the output folder lock', () => {
  it('is taken over by exactly one of many runs finding the same dead lock at once', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, LOCK), JSON.stringify({ pid: DEAD_PID, host: hostname(), started: 'then', command: 'killed' }));
    const at = Date.now() + 3000; // every racer started (node takes a while under load) before any tries
    const children: ChildProcess[] = [];
    try {
      const results = await Promise.all(Array.from({ length: 8 }, () => race(dir, at, children)));
      expect(results.filter((r) => r === 'won')).toHaveLength(1);
      expect(results.filter((r) => r !== 'won')).toEqual(Array(7).fill('output/locked'));
    } finally {
      for (const child of children) child.kill();
    }
  }, 30_000);

  it('holds a lock naming a live pid with its start time; a lock naming that pid with another start time is stale', () => {
    const dir = tempDir();
    const startTime = processStartTime(process.pid);
    expect(startTime).toMatch(/^\d+$/); // Linux: /proc/PID/stat
    const lock = (t: string) => writeFileSync(path.join(dir, LOCK), JSON.stringify({ pid: process.pid, host: hostname(), started: 'now', command: 'other', startTime: t }));
    lock(startTime!);
    expect(() => takeLock(dir, 'second')).toThrow(/another run is writing this folder \(pid \d+, started now: customs-extract other\)/);
    // the same pid, started at another time: the system reused the pid of a run that is gone
    lock(String(Number(startTime) + 1));
    const release = takeLock(dir, 'second');
    expect(() => takeLock(dir, 'third')).toThrow(/customs-extract second/);
    release();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('releases only its own lock, and leaves no claim behind', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, LOCK), JSON.stringify({ pid: DEAD_PID, host: hostname(), started: 'then', command: 'killed' }));
    writeFileSync(path.join(dir, `${LOCK}.claim-0123456789abcdef`), JSON.stringify({ pid: DEAD_PID, host: hostname(), started: 'then', command: 'killed' }));
    const release = takeLock(dir, 'mine');
    expect(readdirSync(dir)).toEqual([LOCK]);
    // another run took the lock over meanwhile (this one was thought dead): releasing leaves it
    writeFileSync(path.join(dir, LOCK), JSON.stringify({ pid: process.pid, host: hostname(), started: 'later', command: 'theirs', token: 'x' }));
    release();
    expect(readdirSync(dir)).toEqual([LOCK]);
  });
});
