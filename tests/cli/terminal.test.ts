// People at a terminal, and CI: progress only on a terminal, --quiet, --verbose, the summary,
// --help, one-line errors and --debug, --fail-on, --excel, --review.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, SEEDS, hasScript, messages, runBin, runInTerminal, tempDir } from '../helpers.js';

/** 1000 ASCII letters and one byte that decodes to nothing: a document with one decode warning. */
function warningFile(dir: string): string {
  const file = path.join(dir, 'warn.txt');
  writeFileSync(file, Buffer.concat([Buffer.from('a'.repeat(1000)), Buffer.from([0xff]), Buffer.from('海关公告')]));
  return file;
}

describe.skipIf(!hasScript())('on a terminal', () => {
  it('draws a progress bar and a summary on stderr', () => {
    const r = runInTerminal([SEEDS, '-o', path.join(tempDir(), 'ds')]);
    expect(r.status).toBe(0);
    expect(r.output).toMatch(/\r\[[#-]+\] \d+\/5 \d+\.\d docs\/s \d+\.\d MB\/s \d+:\d\d ETA (\d+:\d\d|\?) \S+\.txt/);
    expect(r.output).toMatch(/documents\s+5/);
  });

  it('--quiet: nothing at all when all is well', () => {
    const r = runInTerminal([SEEDS, '-o', path.join(tempDir(), 'ds'), '--quiet']);
    expect(r.status).toBe(0);
    expect(r.output).toBe('');
  });
});

describe('in a pipe (CI)', () => {
  it('no progress bar, one summary line at the end', () => {
    const dir = path.join(tempDir(), 'ds');
    const r = runBin([SEEDS, '-o', dir]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(new RegExp(`^customs-extract summary: 5 documents \\(\\d+ sections, \\d+ 专栏, \\d+ metrics, 0 warnings\\); 0 skipped, 0 failed; \\d+\\.\\d\\d s; written to ${dir}\\n$`));
    expect(runBin([SEEDS, '-o', dir, '-q']).stderr).toBe('');
  });

  it('--verbose: one line a file saying what was removed and found, then the summary', () => {
    const r = runBin([SEEDS, '-o', path.join(tempDir(), 'ds'), '--verbose']);
    const docs = JSON.parse(runBin([SEEDS]).stdout) as Array<{ path: string; removed: Array<{ rule: string; text: string }>; sections: unknown[]; columns: unknown[]; metrics: unknown[] }>;
    const lines = messages(r.stderr);
    for (const d of docs) {
      const chars = d.removed.reduce((n, b) => n + [...b.text].length, 0);
      const line = lines.find((l) => l.startsWith(`customs-extract: ${d.path}: `));
      expect(line).toMatch(new RegExp(`: ${d.removed.length} blocks? removed \\(${chars} characters(: [^)]+)?\\), ${d.sections.length} sections?, ${d.columns.length} 专栏, ${d.metrics.length} metrics?, 0 warnings$`));
      // each rule that removed a block is named
      for (const rule of new Set(d.removed.map((b) => b.rule))) expect(line).toContain(rule);
    }
    expect(docs.some((d) => d.removed.length > 0)).toBe(true);
    expect(r.stderr).toMatch(/documents\s+5\n/);
    expect(r.stderr).not.toContain('\r');
  });

  it('--help lists every option, each with an example', () => {
    const r = runBin(['--help']);
    expect(r.status).toBe(0);
    const options = [...r.stdout.matchAll(/^\s+(?:-\w, )?(--[\w-]+)/gm)].map((m) => m[1]!);
    expect(options).toEqual(expect.arrayContaining(['--output', '--format', '--table', '--ndjson', '--encoding', '--stdin-name', '--max-bytes', '--excel', '--jobs', '--fail-on', '--review', '--quiet', '--verbose', '--debug', '--version', '--help']));
    const examples = r.stdout.slice(r.stdout.indexOf('Examples:'));
    for (const option of options.filter((o) => o !== '--help' && o !== '--version')) {
      const short = r.stdout.match(new RegExp(`^\\s+(-\\w), ${option}\\b`, 'm'))?.[1];
      expect(examples.includes(option) || (short !== undefined && examples.includes(` ${short} `)), option).toBe(true);
    }
  });

  it('errors are one line each and name the file; --debug adds the stack trace', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3]));
    const plain = runBin([dir]);
    expect(plain.status).toBe(1);
    expect(messages(plain.stderr)).toEqual(['customs-extract: binary.txt: not text: the file contains NUL bytes']);
    expect(plain.stderr).toMatch(/\ncustoms-extract summary: 0 documents .*; 0 skipped, 1 failed; .*\n$/);
    const debug = runBin([dir, '--debug']);
    expect(debug.stderr.split('\n')[0]).toBe('customs-extract: binary.txt: not text: the file contains NUL bytes');
    expect(debug.stderr).toMatch(/\n\s+at .+\.js:\d+:\d+/);
  });

  it('--fail-on warning turns a warning into exit 1; --fail-on error does not; without it exit 0', () => {
    const file = warningFile(tempDir());
    const none = runBin([file]);
    expect(none.status).toBe(0);
    expect(messages(none.stderr)).toEqual([expect.stringMatching(/^customs-extract: warn\.txt: warning: .*\(decode\/replacement-chars\)$/)]);
    const failed = runBin([file, '--fail-on', 'warning']);
    expect(failed.status).toBe(1);
    // the line that says which documents failed the run, and why
    expect(messages(failed.stderr).at(-1)).toBe('customs-extract: --fail-on warning: 1 document has warnings: warn.txt (decode/replacement-chars)');
    expect(runBin([file, '--fail-on', 'error']).status).toBe(0);
    expect(runBin([path.join(SEEDS, '000_25454836a7aa128b.txt'), '--fail-on', 'warning']).status).toBe(0);
    // --quiet prints errors only: the line saying why the run failed is one
    expect(runBin([file, '--fail-on', 'warning', '--quiet']).stderr).toBe('customs-extract: --fail-on warning: 1 document has warnings: warn.txt (decode/replacement-chars)\n');
    expect(runBin([path.join(SEEDS, '000_25454836a7aa128b.txt'), '--fail-on', 'warning', '--quiet']).stderr).toBe('');
  });

  it('--version prints the package version', () => {
    const version = (JSON.parse(readFileSync(path.resolve(SEEDS, '..', 'package.json'), 'utf8')) as { version: string }).version;
    expect(runBin(['--version']).stdout.trim()).toBe(version);
  });
});

