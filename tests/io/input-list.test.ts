// The plan as columns (src/io/input-list.ts): every file's location, path, id, format, size and
// name bytes come back as the walk found them, in the walk's order, past the columns' growth;
// selections keep their order and share the reuse mark.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { InputList } from '../../src/io/input-list.js';
import { planInputs, readSource, type InputEntry } from '../../src/io/read-inputs.js';
import { selectInputs } from '../../src/io/select-inputs.js';
import { compareIds } from '../../src/format/id-order.js';
import { tempDir } from '../helpers.js';

const LONG = '海关总署关于进一步规范进出口货物申报管理有关事项的公告'.repeat(4); // 104 characters, 312 bytes in UTF-8: too long for one name
const longName = `${LONG.slice(0, 80)}.html`; // 245 bytes

describe('InputList: the plan as columns', () => {
  it('gives back each file as added, in order, across the growth of its columns and text', () => {
    const list = InputList.empty();
    const base = list.addBase({ location: '/corpus/', rel: 'year/' });
    const added: InputEntry[] = [];
    for (let i = 0; i < 5000; i++) {
      const below = `批次${i % 7}/${i % 3 ? longName : `doc-${i}.txt`}`;
      const size = i * 1_000_003; // past 2^32 near the end
      list.add({ place: { base, below }, format: i % 3 ? 'html' : 'text', size, archive: null, rawLocation: null });
      added.push({ location: `/corpus/${below}`, path: `year/${below}`, id: `year/${below.replace(/\.[a-z]+$/, '')}`, format: i % 3 ? 'html' : 'text', size });
    }
    list.add({ place: { location: '/elsewhere/b\uFFFD.zip', path: 'b%FF.zip' }, format: null, size: 9, archive: 'zip', rawLocation: 'L2Vsc2V3aGVyZS9i/w==' });
    added.push({ location: '/elsewhere/b\uFFFD.zip', path: 'b%FF.zip', id: 'b%FF', format: null, size: 9, archive: 'zip', rawLocation: 'L2Vsc2V3aGVyZS9i/w==' });
    expect(list.length).toBe(added.length);
    expect(list.toArray()).toEqual(added);
    // cut to fit, then grown again: the same files, and one more
    list.fit();
    expect(list.toArray()).toEqual(added);
    list.add({ place: { base, below: 'after.md' }, format: 'markdown', size: 1, archive: null, rawLocation: null });
    added.push({ location: '/corpus/after.md', path: 'year/after.md', id: 'year/after', format: 'markdown', size: 1 });
    expect(list.toArray()).toEqual(added);
    expect(list.at(added.length)).toBeUndefined();
    expect(list.at(-1)).toBeUndefined();
  });

  it('a selection keeps its order, sorts stably by a key, and shares the reuse mark with the plan', () => {
    const list = InputList.empty();
    const base = list.addBase({ location: '/c/', rel: '' });
    for (const below of ['b.txt', 'a.html', 'c.md', 'a.txt']) list.add({ place: { base, below }, format: 'text', size: 1, archive: null, rawLocation: null });
    const kept = list.filter((k) => list.pathAt(k) !== 'c.md');
    expect(kept.toArray().map((e) => e.path)).toEqual(['b.txt', 'a.html', 'a.txt']);
    const sorted = kept.sortedBy((k) => kept.idAt(k), compareIds);
    // a.html and a.txt share the id a: the plan's order between them stays
    expect(sorted.toArray().map((e) => e.path)).toEqual(['a.html', 'a.txt', 'b.txt']);
    sorted.markReused(2);
    expect(list.at(0)!.reuse).toBe(true);
    expect(list.at(1)!.reuse).toBeUndefined();
    expect(() => sorted.add({ place: { base, below: 'd.txt' }, format: 'text', size: 1, archive: null, rawLocation: null })).toThrow();
  });
});

describe('InputList.positionsBy: keys made as the sort compares', () => {
  it('sorts any order as sorting the keys does, stably, calling key about once per input on a list already in order', () => {
    const list = InputList.empty();
    const base = list.addBase({ location: '/c/', rel: '' });
    const names = Array.from({ length: 300 }, (_, i) => `n${String((i * 7919) % 101).padStart(3, '0')}${i % 2 ? '.txt' : '.md'}`);
    for (const below of names) list.add({ place: { base, below }, format: 'text', size: 1, archive: null, rawLocation: null });
    const expected = names.map((n, k) => [n.replace(/\.[a-z]+$/, ''), k] as const).sort((x, y) => compareIds(x[0], y[0]) || x[1] - y[1]).map(([, k]) => k);
    expect(list.positionsBy((k) => list.idAt(k), compareIds)).toEqual(expected);
    const sorted = list.sortedBy((k) => list.idAt(k), compareIds);
    let calls = 0;
    sorted.positionsBy((k) => (calls++, sorted.idAt(k)), compareIds);
    expect(calls).toBeLessThan(2 * sorted.length);
  });
});

