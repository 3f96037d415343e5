// detached: the same characters, without keeping the string they were cut from (a view into a
// large string keeps it alive; this is what lets a large page's text go once its cuts are kept).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detached } from '../../src/lib/detached.js';
import { ROOT } from '../helpers.js';

/** Heap used after keeping a 40-character cut of a 32 MB string and letting the string go: with `detach` or without. */
function heapAfterCut(detach: boolean): number {
  const script = `
    import { detached } from ${JSON.stringify(path.join(ROOT, 'dist', 'lib', 'detached.js'))};
    let big = '海关'.repeat(8 << 20);
    let line = big.slice(1000, 1040);
    const kept = ${detach ? 'detached(line)' : 'line'};
    big = null;
    line = null;
    /y/.test('y'); // the last RegExp match holds its input
    globalThis.gc();
    process.stdout.write(String(process.memoryUsage().heapUsed + kept.length * 0));
  `;
  const r = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return Number(r.stdout);
}

describe('detached', () => {
  it('keeps the same characters', () => {
    for (const s of ['', 'a', '海关总署网站 版权所有 主办单位：海关总署', 'x'.repeat(1000)]) expect(detached(s)).toBe(s);
  });

  it('does not keep the string it was cut from (a view does: dist, after npm run build)', () => {
    const viewKept = heapAfterCut(false);
    const copyKept = heapAfterCut(true);
    expect(viewKept - copyKept).toBeGreaterThan(24 << 20);
  });
});
