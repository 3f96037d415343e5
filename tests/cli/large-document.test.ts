// A large document is written in pieces (its metrics made a window at a time): the dataset is
// byte for byte the one a whole-document run writes, in every layout (documents.json, its NDJSON
// parts, the CSV tables, datapackage.json), with worker threads too; so is stdout's JSON or NDJSON. The threshold is made tiny
// through CUSTOMS_EXTRACT_LARGE_DOCUMENT, so that a seeds-sized document counts as large.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTarGz } from '../io/archive-fixtures.js';
import { makeCorpus, runBin, runBinBytes, runShell, SEEDS, snapshotDir, tempDir } from '../helpers.js';

/** The corpus: 50 seed copies, and between them (by id) one document of all the seeds under chapter headings. */
function corpusWithLongDocument(): { dir: string; longBytes: number } {
  const dir = makeCorpus(10);
  const chapters = readdirSync(SEEDS)
    .sort()
    .map((name, i) => `第${i + 1}章 汇编\n${readFileSync(path.join(SEEDS, name), 'utf8').trim()}`);
  const text = `${chapters.join('\n')}\n`;
  mkdirSync(path.join(dir, 'batch-000'), { recursive: true });
  writeFileSync(path.join(dir, 'batch-000', '0005-long.txt'), text);
  return { dir, longBytes: Buffer.byteLength(text) };
}

describe('a large document in pieces', () => {
  const { dir, longBytes } = corpusWithLongDocument();
  // large: the long document only (the seed copies are smaller); a window every ~4000 characters,
  // a piece every ~2000 UTF-16 units (a batch of sections, a window's metrics)
  const tiny = { CUSTOMS_EXTRACT_LARGE_DOCUMENT: `${longBytes}:4000:2000` };
  const layouts: Array<[string, string[]]> = [
    ['documents.json', ['--jobs', '1']],
    ['NDJSON parts', ['--jobs', '1', '--split-size', '64k']],
    ['--jobs 2', ['--jobs', '2']],
    ['--excel', ['--jobs', '1', '--excel']],
  ];
  for (const [name, args] of layouts) {
    it(`writes the bytes a whole-document run writes: ${name}`, () => {
      const [whole, pieces] = [tempDir(), tempDir()];
      const a = runBin([dir, '-o', whole, '--quiet', ...args]);
      const b = runBin([dir, '-o', pieces, '--quiet', ...args], { env: tiny });
      expect(a.status, a.stderr).toBe(0);
      expect(b.status, b.stderr).toBe(0);
      const [x, y] = [snapshotDir(whole), snapshotDir(pieces)];
      expect(Object.keys(y)).toEqual(Object.keys(x));
      for (const file of Object.keys(x)) expect(y[file]!.equals(x[file]!), file).toBe(true);
      if (name === 'NDJSON parts') expect(Object.keys(x).filter((f) => f.endsWith('.ndjson')).length).toBeGreaterThan(1);
    }, 120_000);
  }

  // stdout: JSON and NDJSON records are whole documents, so a large one is printed in pieces (its
  // documents.json part, framed as a whole record is); a table's rows are made whole
  const printed: Array<[string, string[]]> = [
    ['JSON array on stdout', ['--jobs', '1', '--format', 'json']],
    ['NDJSON on stdout, --jobs 2', ['--jobs', '2', '--ndjson']],
    ['NDJSON on stdout beside -o', ['--jobs', '1', '--ndjson', '-o', 'DIR']],
    ['CSV of the metrics table on stdout (made whole)', ['--jobs', '1', '--format', 'csv', '--table', 'metrics']],
  ];
  for (const [name, args] of printed) {
    it(`prints the bytes a whole-document run prints: ${name}`, () => {
      const [whole, pieces] = [tempDir(), tempDir()];
      const a = runBinBytes([dir, '--quiet', ...args.map((x) => (x === 'DIR' ? whole : x))]);
      const b = runBinBytes([dir, '--quiet', ...args.map((x) => (x === 'DIR' ? pieces : x))], { env: tiny });
      expect(a.status, a.stderr).toBe(0);
      expect(b.status, b.stderr).toBe(0);
      expect(a.stdout.length).toBeGreaterThan(longBytes);
      expect(b.stdout.equals(a.stdout)).toBe(true);
      if (args.includes('-o')) {
        const [x, y] = [snapshotDir(whole), snapshotDir(pieces)];
        for (const file of Object.keys(x)) expect(y[file]?.equals(x[file]!), file).toBe(true);
      }
    }, 120_000);
  }

  it('prints a large member of a tar in id order, its pieces kept together while the tar is read: the bytes of a whole-document run', async () => {
    const files: Array<{ name: string; data: Buffer }> = [];
    const walk = (rel: string): void => {
      for (const e of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
        const r = rel ? `${rel}/${e.name}` : e.name;
        if (e.isDirectory()) walk(r);
        else files.push({ name: r, data: readFileSync(path.join(dir, r)) });
      }
    };
    walk('');
    const tar = path.join(tempDir(), 'corpus.tar');
    writeFileSync(tar, await makeTarGz(files.sort((a, b) => (a.name < b.name ? 1 : -1)), false));
    for (const format of [['--ndjson'], ['--format', 'json']]) {
      const a = runBinBytes([tar, '--quiet', '--jobs', '1', ...format]);
      const b = runBinBytes([tar, '--quiet', '--jobs', '1', ...format], { env: tiny });
      expect(a.status, a.stderr.toString()).toBe(0);
      expect(b.status, b.stderr.toString()).toBe(0);
      expect(b.stdout.equals(a.stdout), format.join(' ')).toBe(true);
    }
    const ids = runBinBytes([tar, '--quiet', '--ndjson'], { env: tiny }).stdout.toString('utf8').trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id);
    expect(ids).toEqual([...ids].sort());
    expect(ids).toContain('corpus/batch-000/0005-long');
  }, 120_000);

  it('a closed stdout ends the run within a document in pieces, without an error', () => {
    const long = path.join(dir, 'batch-000', '0005-long.txt');
    const r = runShell(`CLI ${JSON.stringify(long)} --ndjson --quiet | head -c 100 > /dev/null`, { env: tiny });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
  }, 120_000);

  it('counts the document’s metrics in the run summary', () => {
    const out = tempDir();
    const r = runBin([dir, '-o', out], { env: tiny });
    expect(r.status, r.stderr).toBe(0);
    const row = readFileSync(path.join(out, 'documents.csv'), 'utf8').split('\n').find((l) => l.startsWith('batch-000/0005-long,'))!;
    const metrics = Number(row.split(',').at(-1));
    expect(metrics).toBeGreaterThan(100);
    const total = readFileSync(path.join(out, 'metrics.csv'), 'utf8').trim().split('\n').length - 1;
    expect(r.stderr).toContain(String(total));
  }, 120_000);
});
