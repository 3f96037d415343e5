// Archives made in the tests, from bytes the tests choose: a stored/deflated zip writer (with the
// flags a reader must honour: UTF-8 names or not, encryption), a tar.gz through tar-stream, and
// WARC records written as the WARC 1.0 format lays them out (each record gzipped on its own for .warc.gz).
import { randomUUID } from 'node:crypto';
import { deflateRawSync, gzipSync, crc32 } from 'node:zlib';
import { pack } from 'tar-stream';

export interface ZipMember {
  /** the name's bytes as stored (a string is stored as UTF-8 with the UTF-8 flag) */
  name: string | Buffer;
  data: Buffer;
  deflate?: boolean;
  /** set the encryption flag (the data is left as is: a reader must refuse before inflating) */
  encrypted?: boolean;
  /** the uncompressed size stated in the headers, when it should lie */
  statedSize?: number;
  /** replace the stored (compressed) bytes, to make a corrupt member */
  rawOverride?: Buffer;
}

export function makeZip(members: ZipMember[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const m of members) {
    const name = typeof m.name === 'string' ? Buffer.from(m.name, 'utf8') : m.name;
    const flags = (typeof m.name === 'string' ? 0x800 : 0) | (m.encrypted ? 1 : 0);
    const body = m.rawOverride ?? (m.deflate ? deflateRawSync(m.data) : m.data);
    // traditional PKWARE encryption puts a 12-byte header before the data (left as zeros here)
    const stored = m.encrypted ? Buffer.concat([Buffer.alloc(12), body]) : body;
    const method = m.deflate ? 8 : 0;
    const crc = crc32(m.data);
    const size = m.statedSize ?? m.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(0, 10);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(stored.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(0, 12);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(stored.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, stored);
    centrals.push(central, name);
    offset += local.length + name.length + stored.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(members.length, 8);
  end.writeUInt16LE(members.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

export async function makeTarGz(members: Array<{ name: string; data: Buffer }>, gzip = true): Promise<Buffer> {
  const p = pack();
  const chunks: Buffer[] = [];
  const done = new Promise<void>((resolve, reject) => {
    p.on('data', (c: Buffer) => chunks.push(c));
    p.on('end', resolve);
    p.on('error', reject);
  });
  for (const m of members) p.entry({ name: m.name, size: m.data.length, mtime: new Date(0) }, m.data);
  p.finalize();
  await done;
  const tar = Buffer.concat(chunks);
  return gzip ? gzipSync(tar) : tar;
}

export interface WarcRecordSpec {
  type: 'response' | 'request' | 'revisit' | 'metadata' | 'warcinfo';
  uri?: string;
  date?: string;
  /** response: the HTTP Content-Type */
  contentType?: string;
  body: Buffer;
}

export function warcRecord(r: WarcRecordSpec): Buffer {
  let block = r.body;
  let contentType = 'application/warc-fields';
  if (r.type === 'response' || r.type === 'revisit') {
    const head = `HTTP/1.1 200 OK\r\n${r.contentType ? `Content-Type: ${r.contentType}\r\n` : ''}Content-Length: ${r.body.length}\r\n\r\n`;
    block = Buffer.concat([Buffer.from(head, 'latin1'), r.body]);
    contentType = 'application/http; msgtype=response';
  } else if (r.type === 'request') {
    block = Buffer.from(`GET / HTTP/1.1\r\nHost: example.org\r\n\r\n`, 'latin1');
    contentType = 'application/http; msgtype=request';
  }
  const headers = [
    'WARC/1.0',
    `WARC-Type: ${r.type}`,
    `WARC-Record-ID: <urn:uuid:${randomUUID()}>`,
    `WARC-Date: ${r.date ?? '2024-01-01T00:00:00Z'}`,
    ...(r.uri ? [`WARC-Target-URI: ${r.uri}`] : []),
    ...(r.type === 'revisit' ? ['WARC-Profile: http://netpreserve.org/warc/1.0/revisit/identical-payload-digest'] : []),
    `Content-Type: ${contentType}`,
    `Content-Length: ${block.length}`,
  ];
  return Buffer.concat([Buffer.from(`${headers.join('\r\n')}\r\n\r\n`, 'latin1'), block, Buffer.from('\r\n\r\n')]);
}

export function makeWarc(records: WarcRecordSpec[], gzip = false): Buffer {
  return Buffer.concat(records.map((r) => (gzip ? gzipSync(warcRecord(r)) : warcRecord(r))));
}
