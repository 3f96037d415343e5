// Decoding real bytes: BOM > declared charset > valid UTF-8 > GB18030; --encoding overrides; not-text refused.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode, isKnownEncoding } from '../../src/stages/decode.js';
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
