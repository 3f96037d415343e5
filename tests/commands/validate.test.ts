// `customs-extract validate DIR` accepts every dataset the tool writes and rejects broken ones.
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDataset } from '../../src/io/write-outputs.js';
import { BIN, FIXTURES, SEEDS, messages, runBin, sampleDocument, tempDir } from '../helpers.js';

const written: Record<string, string> = {};

function copyOf(name: string): string {
  const dir = path.join(tempDir(), 'ds');
  cpSync(written[name]!, dir, { recursive: true });
  return dir;
}
function edit(dir: string, file: string, change: (text: string) => string): void {
  const p = path.join(dir, file);
  const before = readFileSync(p, 'utf8');
  const after = change(before);
  expect(after, `the edit of ${file} changed nothing`).not.toBe(before);
  writeFileSync(p, after);
}
/** Replaces the field `field` of CSV data line `line` (1 = first row after the header); no quoted commas in that row. */
function setCell(text: string, line: number, field: string, value: string): string {
  const lines = text.split('\n');
  const col = lines[0]!.split(',').indexOf(field);
  const cells = lines[line]!.split(',');
  cells[col] = value;
  lines[line] = cells.join(',');
  return lines.join('\n');
}

beforeAll(async () => {
  for (const [name, args] of Object.entries({ seeds: [SEEDS], fixtures: [SEEDS, FIXTURES], excel: [SEEDS, '--excel'], empty: [path.join(FIXTURES, 'cli', 'corpus', 'image.jpg'), '--allow-empty'] })) {
    const dir = path.join(tempDir(), 'ds');
    const r = runBin([...args, '-o', dir]);
    expect(r.status === 0 || r.status === 1, r.stderr).toBe(true);
    written[name] = dir;
  }
  const sample = path.join(tempDir(), 'ds');
  const writer = await openDataset(sample, { tool: { name: 'customs-extract', version: '0.0.0', rulesHash: `sha256:${'0'.repeat(64)}` } });
  await writer.add(sampleDocument('a'));
  await writer.add(sampleDocument('b'));
  await writer.commit();
  written.sample = sample;
});

describe('validate accepts', () => {
  for (const name of ['seeds', 'fixtures', 'excel', 'empty', 'sample']) {
    it(`the dataset the tool writes: ${name}`, () => {
      const r = runBin(['validate', written[name]!]);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/valid dataset: \d+ documents/);
    });
  }
});

