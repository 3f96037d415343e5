// A closed stdout (`customs-extract outline seeds/ | head`) is how a reader says it has seen
// enough: a subcommand stops writing and ends as it would have, without a stack trace.
import type { CliIo } from './shared.js';

const closed = new WeakMap<CliIo['stdout'], { closed: boolean }>();

/**
 * Watches `io.stdout` for a closed reader for good (EPIPE can be reported after the last write,
 * even after the command has returned, so the listener is never removed; one per stream), and
 * returns a function telling whether it has closed.
 */
export function watchStdout(io: CliIo): () => boolean {
  let state = closed.get(io.stdout);
  if (!state) {
    const s = { closed: false };
    state = s;
    closed.set(io.stdout, s);
    io.stdout.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE' && e.code !== 'ERR_STREAM_DESTROYED') throw e;
      s.closed = true;
    });
  }
  const s = state;
  return () => s.closed;
}
