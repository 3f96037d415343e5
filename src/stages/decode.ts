// bytes → string. A BOM wins; else the HTTP charset (a WARC response); else a declared charset
// (HTML); else valid UTF-8 (or UTF-8 with a few bad bytes); else GB18030, judged against the
// common characters.
import { isAscii, isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { COMMON_CHARACTERS } from '../rules/zh/common-chars.js';
import type { Encoding } from '../schema/records.js';
import { DocumentError, type DecodeOptions, type Decoded } from './types.js';
import { wordMap } from '../lib/word-map.js';


/** Share of U+FFFD in the decoded text above which the bytes are not text. */
export const MAX_REPLACEMENT_SHARE = 0.005;
/**
 * Invalid bytes in otherwise valid UTF-8 up to which the file is still read as UTF-8 (with U+FFFD
 * for each bad sequence and a `decode/replaced` warning): one bad byte in a long file is damage,
 * not another encoding.
 */
export const MAX_INVALID_UTF8_SHARE = 0.001;
/**
 * UTF-8 read with replacements needs this many valid multi-byte characters per bad sequence: GBK
 * bytes form a valid UTF-8 pair now and then, but far fewer than the pairs they break.
 */
const MIN_MULTIBYTE_PER_INVALID = 20;
/** Han characters a GB18030 reading needs before its plausibility is judged (a short text says little). */
export const MIN_HAN_FOR_PLAUSIBILITY = 20;
/**
 * Share of a GB18030 reading's Han characters (and private-use characters, which GBK's user areas
 * decode to) among the common characters. Modern Chinese text has well over 90% of its characters
 * among the 3,500 most frequent; random bytes in 0x81–0xFE, about 23%.
 */
export const IMPLAUSIBLE_COMMON_SHARE = 0.5;
export const NOT_TEXT_COMMON_SHARE = 0.4;
/**
 * Below NOT_TEXT_COMMON_SHARE the bytes are refused only when they also lack the marks of text,
 * line breaks and punctuation, under this many per Han character: random bytes in 0x81–0xFE have
 * no ASCII at all and meet GBK's punctuation row about once in 130 pairs, while a list of rare
 * characters (元素 names: 钼、钨、锑…) is still separated by something.
 */
export const NOT_TEXT_MARK_SHARE = 0.03;
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
/** The aliases as a Map: a page's label is looked up, and an object would answer `constructor` with its own. */
const CHARSET_ALIAS = wordMap(CHARSET_ALIASES);

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

function declaredCharset(bytes: Uint8Array): string | null {
  // read in place (Buffer.from of a Uint8Array would copy the window first)
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, DECLARATION_WINDOW)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/i.exec(head);
  if (!m) return null;
  const label = m[1]!.toLowerCase();
  return CHARSET_ALIAS.get(label) ?? (iconv.encodingExists(label) ? label : null);
}

/**
 * Validity as a fatal TextDecoder judges it (the Encoding Standard's UTF-8), checked without
 * decoding: node's isUtf8 is a SIMD scan, a hundred times faster than a decode, so valid text is
 * decoded once, by decodeWith.
 */
const isValidUtf8 = (bytes: Uint8Array): boolean => isUtf8(bytes);

/** One decoder serves every file: without `stream`, each decode starts afresh (a leading BOM is dropped each time). */
const UTF8 = new TextDecoder('utf-8');

/**
 * GB18030 as node's TextDecoder reads it (ICU; about twice iconv-lite's speed, and no tables to
 * load), null where node lacks it (a build without full ICU). Its reading of a valid sequence is
 * iconv-lite's, except for 18 two-byte codes that GB18030-2022 maps to the characters below where
 * iconv-lite keeps GB18030-2005's private-use ones; invalid bytes each decoder replaces by its own
 * rule. A reading that holds none of those characters and no U+FFFD is therefore iconv-lite's,
 * character for character (a test compares every one- and two-byte code and every four-byte
 * sequence); any other is read again by iconv-lite.
 */
let gb18030: InstanceType<typeof TextDecoder> | null | undefined;
const GB18030_READS_OTHERWISE = /[\uFFFD\uFE10-\uFE19\u9FB4-\u9FBB]/;

function gb18030Decoder(): InstanceType<typeof TextDecoder> | null {
  if (gb18030 === undefined) {
    try {
      gb18030 = new TextDecoder('gb18030');
    } catch {
      gb18030 = null;
    }
  }
  return gb18030;
}

function decodeWith(bytes: Uint8Array, name: string): string {
  if (name === 'utf-8') return UTF8.decode(bytes);
  if (name === 'gb18030') {
    const text = gb18030Decoder()?.decode(bytes);
    if (text !== undefined && !GB18030_READS_OTHERWISE.test(text)) return text;
  }
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), name);
}