describe('validate rejects (exit 1, the problem named)', () => {
  const cases: Array<[string, string, (dir: string) => void, RegExp]> = [
    ['a record of documents.json that breaks its schema', 'seeds', (d) => edit(d, 'documents.json', (t) => t.replace(/"sha256":"[0-9a-f]{64}"/, '"sha256":"not-a-hash"')), /documents\.json: .*sha256/],
    ['documents.json that is not JSON', 'seeds', (d) => edit(d, 'documents.json', (t) => t.slice(0, -10)), /documents\.json: not valid JSON/],
    ['a missing datapackage.json', 'seeds', (d) => rmSync(path.join(d, 'datapackage.json')), /datapackage\.json: missing/],
    ['a missing CSV table', 'seeds', (d) => rmSync(path.join(d, 'sections.csv')), /sections\.csv: missing/],
    ['a number cell that is not a number', 'sample', (d) => edit(d, 'metrics.csv', (t) => setCell(t, 1, 'value', 'lots')), /metrics\.csv:2: value: "lots" is not a number/],
    ['an integer cell with a fraction', 'seeds', (d) => edit(d, 'documents.csv', (t) => setCell(t, 1, 'bytes', '12.5')), /documents\.csv:2: bytes: "12\.5" is not an integer/],
    ['a value outside its enum', 'sample', (d) => edit(d, 'metrics.csv', (t) => t.replace(',exact,', ',sorta,')), /metrics\.csv:2: qualifier: "sorta" is not one of exact, approx, atLeast, atMost, range/],
    ['an empty required cell', 'seeds', (d) => edit(d, 'documents.csv', (t) => setCell(t, 2, 'sha256', '')), /documents\.csv:3: sha256: required, but empty/],
    ['a duplicated primary key', 'sample', (d) => edit(d, 'metrics.csv', (t) => { const l = t.split('\n'); return [...l.slice(0, 2), l[1], ...l.slice(2)].join('\n'); }), /metrics\.csv:3: primary key \(id\) .* appears twice/],
    ['a metric whose section does not exist', 'sample', (d) => edit(d, 'metrics.csv', (t) => setCell(t, 1, 'section', '9')), /metrics\.csv:2: \(doc, section\) \["a","9"\] has no row in sections/],
    ['a metric whose 专栏 does not exist', 'sample', (d) => edit(d, 'metrics.csv', (t) => setCell(t, 2, 'column', 'c9')), /metrics\.csv:3: \(doc, column\) \["a","c9"\] has no row in columns/],
    ['a section whose document does not exist', 'sample', (d) => edit(d, 'sections.csv', (t) => setCell(t, 1, 'doc', 'zzz')), /sections\.csv:2: \(doc\) \["zzz"\] has no row in documents/],
    ['a CSV header that is not the Table Schema', 'seeds', (d) => edit(d, 'documents.csv', (t) => t.replace(/^id,path/, 'path,id')), /documents\.csv:1: header is/],
    ['a row with a cell too many', 'seeds', (d) => edit(d, 'documents.csv', (t) => t.replace(/\n([^\n]+)\n/, '\n$1,extra\n')), /documents\.csv:2: \d+ cells/],
    ['an unclosed quote', 'seeds', (d) => edit(d, 'documents.csv', (t) => `${t}"unclosed,`), /documents\.csv:\d+: a quoted field is not closed/],
    ['a CSV that disagrees with documents.json', 'sample', (d) => edit(d, 'metrics.csv', (t) => t.split('\n').filter((_, i) => i !== 3).join('\n')), /metrics\.csv: 5 rows, documents\.json has 6 metrics/],
    ['a datapackage.json without the tool stamp', 'seeds', (d) => edit(d, 'datapackage.json', (t) => t.replace('"customs_extract"', '"someone_else"')), /datapackage\.json: customs_extract/],
    ['a metric in documents.json naming a section its document lacks', 'sample', (d) => edit(d, 'documents.json', (t) => t.replace('"section":"s1","column":null', '"section":"7","column":null')), /documents\.json: a: metric a#1: section "7"/],
  ];
  for (const [what, base, breakIt, expected] of cases) {
    it(what, () => {
      const dir = copyOf(base);
      breakIt(dir);
      const r = runBin(['validate', dir]);
      expect(r.status).toBe(1);
      expect(r.stdout).toBe('');
      expect(messages(r.stderr).some((l) => expected.test(l)), r.stderr).toBe(true);
      expect(messages(r.stderr).at(-1)).toMatch(/not a valid dataset/);
    });
  }

  it('lists at most --max-problems problems', () => {
    const dir = copyOf('sample');
    edit(dir, 'metrics.csv', (t) => t.replaceAll(',quantity,', ',quantity,').replace(/,(-?[\d.]+),元,/, ',x,元,').replace(/,(-?[\d.]+),项,/, ',y,项,'));
    const r = runBin(['validate', dir, '--max-problems', '1']);
    expect(r.status).toBe(1);
    expect(messages(r.stderr)).toHaveLength(2);
  });
});

describe('validate streams', () => {
  it('checks a dataset several times larger than its heap may grow (documents.json read a document at a time)', async () => {
    const dir = path.join(tempDir(), 'big');
    const writer = await openDataset(dir, { tool: { name: 'customs-extract', version: '0.0.0', rulesHash: `sha256:${'0'.repeat(64)}` } });
    const padding = '海关监管进出口货物,统计数据按月发布。'.repeat(4000); // 80,000 characters a document
    for (let i = 0; i < 300; i++) {
      const doc = sampleDocument(`d${String(i).padStart(3, '0')}`);
      await writer.add({ ...doc, text: doc.text + padding });
    }
    await writer.commit();
    const size = statSync(path.join(dir, 'documents.json')).size;
    expect(size).toBeGreaterThan(60 * 1024 * 1024);
    // a 40 MB heap: reading documents.json whole (as validate did) runs out of memory
    const r = spawnSync(process.execPath, ['--max-old-space-size=40', BIN, 'validate', dir], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/valid dataset: 300 documents, 600 sections, 300 专栏, 900 metrics/);
  }, 120_000);

  it('requires the rows of each table grouped by document in documents.csv order', () => {
    const dir = copyOf('sample');
    // move document a's first section row after document b's rows
    edit(dir, 'sections.csv', (t) => {
      const l = t.trimEnd().split('\n');
      return `${[l[0], ...l.slice(2), l[1]].join('\n')}\n`;
    });
    const r = runBin(['validate', dir]);
    expect(r.status).toBe(1);
    expect(messages(r.stderr).some((l) => /sections\.csv:\d+: rows of document "a" are not together in documents\.csv's order/.test(l)), r.stderr).toBe(true);
  });

  it('reports a problem in a record of documents.json and goes on to the next', () => {
    const dir = copyOf('sample');
    edit(dir, 'documents.json', (t) => t.replaceAll(/"sha256":"a{64}"/g, '"sha256":"not-a-hash"'));
    const r = runBin(['validate', dir]);
    expect(r.status).toBe(1);
    const lines = messages(r.stderr).filter((l) => /documents\.json: document \d \((a|b)\): sha256/.test(l));
    expect(lines).toHaveLength(2);
  });
});

describe('validate usage', () => {
  it('a folder that does not exist: exit 2', () => {
    const r = runBin(['validate', path.join(tempDir(), 'nope')]);
    expect(r.status).toBe(2);
    expect(messages(r.stderr)).toHaveLength(1);
  });
});
