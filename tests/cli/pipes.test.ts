// Pipes: documents stream out as they are done, and a closed stdout (`| head`) ends the run early
// without an error.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeCorpus, runShell, spawnBin, tempDir } from '../helpers.js';

describe('pipes', () => {
  const corpus = makeCorpus(40); // 200 documents

  it('`--ndjson | head -1` ends the run early: exit 0, one document, no error', () => {
    const r = runShell(`CLI ${JSON.stringify(corpus)} --ndjson --verbose --jobs 1 | head -1`);
    expect(r.status).toBe(0); // pipefail: the CLI's own exit code counts too
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toHaveProperty('id', 'batch-000/0000-000_25454836a7aa128b');
    // --verbose prints a line a document processed: far fewer than 200 were
    const processed = r.stderr.split('\n').filter((l) => / blocks? removed/.test(l)).length;
    expect(processed).toBeGreaterThan(0);
    expect(processed).toBeLessThan(100);
    expect(r.stderr).not.toMatch(/EPIPE|Error|internal/);
  });

  it('the JSON array and CSV to a closed pipe also end without an error', () => {
    for (const args of ['', '--format csv --table sections']) {
      const r = runShell(`CLI ${JSON.stringify(corpus)} ${args} | head -c 100 > /dev/null`);
      expect(r.status).toBe(0);
      expect(r.stderr).toBe('');
    }
  });

  it('--ndjson streams: the first document arrives long before the run ends', async () => {
    const child = spawnBin([corpus, '--ndjson', '--jobs', '1']);
    const started = Date.now();
    let firstAt = 0;
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      if (!firstAt) firstAt = Date.now();
      out += d.toString();
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    const endedAt = Date.now();
    await new Promise((resolve) => setImmediate(resolve));
    expect(code).toBe(0);
    expect(out.trimEnd().split('\n')).toHaveLength(200);
    expect(firstAt - started).toBeLessThan((endedAt - started) / 2);
  }, 120_000);
});

describe('a closed stdout while a dataset is written', () => {
  it('the dataset is still written whole', () => {
    const corpus = makeCorpus(20);
    const dir = path.join(tempDir(), 'ds');
    const r = runShell(`CLI ${JSON.stringify(corpus)} -o ${JSON.stringify(dir)} --ndjson | head -1 > /dev/null`);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect((JSON.parse(readFileSync(path.join(dir, 'documents.json'), 'utf8')) as unknown[]).length).toBe(100);
  });
});
