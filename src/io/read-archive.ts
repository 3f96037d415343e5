// Archives as crawls store them — WARC and WARC.gz (webrecorder's warcio), .zip (yauzl), .tar and
// .tar.gz (tar-stream) — read as streams, yielding one member at a time: memory holds one member,
// whatever the archive's size. Each member is a document; what cannot be read is a one-line
// failure of that member, and the rest of the archive is still read.
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { createGunzip } from 'node:zlib';
import iconv from 'iconv-lite';
import { compareIds } from '../format/id-order.js';
import { FORMAT_BY_EXTENSION } from '../rules/formats.js';
import type { InputFormat } from '../schema/records.js';

export type ArchiveKind = 'zip' | 'tar' | 'tar.gz' | 'warc' | 'warc.gz';

/** Archive extensions, longest first: the extension an archive's id drops. */
const ARCHIVE_EXTENSIONS: ReadonlyArray<readonly [string, ArchiveKind]> = [
  ['.warc.gz', 'warc.gz'],
  ['.tar.gz', 'tar.gz'],
  ['.tgz', 'tar.gz'],
  ['.warc', 'warc'],
  ['.zip', 'zip'],
  ['.tar', 'tar'],
];

/** The archive kind a file name says, and the extension its id drops; null for any other file. */
export function archiveKindOf(name: string): { kind: ArchiveKind; extension: string } | null {
  const lower = name.toLowerCase();
  for (const [extension, kind] of ARCHIVE_EXTENSIONS) if (lower.endsWith(extension) && lower.length > extension.length) return { kind, extension };
  return null;
}

export interface ArchiveMemberDoc {
  kind: 'member';
  /** the member's path inside the archive, /-separated, without `..`, `.` or a leading `/` */
  path: string;
  bytes: Uint8Array;
  /** WARC: the response's HTTP Content-Type media type (text/html …) */
  mediaType?: string;
  /** WARC: the charset the HTTP Content-Type declares */
  charset?: string;
  /** WARC: the record's target URI */
  url?: string;
}
export interface ArchiveSkipped {
  kind: 'skipped';
  path: string;
  reason: string;
}
export interface ArchiveFailure {
  kind: 'failed';
  /** the member; '' for the archive as a whole */
  path: string;
  code: string;
  message: string;
}
export type ArchiveItem = ArchiveMemberDoc | ArchiveSkipped | ArchiveFailure;

export interface ArchiveOptions {
  /** --max-bytes: a member's stated size and its expanded bytes are each held to it */
  maxBytes: number;
}

/** A member path made safe for an id: `/`-separated, with no empty, `.` or `..` segment. */
export function safeMemberPath(name: string): string {
  return name
    .replaceAll('\\', '/')
    .split('/')
    .filter((s) => s !== '' && s !== '.' && s !== '..')
    .join('/');
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });
/** A name stored as bytes: UTF-8 when the archive says so or the bytes are valid UTF-8, else GBK (GB18030), as Chinese Windows tools write them. */
export function decodeName(bytes: Uint8Array, utf8Flag = false): string {
  if (utf8Flag) return Buffer.from(bytes).toString('utf8');
  try {
    return UTF8.decode(bytes);
  } catch {
    return iconv.decode(Buffer.from(bytes), 'gb18030');
  }
}

class TooLarge extends Error {}

/** Reads a stream of chunks whole, refusing it once it passes `max` bytes (a zip bomb stops there). */
async function readCapped(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, max: number): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    total += chunk.length;
    if (total > max) throw new TooLarge(`too large: expands past --max-bytes ${max}`);
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}

const tooLargeStated = (size: number, max: number): string => `too large: ${size} bytes is over --max-bytes ${max}`;
const reason = (e: unknown): string => (e instanceof Error ? e.message : String(e)).split('\n')[0]!;

