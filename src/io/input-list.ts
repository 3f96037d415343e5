// The plan of a run as columns: a 1 GB corpus lists about 230,000 files, and an object per file
// (its location, path, id and size as separate heap values, some 215 bytes a file) stayed alive
// for the whole run. Here each file is a few typed-array slots and the UTF-8 bytes of its path
// below its folder argument in one growing buffer; location, path and id are derived from them,
// and an entry object is made only when a document is dispatched (InputList.at).
import path from 'node:path';
import type { InputFormat } from '../schema/records.js';
import { archiveKindOf, type ArchiveKind } from './read-archive.js';

/** One input of the run as the runner reads it: a loose file, stdin, an archive or one of its members. */
export interface InputEntry {
  /** absolute path on disk (its name decoded, see nameOf), or `-` for stdin */
  location: string;
  /** the path's bytes in base64, when its name is not UTF-8 (location then is not the name on disk) */
  rawLocation?: string;
  /** relative to the folder argument (a file argument: its name), /-separated */
  path: string;
  id: string;
  /** null: no extension, sniffed when read */
  format: InputFormat | null;
  /** size in bytes when planned (0 for stdin or an input that could not be stat'ed) */
  size: number;
  /** an archive: its members are the documents (src/io/read-archive.ts) */
  archive?: ArchiveKind;
  /** an archive member: its bytes, already read from the archive */
  bytes?: Uint8Array;
  /** an archive member: the transport's charset and the page's URI (WARC) */
  charset?: string;
  url?: string;
  /**
   * an archive: its members refused before reading because another input has their id, by member
   * path (a WARC record: by its URI), each with its one-line message (archive-id-clashes.ts)
   */
  refused?: Map<string, string>;
  /** --since: copied from the previous dataset, not extracted */
  reuse?: boolean;
}

/** What the runner needs of a list of inputs: an array of entries, or an InputList. */
export interface EntryList {
  readonly length: number;
  at(index: number): InputEntry | undefined;
}

/** A file's id: its relative path without its extension. */
export function idOf(relPath: string): string {
  const ext = path.posix.extname(relPath);
  return ext ? relPath.slice(0, -ext.length) : relPath;
}

/** A folder argument: files below it store only the path below it; their location and path are its own joined to that. */
export interface InputBase {
  /** with a trailing separator */
  location: string;
  /** '' or with a trailing `/` */
  rel: string;
}

/** Where a file is: below a base (`base`, `below`: the path below it), or in full (`location`, `path`). */
export type InputPlace = { base: number; below: string } | { location: string; path: string };

/** A file as the walk adds it (one shape for every file: the walk adds hundreds of thousands). */
export interface NewInput {
  place: InputPlace;
  format: InputFormat | null;
  size: number;
  archive: ArchiveKind | null;
  /** the path's bytes in base64, when its name is not UTF-8 */
  rawLocation: string | null;
}

const FORMATS: ReadonlyArray<InputFormat | null> = [null, 'text', 'html', 'markdown'];
const ARCHIVES: ReadonlyArray<ArchiveKind | undefined> = [undefined, 'zip', 'tar', 'tar.gz', 'warc', 'warc.gz'];
const NO_BASE = -1;
const REUSE = 1;

/** The columns every list of one plan shares; grown as the walk adds files. */
class Columns {
  count = 0;
  text = Buffer.allocUnsafeSlow(1 << 16);
  textUsed = 0;
  /** each file's bytes in `text` end here (they start where the previous file's end) */
  textEnd = new Uint32Array(1024);
  base = new Int32Array(1024);
  size = new Float64Array(1024);
  format = new Uint8Array(1024);
  archive = new Uint8Array(1024);
  flags = new Uint8Array(1024);
  readonly bases: InputBase[] = [];
  /** files not below a base: their location (the path is in `text`) */
  readonly locations = new Map<number, string>();
  /** names that are not UTF-8: their bytes in base64 */
  readonly rawLocations = new Map<number, string>();
  /** archives: members refused before reading (archive-id-clashes.ts), by member key */
  readonly refused = new Map<number, Map<string, string>>();

