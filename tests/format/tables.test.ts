import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointLength, DOCUMENTS_TABLE, SECTIONS_TABLE, COLUMNS_TABLE } from '../../src/format/tables.js';
import { sampleDocument } from '../helpers.js';

describe('tables', () => {
  it('codePointLength counts as [...s].length does, lone surrogates included', () => {
    for (const s of ['', 'a', '中文', '𠮷', '𠮷x𠮷', '\uD842', '\uDFB7', '\uDFB7\uD842', 'a\uD842', '\uD842\uDFB7\uD842']) expect(codePointLength(s)).toBe([...s].length);
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), (a, b) => {
        expect(codePointLength(a)).toBe([...a].length);
        expect(codePointLength(b)).toBe([...b].length);
      }),
      { numRuns: 2000 },
    );
  });

  it('section and 专栏 rows start with their document id', () => {
    const doc = sampleDocument('x');
    for (const table of [SECTIONS_TABLE, COLUMNS_TABLE]) for (const row of table.cells(doc)) expect(row[0]).toBe(doc.id);
    expect(DOCUMENTS_TABLE.cells(doc)[0]![0]).toBe(doc.id);
  });
});
