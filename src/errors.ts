// The tool's errors: each has a stable `code` (a diagnostic's name, `decode/not-text`) and the
// exit status it gives the command line. Callers tell them apart by class or code, never by message.

/** Exit statuses, as the README's table gives them. */
export const EXIT = { ok: 0, someFailed: 1, usage: 2 } as const;
export type ExitStatus = (typeof EXIT)[keyof typeof EXIT];

export abstract class ToolError extends Error {
  abstract readonly exitStatus: ExitStatus;
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** A failure that costs one file its output (`decode/not-text`); the other files go on. */
export class DocumentError extends ToolError {
  readonly exitStatus = EXIT.someFailed;
}

/** An input that cannot be read (gone, a folder, a FIFO, over --max-bytes): one file's failure. */
export class ReadError extends ToolError {
  readonly exitStatus = EXIT.someFailed;
}

/** The -o folder may not be written (holds files the tool did not write, overlaps an input): refused before anything is written. */
export class OutputDirError extends ToolError {
  readonly exitStatus = EXIT.usage;
}

/** Another run holds the -o folder's lock. */
export class OutputBusyError extends ToolError {
  readonly exitStatus = EXIT.someFailed;
  constructor(message: string) {
    super('output/locked', message);
  }
}
