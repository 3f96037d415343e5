// The required-work child: it times the floor's work, cheerio's parse, zod and the output
// encoding over a real corpus and a real run's documents, and nothing else.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusFiles } from '../../bench/corpus-files.js';
import type { RequiredResult } from '../../bench/required.js';
import { FIXTURES, ROOT, runBin, SEEDS, tempDir } from '../helpers.js';

const REQUIRED = path.join(ROOT, 'dist-bench', 'required.js');

function corpus(): string {
  const dir = tempDir('ce-required-');
  mkdirSync(path.join(dir, 'b'));
  copyFileSync(path.join(FIXTURES, 'holdout', 'a_gacc_announcement.html'), path.join(dir, 'a.html'));
  copyFileSync(path.join(FIXTURES, 'holdout', 'c_regulation_gbk.txt'), path.join(dir, 'b', 'c.txt'));
  copyFileSync(path.join(FIXTURES, 'holdout', 'f_markdown_report.md'), path.join(dir, 'b', 'f.md'));
  // not read by the CLI, so not by the bench either
  writeFileSync(path.join(dir, 'notes.pdf'), 'x');
  return dir;
}

describe('corpusFiles', () => {
  it('lists what the CLI reads, depth first in code-unit order, and the format an extension names', () => {
    const dir = corpus();
    const files = [...corpusFiles(dir)].map((f) => [path.relative(dir, f.file), f.format]);
    expect(files).toEqual([
      ['a.html', 'html'],
      ['b/c.txt', 'text'],
      ['b/f.md', 'markdown'],
    ]);
  });

  it('reads the seeds folder whole', () => {
    expect([...corpusFiles(SEEDS)].length).toBe(5);
  });
});

describe('bench/required.js', () => {
  it('times every part over the corpus and the documents a run wrote', () => {
    const dir = corpus();
    const out = tempDir('ce-required-out-');
    expect(runBin([dir, '-o', out, '--quiet']).status).toBe(0);
    const r = spawnSync(process.execPath, [REQUIRED, dir, path.join(out, 'documents.json')], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout) as RequiredResult;
    expect(result.docs).toBe(3);
    expect(result.records).toBe(3);
    for (const part of Object.values(result.parts)) expect(part).toBeGreaterThan(0);
    const sum = result.parts.floor + result.parts.htmlParse + result.parts.validate + result.parts.encode;
    expect(result.ms).toBeCloseTo(sum, 6);
  });

  it('reads the documents in NDJSON parts (past --split-size) as it reads documents.json', () => {
    const dir = corpus();
    const out = tempDir('ce-required-parts-');
    expect(runBin([dir, '-o', out, '--quiet', '--split-size', '1k']).status).toBe(0);
    const parts = readdirSync(out).filter((n) => n.endsWith('.ndjson')).sort();
    expect(parts).toHaveLength(3);
    const r = spawnSync(process.execPath, [REQUIRED, dir, ...parts.map((p) => path.join(out, p))], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as RequiredResult).records).toBe(3);
  });

  it('fails, naming the problem, on a documents file that does not hold valid documents', () => {
    const dir = corpus();
    const bad = path.join(tempDir('ce-required-bad-'), 'documents.json');
    writeFileSync(bad, '[\n{"id":"x"}\n]\n');
    const r = spawnSync(process.execPath, [REQUIRED, dir, bad], { encoding: 'utf8' });
    expect(r.status).not.toBe(0);
    expect(r.stdout).toBe('');
  });

  it('says how to call it when an argument is missing', () => {
    const r = spawnSync(process.execPath, [REQUIRED], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^usage: /);
  });
});