/** A member named like an archive is not opened: archives are read one level deep. */
function nestedArchive(memberPath: string): ArchiveSkipped | null {
  return archiveKindOf(memberPath) ? { kind: 'skipped', path: memberPath, reason: 'skipped (an archive inside an archive is not opened)' } : null;
}

export async function* readArchive(location: string, kind: ArchiveKind, options: ArchiveOptions): AsyncGenerator<ArchiveItem> {
  if (kind === 'zip') yield* readZip(location, options);
  else if (kind === 'tar' || kind === 'tar.gz') yield* readTar(location, kind === 'tar.gz', options);
  else yield* readWarc(location, options);
}

// ---- zip ----------------------------------------------------------------------------------------

function nextZipEntry(zip: import('yauzl').ZipFile): Promise<import('yauzl').Entry | null> {
  return new Promise((resolve, reject) => {
    const cleanup = (): void => {
      zip.off('entry', onEntry);
      zip.off('end', onEnd);
      zip.off('error', onError);
    };
    const onEntry = (e: import('yauzl').Entry): void => {
      cleanup();
      resolve(e);
    };
    const onEnd = (): void => {
      cleanup();
      resolve(null);
    };
    const onError = (err: Error): void => {
      cleanup();
      reject(err);
    };
    zip.on('entry', onEntry);
    zip.on('end', onEnd);
    zip.on('error', onError);
    zip.readEntry();
  });
}

/** A member path without its extension: what its id is made of. */
function memberBase(memberPath: string): string {
  const ext = path.posix.extname(memberPath);
  return ext && ext !== memberPath ? memberPath.slice(0, -ext.length) : memberPath;
}

async function* readZip(location: string, options: ArchiveOptions): AsyncGenerator<ArchiveItem> {
  const yauzl = await import('yauzl');
  let zip: import('yauzl').ZipFile;
  try {
    zip = await new Promise((resolve, reject) =>
      yauzl.open(location, { lazyEntries: true, decodeStrings: false, autoClose: false, validateEntrySizes: true, strictFileNames: false }, (err, z) => (err ? reject(err) : resolve(z))),
    );
  } catch (e) {
    yield { kind: 'failed', path: '', code: 'read/corrupt-archive', message: `cannot read the zip: ${reason(e)}` };
    return;
  }
  try {
    // the directory first (names and sizes only), so that members are read in id order
    const listed: Array<{ entry: import('yauzl').Entry; memberPath: string }> = [];
    for (;;) {
      let entry: import('yauzl').Entry | null;
      try {
        entry = await nextZipEntry(zip);
      } catch (e) {
        yield { kind: 'failed', path: '', code: 'read/corrupt-archive', message: `the zip's directory is corrupt: ${reason(e)}` };
        break;
      }
      if (!entry) break;
      const name = decodeName(entry.fileName as unknown as Buffer, (entry.generalPurposeBitFlag & 0x800) !== 0);
      if (name.endsWith('/')) continue; // a folder
      const memberPath = safeMemberPath(name);
      if (memberPath) listed.push({ entry, memberPath });
    }
    listed.sort((a, b) => compareIds(memberBase(a.memberPath), memberBase(b.memberPath)) || compareIds(a.memberPath, b.memberPath));
    for (const { entry, memberPath } of listed) {
      const nested = nestedArchive(memberPath);
      if (nested) {
        yield nested;
        continue;
      }
      if (entry.isEncrypted()) {
        yield { kind: 'failed', path: memberPath, code: 'read/encrypted-member', message: 'cannot read: the member is encrypted' };
        continue;
      }
      if (entry.uncompressedSize > options.maxBytes) {
        yield { kind: 'failed', path: memberPath, code: 'read/too-large', message: tooLargeStated(entry.uncompressedSize, options.maxBytes) };
        continue;
      }
      let bytes: Uint8Array;
      try {
        const stream = await new Promise<NodeJS.ReadableStream>((resolve, reject) => zip.openReadStream(entry, (err, s) => (err ? reject(err) : resolve(s))));
        try {
          bytes = await readCapped(stream as AsyncIterable<Uint8Array>, options.maxBytes);
        } finally {
          (stream as unknown as { destroy?: () => void }).destroy?.();
        }
      } catch (e) {
        // yauzl stops a member that inflates past the size its header states (a zip bomb's lie)
        const bomb = !(e instanceof TooLarge) && /too many bytes/i.test(reason(e));
        const message = e instanceof TooLarge ? e.message : bomb ? `too large: expands past the ${entry.uncompressedSize} bytes its header states` : `cannot read the member: ${reason(e)}`;
        yield { kind: 'failed', path: memberPath, code: e instanceof TooLarge || bomb ? 'read/too-large' : 'read/corrupt-member', message };
        continue;
      }
      yield { kind: 'member', path: memberPath, bytes };
    }
  } finally {
    zip.close();
  }
}

