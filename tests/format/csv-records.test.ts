// The CSV record splitter gives parseCsv's rows, with their lines, whatever the chunk boundaries.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvRecordSplitter, type CsvProblem, type CsvRecord } from '../../src/format/csv-records.js';
import { parseCsv } from '../../src/format/parse-csv.js';

function split(text: string, cuts: number[], bom = false): Array<CsvRecord | CsvProblem> {
  const splitter = new CsvRecordSplitter(bom);
  const out: Array<CsvRecord | CsvProblem> = [];
  let from = 0;
  for (const cut of [...cuts.filter((c) => c > 0 && c < text.length)].sort((a, b) => a - b).concat(text.length)) {
    out.push(...splitter.push(text.slice(from, cut)));
    from = cut;
  }
  out.push(...splitter.end());
  return out;
}

const cell = fc.oneof(fc.constant(null), fc.string({ unit: fc.constantFrom('a', '中', ',', '"', '\n', '\r\n', ' ', '=') }));
const quote = (c: string | null): string => (c === null ? '' : `"${c.replaceAll('"', '""')}"`);

describe('CsvRecordSplitter', () => {
  it('gives the rows parseCsv gives, and the line each starts on, cut anywhere', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { maxLength: 6 }), fc.array(fc.nat(), { maxLength: 5 }), (rows, cuts) => {
        const text = rows.map((r) => `${r.map(quote).join(',')}\n`).join('');
        const records = split(text, cuts.map((c) => c % (text.length + 1)));
        expect(records.every((r) => 'cells' in r)).toBe(true);
        expect(records.map((r) => (r as CsvRecord).cells)).toEqual(parseCsv(text).rows);
        let line = 1;
        records.forEach((r, i) => {
          expect(r.line).toBe(line);
          line += 1 + rows[i]!.reduce((n, c) => n + (c?.split('\n').length ?? 1) - 1, 0);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('reports an unclosed quote with its line, and drops a BOM when asked', () => {
    const records = split('a,b\n1,2\n"open,3\n4,5\n', [5, 9]);
    expect(records.at(-1)).toEqual({ line: 3, message: 'a quoted field is not closed' });
    expect(split('\uFEFFa,b\n', [1], true)).toEqual([{ cells: ['a', 'b'], line: 1 }]);
    expect(split('x,y', [])).toEqual([{ cells: ['x', 'y'], line: 1 }]);
  });
});