  add(input: NewInput): number {
    const i = this.count;
    if (i === this.size.length) this.grow();
    const place = input.place;
    if ('below' in place) {
      this.writeText(place.below);
      this.base[i] = place.base;
    } else {
      this.writeText(place.path);
      this.base[i] = NO_BASE;
      this.locations.set(i, place.location);
    }
    this.textEnd[i] = this.textUsed;
    this.size[i] = input.size;
    this.format[i] = FORMATS.indexOf(input.format);
    this.archive[i] = input.archive ? ARCHIVES.indexOf(input.archive) : 0;
    if (input.rawLocation !== null) this.rawLocations.set(i, input.rawLocation);
    this.count++;
    return i;
  }

  private writeText(s: string): void {
    const need = this.textUsed + Buffer.byteLength(s);
    if (need > this.text.length) {
      const text = Buffer.allocUnsafeSlow(Math.max(need, this.text.length * 2));
      this.text.copy(text, 0, 0, this.textUsed);
      this.text = text;
    }
    this.textUsed += this.text.write(s, this.textUsed);
  }

  private grow(): void {
    this.resize(Math.max(1024, this.size.length * 2));
  }

  /** The columns and the text cut to what they hold (they grew by doubling). */
  fit(): void {
    this.resize(this.count);
    this.text = Buffer.from(this.text.subarray(0, this.textUsed));
  }

  private resize(n: number): void {
    const copy = <T extends Uint32Array | Int32Array | Float64Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(n);
      b.set(a.subarray(0, Math.min(n, this.count)));
      return b;
    };
    this.textEnd = copy(this.textEnd, (k) => new Uint32Array(k));
    this.base = copy(this.base, (k) => new Int32Array(k));
    this.size = copy(this.size, (k) => new Float64Array(k));
    this.format = copy(this.format, (k) => new Uint8Array(k));
    this.archive = copy(this.archive, (k) => new Uint8Array(k));
    this.flags = copy(this.flags, (k) => new Uint8Array(k));
  }

  tail(i: number): string {
    return this.text.toString('utf8', i === 0 ? 0 : this.textEnd[i - 1]!, this.textEnd[i]!);
  }

  path(i: number): string {
    const b = this.base[i]!;
    return b === NO_BASE ? this.tail(i) : this.bases[b]!.rel + this.tail(i);
  }

  location(i: number): string {
    const b = this.base[i]!;
    return b === NO_BASE ? this.locations.get(i)! : this.bases[b]!.location + this.tail(i);
  }

  id(i: number): string {
    const rel = this.path(i);
    return this.archive[i] ? rel.slice(0, -archiveKindOf(rel)!.extension.length) : idOf(rel);
  }
}

/**
 * Inputs of one plan, in an order of their own (the walk's, or id order after selectInputs). Lists
 * made from one another share their columns: marking an input reused shows in each.
 */
export class InputList implements EntryList, Iterable<InputEntry> {
  private constructor(
    private readonly columns: Columns,
    private readonly order: Uint32Array | null,
  ) {}

  /** An empty list to add files to (add, addBase), in the order they are added. */
  static empty(): InputList {
    return new InputList(new Columns(), null);
  }

  get length(): number {
    return this.order ? this.order.length : this.columns.count;
  }

  /** The file's index in the shared columns. */
  private slot(index: number): number {
    return this.order ? this.order[index]! : index;
  }

  /** A folder argument's location and relative path, shared by the files below it; returns its number for add. */
  addBase(base: InputBase): number {
    this.assertGrowable();
    return this.columns.bases.push(base) - 1;
  }

  /** Adds a file at the end; returns its index. */
  add(input: NewInput): number {
    this.assertGrowable();
    return this.columns.add(input);
  }

  /** Done adding: the columns cut to their files. */
  fit(): void {
    this.assertGrowable();
    this.columns.fit();
  }

