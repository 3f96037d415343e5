// Printing to stdout with back-pressure, where a closed stdout (`| head`) ends the output and is
// not an error.
import { whenDrained } from '../io/drain.js';
import type { CliIo } from './shared.js';

/**
 * A closed pipe (EPIPE) can be reported after the run has moved on, even after its last write:
 * so the listener stays on the stream for good (one per stream), and tells whoever is running.
 */
const closedStreams = new WeakMap<NodeJS.WritableStream, Set<() => void>>();
function watchClosed(stream: NodeJS.WritableStream): Set<() => void> {
  let listeners = closedStreams.get(stream);
  if (listeners) return listeners;
  const created = new Set<() => void>();
  listeners = created;
  closedStreams.set(stream, created);
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE' && e.code !== 'ERR_STREAM_DESTROYED') throw e;
    for (const l of created) l();
  });
  return listeners;
}

export interface StdoutPrinter {
  /** writes `chunk`, resolving when stdout can take more (or is closed) */
  print(chunk: string): Promise<void>;
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
      if (!chunk || closed) return;
      if (!io.stdout.write(chunk)) await whenDrained(io.stdout, () => closed);
    },
    get closed() {
      return closed;
    },
    dispose: () => void listeners?.delete(onClosed),
  };
}
