// A document written in pieces (encodeDatasetPieces: DatasetChunk more / rest) lands in the
// dataset as its whole chunk would: the pieces stay together and in order through the main run,
// the sort buffer, spilled runs and their merge, and the JSON and NDJSON layouts.
import { describe, expect, it } from 'vitest';
import { openDataset } from '../../src/io/write-outputs.js';
import { encodeDatasetChunk, encodeDatasetPieces } from '../../src/format/encode-document.js';
import type { Document } from '../../src/schema/records.js';
import { sampleDocument, snapshotDir, tempDir } from '../helpers.js';

const TOOL = { name: 'customs-extract', version: '9.9.9', rulesHash: `sha256:${'0'.repeat(64)}` };

/** A sample document with more sections and metrics, its metrics in parts of two. */
function documentOf(id: string): Document {
  const doc = sampleDocument(id);
  const sections = Array.from({ length: 5 }, (_, i) => ({ ...doc.sections[i % 2]!, id: `s${i + 1}` }));
  const metrics = Array.from({ length: 7 }, (_, i) => ({ ...doc.metrics[i % 3]!, id: `${id}#${i + 1}` }));
  return { ...doc, sections, metrics };
}
const inParts = (doc: Document): { head: Document; metrics: Document['metrics'][] } => ({
  head: { ...doc, metrics: [] },
  metrics: [doc.metrics.slice(0, 2), [], doc.metrics.slice(2, 6), doc.metrics.slice(6)],
});

// arrival order: not id order, so that documents wait, spill and are merged; every other one in pieces
const ARRIVALS = ['m', 'c', 'x', 'a', 'b', 'z', 'd', 'y', 'e'];

async function write(dir: string, pieces: boolean, options: { sortBufferBytes?: number; splitSize?: number }): Promise<Record<string, Buffer>> {
  const writer = await openDataset(dir, { tool: TOOL, ...options, mergeFanIn: 3 });
  for (const [i, id] of ARRIVALS.entries()) {
    const doc = documentOf(id);
    if (pieces && i % 2 === 0) for (const piece of encodeDatasetPieces(inParts(doc), {}, undefined, 1)) await writer.addChunk(piece, id);
    else await writer.addChunk(encodeDatasetChunk(doc), id);
  }
  await writer.commit();
  return snapshotDir(dir);
}

describe('a document in pieces through the ordering layer', () => {
  it('makes many pieces, and the whole chunk’s bytes between them', () => {
    const doc = documentOf('a');
    const pieces = [...encodeDatasetPieces(inParts(doc), {}, undefined, 1)];
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.map((p) => [Boolean(p.rest), Boolean(p.more)])).toEqual(pieces.map((_, i) => [i > 0, i < pieces.length - 1]));
    const whole = encodeDatasetChunk(doc);
    expect(whole.lengths).toEqual(pieces.reduce((sum, p) => sum.map((n, i) => n + p.lengths[i]!), whole.lengths.map(() => 0)));
  });

  for (const [name, options] of [
    ['in id order in memory', {}],
    ['spilled and merged', { sortBufferBytes: 1 }],
    ['spilled and merged, as NDJSON parts', { sortBufferBytes: 1, splitSize: 4096 }],
  ] as const) {
    it(`writes the same files as whole chunks: ${name}`, async () => {
      const whole = await write(tempDir(), false, options);
      const pieces = await write(tempDir(), true, options);
      expect(Object.keys(pieces)).toEqual(Object.keys(whole));
      for (const file of Object.keys(whole)) expect(pieces[file]!.toString(), file).toBe(whole[file]!.toString());
      if ('splitSize' in options) expect(Object.keys(whole).filter((f) => f.endsWith('.ndjson')).length).toBeGreaterThan(1);
    });
  }
});