describe('--excel', () => {
  it('adds a BOM and guards text cells starting with = + - @; numbers and other cells are as without it', () => {
    const input = ['---', 'title: =HYPERLINK("http://example.com")', 'source: +86 海关', 'author: @海关', 'editor: -编辑', '---', '正文。', ''].join('\n');
    const plain = runBin(['-', '--stdin-name', 'f.md', '--format', 'csv'], { input });
    const excel = runBin(['-', '--stdin-name', 'f.md', '--format', 'csv', '--excel'], { input });
    expect(excel.stdout.startsWith('\uFEFF')).toBe(true);
    const row = (csv: string): string => csv.replace(/^\uFEFF/, '').split('\n')[1]!;
    expect(row(plain.stdout)).toContain(',"=HYPERLINK(""http://example.com"")",');
    expect(row(excel.stdout)).toContain(`,"'=HYPERLINK(""http://example.com"")",`);
    expect(row(excel.stdout)).toContain(`,'+86 海关,'@海关,'-编辑,`);
    // remove the guard: the rest of the row is unchanged, numbers included
    expect(row(excel.stdout).replaceAll(`'`, '')).toBe(row(plain.stdout));
  });

  it('-o DIR --excel: every CSV starts with a BOM, and the dataset validates', () => {
    const dir = path.join(tempDir(), 'ds');
    expect(runBin([SEEDS, path.join(FIXTURES, 'cli', 'formula.txt'), '-o', dir, '--excel']).status).toBe(0);
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.csv'))) expect(readFileSync(path.join(dir, f), 'utf8').startsWith('\uFEFFdoc,') || readFileSync(path.join(dir, f), 'utf8').startsWith('\uFEFFid,')).toBe(true);
    expect(runBin(['validate', dir]).status).toBe(0);
  });
});

describe('--review', () => {
  it('-o DIR --review writes review.html into the dataset, which still validates', () => {
    const dir = path.join(tempDir(), 'ds');
    const r = runBin([SEEDS, '-o', dir, '--review']);
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(dir)).toContain('review.html');
    expect(readFileSync(path.join(dir, 'review.html'), 'utf8')).toMatch(/<html/i);
    expect(runBin(['validate', dir]).status).toBe(0);
  });

  it('--review without a dataset folder is a usage error', () => {
    const r = runBin([SEEDS, '--review']);
    expect(r.status).toBe(2);
    expect(messages(r.stderr)).toEqual(['customs-extract: --review: needs a dataset folder (-o DIR)']);
    expect(r.stdout).toBe('');
  });
});
