// Signals that stop a run (Ctrl-C, SIGTERM, a closed terminal, SIGQUIT): `stop` cleans up
// (removes a staging folder and its lock), then the process dies of the same signal, so that
// the shell sees how it ended.

export const STOP_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT'];

/** Installs the handlers; returns their removal (call it once the run is over). */
export function onStopSignals(stop: () => void): () => void {
  const onSignal = (signal: NodeJS.Signals): void => {
    stop();
    remove();
    process.kill(process.pid, signal);
  };
  const remove = (): void => {
    for (const signal of STOP_SIGNALS) process.off(signal, onSignal);
  };
  for (const signal of STOP_SIGNALS) process.on(signal, onSignal);
  return remove;
}
