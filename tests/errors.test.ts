// Each error the tool reports has a stable code and its exit status; a document's failure is
// told apart by class, not by its message or class name.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentError, EXIT, OutputBusyError, OutputDirError, ReadError, ToolError } from '../src/errors.js';
import { failedResult, processEntry } from '../src/process-entry.js';
import type { InputEntry } from '../src/io/read-inputs.js';
import { tempDir } from './helpers.js';

const entry = (location: string, format: InputEntry['format'] = 'text'): InputEntry => ({ location, path: path.basename(location), id: 'x', format, size: 0 });

describe('the tool\'s errors', () => {
  it('carry a code and the exit status of the README\'s table', () => {
    const cases: Array<[ToolError, string, number]> = [
      [new DocumentError('decode/not-text', 'not text'), 'decode/not-text', EXIT.someFailed],
      [new ReadError('read/folder', 'cannot read: it is a folder'), 'read/folder', EXIT.someFailed],
      [new OutputDirError('output/not-empty', 'holds files'), 'output/not-empty', EXIT.usage],
      [new OutputBusyError('another run'), 'output/locked', EXIT.someFailed],
    ];
    for (const [error, code, status] of cases) {
      expect(error).toBeInstanceOf(ToolError);
      expect(error.code).toBe(code);
      expect(error.exitStatus).toBe(status);
      expect(error.name).toBe(error.constructor.name);
    }
  });

  it('a failed input gets the code of its error: a folder, a file over --max-bytes, bytes that are not text', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'folder.txt'));
    writeFileSync(path.join(dir, 'big.txt'), '海关'.repeat(100));
    writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 0, 0, 3]));
    const codeOf = async (e: InputEntry, maxBytes?: number): Promise<string> => {
      const r = await processEntry(e, maxBytes === undefined ? {} : { maxBytes });
      return r.ok ? 'ok' : r.code;
    };
    expect(await codeOf(entry(path.join(dir, 'folder.txt')))).toBe('read/folder');
    expect(await codeOf(entry(path.join(dir, 'big.txt')), 10)).toBe('read/too-large');
    expect(await codeOf(entry(path.join(dir, 'gone.txt')))).toBe('read/gone');
    expect(await codeOf(entry(path.join(dir, 'binary.txt')))).toMatch(/^decode\//);
  });

  it('an error that is not the tool\'s is an internal crash, even a plain Error (once taken for a read failure by its class name)', () => {
    expect(failedResult(entry('/x'), new Error('boom')).code).toBe('internal/crash');
    expect(failedResult(entry('/x'), new TypeError('x is undefined')).code).toBe('internal/crash');
    expect(failedResult(entry('/x'), new ReadError('read/gone', 'gone')).code).toBe('read/gone');
  });
});
