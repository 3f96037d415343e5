// src/stages/extract/cell-header-unit.ts: a table written one cell a line, its units in the header's brackets.
import { describe, expect, it } from 'vitest';
import { headerUnitFor } from '../../../src/stages/extract/cell-header-unit.js';

/** The unit (with its magnitude) that the number alone on the first line `line` of `lines` takes, or null. */
function unitOf(lines: string[], line: string): string | null {
  const text = lines.join('\n');
  const index = lines.indexOf(line);
  const at = lines.slice(0, index).reduce((sum, l) => sum + l.length + 1, 0);
  const found = headerUnitFor(text, at);
  if (!found) return null;
  return text.slice(found.magnitudeStart ?? found.unitStart, found.unitEnd);
}

const SEQUENCE = ['一、规费', '序号', '项  目', '金 额', '(元)', '1', '考务费(初级)', '1,200', '2', '考务费(中级)', '300', '合   计', '1,500'];
const MARKERS = ['二、采购', '项目', '金额(万元)', '节约率(', '%', ')', '备注', '1', '.', '采购预算', '5,000.5', '4.2', '其中:本级', '800', '2', '.', '合同金额', '4,790'];

describe('headerUnitFor', () => {
  it('gives a value the unit of the header cell it stands under', () => {
    expect(unitOf(SEQUENCE, '1,200')).toBe('元');
    expect(unitOf(SEQUENCE, '1,500')).toBe('元');
    expect(unitOf(MARKERS, '5,000.5')).toBe('万元');
    expect(unitOf(MARKERS, '4.2')).toBe('%');
    expect(unitOf(MARKERS, '800')).toBe('万元');
    expect(unitOf(MARKERS, '4,790')).toBe('万元');
  });

  it('reads no unit for sequence numbers and broken list markers', () => {
    expect(unitOf(SEQUENCE, '1')).toBeNull();
    expect(unitOf(SEQUENCE, '2')).toBeNull();
    expect(unitOf(MARKERS, '1')).toBeNull();
    expect(unitOf(MARKERS, '2')).toBeNull();
  });

  it('reads none when the header does not fit the rows', () => {
    // the label column's header is empty: rows hold one value more than the header's value columns
    expect(unitOf(['批次', '重量(吨)', '冻鱼', '12', '310.5', '冻虾', '7'], '7')).toBeNull();
    expect(unitOf(['批次', '重量(吨)', '冻鱼', '12', '310.5'], '12')).toBeNull();
    // a value column without a unit before the first with one
    expect(unitOf(['项目', '数量', '金额(万元)', '设备', '3', '45.6'], '45.6')).toBeNull();
    // a sentence between the header and the number
    expect(unitOf(['项目', '金额(万元)', '设备', '18.5', '以上为初步统计。', '2024'], '2024')).toBeNull();
  });

  it('stays bounded on a long column of numbers', () => {
    const lines = ['项目', '金额(万元)', '设备', ...Array.from({ length: 20000 }, (_, i) => String(i + 10))];
    const text = lines.join('\n');
    const t0 = performance.now();
    let at = 0;
    let n = 0;
    for (let k = 0; k < lines.length; k++) {
      if (headerUnitFor(text, at)) n++;
      at = text.indexOf('\n', at) + 1;
    }
    expect(n).toBe(0);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