// ---- tar, tar.gz --------------------------------------------------------------------------------

/**
 * A tar's entries as tar-stream reads them from the file (gunzipped first for a .tar.gz), their
 * names as bytes (latin1 keeps each byte; decodeName reads them as UTF-8 or GBK). The caller
 * destroys both streams when it is done.
 */
async function openTar(location: string, gzip: boolean) {
  const tar = await import('tar-stream');
  const file = createReadStream(location);
  const extract = tar.extract({ filenameEncoding: 'latin1' } as Parameters<typeof tar.extract>[0]);
  const source = gzip ? file.pipe(createGunzip()) : file;
  source.on('error', (e: Error) => extract.destroy(e));
  source.pipe(extract);
  return { file, extract };
}

async function* readTar(location: string, gzip: boolean, options: ArchiveOptions): AsyncGenerator<ArchiveItem> {
  const { file, extract } = await openTar(location, gzip);
  try {
    for await (const entry of extract) {
      const header = entry.header;
      const memberPath = safeMemberPath(decodeName(Buffer.from(header.name, 'latin1')));
      if (header.type !== 'file' && header.type !== 'contiguous-file') {
        entry.resume();
        continue;
      }
      const nested = memberPath ? nestedArchive(memberPath) : null;
      if (!memberPath || nested) {
        entry.resume();
        if (nested) yield nested;
        continue;
      }
      if ((header.size ?? 0) > options.maxBytes) {
        entry.resume();
        yield { kind: 'failed', path: memberPath, code: 'read/too-large', message: tooLargeStated(header.size ?? 0, options.maxBytes) };
        continue;
      }
      const bytes = await readCapped(entry as unknown as AsyncIterable<Uint8Array>, options.maxBytes);
      yield { kind: 'member', path: memberPath, bytes };
    }
  } catch (e) {
    yield { kind: 'failed', path: '', code: 'read/corrupt-archive', message: `the ${gzip ? 'tar.gz' : 'tar'} is corrupt or cut short: ${reason(e)}` };
  } finally {
    file.destroy();
    extract.destroy();
  }
}

// ---- WARC, WARC.gz ------------------------------------------------------------------------------

/** A WARC record's member path: the target URI's host and path (`example.org/a/b.html`); a path ending in / names its index. */
export function warcMemberPath(uri: string): string | null {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return null;
  }
  let p = decodeURIComponentSafe(url.pathname);
  if (p === '' || p.endsWith('/')) p += 'index';
  const query = url.search ? `_${url.search.slice(1)}` : '';
  return safeMemberPath(`${url.host}/${p}${query}`) || null;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** `text/html; charset=GBK` → {mediaType: 'text/html', charset: 'gbk'} */
export function parseContentType(value: string | null | undefined): { mediaType?: string; charset?: string } {
  if (!value) return {};
  const [type, ...params] = value.split(';');
  const out: { mediaType?: string; charset?: string } = {};
  const mediaType = type!.trim().toLowerCase();
  if (mediaType) out.mediaType = mediaType;
  for (const p of params) {
    const m = /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(p);
    if (m) out.charset = m[1]!.toLowerCase();
  }
  return out;
}

