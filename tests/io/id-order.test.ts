// The writer's ordering layer (src/io/id-order.ts): whatever order documents are added in, the
// dataset lists them by id, byte for byte what adding them in id order writes; with runs spilled
// to disk (a tiny buffer), merged in several passes (a tiny fan-in), and with the documents in
// NDJSON parts (a tiny --split-size), so every path of the layer is taken on a few documents.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDataset, SPLIT_SIZE, type OpenOptions } from '../../src/io/write-outputs.js';
import { IdOrderedStream, MERGE_FAN_IN, SORT_BUFFER_BYTES } from '../../src/io/id-order.js';
import type { DatasetChunk } from '../../src/format/encode-document.js';
import { compareIds } from '../../src/format/id-order.js';
import type { Document } from '../../src/schema/records.js';
import { FIXTURES, runBin, sampleDocument, snapshotDir, tempDir } from '../helpers.js';
import { makeTarGz, makeWarc, makeZip } from './archive-fixtures.js';

const TOOL = { name: 'customs-extract', version: '9.9.9', rulesHash: `sha256:${'0'.repeat(64)}` };

/** Documents with ids that sort in interesting ways: nested paths, a prefix of another, non-ASCII, digits. */
const IDS = ['b/2', 'b/10', 'a', 'a/b', 'a-b', 'a/b/c', '公告/一', '公告', 'z', 'Z', 'b/1', 'c/x', 'm', 'a.b', 'k/9', 'k/10'];
const docs: Document[] = IDS.map((id, i) => ({ ...sampleDocument(id), bytes: 100 + i }));
const sorted = [...docs].sort((a, b) => compareIds(a.id, b.id));

