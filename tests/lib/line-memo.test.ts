import { describe, expect, it } from 'vitest';
import { heapHeldByPage } from '../helpers.js';
import { LineMemo } from '../../src/lib/line-memo.js';

/** A memo of a reading that counts its reads; the reading keeps a piece of its line (a view into it, when long enough). */
function counted(maxLines = 4, maxChars = 64): { memo: LineMemo<{ head: string } | null>; reads: () => number } {
  let reads = 0;
  const memo = new LineMemo<{ head: string } | null>(
    (line) => {
      reads++;
      return line.startsWith('来源') ? { head: line.slice(0, 20) } : null;
    },
    maxLines,
    maxChars,
  );
  return { memo, reads: () => reads };
}

describe('LineMemo', () => {
  it('reads a line once and answers it again, from any copy of the line, until cleared', () => {
    const { memo, reads } = counted();
    const line = '来源:海关总署 作者:张三 发布机构:某市统计局';
    const first = memo.get(line);
    expect(first).toEqual({ head: line.slice(0, 20) });
    expect(memo.get(`x${line}`.slice(1))).toBe(first);
    expect(reads()).toBe(1);
    memo.clear();
    expect(memo.get(line)).not.toBe(first);
    expect(reads()).toBe(2);
  });

  it('remembers a reading of nothing (null) as well', () => {
    const { memo, reads } = counted();
    expect(memo.get('全年增长3%。')).toBeNull();
    expect(memo.get('全年增长3%。')).toBeNull();
    expect(reads()).toBe(1);
  });

  it('reads a line longer than its bound every time, and empties itself when full', () => {
    const { memo, reads } = counted(2, 8);
    const long = '来源:海关总署 作者:张三';
    memo.get(long);
    memo.get(long);
    expect(reads()).toBe(2);
    memo.get('来源:甲');
    memo.get('来源:乙');
    memo.get('来源:丙'); // full: emptied, then 丙 kept
    memo.get('来源:甲');
    expect(reads()).toBe(6);
    memo.get('来源:丙');
    expect(reads()).toBe(6);
  });

  it('holds no page a line was read from (the line is read from a copy of its own)', () => {
    const line = '来源:海关总署 作者:张三 发布机构:某市统计局';
    const MB = 1 << 20;
    const heldBy = (keep: (page: string) => unknown): number => heapHeldByPage(line, keep);
    const { memo } = counted();
    let read: { head: string } | null = null;
    expect(heldBy((page) => (read = memo.get(page.slice(0, line.length))))).toBeLessThan(4 * MB);
    expect(read).toEqual({ head: line.slice(0, 20) });
    // the control: a reading of the page's own slice (a view) holds the page
    let viewed: { head: string } | null = null;
    expect(heldBy((page) => (viewed = { head: page.slice(0, line.length).slice(0, 20) }))).toBeGreaterThan(24 * MB);
    expect(viewed).toEqual(read);
  });
});
