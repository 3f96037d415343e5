import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/stages/normalise.js';

describe('normalise', () => {
  it('folds fullwidth ASCII forms and keeps Chinese punctuation', () => {
    expect(normalise('１２３．４５％，（一）：ＡＢｃ；')).toBe('123.45%,(一):ABc;');
    expect(normalise('、。“”《》—')).toBe('、。“”《》—');
  });
  it('turns ideographic and no-break spaces into spaces and trims line ends', () => {
    expect(normalise('\u3000\u3000正文\u00a0 \n下一行\u3000')).toBe('  正文\n下一行');
  });
  it('turns CRLF and CR into LF and drops zero-width marks', () => {
    expect(normalise('a\r\nb\rc\u200bd\ufeff')).toBe('a\nb\ncd');
  });
  it('never changes the count of lines', () => {
    const text = 'x\r\ny\n\r\n\u3000\n';
    expect(normalise(text).split('\n')).toHaveLength(text.replace(/\r\n?/g, '\n').split('\n').length);
  });
});