const warcTime = (date: string | null | undefined): number => {
  const t = date ? Date.parse(date) : NaN;
  return Number.isNaN(t) ? -Infinity : t;
};

interface WarcRecordAt {
  uri: string;
  offset: number;
  /** the member path the URI gives (warcMemberPath); null when the URI is not a URL */
  memberPath: string | null;
  /** the HTTP Content-Type's media type */
  mediaType?: string;
}

/**
 * A WARC's headers read once: for each target URI, the response record with the latest WARC-Date
 * (the last one written on a tie), where it starts in the file and its media type, in id order.
 */
async function latestWarcRecords(location: string): Promise<WarcRecordAt[]> {
  const { WARCParser } = await import('warcio');
  const latest = new Map<string, { time: number; offset: number; mediaType?: string }>();
  const stream = createReadStream(location);
  try {
    const parser = new WARCParser(stream as unknown as AsyncIterable<Uint8Array>);
    for await (const record of parser) {
      if (record.warcType !== 'response') continue;
      const uri = record.warcTargetURI;
      if (!uri) continue;
      const time = warcTime(record.warcDate);
      const seen = latest.get(uri);
      const { mediaType } = parseContentType(record.httpHeaders?.headers.get('content-type'));
      if (!seen || time >= seen.time) latest.set(uri, { time, offset: parser.offset, ...(mediaType ? { mediaType } : {}) });
    }
  } finally {
    stream.destroy();
  }
  const records: WarcRecordAt[] = [...latest].map(([uri, { offset, mediaType }]) => ({ uri, offset, memberPath: warcMemberPath(uri), ...(mediaType ? { mediaType } : {}) }));
  latest.clear();
  const key = (r: WarcRecordAt): string => (r.memberPath === null ? '' : memberBase(r.memberPath));
  return records.sort((a, b) => compareIds(key(a), key(b)) || compareIds(a.uri, b.uri));
}

/**
 * Two streamed passes. The first reads only headers (latestWarcRecords). The second reads those
 * records in id order, each by seeking to its start (a .warc.gz holds one gzip member a record,
 * so each starts afresh there). Request, revisit, metadata and other records are skipped.
 */
async function* readWarc(location: string, options: ArchiveOptions): AsyncGenerator<ArchiveItem> {
  let records: WarcRecordAt[];
  try {
    records = await latestWarcRecords(location);
  } catch (e) {
    yield { kind: 'failed', path: '', code: 'read/corrupt-archive', message: `cannot read the WARC: ${reason(e)}` };
    return;
  }
  const { WARCParser } = await import('warcio');
  // two URIs that differ only in what an id drops (a fragment, a case-insensitive host) share an
  // id: listArchive names both, and the id-clash check refuses them (src/io/archive-id-clashes.ts)
  for (const { uri, offset, memberPath } of records) {
    if (!memberPath) {
      yield { kind: 'failed', path: uri, code: 'read/bad-uri', message: 'cannot read: the target URI is not a URL' };
      continue;
    }
    const at = createReadStream(location, { start: offset });
    try {
      const record = await WARCParser.parse(at as unknown as AsyncIterable<Uint8Array>);
      if (!record || record.warcTargetURI !== uri) throw new Error(`no record for ${uri} at offset ${offset}`);
      const { mediaType, charset } = parseContentType(record.httpHeaders?.headers.get('content-type'));
      const bytes = await readCapped(record.contentReader, options.maxBytes);
      yield { kind: 'member', path: memberPath, bytes, url: uri, ...(mediaType ? { mediaType } : {}), ...(charset ? { charset } : {}) };
    } catch (e) {
      yield { kind: 'failed', path: memberPath, code: e instanceof TooLarge ? 'read/too-large' : 'read/corrupt-member', message: e instanceof TooLarge ? e.message : `cannot read the record: ${reason(e)}` };
    } finally {
      at.destroy();
    }
  }
}

