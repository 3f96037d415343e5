// Printing to stdout with back-pressure, where a closed stdout (`| head`) ends the output and is
// not an error.
import { whenDrained } from '../io/drain.js';
import type { CliIo } from './shared.js';
import { watchClosed } from './closed-stdout.js';

export interface StdoutPrinter {
  /** writes `chunk` (text, or UTF-8 bytes), resolving when stdout can take more (or is closed) */
  print(chunk: string | Uint8Array): Promise<void>;
  /** whether the reader went away */
  readonly closed: boolean;
  /** stops listening for this run */
  dispose(): void;
}

export function openStdout(io: CliIo, watch: boolean): StdoutPrinter {
  let closed = false;
  const onClosed = (): void => void (closed = true);
  const listeners = watch ? watchClosed(io.stdout) : null;
  listeners?.add(onClosed);
  return {
    async print(chunk) {
      if (chunk.length === 0 || closed) return;
      if (!io.stdout.write(chunk)) await whenDrained(io.stdout, () => closed);
    },
    get closed() {
      return closed;
    },
    dispose: () => void listeners?.delete(onClosed),
  };
}
