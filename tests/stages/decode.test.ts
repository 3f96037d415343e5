// Decoding real bytes: BOM > declared charset > valid UTF-8 > GB18030; --encoding overrides; not-text refused.
import { readdirSync, readFileSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import path from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { COMMON_CHARACTERS } from '../../src/rules/zh/common-chars.js';
import { commonShare, decode, isKnownEncoding, MAX_INVALID_UTF8_SHARE, mostlyUtf8 } from '../../src/stages/decode.js';
import { normalise } from '../../src/stages/normalise.js';
import { DocumentError } from '../../src/stages/types.js';
import { FIXTURES } from '../helpers.js';

const bytesOf = (name: string): Uint8Array => readFileSync(path.join(FIXTURES, 'decode', name));

describe('decode', () => {
  it('takes bytes as UTF-8 exactly when a fatal TextDecoder accepts them', () => {
    // bytes around the edges of UTF-8: continuation bytes, overlong and surrogate leads, F4/F5
    const edgy = fc.constantFrom(0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff);
    const fatal = new TextDecoder('utf-8', { fatal: true });
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 12, min: 1 }), fc.array(edgy, { maxLength: 12 }), (random, edges) => {
        const bytes = Uint8Array.from([...edges, ...random, ...edges]);
        let valid = true;
        try {
          fatal.decode(bytes);
        } catch {
          valid = false;
        }
        let name: string | null = null;
        try {
          name = decode(bytes, { format: 'text' }).encoding.name;
        } catch {
          // not text in either reading
        }
        if (valid) expect(name).toBe('utf-8');
        else expect(name).not.toBe('utf-8');
      }),
      { numRuns: 3000 },
    );
  });

  it('reads GBK text without a BOM as GB18030', () => {
    const d = decode(bytesOf('gbk-no-bom.txt'), { format: 'text' });
    expect(d.encoding).toEqual({ name: 'gb18030', how: 'gb18030' });
    expect(d.text).toBe('海关总署公告\n进出口总值41.75万亿元,增长5%。\n');
    expect(d.warnings).toEqual([]);
  });

  it('lets a UTF-8 BOM win and leaves it out of the text', () => {
    const d = decode(bytesOf('utf8-bom.txt'), { format: 'text' });
    expect(d.encoding).toEqual({ name: 'utf-8', how: 'bom' });
    expect(d.text.startsWith('海关总署公告')).toBe(true);
  });

  it('follows a charset declared by an HTML page (gb2312 read as GB18030)', () => {
    const d = decode(bytesOf('gbk-declared.html'), { format: 'html' });
    expect(d.encoding).toEqual({ name: 'gb18030', how: 'declared' });
    expect(d.text).toContain('进口食品检验合格率99%。');
  });

  it('lets the bytes outvote a wrong declaration', () => {
    const gbkClaimingUtf8 = iconv.encode('<meta charset="utf-8"><p>海关总署公告,进出口总值增长5%。</p>', 'gbk');
    expect(decode(gbkClaimingUtf8, { format: 'html' })).toMatchObject({ encoding: { name: 'gb18030', how: 'gb18030' } });
    const utf8ClaimingGbk = Buffer.from('<meta charset="gbk"><p>海关总署公告</p>', 'utf8');
    const d = decode(utf8ClaimingGbk, { format: 'html' });
    expect(d.encoding).toEqual({ name: 'utf-8', how: 'utf8-valid' });
    expect(d.text).toContain('海关总署公告');
  });

  it('reads valid UTF-8 as UTF-8', () => {
    const d = decode(Buffer.from('海关', 'utf8'), { format: 'text' });
    expect(d.encoding).toEqual({ name: 'utf-8', how: 'utf8-valid' });
  });

  it('honours --encoding over detection', () => {
    const gbk = iconv.encode('海关', 'gbk');
    expect(decode(gbk, { format: 'text', encoding: 'GBK' })).toMatchObject({ text: '海关', encoding: { name: 'gb18030', how: 'option' } });
    expect(isKnownEncoding('gbk')).toBe(true);
    expect(isKnownEncoding('no-such-encoding')).toBe(false);
  });

  it('refuses a forced encoding that leaves too many replacement characters', () => {
    expect(() => decode(bytesOf('gbk-no-bom.txt'), { format: 'text', encoding: 'utf-8' })).toThrowError(/not text/);
  });

  it('gives an empty file empty text and a warning', () => {
    const d = decode(bytesOf('empty.txt'), { format: 'text' });
    expect(d.text).toBe('');
    expect(d.warnings.map((w) => w.code)).toEqual(['decode/empty']);
  });

  it('refuses a binary file with NUL bytes', () => {
    let error: unknown;
    try {
      decode(bytesOf('binary.bin'), { format: 'text' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DocumentError);
    expect((error as DocumentError).code).toBe('decode/nul-bytes');
    expect((error as DocumentError).message).toMatch(/not text/);
  });

  it('keeps a stray ? from an earlier lossy conversion as text', () => {
    const d = decode(bytesOf('lossy-question-marks.txt'), { format: 'text' });
    expect(d.text).toContain('专栏1?“十四五”');
    expect(d.warnings).toEqual([]);
  });

  it('turns CRLF into LF and fullwidth forms into ASCII once normalised', () => {
    expect(normalise(decode(bytesOf('crlf.txt'), { format: 'text' }).text)).toBe('海关总署公告\n第一行。\n第二行。\n');
    expect(normalise(decode(bytesOf('fullwidth.txt'), { format: 'text' }).text)).toBe(
      '监管进出口货物总值11997.04亿元,比上年下降5.1%(同比)。\n  第二段:AEO互认。\n',
    );
  });
});