function chooseEncoding(bytes: Uint8Array, options: DecodeOptions): { encoding: Encoding; skip: number } {
  if (options.encoding) {
    return { encoding: { name: encodingName(options.encoding), how: 'option' }, skip: 0 };
  }
  for (const bom of BOMS) if (startsWith(bytes, bom.bytes)) return { encoding: { name: bom.name, how: 'bom' }, skip: bom.bytes.length };
  if (options.httpCharset) {
    const label = options.httpCharset.toLowerCase();
    const name = CHARSET_ALIAS.get(label) ?? (iconv.encodingExists(label) ? label : null);
    if (name) return { encoding: { name, how: 'http' }, skip: 0 };
  }
  if (options.format === 'html') {
    const declared = declaredCharset(bytes);
    // A page re-saved as UTF-8 often keeps its old `charset=gbk`: multi-byte UTF-8 that is valid
    // throughout is never plausible GBK, so the bytes outvote such a declaration.
    // (a few bad bytes in such a file do not make it GBK either)
    const resaved = declared !== null && declared !== 'utf-8' && hasMultiByte(bytes) && (isValidUtf8(bytes) || mostlyUtf8(bytes));
    if (declared && !resaved) return { encoding: { name: declared, how: 'declared' }, skip: 0 };
  }
  return { encoding: detect(bytes), skip: 0 };
}

/** Without a BOM or declaration: valid UTF-8, else UTF-8 with a few bad bytes, else GB18030. */
function detect(bytes: Uint8Array): Encoding {
  if (isValidUtf8(bytes)) return { name: 'utf-8', how: 'utf8-valid' };
  return mostlyUtf8(bytes) ? { name: 'utf-8', how: 'utf8-replaced' } : { name: 'gb18030', how: 'gb18030' };
}

const REPLACEMENT_BYTES = Buffer.from('\uFFFD', 'utf8');

/**
 * Times the bytes spell U+FFFD themselves (valid UTF-8 for a character that stood in for another
 * before), counted on from `n` for the ones starting at or after `from` and ending by `end`; gives
 * the count and where the next search starts.
 */
function countLiteralReplacements(bytes: Uint8Array, from: number, end: number, n: number): [number, number] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = from;
  for (let i = buffer.indexOf(REPLACEMENT_BYTES, at); i >= 0 && i + REPLACEMENT_BYTES.length <= end; i = buffer.indexOf(REPLACEMENT_BYTES, at)) {
    n++;
    at = i + REPLACEMENT_BYTES.length;
  }
  return [n, at];
}

/**
 * At most MAX_INVALID_UTF8_SHARE of the bytes are bad, and the rest holds valid multi-byte
 * characters, many per bad sequence: UTF-8 damaged in a few places, not another encoding.
 */
export function mostlyUtf8(bytes: Uint8Array): boolean {
  // Decoded a chunk at a time: the bad sequences of a prefix never outnumber the whole file's, so
  // a file past the limit (a GB18030 file, in its first chunk) is given up without decoding the rest.
  const limit = bytes.length * MAX_INVALID_UTF8_SHARE;
  const decoder = utf8Stream();
  let replaced = 0;
  let literal = 0;
  let literalFrom = 0;
  let multiByte = 0;
  for (let from = 0, size = UTF8_FIRST_CHUNK_BYTES; from < bytes.length; from += size, size = Math.min(UTF8_CHUNK_BYTES, 2 * size)) {
    const end = Math.min(bytes.length, from + size);
    const text = decoder.decode(bytes.subarray(from, end), { stream: end < bytes.length });
    replaced += countReplacements(text);
    // U+FFFD spelt by the bytes themselves, wholly inside the prefix (one cut by the chunk's end is
    // still held by the decoder, and counted with the next chunk)
    [literal, literalFrom] = countLiteralReplacements(bytes, literalFrom, end, literal);
    if (replaced - literal > limit) {
      decoder.decode(); // flushed: the decoder starts afresh for the next file
      return false;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x80 && c !== 0xfffd && !(c >= 0xdc00 && c <= 0xdfff)) multiByte++;
    }
  }
  return multiByte >= (replaced - literal) * MIN_MULTIBYTE_PER_INVALID;
}
/**
 * The streaming decoder mostlyUtf8 reads with, one a thread: making one costs more than reading a
 * GB18030 file's first chunk (a converter each; 10 MB corpus: about half of mostlyUtf8's time). A
 * decode without `stream` (the last chunk's, or the flush when a file is given up) resets it.
 */
let utf8Streaming: InstanceType<typeof TextDecoder> | undefined;
const utf8Stream = (): InstanceType<typeof TextDecoder> => (utf8Streaming ??= new TextDecoder('utf-8'));

/**
 * The chunks grow from the first's size to the last's: a GB18030 file breaks UTF-8 at about
 * every other byte of its Chinese, so its first few hundred bytes are mostly enough to give it up
 * (10 MB corpus, 1,228 GB18030 files: 25 → 6.5 CPU ms a pass against 4 KB chunks throughout).
 */
const UTF8_FIRST_CHUNK_BYTES = 256;
const UTF8_CHUNK_BYTES = 4096;

const HAN_START = 0x4e00;
const HAN_END = 0x9fff;

