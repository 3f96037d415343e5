// The ablation's copy of a build: its line stage a pass-through, the rest as built.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LINE_STAGE_PATCHES, withoutLineStage } from '../../bench/ablate.js';
import { tempDir } from '../helpers.js';

/** A build's skeleton: bin/, package.json and one dist file holding `source`. */
function build(root: string, file: string, source: string): void {
  for (const dir of ['bin', path.dirname(path.join(root, file))]) mkdirSync(path.resolve(root, dir), { recursive: true });
  writeFileSync(path.join(root, 'bin', 'customs-extract'), '#!/usr/bin/env node\n');
  writeFileSync(path.join(root, 'package.json'), '{}');
  writeFileSync(path.join(root, file), source);
}

describe('withoutLineStage', () => {
  for (const patch of LINE_STAGE_PATCHES)
    it(`returns at once from ${patch.file}'s line stage, in a copy, the build left as it was`, () => {
      const dir = tempDir('ablate-');
      const root = path.join(dir, 'build');
      const source = `import x from 'y';\n${patch.opening}\n  return work(page);\n}\n`;
      build(root, patch.file, source);
      const copy = withoutLineStage(root, path.join(dir, 'copy'), path.join(dir, 'modules'));
      expect(copy).toEqual({ bin: path.join(dir, 'copy', 'bin', 'customs-extract') });
      const patched = readFileSync(path.join(dir, 'copy', patch.file), 'utf8');
      expect(patched).toContain(`${patch.opening} ${patch.body}`);
      expect(patched.indexOf(patch.body)).toBeLessThan(patched.indexOf('return work(page)'));
      expect(readFileSync(path.join(root, patch.file), 'utf8')).toBe(source);
    });

  it('says why when the build has no line stage it knows, or opens it otherwise', () => {
    const dir = tempDir('ablate-');
    const none = path.join(dir, 'none');
    build(none, 'dist/other.js', 'export {};\n');
    expect(withoutLineStage(none, path.join(dir, 'c1'), dir)).toMatchObject({ skipped: expect.stringContaining('no line stage this ablation knows') });
    const renamed = path.join(dir, 'renamed');
    build(renamed, LINE_STAGE_PATCHES[0]!.file, 'export function stripLines(page) {\n}\n');
    expect(withoutLineStage(renamed, path.join(dir, 'c2'), dir)).toMatchObject({ skipped: expect.stringContaining('does not open its line stage') });
  });
});
