// A closed stdout (`customs-extract outline seeds/ | head`) is how a reader says it has seen
// enough: a command stops writing and ends as it would have, without a stack trace.
import type { CliIo } from './shared.js';

/**
 * A closed pipe (EPIPE) can be reported after the run has moved on, even after its last write,
 * even after the command has returned: so the listener stays on the stream for good (one per
 * stream), and tells whoever is listening now.
 */
const closedStreams = new WeakMap<NodeJS.WritableStream, Set<() => void>>();
export function watchClosed(stream: NodeJS.WritableStream): Set<() => void> {
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

/** Watches `io.stdout` for a closed reader, and returns a function telling whether it has closed. */
export function watchStdout(io: CliIo): () => boolean {
  let closed = false;
  watchClosed(io.stdout).add(() => void (closed = true));
  return () => closed;
}
