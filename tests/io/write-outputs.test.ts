import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDataset, OutputDirError } from '../../src/io/write-outputs.js';
import { Document } from '../../src/schema/records.js';
import { sampleDocument, snapshotDir, tempDir } from '../helpers.js';

const TOOL = { name: 'customs-extract', version: '9.9.9', rulesHash: `sha256:${'0'.repeat(64)}` };
const FILES = ['columns.csv', 'datapackage.json', 'documents.csv', 'documents.json', 'metrics.csv', 'sections.csv'];

describe('openDataset', () => {
  it('the sample document is a valid record', () => {
    expect(Document.safeParse(sampleDocument()).success).toBe(true);
  });

  it('writes every file only on commit, in one swap, and leaves no temporary folder', async () => {
    const parent = tempDir();
    const dir = path.join(parent, 'ds');
    const writer = await openDataset(dir, { tool: TOOL });
    await writer.add(sampleDocument('a'));
    expect(existsSync(dir)).toBe(false);
    await writer.commit();
    expect(readdirSync(dir).sort()).toEqual(FILES);
    expect(readdirSync(parent)).toEqual(['ds']);
    const docs = JSON.parse(readFileSync(path.join(dir, 'documents.json'), 'utf8')) as unknown[];
    expect(docs).toEqual([sampleDocument('a')]);
  });

  it('replaces a previous dataset whole; abort() keeps the previous one and removes its temporary folder', async () => {
    const parent = tempDir();
    const dir = path.join(parent, 'ds');
    const first = await openDataset(dir, { tool: TOOL });
    await first.add(sampleDocument('a'));
    await first.commit();
    const before = snapshotDir(dir);
    const second = await openDataset(dir, { tool: TOOL });
    await second.add(sampleDocument('b'));
    expect(existsSync(second.tempDir)).toBe(true);
    second.abort();
    expect(existsSync(second.tempDir)).toBe(false);
    expect(snapshotDir(dir)).toEqual(before);
    expect(readdirSync(parent)).toEqual(['ds']);
    const third = await openDataset(dir, { tool: TOOL });
    await third.add(sampleDocument('c'));
    await third.commit();
    expect((JSON.parse(readFileSync(path.join(dir, 'documents.json'), 'utf8')) as Array<{ id: string }>).map((d) => d.id)).toEqual(['c']);
    expect(readdirSync(parent)).toEqual(['ds']);
  });

  it('refuses to replace a folder that holds something other than a dataset, or a file', async () => {
    const parent = tempDir();
    mkdirSync(path.join(parent, 'home'));
    writeFileSync(path.join(parent, 'home', 'thesis.docx'), 'precious');
    await expect(openDataset(path.join(parent, 'home'), { tool: TOOL })).rejects.toBeInstanceOf(OutputDirError);
    writeFileSync(path.join(parent, 'file'), 'x');
    await expect(openDataset(path.join(parent, 'file'), { tool: TOOL })).rejects.toBeInstanceOf(OutputDirError);
    expect(readFileSync(path.join(parent, 'home', 'thesis.docx'), 'utf8')).toBe('precious');
    expect(readdirSync(parent).sort()).toEqual(['file', 'home']);
  });

  it('removes the temporary folder of a run killed outright (its process gone), never one of a live run', async () => {
    const parent = tempDir();
    const dir = path.join(parent, 'ds');
    // pid 2^22 + 1 is above Linux's largest pid: no such process
    mkdirSync(path.join(parent, `.ds.tmp-${2 ** 22 + 1}-abcdef`));
    mkdirSync(path.join(parent, `.ds.tmp-${process.ppid}-live`));
    mkdirSync(path.join(parent, `.other.tmp-${2 ** 22 + 1}-x`));
    const writer = await openDataset(dir, { tool: TOOL });
    await writer.commit();
    expect(readdirSync(parent).sort()).toEqual([`.ds.tmp-${process.ppid}-live`, `.other.tmp-${2 ** 22 + 1}-x`, 'ds']);
  });

  it('an empty dataset is an empty array and header-only CSV files', async () => {
    const dir = path.join(tempDir(), 'ds');
    const writer = await openDataset(dir, { tool: TOOL });
    await writer.commit();
    expect(readFileSync(path.join(dir, 'documents.json'), 'utf8')).toBe('[]\n');
    expect(readFileSync(path.join(dir, 'metrics.csv'), 'utf8').split('\n')).toHaveLength(2);
  });

  it('--excel starts every CSV with a UTF-8 BOM and records it in datapackage.json', async () => {
    const dir = path.join(tempDir(), 'ds');
    const writer = await openDataset(dir, { tool: TOOL, excel: true });
    await writer.add(sampleDocument());
    await writer.commit();
    for (const f of FILES.filter((f) => f.endsWith('.csv'))) expect([...readFileSync(path.join(dir, f)).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(readFileSync(path.join(dir, 'documents.json')).subarray(0, 1).toString()).toBe('[');
    const pkg = JSON.parse(readFileSync(path.join(dir, 'datapackage.json'), 'utf8')) as { customs_extract: { excel: boolean } };
    expect(pkg.customs_extract.excel).toBe(true);
  });
});
