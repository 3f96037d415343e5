import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATASET_FILES, encodeDatasetChunk, encodeDatasetPieces, RECORD_BATCH, type DatasetChunk } from '../../src/format/encode-document.js';
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

  it('a chunk kept in its thread: the same bytes, a view of a slab that later chunks do not write over', () => {
    const base = sampleDocument();
    const kept = Array.from({ length: 40 }, (_, i) => ({ doc: { ...base, title: `${i}`, text: '海关'.repeat(300 * i) } }));
    const chunks = kept.map(({ doc }) => encodeDatasetChunk(doc, {}, true));
    kept.forEach(({ doc }, i) => {
      const expected = Buffer.concat(parts(doc).map((p) => Buffer.from(p, 'utf8')));
      expect(Buffer.from(chunks[i]!.bytes).equals(expected)).toBe(true);
      expect(chunks[i]!.lengths).toEqual(parts(doc).map((p) => Buffer.byteLength(p)));
    });
    // views of a shared buffer, for the first ones at least; one larger than a slab has its own
    expect(chunks[1]!.bytes.buffer).toBe(chunks[2]!.bytes.buffer);
    const big = encodeDatasetChunk({ ...base, text: '海关'.repeat(400_000) }, {}, true);
    expect(big.bytes.buffer.byteLength).toBe(big.bytes.byteLength);
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

describe('encodeDatasetPieces', () => {
  /** The sample document with `sections` sections and, in one part, `metrics` metrics. */
  function manyRecords(sections: number, metrics: number): Document {
    const doc = sampleDocument('many');
    return {
      ...doc,
      sections: Array.from({ length: sections }, (_, i) => ({ ...doc.sections[i % doc.sections.length]!, id: `s${i + 1}` })),
      metrics: Array.from({ length: metrics }, (_, i) => ({ ...doc.metrics[i % doc.metrics.length]!, id: `many#${i + 1}` })),
    };
  }
  const joined = (pieces: DatasetChunk[]): Buffer => Buffer.concat(pieces.map((p) => Buffer.from(p.bytes)));
  /** Each file's bytes from the pieces, in DATASET_FILES order. */
  const files = (pieces: DatasetChunk[]): string[] =>
    DATASET_FILES.map((_, f) => pieces.map((p) => Buffer.from(p.bytes).subarray(p.lengths.slice(0, f).reduce((a, b) => a + b, 0), p.lengths.slice(0, f + 1).reduce((a, b) => a + b, 0)).toString()).join(''));

  it('a part of many metrics is encoded a batch at a time: no piece holds the whole part, and the bytes are the whole chunk\'s', () => {
    const doc = manyRecords(RECORD_BATCH + 3, 2 * RECORD_BATCH + 5);
    // one part holds every metric: before, it was serialised whole into one piece
    const pieces = [...encodeDatasetPieces({ head: { ...doc, metrics: [] }, metrics: [doc.metrics] }, {}, undefined, 1)];
    const whole = encodeDatasetChunk(doc);
    expect(files(pieces)).toEqual(files([whole]));
    expect(joined(pieces).length).toBe(whole.bytes.length);
    const metricsAt = 1 + TABLES.findIndex((t) => t.name === 'metrics');
    const withMetrics = pieces.filter((p) => p.lengths[metricsAt]! > 0);
    expect(withMetrics.length).toBe(Math.ceil(doc.metrics.length / RECORD_BATCH));
  });

  it('the same bytes whatever the parts and piece size (fast-check)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.array(fc.integer({ min: 0, max: 1200 }), { maxLength: 3 }), fc.integer({ min: 1, max: 1 << 16 }), (sections, cuts, pieceUnits) => {
        const total = cuts.reduce((a, b) => a + b, 0);
        const doc = manyRecords(sections, total);
        let at = 0;
        const parts = cuts.map((n) => doc.metrics.slice(at, (at += n)));
        const pieces = [...encodeDatasetPieces({ head: { ...doc, metrics: [] }, metrics: parts }, {}, undefined, pieceUnits)];
        expect(files(pieces)).toEqual(files([encodeDatasetChunk(doc)]));
      }),
      { numRuns: 25 },
    );
  });
});