describe('decode: damaged UTF-8, implausible GB18030, UTF-16', () => {
  const whole = (name: string): string => new TextDecoder().decode(readFileSync(path.join(FIXTURES, 'decode', name)));

  it('reads UTF-8 with one stray byte as UTF-8, one U+FFFD in its place, and says so', () => {
    const bytes = bytesOf('utf8-one-bad-byte.txt');
    const d = decode(bytes, { format: 'text' });
    expect(d.encoding).toEqual({ name: 'utf-8', how: 'utf8-replaced' });
    expect(d.text).toBe(whole('utf8-one-bad-byte.txt'));
    expect([...d.text].filter((c) => c === '\uFFFD')).toHaveLength(1);
    expect(d.text).toContain('出口增长百分之六点二');
    expect(d.warnings).toEqual([{ code: 'decode/replaced', severity: 'warning', message: '1 invalid UTF-8 sequence replaced with U+FFFD' }]);
  });

  it('reads UTF-8 with a cut character the same way', () => {
    const d = decode(bytesOf('utf8-cut-character.txt'), { format: 'text' });
    expect(d.encoding.how).toBe('utf8-replaced');
    expect(d.warnings.map((w) => w.code)).toEqual(['decode/replaced']);
  });

  it('keeps a page re-saved as UTF-8 with a stray byte as UTF-8 over its old gbk declaration', () => {
    const good = Buffer.from(`<meta charset="gbk"><p>${'海关总署公告,进出口总值增长百分之五。'.repeat(60)}</p>`, 'utf8');
    const bytes = Buffer.concat([good.subarray(0, 600), Buffer.from([0xff]), good.subarray(600)]);
    const d = decode(bytes, { format: 'html' });
    expect(d.encoding).toEqual({ name: 'utf-8', how: 'utf8-replaced' });
    expect(d.text).toContain('海关总署公告');
  });

  it('does not read more than 0.1% bad bytes as UTF-8', () => {
    const bytes = bytesOf('utf8-many-bad-bytes.txt');
    const bad = Math.floor((bytes.length - 100) / 200) + 1;
    expect(bad / bytes.length).toBeGreaterThan(MAX_INVALID_UTF8_SHARE);
    let encoding: string | null = null;
    try {
      encoding = decode(bytes, { format: 'text' }).encoding.how;
    } catch (e) {
      expect((e as DocumentError).code).toBe('decode/not-text');
    }
    expect(encoding).not.toBe('utf8-replaced');
  });

  it('does not take GBK text with a little ASCII around one Chinese word for damaged UTF-8', () => {
    const bytes = iconv.encode(`${'Customs notice No. 12, see the annex. '.repeat(60)}海关\n`, 'gbk');
    const d = decode(bytes, { format: 'text' });
    expect(d.encoding).toEqual({ name: 'gb18030', how: 'gb18030' });
    expect(d.text).toContain('海关');
  });

  it('refuses random bytes in 0x81–0xFE as not text', () => {
    let error: unknown;
    try {
      decode(bytesOf('random-high-bytes.bin'), { format: 'text' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DocumentError);
    expect((error as DocumentError).code).toBe('decode/not-text');
    expect((error as DocumentError).message).toMatch(/not text: .* common Chinese characters/);
  });

  it('refuses uniformly random high bytes whatever the seed, from a few hundred bytes on', () => {
    // fast-check's own arrays lean towards small values and repeats, not random text; a seeded
    // uniform generator stands for a random file
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 400, max: 4000 }), (seed, length) => {
        let x = seed;
        const bytes = new Uint8Array(length);
        for (let i = 0; i < length; i++) {
          x = (Math.imul(x, 1103515245) + 12345) >>> 0;
          bytes[i] = 0x81 + ((x >>> 16) % 126);
        }
        expect(() => decode(bytes, { format: 'text' })).toThrowError(/not text/);
      }),
      { numRuns: 300 },
    );
  });

  it('warns, and keeps the text, when most Han characters of a GB18030 reading are rare', () => {
    const d = decode(bytesOf('gbk-rare-characters.txt'), { format: 'text' });
    expect(d.encoding.name).toBe('gb18030');
    expect(d.text).toContain('钼、钨、锑');
    expect(d.warnings.map((w) => w.code)).toEqual(['decode/implausible']);
    expect(d.warnings[0]!.message).toMatch(/only 6 of 42 characters/);
  });

  it('still reads the GBK pages of the fixtures without a warning', () => {
    const folders = ['decode', 'clean', 'holdout'];
    const gbk = folders.flatMap((folder) =>
      readdirSync(path.join(FIXTURES, folder))
        .filter((name) => /\.(txt|html|md)$/.test(name))
        .map((name) => path.join(FIXTURES, folder, name))
        .filter((file) => !isUtf8(readFileSync(file)) && !/utf(8|16)/.test(file)),
    );
    expect(gbk.length).toBeGreaterThanOrEqual(5);
    for (const file of gbk) {
      const d = decode(readFileSync(file), { format: file.endsWith('.html') ? 'html' : 'text' });
      if (file.endsWith('gbk-rare-characters.txt')) continue;
      expect(d.encoding.name, file).toBe('gb18030');
      expect(d.warnings, file).toEqual([]);
    }
  });

  it('reads UTF-16 LE and BE with a BOM, NUL bytes and all', () => {
    for (const [name, encoding] of [['utf16le-bom.txt', 'utf-16le'], ['utf16be-bom.txt', 'utf-16be']] as const) {
      const d = decode(bytesOf(name), { format: 'text' });
      expect(d.encoding).toEqual({ name: encoding, how: 'bom' });
      expect(d.text).toBe('海关总署公告\n进出口总值41.75万亿元,增长5%。\n');
    }
  });

  it('still refuses UTF-16 that decodes to NUL characters', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a\0b', 'utf16le')]);
    expect(() => decode(bytes, { format: 'text' })).toThrowError(/not text/);
  });

  it('has 3,500 distinct common characters in the table', () => {
    const chars = [...COMMON_CHARACTERS];
    expect(chars).toHaveLength(3500);
    expect(new Set(chars).size).toBe(3500);
    expect(chars.every((c) => /\p{Script=Han}/u.test(c))).toBe(true);
    for (const c of '海关进出口总值增长') expect(chars).toContain(c);
  });
});

