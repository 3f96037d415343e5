import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'csv-stringify/sync';
import { CSV_STRINGIFY_OPTIONS, csvField, csvHeader, csvRows, formatNumber, plainDecimal } from '../../src/format/to-csv.js';
import { parseCsv } from '../../src/format/parse-csv.js';
import { METRICS_TABLE, DOCUMENTS_TABLE, TABLES, type Table } from '../../src/format/tables.js';
import type { Document } from '../../src/schema/records.js';
import { sampleDocument } from '../helpers.js';

describe('formatNumber', () => {
  it('never writes an exponent, and reads back as the same number', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const s = formatNumber(n);
        expect(s).toMatch(/^-?\d+(\.\d+)?$/);
        expect(Number(s)).toBe(n === 0 ? 0 : n); // -0 reads back as 0
      }),
      { numRuns: 2000 },
    );
  });

  // formatNumber returns String(n) without looking for an exponent when |n| is in [1e-6, 1e21) or
  // n is 0: the general path (plainDecimal, moving String(n)'s decimal point) is the oracle for every number.
  const general = plainDecimal;

  it('gives the general path\'s string for every number, at the edges of the fast path too', () => {
    const below = (x: number): number => x - Math.max(Number.MIN_VALUE, Math.abs(x) * Number.EPSILON);
    const edges = [0, -0, 1e-6, below(1e-6), 1e-6 * (1 + Number.EPSILON), 1e-7, 1e21, below(1e21), 1e21 * (1 + Number.EPSILON), 999999999999999868928, Number.MAX_SAFE_INTEGER, 2 ** 53 + 2, Number.MAX_VALUE, Number.MIN_VALUE, 5e-324, 0.1 + 0.2, 43.85, 1, 123456789012, NaN, Infinity, -Infinity];
    for (const x of edges) for (const n of [x, -x]) expect(formatNumber(n)).toBe(general(n));
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.integer(), fc.maxSafeInteger(), fc.double({ min: 1e-8, max: 1e-5 }), fc.double({ min: 1e20, max: 1e22 })), (n) => {
        expect(formatNumber(n)).toBe(general(n));
      }),
      { numRuns: 5000 },
    );
  });

  it('examples', () => {
    expect(formatNumber(1e21)).toBe('1000000000000000000000');
    expect(formatNumber(1e-7)).toBe('0.0000001');
    expect(formatNumber(-1.5e-9)).toBe('-0.0000000015');
    expect(formatNumber(43850000000000)).toBe('43850000000000');
    expect(formatNumber(2.5)).toBe('2.5');
  });
});

describe('CSV rows', () => {
  // csvRows reads cells through table.rows and table.getters; the reference writes table.cells(doc) field by field
  const reference = (table: Table, doc: Document, excel: boolean): string =>
    table
      .cells(doc)
      .map((cells) => `${cells.map((c) => csvField(c === null ? null : typeof c === 'number' ? formatNumber(c) : typeof c === 'boolean' ? String(c) : excel && /^[=+\-@\t\r]/.test(c) ? `'${c}` : c)).join(',')}\n`)
      .join('');

  it('are table.cells(doc) written field by field, for any text and any number (fast-check)', () => {
    const text = fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: fc.constantFrom('"', ',', '\r', '\n', '=', '-', 'x', '中') }), fc.string({ unit: 'binary' }));
    const number = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(NaN, Infinity, -0, 1e-7, 1e21));
    fc.assert(
      fc.property(fc.option(text), text, number, fc.option(number), fc.option(text), fc.boolean(), (title, raw, value, valueMax, label, excel) => {
        const base = sampleDocument();
        const doc: Document = { ...base, title, metadata: { ...base.metadata, author: raw }, metrics: base.metrics.map((m) => ({ ...m, raw, value, valueMax, label })) };
        for (const table of TABLES) expect(csvRows(table, doc, { excel })).toBe(reference(table, doc, excel));
      }),
      { numRuns: 300 },
    );
  });

  it('the header is the line csv-stringify writes of the field names (csv-stringify is the oracle, not loaded by the product)', () => {
    for (const table of TABLES) expect(csvHeader(table)).toBe(stringify([table.fields.map((f) => f.name)], { eof: true, record_delimiter: 'unix' }));
    const odd: Table = { ...TABLES[0]!, fields: [{ ...TABLES[0]!.fields[0]!, name: 'a,b' }, { ...TABLES[0]!.fields[0]!, name: 'say "x"' }] };
    expect(csvHeader(odd)).toBe(stringify([odd.fields.map((f) => f.name)], { eof: true, record_delimiter: 'unix' }));
  });

  it('table.cells(doc) is rows(doc) read by getters', () => {
    const doc = sampleDocument();
    for (const table of TABLES) expect(table.cells(doc)).toEqual(table.rows(doc).map((row) => table.getters.map((get) => get(row, doc))));
  });

  it('have a cell per declared field, in the declared order, and parse back (RFC 4180)', () => {
    const doc = sampleDocument();
    for (const table of TABLES) {
      const parsed = parseCsv(csvHeader(table) + csvRows(table, doc));
      expect(parsed.error).toBeNull();
      expect(parsed.rows[0]).toEqual(table.fields.map((f) => f.name));
      expect(parsed.rows.slice(1)).toHaveLength(table.cells(doc).length);
      for (const row of parsed.rows) expect(row).toHaveLength(table.fields.length);
    }
  });

  it('null is an empty field, an empty string is "" — the two stay apart', () => {
    const doc = { ...sampleDocument(), title: '' };
    const line = csvRows(DOCUMENTS_TABLE, doc).trimEnd();
    const cells = parseCsv(line).rows[0]!;
    expect(cells[DOCUMENTS_TABLE.fields.findIndex((f) => f.name === 'title')]).toBe('');
    expect(cells[DOCUMENTS_TABLE.fields.findIndex((f) => f.name === 'author')]).toBeNull();
  });

  it('--excel prefixes \' to text cells starting with = + - @ tab CR, never to numbers', () => {
    const doc = sampleDocument();
    const plain = parseCsv(csvRows(METRICS_TABLE, doc)).rows;
    const excel = parseCsv(csvRows(METRICS_TABLE, doc, { excel: true })).rows;
    const field = (name: string): number => METRICS_TABLE.fields.findIndex((f) => f.name === name);
    // metric #2: raw "-3项" and label "=SUM" are text; value -3 is a number
    expect(excel[1]![field('raw')]).toBe("'-3项");
    expect(excel[1]![field('label')]).toBe("'=SUM");
    expect(excel[1]![field('value')]).toBe('-3');
    // a CR inside a cell is quoted (RFC 4180), so it survives the parser
    const texts = ['=1+1', '+86', '-x', '@cmd', '\tx', '\rx'];
    for (const t of texts) {
      const d = { ...doc, title: t };
      const cell = parseCsv(csvRows(DOCUMENTS_TABLE, d, { excel: true })).rows[0]![DOCUMENTS_TABLE.fields.findIndex((f) => f.name === 'title')];
      expect(cell).toBe(`'${t}`);
    }
    // every other cell is untouched
    plain.forEach((row, r) => row.forEach((cell, c) => expect(excel[r]![c]).toBe(cell !== null && /^[=+\-@\t\r]/.test(cell) && METRICS_TABLE.fields[c]!.type === 'string' ? `'${cell}` : cell)));
  });

  it('any text survives a round trip through the writer and the parser', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string(), (title, source) => {
        const doc = { ...sampleDocument(), title, metadata: { source } };
        const cells = parseCsv(csvRows(DOCUMENTS_TABLE, doc)).rows[0]!;
        expect(cells[DOCUMENTS_TABLE.fields.findIndex((f) => f.name === 'title')]).toBe(title);
        expect(cells[DOCUMENTS_TABLE.fields.findIndex((f) => f.name === 'source')]).toBe(source);
      }),
      { numRuns: 500 },
    );
  });
});

