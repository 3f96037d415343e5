import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hostname } from 'node:os';
import { MANIFEST_FILE, openDataset, OutputDirError, registerOutput } from '../../src/io/write-outputs.js';
import { addToManifest } from '../../src/io/dataset-dir.js';
import { Document } from '../../src/schema/records.js';
import { sampleDocument, snapshotDir, tempDir } from '../helpers.js';

const TOOL = { name: 'customs-extract', version: '9.9.9', rulesHash: `sha256:${'0'.repeat(64)}` };
const FILES = ['columns.csv', 'datapackage.json', 'documents.csv', 'documents.json', 'metrics.csv', 'sections.csv'];

describe('openDataset', () => {
  it('the sample document is a valid record', () => {
    expect(Document.safeParse(sampleDocument()).success).toBe(true);
  });

  it('writes every file only on commit, with a manifest listing them, and leaves no staging folder or lock', async () => {
    const parent = tempDir();
    const dir = path.join(parent, 'ds');
    const writer = await openDataset(dir, { tool: TOOL });
    await writer.add(sampleDocument('a'));
    expect(readdirSync(dir).filter((n) => !n.startsWith('.'))).toEqual([]);
    await writer.commit();
    expect(readdirSync(dir).sort()).toEqual([...FILES, MANIFEST_FILE].sort());
    expect(readdirSync(parent)).toEqual(['ds']);
    const manifest = JSON.parse(readFileSync(path.join(dir, MANIFEST_FILE), 'utf8')) as { files: string[] };
    expect(manifest.files).toEqual(FILES);
    const docs = JSON.parse(readFileSync(path.join(dir, 'documents.json'), 'utf8')) as unknown[];
    expect(docs).toEqual([sampleDocument('a')]);
  });

  it('abort() on a folder it created removes it; nothing is left beside it', async () => {
    const parent = tempDir();
    const writer = await openDataset(path.join(parent, 'ds'), { tool: TOOL });
    await writer.add(sampleDocument('a'));
    writer.abort();
    expect(readdirSync(parent)).toEqual([]);
  });

  it('replaces only the files its manifest lists; abort() keeps the previous dataset and removes its staging folder', async () => {
    const parent = tempDir();
    const dir = path.join(parent, 'ds');
    const first = await openDataset(dir, { tool: TOOL });
    await first.add(sampleDocument('a'));
    await first.commit();
    // what a user keeps beside a dataset: a notebook, a repository, a review page of their own
    writeFileSync(path.join(dir, 'notebook.ipynb'), '{}');
    mkdirSync(path.join(dir, '.git'));
    writeFileSync(path.join(dir, '.git', 'HEAD'), 'ref: refs/heads/main\n');
    const before = snapshotDir(dir);
    const second = await openDataset(dir, { tool: TOOL });
    await second.add(sampleDocument('b'));
    expect(existsSync(second.tempDir)).toBe(true);
    second.abort();
    expect(existsSync(second.tempDir)).toBe(false);
    expect(snapshotDir(dir)).toEqual(before);
    expect(readdirSync(dir).filter((n) => n.startsWith('.customs-extract'))).toEqual([]);
    const third = await openDataset(dir, { tool: TOOL });
    await third.add(sampleDocument('c'));
    await third.commit();
    expect((JSON.parse(readFileSync(path.join(dir, 'documents.json'), 'utf8')) as Array<{ id: string }>).map((d) => d.id)).toEqual(['c']);
    expect(readFileSync(path.join(dir, 'notebook.ipynb'), 'utf8')).toBe('{}');
    expect(readFileSync(path.join(dir, '.git', 'HEAD'), 'utf8')).toBe('ref: refs/heads/main\n');
    expect(readdirSync(parent)).toEqual(['ds']);
  });

  it("a writer opened after one was aborted stages in a folder of its own, where the aborted one's late file opens cannot land", async () => {
    const dir = path.join(tempDir(), 'ds');
    const aborted = await openDataset(dir, { tool: TOOL });
    aborted.abort();
    const next = await openDataset(dir, { tool: TOOL });
    expect(next.tempDir).not.toBe(aborted.tempDir);
    expect(existsSync(aborted.tempDir)).toBe(false);
    await next.add(sampleDocument('n'));
    await next.commit();
    expect((JSON.parse(readFileSync(path.join(dir, 'documents.json'), 'utf8')) as Array<{ id: string }>).map((d) => d.id)).toEqual(['n']);
  });

  it('a file the old manifest lists and the new one does not is removed; one it never listed stays', async () => {
    const dir = path.join(tempDir(), 'ds');
    const first = await openDataset(dir, { tool: TOOL });
    await first.commit(async (staging) => writeFileSync(path.join(staging, 'review.html'), '<p>old</p>'));
    expect(existsSync(path.join(dir, 'review.html'))).toBe(true);
    const second = await openDataset(dir, { tool: TOOL });
    await second.commit();
    expect(existsSync(path.join(dir, 'review.html'))).toBe(false);
    // review.html written by the user (not in the manifest) is theirs
    writeFileSync(path.join(dir, 'review.html'), 'mine');
    const third = await openDataset(dir, { tool: TOOL });
    await third.commit();
    expect(readFileSync(path.join(dir, 'review.html'), 'utf8')).toBe('mine');
  });

  it('refuses a non-empty folder without a manifest, and a file; an empty folder is used', async () => {
    const parent = tempDir();
    mkdirSync(path.join(parent, 'home'));
    writeFileSync(path.join(parent, 'home', 'thesis.docx'), 'precious');
    await expect(openDataset(path.join(parent, 'home'), { tool: TOOL })).rejects.toBeInstanceOf(OutputDirError);
    // a documents.json does not make a folder a dataset: the inputs beside it are not the tool's
    writeFileSync(path.join(parent, 'home', 'documents.json'), '[]');
    await expect(openDataset(path.join(parent, 'home'), { tool: TOOL })).rejects.toMatchObject({ code: 'output/not-empty', exitStatus: 2 });
    writeFileSync(path.join(parent, 'file'), 'x');
    await expect(openDataset(path.join(parent, 'file'), { tool: TOOL })).rejects.toBeInstanceOf(OutputDirError);
    expect(readFileSync(path.join(parent, 'home', 'thesis.docx'), 'utf8')).toBe('precious');
    expect(readdirSync(path.join(parent, 'home')).sort()).toEqual(['documents.json', 'thesis.docx']);
    expect(readdirSync(parent).sort()).toEqual(['file', 'home']);
    mkdirSync(path.join(parent, 'empty'));
    const writer = await openDataset(path.join(parent, 'empty'), { tool: TOOL });
    await writer.commit();
    expect(readdirSync(path.join(parent, 'empty'))).toContain(MANIFEST_FILE);
  });

  it('a dataset written before manifests (exactly the known outputs) is replaced, and gets a manifest', async () => {
    const dir = path.join(tempDir(), 'ds');
    mkdirSync(dir);
    for (const f of [...FILES, 'review.html']) writeFileSync(path.join(dir, f), 'old');
    const writer = await openDataset(dir, { tool: TOOL });
    await writer.commit();
    expect(readdirSync(dir).sort()).toEqual([...FILES, MANIFEST_FILE].sort());
    expect(readFileSync(path.join(dir, 'documents.json'), 'utf8')).toBe('[]\n');
  });

  it('refuses a folder that is, contains or sits inside an input', async () => {
    const parent = tempDir();
    const corpus = path.join(parent, 'corpus');
    mkdirSync(corpus);
    writeFileSync(path.join(corpus, 'a.txt'), 'x');
    for (const [dir, how] of [
      [corpus, 'is'],
      [parent, 'contains'],
      [path.join(corpus, 'out'), 'sits inside'],
    ] as const)
      await expect(openDataset(dir, { tool: TOOL, inputs: [corpus] })).rejects.toThrow(new RegExp(`^${how} the input`));
    await expect(openDataset(parent, { tool: TOOL, inputs: [path.join(corpus, 'a.txt')] })).rejects.toThrow(/^contains the input/);
    expect(readdirSync(corpus)).toEqual(['a.txt']);
    const out = path.join(tempDir(), 'out');
    await (await openDataset(out, { tool: TOOL, inputs: [corpus, '-'] })).commit();
    expect(existsSync(path.join(out, MANIFEST_FILE))).toBe(true);
  });

  it('a second writer refuses at once while the first holds the lock, naming it; a dead holder is taken over', async () => {
    const dir = path.join(tempDir(), 'ds');
    const first = await openDataset(dir, { tool: TOOL });
    await expect(openDataset(dir, { tool: TOOL })).rejects.toMatchObject({ code: 'output/locked', exitStatus: 1, message: expect.stringMatching(new RegExp(`pid ${process.pid}\\b`)) as unknown });
    await first.commit();
    // a lock a killed run left: pid 2^22 + 1 is above Linux's largest pid, so no such process
    writeFileSync(path.join(dir, '.customs-extract.lock'), JSON.stringify({ pid: 2 ** 22 + 1, host: hostname(), started: 'then', command: 'x' }));
    mkdirSync(path.join(dir, `.customs-extract.staging-${2 ** 22 + 1}`));
    const third = await openDataset(dir, { tool: TOOL });
    await third.commit();
    expect(readdirSync(dir).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('files a writer adds must be registered outputs; registered ones are listed in the manifest', async () => {
    const dir = path.join(tempDir(), 'ds');
    const before = await openDataset(dir, { tool: TOOL });
    await before.commit();
    const snapshot = snapshotDir(dir);
    const writer = await openDataset(dir, { tool: TOOL });
    await expect(writer.commit(async (staging) => writeFileSync(path.join(staging, 'stray.bin'), 'x'))).rejects.toThrow(/registerOutput: stray\.bin/);
    writer.abort();
    expect(snapshotDir(dir)).toEqual(snapshot);
    registerOutput(/^parts\/part-\d+\.ndjson$/, 'test: NDJSON parts');
    const parts = await openDataset(dir, { tool: TOOL });
    await parts.commit(async (staging) => {
      mkdirSync(path.join(staging, 'parts'));
      writeFileSync(path.join(staging, 'parts', 'part-1.ndjson'), '{}\n');
    });
    expect((JSON.parse(readFileSync(path.join(dir, MANIFEST_FILE), 'utf8')) as { files: string[] }).files).toContain('parts/part-1.ndjson');
    // the next dataset without parts removes them and their folder
    await (await openDataset(dir, { tool: TOOL })).commit();
    expect(existsSync(path.join(dir, 'parts'))).toBe(false);
  });

  it('addToManifest: a writer adding to an existing dataset (review DIR) lists its file', async () => {
    const dir = path.join(tempDir(), 'ds');
    await (await openDataset(dir, { tool: TOOL })).commit();
    writeFileSync(path.join(dir, 'review.html'), '<p>page</p>');
    addToManifest(dir, ['review.html']);
    expect((JSON.parse(readFileSync(path.join(dir, MANIFEST_FILE), 'utf8')) as { files: string[] }).files).toContain('review.html');
    expect(() => addToManifest(dir, ['notes.txt'])).toThrow(/not a registered output/);
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
