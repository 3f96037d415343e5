// Waiting for a writable stream to take more: shared by the dataset writer and stdout.

/**
 * Resolves at once when `ready()` says so; else when the stream drains, closes or fails (the
 * error itself is reported by whoever listens for it, not here).
 */
export function whenDrained(stream: NodeJS.WritableStream, ready: () => boolean): Promise<void> {
  if (ready()) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      stream.off('drain', done);
      stream.off('close', done);
      stream.off('error', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
    stream.on('error', done);
  });
}
