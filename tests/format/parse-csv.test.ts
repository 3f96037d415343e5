import fc from 'fast-check';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/format/parse-csv.js';

describe('parseCsv', () => {
  it('reads back what csv-stringify writes, for any cells', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ minLength: 1 }), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const text = stringify(rows, { eof: true, record_delimiter: 'unix', quoted_match: [/\r/] });
        const parsed = parseCsv(text);
        expect(parsed.error).toBeNull();
        expect(parsed.rows).toEqual(rows);
      }),
      { numRuns: 500 },
    );
  });

  it('an unquoted empty field is null, a quoted one the empty string; CRLF ends a record', () => {
    expect(parseCsv('a,,""\r\nb,"x\ny",\n').rows).toEqual([
      ['a', null, ''],
      ['b', 'x\ny', null],
    ]);
  });

  it('reports an unclosed quote and a stray quote with their line', () => {
    expect(parseCsv('a,b\n"c,d\n').error).toEqual({ line: 2, message: 'a quoted field is not closed' });
    expect(parseCsv('a,b\nc"d,e\n').error).toEqual({ line: 2, message: 'a quote inside an unquoted field' });
    expect(parseCsv('"a"b\n').error?.message).toBe('text after a closing quote');
  });
});
