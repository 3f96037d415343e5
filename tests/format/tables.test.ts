import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointLength, dayOf, DOCUMENTS_TABLE, SECTIONS_TABLE, COLUMNS_TABLE } from '../../src/format/tables.js';
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

describe('dayOf', () => {
  // the reading by a match and a Date, which dayOf counts without
  const byDate = (value: string | null | undefined): string | null => {
    const m = value ? /^(\d{4})-(\d{2})-(\d{2})(?![\d])/.exec(value) : null;
    if (!m) return null;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const t = new Date(Date.UTC(y, mo - 1, d));
    return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d ? m[0] : null;
  };

  it('reads the day a Date reads back, and no other', () => {
    const cases = ['2024-02-29', '2023-02-29', '1900-02-29', '2000-02-29', '2024-04-31', '2024-04-30', '2024-12-31 08:48', '2024-13-01', '2024-00-10', '2024-01-00', '2024-01-32',
      '0000-01-01', '0099-12-31', '0100-01-01', '0100-02-29', '9999-12-31', '2024-01-011', '2024-01-01x', '2024-1-01', ' 2024-01-01', '', null, undefined];
    for (const c of cases) expect(dayOf(c)).toBe(byDate(c));
  });

  it('any value (fast-check)', () => {
    const digit = fc.constantFrom(...'0123456789');
    const stamp = fc.tuple(fc.string({ unit: digit, minLength: 4, maxLength: 4 }), fc.string({ unit: digit, minLength: 2, maxLength: 2 }), fc.string({ unit: digit, minLength: 2, maxLength: 2 }), fc.string({ maxLength: 4 }))
      .map(([y, m, d, rest]) => `${y}-${m}-${d}${rest}`);
    fc.assert(fc.property(fc.oneof(stamp, fc.string()), (value) => {
      expect(dayOf(value)).toBe(byDate(value));
    }), { numRuns: 20_000 });
  });
});
