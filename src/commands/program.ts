// The commander setup every command shares: output through the run's io (so tests and the
// library see it), and usage errors, --help and --version returned as an exit code, never exiting.
import { Command, CommanderError } from 'commander';
import type { CliIo } from './shared.js';

/** A Command named `name` that writes to `io` and throws CommanderError instead of exiting. */
export function newCommand(name: string, io: CliIo): Command {
  return new Command(name)
    .exitOverride()
    .configureOutput({ writeOut: (s) => void io.stdout.write(s), writeErr: (s) => void io.stderr.write(s) });
}

/**
 * Parses `args` (user arguments) and runs the command's action. Returns `ok` after --help or
 * --version, `usage` after a usage error, else what `exitCode()` reads once the action is done.
 */
export async function runCommand(program: Command, args: string[], exitCode: () => number, ok: number, usage: number): Promise<number> {
  try {
    await program.parseAsync(args, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? ok : usage;
    throw e;
  }
  return exitCode();
}
