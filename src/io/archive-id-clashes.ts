// Two inputs with one id would overwrite each other downstream, so both are refused, as
// read-inputs.ts refuses loose files that share one. An archive member's id (`archive/member`) is
// known only by listing the archive, and it can be a loose file's (`a/x.txt` beside `a.tar`
// holding `x.html`), another member's of the same archive (`x.txt` and `x.html`, a tar holding a
// path twice, two URIs of a WARC that give one id), or a member's of another archive whose id
// nests in it (`a.tar` holding `b/x.txt` beside `a/b.zip` holding `x.txt`; `a.tar` beside `a.zip`).
// So the archives are listed before the run (listArchive), a group at a time: an archive with the
// loose files and archives whose ids fall below its own (`a/…`), which are the only inputs its
// members' ids can meet. Memory holds a 53-bit hash of each id of the group, not the ids; where
// two hashes meet, the group is listed once more and its ids compared exactly.
import { listArchive, memberFormat, memberId } from './read-archive.js';
import type { InputList } from './input-list.js';
import type { InputEntry, InputProblem } from './read-inputs.js';
import { sortKeyAt } from './select-inputs.js';


/** One input that holds an id: a loose file, or an archive's member (by its refusal key: a WARC record's URI, else its path); inputs by their index in the list. */
interface Holder {
  label: string;
  loose?: number;
  archive?: number;
  key?: string;
}

/** An input of a group: its entry, made for the group only, and its index in the list. */
interface GroupInput {
  entry: InputEntry;
  index: number;
}

/** cyrb53: a 53-bit hash of a string, so that a group's ids are held as numbers. */
export function idHash(s: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Every id a group's inputs give, with its holder: each loose file's, and each document member's of each archive. */
async function* groupIds(group: readonly GroupInput[]): AsyncGenerator<[string, () => Holder]> {
  for (const { entry: e, index } of group) {
    if (!e.archive) {
      yield [e.id, () => ({ label: e.path, loose: index })];
      continue;
    }
    for await (const m of listArchive(e.location, e.archive)) {
      const format = memberFormat(m.path, m.mediaType);
      if (format !== null && typeof format === 'object') continue; // not a document: skipped when read
      yield [memberId(e.id, m.path), () => ({ label: `${e.path}/${m.path}${m.url ? ` (${m.url})` : ''}`, archive: index, key: m.url ?? m.path })];
    }
  }
}

/** The hashes that more than one id of the group has (almost always none). */
async function sharedHashes(group: readonly GroupInput[]): Promise<Set<number>> {
  const hashes: number[] = [];
  for await (const [id] of groupIds(group)) hashes.push(idHash(id));
  const sorted = Float64Array.from(hashes).sort();
  hashes.length = 0;
  const shared = new Set<number>();
  for (let i = 1; i < sorted.length; i++) if (sorted[i] === sorted[i - 1]) shared.add(sorted[i]!);
  return shared;
}

/** Each holder's one-line message: the other inputs with its id. */
function clashMessage(id: string, self: Holder, holders: readonly Holder[]): string {
  const others = [...new Set(holders.filter((h) => h !== self && h.label !== self.label).map((h) => h.label))];
  return others.length ? `id "${id}" is also the id of ${others.join(', ')}; rename one of them` : `id "${id}": the archive holds this member more than once`;
}

/**
 * Refuses every input whose id another input has, where an archive takes part: a loose file is
 * taken out of `entries` and returned as a failure; an archive's member is marked refused in the
 * list (InputList.refuseMember: its entry's `refused`), and fails when the archive is read.
 * `entries` must be in id order (selectInputs); with --shard, only the shard's inputs are compared.
 * Entries are made for an archive's group only, while it is compared.
 */
export async function refuseArchiveIdClashes(entries: InputList): Promise<{ entries: InputList; failures: InputProblem[] }> {
  const failures: InputProblem[] = [];
  const refusedLoose = new Set<number>();
  for (let i = 0; i < entries.length; ) {
    if (!entries.isArchive(i)) {
      i++;
      continue;
    }
    const prefix = sortKeyAt(entries, i);
    let end = i + 1;
    while (end < entries.length && sortKeyAt(entries, end).startsWith(prefix)) end++;
    const group = Array.from({ length: end - i }, (_, n): GroupInput => ({ entry: entries.at(i + n)!, index: i + n }));
    i = end;
    const shared = await sharedHashes(group);
    if (shared.size === 0) continue;
    const holders = new Map<string, Holder[]>();
    for await (const [id, holder] of groupIds(group)) if (shared.has(idHash(id))) holders.set(id, [...(holders.get(id) ?? []), holder()]);
    for (const [id, list] of holders) {
      if (list.length < 2) continue;
      for (const h of list) {
        const message = clashMessage(id, h, list);
        if (h.loose !== undefined) {
          refusedLoose.add(h.loose);
          failures.push({ path: h.label, code: 'read/id-clash', message });
        } else entries.refuseMember(h.archive!, h.key!, message);
      }
    }
  }
  return { entries: refusedLoose.size ? entries.filter((k) => !refusedLoose.has(k)) : entries, failures };
}