/** The id an archive's member gets: the archive's id + `/` + the member's path without its extension. */
export function memberId(archiveId: string, memberPath: string): string {
  return `${archiveId}/${memberBase(memberPath)}`;
}

const MEDIA_FORMATS: Readonly<Record<string, InputFormat>> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/plain': 'text',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
};

/**
 * How a member is read: a WARC record by its HTTP media type, any other member by its extension
 * as a loose file is (null: none, sniffed when read); `skipped` when it is not a document.
 */
export function memberFormat(memberPath: string, mediaType?: string): InputFormat | null | { skipped: string } {
  if (mediaType !== undefined) return (Object.hasOwn(MEDIA_FORMATS, mediaType) ? MEDIA_FORMATS[mediaType] : undefined) ?? { skipped: `skipped (not a document type: ${mediaType})` };
  const ext = path.posix.extname(memberPath).toLowerCase();
  if (!ext) return null;
  return FORMAT_BY_EXTENSION[ext] ?? { skipped: 'skipped (not a document type)' };
}

/** An archive's member named without its bytes (listArchive). */
export interface ListedMember {
  path: string;
  /** WARC: the record's target URI and HTTP media type */
  url?: string;
  mediaType?: string;
}

/**
 * The members readArchive yields, as documents or as their failures, named without reading their
 * bytes: a zip's directory, a tar's headers (the tar is read through once more, its members'
 * bytes discarded), a WARC's latest response records (its headers read once more). What
 * readArchive skips (folders, archives inside the archive) is left out; an archive that cannot be
 * listed ends its list there (reading it reports why).
 */
export async function* listArchive(location: string, kind: ArchiveKind): AsyncGenerator<ListedMember> {
  if (kind === 'zip') yield* listZip(location);
  else if (kind === 'tar' || kind === 'tar.gz') yield* listTar(location, kind === 'tar.gz');
  else {
    let records: WarcRecordAt[];
    try {
      records = await latestWarcRecords(location);
    } catch {
      return;
    }
    for (const r of records) if (r.memberPath) yield { path: r.memberPath, url: r.uri, ...(r.mediaType ? { mediaType: r.mediaType } : {}) };
  }
}

async function* listZip(location: string): AsyncGenerator<ListedMember> {
  const yauzl = await import('yauzl');
  let zip: import('yauzl').ZipFile;
  try {
    zip = await new Promise((resolve, reject) =>
      yauzl.open(location, { lazyEntries: true, decodeStrings: false, autoClose: false, strictFileNames: false }, (err, z) => (err ? reject(err) : resolve(z))),
    );
  } catch {
    return;
  }
  try {
    for (;;) {
      const entry = await nextZipEntry(zip).catch(() => null);
      if (!entry) return;
      const name = decodeName(entry.fileName as unknown as Buffer, (entry.generalPurposeBitFlag & 0x800) !== 0);
      const memberPath = name.endsWith('/') ? '' : safeMemberPath(name);
      if (memberPath && !nestedArchive(memberPath)) yield { path: memberPath };
    }
  } finally {
    zip.close();
  }
}

async function* listTar(location: string, gzip: boolean): AsyncGenerator<ListedMember> {
  const { file, extract } = await openTar(location, gzip);
  try {
    for await (const entry of extract) {
      const header = entry.header;
      entry.resume();
      if (header.type !== 'file' && header.type !== 'contiguous-file') continue;
      const memberPath = safeMemberPath(decodeName(Buffer.from(header.name, 'latin1')));
      if (memberPath && !nestedArchive(memberPath)) yield { path: memberPath };
    }
  } catch {
    // cut short or corrupt: reading it says so
  } finally {
    file.destroy();
    extract.destroy();
  }
}
