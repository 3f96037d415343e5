// The JSON array splitter gives each element's text whatever the chunk boundaries.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonArrayError, JsonArraySplitter } from '../../src/format/json-array-splitter.js';

function split(text: string, cuts: number[]): unknown[] {
  const splitter = new JsonArraySplitter();
  const out: unknown[] = [];
  let from = 0;
  for (const cut of [...cuts.filter((c) => c > 0 && c < text.length)].sort((a, b) => a - b).concat(text.length)) {
    for (const element of splitter.push(text.slice(from, cut))) out.push(JSON.parse(element));
    from = cut;
  }
  splitter.end();
  return out;
}

describe('JsonArraySplitter', () => {
  it('gives the elements JSON.parse gives, cut anywhere', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { maxLength: 8 }), fc.array(fc.nat(), { maxLength: 6 }), fc.boolean(), (values, cuts, pretty) => {
        const text = JSON.stringify(values, null, pretty ? 2 : undefined);
        expect(split(text, cuts.map((c) => c % (text.length + 1)))).toEqual(JSON.parse(text));
      }),
      { numRuns: 500 },
    );
  });

  it('reads strings holding brackets, commas, quotes and backslashes', () => {
    const values = [{ a: '],[{"\\' }, '\\"', ['x,y'], 'end\\'];
    const text = JSON.stringify(values);
    for (let cut = 0; cut <= text.length; cut++) expect(split(text, [cut])).toEqual(values);
  });

  it('refuses what is not an array, an array not closed, a trailing comma and text after it', () => {
    expect(() => split('{"a":1}', [])).toThrowError(JsonArrayError);
    expect(() => split('{"a":1}', [])).toThrowError('expected an array of documents');
    expect(() => split('[{"a":1},', [])).toThrowError(/unexpected end/);
    expect(() => split('[{"a":1}', [])).toThrowError(/unexpected end/);
    expect(() => split('[1,]', [])).toThrowError(/comma before the closing bracket/);
    expect(() => split('[1] 2', [])).toThrowError(/text after the closing bracket/);
    expect(() => split('', [])).toThrowError(/empty/);
    expect(split(' [ ] ', [])).toEqual([]);
  });
});
