// bytes → string. A BOM wins; else the HTTP charset (a WARC response); else a declared charset (HTML); else valid UTF-8; else GB18030.
import { isAscii, isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import type { Encoding } from '../schema/records.js';
import { DocumentError, type DecodeOptions, type Decoded } from './types.js';

/** Share of U+FFFD in the decoded text above which the bytes are not text. */
export const MAX_REPLACEMENT_SHARE = 0.005;
/** How far into an HTML file a <meta charset> declaration is looked for. */
const DECLARATION_WINDOW = 4096;

const BOMS: ReadonlyArray<{ bytes: number[]; name: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], name: 'utf-8' },
  { bytes: [0xff, 0xfe], name: 'utf-16le' },
  { bytes: [0xfe, 0xff], name: 'utf-16be' },
  { bytes: [0x84, 0x31, 0x95, 0x33], name: 'gb18030' },
];

/** Charset labels as pages declare them, folded to the decoder that reads them. */
const CHARSET_ALIASES: Record<string, string> = {
  gb2312: 'gb18030',
  gbk: 'gb18030',
  'x-gbk': 'gb18030',
  gb18030: 'gb18030',
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  big5: 'big5',
};

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, DECLARATION_WINDOW)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/i.exec(head);
  if (!m) return null;
  const label = m[1]!.toLowerCase();
  return CHARSET_ALIASES[label] ?? (iconv.encodingExists(label) ? label : null);
}

/**
 * Validity as a fatal TextDecoder judges it (the Encoding Standard's UTF-8), checked without
 * decoding: node's isUtf8 is a SIMD scan, a hundred times faster than a decode, so valid text is
 * decoded once, by decodeWith.
 */
const isValidUtf8 = (bytes: Uint8Array): boolean => isUtf8(bytes);

/** One decoder serves every file: without `stream`, each decode starts afresh (a leading BOM is dropped each time). */
const UTF8 = new TextDecoder('utf-8');

function decodeWith(bytes: Uint8Array, name: string): string {
  if (name === 'utf-8') return UTF8.decode(bytes);
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), name);
}

function chooseEncoding(bytes: Uint8Array, options: DecodeOptions): { encoding: Encoding; skip: number } {
  if (options.encoding) {
    const name = CHARSET_ALIASES[options.encoding.toLowerCase()] ?? options.encoding.toLowerCase();
    return { encoding: { name, how: 'option' }, skip: 0 };
  }
  for (const bom of BOMS) if (startsWith(bytes, bom.bytes)) return { encoding: { name: bom.name, how: 'bom' }, skip: bom.bytes.length };
  if (options.httpCharset) {
    const label = options.httpCharset.toLowerCase();
    const name = CHARSET_ALIASES[label] ?? (iconv.encodingExists(label) ? label : null);
    if (name) return { encoding: { name, how: 'http' }, skip: 0 };
  }
  if (options.format === 'html') {
    const declared = declaredCharset(bytes);
    // A page re-saved as UTF-8 often keeps its old `charset=gbk`: multi-byte UTF-8 that is valid
    // throughout is never plausible GBK, so the bytes outvote such a declaration.
    const resaved = declared !== null && declared !== 'utf-8' && hasMultiByte(bytes) && isValidUtf8(bytes);
    if (declared && !resaved) return { encoding: { name: declared, how: 'declared' }, skip: 0 };
  }
  return { encoding: detect(bytes), skip: 0 };
}

/** Without a BOM or declaration: valid UTF-8, else GB18030. */
function detect(bytes: Uint8Array): Encoding {
  return isValidUtf8(bytes) ? { name: 'utf-8', how: 'utf8-valid' } : { name: 'gb18030', how: 'gb18030' };
}

const hasMultiByte = (bytes: Uint8Array): boolean => !isAscii(bytes);

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}
const tooManyReplacements = (n: number, text: string): boolean => text.length > 0 && n / text.length > MAX_REPLACEMENT_SHARE;

/** True when an encoding name is one the decoder knows (for validating --encoding up front). */
export function isKnownEncoding(name: string): boolean {
  const folded = CHARSET_ALIASES[name.toLowerCase()] ?? name.toLowerCase();
  return folded === 'utf-8' || iconv.encodingExists(folded);
}

export function decode(bytes: Uint8Array, options: DecodeOptions): Decoded {
  if (bytes.includes(0)) throw new DocumentError('decode/nul-bytes', 'not text: the file contains NUL bytes');
  let { encoding, skip } = chooseEncoding(bytes, options);
  let text = decodeWith(bytes.subarray(skip), encoding.name);
  let replacements = countReplacements(text);
  if ((encoding.how === 'declared' || encoding.how === 'http') && tooManyReplacements(replacements, text)) {
    // a wrong declaration (a GBK page claiming UTF-8): the bytes decide
    encoding = detect(bytes);
    text = decodeWith(bytes, encoding.name);
    replacements = countReplacements(text);
  }
  if (tooManyReplacements(replacements, text)) {
    throw new DocumentError(
      'decode/not-text',
      `not text: ${replacements} of ${text.length} characters do not decode as ${encoding.name} (try --encoding)`,
    );
  }
  const warnings: Decoded['warnings'] = [];
  if (bytes.length === 0) warnings.push({ code: 'decode/empty', severity: 'warning', message: 'the file is empty' });
  if (replacements) {
    warnings.push({ code: 'decode/replacement-chars', severity: 'warning', message: `${replacements} characters could not be decoded as ${encoding.name}` });
  }
  return { text, encoding, warnings };
}