/** A fixed shuffle (no randomness in tests): each step swaps with a position a multiplier picks. */
function shuffled<T>(items: T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = (i * 7 + 3) % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

async function write(order: Document[], options: Partial<OpenOptions> = {}): Promise<string> {
  const dir = path.join(tempDir(), 'ds');
  const writer = await openDataset(dir, { tool: TOOL, ...options });
  for (const doc of order) await writer.add(doc);
  await writer.commit();
  return dir;
}

describe('the ordering layer', () => {
  it("the README's figures: 16 MB of waiting documents, 64 runs a merge, documents.json split past 1 GB", () => {
    expect(SORT_BUFFER_BYTES).toBe(16 * 1024 * 1024);
    expect(MERGE_FAN_IN).toBe(64);
    expect(SPLIT_SIZE).toBe(1024 ** 3);
  });

  it('the order is code-unit order, the same as sorting the ids as strings', () => {
    expect(sorted.map((d) => d.id)).toEqual([...IDS].sort());
    expect(sorted.map((d) => d.id)).not.toEqual(IDS);
  });

  const orders: Array<[string, Document[]]> = [
    ['reverse', [...sorted].reverse()],
    ['shuffled', shuffled(sorted)],
    ['one document out of place', [sorted[5]!, ...sorted.filter((_, i) => i !== 5)]],
  ];
  const settings: Array<[string, Partial<OpenOptions>]> = [
    ['held in memory', {}],
    ['spilled a document a run, merged 3 runs at a time', { sortBufferBytes: 1, mergeFanIn: 3 }],
    // 2 cannot end (the last merge reads the runs, the main run and the buffer together): it is raised to 3
    ['spilled a document a run, a fan-in of 2 asked for', { sortBufferBytes: 1, mergeFanIn: 2 }],
    ['spilled every few documents', { sortBufferBytes: 20_000 }],
    ['in NDJSON parts, spilled', { splitSize: 9_000, sortBufferBytes: 1, mergeFanIn: 4 }],
  ];

  for (const [name, options] of settings) {
    it(`${name}: any order gives the bytes of id order, and leaves no spill folder`, async () => {
      const want = snapshotDir(await write(sorted, options.splitSize ? { splitSize: options.splitSize } : {}));
      const json = want['documents.json'] ? (JSON.parse(want['documents.json'].toString('utf8')) as Document[]) : null;
      if (json) expect(json.map((d) => d.id)).toEqual(sorted.map((d) => d.id));
      else expect(Object.keys(want).filter((f) => f.endsWith('.ndjson')).length).toBeGreaterThan(2);
      for (const [order, list] of orders) {
        const dir = await write(list, options);
        expect(snapshotDir(dir), `${order}`).toEqual(want);
        expect(readdirSync(path.dirname(dir))).toEqual(['ds']);
      }
    });
  }

  it('documents with the same id (which no plan makes) keep the order they came in, spilled or not', async () => {
    const first = { ...sampleDocument('same'), bytes: 1 };
    const second = { ...sampleDocument('same'), bytes: 2 };
    for (const options of [{}, { sortBufferBytes: 1 }]) {
      const dir = await write([sampleDocument('x'), first, second, sampleDocument('a')], options);
      const got = JSON.parse(readFileSync(path.join(dir, 'documents.json'), 'utf8')) as Document[];
      expect(got.map((d) => [d.id, d.bytes])).toEqual([['a', 100], ['same', 1], ['same', 2], ['x', 100]]);
    }
  });

  it('a waiting document that is a view of a larger buffer is copied: what the buffer holds later is not written', async () => {
    const dir = path.join(tempDir(), 'ds');
    const writer = await openDataset(dir, { tool: TOOL });
    // b goes straight to the files; a, after it, waits for its turn as a view of a buffer then overwritten
    const shared = Buffer.alloc(1 << 16, '<a>');
    await writer.addChunk({ bytes: Buffer.from('<b>'), lengths: [3, 0, 0, 0, 0] }, 'b');
    await writer.addChunk({ bytes: shared.subarray(0, 3), lengths: [3, 0, 0, 0, 0] }, 'a');
    shared.fill('x');
    await writer.commit();
    expect(readFileSync(path.join(dir, 'documents.json'), 'utf8')).toBe('[\n<a>,\n<b>\n]\n');
  });

  it('a stream (stdout): a document is handed over once the floor passes it, in id order, from memory or spilled runs', async () => {
    const chunk = (id: string): DatasetChunk => ({ bytes: Buffer.from(`<${id}>`), lengths: [id.length + 2] });
    for (const options of [{}, { bufferBytes: 1, fanIn: 3 }, { bufferBytes: 200, fanIn: 4 }]) {
      const spillDir = path.join(tempDir(), 'spill');
      const got: string[] = [];
      const stream = new IdOrderedStream({ append: async (c) => void got.push(c.bytes.toString()) }, { spillDir, ...options });
      // loose files in id order pass at once: after each, the floor is the next one's id
      await stream.add('a', chunk('a'));
      await stream.release('a/');
      expect(got).toEqual(['<a>']);
      // a tar's members (`a/…`) in any order wait while the floor is the tar's key
      for (const id of ['a/z', 'a/b', 'a/m/1', 'a/c']) {
        await stream.add(id, chunk(id));
        await stream.release('a/');
      }
      expect(got).toEqual(['<a>']);
      // the next input is the loose file a/d: the members below it are handed over, a/m/1 and a/z wait
      await stream.release('a/d');
      expect(got).toEqual(['<a>', '<a/b>', '<a/c>']);
      await stream.add('a/d', chunk('a/d'));
      await stream.release('b');
      expect(got).toEqual(['<a>', '<a/b>', '<a/c>', '<a/d>', '<a/m/1>', '<a/z>']);
      await stream.add('c', chunk('c'));
      await stream.add('b/1', chunk('b/1'));
      await stream.finish();
      expect(got.slice(6)).toEqual(['<b/1>', '<c>']);
      expect(existsSync(spillDir)).toBe(false);
    }
  });

  it('abort() removes the spill folder with the staging folder', async () => {
    const parent = tempDir();
    const writer = await openDataset(path.join(parent, 'ds'), { tool: TOOL, sortBufferBytes: 1 });
    for (const doc of [...sorted].reverse()) await writer.add(doc);
    expect(existsSync(`${writer.tempDir}.spill`)).toBe(true);
    writer.abort();
    expect(readdirSync(parent)).toEqual([]);
  });
});

// Through the CLI: archives whose members come in reverse id order, beside loose files whose ids
// fall between theirs, give the bytes of the same documents read as loose files (but for the
// members' paths, which name the archive), whatever --jobs, and sharded then merged.
describe('archives in any member order, interleaved with loose files', () => {
  const work = tempDir();
  const root = (name: string): string => path.join(work, name);
  const all: Array<{ name: string; data: Buffer }> = [];
  const COPIES = 4; // 68 documents: enough for --jobs 2 to start a worker (48 files)

  const run = (args: string[]): void => {
    const r = runBin([...args, '-q']);
    expect(r.status, r.stderr).toBe(0);
  };
  /** A dataset's files with the archive's name in member paths put back to the folder's. */
  const asLoose = (dir: string, archive: string): Record<string, Buffer> =>
    Object.fromEntries(Object.entries(snapshotDir(dir)).map(([f, b]) => [f, Buffer.from(b.toString('utf8').replaceAll(`"${archive}/`, '"pages/').replaceAll(`,${archive}/`, ',pages/'), 'utf8')]));

  beforeAll(async () => {
    const names = readdirSync(HOLDOUT).filter((n) => /\.(html|txt|md)$/.test(n) && n !== 'README.md');
    for (let c = 0; c < COPIES; c++) for (const n of names) all.push({ name: `copy-${c}/${n}`, data: readFileSync(path.join(HOLDOUT, n)) });
    all.sort((a, b) => compareIds(a.name, b.name));
    // every document loose, for the expected bytes
    for (const m of all) writeAt(path.join(root('loose'), 'pages', m.name), m.data);
    // half the documents (every other one, in reverse order) in an archive, the rest loose beside it
    const inArchive = all.filter((_, i) => i % 2 === 1).reverse();
    const beside = all.filter((_, i) => i % 2 === 0);
    for (const kind of ['tar', 'tar.gz', 'zip'] as const) {
      const dir = root(kind);
      for (const m of beside) writeAt(path.join(dir, 'pages', m.name), m.data);
      const file = path.join(dir, `pages.${kind}`);
      writeFileSync(file, kind === 'zip' ? makeZip(inArchive.map((m) => ({ name: m.name, data: m.data, deflate: true }))) : await makeTarGz(inArchive, kind === 'tar.gz'));
    }
    run(['--root', path.join(root('loose')), path.join(root('loose'), 'pages'), '-o', root('out-loose'), '--jobs', '1']);
  }, 120_000);

  for (const kind of ['tar', 'tar.gz', 'zip'] as const) {
    it(`a .${kind} in reverse order beside loose files: the loose files' bytes, --jobs 1 and 2`, () => {
      const want = snapshotDir(root('out-loose'));
      const ids = (JSON.parse(want['documents.json']!.toString('utf8')) as Document[]).map((d) => d.id);
      expect(ids).toHaveLength(all.length);
      for (const jobs of ['1', '2']) {
        const out = root(`out-${kind}-${jobs}`);
        run(['--root', root(kind), path.join(root(kind), 'pages'), path.join(root(kind), `pages.${kind}`), '-o', out, '--jobs', jobs]);
        const got = asLoose(out, `pages.${kind}`);
        expect(Object.keys(got)).toEqual(Object.keys(want));
        for (const [file, bytes] of Object.entries(want)) expect(got[file]!.equals(bytes), `${kind} --jobs ${jobs}: ${file}`).toBe(true);
      }
    }, 120_000);
  }

  it('stdout (JSON, NDJSON, a CSV table) lists the documents in id order too: the loose files\' bytes, --jobs 1 and 2', () => {
    const print = (args: string[]): string => {
      const r = runBin([...args, '-q']);
      expect(r.status, r.stderr).toBe(0);
      return r.stdout;
    };
    for (const format of [['--format', 'json'], ['--ndjson'], ['--table', 'sections']]) {
      const want = print(['--root', root('loose'), path.join(root('loose'), 'pages'), ...format, '--jobs', '1']);
      if (format[0] !== '--table') expect((format[0] === '--ndjson' ? want.trim().split('\n') : (JSON.parse(want) as unknown[])).length).toBe(all.length);
      for (const kind of ['tar', 'tar.gz', 'zip'] as const) {
        for (const jobs of ['1', '2']) {
          const got = print(['--root', root(kind), path.join(root(kind), 'pages'), path.join(root(kind), `pages.${kind}`), ...format, '--jobs', jobs]);
          expect(got.replaceAll(`"pages.${kind}/`, '"pages/').replaceAll(`pages.${kind}/`, 'pages/') === want, `${kind} ${format.join(' ')} --jobs ${jobs}`).toBe(true);
        }
      }
    }
  }, 240_000);

  it('sharded, then merged: the bytes of one run', () => {
    const whole = root('whole-tar');
    run(['--root', root('tar'), path.join(root('tar'), 'pages'), path.join(root('tar'), 'pages.tar'), '-o', whole, '--jobs', '2']);
    const parts = [0, 1, 2].map((k) => {
      const out = root(`part-tar-${k}`);
      run(['--root', root('tar'), path.join(root('tar'), 'pages'), path.join(root('tar'), 'pages.tar'), '-o', out, '--shard', `${k}/3`, '--jobs', '1']);
      return out;
    });
    const merged = runBin(['merge', ...parts, '-o', root('merged-tar')]);
    expect(merged.status, merged.stderr).toBe(0);
    expect(snapshotDir(root('merged-tar'))).toEqual(snapshotDir(whole));
  }, 120_000);

  it('a WARC whose records are in reverse order: the bytes of one in id order', () => {
    const warc = (order: typeof all): Buffer => makeWarc(order.map((m) => ({ type: 'response', uri: `http://example.org/${m.name}`, contentType: MEDIA[path.extname(m.name)]!, body: m.data })), true);
    writeFileSync(root('fwd.warc.gz'), warc(all));
    mkdirSync(root('rev'));
    writeFileSync(path.join(root('rev'), 'fwd.warc.gz'), warc([...all].reverse()));
    run([root('fwd.warc.gz'), '-o', root('out-warc-fwd'), '--jobs', '2']);
    run([path.join(root('rev'), 'fwd.warc.gz'), '-o', root('out-warc-rev'), '--jobs', '2']);
    const want = snapshotDir(root('out-warc-fwd'));
    expect((JSON.parse(want['documents.json']!.toString('utf8')) as Document[]).map((d) => d.id)).toEqual(all.map((m) => `fwd/example.org/${m.name.replace(/\.[^.]+$/, '')}`));
    expect(snapshotDir(root('out-warc-rev'))).toEqual(want);
  }, 120_000);
});

const HOLDOUT = path.join(FIXTURES, 'holdout');
const MEDIA: Record<string, string> = { '.html': 'text/html', '.txt': 'text/plain', '.md': 'text/markdown' };
function writeAt(file: string, data: Buffer): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, data);
}
