import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataset, readProvenance } from '../../src/io/read-dataset.js';
import { Document } from '../../src/schema/records.js';
import { sliceCodePoints } from '../../src/lib/span.js';
import { tempDir } from '../helpers.js';
import { SMALL_DATASET, clone, loadSmallDocuments, writeDataset } from '../review/dataset-fixtures.js';

describe('readDataset', () => {
  it('reads the review fixture: valid records and its datapackage', async () => {
    const { documents, datapackage } = await readDataset(SMALL_DATASET);
    expect(documents.map((d) => d.id)).toEqual(['001_rich', '002_<i>injection</i>', '003_empty']);
    expect(readProvenance(datapackage)).toEqual({ rulesHash: 'sha256:fixture-rules-1', toolVersion: '0.0.0-fixture' });
  });

  it('the fixture is consistent: every metric span holds its raw, every section span starts at its heading', async () => {
    for (const doc of loadSmallDocuments()) {
      expect(Document.safeParse(doc).success).toBe(true);
      for (const m of doc.metrics) expect(sliceCodePoints(doc.text, m.span[0], m.span[1])).toBe(m.raw);
      for (const s of doc.sections) expect(sliceCodePoints(doc.text, s.span[0], s.span[1]).startsWith(`${s.marker ?? ''}${s.title}`)).toBe(true);
    }
  });

  it('tolerates a dataset without datapackage.json', async () => {
    const dir = writeDataset(loadSmallDocuments());
    const { documents, datapackage } = await readDataset(dir);
    expect(documents).toHaveLength(3);
    expect(datapackage).toBeNull();
    expect(readProvenance(datapackage)).toEqual({ rulesHash: null, toolVersion: null });
  });

  it('finds the rules hash one object down too', () => {
    expect(readProvenance({ 'customs-extract': { version: '1.2.3', rulesHash: 'abc' } })).toEqual({ rulesHash: 'abc', toolVersion: '1.2.3' });
    expect(readProvenance({ name: 'x' })).toEqual({ rulesHash: null, toolVersion: null });
  });

  it('names the folder when there is no documents.json', async () => {
    const dir = tempDir();
    await expect(readDataset(dir)).rejects.toThrow(`${path.join(dir, 'documents.json')}: missing`);
    await expect(readDataset(path.join(dir, 'nope'))).rejects.toThrow('no such folder');
  });

  it('names the file when documents.json is not JSON', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'documents.json'), '[{"id":');
    await expect(readDataset(dir)).rejects.toThrow(`${path.join(dir, 'documents.json')}: not valid JSON`);
  });

  it('names the file, document and field when a record does not validate', async () => {
    const docs = clone(loadSmallDocuments());
    (docs[2] as unknown as { sha256: string }).sha256 = 'not-a-hash';
    const dir = writeDataset(docs);
    await expect(readDataset(dir)).rejects.toThrow(/documents\.json: document 2 \(003_empty\): sha256: /);
  });

  it('refuses two documents with the same id', async () => {
    const docs = loadSmallDocuments();
    const dir = writeDataset([...docs, docs[0]!]);
    await expect(readDataset(dir)).rejects.toThrow('documents.json: document 3: duplicate id "001_rich" (document 0 has it too)');
  });

  it('names datapackage.json when it is broken', async () => {
    const dir = writeDataset(loadSmallDocuments());
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'datapackage.json'), '{');
    await expect(readDataset(dir)).rejects.toThrow(`${path.join(dir, 'datapackage.json')}: not valid JSON`);
  });
});
