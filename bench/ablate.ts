// Issue 13's ablation: a copy of a build whose line stage is a pass-through, so that a run of it
// says what the rest of the pipeline costs and the difference what the line stage costs. Only the
// bench uses it; the product has no switch for it.
import { cpSync, existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Where a build's line stage opens, and what it returns instead of its work. */
interface LineStagePatch {
  file: string;
  opening: string;
  body: string;
}

export const LINE_STAGE_PATCHES: readonly LineStagePatch[] = [
  // since issue 13 (src/stages/article/strip-lines.ts): the article's lines come back as they are, no title, nothing stated
  {
    file: 'dist/stages/article/strip-lines.js',
    opening: 'export function stripLines(page, template = null) {',
    body: "const lines = [...(page.lines ?? page.text.split('\\n'))]; return { text: lines.join('\\n'), lines, title: null, titleLine: -1, statements: [], removed: [], warnings: [], headings: [] };",
  },
  // before it (d2fabb0's src/stages/clean/strip-boilerplate.ts, which also read the metadata): the page's text, no metadata
  {
    file: 'dist/stages/clean/strip-boilerplate.js',
    opening: 'export function stripBoilerplate(page) {',
    body: 'return { text: page.text, title: null, metadata: toMetadata(bestStatements([]), null), removed: [], warnings: [], headings: [] };',
  },
];

/**
 * Copies the build at `root` (bin/, dist/, package.json; node_modules linked from `modules`) to
 * `dir` with its line stage a pass-through, and returns the copy's CLI; or why it could not.
 */
export function withoutLineStage(root: string, dir: string, modules: string): { bin: string } | { skipped: string } {
  const patch = LINE_STAGE_PATCHES.find((p) => existsSync(path.join(root, p.file)));
  if (!patch) return { skipped: `no line stage this ablation knows in ${root} (${LINE_STAGE_PATCHES.map((p) => p.file).join(', ')})` };
  const source = readFileSync(path.join(root, patch.file), 'utf8');
  if (source.split(patch.opening).length !== 2) return { skipped: `${patch.file} does not open its line stage with \`${patch.opening}\` once` };
  for (const part of ['bin', 'dist', 'package.json']) cpSync(path.join(root, part), path.join(dir, part), { recursive: true });
  symlinkSync(modules, path.join(dir, 'node_modules'), 'dir');
  writeFileSync(path.join(dir, patch.file), source.replace(patch.opening, `${patch.opening} ${patch.body}`));
  return { bin: path.join(dir, 'bin', 'customs-extract') };
}
