import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvHeader, csvRows, formatNumber } from '../../src/format/to-csv.js';
import { parseCsv } from '../../src/format/parse-csv.js';
import { METRICS_TABLE, DOCUMENTS_TABLE, TABLES } from '../../src/format/tables.js';
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

  it('examples', () => {
    expect(formatNumber(1e21)).toBe('1000000000000000000000');
    expect(formatNumber(1e-7)).toBe('0.0000001');
    expect(formatNumber(-1.5e-9)).toBe('-0.0000000015');
    expect(formatNumber(43850000000000)).toBe('43850000000000');
    expect(formatNumber(2.5)).toBe('2.5');
  });
});

describe('CSV rows', () => {
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