/** ASCII punctuation and whitespace, CJK punctuation and the fullwidth forms of ASCII punctuation. */
function isTextMark(c: number): boolean {
  if (c < 0x80) return !((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a));
  return (c >= 0x3000 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff0f) || (c >= 0xff1a && c <= 0xff20) || c === 0x2014 || c === 0x2026 || (c >= 0x2018 && c <= 0x201d);
}

/** What commonShare counts a UTF-16 unit as: bits of one table, made once a thread from the ranges and lists above. */
const HAN = 1;
const COMMON = 2;
const MARK = 4;
let unitClasses: Uint8Array | undefined;
function unitClass(): Uint8Array {
  if (unitClasses) return unitClasses;
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < table.length; c++) {
    if ((c >= HAN_START && c <= HAN_END) || (c >= 0xe000 && c <= 0xf8ff)) table[c] = HAN;
    else if (isTextMark(c)) table[c] = MARK;
  }
  for (const c of COMMON_CHARACTERS) {
    const code = c.codePointAt(0)!;
    // only a Han character of the main block counts as common (a private-use one never does)
    if (code >= HAN_START && code <= HAN_END) table[code] = table[code]! | COMMON;
  }
  return (unitClasses = table);
}

/**
 * Han characters of the main CJK block and private-use characters (`han`), how many of those are
 * among the common characters, and the marks of text (punctuation, whitespace) beside them.
 * One table lookup a unit (10 MB corpus, 1,228 GB18030 texts: 15 → 10 CPU ms a pass warm, 14 → 7 cold).
 */
export function commonShare(text: string): { han: number; common: number; marks: number } {
  const classes = unitClass();
  let han = 0;
  let common = 0;
  let marks = 0;
  for (let i = 0; i < text.length; i++) {
    const k = classes[text.charCodeAt(i)]!;
    if (k === 0) continue;
    han += k & HAN;
    common += (k & COMMON) >> 1;
    marks += k >> 2;
  }
  return { han, common, marks };
}

const hasMultiByte = (bytes: Uint8Array): boolean => !isAscii(bytes);
/** A NUL byte anywhere: Buffer's indexOf is a memchr, about five times TypedArray's includes. */
const hasNul = (bytes: Uint8Array): boolean => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(0) >= 0;

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}
const tooManyReplacements = (n: number, text: string): boolean => text.length > 0 && n / text.length > MAX_REPLACEMENT_SHARE;

/** An encoding's name as the decoder records it (`GBK` → `gbk`, an alias → its encoding). */
export function encodingName(name: string): string {
  return CHARSET_ALIAS.get(name.toLowerCase()) ?? name.toLowerCase();
}

/** True when an encoding name is one the decoder knows (for validating --encoding up front). */
export function isKnownEncoding(name: string): boolean {
  const folded = encodingName(name);
  return folded === 'utf-8' || iconv.encodingExists(folded);
}

const isUtf16 = (name: string): boolean => name === 'utf-16le' || name === 'utf-16be';

export function decode(bytes: Uint8Array, options: DecodeOptions): Decoded {
  // the BOM comes first: UTF-16 is full of NUL bytes, but a NUL it decodes to is still not text
  let { encoding, skip } = chooseEncoding(bytes, options);
  if (!isUtf16(encoding.name) && hasNul(bytes)) throw new DocumentError('decode/nul-bytes', 'not text: the file contains NUL bytes');
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
  if (isUtf16(encoding.name) && text.includes('\0')) throw new DocumentError('decode/nul-bytes', `not text: the file decodes to NUL characters as ${encoding.name}`);
  const warnings: Decoded['warnings'] = [];
  if (bytes.length === 0) warnings.push({ code: 'decode/empty', severity: 'warning', message: 'the file is empty' });
  if (encoding.name === 'gb18030') {
    const { han, common, marks } = commonShare(text);
    if (han >= MIN_HAN_FOR_PLAUSIBILITY) {
      const share = common / han;
      if (share < NOT_TEXT_COMMON_SHARE && marks < han * NOT_TEXT_MARK_SHARE && encoding.how !== 'option') {
        throw new DocumentError(
          'decode/not-text',
          `not text: only ${common} of ${han} characters read as GB18030 are common Chinese characters, with no punctuation or line breaks (try --encoding)`,
        );
      }
      if (share < IMPLAUSIBLE_COMMON_SHARE) {
        warnings.push({
          code: 'decode/implausible',
          severity: 'warning',
          message: `only ${common} of ${han} characters read as GB18030 are common Chinese characters: the encoding may be wrong (try --encoding)`,
        });
      }
    }
  }
  if (encoding.how === 'utf8-replaced') {
    const invalid = replacements - countLiteralReplacements(bytes, 0, bytes.length, 0)[0];
    warnings.push({ code: 'decode/replaced', severity: 'warning', message: `${invalid} invalid UTF-8 sequence${invalid === 1 ? '' : 's'} replaced with U+FFFD` });
  } else if (replacements) {
    warnings.push({ code: 'decode/replacement-chars', severity: 'warning', message: `${replacements} characters could not be decoded as ${encoding.name}` });
  }
  return { text, encoding, warnings };
}