describe('planInputs: paths round trip through the plan', () => {
  it('UTF-8, GBK-named, percent-escaped and long names, below a folder and as file arguments, read back by their bytes', async () => {
    const root = tempDir();
    const dir = path.join(root, 'corpus');
    mkdirSync(path.join(dir, '二〇二四', 'sub'), { recursive: true });
    const files: Array<[Buffer, string]> = [
      [Buffer.from('二〇二四/一号.txt'), '一'],
      [Buffer.from(`二〇二四/sub/${longName}`), '<p>长</p>'],
      [Buffer.concat([Buffer.from('二〇二四/'), iconv.encode('署令第1号', 'gbk'), Buffer.from('.txt')]), '署'],
      [Buffer.concat([Buffer.from('b'), Buffer.from([0xff, 0xfe]), Buffer.from('.md')]), '# 乙'],
      [Buffer.from('z.txt'), '末'],
    ];
    for (const [rel, text] of files) writeFileSync(Buffer.concat([Buffer.from(dir + path.sep), rel]), text);
    const single = path.join(root, 'single.txt');
    writeFileSync(single, '单');
    const plan = await planInputs([dir, single]);
    const entries = plan.inputs.toArray();
    // the walk's order: names sorted by their bytes within each folder, then the next argument
    expect(entries.map((e) => e.path)).toEqual(['b%FF%FE.md', 'z.txt', '二〇二四/sub/' + longName, '二〇二四/署令第1号.txt', '二〇二四/一号.txt', 'single.txt']);
    expect(entries.map((e) => e.id)).toEqual(['b%FF%FE', 'z', '二〇二四/sub/' + longName.slice(0, -5), '二〇二四/署令第1号', '二〇二四/一号', 'single']);
    expect(entries.map((e) => e.format)).toEqual(['markdown', 'text', 'html', 'text', 'text', 'text']);
    // a UTF-8 path's location is its folder argument joined to it; only names not UTF-8 keep their bytes
    expect(entries[2]!.location).toBe(path.join(dir, '二〇二四', 'sub', longName));
    expect(entries[5]!.location).toBe(single);
    expect(entries.map((e) => e.rawLocation !== undefined)).toEqual([true, false, false, true, false, false]);
    const texts = await Promise.all(entries.map(async (e) => Buffer.from((await readSource(e)).bytes).toString('utf8')));
    expect(texts).toEqual(['# 乙', '末', '<p>长</p>', '署', '一', '单']);
    expect(entries.map((e) => e.size)).toEqual(texts.map((t) => Buffer.byteLength(t)));
  });

  it('selectInputs gives id order (archives where their members sort), as sorting the entries does; --root prefixes every path', async () => {
    const root = tempDir();
    const dir = path.join(root, 'in');
    mkdirSync(path.join(dir, 'a'), { recursive: true });
    for (const name of ['a/b.txt', 'a!.txt', 'Z.md', 'a.zip', '甲.html']) writeFileSync(path.join(dir, name), 'x');
    const plan = await planInputs([dir], { root });
    const key = (e: InputEntry): string => (e.archive ? `${e.id}/` : e.id);
    const expected = plan.inputs.toArray().sort((x, y) => compareIds(key(x), key(y)));
    const selected = selectInputs(plan.inputs).toArray();
    expect(selected).toEqual(expected);
    // the walk listed a/b.txt before a!.txt (a folder's name is a prefix); by id, a!.txt and the archive a.zip (a/) come first
    expect(plan.inputs.toArray().map((e) => e.path)).toEqual(['in/Z.md', 'in/a/b.txt', 'in/a!.txt', 'in/a.zip', 'in/甲.html']);
    expect(selected.map((e) => e.path)).toEqual(['in/Z.md', 'in/a!.txt', 'in/a.zip', 'in/a/b.txt', 'in/甲.html']);
    expect(selected.find((e) => e.archive)).toMatchObject({ id: 'in/a', archive: 'zip', format: null });
  });
});

describe('planInputs: id clashes found by sorting', () => {
  it('refuses every input sharing an id, reported in the walk\'s order, not in id order; the others stay in order', async () => {
    const root = tempDir();
    for (const rel of ['p/z.txt', 'q/a.txt', 'q/b.txt', 'q/z.md', 'r/a.html']) {
      mkdirSync(path.join(root, path.dirname(rel)), { recursive: true });
      writeFileSync(path.join(root, rel), '甲');
    }
    const plan = await planInputs(['p', 'q', 'r'].map((d) => path.join(root, d)));
    expect(plan.failures.map((f) => [f.path, f.code])).toEqual([
      ['z.txt', 'read/id-clash'],
      ['z.md', 'read/id-clash'],
      ['a.txt', 'read/id-clash'],
      ['a.html', 'read/id-clash'],
    ]);
    expect(plan.failures[0]!.message).toContain('z.md');
    expect(plan.inputs.toArray().map((e) => e.path)).toEqual(['b.txt']);
  });
});
