import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATASET_FILES, encodeDatasetChunk } from '../../src/format/encode-document.js';
import { csvRows } from '../../src/format/to-csv.js';
import { TABLES } from '../../src/format/tables.js';
import type { Document } from '../../src/schema/records.js';
import { sampleDocument } from '../helpers.js';

// The parts as encodeDatasetChunk's callers read them: documents.json's record, then each table's rows.
const parts = (doc: Document, excel = false): string[] => [JSON.stringify(doc), ...TABLES.map((t) => csvRows(t, doc, { excel }))];

function expectChunk(doc: Document, excel = false): void {
  const chunk = encodeDatasetChunk(doc, { excel });
  const expected = parts(doc, excel).map((p) => Buffer.from(p, 'utf8'));
  expect(chunk.lengths).toEqual(expected.map((b) => b.length));
  expect(chunk.lengths).toHaveLength(DATASET_FILES.length);
  expect(Buffer.from(chunk.bytes).equals(Buffer.concat(expected))).toBe(true);
  // a worker transfers bytes.buffer: the chunk starts its buffer, and no other chunk shares it
  expect(chunk.bytes.byteOffset).toBe(0);
}

describe('encodeDatasetChunk', () => {
  it('is the UTF-8 of each part, back to back, with each part\'s length', () => {
    const base = sampleDocument();
    expectChunk(base);
    expectChunk(base, true);
    // astral characters (4 bytes for 2 units), lone surrogates (3 bytes for 1 unit), no rows at all
    expectChunk({ ...base, title: '𠮷\uD842x\uDFB7', text: `${'𠮷'.repeat(100)}\uD842`, sections: [], columns: [], metrics: [] });
  });

  it('any text (fast-check)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), (title, text) => expectChunk({ ...sampleDocument(), title, text })),
      { numRuns: 300 },
    );
  });

  it('a chunk is its own memory: the next document does not write over it', () => {
    const base = sampleDocument();
    const first = encodeDatasetChunk(base);
    const copy = Buffer.from(first.bytes);
    encodeDatasetChunk({ ...base, title: 'x'.repeat(5000), text: '中'.repeat(100_000) });
    encodeDatasetChunk(base);
    expect(Buffer.from(first.bytes).equals(copy)).toBe(true);
    expect(first.bytes.buffer.byteLength).toBe(first.bytes.byteLength);
  });

  it('a document too large for the scratch buffer is encoded into a buffer of its own', () => {
    // 3 million two-byte units: more than the scratch buffer is allowed to grow to
    const big = { ...sampleDocument(), text: '海关'.repeat(1_500_000) };
    expectChunk(big);
    const after = sampleDocument('after');
    const chunk = encodeDatasetChunk(big);
    const copy = Buffer.from(chunk.bytes);
    expectChunk(after);
    expect(Buffer.from(chunk.bytes).equals(copy)).toBe(true);
  });
});
