// runCli(argv, io) in process, as textlint tests its CLI: it returns an exit code (never calls
// process.exit) and writes only to the streams it is given.
import { Writable } from 'node:stream';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../src/cli.js';
import { FIXTURES } from '../helpers.js';

function memoryIo(): CliIo & { out: () => string; err: () => string } {
  const chunks = { out: [] as string[], err: [] as string[] };
  const sink = (into: string[]): Writable => new Writable({ write: (c, _e, cb) => (into.push(String(c)), cb()) });
  return { stdout: sink(chunks.out), stderr: sink(chunks.err), out: () => chunks.out.join(''), err: () => chunks.err.join('') };
}

describe('runCli in process', () => {
  it('returns 0 and writes the JSON array to the given stdout (not a terminal)', async () => {
    const io = memoryIo();
    const code = await runCli([path.join(FIXTURES, 'cli', 'corpus', 'plain')], io);
    expect(code).toBe(0);
    expect((JSON.parse(io.out()) as Array<{ id: string }>).map((d) => d.id)).toEqual(['plain']);
    expect(io.err()).toMatch(/^customs-extract summary: 1 documents .*\n$/);
  });

  it('returns 2 for a usage error, with one line on the given stderr', async () => {
    const io = memoryIo();
    expect(await runCli(['--format', 'yaml', path.join(FIXTURES, 'cli', 'corpus', 'plain')], io)).toBe(2);
    expect(io.err()).toBe('customs-extract: --format: "yaml" is not one of json, ndjson, csv\n');
  });

  it('--help returns 0 and prints to the given stdout', async () => {
    const io = memoryIo();
    expect(await runCli(['--help'], io)).toBe(0);
    expect(io.out()).toMatch(/^Usage: customs-extract/);
  });
});
