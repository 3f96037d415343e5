// The benchmark is not part of the package: it lives in bench/, is built to dist-bench/ by its own
// tsconfig, and neither is in what npm publishes (package.json "files") or in the product's build.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const json = (file: string): Record<string, unknown> => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8').replace(/^\s*\/\/.*$/gm, '')) as Record<string, unknown>;

describe('the benchmark stays out of the package', () => {
  it('is not under src/, so the product build (tsconfig.json: src → dist) does not compile it', () => {
    expect(existsSync(path.join(ROOT, 'src', 'bench'))).toBe(false);
    expect(json('tsconfig.json').include).toEqual(['src']);
    expect((json('bench/tsconfig.json').compilerOptions as Record<string, unknown>).outDir).toBe('../dist-bench');
  });

  it('is not in the published files, and `npm run bench` builds it before running it', () => {
    const pkg = json('package.json');
    const files = pkg.files as string[];
    for (const f of files) expect(f).not.toMatch(/bench/);
    const scripts = pkg.scripts as Record<string, string>;
    expect(scripts.bench).toContain('tsc -p bench/tsconfig.json');
    expect(scripts.bench).toContain('node dist-bench/run.js');
  });
});