// csvField writes the rows by hand for speed; csv-stringify, with the options it replaces, is the oracle.
describe('csvField writes what csv-stringify writes', () => {
  const oracle = (cells: Array<string | null>): string => stringify([cells], { ...CSV_STRINGIFY_OPTIONS, quoted_match: [...CSV_STRINGIFY_OPTIONS.quoted_match] });
  const mine = (cells: Array<string | null>): string => `${cells.map(csvField).join(',')}\n`;

  it('for every cell made of quotes, commas, CR, LF, spaces, the --excel guard and other text', () => {
    const alphabet = ['"', ',', '\r', '\n', ' ', "'", '=', '-', '+', '@', '\t', 'a', '中', '𠮷', '""', '\r\n', ';'];
    // every string of up to three pieces: all the combinations, not a sample
    const all = [''];
    let level = [''];
    for (let pieces = 1; pieces <= 3; pieces++) {
      level = level.flatMap((prefix) => alphabet.map((piece) => prefix + piece));
      all.push(...level);
    }
    const unique = [...new Set(all)];
    expect(unique.length).toBeGreaterThan(4000);
    for (const s of unique) expect(mine([s])).toBe(oracle([s]));
  });

  it('null and the empty string stay apart, in any position of a row', () => {
    for (const row of [[null], [''], [null, null], ['', ''], [null, '', 'x'], ['x', null, ''], ['', 'a,b', null]]) expect(mine(row)).toBe(oracle(row));
  });

  it('for any text (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: fc.constantFrom('"', ',', '\r', '\n', 'x', ' ') }), fc.string({ unit: 'binary' }))), { minLength: 1, maxLength: 6 }), (cells) => {
        expect(mine(cells)).toBe(oracle(cells));
      }),
      { numRuns: 3000 },
    );
  });

  it('csvRows gives csv-stringify\'s bytes for every table of the sample document, with and without --excel', () => {
    const base = sampleDocument();
    const tricky = { ...base, title: '', metadata: { ...base.metadata, source: 'a,"b"\r\nc', author: '=cmd' } };
    for (const doc of [base, tricky])
      for (const excel of [false, true])
        for (const table of TABLES) {
          const rows = table.cells(doc).map((cells) =>
            cells.map((c) => (c === null ? null : typeof c === 'number' ? formatNumber(c) : typeof c === 'boolean' ? String(c) : excel && /^[=+\-@\t\r]/.test(c) ? `'${c}` : c)),
          );
          expect(csvRows(table, doc, { excel })).toBe(rows.length ? stringify(rows, { ...CSV_STRINGIFY_OPTIONS, quoted_match: [...CSV_STRINGIFY_OPTIONS.quoted_match] }) : '');
        }
  });
});