describe('decode: GB18030 read by TextDecoder, as iconv-lite reads it', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });
  // ASCII around the bytes under test keeps their U+FFFD under the share that is refused as not text
  const PAD = Buffer.alloc(4000, 0x61);
  const gb18030 = (bytes: Uint8Array): string => decode(Buffer.concat([PAD, bytes, PAD]), { format: 'text', encoding: 'gb18030' }).text;
  const iconvReading = (bytes: Uint8Array): string => iconv.decode(Buffer.concat([PAD, bytes, PAD]), 'gb18030');

  it('reads every two-byte code, lead byte by lead byte, as iconv-lite does', () => {
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      const row: number[] = [];
      for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) row.push(lead, trail);
      const bytes = Buffer.from(row);
      expect(gb18030(bytes), lead.toString(16)).toBe(iconvReading(bytes));
    }
  });

  it('reads every four-byte sequence as iconv-lite does', () => {
    for (let first = 0x81; first <= 0xfe; first++) {
      const block: number[] = [];
      for (let second = 0x30; second <= 0x39; second++) for (let third = 0x81; third <= 0xfe; third++) for (let fourth = 0x30; fourth <= 0x39; fourth++) block.push(first, second, third, fourth);
      // valid or not (beyond U+10FFFF, or between the BMP's last sequence and the supplementary planes' first)
      const bytes = Buffer.from(block);
      expect(gb18030(bytes), first.toString(16)).toBe(iconvReading(bytes));
    }
  });

  it('reads single bytes and invalid or cut sequences as iconv-lite does', () => {
    const highOrDigit = fc.oneof(fc.integer({ min: 0x80, max: 0xff }), fc.integer({ min: 0x30, max: 0x39 }), fc.integer({ min: 1, max: 0x7f }));
    fc.assert(
      fc.property(fc.array(highOrDigit, { minLength: 1, maxLength: 10 }), (codes) => {
        const bytes = Uint8Array.from(codes);
        expect(gb18030(bytes)).toBe(iconvReading(bytes));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads the GBK fixtures without iconv-lite, and a page with a GB18030-2022 code with it', () => {
    const spy = vi.spyOn(iconv, 'decode');
    const d = decode(bytesOf('gbk-no-bom.txt'), { format: 'text' });
    expect(d.encoding.name).toBe('gb18030');
    expect(d.text).toBe(iconv.decode(Buffer.from(bytesOf('gbk-no-bom.txt')), 'gb18030'));
    expect(spy).toHaveBeenCalledTimes(1); // the test's own call
    // A6D9: GB18030-2022's U+FE10, iconv-lite's U+E78D (GB18030-2005): the reading stays iconv-lite's
    const bytes = Buffer.concat([Buffer.from(bytesOf('gbk-no-bom.txt')), Buffer.from([0xa6, 0xd9])]);
    expect(decode(bytes, { format: 'text' }).text.endsWith('\ue78d')).toBe(true);
  });
});

describe('mostlyUtf8, a chunk at a time', () => {
  // the whole-file reading it replaced, kept as the oracle
  const REPLACEMENT = Buffer.from('\uFFFD', 'utf8');
  function wholeFile(bytes: Uint8Array): boolean {
    const text = new TextDecoder('utf-8').decode(bytes);
    let replaced = 0;
    for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) replaced++;
    const buffer = Buffer.from(bytes);
    let literal = 0;
    for (let i = buffer.indexOf(REPLACEMENT); i >= 0; i = buffer.indexOf(REPLACEMENT, i + 3)) literal++;
    const invalid = replaced - literal;
    if (invalid > bytes.length * MAX_INVALID_UTF8_SHARE) return false;
    let multiByte = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x80 && c !== 0xfffd && !(c >= 0xdc00 && c <= 0xdfff)) multiByte++;
    }
    return multiByte >= invalid * 20;
  }
  // long runs of valid text (past the 4096-byte chunks), literal U+FFFD, bad bytes and cut sequences anywhere
  const piece = fc.oneof(
    fc.constantFrom('海关总署发布的统计数据。', 'abc ', '\uFFFD', '𠮷').map((s) => Buffer.from(s.repeat(1 + (s.length % 3)), 'utf8')),
    fc.integer({ min: 1, max: 400 }).map((n) => Buffer.from('进出口总值'.repeat(n), 'utf8')),
    fc.uint8Array({ minLength: 1, maxLength: 3 }).map((a) => Buffer.from(a)),
    fc.constantFrom(Buffer.from([0xef, 0xbf]), Buffer.from([0xbd]), Buffer.from([0xe4, 0xb8]), Buffer.from([0xb0, 0xa1])),
  );
  it('reads every file as the whole-file reading did', () => {
    let yes = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const bytes = new Uint8Array(Buffer.concat(parts));
        const expected = wholeFile(bytes);
        if (expected) yes++;
        expect(mostlyUtf8(bytes)).toBe(expected);
      }),
      { numRuns: 1500 },
    );
    expect(yes).toBeGreaterThan(100); // both answers are exercised
    // a bad byte far past the first chunk, and a literal U+FFFD cut by a chunk's end
    const valid = Buffer.from('进出口总值'.repeat(400), 'utf8');
    expect(mostlyUtf8(new Uint8Array(Buffer.concat([valid, Buffer.from([0xff]), valid])))).toBe(true);
    const cut = Buffer.concat([Buffer.from('a'.repeat(4095)), Buffer.from('\uFFFD', 'utf8'), valid]);
    expect(mostlyUtf8(new Uint8Array(cut))).toBe(wholeFile(new Uint8Array(cut)));
  });

  it('reads each file afresh: one given up with a sequence cut at its chunk\'s end leaves nothing to the next', () => {
    // bad bytes (given up at the first chunk, 256 bytes), its last two opening 中 (E4 B8 AD)
    const givenUp = new Uint8Array([...new Array<number>(254).fill(0xb0), 0xe4, 0xb8, ...new Array<number>(100).fill(0xb0)]);
    // starts with 中's last byte: a bad byte of its own, over the limit of a file this short
    const next = new Uint8Array(Buffer.concat([Buffer.from([0xad]), Buffer.from('进出口总值'.repeat(30), 'utf8')]));
    expect(wholeFile(next)).toBe(false);
    expect(mostlyUtf8(givenUp)).toBe(false);
    expect(mostlyUtf8(next)).toBe(false);
  });
});

