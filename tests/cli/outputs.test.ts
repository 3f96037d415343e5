// Output: the dataset, stdout formats and tables, determinism, --jobs, the terminal default.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, SEEDS, hasScript, heldRun, makeCorpus, messages, runBin, runBinBytes, runInTerminal, snapshotDir, tempDir } from '../helpers.js';

const CORPUS = path.join(FIXTURES, 'cli', 'corpus');
type Doc = { id: string; metrics: Array<{ id: string }>; sections: unknown[] };

describe('what -o DIR may replace', () => {
  it('only the files of its manifest: the rest of DIR stays byte for byte', () => {
    const dir = path.join(tempDir(), 'ds');
    expect(runBin([SEEDS, '-o', dir, '-q']).status).toBe(0);
    mkdirSync(path.join(dir, '.git'));
    writeFileSync(path.join(dir, '.git', 'HEAD'), 'ref: refs/heads/main\n');
    writeFileSync(path.join(dir, 'analysis.ipynb'), '{}');
    const r = runBin([CORPUS, '-o', dir, '-q']);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(path.join(dir, '.git', 'HEAD'), 'utf8')).toBe('ref: refs/heads/main\n');
    expect(readFileSync(path.join(dir, 'analysis.ipynb'), 'utf8')).toBe('{}');
  });

  it('a corpus holding a documents.json is not a dataset: -o into it is refused, exit 2, one line, nothing touched', () => {
    const scraped = tempDir();
    writeFileSync(path.join(scraped, 'documents.json'), '[]');
    writeFileSync(path.join(scraped, 'page.txt'), '海关总署公告。进出口总值43.85万亿元。');
    const before = snapshotDir(scraped);
    for (const dir of [scraped, path.join(scraped, 'out')]) {
      const r = runBin([scraped, '-o', dir]);
      expect(r.status).toBe(2);
      expect(messages(r.stderr)).toHaveLength(1);
      expect(r.stderr).toMatch(/(is|sits inside) the input/);
    }
    // the dataset folder above its raw inputs (ds/raw -o ds)
    const r = runBin([path.join(FIXTURES, 'cli'), '-o', FIXTURES]);
    expect(r.status).toBe(2);
    expect(messages(r.stderr)).toEqual([`customs-extract: ${FIXTURES}: contains the input ${path.join(FIXTURES, 'cli')}; write the dataset outside the inputs`]);
    const other = tempDir();
    writeFileSync(path.join(other, 'thesis.docx'), 'x');
    const refused = runBin([SEEDS, '-o', other]);
    expect(refused.status).toBe(2);
    expect(messages(refused.stderr)).toHaveLength(1);
    expect(readdirSync(other)).toEqual(['thesis.docx']);
    expect(snapshotDir(scraped)).toEqual(before);
  });

  it('a dataset written before manifests is replaced and gets one; with a file of the user beside it, refused', () => {
    const dir = path.join(tempDir(), 'ds');
    expect(runBin([SEEDS, '-o', dir, '-q']).status).toBe(0);
    rmSync(path.join(dir, 'customs-extract.manifest.json')); // as an older version left it
    const r = runBin([CORPUS, '-o', dir, '-q']);
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(path.join(dir, 'customs-extract.manifest.json'))).toBe(true);
    const old = path.join(tempDir(), 'ds');
    expect(runBin([SEEDS, '-o', old, '-q']).status).toBe(0);
    rmSync(path.join(old, 'customs-extract.manifest.json'));
    writeFileSync(path.join(old, 'analysis.ipynb'), '{}');
    const before = snapshotDir(old);
    const refused = runBin([CORPUS, '-o', old, '-q']);
    expect(refused.status).toBe(2);
    expect(messages(refused.stderr)).toEqual([expect.stringContaining('"analysis.ipynb"')]);
    expect(snapshotDir(old)).toEqual(before);
  });

  it('zero documents: exit 1, one line, the previous dataset untouched; --allow-empty writes the empty one', () => {
    const dir = path.join(tempDir(), 'ds');
    expect(runBin([SEEDS, '-o', dir, '-q']).status).toBe(0);
    const before = snapshotDir(dir);
    const empty = tempDir();
    writeFileSync(path.join(empty, 'notes.pdf'), 'x'); // skipped: not a document type
    const r = runBin([empty, '-o', dir, '-q']);
    expect(r.status).toBe(1);
    expect(messages(r.stderr)).toEqual([`customs-extract: no document could be read; ${dir} is left as it was (--allow-empty writes an empty dataset)`]);
    expect(snapshotDir(dir)).toEqual(before);
    const fresh = path.join(tempDir(), 'fresh');
    expect(runBin([empty, '-o', fresh, '-q']).status).toBe(1);
    expect(existsSync(fresh)).toBe(false);
    const allowed = runBin([empty, '-o', dir, '-q', '--allow-empty']);
    expect(allowed.status, allowed.stderr).toBe(0);
    expect(readFileSync(path.join(dir, 'documents.json'), 'utf8')).toBe('[]\n');
  });

  it('zero documents on stdout: exit 1 and the line saying so, once; --allow-empty and a --shard part exit 0', () => {
    const empty = tempDir();
    writeFileSync(path.join(empty, 'notes.pdf'), 'x');
    const r = runBin([empty, '-q']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('[]\n');
    expect(messages(r.stderr)).toEqual(['customs-extract: no document could be read (--allow-empty writes an empty dataset)']);
    // a failed input already says why: no second line
    const missing = runBin([path.join(empty, 'nothere.txt'), '-q']);
    expect(missing.status).toBe(1);
    expect(messages(missing.stderr)).toEqual([`customs-extract: ${path.join(empty, 'nothere.txt')}: no such file or folder`]);
    for (const args of [['--allow-empty'], ['--shard', '0/2']]) {
      const ok = runBin([empty, '-q', ...args]);
      expect(ok.status, args.join(' ')).toBe(0);
      expect(ok.stdout).toBe('[]\n');
    }
  });

  it('a second run into the same DIR refuses at once, exit 1, naming the first', async () => {
    const dir = path.join(tempDir(), 'ds');
    // the first run holds the lock until this test reads its stdout (heldRun): no race with its end
    const first = await heldRun([makeCorpus(40), '-o', dir, '--jobs', '1']);
    const exited = new Promise<number | null>((resolve) => first.on('exit', (code) => resolve(code)));
    const second = runBin([SEEDS, '-o', dir]);
    expect(second.status).toBe(1);
    expect(messages(second.stderr)).toHaveLength(1);
    expect(second.stderr).toContain(`another run is writing this folder (pid ${first.pid}`);
    first.stdout!.resume();
    expect(await exited).toBe(0);
    expect(runBin([SEEDS, '-o', dir, '-q']).status).toBe(0);
  }, 120_000);
});

