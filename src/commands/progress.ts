// The progress line on a terminal: redrawn at most every 100 ms, cleared before a message.
import { progressLine } from '../format/summary.js';
import type { CliIo } from './shared.js';

const REDRAW_MS = 100;

export interface Progress {
  /** one input finished (a document or a failure) */
  finished(path: string, bytes: number): void;
  /** redraws, at most every 100 ms unless `force` */
  draw(force?: boolean): void;
  /** removes the line, before a message or at the end */
  clear(): void;
}

export function startProgress(io: CliIo, shown: boolean, total: number, bytesTotal: number, started = Date.now()): Progress {
  let done = 0;
  let bytesDone = 0;
  let current = '';
  let lastDraw = 0;
  let drawn = false;
  const columns = (): number => io.stderr.columns || 80;
  return {
    finished(path, bytes) {
      done++;
      bytesDone += bytes;
      current = path;
    },
    draw(force = false) {
      const now = Date.now();
      if (!shown || (!force && now - lastDraw < REDRAW_MS)) return;
      lastDraw = now;
      io.stderr.write(progressLine(done, total, columns(), { bytesDone, bytesTotal, elapsedMs: now - started, current }));
      drawn = true;
    },
    clear() {
      if (!drawn) return;
      io.stderr.write(`\r${' '.repeat(columns() - 1)}\r`);
      drawn = false;
    },
  };
}