  private assertGrowable(): void {
    if (this.order) throw new Error('a selection of inputs cannot grow');
  }

  /** The entry at `index`, a new object each call (undefined past the end, as an array's). */
  at(index: number): InputEntry | undefined {
    if (index < 0 || index >= this.length) return undefined;
    const c = this.columns;
    const i = this.slot(index);
    const entry: InputEntry = { location: c.location(i), path: c.path(i), id: c.id(i), format: FORMATS[c.format[i]!]!, size: c.size[i]! };
    const archive = ARCHIVES[c.archive[i]!];
    if (archive) entry.archive = archive;
    const raw = c.rawLocations.get(i);
    if (raw !== undefined) entry.rawLocation = raw;
    if (c.flags[i]! & REUSE) entry.reuse = true;
    const refused = c.refused.get(i);
    if (refused !== undefined) entry.refused = refused;
    return entry;
  }

  pathAt(index: number): string {
    return this.columns.path(this.slot(index));
  }

  idAt(index: number): string {
    return this.columns.id(this.slot(index));
  }

  sizeAt(index: number): number {
    return this.columns.size[this.slot(index)]!;
  }

  isArchive(index: number): boolean {
    return this.columns.archive[this.slot(index)]! !== 0;
  }

  isStdin(index: number): boolean {
    return this.columns.base[this.slot(index)] === NO_BASE && this.columns.locations.get(this.slot(index)) === '-';
  }

  /** --since: the input is copied from the previous dataset (its entry says `reuse`). */
  markReused(index: number): void {
    this.columns.flags[this.slot(index)]! |= REUSE;
  }

  /** An archive's member (by its key: a WARC record's URI, else its path) is refused with `message` when read. */
  refuseMember(index: number, key: string, message: string): void {
    const i = this.slot(index);
    const refused = this.columns.refused.get(i) ?? new Map<string, string>();
    this.columns.refused.set(i, refused.set(key, message));
  }

  /** The inputs `keep` accepts (by index in this list), in this list's order. */
  filter(keep: (index: number) => boolean): InputList {
    const kept: number[] = [];
    for (let k = 0; k < this.length; k++) if (keep(k)) kept.push(this.slot(k));
    return new InputList(this.columns, Uint32Array.from(kept));
  }

  /** This list in the order of `key`, compared by `compare`; stable. */
  sortedBy(key: (index: number) => string, compare: (a: string, b: string) => number): InputList {
    return new InputList(this.columns, Uint32Array.from(this.positionsBy(key, compare), (k) => this.slot(k)));
  }

  /**
   * This list's indices in the order of `key`; stable. Keys are made as the sort compares, not
   * kept: a key per input (hundreds of thousands of strings) grew the heap by some 35 MB that V8
   * did not give back. A walk lists files nearly in id order, and an Array's sort (TimSort; a
   * typed array's is not) then compares about once per input.
   */
  positionsBy(key: (index: number) => string, compare: (a: string, b: string) => number): number[] {
    // the last two keys made: a sort compares one element with several in turn
    const made: Array<[number, string]> = [
      [-1, ''],
      [-1, ''],
    ];
    const keyOf = (k: number): string => {
      for (const [at, s] of made) if (at === k) return s;
      const s = key(k);
      made.pop();
      made.unshift([k, s]);
      return s;
    };
    const positions = Array.from({ length: this.length }, (_, k) => k);
    return positions.sort((a, b) => compare(keyOf(a), keyOf(b)) || a - b);
  }

  /** The input bytes of every entry, as planned. */
  totalSize(): number {
    let n = 0;
    for (let k = 0; k < this.length; k++) n += this.sizeAt(k);
    return n;
  }

  *[Symbol.iterator](): Iterator<InputEntry> {
    for (let k = 0; k < this.length; k++) yield this.at(k)!;
  }

  toArray(): InputEntry[] {
    return [...this];
  }
}
