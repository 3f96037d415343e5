// The library, imported by its package name as a user would, after build.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT } from './helpers.js';

describe("import ... from 'customs-extract'", () => {
  it('extractDocument, extractCorpus and parseChineseNumber work from the built package', () => {
    const r = spawnSync(process.execPath, [path.join(FIXTURES, 'cli', 'library-usage.mjs'), path.join(FIXTURES, 'cli', 'corpus')], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as { id: string; format: string; text: string; gbk: [string, string]; notText: string; corpus: Array<[string, string]>; n: number };
    expect(out.id).toBe('notices/n1');
    expect(out.format).toBe('text');
    expect(out.text).toContain('进口增长5%');
    expect(out.gbk).toEqual(['海关', 'gb18030']);
    expect(out.notText).toMatch(/^decode\//);
    expect(out.corpus).toEqual([
      ['skipped', 'image.jpg'],
      ['document', 'a/report.txt'],
      ['document', 'a/zz.md'],
      ['document', 'b/notice.html'],
      ['document', 'page'],
      ['document', 'plain'],
      ['document', 'saved.aspx'],
    ]);
    expect(out.n).toBe(3005);
  });

  it('has types: the README example type-checks against the package, and a wrong use does not', () => {
    const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const r = spawnSync(
      process.execPath,
      [tsc, '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--skipLibCheck', '--types', 'node', path.join(FIXTURES, 'cli', 'library-usage.ts')],
      { cwd: ROOT, encoding: 'utf8' },
    );
    // the @ts-expect-error line would be an error itself if the types let the wrong use through
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  }, 120_000);
});