describe('commonShare, one table lookup a unit', () => {
  // the definition read range by range, kept as the oracle
  const common = new Set(COMMON_CHARACTERS);
  function byRanges(text: string): { han: number; common: number; marks: number } {
    let han = 0;
    let n = 0;
    let marks = 0;
    for (const unit of text.split('')) {
      const c = unit.charCodeAt(0);
      if (c >= 0x4e00 && c <= 0x9fff) {
        han++;
        if (common.has(unit)) n++;
      } else if (c >= 0xe000 && c <= 0xf8ff) han++;
      else if (c < 0x80 ? !/[0-9A-Za-z]/.test(unit) : /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\u2014\u2026\u2018-\u201d]/.test(unit)) marks++;
    }
    return { han, common: n, marks };
  }
  it('counts as the ranges and the common characters say', () => {
    const unit = fc.oneof(
      fc.constantFrom(...COMMON_CHARACTERS.slice(0, 200), '龘', '\ue78d', '，', '。', '\u2014', '\u201c', ' ', '\n', 'a', '7', '\uff10', '\ud842', '\udfb7', '\u3000', '\u3040'),
      fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 60 }), (units) => {
        const text = units.join('');
        expect(commonShare(text)).toEqual(byRanges(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('a declared charset that is an object\'s own property name', () => {
  it('is no encoding (`<meta charset="constructor">`): the bytes are read as they are', () => {
    const bytes = new TextEncoder().encode('<html><head><meta charset="constructor"></head><body>正文</body></html>');
    expect(decode(bytes, { format: 'html' }).encoding).toEqual({ name: 'utf-8', how: 'utf8-valid' });
  });
});
