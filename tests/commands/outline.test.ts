import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/commands/outline.js';
import { FIXTURES, SEEDS, tempDir } from '../helpers.js';

function io() {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (c: Buffer) => out.push(c.toString()));
  stderr.on('data', (c: Buffer) => err.push(c.toString()));
  return { io: { stdout, stderr }, out: () => out.join(''), err: () => err.join('') };
}

const fixture = (name: string): string => path.join(FIXTURES, 'segment', name);

describe('customs-extract outline', () => {
  it('prints the outline of each file as an indented tree', async () => {
    const t = io();
    const code = await run([fixture('column-table-lines.txt'), fixture('regulation-chapters-articles.txt')], t.io);
    expect(code).toBe(0);
    expect(t.err()).toBe('');
    const out = t.out();
    expect(out).toContain('column-table-lines\n  一、发展目标\n    [专栏1] 口岸发展主要指标 (table 4×2)\n  二、主要任务\n    (一)优化通关流程\n      [专栏2] 智慧口岸建设工程 (2 items)\n');
    expect(out).toContain('\n  第二章 管辖\n    第一节 一般规定\n      第三条 海关行政处罚由发现违法行为的海关管辖\n');
  });

  it('shows ids with --ids', async () => {
    const t = io();
    expect(await run(['--ids', fixture('fullwidth-paren-markers.txt')], t.io)).toBe(0);
    expect(t.out()).toContain('  s2 (二)重点任务\n');
  });

  it('notes the toc of the 十四五 plan', async () => {
    const t = io();
    expect(await run([path.join(SEEDS, '001_9d526fd28d09da4d.txt')], t.io)).toBe(0);
    expect(t.out()).toContain('(table of contents: 62 entries)');
  });

  it('reports a file that fails as `customs-extract: PATH: reason`, prints the others, and exits 1', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'docs'));
    writeFileSync(path.join(dir, 'docs', 'binary.txt'), Buffer.from([0, 1, 2, 0, 0, 0, 255, 254, 0, 0]));
    writeFileSync(path.join(dir, 'docs', 'ok.txt'), '一、总则\n正文。\n');
    const t = io();
    const code = await run([path.join(dir, 'docs'), path.join(dir, 'missing.txt')], t.io);
    expect(code).toBe(1);
    expect(t.out()).toContain('ok\n  一、总则\n');
    expect(t.err()).toMatch(/^customs-extract: .*missing\.txt: /m);
    expect(t.err()).toMatch(/^customs-extract: binary\.txt: /m);
  });

  it('is a usage error without files', async () => {
    const t = io();
    expect(await run([], t.io)).toBe(2);
  });
});
