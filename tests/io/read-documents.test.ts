// Documents in numbered NDJSON parts (--split-size, 1 GB by default): the same records as
// documents.json, one a line, in parts listed by datapackage.json; and every reader (validate,
// diff, review, merge, --since) reads both forms through the one reader in src/io.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentsLayout, documentTexts, type DocumentText } from '../../src/io/read-documents.js';
import { FIXTURES, messages, runBin, snapshotDir, tempDir } from '../helpers.js';

const CORPUS = path.join(FIXTURES, 'holdout');
const SPLIT = 30_000;
const common = ['-q', '--exclude', '**/README.md', '--exclude', '**/*.mjs', '--exclude', '**/gold/**', '--exclude', '**/gbk-src/**'];

async function texts(dir: string): Promise<DocumentText[]> {
  const pkg = JSON.parse(readFileSync(path.join(dir, 'datapackage.json'), 'utf8')) as unknown;
  const out: DocumentText[] = [];
  for await (const t of documentTexts(dir, documentsLayout(pkg))) out.push(t);
  return out;
}

describe('documents in NDJSON parts', () => {
  const work = tempDir();
  const whole = path.join(work, 'whole');
  const split = path.join(work, 'split');

  beforeAll(() => {
    for (const [out, extra] of [
      [whole, []],
      [split, ['--split-size', String(SPLIT)]],
    ] as const) {
      const r = runBin([CORPUS, '-o', out, ...common, ...extra]);
      expect(r.status, r.stderr).toBe(0);
    }
  }, 120_000);

  it('past --split-size, documents.json becomes numbered parts datapackage.json lists, each within the size unless one record is larger', () => {
    const files = Object.keys(snapshotDir(split));
    const parts = files.filter((f) => f.endsWith('.ndjson'));
    expect(files).not.toContain('documents.json');
    expect(parts.length).toBeGreaterThan(2);
    expect(parts).toEqual(parts.map((_, i) => `documents-${String(i + 1).padStart(5, '0')}.ndjson`));
    const pkg = JSON.parse(readFileSync(path.join(split, 'datapackage.json'), 'utf8')) as { resources: Array<{ name: string; path: unknown; format: string }> };
    expect(pkg.resources[0]).toMatchObject({ name: 'documents-ndjson', path: parts, format: 'ndjson' });
    const manifest = JSON.parse(readFileSync(path.join(split, 'customs-extract.manifest.json'), 'utf8')) as { files: string[] };
    for (const p of parts) expect(manifest.files).toContain(p);
    for (const p of parts) {
      const lines = readFileSync(path.join(split, p), 'utf8').split('\n');
      expect(lines.at(-1)).toBe('');
      if (lines.length > 2) expect(Buffer.byteLength(readFileSync(path.join(split, p)))).toBeLessThanOrEqual(SPLIT);
    }
  });

  it("the parts hold documents.json's records, one a line, in order; the CSV tables are the same bytes", async () => {
    const a = await texts(whole);
    const b = await texts(split);
    expect(b.map((t) => ('text' in t ? t.text : t.problem))).toEqual(a.map((t) => ('text' in t ? t.text : t.problem)));
    expect(a.length).toBeGreaterThan(10);
    const w = snapshotDir(whole);
    const s = snapshotDir(split);
    for (const f of Object.keys(w).filter((f) => f.endsWith('.csv'))) expect(s[f]!.equals(w[f]!), f).toBe(true);
    // below the size, documents.json as ever
    expect(Object.keys(w)).toContain('documents.json');
  });

  it('validate, diff and review read the parts', () => {
    const v = runBin(['validate', split]);
    expect(v.status, v.stderr).toBe(0);
    expect(v.stdout).toMatch(/valid dataset: \d+ documents/);
    expect(v.stdout.replace(split, '')).toBe(runBin(['validate', whole]).stdout.replace(whole, ''));
    const d = runBin(['diff', whole, split]);
    expect(d.status, d.stdout + d.stderr).toBe(0);
    // review adds its page to the dataset: to a copy, so the other tests see the dataset as written
    const copy = path.join(work, 'split-review');
    cpSync(split, copy, { recursive: true });
    const r = runBin(['review', copy, '-q']);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(path.join(copy, 'review.html'), 'utf8').length).toBeGreaterThan(1000);
  });

  it('validate names the part and line of a broken record', () => {
    const dir = path.join(work, 'broken');
    expect(runBin([CORPUS, '-o', dir, ...common, '--split-size', String(SPLIT)]).status).toBe(0);
    const file = path.join(dir, 'documents-00002.ndjson');
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[0] = lines[0]!.replace(/"sha256":"[0-9a-f]{64}"/, '"sha256":"nope"');
    writeFileSync(file, lines.join('\n'));
    const v = runBin(['validate', dir]);
    expect(v.status).toBe(1);
    expect(messages(v.stderr)[0]).toMatch(/documents-00002\.ndjson:1: document \d+ \(.*\): sha256/);
  });

  it('merge reads parts of either form and writes the form its --split-size asks for', () => {
    const a = path.join(work, 'shard-0');
    const b = path.join(work, 'shard-1');
    expect(runBin([CORPUS, '-o', a, ...common, '--shard', '0/2', '--split-size', String(SPLIT)]).status).toBe(0);
    expect(runBin([CORPUS, '-o', b, ...common, '--shard', '1/2']).status).toBe(0);
    const toJson = path.join(work, 'merged-json');
    const toParts = path.join(work, 'merged-parts');
    let m = runBin(['merge', a, b, '-o', toJson]);
    expect(m.status, m.stderr).toBe(0);
    m = runBin(['merge', a, b, '-o', toParts, '--split-size', String(SPLIT)]);
    expect(m.status, m.stderr).toBe(0);
    expect(snapshotDir(toJson)).toEqual(snapshotDir(whole));
    expect(snapshotDir(toParts)).toEqual(snapshotDir(split));
  });

  it('--since copies from a dataset in parts; a run without --split-size then replaces the parts with documents.json', () => {
    const dir = path.join(work, 'since');
    expect(runBin([CORPUS, '-o', dir, ...common, '--split-size', String(SPLIT)]).status).toBe(0);
    const r = runBin([CORPUS, '-o', dir, ...common.filter((a) => a !== '-q'), '--since', dir]);
    expect(r.status, r.stderr).toBe(0);
    expect(messages(r.stderr).join('\n')).toMatch(/--since .*: (\d+) of \1 inputs unchanged, copied/);
    expect(snapshotDir(dir)).toEqual(snapshotDir(whole));
  });

  it('a record larger than --split-size is a part alone; a --split-size that is not a size is a usage error', () => {
    const dir = path.join(work, 'tiny');
    expect(runBin([CORPUS, '-o', dir, ...common, '--split-size', '100']).status).toBe(0);
    const parts = Object.keys(snapshotDir(dir)).filter((f) => f.endsWith('.ndjson'));
    expect(parts.length).toBeGreaterThan(10);
    for (const p of parts) expect(readFileSync(path.join(dir, p), 'utf8').split('\n')).toHaveLength(2);
    const bad = runBin([CORPUS, '-o', path.join(work, 'bad'), '--split-size', '1XB']);
    expect(bad.status).toBe(2);
    expect(messages(bad.stderr)).toEqual(['customs-extract: --split-size: "1XB" is not a size (e.g. 1GB, 500MB, 64k)']);
  });
});