describe('-o DIR', () => {
  it('writes documents.json, the four CSV tables and datapackage.json, and nothing else', () => {
    const dir = path.join(tempDir(), 'ds');
    const r = runBin([SEEDS, '-o', dir]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(readdirSync(dir).sort()).toEqual(['columns.csv', 'customs-extract.manifest.json', 'datapackage.json', 'documents.csv', 'documents.json', 'metrics.csv', 'sections.csv']);
    const docs = JSON.parse(readFileSync(path.join(dir, 'documents.json'), 'utf8')) as Doc[];
    expect(docs).toHaveLength(5);
    const csv = readFileSync(path.join(dir, 'documents.csv'), 'utf8').trimEnd().split('\n');
    expect(csv[0]!.startsWith('id,path,format,encoding,encoding_how,bytes,sha256,title,')).toBe(true);
    expect(csv.slice(1).map((l) => l.split(',')[0])).toEqual(docs.map((d) => d.id));
  });

  it('datapackage.json: a Table Schema per CSV with keys, the tool version and a rules hash, no timestamps', () => {
    const dir = path.join(tempDir(), 'ds');
    runBin([SEEDS, '-o', dir]);
    const text = readFileSync(path.join(dir, 'datapackage.json'), 'utf8');
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    const pkg = JSON.parse(text) as {
      customs_extract: { version: string; rulesHash: string };
      resources: Array<{ name: string; path: string; schema?: { fields: Array<{ name: string; type: string; description: string }>; primaryKey: string[]; foreignKeys: Array<{ fields: string[]; reference: { resource: string; fields: string[] } }> } }>;
    };
    const version = (JSON.parse(readFileSync(path.resolve(SEEDS, '..', 'package.json'), 'utf8')) as { version: string }).version;
    expect(pkg.customs_extract.version).toBe(version);
    expect(pkg.customs_extract.rulesHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    const byName = Object.fromEntries(pkg.resources.map((r) => [r.name, r]));
    expect(Object.keys(byName).sort()).toEqual(['columns', 'documents', 'documents-json', 'metrics', 'sections']);
    for (const name of ['documents', 'sections', 'columns', 'metrics']) {
      const r = byName[name]!;
      expect(r.path).toBe(`${name}.csv`);
      const header = readFileSync(path.join(dir, r.path), 'utf8').split('\n')[0]!;
      expect(r.schema!.fields.map((f) => f.name).join(',')).toBe(header);
      for (const f of r.schema!.fields) expect(f.description.length).toBeGreaterThan(0);
    }
    expect(byName.documents!.schema!.primaryKey).toEqual(['id']);
    expect(byName.sections!.schema!.primaryKey).toEqual(['doc', 'id']);
    const fks = (name: string): string[] => byName[name]!.schema!.foreignKeys.map((fk) => `${fk.fields.join('+')}->${fk.reference.resource}.${fk.reference.fields.join('+')}`);
    expect(fks('metrics')).toEqual(['doc->documents.id', 'doc+section->sections.doc+id', 'doc+column->columns.doc+id']);
    expect(fks('sections')).toEqual(['doc->documents.id']);
    expect(fks('columns')).toEqual(['doc->documents.id']);
  });

  it('is deterministic: two runs over the same input are byte-identical', () => {
    const a = path.join(tempDir(), 'ds');
    const b = path.join(tempDir(), 'ds');
    expect(runBin([SEEDS, FIXTURES, '-o', a]).status).toBe(runBin([SEEDS, FIXTURES, '-o', b]).status);
    expect(snapshotDir(a)).toEqual(snapshotDir(b));
  });

  it('--jobs 1 and --jobs 2 write the same bytes, on a corpus big enough to start worker threads', () => {
    const corpus = makeCorpus(10);
    const a = path.join(tempDir(), 'ds');
    const b = path.join(tempDir(), 'ds');
    const one = runBin([corpus, SEEDS, FIXTURES, '-o', a, '--jobs', '1', '--verbose']);
    const two = runBin([corpus, SEEDS, FIXTURES, '-o', b, '--jobs', '2', '--verbose']);
    expect(two.status).toBe(one.status);
    expect(messages(one.stderr).some((l) => l.includes('worker threads'))).toBe(false);
    expect(messages(two.stderr).filter((l) => /^customs-extract: processing \d+ files in 2 threads$/.test(l))).toHaveLength(1);
    expect(snapshotDir(b)).toEqual(snapshotDir(a));
    const s1 = runBinBytes([corpus, '--ndjson', '--jobs', '1']);
    const s2 = runBinBytes([corpus, '--ndjson', '--jobs', '2']);
    expect(s2.stdout.equals(s1.stdout)).toBe(true);
    expect(s1.stdout.toString().trim().split('\n')).toHaveLength(50);
  }, 240_000);
});

describe('stdout', () => {
  it('not a terminal and no -o: the JSON array goes to stdout, byte-identical to documents.json', () => {
    const dir = path.join(tempDir(), 'ds');
    runBin([SEEDS, '-o', dir]);
    const r = runBinBytes([SEEDS]);
    expect(r.status).toBe(0);
    expect(r.stdout.equals(readFileSync(path.join(dir, 'documents.json')))).toBe(true);
  });

  it('--format ndjson / --ndjson: one document a line', () => {
    const json = JSON.parse(runBin([SEEDS]).stdout) as Doc[];
    for (const args of [['--format', 'ndjson'], ['--ndjson']]) {
      const lines = runBin([SEEDS, ...args]).stdout.trimEnd().split('\n');
      expect(lines.map((l) => JSON.parse(l) as Doc)).toEqual(json);
    }
  });

  it('--format csv prints the documents table, byte-identical to documents.csv; --table picks another', () => {
    const dir = path.join(tempDir(), 'ds');
    runBin([SEEDS, CORPUS, '-o', dir]);
    for (const table of ['documents', 'sections', 'columns', 'metrics']) {
      const args = table === 'documents' ? ['--format', 'csv'] : ['--format', 'csv', '--table', table];
      const r = runBinBytes([SEEDS, CORPUS, ...args]);
      expect(r.status).toBe(0);
      expect(r.stdout.equals(readFileSync(path.join(dir, `${table}.csv`)))).toBe(true);
    }
    // --table alone means CSV
    expect(runBin([SEEDS, '--table', 'sections']).stdout.split('\n')[0]).toBe(readFileSync(path.join(dir, 'sections.csv'), 'utf8').split('\n')[0]);
  });

  it('--format ndjson --table NAME: the table rows as JSON objects, with typed values', () => {
    const csvHeader = runBin([SEEDS, '--format', 'csv', '--table', 'documents']).stdout.split('\n')[0]!.split(',');
    const rows = runBin([SEEDS, '--format', 'ndjson', '--table', 'documents']).stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows).toHaveLength(5);
    expect(Object.keys(rows[0]!)).toEqual(csvHeader);
    expect(typeof rows[0]!.bytes).toBe('number');
    const docs = JSON.parse(runBin([SEEDS]).stdout) as Array<{ id: string; sections: unknown[] }>;
    expect(rows.map((r) => [r.id, r.sections])).toEqual(docs.map((d) => [d.id, d.sections.length]));
  });

  it('with -o, --format also prints to stdout', () => {
    const dir = path.join(tempDir(), 'ds');
    const r = runBin([SEEDS, '-o', dir, '--format', 'ndjson']);
    expect(r.stderr).toBe(`customs-extract summary: 5 documents${r.stderr.slice(r.stderr.indexOf(' ('), r.stderr.indexOf('; written'))}; written to ${dir}\n`);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(5);
    expect(existsSync(path.join(dir, 'documents.json'))).toBe(true);
  });
});

describe.skipIf(!hasScript())('in a terminal', () => {
  it('without -o writes out/ in the current folder and prints a summary table', () => {
    const cwd = tempDir();
    const r = runInTerminal([SEEDS], { cwd });
    expect(r.status).toBe(0);
    expect(readdirSync(path.join(cwd, 'out')).sort()).toEqual(['columns.csv', 'customs-extract.manifest.json', 'datapackage.json', 'documents.csv', 'documents.json', 'metrics.csv', 'sections.csv']);
    for (const label of ['documents', 'sections', '专栏', 'metrics', 'warnings', 'characters kept', 'characters removed', 'time', 'written to']) expect(r.output).toContain(label);
    expect(r.output).toMatch(/documents\s+5/);
    // the JSON is not dumped on the terminal
    expect(r.output).not.toContain('"sha256"');
  });
});
