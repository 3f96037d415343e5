import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalise } from '../../src/stages/normalise.js';

describe('normalise', () => {
  it('folds fullwidth ASCII forms and keeps Chinese punctuation', () => {
    expect(normalise('１２３．４５％，（一）：ＡＢｃ；')).toBe('123.45%,(一):ABc;');
    expect(normalise('、。“”《》—')).toBe('、。“”《》—');
  });
  it('turns ideographic and no-break spaces into spaces and trims line ends', () => {
    expect(normalise('\u3000\u3000正文\u00a0 \n下一行\u3000')).toBe('  正文\n下一行');
  });
  it('trims only the spaces and tabs that end a line or the text, a long run before a word kept whole', () => {
    expect(normalise('a \t\nb  c\t\u2028d \u2029e  ')).toBe('a\nb  c\u2028d\u2029e');
    const run = ' '.repeat(100_000);
    expect(normalise(`-${run}**a**\n${run}\nz`)).toBe(`-${run}**a**\n\nz`);
  });
  it('turns CRLF and CR into LF and drops zero-width marks', () => {
    expect(normalise('a\r\nb\rc\u200bd\ufeff')).toBe('a\nb\ncd');
  });
  it('never changes the count of lines', () => {
    const text = 'x\r\ny\n\r\n\u3000\n';
    expect(normalise(text).split('\n')).toHaveLength(text.replace(/\r\n?/g, '\n').split('\n').length);
  });
});

// normalise returns a text no fold changes as it is, after one scan: held to the five folds.
describe('a text no fold changes', () => {
  const folds = (text: string): string =>
    text
      .replace(/\r\n?/g, '\n')
      .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
      .replace(/[\u3000\u00a0\u2002\u2003\u2009\u202f\u205f]/g, ' ')
      .replace(/[\u200b\u200c\u200d\u2060\ufeff]/g, '')
      .replace(/[ \t]+$/gm, '');
  it('is read as the folds read it, on any text of the characters they touch', () => {
    const unit = fc.constantFrom('a', '海关', ' ', '\t', '\n', '\r', '\r\n', '\u2028', '\u2029', '\u3000', '\u00a0', '\u200b', '\ufeff', '１', ',', ',', ':', '（', '\uff01', '\uff5e', '\uff5f', '\uff00', '\u2009', '\u205f', '\u200d', '\u2060');
    fc.assert(fc.property(fc.string({ unit, maxLength: 12 }), (text) => {
      expect(normalise(text)).toBe(folds(text));
    }), { numRuns: 5000 });
  });
  it('keeps a value without folds, and trims a space before a line separator', () => {
    expect(normalise('海关总署')).toBe('海关总署');
    expect(normalise('a \u2028b\t')).toBe('a\u2028b');
  });
});
