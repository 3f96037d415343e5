// Every subcommand treats a closed stdout (`| head`, `| true`) as success: its own exit code,
// nothing on stderr, no stack trace.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeCorpus, runBin, runShell, SEEDS, tempDir } from '../helpers.js';

describe('a closed stdout', () => {
  const corpus = makeCorpus(20); // 100 documents: more outline than a pipe buffer holds
  const dataset = path.join(tempDir('ce-closed-'), 'ds');
  const made = runBin([SEEDS, '-o', dataset, '-q']);

  it('outline | head -1: exit 0, the first line, nothing on stderr', () => {
    const r = runShell(`CLI outline ${JSON.stringify(corpus)} | head -1`);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')).toHaveLength(2);
  });

  it('every subcommand writing to a reader that is gone ends with its own exit code and nothing on stderr', () => {
    expect(made.status).toBe(0);
    const cases: Array<[string, number]> = [
      [`outline ${JSON.stringify(corpus)}`, 0],
      ['schema', 0],
      ['schema --list', 0],
      [`validate ${JSON.stringify(dataset)}`, 0],
      [`diff ${JSON.stringify(dataset)} ${JSON.stringify(dataset)} --format json`, 0],
      ['review --help', 0],
      ['diff --help', 0],
      ['validate --help', 0],
      ['outline --help', 0],
      ['templates --help', 0],
      ['merge --help', 0],
      ['schema --help', 0],
      ['--help', 0],
      ['--version', 0],
    ];
    for (const [args, status] of cases) {
      // `true` exits at once, before the CLI has started: every write meets a closed pipe
      const r = runShell(`CLI ${args} | true; echo "exit \${PIPESTATUS[0]}" >&2`);
      expect(r.stderr, args).toBe(`exit ${status}\n`);
    }
  }, 120_000);
});
