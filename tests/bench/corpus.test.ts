// The benchmark corpus: same seed, same bytes; a mix of encodings and formats; within its size.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus, perturbDigits, REAL_HTML_FOLDER, REAL_SHARE, REAL_TEXT_FOLDER, seededRandom, type Corpus } from '../../bench/corpus.js';
import { FIXTURES, SEEDS, tempDir } from '../helpers.js';

const SIZE = 400_000;
const dirs: string[] = [];

function build(seed: number, sizeBytes = SIZE): Corpus {
  const dir = tempDir('ce-bench-corpus-');
  dirs.push(dir);
  return generateCorpus({ dir, sizeBytes, seed, seedsDir: SEEDS, fixturesDir: FIXTURES });
}

function fingerprint(corpus: Corpus): string {
  const hash = createHash('sha256');
  for (const f of corpus.files) hash.update(f.path).update(readFileSync(path.join(corpus.dir, f.path)));
  return hash.digest('hex');
}

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('generateCorpus', () => {
  const a = build(7);
  const b = build(7);
  const c = build(8);

  it('writes the same files, byte for byte, for the same seed', () => {
    expect(a.files).toEqual(b.files);
    expect(fingerprint(a)).toBe(fingerprint(b));
  });

  it('writes a different corpus for another seed', () => {
    expect(fingerprint(c)).not.toBe(fingerprint(a));
  });

  it('stays within the size asked for, and comes close to it', () => {
    for (const corpus of [a, c]) {
      expect(corpus.totalBytes).toBeLessThanOrEqual(SIZE);
      expect(corpus.totalBytes).toBeGreaterThan(SIZE * 0.95);
      expect(corpus.files.reduce((n, f) => n + f.bytes, 0)).toBe(corpus.totalBytes);
    }
    const tiny = build(7, 20_000);
    expect(tiny.totalBytes).toBeLessThanOrEqual(20_000);
    expect(tiny.files.length).toBeGreaterThan(0);
  });

  it('mixes UTF-8 and GB18030, text and HTML, and each file is what it says', () => {
    const kinds = new Set(a.files.map((f) => `${f.format}/${f.encoding}`));
    expect(kinds).toEqual(new Set(['text/utf-8', 'text/gb18030', 'html/utf-8', 'html/gb18030']));
    for (const f of a.files) {
      const bytes = readFileSync(path.join(a.dir, f.path));
      expect(f.path.endsWith(f.format === 'html' ? '.html' : '.txt')).toBe(true);
      let utf8Valid = true;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        utf8Valid = false;
      }
      // GB18030 bytes of Chinese text are never valid UTF-8, so the decoder must detect them.
      expect(utf8Valid).toBe(f.encoding === 'utf-8');
      const text = f.encoding === 'utf-8' ? bytes.toString('utf8') : iconv.decode(bytes, 'gb18030');
      expect(text).toMatch(/[\u4e00-\u9fff]/);
      if (f.format === 'html') {
        expect(text).toMatch(/^<!DOCTYPE html>/);
        expect(text).toContain(f.encoding === 'utf-8' ? 'charset="utf-8"' : 'charset=gb2312');
      }
    }
  });
});

describe('generateCorpus with a folder of real documents', () => {
  // a stand-in for ../shared/real/docs (tests never read it): two pages, a GBK dump, a Markdown file
  const realDir = tempDir('ce-bench-real-');
  dirs.push(realDir);
  const names = ['a_gacc_announcement.html', 'h_gb2312_page.html', 'c_regulation_gbk.txt', 'f_markdown_report.md'];
  for (const name of names) copyFileSync(path.join(FIXTURES, 'holdout', name), path.join(realDir, name));
  mkdirSync(path.join(realDir, 'sub'));
  const dir = tempDir('ce-bench-corpus-');
  dirs.push(dir);
  const corpus = generateCorpus({ dir, sizeBytes: SIZE, seed: 7, seedsDir: SEEDS, fixturesDir: FIXTURES, realDir });
  const real = corpus.files.filter((f) => f.origin === 'real');

  it('copies the HTML and text documents byte for byte, round after round, up to their share of the size', () => {
    expect(corpus.realSources).toBe(3);
    const once = names.slice(0, 3).reduce((n, name) => n + readFileSync(path.join(realDir, name)).length, 0);
    expect(real.length).toBeGreaterThanOrEqual(3 * Math.floor((SIZE * REAL_SHARE) / once));
    const realBytes = real.reduce((n, f) => n + f.bytes, 0);
    expect(realBytes).toBeLessThanOrEqual(SIZE * REAL_SHARE);
    for (const f of real) {
      const name = path.basename(f.path);
      expect(names.slice(0, 3)).toContain(name);
      expect(readFileSync(path.join(dir, f.path)).equals(readFileSync(path.join(realDir, name)))).toBe(true);
      expect(f.path.startsWith(`${f.format === 'html' ? REAL_HTML_FOLDER : REAL_TEXT_FOLDER}/`)).toBe(true);
    }
    expect(real.find((f) => f.path.endsWith('c_regulation_gbk.txt'))?.encoding).toBe('gb18030');
    expect(real.find((f) => f.path.endsWith('a_gacc_announcement.html'))?.encoding).toBe('utf-8');
  });

  it('fills the rest with generated documents, within the size', () => {
    expect(corpus.files.some((f) => f.origin === 'generated')).toBe(true);
    expect(corpus.totalBytes).toBeLessThanOrEqual(SIZE);
    expect(corpus.totalBytes).toBeGreaterThan(SIZE * 0.95);
  });
});

describe('perturbDigits', () => {
  it('changes figures but keeps their shape, years and ASCII identifiers', () => {
    const text = '2024年进出口总值41.75万亿元,增长5%,G20峰会,查获1230起。';
    const out = perturbDigits(text, seededRandom(1));
    expect(out).not.toBe(text);
    expect(out.startsWith('2024年')).toBe(true);
    expect(out).toContain('G20');
    expect(out).toMatch(/^2024年进出口总值[1-9]\d\.\d\d万亿元,增长[1-9]%,G20峰会,查获[1-9]\d{3}起。$/);
    expect(perturbDigits(text, seededRandom(1))).toBe(out);
  });
});
